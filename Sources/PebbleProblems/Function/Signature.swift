public import Foundation

/// A function-mode problem's typed signature (PebbleCode's addition to problem.yaml):
///
///     signature:
///       function: twoSum
///       params: [{name: nums, type: "int[]"}, {name: target, type: int}]
///       returns: "int[]"
///       compare: any-order        # or exact (the default)
///       float_tolerance: 1e-6     # for double results
public struct Signature: Sendable, Equatable, Codable {
    public var function: String
    public var params: [Param]
    public var returns: ValueType
    public var compare: Comparison
    public var floatTolerance: Double?

    public struct Param: Sendable, Equatable, Codable {
        public var name: String
        public var type: ValueType
    }

    public enum Comparison: String, Sendable, Codable {
        /// The result must equal the expected value (doubles within the tolerance).
        case exact
        /// A list result may come in any order (its elements compared exactly).
        case anyOrder = "any-order"
    }

    init(node: [String: Any]) throws {
        guard let f = node["function"] as? String, Self.isIdentifier(f) else { throw ProblemError.invalid("", "signature.function must be a name") }
        function = f
        params = try ((node["params"] as? [Any]) ?? []).map { item in
            guard let p = item as? [String: Any], let name = p["name"] as? String, Self.isIdentifier(name), let type = p["type"] else {
                throw ProblemError.invalid("", "signature.params: each needs a name and a type")
            }
            return Param(name: name, type: try ValueType(parsing: "\(type)"))
        }
        returns = try ValueType(parsing: "\(node["returns"] ?? "void")")
        let c = "\(node["compare"] ?? "exact")"
        guard let comparison = Comparison(rawValue: c) else { throw ProblemError.invalid("", "signature.compare must be exact or any-order, not '\(c)'") }
        compare = comparison
        floatTolerance = (node["float_tolerance"] as? Double) ?? (node["float_tolerance"] as? Int).map(Double.init)
    }

    static func isIdentifier(_ s: String) -> Bool {
        guard let first = s.first, first.isLetter || first == "_" else { return false }
        return s.allSatisfy { $0.isLetter || $0.isNumber || $0 == "_" }
    }
}

/// The types a signature may use: scalars, arrays and 2-D arrays of them, linked lists and
/// binary trees (given as arrays: a list's values; a tree's level order with nulls).
public indirect enum ValueType: Sendable, Equatable, Codable, CustomStringConvertible {
    case int, long, double, bool, string, char, void
    case listNode, treeNode
    case array(ValueType)

    public init(parsing text: String) throws {
        var t = text.trimmingCharacters(in: .whitespaces)
        var depth = 0
        while t.hasSuffix("[]") {
            t.removeLast(2)
            depth += 1
        }
        var base: ValueType
        switch t {
        case "int": base = .int
        case "long": base = .long
        case "double": base = .double
        case "bool", "boolean": base = .bool
        case "string": base = .string
        case "char": base = .char
        case "void": base = .void
        case "ListNode": base = .listNode
        case "TreeNode": base = .treeNode
        default: throw ProblemError.invalid("", "unknown type '\(text)' (int, long, double, bool, string, char, T[], T[][], ListNode, TreeNode)")
        }
        guard depth <= 2, !(depth > 0 && [.void, .listNode, .treeNode].contains(base)) else {
            throw ProblemError.invalid("", "type '\(text)' is not supported (arrays of scalars, up to 2-D)")
        }
        for _ in 0..<depth { base = .array(base) }
        self = base
    }

    public var description: String {
        switch self {
        case .int: "int"
        case .long: "long"
        case .double: "double"
        case .bool: "bool"
        case .string: "string"
        case .char: "char"
        case .void: "void"
        case .listNode: "ListNode"
        case .treeNode: "TreeNode"
        case let .array(t): "\(t)[]"
        }
    }

    public init(from decoder: any Decoder) throws {
        self = try ValueType(parsing: try decoder.singleValueContainer().decode(String.self))
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(description)
    }
}
