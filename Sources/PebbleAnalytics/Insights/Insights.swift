import Foundation
public import PebbleJSON

/// `?window=`: a rolling window ending at `asOf`.
public enum InsightWindow: String, Sendable, CaseIterable {
    case week = "7d"
    case month = "30d"
    case all

    public var milliseconds: Int64? {
        switch self {
        case .week: 7 * 86_400_000
        case .month: 30 * 86_400_000
        case .all: nil
        }
    }
}

/// The six axes of the radar, each 0–100 (docs/insights.md, "Radar").
public struct Radar: Sendable, Equatable {
    public var speed: Int
    public var accuracy: Int
    public var consistency: Int
    public var autonomy: Int
    public var debugging: Int
    public var complexity: Int

    /// In the order ties are broken when choosing the weakest axis.
    public var axes: [(String, Int)] {
        [("debugging", debugging), ("accuracy", accuracy), ("autonomy", autonomy), ("consistency", consistency),
         ("speed", speed), ("complexity", complexity)]
    }

    public var weakest: (String, Int) { axes.min { $0.1 < $1.1 }! }
    public var strongest: (String, Int) { axes.reversed().max { $0.1 < $1.1 }! }
}

public struct IssueShare: Sendable, Equatable {
    public var errorType: ErrorType
    public var count: Int
    public var percentage: Double
}

public struct NextAction: Sendable, Equatable {
    public var problem: ProblemBank.Problem
    public var reason: String
}

public struct StreakRisk: Sendable, Equatable {
    /// P(no practice on `day`).
    public var probability: Double
    /// The local day at risk, `YYYY-MM-DD`.
    public var day: String
    public var modelTrainedAt: Int64
}

/// Everything `GET /v1/learners/{id}/insights` answers.
public struct Insights: Sendable, Equatable {
    public struct Counts: Sendable, Equatable {
        public var events = 0, runs = 0, submits = 0, solves = 0, assists = 0, placements = 0
    }

    public var learner: String
    public var window: InsightWindow
    public var asOf: Int64
    public var timeZone: String
    public var counts: Counts
    public var recovery: Recovery
    public var autonomyRate: Double?
    public var guidanceReliance: Double
    public var solvedProblems: Int
    public var issueProfile: [IssueShare]
    public var radar: Radar
    public var streak: Streak
    public var errorQuotient: Double?
    public var repeatedErrorDensity: Double?
    public var nextActions: [NextAction]
    public var streakRisk: StreakRisk?

    public var json: JSONValue {
        var o: [String: JSONValue] = [:]
        o["learner"] = .string(learner)
        o["window"] = .string(window.rawValue)
        o["asOf"] = .int(asOf)
        o["timeZone"] = .string(timeZone)
        var c: [String: JSONValue] = [:]
        c["events"] = Self.int(counts.events)
        c["runs"] = Self.int(counts.runs)
        c["submits"] = Self.int(counts.submits)
        c["solves"] = Self.int(counts.solves)
        c["assists"] = Self.int(counts.assists)
        c["placements"] = Self.int(counts.placements)
        o["counts"] = .object(c)
        o["recoveryEffectiveness"] = Self.rounded(recovery.effectiveness, 10)
        o["avgRecoveryTimeSec"] = Self.rounded(recovery.meanSeconds, 10)
        o["recoveryEpisodes"] = .object(["total": Self.int(recovery.episodes), "recovered": Self.int(recovery.recovered)])
        o["autonomyRate"] = Self.rounded(autonomyRate, 10)
        o["guidanceReliance"] = Self.rounded(guidanceReliance, 1000)
        o["solvedProblems"] = Self.int(solvedProblems)
        var issues: [JSONValue] = []
        for i in issueProfile {
            var item: [String: JSONValue] = [:]
            item["errorType"] = .string(i.errorType.rawValue)
            item["count"] = Self.int(i.count)
            item["percentage"] = Self.rounded(i.percentage, 10)
            issues.append(.object(item))
        }
        o["issueProfile"] = .array(issues)
        var axes: [String: JSONValue] = [:]
        for (name, value) in radar.axes { axes[name] = Self.int(value) }
        o["radar"] = .object(axes)
        var st: [String: JSONValue] = [:]
        st["current"] = Self.int(streak.current)
        st["best"] = Self.int(streak.best)
        st["todayComplete"] = .bool(streak.todayComplete)
        o["streak"] = .object(st)
        o["errorQuotient"] = Self.rounded(errorQuotient, 10000)
        o["repeatedErrorDensity"] = Self.rounded(repeatedErrorDensity, 10000)
        var next: [JSONValue] = []
        for n in nextActions {
            var item: [String: JSONValue] = [:]
            item["problem"] = .string(n.problem.id)
            item["title"] = .string(n.problem.title)
            item["difficulty"] = .string(n.problem.difficulty)
            item["topics"] = .array(n.problem.topics.map { JSONValue.string($0) })
            item["reason"] = .string(n.reason)
            next.append(.object(item))
        }
        o["nextActions"] = .array(next)
        if let r = streakRisk {
            var risk: [String: JSONValue] = [:]
            risk["probability"] = Self.rounded(r.probability, 10000)
            risk["day"] = .string(r.day)
            risk["modelTrainedAt"] = .int(r.modelTrainedAt)
            o["streakRisk"] = .object(risk)
        } else {
            o["streakRisk"] = .null
        }
        return .object(o)
    }

    static func int(_ n: Int) -> JSONValue { .int(Int64(n)) }

    /// A number rounded to 1/`places`, or null.
    static func rounded(_ d: Double?, _ places: Double) -> JSONValue {
        guard let d else { return .null }
        return .double((d * places).rounded() / places)
    }
}
