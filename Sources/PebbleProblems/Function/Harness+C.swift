/// C (driver.c), in LeetCode's C conventions: an array parameter is followed by its size
/// (`int* nums, int numsSize`), a 2-D array by its size and row sizes (`int** grid, int gridSize,
/// int* gridColSize`); an array result is returned with `int* returnSize` (and
/// `int** returnColumnSizes` for 2-D) appended to the parameters.
extension Harness {
    static func cPlaceholders(_ s: Signature) -> [String: String] {
        var lines: [String] = []
        var callArgs: [String] = []
        for (i, p) in s.params.enumerated() {
            let a = argument(i)
            switch p.type {
            case let .array(.array(inner)):
                lines.append("int \(a)_size; int *\(a)_cols; \(c(inner))** \(a) = pb_\(cBase(inner))_array2(&args[\(i)], &\(a)_size, &\(a)_cols);")
                callArgs += [a, a + "_size", a + "_cols"]
            case let .array(inner):
                lines.append("int \(a)_size; \(c(inner))* \(a) = pb_\(cBase(inner))_array(&args[\(i)], &\(a)_size);")
                callArgs += [a, a + "_size"]
            default:
                lines.append("\(c(p.type)) \(a) = pb_\(cBase(p.type))(&args[\(i)]);")
                callArgs.append(a)
            }
        }
        let call = "\(s.function)(\(callArgs.joined(separator: ", "))"
        switch s.returns {
        case .void:
            lines.append(call + ");")
            if let first = s.params.first { lines.append(cPut(first.type, value: argument(0), size: argument(0) + "_size", columns: argument(0) + "_cols")) }
        case let .array(.array(inner)):
            lines.append("int pb_size = 0; int *pb_cols = NULL;")
            lines.append("\(c(inner))** value = \(call)\(callArgs.isEmpty ? "" : ", ")&pb_size, &pb_cols);")
            lines.append(cPut(s.returns, value: "value", size: "pb_size", columns: "pb_cols"))
        case let .array(inner):
            lines.append("int pb_size = 0;")
            lines.append("\(c(inner))* value = \(call)\(callArgs.isEmpty ? "" : ", ")&pb_size);")
            lines.append(cPut(s.returns, value: "value", size: "pb_size", columns: ""))
        default:
            lines.append("\(c(s.returns)) value = \(call));")
            lines.append(cPut(s.returns, value: "value", size: "", columns: ""))
        }
        return [
            "c_call": lines.map { "        " + $0 }.joined(separator: "\n"),
            "params_c": cParameters(s).joined(separator: ", "),
            "returns_c": cReturn(s.returns),
            "c_note": cNote(s),
        ]
    }

    static func cPut(_ t: ValueType, value: String, size: String, columns: String) -> String {
        switch t {
        case let .array(.array(inner)): "pb_put_\(cBase(inner))_array2(&out, \(value), \(size), \(columns));"
        case let .array(inner): "pb_put_\(cBase(inner))_array(&out, \(value), \(size));"
        default: "pb_put_\(cBase(t))(&out, \(value));"
        }
    }

    static func cParameters(_ s: Signature) -> [String] {
        var out: [String] = []
        for p in s.params {
            switch p.type {
            case let .array(.array(inner)): out += ["\(c(inner))** \(p.name)", "int \(p.name)Size", "int* \(p.name)ColSize"]
            case let .array(inner): out += ["\(c(inner))* \(p.name)", "int \(p.name)Size"]
            default: out.append("\(c(p.type)) \(p.name)")
            }
        }
        switch s.returns {
        case .array(.array): out += ["int* returnSize", "int** returnColumnSizes"]
        case .array: out.append("int* returnSize")
        default: break
        }
        return out
    }

    static func cReturn(_ t: ValueType) -> String {
        switch t {
        case let .array(.array(inner)): c(inner) + "**"
        case let .array(inner): c(inner) + "*"
        default: c(t)
        }
    }

    /// The comment LeetCode's C starters carry: the node types, and who allocates the result.
    static func cNote(_ s: Signature) -> String {
        var notes: [String] = []
        let types = s.params.map(\.type) + [s.returns]
        if types.contains(.listNode) {
            notes.append(" * Definition for singly-linked list:\n *     struct ListNode { int val; struct ListNode *next; };")
        }
        if types.contains(.treeNode) {
            notes.append(" * Definition for a binary tree node:\n *     struct TreeNode { int val; struct TreeNode *left; struct TreeNode *right; };")
        }
        switch s.returns {
        case .array(.array):
            notes.append(" * Return an array of *returnSize arrays, with their sizes in *returnColumnSizes;\n * malloc both (the caller frees them).")
        case .array:
            notes.append(" * Return an array of *returnSize elements; malloc it (the caller frees it).")
        default: break
        }
        return notes.isEmpty ? "" : "/**\n" + notes.joined(separator: "\n *\n") + "\n */\n"
    }

    static func c(_ t: ValueType) -> String {
        switch t {
        case .int: "int"
        case .long: "long long"
        case .double: "double"
        case .bool: "bool"
        case .string: "char*"
        case .char: "char"
        case .void: "void"
        case .listNode: "struct ListNode*"
        case .treeNode: "struct TreeNode*"
        case let .array(inner): c(inner) + "*"
        }
    }

    /// The driver's reader and writer suffix for a type (pb_int, pb_int_array, pb_put_int…).
    static func cBase(_ t: ValueType) -> String {
        switch t {
        case .int: "int"
        case .long: "long"
        case .double: "double"
        case .bool: "bool"
        case .string: "string"
        case .char: "char"
        case .listNode: "ListNode"
        case .treeNode: "TreeNode"
        case .void, .array: "int"
        }
    }
}
