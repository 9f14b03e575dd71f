public import Foundation
import Yams

/// A language's function-mode harness in `harness-templates/<language>/`: the learner's own file
/// name, the driver (the toolchain's main file in the box), and the starter-code template.
public struct Harness: Sendable {
    public var language: String
    public var learnerFile: String
    public var driver: Data
    /// Files the driver needs beside it (declarations, helper classes), by name.
    public var support: [String: Data]
    public var starterTemplate: String
    /// Put in front of the learner's file where the language demands it (Go's package clause),
    /// ending in a line directive so every line and column is still the learner's own; not when
    /// the file matches `learnerPrefixUnless` (it has its own).
    public var learnerPrefix: String?
    public var learnerPrefixUnless: String?

    public static func load(language: String, templates: String) throws -> Harness {
        // Toolchains of one language share a folder (PyPy runs CPython's driver, C++20 C++'s).
        let dir = [language, Submission.kattisCode(for: language)].compactMap { $0 }.map { templates + "/" + $0 }
            .first { FileManager.default.fileExists(atPath: $0 + "/harness.yaml") }
        guard let dir, let text = try? String(contentsOfFile: dir + "/harness.yaml", encoding: .utf8),
              let node = try Yams.load(yaml: text) as? [String: Any],
              let learner = node["learner"] as? String, let driverName = node["driver"] as? String,
              let driver = FileManager.default.contents(atPath: dir + "/" + driverName) else {
            throw ProblemError.unknownLanguage("function mode is not available in \(language) yet (no harness in harness-templates/)")
        }
        let starter = (node["starter"] as? String).flatMap { try? String(contentsOfFile: dir + "/" + $0, encoding: .utf8) } ?? ""
        var support: [String: Data] = [:]
        for name in (node["files"] as? [String]) ?? [] {
            guard let data = FileManager.default.contents(atPath: dir + "/" + name) else {
                throw ProblemError.invalid("", "\(dir)/harness.yaml names \(name), which is missing")
            }
            support[(name as NSString).lastPathComponent] = data
        }
        return Harness(language: language, learnerFile: learner, driver: driver, support: support, starterTemplate: starter,
                       learnerPrefix: node["learner_prefix"] as? String, learnerPrefixUnless: node["learner_prefix_unless"] as? String)
    }

    /// The learner's file as it goes into the box.
    public func learnerSource(_ code: Data) -> Data {
        guard let prefix = learnerPrefix else { return code }
        let text = String(decoding: code, as: UTF8.self)
        if let unless = learnerPrefixUnless, text.range(of: unless, options: .regularExpression) != nil { return code }
        return Data(prefix.utf8) + code
    }

    /// Starter code for a signature: the learner's empty function, in the shape they know.
    public func starter(for s: Signature) -> String {
        Self.fill(starterTemplate, with: Self.placeholders(s))
    }

    /// The driver for a signature: typed languages' drivers are rendered from it; dynamic ones read it.
    public func driver(for s: Signature) -> Data {
        Data(Self.fill(String(decoding: driver, as: UTF8.self), with: Self.placeholders(s)).utf8)
    }

    static func fill(_ template: String, with values: [String: String]) -> String {
        var out = template
        for (key, value) in values { out = out.replacingOccurrences(of: "{{\(key)}}", with: value) }
        return out
    }

    /// Every language's placeholders for a signature (each language's renderer in Harness+<Language>.swift).
    static func placeholders(_ s: Signature) -> [String: String] {
        var values: [String: String] = [
            "function": s.function,
            "returns": s.returns.description,
        ]
        for part in [pythonPlaceholders(s), javascriptPlaceholders(s), typescriptPlaceholders(s), rubyPlaceholders(s), phpPlaceholders(s), goPlaceholders(s), rustPlaceholders(s), swiftPlaceholders(s), cppPlaceholders(s), javaPlaceholders(s), cPlaceholders(s)] {
            values.merge(part) { first, _ in first }
        }
        return values
    }

    /// The generated driver's name for the i-th argument.
    static func argument(_ i: Int) -> String { "pebble_a\(i)" }
}
