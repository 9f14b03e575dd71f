/// Python's and JavaScript's drivers (TypeScript runs JavaScript's) read the signature at run time;
/// only their starters are rendered.
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

    static func typescriptPlaceholders(_ s: Signature) -> [String: String] {
        ["params_ts": s.params.map { "\($0.name): \(typescript($0.type))" }.joined(separator: ", "), "returns_ts": typescript(s.returns)]
    }

    static func typescript(_ t: ValueType) -> String {
        switch t {
        case .listNode: "ListNode | null"
        case .treeNode: "TreeNode | null"
        case let .array(inner): typescript(inner) + "[]"
        default: jsdoc(t)
        }
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

/// Ruby's and PHP's drivers read the signature at run time too; their starters carry LeetCode's
/// doc comments (Ruby's method in snake_case, PHP's in-place array taken by reference).
extension Harness {
    static func rubyPlaceholders(_ s: Signature) -> [String: String] {
        [
            "function_snake": snakeCase(s.function),
            "params_rubydoc": s.params.map { "# @param {\(leetcodeDoc($0.type))} \($0.name)\n" }.joined(),
            "returns_rubydoc": leetcodeDoc(s.returns),
        ]
    }

    static func phpPlaceholders(_ s: Signature) -> [String: String] {
        let inPlace = s.returns == .void
        return [
            "params_php": s.params.enumerated().map { i, p in (inPlace && i == 0 ? "&$" : "$") + p.name }.joined(separator: ", "),
            "params_phpdoc": s.params.map { "     * @param \(leetcodeDoc($0.type)) $\($0.name)\n" }.joined(),
            "returns_phpdoc": s.returns == .void ? "NULL" : leetcodeDoc(s.returns),
        ]
    }

    /// twoSum → two_sum.
    static func snakeCase(_ name: String) -> String {
        var out = ""
        var previous: Character?
        for c in name {
            if c.isUppercase, let p = previous, p.isLowercase || p.isNumber { out.append("_") }
            out.append(c.lowercased().first!)
            previous = c
        }
        return out
    }

    /// The type names LeetCode's Ruby and PHP doc comments use.
    static func leetcodeDoc(_ t: ValueType) -> String {
        switch t {
        case .int, .long: "Integer"
        case .double: "Float"
        case .bool: "Boolean"
        case .string: "String"
        case .char: "Character"
        case .void: "Void"
        case .listNode: "ListNode"
        case .treeNode: "TreeNode"
        case let .array(inner): leetcodeDoc(inner) + "[]"
        }
    }
}
