import Foundation
import JWTKit
import Logging

/// A JWKS made ready for verification: the usable keys, each with the one algorithm it verifies,
/// loaded into a `JWTKeyCollection`.
///
/// Key choice is made here, not by jwt-kit (whose collection falls back to its default key for a
/// `kid` it does not know): a token's `kid` must name one of these keys; a token without `kid` is
/// only accepted when the set has exactly one key.
struct KeySet: Sendable {
    /// The usable keys (each with `alg` filled in), as served to `JWKSCache.keys()`.
    let jwks: JWKS
    let collection: JWTKeyCollection
    /// kid → the algorithm that key verifies.
    let algorithms: [String: String]
    /// The kid (possibly synthetic) of the only key, when there is exactly one.
    let soleKid: String?

    var count: Int { algorithms.count }

    enum Selection: Equatable {
        case key(algorithm: String)
        case unknown
    }

    func select(kid: String?) -> Selection {
        if let kid {
            guard let alg = algorithms[kid] else { return .unknown }
            return .key(algorithm: alg)
        }
        guard let soleKid, let alg = algorithms[soleKid] else { return .unknown }
        return .key(algorithm: alg)
    }

    func contains(kid: String) -> Bool { algorithms[kid] != nil }

    /// A kid nobody can put in a token header by accident, for the one key of a set that has no kid.
    static let anonymousKid = "\u{0}pebble-tokens-anonymous-key"

    enum BuildError: Error, CustomStringConvertible {
        case noUsableKeys(skipped: Int)
        var description: String {
            switch self {
            case .noUsableKeys(let skipped): "the key set has no usable signing key (\(skipped) skipped)"
            }
        }
    }

    /// Builds from JWKS JSON, skipping (and logging) keys that jwt-kit cannot use instead of
    /// failing the whole set: an issuer may publish encryption keys or key types we do not know.
    static func build(json: some DataProtocol, logger: Logger) async throws -> KeySet {
        let document = try JSONDecoder().decode(LenientJWKS.self, from: Data(json))
        var candidates: [JWK] = []
        var skipped = 0
        for entry in document.keys {
            guard let jwk = entry.jwk else {
                skipped += 1
                logger.debug("skipping a JWKS entry jwt-kit cannot decode", metadata: ["kid": "\(entry.kid ?? "-")"])
                continue
            }
            if let use = entry.use, use != "sig" {
                skipped += 1
                continue
            }
            candidates.append(jwk)
        }
        return try await build(keys: candidates, skippedBefore: skipped, logger: logger)
    }

    static func build(jwks: JWKS, logger: Logger) async throws -> KeySet {
        try await build(keys: jwks.keys, skippedBefore: 0, logger: logger)
    }

    private static func build(keys: [JWK], skippedBefore: Int, logger: Logger) async throws -> KeySet {
        var skipped = skippedBefore
        var usable: [(kid: String?, jwk: JWK, alg: String)] = []
        var seen = Set<String>()
        for var jwk in keys {
            guard let alg = effectiveAlgorithm(of: jwk) else {
                skipped += 1
                logger.debug("skipping a JWK with no usable algorithm", metadata: ["kid": "\(jwk.keyIdentifier?.string ?? "-")"])
                continue
            }
            jwk.algorithm = JWK.Algorithm(rawValue: alg)
            let kid = jwk.keyIdentifier?.string
            if let kid {
                guard seen.insert(kid).inserted else {
                    skipped += 1
                    logger.warning("JWKS has two keys with one kid; keeping the first", metadata: ["kid": "\(kid)"])
                    continue
                }
            }
            usable.append((kid, jwk, alg))
        }
        // A key without kid can only be chosen when it is the only key.
        if usable.count > 1 {
            let anonymous = usable.filter { $0.kid == nil }.count
            if anonymous > 0 {
                skipped += anonymous
                logger.warning("skipping JWKs without kid in a set of several keys", metadata: ["count": "\(anonymous)"])
                usable.removeAll { $0.kid == nil }
            }
        }

        let collection = JWTKeyCollection()
        var algorithms: [String: String] = [:]
        var accepted: [JWK] = []
        for (kid, jwk, alg) in usable {
            var stored = jwk
            let storedKid = kid ?? anonymousKid
            stored.keyIdentifier = JWKIdentifier(string: storedKid)
            do {
                try await collection.add(jwk: stored)
                // Build the verifier now so a bad key is found at load time, not per request.
                _ = try await collection.getKey(for: JWKIdentifier(string: storedKid), alg: alg)
            } catch {
                skipped += 1
                _ = await collection.remove(kid: JWKIdentifier(string: storedKid))
                logger.warning("skipping a JWK jwt-kit cannot load", metadata: ["kid": "\(kid ?? "-")", "error": "\(error)"])
                continue
            }
            algorithms[storedKid] = alg
            accepted.append(jwk)
        }
        guard !algorithms.isEmpty else { throw BuildError.noUsableKeys(skipped: skipped) }
        return KeySet(
            jwks: JWKS(keys: accepted),
            collection: collection,
            algorithms: algorithms,
            soleKid: algorithms.count == 1 ? algorithms.keys.first : nil
        )
    }

    /// The one JWS algorithm a JWK verifies: its `alg` when present (and consistent with the key
    /// type), else the algorithm its key type and curve imply (RSA without `alg`: RS256).
    static func effectiveAlgorithm(of jwk: JWK) -> String? {
        let crv = jwk.curve?.rawValue
        let implied: Set<String>
        let fallback: String?
        switch jwk.keyType {
        case .octetKeyPair:
            implied = crv == "Ed25519" ? ["EdDSA"] : []
            fallback = implied.first
        case .ecdsa:
            switch crv {
            case "P-256": implied = ["ES256"]
            case "P-384": implied = ["ES384"]
            case "P-521": implied = ["ES512"]
            default: implied = []
            }
            fallback = implied.first
        case .rsa:
            implied = ["RS256", "RS384", "RS512", "PS256", "PS384", "PS512"]
            fallback = "RS256"
        default:
            return nil
        }
        if let declared = jwk.algorithm?.rawValue {
            return implied.contains(declared) ? declared : nil
        }
        return fallback
    }
}

/// `{"keys": [...]}` where an entry jwt-kit cannot decode becomes `nil` instead of failing the set.
struct LenientJWKS: Decodable {
    struct Entry: Decodable {
        let jwk: JWK?
        let use: String?
        let kid: String?

        private enum CodingKeys: String, CodingKey { case use, kid }

        init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            use = try? c.decodeIfPresent(String.self, forKey: .use)
            kid = try? c.decodeIfPresent(String.self, forKey: .kid)
            jwk = try? JWK(from: decoder)
        }
    }

    let keys: [Entry]
}
