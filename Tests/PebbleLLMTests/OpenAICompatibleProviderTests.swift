import PebbleTestSupport
import AsyncHTTPClient
import Foundation
import NIOHTTP1
import PebbleLLM
import XCTest

final class OpenAICompatibleProviderTests: XCTestCase {
    static let reply = #"""
        {"id":"chatcmpl-1","object":"chat.completion","model":"qwen2.5-coder:7b",
         "choices":[{"index":0,"message":{"role":"assistant","content":"You never change i."},"finish_reason":"stop"}],
         "usage":{"prompt_tokens":42,"completion_tokens":7,"total_tokens":49}}
        """#

    func testRequestShapeAndReplyParsing() async throws {
        try await withLoopback { server, client in
            server.enqueue(.json(Self.reply))
            let provider = OpenAICompatibleProvider(
                configuration: .init(baseURL: server.baseURL + "/v1/", model: "qwen2.5-coder:7b", apiKey: "sk-test"),
                httpClient: client
            )
            let reply = try await provider.complete(sampleRequest)
            XCTAssertEqual(
                reply,
                ChatReply(text: "You never change i.", finishReason: "stop", model: "qwen2.5-coder:7b", inputTokens: 42, outputTokens: 7)
            )

            let received = try XCTUnwrap(server.requests.first)
            XCTAssertEqual(server.requestCount, 1)
            XCTAssertEqual(received.method, "POST")
            XCTAssertEqual(received.uri, "/v1/chat/completions")
            XCTAssertEqual(received.headers.first(name: "authorization"), "Bearer sk-test")
            XCTAssertEqual(received.headers.first(name: "content-type"), "application/json")

            let json = try received.jsonBody()
            XCTAssertEqual(Set(json.keys), ["model", "messages", "max_tokens", "temperature", "stream"])
            XCTAssertEqual(json["model"] as? String, "qwen2.5-coder:7b")
            XCTAssertEqual(json["max_tokens"] as? Int, 240)
            XCTAssertEqual(json["temperature"] as? Double, 0.35)
            XCTAssertEqual(json["stream"] as? Bool, false)
            let messages = try XCTUnwrap(json["messages"] as? [[String: String]])
            XCTAssertEqual(messages, [
                ["role": "system", "content": "You are a patient coding tutor."],
                ["role": "user", "content": "Why does my loop never end?"],
                ["role": "assistant", "content": "Show me the loop."],
                ["role": "user", "content": "while i < 10 { print(i) }"],
            ])
        }
    }

    func testMaxCompletionTokensStopAndNoKey() async throws {
        try await withLoopback { server, client in
            server.enqueue(.json(Self.reply))
            let provider = OpenAICompatibleProvider(
                configuration: .init(baseURL: server.baseURL + "/v1", model: "gpt-4o-mini", maxTokensField: "max_completion_tokens"),
                httpClient: client
            )
            var request = ChatRequestFixture.make(stop: ["\n\n", "User:"])
            request.maxTokens = 99
            request.temperature = 0
            _ = try await provider.complete(request)

            let received = try XCTUnwrap(server.requests.first)
            XCTAssertNil(received.headers.first(name: "authorization"))
            let json = try received.jsonBody()
            XCTAssertEqual(Set(json.keys), ["model", "messages", "max_completion_tokens", "temperature", "stream", "stop"])
            XCTAssertEqual(json["max_completion_tokens"] as? Int, 99)
            XCTAssertEqual(json["temperature"] as? Double, 0)
            XCTAssertEqual(json["stop"] as? [String], ["\n\n", "User:"])
        }
    }

    func testNon2xxBecomesHTTPError() async throws {
        try await withLoopback { server, client in
            server.enqueue(.json(#"{"error":{"message":"model not found"}}"#, status: 404))
            let provider = OpenAICompatibleProvider(
                configuration: .init(baseURL: server.baseURL + "/v1", model: "nope"), httpClient: client
            )
            let error = await assertThrows { try await provider.complete(sampleRequest) }
            guard case .http(let status, let body)? = error as? ProviderError else {
                return XCTFail("expected .http, got \(String(describing: error))")
            }
            XCTAssertEqual(status, 404)
            XCTAssertTrue(body.contains("model not found"))
            XCTAssertFalse((error as? ProviderError)?.isRetryable ?? true)
        }
    }

    func testMalformedJSONAndMissingContentAreBadResponses() async throws {
        try await withLoopback { server, client in
            server.enqueue(
                .json("{not json"),
                .json(#"{"model":"m","choices":[{"message":{"role":"assistant","content":null},"finish_reason":"length"}]}"#),
                .json(#"{"model":"m","choices":[]}"#)
            )
            let provider = OpenAICompatibleProvider(configuration: .init(baseURL: server.baseURL, model: "m"), httpClient: client)
            for _ in 0..<3 {
                let error = await assertThrows { try await provider.complete(sampleRequest) }
                guard case .badResponse? = error as? ProviderError else {
                    return XCTFail("expected .badResponse, got \(String(describing: error))")
                }
            }
            XCTAssertEqual(server.requests.map(\.uri), Array(repeating: "/chat/completions", count: 3))
        }
    }

    func testAbruptCloseIsATransportError() async throws {
        try await withLoopback { server, client in
            server.enqueue(.abruptClose)
            let provider = OpenAICompatibleProvider(configuration: .init(baseURL: server.baseURL, model: "m"), httpClient: client)
            let error = await assertThrows { try await provider.complete(sampleRequest) }
            guard case .transport? = error as? ProviderError else {
                return XCTFail("expected .transport, got \(String(describing: error))")
            }
            XCTAssertTrue((error as? ProviderError)?.isRetryable ?? false)
        }
    }
}
