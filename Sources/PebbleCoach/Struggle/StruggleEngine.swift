public import Foundation

/// How stuck a learner is on one problem, from their run history (docs/coach.md, "Struggle").
public struct StruggleState: Sendable, Equatable, Codable {
    public var learner: String
    public var problem: String
    /// 0 (fine) … 3 (stuck: offer help, ask a clarifying question).
    public var level: Int
    /// Whether the platform should offer help now without being asked.
    public var nudge: Bool
    public var consecutiveFailures: Int
    /// How many of the latest runs ended with the same error (class and line) in a row.
    public var repeatedError: Int
    public var lastErrorClass: String?
    public var secondsSinceProgress: Int
    /// Help the learner asked for since their last progress.
    public var helpUsed: Int
    public var runs: Int
    public var reasons: [String]
}

public struct StruggleEngine: Sendable {
    public init() {}

    /// Severity order of verdicts: moving right is progress.
    static func rank(_ verdict: String) -> Int {
        switch verdict {
        case "CE": 0
        case "RE", "SV": 1
        case "TLE", "MLE", "OLE": 2
        case "WA": 3
        case "AC", "OK": 5
        default: 1
        }
    }

    public func state(learner: String, problem: String, runs: [CoachStore.Run], assists: [CoachStore.Assist], now: Date) -> StruggleState {
        var failures = 0
        for r in runs.reversed() { if r.verdict == "AC" { break }; failures += 1 }
        var repeated = 0
        if let last = runs.last, last.verdict != "AC" {
            for r in runs.reversed() { if r.signature == last.signature { repeated += 1 } else { break } }
        }
        // Progress: an accepted run, more tests passed than ever before, or a better verdict.
        var progressAt = runs.first?.at ?? now
        var bestPassed = -1, bestRank = -1
        for r in runs {
            let passed = r.passed ?? -1, rank = Self.rank(r.verdict)
            if r.verdict == "AC" || passed > bestPassed || rank > bestRank { progressAt = r.at }
            bestPassed = max(bestPassed, passed)
            bestRank = max(bestRank, rank)
        }
        let since = max(0, Int(now.timeIntervalSince(progressAt)))
        let help = assists.filter { $0.at >= progressAt }.count
        var level = failures >= 7 ? 3 : failures >= 4 ? 2 : failures >= 2 ? 1 : 0
        var reasons: [String] = []
        if failures >= 2 { reasons.append("\(failures) failed runs in a row") }
        if repeated >= 3 { level = max(level, repeated >= 5 ? 3 : 2); reasons.append("the same error \(repeated) times") }
        if failures >= 2, since >= 20 * 60 { level += 1; reasons.append("no progress for \(since / 60) minutes") }
        if failures >= 3, help >= 3 { level += 1; reasons.append("\(help) hints without progress") }
        level = min(level, 3)
        if runs.last?.verdict == "AC" { level = 0; reasons = [] }
        let lastHelp = assists.last?.at
        let nudge = level >= 2 && (lastHelp.map { now.timeIntervalSince($0) > 300 } ?? true)
        return StruggleState(learner: learner, problem: problem, level: level, nudge: nudge, consecutiveFailures: failures,
                             repeatedError: repeated, lastErrorClass: runs.last.map { String($0.signature.split(separator: "@").first ?? "") },
                             secondsSinceProgress: since, helpUsed: help, runs: runs.count, reasons: reasons)
    }
}
