/// Why a token was refused (or could not be checked).
///
/// Each case names the check that failed. Nothing here ever carries the token itself; the two
/// values that come from a token's header (`alg`, `kid`) are cut to 64 characters and reduced to
/// a safe character set before they are stored, so they can go into logs and HTTP error bodies.
public enum TokenError: Error, CustomStringConvertible, Equatable, Sendable {
    /// No token: no `Authorization` header, an empty one, or a scheme other than `Bearer`.
    case missing
    /// Not a compact JWS we accept: wrong shape, bad base64url/JSON, too long, no `exp`, `crit` present.
    case malformed
    /// The header's `alg` is not in the policy's allow-list (or not usable with the key it names).
    case unsupportedAlgorithm(String)
    /// No key in the issuer's JWKS matches the header's `kid` (nil: no `kid` while the set has several keys).
    case unknownKey(String?)
    /// The signature does not verify with the key the token names.
    case badSignature
    /// `exp` is in the past (beyond the leeway).
    case expired
    /// `nbf` or `iat` is in the future (beyond the leeway).
    case notYetValid
    /// `iss` is missing or not exactly the policy's issuer.
    case wrongIssuer
    /// `aud` is missing or names none of the policy's audiences.
    case wrongAudience
    /// `sub` is missing or empty.
    case noSubject
    /// The issuer's keys could not be fetched and none were ever fetched before.
    case jwksUnavailable(String)

    /// A stable snake_case identifier for HTTP error bodies and metrics labels.
    public var code: String {
        switch self {
        case .missing: "missing"
        case .malformed: "malformed"
        case .unsupportedAlgorithm: "unsupported_algorithm"
        case .unknownKey: "unknown_key"
        case .badSignature: "bad_signature"
        case .expired: "expired"
        case .notYetValid: "not_yet_valid"
        case .wrongIssuer: "wrong_issuer"
        case .wrongAudience: "wrong_audience"
        case .noSubject: "no_subject"
        case .jwksUnavailable: "jwks_unavailable"
        }
    }

    /// The HTTP status a service should answer with: 503 when the issuer's keys are unavailable
    /// (the caller's token may be fine), 401 for everything else.
    public var httpStatus: Int {
        switch self {
        case .jwksUnavailable: 503
        default: 401
        }
    }

    public var description: String {
        switch self {
        case .missing: "no bearer token"
        case .malformed: "the token is malformed"
        case .unsupportedAlgorithm(let alg): "the token's algorithm \"\(alg)\" is not accepted"
        case .unknownKey(let kid?): "no key with id \"\(kid)\" in the issuer's key set"
        case .unknownKey(nil): "the token names no key id and the issuer's key set has several keys"
        case .badSignature: "the token's signature does not verify"
        case .expired: "the token has expired"
        case .notYetValid: "the token is not valid yet"
        case .wrongIssuer: "the token was not issued by the expected issuer"
        case .wrongAudience: "the token is not meant for this service"
        case .noSubject: "the token has no subject"
        case .jwksUnavailable(let reason): "the issuer's keys are unavailable: \(reason)"
        }
    }

    /// Header values are attacker-controlled: keep them short and printable.
    static func sanitized(_ value: String) -> String {
        let allowed = Set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.:+/=")
        var out = String(value.prefix(64).map { allowed.contains($0) ? $0 : "?" })
        if value.count > 64 { out += "…" }
        return out
    }

    static func unsupported(_ alg: String) -> TokenError { .unsupportedAlgorithm(sanitized(alg)) }
    static func unknown(_ kid: String?) -> TokenError { .unknownKey(kid.map(sanitized)) }
}
