public import Foundation
public import PebbleJSON

/// Checks one event of a `POST /v1/events` batch and builds it, or says precisely what is wrong
/// (the field, and why), so the front end can fix its sender while the batch's good events are
/// kept.
public struct EventValidator: Sendable {
    public static let maxIDLength = 128
    public static let maxNameLength = 128
    public static let maxLanguageLength = 32
    /// 2000-01-01T00:00:00Z in ms: anything earlier is almost surely seconds, not milliseconds.
    public static let earliestTimestamp: Int64 = 946_684_800_000
    /// Events may be stamped at most this far in the future (clock skew of a learner's device).
    public static let maxFutureSkewMs: Int64 = 24 * 3600 * 1000
    static let maxExecutionMs = 3_600_000.0
    static let maxTests = 100_000
    static let maxAttempts = 100_000
    static let maxTimeSpentSec = 30.0 * 24 * 3600

    public struct Rejection: Error, Sendable, Equatable {
        public var field: String?
        public var reason: String
        public init(_ field: String?, _ reason: String) {
            self.field = field
            self.reason = reason
        }
    }

    public init() {}

    /// An event id: 1–128 ASCII letters, digits and `- _ . :`.
    public static func isValidID(_ s: String) -> Bool {
        !s.isEmpty && s.utf8.count <= maxIDLength
            && s.unicodeScalars.allSatisfy { $0.isASCII && (CharacterSet.alphanumerics.contains($0) || "-_.:".unicodeScalars.contains($0)) }
    }

    public func validate(_ value: JSONValue, now: Date = Date(), source: EventSource = .api) -> Result<LearningEvent, Rejection> {
        Result { try build(value, now: now, source: source) }.mapError { $0 as? Rejection ?? Rejection(nil, "\($0)") }
    }

    func build(_ value: JSONValue, now: Date, source: EventSource) throws -> LearningEvent {
        guard let o = value.object else { throw Rejection(nil, "an event must be a JSON object") }
        let id = try name(o, "id", max: Self.maxIDLength, idChars: true)
        guard let typeText = o["type"]?.string else { throw Rejection("type", "`type` is required: one of \(Self.list(EventType.self))") }
        guard let type = EventType(rawValue: typeText) else {
            throw Rejection("type", "`type` '\(typeText.prefix(40))' is not one of \(Self.list(EventType.self))")
        }
        let learner = try name(o, "learner", max: Self.maxNameLength)
        let problem = try name(o, "problem", max: Self.maxNameLength)
        let language = try name(o, "language", max: Self.maxLanguageLength)
        let timestamp = try self.timestamp(o["timestamp"], now: now)
        var e = LearningEvent(id: id, type: type, learner: learner, problem: problem, language: language, timestamp: timestamp, source: source)
        switch type {
        case .run:
            e.passed = try bool(o, "passed", required: true)
            e.errorType = try errorType(o, required: e.passed == false)
            if e.passed == true, e.errorType != nil { throw Rejection("errorType", "a passed run has no `errorType`") }
            e.executionTimeMs = try number(o, "executionTimeMs", max: Self.maxExecutionMs)
        case .submit:
            e.accepted = try bool(o, "accepted", required: true)
            e.testsPassed = try int(o, "testsPassed", min: 0, max: Self.maxTests, required: true)
            e.testsTotal = try int(o, "testsTotal", min: 0, max: Self.maxTests, required: true)
            if let p = e.testsPassed, let t = e.testsTotal, p > t {
                throw Rejection("testsPassed", "`testsPassed` (\(p)) is more than `testsTotal` (\(t))")
            }
            if e.accepted == true, let p = e.testsPassed, let t = e.testsTotal, p != t {
                throw Rejection("accepted", "an accepted submit passes every test (\(p) of \(t) passed)")
            }
            e.errorType = try errorType(o, required: false)
            if e.accepted == true, e.errorType != nil { throw Rejection("errorType", "an accepted submit has no `errorType`") }
        case .assist:
            guard let t = o["helpTier"]?.string else { throw Rejection("helpTier", "`helpTier` is required: one of \(Self.list(HelpTier.self))") }
            guard let tier = HelpTier(rawValue: t) else { throw Rejection("helpTier", "`helpTier` '\(t.prefix(40))' is not one of \(Self.list(HelpTier.self))") }
            e.helpTier = tier
            e.struggleLevel = try int(o, "struggleLevel", min: 0, max: 3, required: false)
        case .solve:
            e.attempts = try int(o, "attempts", min: 1, max: Self.maxAttempts, required: true)
            e.timeSpent = try number(o, "timeSpent", max: Self.maxTimeSpentSec, required: true)
        case .placement:
            break
        }
        return e
    }

