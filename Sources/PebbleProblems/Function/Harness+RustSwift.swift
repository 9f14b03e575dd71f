/// Rust (main.rs include!s solution.rs) and Swift (main.swift beside solution.swift): the argument
/// conversions and the call are rendered, in LeetCode's shapes — Rust's `impl Solution` with a
/// snake_case method and `&mut` for an in-place argument, Swift's `class Solution` with unlabeled
/// parameters and `inout`.
extension Harness {
    static func rustPlaceholders(_ s: Signature) -> [String: String] {
        let inPlace = s.returns == .void
        var lines = s.params.enumerated().map { i, p in
            "    let mut \(argument(i)) = <\(rust(p.type))>::read(&args[\(i)]);"
        }
        let args = s.params.indices.map { i in (inPlace && i == 0 ? "&mut " : "") + argument(i) }.joined(separator: ", ")
        let call = "Solution::\(snakeCase(s.function))(\(args))"
        if inPlace {
            lines.append("    \(call);")
            lines.append("    \(s.params.isEmpty ? "String::from(\"null\")" : argument(0) + ".json()")")
        } else {
            lines.append("    \(call).json()")
        }
        let types = s.params.map(\.type) + [s.returns]
        var note: [String] = []
        if types.contains(.listNode) {
            note.append("// Definition for singly-linked list (predefined):\n// pub struct ListNode { pub val: i32, pub next: Option<Box<ListNode>> }")
        }
        if types.contains(.treeNode) {
            note.append("// Definition for a binary tree node (predefined):\n// pub struct TreeNode { pub val: i32, pub left: Option<Rc<RefCell<TreeNode>>>, pub right: Option<Rc<RefCell<TreeNode>>> }\nuse std::rc::Rc;\nuse std::cell::RefCell;")
        }
        return [
            "rust_call": lines.joined(separator: "\n"),
            "params_rust": s.params.enumerated().map { i, p in "\(p.name): \(inPlace && i == 0 ? "&mut " : "")\(rust(p.type))" }.joined(separator: ", "),
            "returns_rust": inPlace ? "" : " -> " + rust(s.returns),
            "rust_note": note.isEmpty ? "" : note.joined(separator: "\n") + "\n",
        ]
    }

    static func rust(_ t: ValueType) -> String {
        switch t {
        case .int: "i32"
        case .long: "i64"
        case .double: "f64"
        case .bool: "bool"
        case .string: "String"
        case .char: "char"
        case .void: "()"
        case .listNode: "Option<Box<ListNode>>"
        case .treeNode: "Option<Rc<RefCell<TreeNode>>>"
        case let .array(inner): "Vec<\(rust(inner))>"
        }
    }

    static func swiftPlaceholders(_ s: Signature) -> [String: String] {
        let inPlace = s.returns == .void
        var lines = s.params.enumerated().map { i, p in
            "    \(inPlace && i == 0 ? "var" : "let") \(argument(i)) = \(swiftTypeName(p.type)).pbFrom(args[\(i)])"
        }
        let args = s.params.indices.map { i in (inPlace && i == 0 ? "&" : "") + argument(i) }.joined(separator: ", ")
        let call = "Solution().\(s.function)(\(args))"
        if inPlace {
            lines.append("    \(call)")
            lines.append("    return \(s.params.isEmpty ? "\"null\"" : argument(0) + ".pbJSON()")")
        } else {
            lines.append("    return \(call).pbJSON()")
        }
        let types = s.params.map(\.type) + [s.returns]
        var note: [String] = []
        if types.contains(.listNode) {
            note.append(" * Definition for singly-linked list (predefined):\n * public class ListNode { public var val: Int; public var next: ListNode?; init(_ val: Int, _ next: ListNode?) }")
        }
        if types.contains(.treeNode) {
            note.append(" * Definition for a binary tree node (predefined):\n * public class TreeNode { public var val: Int; public var left: TreeNode?; public var right: TreeNode? }")
        }
        return [
            "swift_call": lines.joined(separator: "\n"),
            "params_swift": s.params.enumerated().map { i, p in "_ \(p.name): \(inPlace && i == 0 ? "inout " : "")\(swift(p.type))" }.joined(separator: ", "),
            "returns_swift": inPlace ? "" : " -> " + swift(s.returns),
            "swift_note": note.isEmpty ? "" : "/**\n" + note.joined(separator: "\n *\n") + "\n */\n",
        ]
    }

    static func swift(_ t: ValueType) -> String {
        switch t {
        case .int, .long: "Int"
        case .double: "Double"
        case .bool: "Bool"
        case .string: "String"
        case .char: "Character"
        case .void: "Void"
        case .listNode: "ListNode?"
        case .treeNode: "TreeNode?"
        case let .array(inner): "[\(swift(inner))]"
        }
    }

    /// The type spelled so a static member can follow it (`Array<Int>.pbFrom`, `Optional<ListNode>.pbFrom`).
    static func swiftTypeName(_ t: ValueType) -> String {
        switch t {
        case .listNode: "Optional<ListNode>"
        case .treeNode: "Optional<TreeNode>"
        case let .array(inner): "Array<\(swiftTypeName(inner))>"
        default: swift(t)
        }
    }
}
