import PebbleTestSupport
import AsyncHTTPClient
import Foundation
import NIOHTTP1
import PebbleLLM
import XCTest

final class BedrockProviderTests: XCTestCase {
    static let modelId = "us.anthropic.claude-3-5-haiku-20241022-v1:0"
    static let encodedPath = "/model/us.anthropic.claude-3-5-haiku-20241022-v1%3A0/converse"
    static let reply = #"""
        {"output":{"message":{"role":"assistant","content":[{"text":"Your loop "},{"text":"never increments i."}]}},
         "stopReason":"end_turn","usage":{"inputTokens":31,"outputTokens":9,"totalTokens":40},"metrics":{"latencyMs":321}}
        """#
    static let signingDate = Date(timeIntervalSince1970: 1_440_938_160)  // 2015-08-30T12:36:00Z

    func testConverseWithAPIKey() async throws {
        try await withLoopback { server, client in
            server.enqueue(.json(Self.reply))
            let provider = BedrockProvider(
                configuration: .init(region: "us-east-1", modelId: Self.modelId, endpoint: server.baseURL, auth: .apiKey("bedrock-api-key-123")),
                httpClient: client
            )
            let reply = try await provider.complete(sampleRequest)
            XCTAssertEqual(
                reply,
                ChatReply(text: "Your loop never increments i.", finishReason: "end_turn", model: Self.modelId, inputTokens: 31, outputTokens: 9)
            )

            let received = try XCTUnwrap(server.requests.first)
            XCTAssertEqual(received.method, "POST")
            XCTAssertEqual(received.uri, Self.encodedPath)
            XCTAssertEqual(received.headers.first(name: "authorization"), "Bearer bedrock-api-key-123")
            XCTAssertEqual(received.headers.first(name: "content-type"), "application/json")
            XCTAssertNil(received.headers.first(name: "x-amz-date"))

            let json = try received.jsonBody()
            XCTAssertEqual(Set(json.keys), ["messages", "system", "inferenceConfig"])
            let messages = try XCTUnwrap(json["messages"] as? [[String: Any]])
            XCTAssertEqual(messages.map { $0["role"] as? String }, ["user", "assistant", "user"])
            XCTAssertEqual(
                messages.map { ($0["content"] as? [[String: String]]) ?? [] },
                [
                    [["text": "Why does my loop never end?"]],
                    [["text": "Show me the loop."]],
                    [["text": "while i < 10 { print(i) }"]],
                ]
            )
            XCTAssertEqual(json["system"] as? [[String: String]], [["text": "You are a patient coding tutor."]])
            let inference = try XCTUnwrap(json["inferenceConfig"] as? [String: Any])
            XCTAssertEqual(Set(inference.keys), ["maxTokens", "temperature"])
            XCTAssertEqual(inference["maxTokens"] as? Int, 240)
            XCTAssertEqual(inference["temperature"] as? Double, 0.35)
        }
    }

    func testStopSequencesAndErrors() async throws {
        try await withLoopback { server, client in
            server.enqueue(
                .json(Self.reply),
                .json(#"{"message":"The security token included in the request is invalid."}"#, status: 403),
                .json(#"{"output":{"message":{"role":"assistant","content":[{"toolUse":{}}]}},"stopReason":"tool_use"}"#)
            )
            let provider = BedrockProvider(
                configuration: .init(region: "eu-west-1", modelId: "anthropic.claude-3-haiku-20240307-v1:0", endpoint: server.baseURL + "/", auth: .apiKey("k")),
                httpClient: client
            )
            _ = try await provider.complete(ChatRequestFixture.make(stop: ["</answer>"]))
            let inference = try XCTUnwrap(try server.requests[0].jsonBody()["inferenceConfig"] as? [String: Any])
            XCTAssertEqual(inference["stopSequences"] as? [String], ["</answer>"])
            XCTAssertEqual(server.requests[0].uri, "/model/anthropic.claude-3-haiku-20240307-v1%3A0/converse")

            let forbidden = await assertThrows { try await provider.complete(sampleRequest) }
            guard case .http(403, let body)? = forbidden as? ProviderError else {
                return XCTFail("expected .http(403), got \(String(describing: forbidden))")
            }
            XCTAssertTrue(body.contains("security token"))

            let noText = await assertThrows { try await provider.complete(sampleRequest) }
            guard case .badResponse? = noText as? ProviderError else {
                return XCTFail("expected .badResponse, got \(String(describing: noText))")
            }
        }
    }

    func testSigV4SignatureVerifiesOnTheServer() async throws {
        try await withLoopback { server, client in
            server.enqueue(.json(Self.reply), .json(Self.reply))
            let secret = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY"
            for token in [nil, "FwoGZXIvYXdzEJr//////////session+token/="] as [String?] {
                let provider = BedrockProvider(
                    configuration: .init(
                        region: "us-west-2", modelId: Self.modelId, endpoint: server.baseURL,
                        auth: .sigV4(accessKeyId: "AKIDEXAMPLE", secretAccessKey: secret, sessionToken: token)
                    ),
                    httpClient: client,
                    now: { Self.signingDate }
                )
                let reply = try await provider.complete(sampleRequest)
                XCTAssertEqual(reply.text, "Your loop never increments i.")

                let received = try XCTUnwrap(server.requests.last)
                XCTAssertEqual(received.uri, Self.encodedPath)
                XCTAssertEqual(received.headers.first(name: "x-amz-date"), "20150830T123600Z")
                XCTAssertEqual(received.headers.first(name: "host"), "127.0.0.1:\(server.port)")
                XCTAssertEqual(received.headers.first(name: "x-amz-security-token"), token)

                let check = try ServerSideSigV4Check(received: received, secretAccessKey: secret)
                XCTAssertEqual(check.accessKeyId, "AKIDEXAMPLE")
                XCTAssertEqual(check.scope, "20150830/us-west-2/bedrock/aws4_request")
                let expectedSigned = token == nil ? "content-type;host;x-amz-date" : "content-type;host;x-amz-date;x-amz-security-token"
                XCTAssertEqual(check.signedHeaders, expectedSigned)
                // Non-S3 services sign the wire path encoded once more: %3A → %253A.
                XCTAssertEqual(check.canonicalURI, "/model/us.anthropic.claude-3-5-haiku-20241022-v1%253A0/converse")
                XCTAssertEqual(check.expectedSignature, check.receivedSignature, "signature must verify server-side")
            }
        }
    }
}

/// What a SigV4 verifier on the server side computes from a request it received — written
/// here from the received method, path, headers and body, independently of the client's
/// canonicalisation (only the HMAC/SHA-256 primitives, checked by the test-suite vectors, are shared).
struct ServerSideSigV4Check {
    var accessKeyId: String
    var scope: String
    var signedHeaders: String
    var receivedSignature: String
    var canonicalURI: String
    var canonicalRequest: String
    var expectedSignature: String

    init(received: RecordedRequest, secretAccessKey: String) throws {
        let authorization = try XCTUnwrap(received.headers.first(name: "authorization"))
        XCTAssertTrue(authorization.hasPrefix("AWS4-HMAC-SHA256 "))
        var fields: [String: String] = [:]
        for part in authorization.dropFirst("AWS4-HMAC-SHA256 ".count).components(separatedBy: ", ") {
            let pair = part.split(separator: "=", maxSplits: 1).map(String.init)
            if pair.count == 2 { fields[pair[0]] = pair[1] }
        }
        let credential = try XCTUnwrap(fields["Credential"]).split(separator: "/", maxSplits: 1).map(String.init)
        accessKeyId = credential[0]
        scope = credential[1]
        signedHeaders = try XCTUnwrap(fields["SignedHeaders"])
        receivedSignature = try XCTUnwrap(fields["Signature"])

        let scopeParts = scope.split(separator: "/").map(String.init)
        XCTAssertEqual(scopeParts.count, 4)
        let amzDate = try XCTUnwrap(received.headers.first(name: "x-amz-date"))
        XCTAssertTrue(amzDate.hasPrefix(scopeParts[0]))

        var unreserved = CharacterSet()
        unreserved.insert(charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")
        canonicalURI = received.path.components(separatedBy: "/")
            .map { $0.addingPercentEncoding(withAllowedCharacters: unreserved) ?? $0 }
            .joined(separator: "/")
        let headerLines = signedHeaders.split(separator: ";").map { name -> String in
            let values = received.headers[String(name)].map { $0.trimmingCharacters(in: .whitespaces) }
            return "\(name):\(values.joined(separator: ","))"
        }
        canonicalRequest = [
            received.method,
            canonicalURI,
            received.query,
            headerLines.joined(separator: "\n") + "\n",
            signedHeaders,
            SigV4Signer.hexSHA256(received.body),
        ].joined(separator: "\n")
        let stringToSign = "AWS4-HMAC-SHA256\n\(amzDate)\n\(scope)\n\(SigV4Signer.hexSHA256(Array(canonicalRequest.utf8)))"
        var key = Array("AWS4\(secretAccessKey)".utf8)
        for part in scopeParts { key = SigV4Signer.hmacSHA256(key: key, Array(part.utf8)) }
        expectedSignature = SigV4Signer.hex(SigV4Signer.hmacSHA256(key: key, Array(stringToSign.utf8)))
    }
}
