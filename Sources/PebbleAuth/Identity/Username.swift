public import Foundation

/// Usernames: case-insensitive, Unicode-normalised, lookalikes folded, reserved names refused.
///
/// Two forms:
/// - `canonical`: what the account shows — NFKC, case-folded, cross-script lookalikes and
///   diacritics folded to ASCII ("Ｊоsé" with a Cyrillic о → "jose"), then `[a-z0-9_.-]{3,30}`,
///   starting and ending with a letter or digit, no two separators in a row;
/// - `key` (the skeleton): unique across accounts, used to log in and to check reserved names;
///   also folds the digit/letter lookalikes (0→o, 1/i→l, 5→s, rn→m, vv→w) and drops separators,
///   so "j0hn.doe", "john_doe" and "johndoe" are one name and "adm1n" is "admin".
public struct Username: Sendable, Equatable {
    public let canonical: String
    public let key: String

    public static let minLength = 3
    public static let maxLength = 30

    public enum Problem: Error, Equatable, Sendable {
        case invalid(String)
        case reserved

        public var message: String {
            switch self {
            case .invalid(let why): why
            case .reserved: "this username is reserved"
            }
        }
    }

    public init(_ input: String) throws(Problem) {
        guard input.utf8.count <= 256 else { throw .invalid("the username may have at most \(Self.maxLength) characters") }
        let canonical = Self.fold(input.trimmingCharacters(in: .whitespacesAndNewlines))
        guard canonical.count >= Self.minLength, canonical.count <= Self.maxLength else {
            throw .invalid("the username needs \(Self.minLength) to \(Self.maxLength) characters")
        }
        let separators: Set<Character> = ["_", ".", "-"]
        guard canonical.allSatisfy({ ($0 >= "a" && $0 <= "z") || ($0 >= "0" && $0 <= "9") || separators.contains($0) }) else {
            throw .invalid("the username may only use letters a–z, digits and _ . -")
        }
        guard let first = canonical.first, let last = canonical.last, !separators.contains(first), !separators.contains(last) else {
            throw .invalid("the username must start and end with a letter or a digit")
        }
        var previous: Character = "a"
        for c in canonical {
            if separators.contains(c), separators.contains(previous) {
                throw .invalid("the username may not have two separators (_ . -) in a row")
            }
            previous = c
        }
        let key = Self.skeleton(canonical)
        guard key.count >= 2 else { throw .invalid("the username needs more letters or digits") }
        if Self.isReserved(key: key) { throw .reserved }
        self.canonical = canonical
        self.key = key
    }

    /// The key a login string would have if it were a username (no validation: for lookups).
    public static func lookupKey(_ input: String) -> String {
        skeleton(fold(input.trimmingCharacters(in: .whitespacesAndNewlines)))
    }

    /// NFKC, case folding, confusables to ASCII, diacritics removed.
    static func fold(_ s: String) -> String {
        var out = String.UnicodeScalarView()
        for upper in s.precomposedStringWithCompatibilityMapping.unicodeScalars {
            // Capitals first: Greek Ν looks like N, its small ν like v.
            if let ascii = Self.capitalConfusables[upper] {
                out.append(contentsOf: ascii.unicodeScalars)
                continue
            }
            for scalar in String(upper).lowercased().decomposedStringWithCanonicalMapping.unicodeScalars {
                if scalar.properties.generalCategory == .nonspacingMark { continue }  // é → e
                if let ascii = Self.confusables[scalar] {
                    out.append(contentsOf: ascii.unicodeScalars)
                } else {
                    out.append(scalar)
                }
            }
        }
        return String(out).precomposedStringWithCanonicalMapping
    }

    static func skeleton(_ canonical: String) -> String {
        var s = ""
        for c in canonical {
            switch c {
            case "_", ".", "-": continue
            case "0": s.append("o")
            case "1", "i", "|": s.append("l")
            case "5": s.append("s")
            default: s.append(c)
            }
        }
        while s.contains("rn") { s = s.replacingOccurrences(of: "rn", with: "m") }
        while s.contains("vv") { s = s.replacingOccurrences(of: "vv", with: "w") }
        return s
    }

