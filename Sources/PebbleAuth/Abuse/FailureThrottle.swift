public import Foundation

/// Increasing delays after repeated failures of one key (a login name, an address): the first
/// `freeFailures − 1` failures cost nothing, the `freeFailures`-th locks the key for `baseDelay`,
/// each further one doubles it, up to `maxDelay` (1 s, 2 s, 4 s … 15 min). Never a permanent
/// lockout (which would let anyone lock a learner out). A key is forgotten after `forgetAfter`
/// without failures, or at once after a success; the table is bounded (`maxKeys`), oldest dropped.
public actor FailureThrottle {
    struct Entry { var failures: Int; var lockedUntil: Date; var last: Date }

    public let freeFailures: Int
    public let baseDelay: Double
    public let maxDelay: Double
    public let forgetAfter: Double
    public let maxKeys: Int
    private var entries: [String: Entry] = [:]

    public init(freeFailures: Int = 5, baseDelay: Double = 1, maxDelay: Double = 900, forgetAfter: Double = 3600, maxKeys: Int = 100_000) {
        self.freeFailures = max(1, freeFailures)
        self.baseDelay = max(0.001, baseDelay)
        self.maxDelay = max(baseDelay, maxDelay)
        self.forgetAfter = forgetAfter
        self.maxKeys = maxKeys
    }

    /// Seconds to wait (rounded up, ≥ 1) when `key` is locked now, else nil.
    public func retryAfter(_ key: String, now: Date = Date()) -> Int? {
        guard let e = entries[key], e.lockedUntil > now else { return nil }
        return max(1, Int(e.lockedUntil.timeIntervalSince(now).rounded(.up)))
    }

    public func recordFailure(_ key: String, now: Date = Date()) {
        var e = entries[key] ?? Entry(failures: 0, lockedUntil: .distantPast, last: now)
        if now.timeIntervalSince(e.last) > forgetAfter { e = Entry(failures: 0, lockedUntil: .distantPast, last: now) }
        e.failures += 1
        e.last = now
        if e.failures >= freeFailures {
            let exponent = Double(min(e.failures - freeFailures, 40))
            e.lockedUntil = now.addingTimeInterval(min(maxDelay, baseDelay * pow(2, exponent)))
        }
        entries[key] = e
        if entries.count > maxKeys { evict(now) }
    }

    public func recordSuccess(_ key: String) {
        entries[key] = nil
    }

    public func failures(_ key: String) -> Int { entries[key]?.failures ?? 0 }

    private func evict(_ now: Date) {
        entries = entries.filter { now.timeIntervalSince($0.value.last) <= forgetAfter || $0.value.lockedUntil > now }
        if entries.count > maxKeys {
            let keep = entries.sorted { $0.value.last > $1.value.last }.prefix(maxKeys * 3 / 4)
            entries = Dictionary(uniqueKeysWithValues: keep.map { ($0.key, $0.value) })
        }
    }
}

/// At most one action per key per `interval` (a resend of the code, a reset mail), keyed on what
/// the request names, never on whether an account exists — so a refusal tells nothing.
public actor Cooldown {
    public let interval: Double
    private var last: [String: Date] = [:]

    public init(seconds: Double) { interval = seconds }

    /// Nil (and the key starts its cooldown) when allowed, else the seconds left.
    public func take(_ key: String, now: Date = Date()) -> Int? {
        if let t = last[key], now.timeIntervalSince(t) < interval {
            return max(1, Int((interval - now.timeIntervalSince(t)).rounded(.up)))
        }
        last[key] = now
        if last.count > 100_000 { last = last.filter { now.timeIntervalSince($0.value) < interval } }
        return nil
    }
}
