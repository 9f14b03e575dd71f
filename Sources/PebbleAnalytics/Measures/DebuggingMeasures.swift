/// Two published measures of novice debugging behaviour, over the learner's run sequence
/// (docs/insights.md, "Error Quotient" and "Repeated Error Density").
///
/// The sequence: the learner's runs on one problem in time order, split into sessions where
/// more than 30 minutes pass between two runs (Jadud scored pairs within a session). Each run is
/// a compilation event: `nil` when it passed, else its error class.
public enum DebuggingMeasures {
    public static let sessionGapMs: Int64 = 30 * 60 * 1000

    /// Runs grouped by problem and split into sessions, each an ordered list of outcomes.
    public static func sessions(_ events: [LearningEvent]) -> [[ErrorType?]] {
        var byProblem: [String: [LearningEvent]] = [:]
        for e in events where e.type == .run { byProblem[e.problem, default: []].append(e) }
        var out: [[ErrorType?]] = []
        for key in byProblem.keys.sorted() {
            let runs = byProblem[key]!.sorted { ($0.timestamp, $0.id) < ($1.timestamp, $1.id) }
            var current: [ErrorType?] = []
            var last: Int64?
            for r in runs {
                if let l = last, r.timestamp - l > sessionGapMs, !current.isEmpty {
                    out.append(current)
                    current = []
                }
                current.append(r.passed == true ? nil : (r.errorType ?? .runtime))
                last = r.timestamp
            }
            if !current.isEmpty { out.append(current) }
        }
        return out
    }

    /// Jadud's Error Quotient (ICER 2006): each consecutive pair of events scores 8 when both
    /// ended in error, plus 3 when they share the error type, divided by 11; EQ is the mean over
    /// all pairs, in [0, 1]. nil when there is no pair (fewer than two runs in every session).
    public static func errorQuotient(_ sessions: [[ErrorType?]]) -> Double? {
        var total = 0.0
        var pairs = 0
        for s in sessions where s.count >= 2 {
            for i in 0..<(s.count - 1) {
                pairs += 1
                guard let a = s[i], let b = s[i + 1] else { continue }
                total += (8 + (a == b ? 3 : 0)) / 11
            }
        }
        return pairs == 0 ? nil : total / Double(pairs)
    }

    /// Becker's Repeated Error Density (ITiCSE 2016): every maximal string of r consecutive pairs
    /// that repeat the same error adds r²/(r+1); RED is the sum (not normalised). 0 when no error
    /// repeats; nil when there is no pair at all.
    public static func repeatedErrorDensity(_ sessions: [[ErrorType?]]) -> Double? {
        var red = 0.0
        var pairs = 0
        for s in sessions where s.count >= 2 {
            var r = 0
            for i in 0..<(s.count - 1) {
                pairs += 1
                if let a = s[i], let b = s[i + 1], a == b {
                    r += 1
                } else {
                    red += contribution(r)
                    r = 0
                }
            }
            red += contribution(r)
        }
        return pairs == 0 ? nil : red
    }

    static func contribution(_ r: Int) -> Double {
        r == 0 ? 0 : Double(r * r) / Double(r + 1)
    }
}
