import AsyncHTTPClient
import Foundation
import NIOCore
import NIOHTTP1

/// A `Retry-After` hint from the most recent 429, passed from a provider to the
/// ``ResilientProvider`` that is calling it without changing ``ProviderError``'s shape.
actor RetryAfterSink {
    private(set) var retryAfter: Duration?

    func record(_ value: Duration?) { retryAfter = value }
    func take() -> Duration? {
        defer { retryAfter = nil }
        return retryAfter
    }

    @TaskLocal static var current: RetryAfterSink?
}

/// The answer of one HTTP exchange, body collected.
struct HTTPAnswer: Sendable {
    var status: Int
    var headers: HTTPHeaders
    var body: ByteBuffer
}

enum HTTPExchange {
    /// Largest answer body we read (a chat reply is a few KiB).
    static let maxBodyBytes = 4 * 1024 * 1024
    /// How much of an error body ``ProviderError/http(status:body:)`` carries.
    static let maxErrorBodyChars = 2048

    /// POSTs `body` and returns a 2xx answer; any other status becomes ``ProviderError/http(status:body:)``.
    static func post(
        client: HTTPClient,
        url: String,
        headers: HTTPHeaders,
        body: [UInt8],
        timeout: Duration
    ) async throws -> HTTPAnswer {
        var request = HTTPClientRequest(url: url)
        request.method = .POST
        request.headers = headers
        request.body = .bytes(ByteBuffer(bytes: body))

        let answer: HTTPAnswer
        do {
            let response = try await client.execute(request, timeout: timeAmount(timeout))
            let collected = try await response.body.collect(upTo: maxBodyBytes)
            answer = HTTPAnswer(status: Int(response.status.code), headers: response.headers, body: collected)
        } catch {
            throw mapTransportError(error)
        }

        guard (200..<300).contains(answer.status) else {
            if answer.status == 429, let sink = RetryAfterSink.current {
                await sink.record(retryAfter(answer.headers))
            }
            let text = String(buffer: answer.body)
            throw ProviderError.http(status: answer.status, body: String(text.prefix(maxErrorBodyChars)))
        }
        return answer
    }

    /// `Retry-After` in delta-seconds form (the HTTP-date form is ignored).
    static func retryAfter(_ headers: HTTPHeaders) -> Duration? {
        guard let raw = headers.first(name: "retry-after")?.trimmingCharacters(in: .whitespaces),
            let seconds = Double(raw), seconds >= 0, seconds.isFinite
        else { return nil }
        return .milliseconds(Int64(seconds * 1000))
    }

    static func mapTransportError(_ error: any Error) -> any Error {
        if error is CancellationError || Task.isCancelled { return CancellationError() }
        if let providerError = error as? ProviderError { return providerError }
        if let httpError = error as? HTTPClientError {
            switch httpError {
            case .deadlineExceeded, .readTimeout, .connectTimeout, .writeTimeout:
                return ProviderError.timeout
            default:
                return ProviderError.transport(String(describing: httpError))
            }
        }
        return ProviderError.transport(String(describing: error))
    }

    static func timeAmount(_ duration: Duration) -> TimeAmount {
        let (seconds, attoseconds) = duration.components
        return .nanoseconds(seconds * 1_000_000_000 + attoseconds / 1_000_000_000)
    }

    static func jsonHeaders(_ extra: [(String, String)] = []) -> HTTPHeaders {
        var headers = HTTPHeaders()
        headers.add(name: "content-type", value: "application/json")
        headers.add(name: "accept", value: "application/json")
        for (name, value) in extra { headers.add(name: name, value: value) }
        return headers
    }
}

enum JSONCoding {
    static func encode<T: Encodable>(_ value: T) throws -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return Array(try encoder.encode(value))
    }

    static func decode<T: Decodable>(_ type: T.Type, from body: ByteBuffer) throws -> T {
        do {
            return try JSONDecoder().decode(type, from: Data(body.readableBytesView))
        } catch {
            throw ProviderError.badResponse("could not decode JSON: \(error)")
        }
    }
}

/// A coding key built at run time, for field names chosen by configuration.
struct DynamicKey: CodingKey {
    var stringValue: String
    var intValue: Int? { nil }
    init(_ string: String) { self.stringValue = string }
    init?(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { nil }
}
