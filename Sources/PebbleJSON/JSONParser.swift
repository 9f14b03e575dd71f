import Foundation

/// A byte-level JSON parser for `JSONValue` (RFC 8259). Codable's decoding of a recursive enum
/// tries each case in turn and throws on every miss — far too slow for function-mode cases of
/// megabytes; this reads each value once. Integers that fit 64 bits stay integers.
struct JSONParser {
    struct Failure: Error, CustomStringConvertible {
        var offset: Int
        var reason: String
        var description: String { "invalid JSON at byte \(offset): \(reason)" }
    }

    let bytes: [UInt8]
    var p = 0
    var depth = 0

    init(_ data: Data) { bytes = [UInt8](data) }

    mutating func document() throws -> JSONValue {
        let v = try value()
        space()
        guard p == bytes.count else { throw Failure(offset: p, reason: "text after the value") }
        return v
    }

    mutating func space() {
        while p < bytes.count, bytes[p] == 0x20 || bytes[p] == 0x0A || bytes[p] == 0x0D || bytes[p] == 0x09 { p += 1 }
    }

    mutating func value() throws -> JSONValue {
        space()
        guard p < bytes.count else { throw Failure(offset: p, reason: "unexpected end") }
        switch bytes[p] {
        case UInt8(ascii: "{"):
            depth += 1
            guard depth <= 512 else { throw Failure(offset: p, reason: "nested too deeply") }
            p += 1
            var o: [String: JSONValue] = [:]
            space()
            if p < bytes.count, bytes[p] == UInt8(ascii: "}") { p += 1; depth -= 1; return .object(o) }
            while true {
                space()
                guard p < bytes.count, bytes[p] == UInt8(ascii: "\"") else { throw Failure(offset: p, reason: "expected a key") }
                let key = try string()
                space()
                guard p < bytes.count, bytes[p] == UInt8(ascii: ":") else { throw Failure(offset: p, reason: "expected ':'") }
                p += 1
                o[key] = try value()
                space()
                guard p < bytes.count else { throw Failure(offset: p, reason: "unexpected end") }
                if bytes[p] == UInt8(ascii: ",") { p += 1; continue }
                guard bytes[p] == UInt8(ascii: "}") else { throw Failure(offset: p, reason: "expected ',' or '}'") }
                p += 1
                depth -= 1
                return .object(o)
            }
        case UInt8(ascii: "["):
            depth += 1
            guard depth <= 512 else { throw Failure(offset: p, reason: "nested too deeply") }
            p += 1
            var a: [JSONValue] = []
            space()
            if p < bytes.count, bytes[p] == UInt8(ascii: "]") { p += 1; depth -= 1; return .array(a) }
            while true {
                a.append(try value())
                space()
                guard p < bytes.count else { throw Failure(offset: p, reason: "unexpected end") }
                if bytes[p] == UInt8(ascii: ",") { p += 1; continue }
                guard bytes[p] == UInt8(ascii: "]") else { throw Failure(offset: p, reason: "expected ',' or ']'") }
                p += 1
                depth -= 1
                return .array(a)
            }
        case UInt8(ascii: "\""):
            return .string(try string())
        case UInt8(ascii: "t"): try literal("true"); return .bool(true)
        case UInt8(ascii: "f"): try literal("false"); return .bool(false)
        case UInt8(ascii: "n"): try literal("null"); return .null
        default:
            return try number()
        }
    }

    mutating func literal(_ word: String) throws {
        let w = Array(word.utf8)
        guard p + w.count <= bytes.count, Array(bytes[p..<p + w.count]) == w else { throw Failure(offset: p, reason: "unknown literal") }
        p += w.count
    }

    mutating func number() throws -> JSONValue {
        let start = p
        var integral = true
        if p < bytes.count, bytes[p] == UInt8(ascii: "-") { p += 1 }
        while p < bytes.count {
            let c = bytes[p]
            if c >= 0x30 && c <= 0x39 { p += 1 } else if c == UInt8(ascii: ".") || c == UInt8(ascii: "e") || c == UInt8(ascii: "E")
                || c == UInt8(ascii: "+") || c == UInt8(ascii: "-") { integral = false; p += 1 } else { break }
        }
        guard p > start, !(p == start + 1 && bytes[start] == UInt8(ascii: "-")) else { throw Failure(offset: start, reason: "expected a value") }
        let text = String(decoding: bytes[start..<p], as: UTF8.self)
        if integral, let i = Int64(text) { return .int(i) }
        guard let d = Double(text), d.isFinite || text.contains("e") || text.contains("E") else {
            throw Failure(offset: start, reason: "invalid number '\(text)'")
        }
        return .double(d)
    }

    mutating func string() throws -> String {
        p += 1  // the opening quote
        var out: [UInt8] = []
        var plainStart = p
        while true {
            guard p < bytes.count else { throw Failure(offset: p, reason: "unterminated string") }
            let c = bytes[p]
            if c == UInt8(ascii: "\"") {
                out.append(contentsOf: bytes[plainStart..<p])
                p += 1
                return String(decoding: out, as: UTF8.self)
            }
            if c < 0x20 { throw Failure(offset: p, reason: "a control character in a string") }
            if c != UInt8(ascii: "\\") { p += 1; continue }
            out.append(contentsOf: bytes[plainStart..<p])
            guard p + 1 < bytes.count else { throw Failure(offset: p, reason: "unterminated escape") }
            let e = bytes[p + 1]
            p += 2
            switch e {
            case UInt8(ascii: "\""): out.append(0x22)
            case UInt8(ascii: "\\"): out.append(0x5C)
            case UInt8(ascii: "/"): out.append(0x2F)
            case UInt8(ascii: "b"): out.append(0x08)
            case UInt8(ascii: "f"): out.append(0x0C)
            case UInt8(ascii: "n"): out.append(0x0A)
            case UInt8(ascii: "r"): out.append(0x0D)
            case UInt8(ascii: "t"): out.append(0x09)
            case UInt8(ascii: "u"):
                var code = try hex4()
                if (0xD800..<0xDC00).contains(code), p + 1 < bytes.count, bytes[p] == UInt8(ascii: "\\"), bytes[p + 1] == UInt8(ascii: "u") {
                    p += 2
                    let low = try hex4()
                    code = (0xDC00..<0xE000).contains(low) ? 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00) : 0xFFFD
                }
                out.append(contentsOf: Array(String(Character(Unicode.Scalar(code) ?? "\u{FFFD}")).utf8))
            default: throw Failure(offset: p - 1, reason: "unknown escape")
            }
            plainStart = p
        }
    }

    mutating func hex4() throws -> UInt32 {
        guard p + 4 <= bytes.count, let v = UInt32(String(decoding: bytes[p..<p + 4], as: UTF8.self), radix: 16) else {
            throw Failure(offset: p, reason: "invalid \\u escape")
        }
        p += 4
        return v
    }
}
