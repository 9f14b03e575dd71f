public import Foundation
import Crypto
public import JWTKit

/// The Ed25519 signing keys in `STATE_DIR/keys/` (one JSON file per key, mode 0600, folder 0700)
/// and which of them are used and published.
///
/// A key is created *pending*: published in the JWKS at once but used for signing only from
/// `activatesAt` on (`publishAhead` later), so every verifier's cached JWKS already holds it when
/// the first token signed with it arrives. The newest active key signs. A retired key stays
/// published until every token it signed has expired (`retention` ≥ the access-token lifetime
/// plus leeway after the next key took over), and the previous key is always published. Keys past
/// that are deleted. Nobody is logged out by a rotation.
public struct SigningKeys: Sendable {
    public struct Key: Sendable, Codable, Equatable {
        public var kid: String
        public var createdAt: Date
        public var activatesAt: Date
        /// The 32-byte Ed25519 private key (seed), base64url.
        var d: String

        var privateKey: Curve25519.Signing.PrivateKey? {
            Secrets.base64URLDecode(d).flatMap { try? Curve25519.Signing.PrivateKey(rawRepresentation: $0) }
        }

        public var publicKeyBase64URL: String? { privateKey.map { Secrets.base64URL($0.publicKey.rawRepresentation) } }
    }

    public struct Failure: Error, CustomStringConvertible {
        public var description: String
    }

    public let directory: String

    public init(directory: String) {
        self.directory = directory
    }

    /// Every readable key, oldest first. Files others may read are tightened to 0600.
    public func load() throws -> [Key] {
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        chmod(directory, 0o700)
        var keys: [Key] = []
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .secondsSince1970
        for name in try FileManager.default.contentsOfDirectory(atPath: directory) where name.hasSuffix(".json") {
            let path = directory + "/" + name
            let mode = (try? FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? NSNumber)?.intValue ?? 0
            if mode & 0o077 != 0 { chmod(path, 0o600) }
            guard let data = FileManager.default.contents(atPath: path) else { continue }
            guard let key = try? decoder.decode(Key.self, from: data), key.privateKey != nil else {
                throw Failure(description: "\(path) is not a pebble-auth signing key")
            }
            keys.append(key)
        }
        return keys.sorted { ($0.activatesAt, $0.createdAt, $0.kid) < ($1.activatesAt, $1.createdAt, $1.kid) }
    }

    /// Writes a new key (activating at `activatesAt`) atomically with mode 0600.
    @discardableResult
    public func create(now: Date, activatesAt: Date) throws -> Key {
        let privateKey = Curve25519.Signing.PrivateKey()
        let stamp = Int(now.timeIntervalSince1970)
        let key = Key(kid: "k\(stamp)-" + Secrets.base64URL(Secrets.randomBytes(6)), createdAt: now, activatesAt: activatesAt,
                      d: Secrets.base64URL(privateKey.rawRepresentation))
        let encoder = JSONEncoder()
        encoder.dateEncodingStrategy = .secondsSince1970
        encoder.outputFormatting = [.sortedKeys]
        let data = try encoder.encode(key)
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        let temp = directory + "/.\(key.kid).tmp"
        let fd = open(temp, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw Failure(description: "cannot create \(temp): \(String(cString: strerror(errno)))") }
        let written = data.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
        fsync(fd)
        close(fd)
        guard written == data.count, rename(temp, directory + "/\(key.kid).json") == 0 else {
            unlink(temp)
            throw Failure(description: "cannot write the key \(key.kid)")
        }
        return key
    }

    public func delete(kid: String) {
        unlink(directory + "/\(kid).json")
    }

    /// What to do with `keys` now: which signs, which are published, which can go.
    public struct Plan: Sendable, Equatable {
        public var signing: Key?
        public var published: [Key]
        public var expired: [Key]
    }

    public static func plan(_ keys: [Key], now: Date, retention: TimeInterval) -> Plan {
        let active = keys.filter { $0.activatesAt <= now }
        let signing = active.last
        var published: [Key] = keys.filter { $0.activatesAt > now }  // pending
        var expired: [Key] = []
        if let signing { published.append(signing) }
        // Retired keys, newest first: each was retired when the next one activated.
        let retired = Array(active.dropLast())
        for (i, key) in retired.enumerated().reversed() {
            let retiredAt = active[i + 1].activatesAt
            if i == retired.count - 1 || now.timeIntervalSince(retiredAt) < retention {
                published.append(key)
            } else {
                expired.append(key)
            }
        }
        _ = retired
        return Plan(signing: signing, published: published, expired: expired)
    }

    /// The JWKS document for `keys` (public halves only).
    public static func jwksJSON(_ keys: [Key]) -> String {
        let entries = keys.compactMap { key -> String? in
            guard let x = key.publicKeyBase64URL else { return nil }
            return #"{"kty":"OKP","crv":"Ed25519","x":"\#(x)","kid":"\#(key.kid)","alg":"EdDSA","use":"sig"}"#
        }
        return #"{"keys":["# + entries.joined(separator: ",") + "]}"
    }

    /// `jwksJSON` as jwt-kit's type (what PebbleTokens' verifier takes).
    public static func jwks(_ keys: [Key]) throws -> JWKS {
        try JSONDecoder().decode(JWKS.self, from: Data(jwksJSON(keys).utf8))
    }
}
