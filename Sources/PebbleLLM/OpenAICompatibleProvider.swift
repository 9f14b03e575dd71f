public import AsyncHTTPClient
import Foundation
import NIOCore
import NIOHTTP1

/// A provider for servers that speak OpenAI's `POST /chat/completions` (Ollama, llama.cpp's
/// server, vLLM, and OpenAI itself), non-streaming.
public struct OpenAICompatibleProvider: ChatProvider {
    public struct Configuration: Sendable {
        /// Up to and including the API version, e.g. `http://127.0.0.1:11434/v1`. A trailing `/` is ignored.
        public var baseURL: String
        public var model: String
        /// Sent as `Authorization: Bearer <apiKey>` when set.
        public var apiKey: String?
        /// `"max_tokens"` (default) or `"max_completion_tokens"` (newer OpenAI models).
        public var maxTokensField: String
        /// Deadline of one HTTP exchange.
        public var timeout: Duration
        /// When set, replaces the request's `maxTokens`.
        public var maxTokens: Int?
        /// When set, replaces the request's `temperature`.
        public var temperature: Double?

        public init(
            baseURL: String,
            model: String,
            apiKey: String? = nil,
            maxTokensField: String = "max_tokens",
            timeout: Duration = .seconds(8),
            maxTokens: Int? = nil,
            temperature: Double? = nil
        ) {
            self.baseURL = baseURL
            self.model = model
            self.apiKey = apiKey
            self.maxTokensField = maxTokensField
            self.timeout = timeout
            self.maxTokens = maxTokens
            self.temperature = temperature
        }
    }

    public let configuration: Configuration
    private let httpClient: HTTPClient

    public var name: String { "openai:\(configuration.model)" }

    /// The client is shared and owned by the caller, who shuts it down.
    public init(configuration: Configuration, httpClient: HTTPClient) {
        self.configuration = configuration
        self.httpClient = httpClient
    }

    /// `{baseURL}/chat/completions`, without a doubled slash.
    public var endpointURL: String {
        var base = configuration.baseURL
        while base.hasSuffix("/") { base.removeLast() }
        return base + "/chat/completions"
    }

    public func complete(_ request: ChatRequest) async throws -> ChatReply {
        let body = try JSONCoding.encode(
            OpenAIRequestBody(
                model: configuration.model,
                messages: [OpenAIMessage(role: "system", content: request.system)]
                    + request.messages.map { OpenAIMessage(role: $0.role, content: $0.content) },
                maxTokensField: configuration.maxTokensField,
                maxTokens: configuration.maxTokens ?? request.maxTokens,
                temperature: configuration.temperature ?? request.temperature,
                stop: request.stop
            )
        )
        var extra: [(String, String)] = []
        if let key = configuration.apiKey, !key.isEmpty { extra.append(("authorization", "Bearer \(key)")) }

        let answer = try await HTTPExchange.post(
            client: httpClient,
            url: endpointURL,
            headers: HTTPExchange.jsonHeaders(extra),
            body: body,
            timeout: configuration.timeout
        )
        let decoded = try JSONCoding.decode(OpenAIResponseBody.self, from: answer.body)
        guard let choice = decoded.choices?.first else {
            throw ProviderError.badResponse("no choices in the answer")
        }
        guard let text = choice.message?.content else {
            throw ProviderError.badResponse("choices[0].message.content is missing")
        }
        return ChatReply(
            text: text,
            finishReason: choice.finish_reason,
            model: decoded.model,
            inputTokens: decoded.usage?.prompt_tokens,
            outputTokens: decoded.usage?.completion_tokens
        )
    }
}

struct OpenAIMessage: Codable {
    var role: String
    var content: String
}

struct OpenAIRequestBody: Encodable {
    var model: String
    var messages: [OpenAIMessage]
    var maxTokensField: String
    var maxTokens: Int
    var temperature: Double
    var stop: [String]

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: DynamicKey.self)
        try container.encode(model, forKey: DynamicKey("model"))
        try container.encode(messages, forKey: DynamicKey("messages"))
        try container.encode(maxTokens, forKey: DynamicKey(maxTokensField))
        try container.encode(temperature, forKey: DynamicKey("temperature"))
        try container.encode(false, forKey: DynamicKey("stream"))
        if !stop.isEmpty { try container.encode(stop, forKey: DynamicKey("stop")) }
    }
}

// Field names mirror the wire format.
struct OpenAIResponseBody: Decodable {
    struct Choice: Decodable {
        struct Message: Decodable {
            var role: String?
            var content: String?
        }
        var message: Message?
        var finish_reason: String?
    }
    struct Usage: Decodable {
        var prompt_tokens: Int?
        var completion_tokens: Int?
    }
    var model: String?
    var choices: [Choice]?
    var usage: Usage?
}
