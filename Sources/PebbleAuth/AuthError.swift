/// A refusal the HTTP layer turns into `{"error": {"code", "message"}}` with `status`.
/// Messages name the field, never echo secrets, and never say whether an account exists.
public struct AuthError: Error, Sendable, CustomStringConvertible {
    public var status: Int
    public var code: String
    public var message: String
    public var retryAfterSeconds: Int?

    public init(_ status: Int, _ code: String, _ message: String, retryAfterSeconds: Int? = nil) {
        self.status = status
        self.code = code
        self.message = message
        self.retryAfterSeconds = retryAfterSeconds
    }

    public var description: String { "\(status) \(code): \(message)" }

    public static func invalidField(_ field: String, _ why: String) -> AuthError {
        AuthError(400, "invalid_field", "`\(field)` \(why)")
    }

    public static func throttled(_ seconds: Int, _ what: String = "too many attempts") -> AuthError {
        AuthError(429, "too_many_requests", "\(what); try again in \(seconds) s", retryAfterSeconds: seconds)
    }

    /// Wrong login or password, and unknown login: one answer.
    public static let invalidCredentials = AuthError(401, "invalid_credentials", "the login or the password is wrong")
    /// Wrong, expired, used-up or unknown code: one answer.
    public static let invalidCode = AuthError(400, "invalid_code", "the code is wrong, expired or used up; ask for a new one")
    public static let invalidRefreshToken = AuthError(401, "invalid_refresh_token", "the refresh token is not valid; log in again")
    public static let unauthorized = AuthError(401, "unauthorized", "a valid bearer access token is required")
}
