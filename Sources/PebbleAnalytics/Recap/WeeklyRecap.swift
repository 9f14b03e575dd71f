public import Foundation
public import PebbleJSON

/// A learner's week: the numbers, the strongest area, what to practise next, and a short
/// narrative (written to be read aloud).
public struct WeeklyRecap: Sendable {
    public var learner: String
    public var week: ISOWeek
    public var from: String
    public var to: String
    public var timeZone: String
    public var activeDays: Int
    public var insights: Insights
    public var previousSolves: Int
    public var narrative: String

    public static func make(learner: String, week: ISOWeek, events: [LearningEvent], timeZone: TimeZone, engine: InsightsEngine,
                            now: Int64) -> WeeklyRecap {
        let (start, end) = week.bounds(in: timeZone)
        let asOf = min(end - 1, max(start, now))
        let insights = engine.insights(learner: learner, events: events.filter { $0.timestamp <= asOf }, window: .all, asOf: asOf,
                                       timeZone: timeZone, from: start - 1)
        let (pStart, pEnd) = week.previous.bounds(in: timeZone)
        let previousSolves = InsightsEngine.solves(events.filter { $0.timestamp >= pStart && $0.timestamp < pEnd }).count
        let days = LocalDays(timeZone)
        let activeDays = Set(events.filter { $0.isPractice && $0.timestamp >= start && $0.timestamp < end }.map { days.day($0.timestamp) }).count
        let narrative = Self.narrative(week: week, insights: insights, activeDays: activeDays, previousSolves: previousSolves)
        return WeeklyRecap(learner: learner, week: week, from: days.label(days.day(start)), to: days.label(days.day(end - 1)),
                           timeZone: timeZone.identifier, activeDays: activeDays, insights: insights, previousSolves: previousSolves,
                           narrative: narrative)
    }

    static func plural(_ n: Int, _ one: String, _ many: String) -> String { "\(n) \(n == 1 ? one : many)" }

    static func narrative(week: ISOWeek, insights i: Insights, activeDays: Int, previousSolves: Int) -> String {
        var s: [String] = []
        let title = "Week \(week.week) of \(week.year)"
        let next = i.nextActions.first.map { " Try \($0.problem.title)." } ?? ""
        guard activeDays > 0 else {
            return "\(title): no practice was recorded. A short problem today starts a new streak.\(next)"
        }
        let solves = i.solvedProblems
        let change = solves - previousSolves
        let trend = change > 0 ? ", \(change) more than the week before" : change < 0 ? ", \(-change) fewer than the week before" : ""
        s.append("\(title): you practised on \(plural(activeDays, "day", "days")), ran your code \(plural(i.counts.runs, "time", "times")) and solved \(plural(solves, "problem", "problems"))\(trend).")
        if let r = i.recovery.effectiveness {
            var line = "You recovered from \(Int(r.rounded())) percent of your failed attempts"
            if let t = i.recovery.meanSeconds { line += ", in \(plural(max(1, Int((t / 60).rounded())), "minute", "minutes")) on average" }
            s.append(line + ".")
        }
        let (strong, strongScore) = i.radar.strongest
        s.append("Your strongest area was \(strong), at \(strongScore) out of 100.")
        if let top = i.issueProfile.first {
            s.append("Your most frequent issue was \(top.errorType.rawValue) errors, \(Int(top.percentage.rounded())) percent of failures.")
        }
        let (weak, _) = i.radar.weakest
        s.append("To practise next: \(weak).\(next)")
        return s.joined(separator: " ")
    }

    public func json(audio: JSONValue? = nil) -> JSONValue {
        let i = insights
        var n: [String: JSONValue] = [:]
        n["activeDays"] = Insights.int(activeDays)
        n["runs"] = Insights.int(i.counts.runs)
        n["submits"] = Insights.int(i.counts.submits)
        n["solves"] = Insights.int(i.solvedProblems)
        n["previousWeekSolves"] = Insights.int(previousSolves)
        n["assists"] = Insights.int(i.counts.assists)
        n["recoveryEffectiveness"] = Insights.rounded(i.recovery.effectiveness, 10)
        n["avgRecoveryTimeSec"] = Insights.rounded(i.recovery.meanSeconds, 10)
        n["autonomyRate"] = Insights.rounded(i.autonomyRate, 10)
        n["errorQuotient"] = Insights.rounded(i.errorQuotient, 10000)
        n["streakAtWeekEnd"] = Insights.int(i.streak.current)
        let (strong, strongScore) = i.radar.strongest
        let (weak, weakScore) = i.radar.weakest
        var next: [String: JSONValue] = [:]
        next["axis"] = .string(weak)
        next["score"] = Insights.int(weakScore)
        next["errorType"] = i.issueProfile.first.map { JSONValue.string($0.errorType.rawValue) } ?? .null
        next["problems"] = .array(i.nextActions.map { JSONValue.string($0.problem.id) })
        var o: [String: JSONValue] = [:]
        o["learner"] = .string(learner)
        o["week"] = .string(week.description)
        o["from"] = .string(from)
        o["to"] = .string(to)
        o["timeZone"] = .string(timeZone)
        o["numbers"] = .object(n)
        o["strongestArea"] = .object(["axis": .string(strong), "score": Insights.int(strongScore)])
        o["practiceNext"] = .object(next)
        o["narrative"] = .string(narrative)
        if let audio { o["audio"] = audio }
        return .object(o)
    }
}
