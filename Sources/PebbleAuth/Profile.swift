public import Foundation

/// What a learner is studying, as the platform groups its problems (docs/auth.md).
public enum Track: String, CaseIterable, Sendable, Codable {
    case foundations, algorithms, web, data, systems, interviews
}

/// How far along a learner says they are.
public enum Level: String, CaseIterable, Sendable, Codable {
    case beginner, intermediate, advanced
}

/// The public part of an account, as `GET /v1/me` answers it.
public struct Profile: Sendable, Equatable {
    public var id: String
    public var email: String
    public var username: String
    public var displayName: String
    public var bio: String
    public var track: Track?
    public var level: Level?
    public var locale: String
    public var emailConfirmed: Bool
    public var createdAt: Date
}

/// Free-text profile fields: printable text only, bounded.
public enum ProfileText {
    public static let maxDisplayName = 64
    public static let maxBio = 280

    /// NFC, trimmed, no control characters (a bio may have line breaks), `1…max` characters.
    public static func clean(_ text: String, field: String, max: Int, allowEmpty: Bool, allowNewlines: Bool) throws(AuthError) -> String {
        guard text.utf8.count <= max * 8 else { throw .invalidField(field, "may have at most \(max) characters") }
        let t = text.precomposedStringWithCanonicalMapping.trimmingCharacters(in: .whitespacesAndNewlines)
        guard allowEmpty || !t.isEmpty else { throw .invalidField(field, "may not be empty") }
        guard t.count <= max else { throw .invalidField(field, "may have at most \(max) characters") }
        for s in t.unicodeScalars {
            let category = s.properties.generalCategory
            if allowNewlines, s == "\n" { continue }
            if category == .control || category == .format && s != "\u{200D}" || category == .lineSeparator || category == .paragraphSeparator {
                throw .invalidField(field, "may not contain control or invisible formatting characters")
            }
        }
        return t
    }
}
