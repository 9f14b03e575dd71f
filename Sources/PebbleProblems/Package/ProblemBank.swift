public import Foundation

/// The problems of a folder (the bundled `problems/`, or a teacher's own): every package that
/// loads, and every one that does not with its reason.
public struct ProblemBank: Sendable {
    public var directory: String
    public var packages: [ProblemPackage]
    public var broken: [(id: String, reason: String)]

    public static func load(_ directory: String) -> ProblemBank {
        var packages: [ProblemPackage] = []
        var broken: [(String, String)] = []
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []).filter { !$0.hasPrefix(".") }.sorted()
        for name in names where FileManager.default.fileExists(atPath: directory + "/" + name + "/problem.yaml") {
            do { packages.append(try ProblemPackage.load(directory + "/" + name)) } catch { broken.append((name, "\(error)")) }
        }
        return ProblemBank(directory: directory, packages: packages, broken: broken)
    }

    public func package(_ id: String) throws -> ProblemPackage {
        if let p = packages.first(where: { $0.id == id }) { return p }
        if let b = broken.first(where: { $0.id == id }) { throw ProblemError.invalid(id, b.reason) }
        throw ProblemError.unknownProblem(id, known: packages.count)
    }

    /// Packages matching every filter given: a topic, a difficulty, words in the id or any title.
    public func filter(topic: String? = nil, difficulty: String? = nil, search: String? = nil) -> [ProblemPackage] {
        packages.filter { p in
            if let topic, !p.metadata.topics.contains(where: { $0.caseInsensitiveCompare(topic) == .orderedSame }) { return false }
            if let difficulty, p.metadata.difficulty?.caseInsensitiveCompare(difficulty) != .orderedSame { return false }
            if let search {
                let words = search.lowercased().split(separator: " ").map(String.init)
                let text = ([p.id] + Array(p.metadata.names.values) + p.metadata.topics).joined(separator: " ").lowercased()
                if !words.allSatisfy({ text.contains($0) }) { return false }
            }
            return true
        }
    }
}

extension ProblemPackage {
    /// The statement in `lang` (Markdown preferred, then LaTeX as written), or English.
    public func statement(language lang: String = "en") -> String? {
        for dir in ["problem_statement", "statement"] {
            for name in ["problem.\(lang).md", "problem.en.md", "problem.md", "problem.\(lang).tex", "problem.en.tex", "problem.tex"] {
                if let text = try? String(contentsOfFile: directory + "/" + dir + "/" + name, encoding: .utf8) { return text }
            }
        }
        return nil
    }
}
