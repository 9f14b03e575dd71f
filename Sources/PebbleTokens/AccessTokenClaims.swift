import JWTKit

/// The payload as this library reads it. Claims are only decoded after the signature has
/// verified (jwt-kit's order); every check on them is made by `TokenVerifier`, not here.
struct AccessTokenClaims: JWTPayload {
    var iss: String?
    var sub: String?
    var aud: [String]?
    var exp: Double?
    var nbf: Double?
    var iat: Double?
    var scopes: Set<String>
    var extras: [String: String]

    static let registered: Set<String> = ["iss", "sub", "aud", "exp", "nbf", "iat", "scope", "scp"]

    struct Key: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(_ string: String) { self.stringValue = string }
        init?(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: Key.self)
        iss = try c.decodeIfPresent(String.self, forKey: Key("iss"))
        sub = try c.decodeIfPresent(String.self, forKey: Key("sub"))
        if let single = try? c.decodeIfPresent(String.self, forKey: Key("aud")) {
            aud = [single]
        } else {
            aud = try c.decodeIfPresent([String].self, forKey: Key("aud"))
        }
        exp = try c.decodeIfPresent(Double.self, forKey: Key("exp"))
        nbf = try c.decodeIfPresent(Double.self, forKey: Key("nbf"))
        iat = try c.decodeIfPresent(Double.self, forKey: Key("iat"))

        var scopes = Set<String>()
        if let scope = try c.decodeIfPresent(String.self, forKey: Key("scope")) {
            scopes.formUnion(Self.split(scope))
        }
        if let scp = try? c.decodeIfPresent([String].self, forKey: Key("scp")) {
            scopes.formUnion(scp.filter { !$0.isEmpty })
        } else if let scp = try c.decodeIfPresent(String.self, forKey: Key("scp")) {
            scopes.formUnion(Self.split(scp))
        }
        self.scopes = scopes

        var extras: [String: String] = [:]
        for key in c.allKeys where !Self.registered.contains(key.stringValue) {
            if let value = try? c.decode(String.self, forKey: key) {
                extras[key.stringValue] = value
            }
        }
        self.extras = extras
    }

    static func split(_ s: String) -> [String] {
        s.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
    }

    func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: Key.self)
        try c.encodeIfPresent(iss, forKey: Key("iss"))
        try c.encodeIfPresent(sub, forKey: Key("sub"))
        try c.encodeIfPresent(aud, forKey: Key("aud"))
        try c.encodeIfPresent(exp, forKey: Key("exp"))
        try c.encodeIfPresent(nbf, forKey: Key("nbf"))
        try c.encodeIfPresent(iat, forKey: Key("iat"))
        if !scopes.isEmpty { try c.encode(scopes.sorted().joined(separator: " "), forKey: Key("scope")) }
        for (k, v) in extras { try c.encode(v, forKey: Key(k)) }
    }

    func verify(using algorithm: some JWTAlgorithm) async throws {}
}
