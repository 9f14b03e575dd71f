import Foundation
import Hummingbird
import PebbleHTTP
import PebbleJSON

/// A request's JSON object read strictly: unknown fields, wrong types and oversized strings are
/// refused with the field named (400), before anything is looked up or stored.
struct RequestFields {
    let object: [String: JSONValue]

    init(_ body: JSONValue, allowed: Set<String>) throws {
        guard let object = body.object else { throw APIError.badRequest("the body must be a JSON object") }
        for key in object.keys.sorted() where !allowed.contains(key) {
            throw APIError(.badRequest, code: "unknown_field", "unknown field `\(String(key.prefix(40)))` (allowed: \(allowed.sorted().joined(separator: ", ")))")
        }
        self.object = object
    }

    func has(_ key: String) -> Bool { object[key] != nil }

    /// A required string of at most `max` UTF-8 bytes.
    func string(_ key: String, max: Int) throws -> String {
        guard let value = try optionalString(key, max: max) else {
            throw APIError(.badRequest, code: "missing_field", "`\(key)` is required (a string)")
        }
        return value
    }

    func optionalString(_ key: String, max: Int) throws -> String? {
        guard let value = object[key], value != .null else { return nil }
        guard let s = value.string else { throw APIError(.badRequest, code: "invalid_field", "`\(key)` must be a string") }
        guard s.utf8.count <= max else { throw APIError(.badRequest, code: "field_too_long", "`\(key)` is longer than \(max) bytes") }
        guard !s.unicodeScalars.contains("\u{0}") else { throw APIError(.badRequest, code: "invalid_field", "`\(key)` may not contain NUL") }
        return s
    }
}
