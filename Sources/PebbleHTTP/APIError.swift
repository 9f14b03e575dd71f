public import Foundation
public import Hummingbird
public import PebbleJSON

/// An error answer of every service: `{"error": {"code": "...", "message": "..."}}` with the
/// status, and `Retry-After` for 429 and 503. Codes are stable snake_case strings.
public struct APIError: Error, HTTPResponseError, CustomStringConvertible, Sendable {
    public var status: HTTPResponse.Status
    public var code: String
    public var message: String
    public var retryAfterSeconds: Int?

    public init(_ status: HTTPResponse.Status, code: String, _ message: String, retryAfterSeconds: Int? = nil) {
        self.status = status
        self.code = code
        self.message = message
        self.retryAfterSeconds = retryAfterSeconds
    }

    public init(status: Int, code: String, _ message: String) {
        self.init(HTTPResponse.Status(code: status), code: code, message)
    }

    public var description: String { "\(status.code) \(code): \(message)" }

    public func response(from request: Request, context: some RequestContext) throws -> Response {
        var headers: HTTPFields = [.contentType: "application/json; charset=utf-8"]
        if let s = retryAfterSeconds { headers[.retryAfter] = String(s) }
        let body = JSONValue.object(["error": .object(["code": .string(code), "message": .string(message)])]).compactJSON
        return Response(status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(string: body)))
    }

    public static func badRequest(_ message: String) -> APIError { APIError(.badRequest, code: "bad_request", message) }
    public static func notFound(_ code: String, _ message: String) -> APIError { APIError(.notFound, code: code, message) }
}

/// JSON bodies in and out.
public enum JSONBody {
    public static let maxRequestBytes = 256 * 1024

    /// The request's body as JSON: too large → 413, not JSON → 400.
    public static func read(_ request: Request, limit: Int = maxRequestBytes) async throws -> JSONValue {
        let buffer: ByteBuffer
        do {
            buffer = try await request.body.collect(upTo: limit)
        } catch {
            throw APIError(.contentTooLarge, code: "too_large", "the body is larger than \(limit) bytes")
        }
        guard buffer.readableBytes > 0 else { throw APIError.badRequest("the body is empty; send a JSON object") }
        do {
            return try JSONValue.parse(Data(buffer.readableBytesView))
        } catch {
            throw APIError.badRequest("the body is not valid JSON: \(error)")
        }
    }

    public static func response(_ value: JSONValue, status: HTTPResponse.Status = .ok) -> Response {
        Response(status: status, headers: [.contentType: "application/json; charset=utf-8"],
                 body: .init(byteBuffer: ByteBuffer(string: value.compactJSON)))
    }
}
