public import AsyncHTTPClient
public import Foundation
import NIOCore
import NIOHTTP1

/// A provider for the AWS Bedrock Runtime **Converse** API (`POST /model/{modelId}/converse`).
public struct BedrockProvider: ChatProvider {
    public enum Auth: Sendable, Equatable {
        /// A Bedrock API key, sent as `Authorization: Bearer <key>` (e.g. `AWS_BEARER_TOKEN_BEDROCK`).
        case apiKey(String)
        /// IAM credentials; requests are signed with SigV4 for service `bedrock`.
        case sigV4(accessKeyId: String, secretAccessKey: String, sessionToken: String?)
    }

    public struct Configuration: Sendable {
        public var region: String
        /// A model or inference-profile id, e.g. `us.anthropic.claude-3-5-haiku-20241022-v1:0`, or an ARN.
        public var modelId: String
        /// Overrides `https://bedrock-runtime.{region}.amazonaws.com` (e.g. a VPC endpoint, or a test server).
        public var endpoint: String?
        public var auth: Auth
        /// Deadline of one HTTP exchange.
        public var timeout: Duration
        /// When set, replaces the request's `maxTokens`.
        public var maxTokens: Int?
        /// When set, replaces the request's `temperature`.
        public var temperature: Double?

        public init(
            region: String,
            modelId: String,
            endpoint: String? = nil,
            auth: Auth,
            timeout: Duration = .seconds(8),
            maxTokens: Int? = nil,
            temperature: Double? = nil
        ) {
            self.region = region
            self.modelId = modelId
            self.endpoint = endpoint
            self.auth = auth
            self.timeout = timeout
            self.maxTokens = maxTokens
            self.temperature = temperature
        }
    }

    public let configuration: Configuration
    private let httpClient: HTTPClient
    private let now: @Sendable () -> Date

    public var name: String { "bedrock:\(configuration.modelId)" }

    /// - Parameter now: the signing clock (injectable for tests).
    public init(configuration: Configuration, httpClient: HTTPClient, now: @escaping @Sendable () -> Date = { Date() }) {
        self.configuration = configuration
        self.httpClient = httpClient
        self.now = now
    }

    /// The endpoint without a trailing slash.
    public var baseURL: String {
        var base = configuration.endpoint ?? "https://bedrock-runtime.\(configuration.region).amazonaws.com"
        while base.hasSuffix("/") { base.removeLast() }
        return base
    }

    /// `/model/{modelId}/converse`, the model id URI-encoded as one segment (`:` → `%3A`, `/` → `%2F`).
    public var requestPath: String {
        "/model/\(SigV4Signer.uriEncode(configuration.modelId, encodeSlash: true))/converse"
    }

    public func complete(_ request: ChatRequest) async throws -> ChatReply {
        let body = try JSONCoding.encode(
            ConverseRequestBody(
                messages: request.messages.map { ConverseMessage(role: $0.role, content: [ConverseText(text: $0.content)]) },
                system: request.system.isEmpty ? nil : [ConverseText(text: request.system)],
                inferenceConfig: InferenceConfig(
                    maxTokens: configuration.maxTokens ?? request.maxTokens,
                    temperature: configuration.temperature ?? request.temperature,
                    stopSequences: request.stop.isEmpty ? nil : request.stop
                )
            )
        )
        let url = baseURL + requestPath
        let headers = try authorizedHeaders(url: url, body: body)
        let answer = try await HTTPExchange.post(
            client: httpClient, url: url, headers: headers, body: body, timeout: configuration.timeout
        )
        let decoded = try JSONCoding.decode(ConverseResponseBody.self, from: answer.body)
        guard let content = decoded.output?.message?.content else {
            throw ProviderError.badResponse("output.message.content is missing")
        }
        let texts = content.compactMap(\.text)
        guard !texts.isEmpty else { throw ProviderError.badResponse("output.message.content has no text block") }
        return ChatReply(
            text: texts.joined(),
            finishReason: decoded.stopReason,
            model: configuration.modelId,
            inputTokens: decoded.usage?.inputTokens,
            outputTokens: decoded.usage?.outputTokens
        )
    }

    func authorizedHeaders(url: String, body: [UInt8]) throws -> HTTPHeaders {
        var headers = HTTPExchange.jsonHeaders()
        switch configuration.auth {
        case .apiKey(let key):
            headers.add(name: "authorization", value: "Bearer \(key)")
        case .sigV4(let accessKeyId, let secretAccessKey, let sessionToken):
            guard let components = URLComponents(string: url), let host = components.host else {
                throw ProviderError.transport("bad Bedrock endpoint URL: \(url)")
            }
            let scheme = components.scheme?.lowercased() ?? "https"
            var hostValue = host
            if let port = components.port, port != (scheme == "http" ? 80 : 443) { hostValue += ":\(port)" }
            // Sent as set here, so the signed host is the one on the wire.
            headers.add(name: "host", value: hostValue)
            let signer = SigV4Signer(
                credentials: SigV4Credentials(accessKeyId: accessKeyId, secretAccessKey: secretAccessKey, sessionToken: sessionToken),
                region: configuration.region,
                service: "bedrock"
            )
            let signed = signer.sign(
                SigV4Signer.Request(
                    method: "POST",
                    path: components.percentEncodedPath,
                    query: components.percentEncodedQuery ?? "",
                    headers: [
                        (name: "content-type", value: "application/json"),
                        (name: "host", value: hostValue),
                    ],
                    body: body
                ),
                date: now()
            )
            for (name, value) in signed.headersToAdd { headers.add(name: name, value: value) }
        }
        return headers
    }
}

struct ConverseText: Codable {
    var text: String
}

struct ConverseMessage: Encodable {
    var role: String
    var content: [ConverseText]
}

struct InferenceConfig: Encodable {
    var maxTokens: Int
    var temperature: Double
    var stopSequences: [String]?
}

struct ConverseRequestBody: Encodable {
    var messages: [ConverseMessage]
    var system: [ConverseText]?
    var inferenceConfig: InferenceConfig
}

struct ConverseResponseBody: Decodable {
    struct Output: Decodable {
        struct Message: Decodable {
            struct Block: Decodable { var text: String? }
            var role: String?
            var content: [Block]?
        }
        var message: Message?
    }
    struct Usage: Decodable {
        var inputTokens: Int?
        var outputTokens: Int?
    }
    var output: Output?
    var stopReason: String?
    var usage: Usage?
}
