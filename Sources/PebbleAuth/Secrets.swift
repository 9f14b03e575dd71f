public import Foundation
public import Crypto

/// Random secrets and the ways they are compared and stored. Every secret comes from the system's
/// CSPRNG (`SystemRandomNumberGenerator`: getrandom(2) on Linux).
public enum Secrets {
    /// `count` random bytes.
    public static func randomBytes(_ count: Int) -> [UInt8] {
        var rng = SystemRandomNumberGenerator()
        return (0..<count).map { _ in UInt8.random(in: .min ... .max, using: &rng) }
    }

    /// An opaque id with a readable prefix ("u_…", "fam_…"): 16 random bytes, base64url.
    public static func identifier(_ prefix: String) -> String {
        prefix + base64URL(randomBytes(16))
    }

    /// A refresh token: 32 random bytes (256 bits), base64url without padding (43 characters).
    public static func refreshToken() -> String { base64URL(randomBytes(32)) }

    /// A verification code: `digits` decimal digits, uniform (rejection sampling, no modulo bias).
    public static func numericCode(digits: Int = 6) -> String {
        var rng = SystemRandomNumberGenerator()
        var limit: UInt64 = 1
        for _ in 0..<digits { limit *= 10 }
        let value = UInt64.random(in: 0..<limit, using: &rng)  // the stdlib's uniform sampling
        let text = String(value)
        return String(repeating: "0", count: digits - text.count) + text
    }

    public static func base64URL(_ bytes: some Sequence<UInt8>) -> String {
        Data(bytes).base64EncodedString()
            .replacingOccurrences(of: "+", with: "-")
            .replacingOccurrences(of: "/", with: "_")
            .replacingOccurrences(of: "=", with: "")
    }

    public static func base64URLDecode(_ text: String) -> [UInt8]? {
        guard text.utf8.allSatisfy({ isBase64URL($0) }) else { return nil }
        var s = text.replacingOccurrences(of: "-", with: "+").replacingOccurrences(of: "_", with: "/")
        s += String(repeating: "=", count: (4 - s.utf8.count % 4) % 4)
        return Data(base64Encoded: s).map { Array($0) }
    }

    static func isBase64URL(_ b: UInt8) -> Bool {
        (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) || (b >= 0x30 && b <= 0x39) || b == 0x2D || b == 0x5F
    }

    /// SHA-256 as lower-case hex: how refresh tokens are stored (a leaked table gives no token).
    public static func sha256Hex(_ text: String) -> String {
        hex(SHA256.hash(data: Data(text.utf8)))
    }

    /// HMAC-SHA256 as hex, for short secrets (6-digit codes): a plain hash of a code could be
    /// reversed by trying all 10^6 codes; with a server-side key a leaked table alone gives nothing.
    public static func hmacHex(key: SymmetricKey, _ text: String) -> String {
        hex(HMAC<SHA256>.authenticationCode(for: Data(text.utf8), using: key))
    }

    static func hex(_ bytes: some Sequence<UInt8>) -> String {
        bytes.map { String(format: "%02x", $0) }.joined()
    }

    /// Compares two strings in time that depends only on their lengths, never on where they differ.
    public static func constantTimeEquals(_ a: String, _ b: String) -> Bool {
        let x = Array(a.utf8), y = Array(b.utf8)
        guard x.count == y.count else { return false }
        var diff: UInt8 = 0
        for i in 0..<x.count { diff |= x[i] ^ y[i] }
        return diff == 0
    }
}
