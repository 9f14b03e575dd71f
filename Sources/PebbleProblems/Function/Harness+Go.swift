/// Go (main.go): the argument conversions and the call are rendered; `pbJSON` in the driver writes
/// any result by reflection.
extension Harness {
    static func goPlaceholders(_ s: Signature) -> [String: String] {
        var lines = s.params.enumerated().map { i, p in "\t\(argument(i)) := \(goReader(p.type))(args[\(i)])" }
        let call = "\(s.function)(\(s.params.indices.map(argument).joined(separator: ", ")))"
        if s.returns == .void {
            lines.append("\t" + call)
            lines.append("\tpbJSON(reflect.ValueOf(\(s.params.isEmpty ? "0" : argument(0))), &out)")
        } else {
            lines.append("\tvalue := " + call)
            lines.append("\tpbJSON(reflect.ValueOf(value), &out)")
        }
        let types = s.params.map(\.type) + [s.returns]
        var notes: [String] = []
        if types.contains(.listNode) {
            notes.append(" * Definition for singly-linked list.\n * type ListNode struct {\n *     Val int\n *     Next *ListNode\n * }")
        }
        if types.contains(.treeNode) {
            notes.append(" * Definition for a binary tree node.\n * type TreeNode struct {\n *     Val int\n *     Left *TreeNode\n *     Right *TreeNode\n * }")
        }
        return [
            "go_call": lines.joined(separator: "\n"),
            "params_go": s.params.map { "\($0.name) \(go($0.type))" }.joined(separator: ", "),
            "returns_go": s.returns == .void ? "" : " " + go(s.returns),
            "go_note": notes.isEmpty ? "" : "/**\n" + notes.joined(separator: "\n *\n") + "\n */\n",
        ]
    }

    static func go(_ t: ValueType) -> String {
        switch t {
        case .int: "int"
        case .long: "int64"
        case .double: "float64"
        case .bool: "bool"
        case .string: "string"
        case .char: "byte"
        case .void: ""
        case .listNode: "*ListNode"
        case .treeNode: "*TreeNode"
        case let .array(inner): "[]" + go(inner)
        }
    }

    static func goReader(_ t: ValueType) -> String {
        switch t {
        case .char: "pbChar"
        case .array(.char): "pbChars"
        case .array(.array(.char)): "pbChars2"
        case .listNode: "pbList"
        case .treeNode: "pbTree"
        default: "pbRead[\(go(t))]"
        }
    }
}
