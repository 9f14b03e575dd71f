public import Foundation
public import PebbleJSON

/// A frame the daemon sends: `type`, `id`, and the fields of that type (docs/protocol.md,
/// "Responses"). Kept as JSON values so a newer field is one more key, and a client ignores what
/// it does not know.
public struct Response: Sendable {
    public var fields: [String: JSONValue]

    public init(type: String, id: String, _ fields: [String: JSONValue] = [:]) {
        self.fields = fields
        self.fields["type"] = .string(type)
        self.fields["id"] = .string(id)
    }

    public init(fields: [String: JSONValue]) { self.fields = fields }

    public var type: String { fields["type"]?.string ?? "" }
    public var id: String { fields["id"]?.string ?? "" }
    public subscript(key: String) -> JSONValue? {
        get { fields[key] }
        set { fields[key] = newValue }
    }

    public static func error(id: String, _ e: WireError, job: String? = nil) -> Response {
        var r = Response(type: "error", id: id, ["code": .string(e.code.rawValue), "message": .string(e.message)])
        if let ms = e.retryAfterMs { r["retryAfterMs"] = .int(Int64(ms)) }
        if let job { r["job"] = .string(job) }
        return r
    }

    /// The frame's bytes: length and JSON.
    public func encoded() -> [UInt8] {
        FrameEncoder.frame(Array(JSONValue.object(fields).compactJSON.utf8))
    }

    public static func decode(_ body: [UInt8]) throws -> Response {
        guard case let .object(o) = try JSONValue.parse(Data(body)) else { throw WireError(.badFrame, "not an object") }
        return Response(fields: o)
    }
}

extension JSONValue {
    /// Output bytes for a JSON field: UTF-8 text as is, anything else base64 with an encoding field.
    public static func text(_ data: Data, field: String, into fields: inout [String: JSONValue]) {
        if let s = String(validating: data, as: UTF8.self) {
            fields[field] = .string(s)
        } else {
            fields[field] = .string(data.base64EncodedString())
            fields[field + "Encoding"] = .string("base64")
        }
    }
}
