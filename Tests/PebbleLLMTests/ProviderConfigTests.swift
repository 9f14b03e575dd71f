import PebbleTestSupport
import AsyncHTTPClient
import Foundation
import NIOHTTP1
import PebbleLLM
import XCTest

final class ProviderConfigTests: XCTestCase {
    func decode(_ json: String) throws -> ProviderConfig {
        try JSONDecoder().decode(ProviderConfig.self, from: Data(json.utf8))
    }

    func testDefaultsAndPolicy() throws {
        let config = try decode(#"{"kind":"openai","baseURL":"http://127.0.0.1:11434/v1","model":"qwen2.5-coder:7b"}"#)
        let policy = try config.policy()
        XCTAssertEqual(policy.attemptTimeout, .milliseconds(8000))
        XCTAssertEqual(policy.maxRetries, 2)
        XCTAssertEqual(policy.breakerFailureThreshold, 5)
        XCTAssertEqual(policy.breakerCooldown, .milliseconds(30_000))

        let tuned = try decode(#"{"kind":"openai","timeoutMs":1500,"retries":0,"breakerFailures":2,"breakerCooldownMs":500}"#).policy()
        XCTAssertEqual(tuned.attemptTimeout, .milliseconds(1500))
        XCTAssertEqual(tuned.maxRetries, 0)
        XCTAssertEqual(tuned.breakerFailureThreshold, 2)
        XCTAssertEqual(tuned.breakerCooldown, .milliseconds(500))
        XCTAssertThrowsError(try decode(#"{"kind":"openai","timeoutMs":0}"#).policy())
    }

    func testMakesProvidersAndReportsMissingFields() async throws {
        try await withLoopback { _, client in
            let openai = try decode(#"{"kind":"openai","baseURL":"http://127.0.0.1:11434/v1","model":"qwen2.5-coder:7b"}"#)
            let provider = try openai.makeProvider(httpClient: client, environment: [:])
            XCTAssertTrue(provider is ResilientProvider)
            XCTAssertEqual(provider.name, "openai:qwen2.5-coder:7b")

            XCTAssertThrowsError(try decode(#"{"kind":"openai","model":"m"}"#).makeProvider(httpClient: client, environment: [:])) {
                XCTAssertEqual($0 as? ProviderConfig.ConfigError, .missingField("baseURL", kind: "openai"))
                XCTAssertTrue(String(describing: $0).contains("baseURL"))
            }
            XCTAssertThrowsError(
                try decode(#"{"kind":"openai","baseURL":"http://x/v1","model":"m","maxTokensField":"tokens"}"#)
                    .makeProvider(httpClient: client, environment: [:])
            )
            XCTAssertThrowsError(try decode(#"{"kind":"bedrock","modelId":"m","apiKey":"k"}"#).makeProvider(httpClient: client, environment: [:])) {
                XCTAssertEqual($0 as? ProviderConfig.ConfigError, .missingField("region", kind: "bedrock"))
            }
            let bedrockKeyEnv = try decode(
                #"{"kind":"bedrock","region":"us-east-1","modelId":"us.anthropic.claude-3-5-haiku-20241022-v1:0","apiKeyEnv":"AWS_BEARER_TOKEN_BEDROCK"}"#
            )
            XCTAssertThrowsError(try bedrockKeyEnv.makeProvider(httpClient: client, environment: [:])) {
                XCTAssertEqual($0 as? ProviderConfig.ConfigError, .missingEnvironmentVariable("AWS_BEARER_TOKEN_BEDROCK", field: "apiKeyEnv"))
            }
            let bedrock = try bedrockKeyEnv.makeProvider(httpClient: client, environment: ["AWS_BEARER_TOKEN_BEDROCK": "abc"])
            XCTAssertEqual(bedrock.name, "bedrock:us.anthropic.claude-3-5-haiku-20241022-v1:0")

            let sigv4 = try decode(#"{"kind":"bedrock","region":"us-east-1","modelId":"m","auth":"sigv4"}"#)
            XCTAssertThrowsError(try sigv4.makeProvider(httpClient: client, environment: ["AWS_ACCESS_KEY_ID": "AKID"])) {
                XCTAssertEqual($0 as? ProviderConfig.ConfigError, .missingEnvironmentVariable("AWS_SECRET_ACCESS_KEY", field: "secretAccessKeyEnv"))
            }
            XCTAssertNoThrow(try sigv4.makeProvider(httpClient: client, environment: ["AWS_ACCESS_KEY_ID": "AKID", "AWS_SECRET_ACCESS_KEY": "s"]))
            XCTAssertThrowsError(try decode(#"{"kind":"gemini"}"#))
        }
    }

    func testConfiguredBedrockProviderTalksToTheEndpoint() async throws {
        try await withLoopback { server, client in
            server.enqueue(.json("{}", status: 503), .json(BedrockProviderTests.reply))
            let config = try decode("""
                {"kind":"bedrock","region":"us-east-1","modelId":"us.anthropic.claude-3-5-haiku-20241022-v1:0",
                 "endpoint":"\(server.baseURL)","auth":"sigv4","accessKeyIdEnv":"TUTOR_AK","secretAccessKeyEnv":"TUTOR_SK",
                 "sessionTokenEnv":"TUTOR_TOKEN","maxTokens":120,"temperature":0.2,"timeoutMs":2000,"retries":1}
                """)
            let provider = try config.makeProvider(
                httpClient: client,
                environment: ["TUTOR_AK": "AKIDEXAMPLE", "TUTOR_SK": "secret", "TUTOR_TOKEN": "tok"]
            )
            let reply = try await provider.complete(sampleRequest)
            XCTAssertEqual(reply.outputTokens, 9)
            XCTAssertEqual(server.requestCount, 2)
            let received = server.requests[1]
            XCTAssertEqual(received.uri, BedrockProviderTests.encodedPath)
            XCTAssertEqual(received.headers.first(name: "x-amz-security-token"), "tok")
            let check = try ServerSideSigV4Check(received: received, secretAccessKey: "secret")
            XCTAssertEqual(check.expectedSignature, check.receivedSignature)
            let inference = try XCTUnwrap(try received.jsonBody()["inferenceConfig"] as? [String: Any])
            XCTAssertEqual(inference["maxTokens"] as? Int, 120)
            XCTAssertEqual(inference["temperature"] as? Double, 0.2)
        }
    }

    func testConfigRoundTrips() throws {
        let config = ProviderConfig(kind: .openai, baseURL: "http://h/v1", model: "m", apiKeyEnv: "KEY", maxTokensField: "max_completion_tokens", retries: 1)
        let data = try JSONEncoder().encode(config)
        XCTAssertEqual(try JSONDecoder().decode(ProviderConfig.self, from: data), config)
    }
}
