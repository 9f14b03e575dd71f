public import AsyncHTTPClient
public import Foundation
public import JWTKit
public import Logging

/// Verifies the access tokens of the auth service: signature (jwt-kit, keys from the issuer's
/// JWKS), algorithm allow-list, `kid`, `iss`, `aud`, `exp`/`nbf`/`iat` and `sub`.
///
/// Checks, in order (the first that fails is the error):
/// 1. size (≤ `maxTokenBytes`) and shape: three base64url segments, a JSON header with a string
///    `alg`, no `crit` → `.malformed`;
/// 2. `alg` in `policy.algorithms` and asymmetric → `.unsupportedAlgorithm` (before any key or
///    signature work, so `none` and `HS256`-with-the-public-key are refused here);
/// 3. the key: `kid` names a key of the JWKS (an unknown `kid` refetches the JWKS, rate-limited),
///    no `kid` only when the set has one key → `.unknownKey`; the key's algorithm is `alg`;
/// 4. the signature → `.badSignature` (claims are read only after it verified);
/// 5. `iss` exact → `.wrongIssuer`; `aud` ∩ `policy.audiences` → `.wrongAudience`;
///    `exp` required → `.malformed` if absent, `.expired` if past (leeway);
///    `nbf`, `iat` not in the future (leeway) → `.notYetValid`; `sub` non-empty → `.noSubject`.
public struct TokenVerifier: Sendable {
    /// Longer tokens are refused as `.malformed` before any parsing.
    public static let maxTokenBytes = 8 * 1024

    public let policy: TokenPolicy
    private let source: Source

    enum Source: Sendable {
        case cache(JWKSCache)
        case fixed(StaticKeys)
    }

    /// Keys fetched from `jwksURL` by a `JWKSCache` with default intervals.
    public init(
        jwksURL: URL,
        policy: TokenPolicy,
        httpClient: HTTPClient,
        logger: Logger = Logger(label: "pebble.tokens.jwks")
    ) {
        self.init(cache: JWKSCache(url: jwksURL, httpClient: httpClient, logger: logger), policy: policy)
    }

    /// Keys from a cache the caller configured (intervals, limits, logger); it may be shared.
    public init(cache: JWKSCache, policy: TokenPolicy) {
        self.policy = policy
        self.source = .cache(cache)
    }

    /// A fixed key set (fixtures, tests, offline tools). Never refetched; an unusable set makes
    /// every `verify` fail with `.jwksUnavailable`.
    public init(jwks: JWKS, policy: TokenPolicy) {
        self.policy = policy
        self.source = .fixed(StaticKeys(jwks: jwks))
    }

    /// The cache behind this verifier, when it fetches its keys.
    public var cache: JWKSCache? {
        if case .cache(let cache) = source { return cache }
        return nil
    }

    /// Verifies the token of an `Authorization: Bearer <token>` header (scheme case-insensitive).
    /// No header, an empty one or another scheme is `.missing`.
    public func verify(authorizationHeader: String?) async throws(TokenError) -> VerifiedToken {
        try await verify(Self.bearerToken(from: authorizationHeader))
    }

    public func verify(_ token: String) async throws(TokenError) -> VerifiedToken {
        try await verify(token, now: Date())
    }

    func verify(_ token: String, now: Date) async throws(TokenError) -> VerifiedToken {
        if token.isEmpty { throw .missing }
        guard token.utf8.count <= Self.maxTokenBytes else { throw .malformed }
        let header = try CompactJWS.header(of: token)

        guard policy.accepts(algorithm: header.alg) else { throw .unsupported(header.alg) }
        guard header.hasSignature else { throw .malformed }

        var keySet = try await currentKeys()
        var selection = keySet.select(kid: header.kid)
        if selection == .unknown, let kid = header.kid, case .cache(let cache) = source {
            keySet = try await cache.keySet(forUnknownKid: kid)
            selection = keySet.select(kid: kid)
        }
        guard case .key(let keyAlgorithm) = selection else { throw .unknown(header.kid) }
        guard keyAlgorithm == header.alg else { throw .unsupported(header.alg) }

        let claims: AccessTokenClaims
        do {
            claims = try await keySet.collection.verify(token, as: AccessTokenClaims.self)
        } catch let error as JWTError where error.errorType == .malformedToken {
            throw .malformed
        } catch {
            throw .badSignature
        }
        return try check(claims, keyID: header.kid, now: now)
    }

    private func currentKeys() async throws(TokenError) -> KeySet {
        switch source {
        case .cache(let cache): try await cache.keySet()
        case .fixed(let keys): try await keys.keySet()
        }
    }

