import Foundation

/// What the streak-risk model sees about a learner at the end of local day `day` (the question:
/// will they practise on `day + 1`?). docs/insights.md, "Streak risk".
public enum StreakFeatures {
    public static let names = ["logStreakLength", "activeDays14", "activeDays28", "hourRegularity",
                               "hoursSinceLastPractice", "weekdaySin", "weekdayCos", "weekend"]

    /// `practiceTimes`: every practice event's time (ms), any order.
    public static func compute(activeDays: Set<Int>, practiceTimes: [Int64], day: Int, days: LocalDays) -> [Double] {
        var streak = 0
        while activeDays.contains(day - streak) { streak += 1 }
        let active14 = (0..<14).filter { activeDays.contains(day - $0) }.count
        let active28 = (0..<28).filter { activeDays.contains(day - $0) }.count
        let end = days.start(ofDay: day + 1)
        let windowStart = days.start(ofDay: day - 27)
        var sx = 0.0, sy = 0.0, n = 0.0
        var last: Int64?
        for t in practiceTimes where t < end {
            if last.map({ t > $0 }) ?? true { last = t }
            guard t >= windowStart else { continue }
            let offset = Double(days.timeZone.secondsFromGMT(for: Date(timeIntervalSince1970: Double(t) / 1000)))
            let hour = ((Double(t) / 1000 + offset).truncatingRemainder(dividingBy: 86400)) / 3600
            let angle = 2 * Double.pi * hour / 24
            sx += cos(angle)
            sy += sin(angle)
            n += 1
        }
        // Mean resultant length of the practice hours on the 24-hour circle: 1 = always the same hour.
        let regularity = n == 0 ? 0 : sqrt(sx * sx + sy * sy) / n
        let hoursSince = last.map { min(24.0 * 60, Double(end - $0) / 3_600_000) } ?? 24 * 60
        let weekday = LocalDays.weekday(day + 1)
        let angle = 2 * Double.pi * Double(weekday) / 7
        return [log(1 + Double(streak)), Double(active14), Double(active28), regularity, hoursSince, sin(angle), cos(angle),
                weekday >= 5 ? 1 : 0]
    }

    /// Training samples of one learner: every day `d` they practised, with `d + 1` no later than
    /// `lastObservedDay`; label 1 when they did not practise on `d + 1` (the streak broke).
    public static func samples(practiceTimes: [Int64], days: LocalDays, lastObservedDay: Int) -> [(x: [Double], y: Double)] {
        let active = Set(practiceTimes.map(days.day))
        let sortedTimes = practiceTimes.sorted()
        var out: [(x: [Double], y: Double)] = []
        for d in active.sorted() where d + 1 <= lastObservedDay {
            let x = compute(activeDays: active, practiceTimes: sortedTimes, day: d, days: days)
            out.append((x, active.contains(d + 1) ? 0 : 1))
        }
        return out
    }
}
