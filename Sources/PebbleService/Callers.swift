public import Foundation

/// Who may connect, and on what terms (docs/protocol.md, "Who may connect"): the peer's uid and
/// gid (from SO_PEERCRED) are matched against the configured rules, first match wins.
public struct CallerPolicy: Sendable {
    public struct Rule: Sendable, Codable, Equatable {
        /// Match by any of these (a rule with none matches everyone).
        public var uid: UInt32?
        public var user: String?
        public var gid: UInt32?
        public var group: String?
        public var name: String?
        public var priority: Scheduler.Priority
        public var maxRunning: Int
        public var maxQueued: Int
        public var requestsPerMinute: Int
        /// May `subscribe` to everyone's job events, and cancel or fetch anyone's jobs.
        public var admin: Bool

        public init(uid: UInt32? = nil, user: String? = nil, gid: UInt32? = nil, group: String? = nil, name: String? = nil,
                    priority: Scheduler.Priority = .interactive, maxRunning: Int = 4, maxQueued: Int = 1000,
                    requestsPerMinute: Int = 60_000, admin: Bool = false) {
            self.uid = uid
            self.user = user
            self.gid = gid
            self.group = group
            self.name = name
            self.priority = priority
            self.maxRunning = maxRunning
            self.maxQueued = maxQueued
            self.requestsPerMinute = requestsPerMinute
            self.admin = admin
        }
    }

    public var rules: [Rule]

    public init(rules: [Rule]) { self.rules = rules }

    /// Root, the `pebble` group (the daemon's own; the services' users are in it) — and nobody else.
    public static let defaults = CallerPolicy(rules: [
        Rule(uid: 0, name: "root", maxRunning: 64, maxQueued: 100_000, admin: true),
        Rule(group: "pebble", name: "pebble", maxRunning: 16, maxQueued: 10_000, admin: true),
    ])

    public func caller(uid: UInt32, gid: UInt32, pid: Int32) -> Caller? {
        let groups = Self.groups(uid: uid, gid: gid)
        let user = Self.userName(uid)
        for rule in rules {
            let matches = (rule.uid.map { $0 == uid } ?? true) && (rule.user.map { $0 == user } ?? true)
                && (rule.gid.map { groups.contains($0) } ?? true)
                && (rule.group.map { name in Self.groupID(name).map { groups.contains($0) } ?? false } ?? true)
            if matches {
                return Caller(uid: uid, gid: gid, pid: pid, name: rule.name ?? user ?? "uid \(uid)", rule: rule)
            }
        }
        return nil
    }

    static func userName(_ uid: UInt32) -> String? {
        guard let pw = getpwuid(uid) else { return nil }
        return String(cString: pw.pointee.pw_name)
    }

    static func groupID(_ name: String) -> UInt32? {
        guard let gr = getgrnam(name) else { return nil }
        return gr.pointee.gr_gid
    }

    /// The peer's primary group and its supplementary groups (from the group database).
    static func groups(uid: UInt32, gid: UInt32) -> Set<UInt32> {
        var out: Set<UInt32> = [gid]
        guard let pw = getpwuid(uid) else { return out }
        var count: Int32 = 64
        var list = [gid_t](repeating: 0, count: Int(count))
        if getgrouplist(pw.pointee.pw_name, gid, &list, &count) >= 0 { out.formUnion(list.prefix(Int(count))) }
        return out
    }
}

/// A connected peer, as the policy admitted it.
public struct Caller: Sendable {
    public var uid: UInt32
    public var gid: UInt32
    public var pid: Int32
    public var name: String
    public var rule: CallerPolicy.Rule

    public init(uid: UInt32, gid: UInt32, pid: Int32, name: String, rule: CallerPolicy.Rule) {
        self.uid = uid
        self.gid = gid
        self.pid = pid
        self.name = name
        self.rule = rule
    }

    public var quota: Scheduler.Quota { Scheduler.Quota(maxRunning: rule.maxRunning, maxQueued: rule.maxQueued) }
}

/// Requests per minute, per caller (a token bucket refilled continuously).
actor RateLimiter {
    private var buckets: [UInt32: (tokens: Double, at: Double)] = [:]

    func allow(_ caller: Caller) -> Int? {
        let rate = Double(max(1, caller.rule.requestsPerMinute)) / 60
        let now = Date().timeIntervalSince1970
        var b = buckets[caller.uid] ?? (Double(caller.rule.requestsPerMinute), now)
        b.tokens = min(Double(caller.rule.requestsPerMinute), b.tokens + (now - b.at) * rate)
        b.at = now
        defer { buckets[caller.uid] = b }
        if b.tokens >= 1 {
            b.tokens -= 1
            return nil
        }
        return Int((1 - b.tokens) / rate * 1000) + 1
    }
}
