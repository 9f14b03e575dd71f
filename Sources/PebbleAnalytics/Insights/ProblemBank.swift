import Foundation
import Yams

/// The problems learners can be sent to (the judge's bank, `problems/<id>/problem.yaml`):
/// only what recommendations need — difficulty, topics, the English title.
public struct ProblemBank: Sendable {
    public struct Problem: Sendable, Equatable {
        public var id: String
        public var title: String
        public var difficulty: String
        public var topics: [String]

        public init(id: String, title: String, difficulty: String, topics: [String]) {
            self.id = id
            self.title = title
            self.difficulty = difficulty
            self.topics = topics
        }

        /// easy 1, medium 2, hard 3 (unknown: 1).
        public var weight: Int { ProblemBank.levels.firstIndex(of: difficulty).map { $0 + 1 } ?? 1 }
    }

    public static let levels = ["easy", "medium", "hard"]
    public let problems: [Problem]
    private let byID: [String: Problem]

    public init(problems: [Problem]) {
        self.problems = problems.sorted { $0.id < $1.id }
        byID = Dictionary(problems.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
    }

    /// Reads every `<dir>/<id>/problem.yaml`; unreadable packages are skipped.
    public init(directory: String?) {
        struct YAMLProblem: Decodable {
            var name: String?
            var titles: [String: String]?
            var difficulty: String?
            var topics: [String]?
        }
        var found: [Problem] = []
        if let directory, let ids = try? FileManager.default.contentsOfDirectory(atPath: directory) {
            for id in ids {
                guard let text = try? String(contentsOfFile: "\(directory)/\(id)/problem.yaml", encoding: .utf8),
                      let p = try? YAMLDecoder().decode(YAMLProblem.self, from: text) else { continue }
                found.append(Problem(id: id, title: p.titles?["en"] ?? p.name ?? id, difficulty: p.difficulty ?? "easy", topics: p.topics ?? []))
            }
        }
        self.init(problems: found)
    }

    public subscript(id: String) -> Problem? { byID[id] }
}
