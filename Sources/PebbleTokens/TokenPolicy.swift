/// What a service accepts: who must have issued a token, for whom, signed how.
public struct TokenPolicy: Sendable, Equatable {
    /// The exact `iss` value tokens must carry.
    public var issuer: String
    /// The token's `aud` (a string or an array) must name at least one of these.
    public var audiences: Set<String>
    /// JWS `alg` values accepted, checked before any signature work. Only asymmetric algorithms
    /// can ever pass (`none` and `HS*` are refused even if listed: a JWKS holds public keys).
    public var algorithms: Set<String>
    /// Allowed clock skew for `exp`, `nbf` and `iat`.
    public var leeway: Duration
    /// Scopes that let a token act for any learner (service-to-service calls).
    public var serviceScopes: Set<String>

    public init(
        issuer: String,
        audiences: Set<String>,
        algorithms: Set<String> = ["EdDSA", "ES256"],
        leeway: Duration = .seconds(30),
        serviceScopes: Set<String> = ["service"]
    ) {
        self.issuer = issuer
        self.audiences = audiences
        self.algorithms = algorithms
        self.leeway = leeway
        self.serviceScopes = serviceScopes
    }

    /// The asymmetric JWS algorithms jwt-kit can verify from a JWK.
    static let verifiableAlgorithms: Set<String> = [
        "EdDSA", "ES256", "ES384", "ES512", "RS256", "RS384", "RS512", "PS256", "PS384", "PS512",
    ]

    func accepts(algorithm alg: String) -> Bool {
        algorithms.contains(alg) && Self.verifiableAlgorithms.contains(alg)
    }
}
