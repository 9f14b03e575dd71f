import Foundation

/// A deterministic, generated history of many learners over some weeks (tests, `train` demos,
/// `bench`). It has the structure the insights and the streak-risk model look for: habits
/// (practice today makes practice tomorrow likelier), learners whose activity decays, a preferred
/// hour for regular learners, weekend dips, per-learner skill and typical errors.
public struct SyntheticHistory: Sendable {
    public struct Options: Sendable {
        public var learners = 200
        public var weeks = 8
        /// The history ends just before this instant (ms).
        public var end: Int64
        public var seed: UInt64 = 42
        public var problems: [String] = ["two-sum", "rain-trap", "merge-ranges", "balanced-brackets", "coin-ways", "tree-height",
                                         "window-sum", "reverse-words", "knight-hops", "prime-count", "edit-steps", "run-length"]
        public var prefix = "gen"

        public init(end: Int64) { self.end = end }
    }

    public var events: [LearningEvent]
    /// Learner → IANA zone.
    public var timeZones: [String: String]

    static let zones = ["UTC", "Asia/Kolkata", "America/New_York", "Europe/Berlin", "Asia/Tokyo", "America/Sao_Paulo"]
    static let languages = ["python3", "cpp", "java", "javascript"]

    public static func generate(_ o: Options) -> SyntheticHistory {
        var rng = SplitMix64(seed: o.seed)
        var events: [LearningEvent] = []
        var zones: [String: String] = [:]
        let totalDays = o.weeks * 7
        for i in 0..<o.learners {
            let learner = "\(o.prefix)-\(String(format: "%03d", i))"
            let zone = zones[learner] ?? zones0(i)
            zones[learner] = zone
            let days = LocalDays(TimeZone(identifier: zone)!)
            let lastDay = days.day(o.end - 1)
            let firstDay = lastDay - totalDays + 1
            let language = languages[i % languages.count]
            let base = 0.3 + 0.6 * rng.unit()
            let decays = rng.unit() < 0.4
            let decayStart = Int(rng.unit() * Double(totalDays) * 0.6)
            let halfLife = 4 + rng.unit() * 14
            let regular = rng.unit() < base
            let hour = 6 + rng.unit() * 16
            let weekendDip = rng.unit() < 0.5 ? 0.6 : 1.0
            let skill = 0.3 + 0.6 * rng.unit()
            let weakness = ErrorType.allCases[Int(rng.unit() * 6) % 6]
            var streak = 0
            var seq = 0
            for offset in 0..<totalDays {
                let day = firstDay + offset
                var p = base
                if decays, offset > decayStart { p *= pow(0.5, Double(offset - decayStart) / halfLife) }
                p += streak > 0 ? 0.25 * min(Double(streak), 7) / 7 : -0.15
                if LocalDays.weekday(day) >= 5 { p *= weekendDip }
                guard rng.unit() < min(0.97, max(0.01, p)) else {
                    streak = 0
                    continue
                }
                streak += 1
                let sessions = rng.unit() < 0.3 ? 2 : 1
                var t = days.start(ofDay: day) + Int64(((regular ? hour + rng.normal() * 0.7 : 1 + rng.unit() * 21) * 3600 * 1000))
                for _ in 0..<sessions {
                    let problem = o.problems[Int(rng.unit() * Double(o.problems.count)) % o.problems.count]
                    let start = t
                    var attempts = 0
                    func next(_ type: EventType) -> LearningEvent {
                        seq += 1
                        return LearningEvent(id: "\(learner)-\(seq)", type: type, learner: learner, problem: problem, language: language, timestamp: t)
                    }
                    let failures = Int(-log(max(1e-9, rng.unit())) * (1.5 - skill) * 2)
                    for f in 0..<failures {
                        var e = next(.run)
                        e.passed = false
                        e.errorType = rng.unit() < 0.6 ? weakness : ErrorType.allCases[Int(rng.unit() * 6) % 6]
                        e.executionTimeMs = Double(Int(rng.unit() * 900) + 10)
                        events.append(e)
                        attempts += 1
                        t += Int64((30 + rng.unit() * 200) * 1000)
                        if f >= 1, rng.unit() < 0.25 {
                            var a = next(.assist)
                            a.helpTier = HelpTier.allCases[min(2, Int(rng.unit() * 3))]
                            a.struggleLevel = min(3, f)
                            events.append(a)
                            t += 20_000
                        }
                    }
                    if rng.unit() < 0.12 { t += 3_600_000; continue }
                    var ok = next(.run)
                    ok.passed = true
                    ok.executionTimeMs = Double(Int(rng.unit() * 400) + 5)
                    events.append(ok)
                    attempts += 1
                    t += 40_000
                    var submit = next(.submit)
                    let accepted = rng.unit() < skill + 0.2
                    submit.accepted = accepted
                    submit.testsTotal = 20
                    submit.testsPassed = accepted ? 20 : Int(rng.unit() * 19)
                    if !accepted { submit.errorType = .logic }
                    events.append(submit)
                    if !accepted {
                        t += 120_000
                        var again = next(.submit)
                        again.accepted = true
                        again.testsTotal = 20
                        again.testsPassed = 20
                        events.append(again)
                    }
                    t += 5_000
                    var solve = next(.solve)
                    solve.attempts = attempts
                    solve.timeSpent = Double((t - start) / 1000)
                    events.append(solve)
                    t += Int64((600 + rng.unit() * 3600) * 1000)
                }
            }
        }
        events = events.filter { $0.timestamp < o.end }
        return SyntheticHistory(events: events, timeZones: zones)
    }

    static func zones0(_ i: Int) -> String { zones[i % zones.count] }
}

/// A small deterministic generator (SplitMix64), so a generated history is the same everywhere.
public struct SplitMix64: Sendable {
    var state: UInt64
    public init(seed: UInt64) { state = seed }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// Uniform in [0, 1).
    public mutating func unit() -> Double { Double(next() >> 11) / Double(1 << 53) }

    /// Standard normal (Box–Muller).
    public mutating func normal() -> Double {
        let u = max(1e-12, unit()), v = unit()
        return sqrt(-2 * log(u)) * cos(2 * .pi * v)
    }
}