    func name(_ o: [String: JSONValue], _ key: String, max: Int, idChars: Bool = false) throws -> String {
        guard let v = o[key] else { throw Rejection(key, "`\(key)` is required (a non-empty string)") }
        guard let s = v.string else { throw Rejection(key, "`\(key)` must be a string") }
        guard !s.isEmpty else { throw Rejection(key, "`\(key)` must not be empty") }
        guard s.utf8.count <= max else { throw Rejection(key, "`\(key)` is longer than \(max) bytes") }
        guard !s.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) else {
            throw Rejection(key, "`\(key)` contains control characters")
        }
        if idChars, !s.unicodeScalars.allSatisfy({ $0.isASCII && (CharacterSet.alphanumerics.contains($0) || "-_.:".unicodeScalars.contains($0)) }) {
            throw Rejection(key, "`\(key)` may contain only ASCII letters, digits and - _ . :")
        }
        return s
    }

    func timestamp(_ v: JSONValue?, now: Date) throws -> Int64 {
        guard let v else { throw Rejection("timestamp", "`timestamp` is required (milliseconds since the Unix epoch)") }
        let ms: Int64
        switch v {
        case let .int(i): ms = i
        case let .double(d) where d.isFinite && d == d.rounded() && abs(d) < 9e15: ms = Int64(d)
        default: throw Rejection("timestamp", "`timestamp` must be an integer: milliseconds since the Unix epoch")
        }
        if ms < Self.earliestTimestamp {
            let hint = ms >= 946_684_800 && ms < 10_000_000_000 ? " (this looks like seconds; send milliseconds)" : ""
            throw Rejection("timestamp", "`timestamp` \(ms) is before 2000-01-01\(hint)")
        }
        let limit = Int64(now.timeIntervalSince1970 * 1000) + Self.maxFutureSkewMs
        if ms > limit { throw Rejection("timestamp", "`timestamp` \(ms) is more than a day in the future") }
        return ms
    }

    func bool(_ o: [String: JSONValue], _ key: String, required: Bool) throws -> Bool? {
        guard let v = o[key], v != .null else {
            if required { throw Rejection(key, "`\(key)` is required (true or false)") }
            return nil
        }
        guard let b = v.bool else { throw Rejection(key, "`\(key)` must be true or false") }
        return b
    }

    func int(_ o: [String: JSONValue], _ key: String, min: Int, max: Int, required: Bool) throws -> Int? {
        guard let v = o[key], v != .null else {
            if required { throw Rejection(key, "`\(key)` is required (an integer from \(min) to \(max))") }
            return nil
        }
        let i: Int64
        switch v {
        case let .int(x): i = x
        case let .double(d) where d.isFinite && d == d.rounded() && abs(d) < 1e15: i = Int64(d)
        default: throw Rejection(key, "`\(key)` must be an integer")
        }
        guard i >= min, i <= max else { throw Rejection(key, "`\(key)` \(i) is not from \(min) to \(max)") }
        return Int(i)
    }

    func number(_ o: [String: JSONValue], _ key: String, max: Double, required: Bool = false) throws -> Double? {
        guard let v = o[key], v != .null else {
            if required { throw Rejection(key, "`\(key)` is required (a number from 0 to \(Int(max)))") }
            return nil
        }
        guard v.bool == nil, let d = v.number, d.isFinite else { throw Rejection(key, "`\(key)` must be a number") }
        guard d >= 0, d <= max else { throw Rejection(key, "`\(key)` \(d) is not from 0 to \(Int(max))") }
        return d
    }

    func errorType(_ o: [String: JSONValue], required: Bool) throws -> ErrorType? {
        guard let v = o["errorType"], v != .null else {
            if required { throw Rejection("errorType", "`errorType` is required for a failed run: one of \(Self.list(ErrorType.self))") }
            return nil
        }
        guard let s = v.string, let t = ErrorType(rawValue: s) else {
            throw Rejection("errorType", "`errorType` must be one of \(Self.list(ErrorType.self))")
        }
        return t
    }

    static func list<T: CaseIterable & RawRepresentable>(_: T.Type) -> String where T.RawValue == String {
        T.allCases.map(\.rawValue).joined(separator: ", ")
    }
}
