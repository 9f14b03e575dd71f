public import Foundation

/// Computes a learner's insights from their events (docs/insights.md has every formula and why).
/// Pure: the events, the clock (`asOf`) and the time zone in, the numbers out.
public struct InsightsEngine: Sendable {
    public let bank: ProblemBank

    /// Which topics exercise a class of error (the bank's topic names).
    public static let topicsForError: [ErrorType: Set<String>] = [
        .syntax: ["strings", "simulation"],
        .compile: ["strings", "arrays"],
        .runtime: ["arrays", "linked-lists", "trees", "stacks"],
        .logic: ["math", "greedy", "intervals", "two-pointers"],
        .timeout: ["hashing", "binary-search", "sliding-window", "heaps", "dp"],
        .memory: ["dp", "graphs", "bfs-dfs"],
    ]

    public init(bank: ProblemBank) { self.bank = bank }

    /// `events`: all of the learner's events up to `asOf`, oldest first (the streak needs the
    /// whole history; everything else reads the window).
    public func insights(learner: String, events: [LearningEvent], window: InsightWindow, asOf: Int64,
                         timeZone: TimeZone, from explicitFrom: Int64? = nil, risk: StreakRiskModel? = nil,
                         modelTrainedAt: Int64 = 0) -> Insights {
        let from = explicitFrom ?? window.milliseconds.map { asOf - $0 }
        let inWindow = events.filter { e in e.timestamp <= asOf && from.map { e.timestamp > $0 } ?? true }
        let days = LocalDays(timeZone)
        let today = days.day(asOf)
        let active = Set(events.filter { $0.isPractice && $0.timestamp <= asOf }.map { days.day($0.timestamp) })

        var counts = Insights.Counts()
        counts.events = inWindow.count
        for e in inWindow {
            switch e.type {
            case .run: counts.runs += 1
            case .submit: counts.submits += 1
            case .solve: counts.solves += 1
            case .assist: counts.assists += 1
            case .placement: counts.placements += 1
            }
        }

        let recovery = Recovery.compute(inWindow, asOf: asOf)
        let solved = Self.solves(inWindow)
        let autonomous = solved.filter { s in
            !inWindow.contains { $0.type == .assist && $0.problem == s.problem && $0.timestamp <= s.at && ($0.helpTier ?? .hint) != .hint }
        }.count
        let autonomyRate = solved.isEmpty ? nil : 100 * Double(autonomous) / Double(solved.count)
        let weighted = inWindow.filter { $0.type == .assist }.reduce(0.0) { $0 + ($1.helpTier ?? .hint).weight }
        let guidance = weighted / Double(max(1, solved.count))

        var issueCounts: [ErrorType: Int] = [:]
        for e in inWindow where e.isFailure {
            if let t = e.errorType { issueCounts[t, default: 0] += 1 }
        }
        let failures = issueCounts.values.reduce(0, +)
        let issues = issueCounts.map { IssueShare(errorType: $0.key, count: $0.value, percentage: 100 * Double($0.value) / Double(failures)) }
            .sorted { ($1.count, $0.errorType.rawValue) < ($0.count, $1.errorType.rawValue) }

        let sessions = DebuggingMeasures.sessions(inWindow)
        let eq = DebuggingMeasures.errorQuotient(sessions)
        let red = DebuggingMeasures.repeatedErrorDensity(sessions)

        // Radar.
        let times = solved.map { Double($0.seconds) }.sorted()
        let speed = times.isEmpty ? 0 : 100 * pow(2, -Self.median(times) / 600)
        var firstSubmit: [String: Bool] = [:]
        for e in inWindow where e.type == .submit && firstSubmit[e.problem] == nil { firstSubmit[e.problem] = e.accepted == true }
        let accuracy = firstSubmit.isEmpty ? 0 : 100 * Double(firstSubmit.values.filter { $0 }.count) / Double(firstSubmit.count)
        let activeLast14 = (0..<14).filter { active.contains(today - $0) }.count
        let consistency = 100 * Double(activeLast14) / 14
        let debugging = eq.map { 100 * (1 - $0) } ?? recovery.effectiveness ?? 0
        let points = solved.reduce(0) { $0 + (bank[$1.problem]?.weight ?? 1) }
        let complexity = 100 * (1 - pow(2, -Double(points) / 10))
        let radar = Radar(speed: Self.score(speed), accuracy: Self.score(accuracy), consistency: Self.score(consistency),
                          autonomy: Self.score(autonomyRate ?? 0), debugging: Self.score(debugging), complexity: Self.score(complexity))

        let streak = Streak.compute(activeDays: active, today: today)
        var streakRisk: StreakRisk?
        if let risk, streak.current > 0 {
            let lastDay = streak.todayComplete ? today : today - 1
            let features = StreakFeatures.compute(activeDays: active, practiceTimes: events.filter(\.isPractice).map(\.timestamp),
                                                  day: lastDay, days: days)
            streakRisk = StreakRisk(probability: risk.probability(features), day: days.label(lastDay + 1), modelTrainedAt: modelTrainedAt)
        }

        let solvedEver = Set(events.filter { $0.type == .solve || ($0.type == .submit && $0.accepted == true) }.map(\.problem))
        let next = nextActions(radar: radar, issues: issues, solvedEver: solvedEver)

        return Insights(learner: learner, window: window, asOf: asOf, timeZone: timeZone.identifier, counts: counts, recovery: recovery,
                        autonomyRate: autonomyRate, guidanceReliance: guidance, solvedProblems: solved.count, issueProfile: issues,
                        radar: radar, streak: streak, errorQuotient: eq, repeatedErrorDensity: red, nextActions: next,
                        streakRisk: streakRisk)
    }

