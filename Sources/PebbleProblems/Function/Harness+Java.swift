/// Java (Main.java beside the learner's Solution.java): conversions and the call are rendered;
/// the driver's `toInt`, `toIntArray`, `toIntArray2`… read JSON by type.
extension Harness {
    static func javaPlaceholders(_ s: Signature) -> [String: String] {
        let conversions = s.params.enumerated().map { i, p in
            "                \(java(p.type)) \(argument(i)) = \(javaReader(p.type))(args.get(\(i)));"
        }.joined(separator: "\n")
        let args = s.params.indices.map(argument).joined(separator: ", ")
        // An empty list or tree is null in Java: the static type says it is [].
        let nullable = s.returns == .listNode || s.returns == .treeNode
        let call = s.returns == .void
            ? "                solution.\(s.function)(\(args));\n                record = \"\\\"result\\\":\" + json(\(argument(0)));"
            : "                Object value = solution.\(s.function)(\(args));\n                record = \"\\\"result\\\":\" + \(nullable ? "(value == null ? \"[]\" : json(value))" : "json(value)");"
        return [
            "java_conversions": conversions,
            "java_call": call,
            "params_java": s.params.map { java($0.type) + " " + $0.name }.joined(separator: ", "),
            "returns_java": java(s.returns),
        ]
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
}
