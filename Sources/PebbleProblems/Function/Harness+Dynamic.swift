/// Python and JavaScript drivers read the signature at run time; only their starters are rendered.
extension Harness {
    static func pythonPlaceholders(_ s: Signature) -> [String: String] {
        ["params_python": s.params.map { ", " + $0.name }.joined(), "returns_python": ""]
    }

    static func javascriptPlaceholders(_ s: Signature) -> [String: String] {
        [
            "params_plain": s.params.map(\.name).joined(separator: ", "),
            "params_jsdoc": s.params.map { " * @param {\(jsdoc($0.type))} \($0.name)\n" }.joined(),
            "returns_jsdoc": jsdoc(s.returns),
        ]
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
