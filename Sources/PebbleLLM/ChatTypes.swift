/// One turn of a conversation. `role` is `"user"` or `"assistant"`; the system prompt travels
/// separately in ``ChatRequest/system``.
public struct ChatMessage: Sendable, Equatable, Codable {
    public var role: String
    public var content: String

    public init(role: String, content: String) {
        self.role = role
        self.content = content
    }

    public static func user(_ content: String) -> ChatMessage { ChatMessage(role: "user", content: content) }
    public static func assistant(_ content: String) -> ChatMessage { ChatMessage(role: "assistant", content: content) }
}

/// What a tutor asks a model: a system prompt, the conversation so far and sampling limits.
public struct ChatRequest: Sendable {
    public var system: String
    public var messages: [ChatMessage]
    public var maxTokens: Int
    public var temperature: Double
    public var stop: [String]

    public init(
        system: String = "",
        messages: [ChatMessage],
        maxTokens: Int = 240,
        temperature: Double = 0.35,
        stop: [String] = []
    ) {
        self.system = system
        self.messages = messages
        self.maxTokens = maxTokens
        self.temperature = temperature
        self.stop = stop
    }
}

/// A model's answer, normalised across providers.
public struct ChatReply: Sendable, Equatable {
    public var text: String
    /// `finish_reason` (OpenAI-compatible) or `stopReason` (Bedrock Converse), as sent.
    public var finishReason: String?
    public var model: String?
    public var inputTokens: Int?
    public var outputTokens: Int?

    public init(
        text: String,
        finishReason: String? = nil,
        model: String? = nil,
        inputTokens: Int? = nil,
        outputTokens: Int? = nil
    ) {
        self.text = text
        self.finishReason = finishReason
        self.model = model
        self.inputTokens = inputTokens
        self.outputTokens = outputTokens
    }
}

/// Anything that can complete a chat: an HTTP provider, or a wrapper such as ``ResilientProvider``.
public protocol ChatProvider: Sendable {
    /// A short name for logs and metrics, e.g. `"openai:qwen2.5-coder:7b"`.
    var name: String { get }
    func complete(_ request: ChatRequest) async throws -> ChatReply
}

/// The errors every provider in this module throws (cancellation is rethrown as `CancellationError`).
public enum ProviderError: Error, CustomStringConvertible {
    /// The attempt (or the whole call) ran past its deadline.
    case timeout
    /// The upstream answered with a non-2xx status. `body` is the first few KiB of its answer.
    case http(status: Int, body: String)
    /// A 2xx answer that could not be understood (bad JSON, no text).
    case badResponse(String)
    /// The circuit breaker is open; the call was not attempted.
    case circuitOpen(retryAfter: Duration)
    /// Connecting, writing or reading failed.
    case transport(String)

    /// Whether trying again may help: timeouts, transport errors, 429 and 5xx.
    /// Never 400/401/403/404 (or other 4xx), bad responses or an open circuit.
    public var isRetryable: Bool {
        switch self {
        case .timeout, .transport:
            return true
        case .http(let status, _):
            return status == 429 || (500...599).contains(status)
        case .badResponse, .circuitOpen:
            return false
        }
    }

    public var description: String {
        switch self {
        case .timeout:
            return "provider timed out"
        case .http(let status, let body):
            return body.isEmpty ? "provider answered HTTP \(status)" : "provider answered HTTP \(status): \(body)"
        case .badResponse(let why):
            return "provider sent a bad response: \(why)"
        case .circuitOpen(let retryAfter):
            return "circuit open; retry after \(retryAfter)"
        case .transport(let why):
            return "transport error: \(why)"
        }
    }
}
