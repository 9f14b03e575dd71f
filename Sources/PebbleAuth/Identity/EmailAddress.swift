public import Foundation

/// An email address as accounts use it: trimmed, the domain lower-cased (`address`, where mail
/// goes), and a fully lower-cased `key` (one account per mailbox whatever the case the owner
/// types). ASCII only (no SMTPUTF8), at most 254 bytes (RFC 5321's path limit).
public struct EmailAddress: Sendable, Equatable {
    public let address: String
    public let key: String

    public static let maxLength = 254

    public struct Invalid: Error, Sendable {
        public var message: String
    }

    public init(_ input: String) throws(Invalid) {
        let text = input.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !text.isEmpty else { throw Invalid(message: "the email address is empty") }
        guard text.utf8.count <= Self.maxLength else { throw Invalid(message: "the email address may have at most \(Self.maxLength) characters") }
        guard let at = text.lastIndex(of: "@") else { throw Invalid(message: "the email address needs an @") }
        let local = String(text[..<at])
        let domain = String(text[text.index(after: at)...]).lowercased()
        guard !local.isEmpty, local.utf8.count <= 64 else { throw Invalid(message: "the part before @ needs 1 to 64 characters") }
        let localAllowed = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.!#$%&'*+/=?^_`{|}~-".utf8)
        guard local.utf8.allSatisfy({ localAllowed.contains($0) }) else {
            throw Invalid(message: "the part before @ has a character email addresses cannot have")
        }
        guard !local.hasPrefix("."), !local.hasSuffix("."), !local.contains("..") else {
            throw Invalid(message: "the part before @ may not start or end with a dot or have two dots in a row")
        }
        let labels = domain.split(separator: ".", omittingEmptySubsequences: false)
        guard labels.count >= 2, domain.utf8.count <= 253 else { throw Invalid(message: "the domain after @ is not a valid domain name") }
        let labelAllowed = Set("abcdefghijklmnopqrstuvwxyz0123456789-".utf8)
        for label in labels {
            guard !label.isEmpty, label.utf8.count <= 63, label.utf8.allSatisfy({ labelAllowed.contains($0) }),
                  !label.hasPrefix("-"), !label.hasSuffix("-")
            else { throw Invalid(message: "the domain after @ is not a valid domain name") }
        }
        guard let tld = labels.last, tld.contains(where: { $0.isLetter }) else {
            throw Invalid(message: "the domain after @ is not a valid domain name")
        }
        address = local + "@" + domain
        key = address.lowercased()
    }

    /// The key a login string would have if it were an email address (no validation: for lookups).
    public static func lookupKey(_ input: String) -> String {
        input.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
    }

    /// The part before @ (for the password policy's "not your own name" rule).
    public var localPart: String { String(address[..<address.lastIndex(of: "@")!]) }
}
