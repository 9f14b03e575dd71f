import Foundation
public import PebbleProblems
import Yams

/// What the coach knows about a problem of the bank: the statement and its constraints for the
/// learner's side, and — for the safety layer only, never for a reply — the reference solutions,
/// the hidden tests' data and the teacher's avoid-list.
public struct ProblemContext: Sendable {
    public var id: String
    public var title: String
    public var statement: String
    public var constraints: Constraints
    public var topics: [String]
    /// The function a function-mode problem asks for, and its parameters.
    public var function: String?
    public var parameters: [String]
    public var sampleNames: [String]
    /// `submissions/accepted/*`: what a reply must never reproduce.
    public var references: [String]
    /// Lines of the hidden tests' data (small files only) that appear nowhere visible.
    public var hiddenLines: Set<String>
    /// problem.yaml `coach: {avoid: [...]}`: words and techniques a reply must not mention.
    public var avoid: [String]
    /// The references' token runs that carry code and are not in the statement (computed once:
    /// the safety layer checks every reply against them).
    public let referenceGrams: Set<String>

    public init(id: String, title: String, statement: String = "", topics: [String] = [], function: String? = nil,
                parameters: [String] = [], sampleNames: [String] = [], references: [String] = [],
                hiddenLines: Set<String> = [], avoid: [String] = []) {
        self.id = id
        self.title = title
        self.statement = statement
        constraints = Constraints(statement: statement)
        self.topics = topics
        self.function = function
        self.parameters = parameters
        self.sampleNames = sampleNames
        self.references = references
        self.hiddenLines = hiddenLines
        self.avoid = avoid
        referenceGrams = SafetyLayer.referenceGrams(references: references, statement: statement)
    }

    public init(package p: ProblemPackage) {
        let statement = p.statement() ?? ""
        var references: [String] = []
        let accepted = p.directory + "/submissions/accepted"
        for name in ((try? FileManager.default.contentsOfDirectory(atPath: accepted)) ?? []).sorted() {
            if let text = try? String(contentsOfFile: accepted + "/" + name, encoding: .utf8) { references.append(text) }
        }
        var visible = statement
        for t in p.samples {
            visible += (try? String(contentsOfFile: t.inputPath, encoding: .utf8)) ?? ""
            visible += (try? String(contentsOfFile: t.answerPath, encoding: .utf8)) ?? ""
        }
        var hidden = Set<String>()
        for t in p.tests where !t.isSample {
            for path in [t.inputPath, t.answerPath] {
                guard let size = (try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int, size <= 4096,
                      let text = try? String(contentsOfFile: path, encoding: .utf8) else { continue }
                for line in text.split(separator: "\n") {
                    let l = line.trimmingCharacters(in: .whitespaces)
                    if l.count >= 8, !visible.contains(l) { hidden.insert(l) }
                }
            }
        }
        var avoid: [String] = []
        if let yaml = try? String(contentsOfFile: p.directory + "/problem.yaml", encoding: .utf8),
           let node = (try? Yams.load(yaml: yaml)) as? [String: Any],
           let coach = node["coach"] as? [String: Any] {
            avoid = (coach["avoid"] as? [Any] ?? []).compactMap { $0 as? String }
        }
        self.init(id: p.id, title: p.metadata.name, statement: statement, topics: p.metadata.topics,
                  function: p.metadata.signature?.function, parameters: p.metadata.signature?.params.map(\.name) ?? [],
                  sampleNames: p.samples.map(\.name), references: references, hiddenLines: hidden, avoid: avoid)
    }
}

/// The bank as the coach sees it, loaded once (and again on reload).
public struct ProblemLibrary: Sendable {
    public var problems: [String: ProblemContext]

    public init(directory: String?) {
        var problems: [String: ProblemContext] = [:]
        if let directory {
            for p in ProblemBank.load(directory).packages { problems[p.id] = ProblemContext(package: p) }
        }
        self.problems = problems
    }

    public init(_ problems: [ProblemContext]) {
        self.problems = Dictionary(problems.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
    }

    public subscript(id: String) -> ProblemContext? { problems[id] }
}
