/// The protocol's constants (docs/protocol.md).
public enum PebbleProtocol {
    /// The versions this build speaks, newest last.
    public static let versions = [1]
    public static let version = 1
    public static let defaultMaxFrameBytes = 8 << 20
    /// Deeper JSON is refused before it is parsed (a stack-depth attack on the parser).
    public static let maxNesting = 64
    public static let maxIdLength = 128
}

/// The stable error codes of `error` frames.
public enum ErrorCode: String, Sendable, Codable, CaseIterable {
    case badFrame = "bad_frame"
    case badRequest = "bad_request"
    case unsupportedProtocol = "unsupported_protocol"
    case unknownLanguage = "unknown_language"
    case unknownProblem = "unknown_problem"
    case unknownJob = "unknown_job"
    case tooLarge = "too_large"
    case overloaded
    case forbidden
    case cancelled
    case `internal`
}

/// A request the daemon refuses, with the code and message the client sees.
public struct WireError: Error, Sendable, Equatable, CustomStringConvertible {
    public var code: ErrorCode
    public var message: String
    /// For `overloaded`: when to try again.
    public var retryAfterMs: Int?

    public init(_ code: ErrorCode, _ message: String, retryAfterMs: Int? = nil) {
        self.code = code
        self.message = message
        self.retryAfterMs = retryAfterMs
    }

    public var description: String { "\(code.rawValue): \(message)" }
}
