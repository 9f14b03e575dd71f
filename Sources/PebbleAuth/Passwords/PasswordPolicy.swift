public import Foundation

/// What a new password must be (NIST SP 800-63B-4 §3.1.1.2, docs/security-auth.md): long enough,
/// not absurdly long, not a common password, not built on the account's own name or address. No
/// composition rules and no expiry (both make passwords weaker in practice).
public struct PasswordPolicy: Sendable {
    /// Single-factor passwords: NIST asks for at least 15 characters (8 only with a second factor).
    public var minLength: Int
    /// Generous (NIST: permit at least 64), but bounded so a request cannot make us hash megabytes.
    public var maxLength: Int

    public init(minLength: Int = 15, maxLength: Int = 128) {
        self.minLength = minLength
        self.maxLength = maxLength
    }

    /// Passwords are compared after NFKC (NIST: normalise so the same password typed on another
    /// keyboard or OS still matches). Length counts Unicode code points, as NIST says.
    public static func normalized(_ password: String) -> String {
        password.precomposedStringWithCompatibilityMapping
    }

    /// Nil when acceptable, else why not (a short sentence for the user).
    public func problem(with password: String, username: String?, email: String?) -> (code: String, message: String)? {
        let p = Self.normalized(password)
        let length = p.unicodeScalars.count
        if length < minLength {
            return ("password_too_short", "the password needs at least \(minLength) characters (a few words make a good one)")
        }
        if length > maxLength {
            return ("password_too_long", "the password may have at most \(maxLength) characters")
        }
        if p.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) {
            return ("password_invalid", "the password may not contain control characters")
        }
        let lower = p.lowercased()
        if CommonPasswords.contains(lower) || CommonPasswords.contains(Self.collapsed(lower)) {
            return ("password_common", "this password is on the list of the most common passwords; choose another")
        }
        if Set(lower).count <= 3 {
            return ("password_common", "this password repeats too few different characters; choose another")
        }
        var context: [String] = []
        if let username, username.count >= 3 { context.append(username.lowercased()) }
        if let email, let at = email.lastIndex(of: "@") {
            let local = email[..<at].lowercased()
            if local.count >= 3 { context.append(local) }
        }
        for word in context where lower.contains(word) || Self.collapsed(lower).contains(Self.collapsed(word)) {
            _ = word
            return ("password_contains_name", "the password may not contain your username or the name of your email address")
        }
        return nil
    }

    /// The password without spaces and separators ("pass word 123" → "password123"), so a common
    /// password cannot slip through by spacing it out.
    static func collapsed(_ s: String) -> String {
        String(s.filter { !$0.isWhitespace && $0 != "-" && $0 != "_" && $0 != "." })
    }
}
