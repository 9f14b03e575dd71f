/// C++ (driver.cpp): the argument conversions and the call are rendered; `Convert<T>` in the
/// driver does the JSON work by type.
extension Harness {
    static func cppPlaceholders(_ s: Signature) -> [String: String] {
        let args = s.params.indices.map(argument)
        let conversions = s.params.enumerated().map { i, p in
            "    auto \(argument(i)) = Convert<\(cpp(p.type))>::from(args.at(\(i)));"
        }.joined(separator: "\n")
        // Dependent on S, so the branch not taken is never looked up (free function or Solution).
        let dependent = args.map { "dep<S>(\($0))" }.joined(separator: ", ")
        let isVoid = s.returns == .void
        let resultType = isVoid ? s.params.first.map { cpp($0.type) } ?? "int" : cpp(s.returns)
        let call = "            auto value = pebble::call<Solution>(args);\n            record = \"\\\"result\\\":\" + pebble::Convert<\(resultType)>::to(value);"
        return [
            "params_cpp": s.params.map { cppParameter($0.type) + " " + $0.name }.joined(separator: ", "),
            "returns_cpp": cpp(s.returns),
            "conversions": conversions,
            "arguments": dependent,
            "call": call,
            // A void function's result is its first argument after the call (in-place problems).
            "void_call_open": isVoid ? "" : "return ",
            "void_call_close": isVoid ? "; return \(argument(0));" : ";",
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

    /// LeetCode passes containers by reference.
    static func cppParameter(_ t: ValueType) -> String {
        if case .array = t { return cpp(t) + "&" }
        return cpp(t)
    }
}
