/// From a failure to a success on the same problem (docs/insights.md, "Recovery").
///
/// An episode opens at a failed run or submit when none is open on that problem; it is
/// *recovered* at the next success on the problem (a passing run, an accepted submit, a solve)
/// if the learner kept at it — no gap of more than 30 minutes between attempts — and *abandoned*
/// otherwise. Episodes still within 30 minutes of `asOf` are in progress and not counted.
public struct Recovery: Sendable, Equatable {
    public var episodes: Int
    public var recovered: Int
    /// Milliseconds from the first failure to the success, per recovered episode.
    public var times: [Int64]

    public static let gapMs: Int64 = 30 * 60 * 1000

    public var effectiveness: Double? { episodes == 0 ? nil : 100 * Double(recovered) / Double(episodes) }
    public var meanSeconds: Double? { times.isEmpty ? nil : Double(times.reduce(0, +)) / Double(times.count) / 1000 }

    public static func compute(_ events: [LearningEvent], asOf: Int64) -> Recovery {
        var open: [String: (start: Int64, last: Int64)] = [:]
        var r = Recovery(episodes: 0, recovered: 0, times: [])
        for e in events where e.type == .run || e.type == .submit || e.type == .solve {
            if let o = open[e.problem], e.timestamp - o.last > gapMs {
                r.episodes += 1
                open[e.problem] = nil
            }
            if e.isFailure {
                if let o = open[e.problem] { open[e.problem] = (o.start, e.timestamp) } else { open[e.problem] = (e.timestamp, e.timestamp) }
            } else if e.isSuccess, let o = open[e.problem] {
                r.episodes += 1
                r.recovered += 1
                r.times.append(e.timestamp - o.start)
                open[e.problem] = nil
            }
        }
        for o in open.values where asOf - o.last > gapMs { r.episodes += 1 }
        return r
    }
}