    /// A problem solved in the window: its first accepted submit or solve event there, and how
    /// long it took — the solve event's `timeSpent` when there is one, else from the first
    /// attempt on the problem in the window.
    public struct Solve: Sendable, Equatable {
        public var problem: String
        public var at: Int64
        public var seconds: Int64
    }

    public static func solves(_ events: [LearningEvent]) -> [Solve] {
        var firstAttempt: [String: Int64] = [:]
        var solvedAt: [String: Int64] = [:]
        var spent: [String: Double] = [:]
        for e in events {
            if e.type == .run || e.type == .submit, firstAttempt[e.problem] == nil { firstAttempt[e.problem] = e.timestamp }
            if e.type == .solve || (e.type == .submit && e.accepted == true), solvedAt[e.problem] == nil { solvedAt[e.problem] = e.timestamp }
            if e.type == .solve, spent[e.problem] == nil, let t = e.timeSpent { spent[e.problem] = t }
        }
        return solvedAt.map { problem, at in
            let seconds = spent[problem].map { Int64($0.rounded()) } ?? max(0, (at - (firstAttempt[problem] ?? at)) / 1000)
            return Solve(problem: problem, at: at, seconds: seconds)
        }.sorted { ($0.at, $0.problem) < ($1.at, $1.problem) }
    }

    /// Up to three unsolved problems of the bank: the topics that exercise the most frequent error
    /// class first, at the difficulty the weakest axis calls for.
    func nextActions(radar: Radar, issues: [IssueShare], solvedEver: Set<String>) -> [NextAction] {
        let (axis, value) = radar.weakest
        let topIssue = issues.first
        let topics = topIssue.map { Self.topicsForError[$0.errorType] ?? [] } ?? []
        let solvedLevels = solvedEver.compactMap { bank[$0]?.weight }
        let usual = solvedLevels.isEmpty ? 1 : solvedLevels.sorted()[solvedLevels.count / 2]
        let target: Int
        switch axis {
        case "complexity": target = min(3, (solvedLevels.max() ?? 0) + 1)
        case "speed", "consistency": target = 1
        default: target = usual
        }
        let level = ProblemBank.levels[target - 1]
        let candidates = bank.problems.filter { !solvedEver.contains($0.id) }
        let ranked = candidates.map { p -> (ProblemBank.Problem, Int) in
            let topicHit = !topics.isDisjoint(with: p.topics) ? 2 : 0
            return (p, topicHit + (p.difficulty == level ? 1 : 0))
        }.sorted { ($1.1, $0.0.id) < ($0.1, $1.0.id) }
        return ranked.prefix(3).map { p, _ in
            var reason = "practises \(axis), your weakest area (\(value)/100), at \(level) level"
            if let topIssue, !topics.isDisjoint(with: p.topics) {
                let shared = p.topics.filter(topics.contains).joined(separator: ", ")
                reason += "; its \(shared) work targets \(topIssue.errorType.rawValue) errors (\(Int(topIssue.percentage.rounded()))% of your failures)"
            }
            return NextAction(problem: p, reason: reason)
        }
    }

    static func score(_ x: Double) -> Int { Int(min(100, max(0, x)).rounded()) }

    static func median(_ sorted: [Double]) -> Double {
        let n = sorted.count
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2
    }
}
