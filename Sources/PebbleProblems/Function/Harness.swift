public import Foundation
import Yams

/// A language's function-mode harness in `harness-templates/<language>/`: the learner's own file
/// name, the driver (the toolchain's main file in the box), and the starter-code template.
public struct Harness: Sendable {
    public var language: String
    public var learnerFile: String
    public var driver: Data
    public var starterTemplate: String

    /// Folders shared by toolchains of one language (PyPy runs CPython's driver).
    static let shared: [String: String] = ["pypy3": "python3"]

    public static func load(language: String, templates: String) throws -> Harness {
        let dir = [language, shared[language]].compactMap { $0 }.map { templates + "/" + $0 }
            .first { FileManager.default.fileExists(atPath: $0 + "/harness.yaml") }
        guard let dir, let text = try? String(contentsOfFile: dir + "/harness.yaml", encoding: .utf8),
              let node = try Yams.load(yaml: text) as? [String: Any],
              let learner = node["learner"] as? String, let driverName = node["driver"] as? String,
              let driver = FileManager.default.contents(atPath: dir + "/" + driverName) else {
            throw ProblemError.unknownLanguage("function mode is not available in \(language) yet (no harness in harness-templates/)")
        }
        let starter = (node["starter"] as? String).flatMap { try? String(contentsOfFile: dir + "/" + $0, encoding: .utf8) } ?? ""
        return Harness(language: language, learnerFile: learner, driver: driver, starterTemplate: starter)
    }

    /// Starter code for a signature: the learner's empty function, in the shape they know.
    public func starter(for s: Signature) -> String {
        let names = s.params.map(\.name)
        let fills: [String: String] = [
            "function": s.function,
            "params_python": names.map { ", " + $0 }.joined(),
            "returns_python": "",
            "params_plain": names.joined(separator: ", "),
            "params_jsdoc": s.params.map { " * @param {\(Self.jsdoc($0.type))} \($0.name)\n" }.joined(),
            "returns_jsdoc": Self.jsdoc(s.returns),
        ]
        var out = starterTemplate
        for (key, value) in fills { out = out.replacingOccurrences(of: "{{\(key)}}", with: value) }
        return out
    }

    static func jsdoc(_ t: ValueType) -> String {
        switch t {
        case .int, .long, .double: "number"
        case .bool: "boolean"
        case .string, .char: "string"
        case .void: "void"
        case .listNode: "ListNode"
        case .treeNode: "TreeNode"
        case let .array(inner): jsdoc(inner) + "[]"
        }
    }
}
