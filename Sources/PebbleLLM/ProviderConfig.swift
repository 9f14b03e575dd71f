public import AsyncHTTPClient
import Foundation

/// How a service describes its model provider in its YAML/JSON configuration.
///
/// ```json
/// {"kind": "openai", "baseURL": "http://127.0.0.1:11434/v1", "model": "qwen2.5-coder:7b"}
/// {"kind": "bedrock", "region": "us-east-1", "modelId": "us.anthropic.claude-3-5-haiku-20241022-v1:0",
///  "auth": "apiKey", "apiKeyEnv": "AWS_BEARER_TOKEN_BEDROCK"}
/// ```
/// Every field but `kind` is optional when decoding; absent tunables take the documented defaults.
public struct ProviderConfig: Codable, Sendable, Equatable {
    public enum Kind: String, Codable, Sendable {
        case openai
        case bedrock
    }

    public enum AuthKind: String, Codable, Sendable {
        case apiKey
        case sigv4
    }

    public var kind: Kind
    // OpenAI-compatible
    public var baseURL: String?
    public var model: String?
    /// A key written in the config (prefer `apiKeyEnv`).
    public var apiKey: String?
    /// Name of an environment variable holding the key (e.g. `AWS_BEARER_TOKEN_BEDROCK`).
    public var apiKeyEnv: String?
    /// `"max_tokens"` (default) or `"max_completion_tokens"`.
    public var maxTokensField: String?
    // Bedrock
    public var region: String?
    public var modelId: String?
    public var endpoint: String?
    /// `"apiKey"` (default when a key is given) or `"sigv4"`.
    public var auth: AuthKind?
    public var accessKeyIdEnv: String?
    public var secretAccessKeyEnv: String?
    public var sessionTokenEnv: String?
    // Request tunables: when present they replace every request's value (requests default to 240 / 0.35).
    public var maxTokens: Int?
    public var temperature: Double?
    // Resilience
    public var timeoutMs: Int?
    public var retries: Int?
    public var breakerFailures: Int?
    public var breakerCooldownMs: Int?

    public init(
        kind: Kind,
        baseURL: String? = nil,
        model: String? = nil,
        apiKey: String? = nil,
        apiKeyEnv: String? = nil,
        maxTokensField: String? = nil,
        region: String? = nil,
        modelId: String? = nil,
        endpoint: String? = nil,
        auth: AuthKind? = nil,
        accessKeyIdEnv: String? = nil,
        secretAccessKeyEnv: String? = nil,
        sessionTokenEnv: String? = nil,
        maxTokens: Int? = nil,
        temperature: Double? = nil,
        timeoutMs: Int? = nil,
        retries: Int? = nil,
        breakerFailures: Int? = nil,
        breakerCooldownMs: Int? = nil
    ) {
        self.kind = kind
        self.baseURL = baseURL
        self.model = model
        self.apiKey = apiKey
        self.apiKeyEnv = apiKeyEnv
        self.maxTokensField = maxTokensField
        self.region = region
        self.modelId = modelId
        self.endpoint = endpoint
        self.auth = auth
        self.accessKeyIdEnv = accessKeyIdEnv
        self.secretAccessKeyEnv = secretAccessKeyEnv
        self.sessionTokenEnv = sessionTokenEnv
        self.maxTokens = maxTokens
        self.temperature = temperature
        self.timeoutMs = timeoutMs
        self.retries = retries
        self.breakerFailures = breakerFailures
        self.breakerCooldownMs = breakerCooldownMs
    }

    public static let defaultTimeoutMs = 8000
    public static let defaultRetries = 2
    public static let defaultBreakerFailures = 5
    public static let defaultBreakerCooldownMs = 30_000

    /// Why a configuration cannot become a provider.
    public enum ConfigError: Error, CustomStringConvertible, Equatable {
        case missingField(String, kind: String)
        case missingEnvironmentVariable(String, field: String)
        case invalidValue(field: String, reason: String)

        public var description: String {
            switch self {
            case .missingField(let field, let kind):
                return "provider config (kind \(kind)): \"\(field)\" is required"
            case .missingEnvironmentVariable(let name, let field):
                return "provider config: environment variable \(name) (from \"\(field)\") is not set or empty"
            case .invalidValue(let field, let reason):
                return "provider config: \"\(field)\" \(reason)"
            }
        }
    }

