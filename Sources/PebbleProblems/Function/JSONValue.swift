public import Foundation

/// A JSON value that keeps what JSONSerialization blurs: `true` is not `1`, `1` is not `1.0`
/// unless the type says double.
public enum JSONValue: Sendable, Equatable, Codable, CustomStringConvertible {
    case null
    case bool(Bool)
    case int(Int64)
    case double(Double)
    case string(String)
    case array([JSONValue])
    case object([String: JSONValue])

    public init(from decoder: any Decoder) throws {
        let c = try decoder.singleValueContainer()
        if c.decodeNil() { self = .null } else if let b = try? c.decode(Bool.self) { self = .bool(b) }
        else if let i = try? c.decode(Int64.self) { self = .int(i) }
        else if let d = try? c.decode(Double.self) { self = .double(d) }
        else if let s = try? c.decode(String.self) { self = .string(s) }
        else if let a = try? c.decode([JSONValue].self) { self = .array(a) }
        else { self = .object(try c.decode([String: JSONValue].self)) }
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.singleValueContainer()
        switch self {
        case .null: try c.encodeNil()
        case let .bool(b): try c.encode(b)
        case let .int(i): try c.encode(i)
        case let .double(d): try c.encode(d)
        case let .string(s): try c.encode(s)
        case let .array(a): try c.encode(a)
        case let .object(o): try c.encode(o)
        }
    }

    public static func parse(_ data: Data) throws -> JSONValue {
        try JSONDecoder().decode(JSONValue.self, from: data)
    }

    /// Compact JSON with sorted keys: the text a learner sees, and a canonical key for sorting.
    public var description: String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return (try? encoder.encode(self)).map { String(decoding: $0, as: UTF8.self) } ?? "?"
    }

    /// Whether `got` is the value `self` expects for `type`: doubles within `tolerance` (absolute
    /// or relative), integers exactly, bools as bools, lists element by element.
    public func accepts(_ got: JSONValue, as type: ValueType, tolerance: Double?) -> Bool {
        switch (type, self, got) {
        case (.double, _, _):
            guard let e = self.number, let g = got.number else { return false }
            let eps = tolerance ?? 1e-9
            return abs(e - g) <= eps || abs(e - g) <= eps * abs(e)
        case let (.array(inner), .array(es), .array(gs)):
            return es.count == gs.count && zip(es, gs).allSatisfy { $0.accepts($1, as: inner, tolerance: tolerance) }
        case (.listNode, .array(let es), .array(let gs)), (.treeNode, .array(let es), .array(let gs)):
            return es == gs
        case (.int, .int(let e), .int(let g)), (.long, .int(let e), .int(let g)):
            return e == g
        default:
            return self == got
        }
    }

    var number: Double? {
        switch self {
        case let .int(i): Double(i)
        case let .double(d): d
        default: nil
        }
    }
}