    /// Lower-case Cyrillic, Greek and Latin-extension letters that look like ASCII letters or
    /// digits (after NFKC, which already maps full-width and mathematical forms, ſ, ℓ, …).
    static let confusables: [Unicode.Scalar: String] = {
        let pairs: [(UInt32, String)] = [
            // Cyrillic
            (0x0430, "a"), (0x0432, "b"), (0x0435, "e"), (0x0451, "e"), (0x0454, "e"), (0x0433, "r"), (0x0437, "3"),
            (0x043A, "k"), (0x043C, "m"), (0x043D, "h"), (0x043E, "o"), (0x043F, "n"), (0x0440, "p"), (0x0441, "c"),
            (0x0442, "t"), (0x0443, "y"), (0x045E, "y"), (0x0445, "x"), (0x0455, "s"), (0x0456, "i"), (0x0457, "i"),
            (0x0458, "j"), (0x04BB, "h"), (0x0501, "d"), (0x051B, "q"), (0x051D, "w"), (0x0461, "w"), (0x044C, "b"),
            (0x04CF, "l"), (0x0499, "3"), (0x04E1, "3"), (0x0431, "6"), (0x0447, "4"), (0x04AF, "y"), (0x0491, "r"),
            // Greek
            (0x03B1, "a"), (0x03B2, "b"), (0x03B3, "y"), (0x03B5, "e"), (0x03B7, "n"), (0x03B9, "i"), (0x03BA, "k"),
            (0x03BD, "v"), (0x03BF, "o"), (0x03C1, "p"), (0x03C4, "t"), (0x03C5, "u"), (0x03C7, "x"), (0x03C9, "w"),
            (0x03B6, "z"), (0x03BC, "u"), (0x03C2, "c"), (0x03F2, "c"), (0x03F3, "j"), (0x03B8, "o"), (0x03C3, "o"),
            (0x03BB, "l"), (0x03AF, "i"), (0x03CC, "o"), (0x03AC, "a"), (0x03AD, "e"), (0x03CD, "u"),
            // Latin extensions and IPA
            (0x0131, "i"), (0x0269, "i"), (0x026A, "i"), (0x0251, "a"), (0x0261, "g"), (0x01C0, "l"), (0x0142, "l"),
            (0x0111, "d"), (0x0127, "h"), (0x00F8, "o"), (0x0275, "o"), (0x1D0F, "o"), (0x1D1C, "u"), (0x028F, "y"),
            (0x0280, "r"), (0x0299, "b"), (0x029C, "h"), (0x1D04, "c"), (0x1D05, "d"), (0x1D07, "e"), (0x1D0A, "j"),
            (0x1D0B, "k"), (0x1D0D, "m"), (0x0274, "n"), (0x1D18, "p"), (0x1D1B, "t"), (0x1D20, "v"), (0x1D21, "w"),
            (0x1D22, "z"), (0x00DF, "ss"), (0x00E6, "ae"), (0x0153, "oe"), (0x00F0, "d"), (0x00FE, "p"),
            // Armenian and Cherokee letters often used in spoofing
            (0x0578, "n"), (0x057D, "u"), (0x0585, "o"), (0x0570, "h"), (0x0566, "q"),
        ]
        var table: [Unicode.Scalar: String] = [:]
        for (code, ascii) in pairs { if let s = Unicode.Scalar(code) { table[s] = ascii } }
        return table
    }()

    /// Greek and Cyrillic capitals that look like Latin capitals (checked before lower-casing).
    static let capitalConfusables: [Unicode.Scalar: String] = {
        let pairs: [(UInt32, String)] = [
            (0x0391, "a"), (0x0392, "b"), (0x0395, "e"), (0x0396, "z"), (0x0397, "h"), (0x0399, "i"), (0x039A, "k"), (0x039C, "m"),
            (0x039D, "n"), (0x039F, "o"), (0x03A1, "p"), (0x03A4, "t"), (0x03A5, "y"), (0x03A7, "x"),
            (0x0410, "a"), (0x0412, "b"), (0x0415, "e"), (0x041A, "k"), (0x041C, "m"), (0x041D, "h"), (0x041E, "o"), (0x0420, "p"),
            (0x0421, "c"), (0x0422, "t"), (0x0425, "x"), (0x0423, "y"), (0x0405, "s"), (0x0406, "i"), (0x0408, "j"), (0x04C0, "l"),
        ]
        var table: [Unicode.Scalar: String] = [:]
        for (code, ascii) in pairs { if let s = Unicode.Scalar(code) { table[s] = ascii } }
        return table
    }()

    /// Names only the platform may use (compared by skeleton, so "Adm1n" and "r00t" are refused).
    static let reserved: Set<String> = Set("""
        admin administrator root superuser sysadmin system support help helpdesk pebble pebblecode api www mail email
        login logout signin signup signout register settings account accounts auth oauth sso null undefined none nil
        anonymous guest moderator mod mods staff team official security abuse postmaster hostmaster webmaster noreply
        no-reply info contact billing status about privacy terms legal dev developer developers test tester coach analytics
        judge service services bot bots me you user users username profile dashboard home static assets cdn docs blog news
        jobs careers learner learners teacher teachers instructor owner everyone all here channel operator ops server
        localhost health metrics jwks well-known wellknown password reset confirm verify verification token tokens
        """.split(whereSeparator: { $0 == " " || $0 == "\n" }).map { skeleton(String($0)) })

    /// Brand and authority words refused anywhere in a name ("pebble_support", "the-admin").
    static let reservedParts: [String] = ["pebble", "admin", "moderator", "official", "support", "staff"].map { skeleton($0) }

    static func isReserved(key: String) -> Bool {
        reserved.contains(key) || reservedParts.contains { key.contains($0) }
    }
}