    /// The resilience policy this configuration describes.
    public func policy() throws -> ResiliencePolicy {
        let timeoutMs = try positive(self.timeoutMs ?? Self.defaultTimeoutMs, "timeoutMs")
        let retries = self.retries ?? Self.defaultRetries
        guard retries >= 0 else { throw ConfigError.invalidValue(field: "retries", reason: "must be 0 or more") }
        var policy = ResiliencePolicy()
        policy.attemptTimeout = .milliseconds(timeoutMs)
        policy.maxRetries = retries
        // Room for every attempt plus the backoffs between them.
        policy.overallDeadline = .milliseconds(timeoutMs) * (retries + 1) + policy.maxBackoff * retries
        policy.breakerFailureThreshold = try positive(breakerFailures ?? Self.defaultBreakerFailures, "breakerFailures")
        policy.breakerCooldown = .milliseconds(try positive(breakerCooldownMs ?? Self.defaultBreakerCooldownMs, "breakerCooldownMs"))
        return policy
    }

    /// Builds the provider, wrapped in a ``ResilientProvider``. Secrets named by `*Env` fields
    /// are read from `environment` (the process environment when `nil`).
    public func makeProvider(
        httpClient: HTTPClient,
        environment: [String: String]? = nil
    ) throws -> any ChatProvider {
        let environment = environment ?? ProcessInfo.processInfo.environment
        let policy = try policy()
        if let maxTokens { _ = try positive(maxTokens, "maxTokens") }
        let timeout = policy.attemptTimeout
        let base: any ChatProvider
        switch kind {
        case .openai:
            let field = maxTokensField ?? "max_tokens"
            guard field == "max_tokens" || field == "max_completion_tokens" else {
                throw ConfigError.invalidValue(field: "maxTokensField", reason: "must be \"max_tokens\" or \"max_completion_tokens\"")
            }
            base = OpenAICompatibleProvider(
                configuration: .init(
                    baseURL: try required(baseURL, "baseURL"),
                    model: try required(model, "model"),
                    apiKey: try optionalKey(environment),
                    maxTokensField: field,
                    timeout: timeout,
                    maxTokens: maxTokens,
                    temperature: temperature
                ),
                httpClient: httpClient
            )
        case .bedrock:
            let authValue: BedrockProvider.Auth
            switch auth ?? .apiKey {
            case .apiKey:
                guard let key = try optionalKey(environment) else {
                    throw ConfigError.missingField("apiKey or apiKeyEnv", kind: kind.rawValue)
                }
                authValue = .apiKey(key)
            case .sigv4:
                authValue = .sigV4(
                    accessKeyId: try env(environment, accessKeyIdEnv ?? "AWS_ACCESS_KEY_ID", field: "accessKeyIdEnv"),
                    secretAccessKey: try env(environment, secretAccessKeyEnv ?? "AWS_SECRET_ACCESS_KEY", field: "secretAccessKeyEnv"),
                    sessionToken: environment[sessionTokenEnv ?? "AWS_SESSION_TOKEN"].flatMap { $0.isEmpty ? nil : $0 }
                )
            }
            base = BedrockProvider(
                configuration: .init(
                    region: try required(region, "region"),
                    modelId: try required(modelId ?? model, "modelId"),
                    endpoint: endpoint,
                    auth: authValue,
                    timeout: timeout,
                    maxTokens: maxTokens,
                    temperature: temperature
                ),
                httpClient: httpClient
            )
        }
        return ResilientProvider(wrapping: base, policy: policy)
    }

    private func required(_ value: String?, _ field: String) throws -> String {
        guard let value, !value.isEmpty else { throw ConfigError.missingField(field, kind: kind.rawValue) }
        return value
    }

    private func positive(_ value: Int, _ field: String) throws -> Int {
        guard value > 0 else { throw ConfigError.invalidValue(field: field, reason: "must be greater than 0") }
        return value
    }

    private func optionalKey(_ environment: [String: String]) throws -> String? {
        if let apiKey, !apiKey.isEmpty { return apiKey }
        if let apiKeyEnv { return try env(environment, apiKeyEnv, field: "apiKeyEnv") }
        return nil
    }

    private func env(_ environment: [String: String], _ name: String, field: String) throws -> String {
        guard let value = environment[name], !value.isEmpty else {
            throw ConfigError.missingEnvironmentVariable(name, field: field)
        }
        return value
    }
}
