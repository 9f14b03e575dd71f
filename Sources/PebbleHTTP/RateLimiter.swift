public import Foundation

/// Token buckets per key (a learner, an address): `capacity` requests at once, refilled at
/// `perMinute`. `take` answers nil when allowed, else how long to wait. Idle buckets are dropped
/// so a stream of new keys cannot grow memory without bound.
public actor RateLimiter {
    struct Bucket { var tokens: Double; var at: Date }
    let capacity: Double
    let perSecond: Double
    var buckets: [String: Bucket] = [:]
    var takes = 0

    /// A `{burst, perMinute}` block of a service's config; what is missing takes the defaults.
    public struct Settings: Decodable, Sendable {
        public var perMinute: Int?
        public var burst: Int?
    }

    /// A limiter from a config block (or none), with the service's defaults.
    public init(_ settings: Settings?, burst: Int, perMinute: Int) {
        self.init(capacity: settings?.burst ?? burst, perMinute: settings?.perMinute ?? perMinute)
    }

    public init(capacity: Int, perMinute: Int) {
        self.capacity = Double(max(1, capacity))
        perSecond = Double(max(1, perMinute)) / 60
    }

    public func take(_ key: String, now: Date = Date()) -> Duration? {
        takes += 1
        if takes % 1024 == 0 { sweep(now) }
        var b = buckets[key] ?? Bucket(tokens: capacity, at: now)
        b.tokens = min(capacity, b.tokens + now.timeIntervalSince(b.at) * perSecond)
        b.at = now
        if b.tokens >= 1 {
            b.tokens -= 1
            buckets[key] = b
            return nil
        }
        buckets[key] = b
        return .milliseconds(Int(((1 - b.tokens) / perSecond * 1000).rounded(.up)))
    }

    func sweep(_ now: Date) {
        let full = capacity / perSecond
        buckets = buckets.filter { now.timeIntervalSince($0.value.at) < full }
    }
}
