import Foundation

/// Regular expressions compiled once and shared (the rules use a few hundred, on every request).
enum Patterns {
    private static let lock = NSLock()
    nonisolated(unsafe) private static var cache: [String: NSRegularExpression] = [:]

    static func regex(_ pattern: String) -> NSRegularExpression? {
        lock.lock()
        defer { lock.unlock() }
        if let r = cache[pattern] { return r }
        guard let r = try? NSRegularExpression(pattern: pattern) else { return nil }
        cache[pattern] = r
        return r
    }

    static func matches(_ pattern: String, _ s: String) -> Bool {
        guard let r = regex(pattern) else { return false }
        return r.firstMatch(in: s, range: NSRange(s.startIndex..., in: s)) != nil
    }

    /// The first capture group of the first match.
    static func capture(_ pattern: String, _ s: String) -> String? {
        guard let r = regex(pattern), let m = r.firstMatch(in: s, range: NSRange(s.startIndex..., in: s)), m.numberOfRanges > 1,
              let range = Range(m.range(at: 1), in: s) else { return nil }
        return String(s[range])
    }
}
