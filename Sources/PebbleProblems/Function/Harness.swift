public import Foundation
import Yams

/// A language's function-mode harness in `harness-templates/<language>/`: the learner's own file
/// name, the driver (the toolchain's main file in the box), and the starter-code template.
public struct Harness: Sendable {
    public var language: String
    public var learnerFile: String
    public var driver: Data
    public var starterTemplate: String

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
        return Harness(language: language, learnerFile: learner, driver: driver, starterTemplate: starter)
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

    static func placeholders(_ s: Signature) -> [String: String] {
        let names = s.params.map(\.name)
        let args = s.params.indices.map { "pebble_a\($0)" }
        let conversions = s.params.enumerated().map { i, p in
            "    auto pebble_a\(i) = Convert<\(cpp(p.type))>::from(args.at(\(i)));"
        }.joined(separator: "\n")
        // Dependent on S, so the branch not taken is never looked up (free function or Solution).
        let dependent = args.map { "dep<S>(\($0))" }.joined(separator: ", ")
        let isVoid = s.returns == .void
        let call = isVoid
            ? "            auto value = pebble::call<Solution>(args);\n            record = \"\\\"result\\\":\" + pebble::Convert<\(s.params.first.map { cpp($0.type) } ?? "int")>::to(value);"
            : "            auto value = pebble::call<Solution>(args);\n            record = \"\\\"result\\\":\" + pebble::Convert<\(cpp(s.returns))>::to(value);"
        let javaConversions = s.params.enumerated().map { i, p in
            "                \(java(p.type)) pebble_a\(i) = \(javaReader(p.type))(args.get(\(i)));"
        }.joined(separator: "\n")
        let javaArgs = args.joined(separator: ", ")
        let javaCall = isVoid
            ? "                solution.\(s.function)(\(javaArgs));\n                record = \"\\\"result\\\":\" + json(pebble_a0);"
            : "                Object value = solution.\(s.function)(\(javaArgs));\n                record = \"\\\"result\\\":\" + json(value);"
        return [
            "java_conversions": javaConversions,
            "java_call": javaCall,
            "params_java": s.params.map { java($0.type) + " " + $0.name }.joined(separator: ", "),
            "returns_java": java(s.returns),
            "returns": s.returns.description,
            "function": s.function,
            "params_python": names.map { ", " + $0 }.joined(),
            "returns_python": "",
            "params_plain": names.joined(separator: ", "),
            "params_jsdoc": s.params.map { " * @param {\(jsdoc($0.type))} \($0.name)\n" }.joined(),
            "returns_jsdoc": jsdoc(s.returns),
            "params_cpp": s.params.map { cppParameter($0.type) + " " + $0.name }.joined(separator: ", "),
            "returns_cpp": cpp(s.returns),
            "conversions": conversions,
            "arguments": dependent,
            "call": call,
            // A void function's result is its first argument after the call (in-place problems).
            "void_call_open": isVoid ? "" : "return ",
            "void_call_close": isVoid ? "; return pebble_a0;" : ";",
        ]
    }

    static func cpp(_ t: ValueType) -> String {
        switch t {
        case .int: "int"
        case .long: "long long"
        case .double: "double"
        case .bool: "bool"
        case .string: "string"
        case .char: "char"
        case .void: "void"
        case .listNode: "ListNode*"
        case .treeNode: "TreeNode*"
        case let .array(inner): "vector<\(cpp(inner))>"
        }
    }

    static func java(_ t: ValueType) -> String {
        switch t {
        case .int: "int"
        case .long: "long"
        case .double: "double"
        case .bool: "boolean"
        case .string: "String"
        case .char: "char"
        case .void: "void"
        case .listNode: "ListNode"
        case .treeNode: "TreeNode"
        case let .array(inner): java(inner) + "[]"
        }
    }

    /// The driver's converter from JSON for a type (Main.java: toInt, toIntArray, toIntArray2…).
    static func javaReader(_ t: ValueType) -> String {
        func base(_ t: ValueType) -> String {
            switch t {
            case .int: "Int"
            case .long: "Long"
            case .double: "Double"
            case .bool: "Bool"
            case .string: "Str"
            case .char: "Char"
            case .listNode: "ListNode"
            case .treeNode: "TreeNode"
            case .void, .array: "Int"
            }
        }
        switch t {
        case let .array(.array(inner)): return "to" + base(inner) + "Array2"
        case let .array(inner): return "to" + base(inner) + "Array"
        default: return "to" + base(t)
        }
    }

    /// LeetCode passes containers by reference.
    static func cppParameter(_ t: ValueType) -> String {
        if case .array = t { return cpp(t) + "&" }
        if t == .string { return "string" }
        return cpp(t)
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