    func check(_ claims: AccessTokenClaims, keyID: String?, now: Date) throws(TokenError) -> VerifiedToken {
        guard let issuer = claims.iss, issuer == policy.issuer else { throw .wrongIssuer }
        guard let audiences = claims.aud, !policy.audiences.isDisjoint(with: audiences) else {
            throw .wrongAudience
        }
        guard let exp = claims.exp, exp.isFinite else { throw .malformed }
        let leeway = Self.seconds(policy.leeway)
        let t = now.timeIntervalSince1970
        guard t < exp + leeway else { throw .expired }
        if let nbf = claims.nbf {
            guard nbf.isFinite else { throw .malformed }
            guard nbf <= t + leeway else { throw .notYetValid }
        }
        if let iat = claims.iat {
            guard iat.isFinite else { throw .malformed }
            guard iat <= t + leeway else { throw .notYetValid }
        }
        guard let subject = claims.sub, !subject.isEmpty else { throw .noSubject }
        return VerifiedToken(
            subject: subject,
            scopes: claims.scopes,
            issuer: issuer,
            audiences: audiences,
            expiresAt: Date(timeIntervalSince1970: exp),
            keyID: keyID,
            claims: claims.extras,
            serviceScopes: policy.serviceScopes
        )
    }

    static func bearerToken(from header: String?) throws(TokenError) -> String {
        guard let header else { throw .missing }
        let trimmed = header.trimmingCharacters(in: .whitespaces)
        guard let space = trimmed.firstIndex(where: { $0 == " " || $0 == "\t" }) else {
            // "Bearer" alone, or a bare value with no scheme.
            throw .missing
        }
        guard trimmed[..<space].lowercased() == "bearer" else { throw .missing }
        let token = trimmed[space...].trimmingCharacters(in: .whitespaces)
        guard !token.isEmpty else { throw .missing }
        guard !token.contains(where: { $0 == " " || $0 == "\t" }) else { throw .malformed }
        return token
    }

    static func seconds(_ d: Duration) -> Double {
        let (s, atto) = d.components
        return Double(s) + Double(atto) / 1e18
    }
}

/// A fixed JWKS, made ready on first use (jwt-kit's key collection is an actor).
actor StaticKeys {
    private let jwks: JWKS
    private var built: Result<KeySet, TokenError>?

    init(jwks: JWKS) { self.jwks = jwks }

    func keySet() async throws(TokenError) -> KeySet {
        if let built { return try built.get() }
        let result: Result<KeySet, TokenError>
        do {
            result = .success(try await KeySet.build(jwks: jwks, logger: Logger(label: "pebble.tokens.static")))
        } catch {
            result = .failure(.jwksUnavailable("the static key set has no usable key"))
        }
        built = built ?? result
        return try built!.get()
    }
}

/// The header of a compact JWS, read before any key or signature work.
enum CompactJWS {
    struct Header {
        var alg: String
        var kid: String?
        var hasSignature: Bool
    }

    private struct HeaderJSON: Decodable {
        let alg: String
        let kid: String?
        let hasCrit: Bool

        private enum CodingKeys: String, CodingKey { case alg, kid, crit }

        init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            alg = try c.decode(String.self, forKey: .alg)
            kid = try c.decodeIfPresent(String.self, forKey: .kid)
            hasCrit = c.contains(.crit)
        }
    }

    static func header(of token: String) throws(TokenError) -> Header {
        let segments = token.utf8.split(separator: UInt8(ascii: "."), omittingEmptySubsequences: false)
        guard segments.count == 3, !segments[0].isEmpty, !segments[1].isEmpty else { throw .malformed }
        for segment in segments where !segment.allSatisfy(isBase64URL) { throw .malformed }
        guard let data = base64URLDecode(segments[0]) else { throw .malformed }
        let json: HeaderJSON
        do {
            json = try JSONDecoder().decode(HeaderJSON.self, from: data)
        } catch {
            throw .malformed
        }
        // We implement no JWS extension, so any `crit` must be refused (RFC 7515 §4.1.11).
        guard !json.hasCrit else { throw .malformed }
        return Header(alg: json.alg, kid: json.kid, hasSignature: !segments[2].isEmpty)
    }

    static func isBase64URL(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
            UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "_"):
            true
        default:
            false
        }
    }

    static func base64URLDecode(_ segment: Substring.UTF8View.SubSequence) -> Data? {
        guard segment.count % 4 != 1 else { return nil }
        var text = String(decoding: segment, as: UTF8.self)
            .replacingOccurrences(of: "-", with: "+")
            .replacingOccurrences(of: "_", with: "/")
        text += String(repeating: "=", count: (4 - text.utf8.count % 4) % 4)
        return Data(base64Encoded: text)
    }
}
