import Crypto
import Foundation
import JWTKit
import XCTest

@testable import PebbleTokens

enum Fixture {
    static let issuer = "https://auth.pebble.test"
    static let audience = "pebble-api"
    static let policy = TokenPolicy(issuer: issuer, audiences: [audience, "pebble-grading"])

    static func text(_ name: String, _ ext: String) throws -> String {
        guard let url = Bundle.module.url(forResource: name, withExtension: ext, subdirectory: "Fixtures") else {
            throw XCTSkip("fixture \(name).\(ext) missing")
        }
        return try String(contentsOf: url, encoding: .utf8)
    }

    /// `Fixtures/jwks.json`: the public halves of ed-1 (EdDSA) and es-1 (ES256).
    static func jwksJSON() throws -> String { try text("jwks", "json") }
    static func jwks() throws -> JWKS { try JSONDecoder().decode(JWKS.self, from: Data(jwksJSON().utf8)) }

    static func edPrivate() throws -> EdDSA.PrivateKey { try EdDSA.PrivateKey(pem: text("ed-1.private", "pem")) }
    static func esPrivate() throws -> ES256PrivateKey { try ES256PrivateKey(pem: text("es-1.private", "pem")) }
    static func rsPrivate() throws -> JWTKit.Insecure.RSA.PrivateKey { try JWTKit.Insecure.RSA.PrivateKey(pem: text("rs-1.private", "pem")) }

    /// The issuer's signing keys, as the auth service holds them.
    static func signers() async throws -> JWTKeyCollection {
        let keys = JWTKeyCollection()
        await keys.add(eddsa: try edPrivate(), kid: "ed-1")
        await keys.add(ecdsa: try esPrivate(), kid: "es-1")
        await keys.add(rsa: try rsPrivate(), digestAlgorithm: .sha256, kid: "rs-1")
        return keys
    }

    /// A JWKS JSON document holding the public half of an Ed25519 key.
    static func jwksJSON(ed key: EdDSA.PrivateKey, kid: String) -> String {
        let x = Base64URL.encode(key.publicKey.rawRepresentation)
        return #"{"keys":[{"kty":"OKP","crv":"Ed25519","alg":"EdDSA","use":"sig","kid":"\#(kid)","x":"\#(x)"}]}"#
    }

    static func standardClaims(now: Date = Date()) -> [String: JSONValue] {
        let t = now.timeIntervalSince1970.rounded(.down)
        return [
            "iss": .string(issuer),
            "aud": .string(audience),
            "sub": .string("learner-42"),
            "exp": .number(t + 300),
            "iat": .number(t),
            "nbf": .number(t),
            "scope": .string("read:submissions write:submissions"),
            "jti": .string("tok-1"),
        ]
    }
}

/// A JSON value for building arbitrary payloads.
enum JSONValue: Codable, Sendable, Equatable {
    case string(String)
    case number(Double)
    case bool(Bool)
    case array([JSONValue])
    case null

    init(from decoder: any Decoder) throws {
        let c = try decoder.singleValueContainer()
        if c.decodeNil() { self = .null }
        else if let b = try? c.decode(Bool.self) { self = .bool(b) }
        else if let n = try? c.decode(Double.self) { self = .number(n) }
        else if let s = try? c.decode(String.self) { self = .string(s) }
        else { self = .array(try c.decode([JSONValue].self)) }
    }

    func encode(to encoder: any Encoder) throws {
        var c = encoder.singleValueContainer()
        switch self {
        case .string(let s): try c.encode(s)
        case .number(let n):
            if n == n.rounded(), abs(n) < 1e15 { try c.encode(Int64(n)) } else { try c.encode(n) }
        case .bool(let b): try c.encode(b)
        case .array(let a): try c.encode(a)
        case .null: try c.encodeNil()
        }
    }
}

/// A payload of arbitrary claims, signed through jwt-kit.
struct AnyClaims: JWTPayload {
    var values: [String: JSONValue]

    init(_ values: [String: JSONValue]) { self.values = values }

    struct Key: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(_ s: String) { stringValue = s }
        init?(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: Key.self)
        var values: [String: JSONValue] = [:]
        for key in c.allKeys { values[key.stringValue] = try c.decode(JSONValue.self, forKey: key) }
        self.values = values
    }

    func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: Key.self)
        for (k, v) in values.sorted(by: { $0.key < $1.key }) { try c.encode(v, forKey: Key(k)) }
    }

    func verify(using algorithm: some JWTAlgorithm) async throws {}
}

enum Base64URL {
    static func encode(_ data: some DataProtocol) -> String {
        Data(data).base64EncodedString()
            .replacingOccurrences(of: "+", with: "-")
            .replacingOccurrences(of: "/", with: "_")
            .replacingOccurrences(of: "=", with: "")
    }

    static func encode(json: String) -> String { encode(Data(json.utf8)) }

    static func decode(_ s: some StringProtocol) -> Data? {
        var t = s.replacingOccurrences(of: "-", with: "+").replacingOccurrences(of: "_", with: "/")
        t += String(repeating: "=", count: (4 - t.count % 4) % 4)
        return Data(base64Encoded: t)
    }
}

extension JWTKeyCollection {
    func mint(_ claims: [String: JSONValue], kid: String) async throws -> String {
        try await sign(AnyClaims(claims), kid: JWKIdentifier(string: kid))
    }
}

/// Asserts that `body` throws exactly `expected` (a `TokenError`).
func assertRefused(
    _ expected: TokenError,
    file: StaticString = #filePath,
    line: UInt = #line,
    _ body: () async throws(TokenError) -> VerifiedToken
) async {
    do {
        let token = try await body()
        XCTFail("expected \(expected), but the token was accepted for \(token.subject)", file: file, line: line)
    } catch {
        XCTAssertEqual(error, expected, file: file, line: line)
    }
}

/// Hand-built compact JWS (for `alg: none`, HS256 and mismatched algorithms).
func compactJWS(header: String, payload: [String: JSONValue], sign: (Data) throws -> Data) throws -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = .sortedKeys
    let input = Base64URL.encode(json: header) + "." + Base64URL.encode(try encoder.encode(AnyClaims(payload)))
    return input + "." + Base64URL.encode(try sign(Data(input.utf8)))
}
