public import Foundation

/// Days as the learner lives them: a day starts at midnight in the learner's time zone
/// (Duolingo's rule), DST included. A day is numbered by the UTC date of its local date, so day
/// numbers are consecutive integers whatever the zone.
public struct LocalDays: Sendable {
    public let timeZone: TimeZone

    public init(_ timeZone: TimeZone) { self.timeZone = timeZone }

    /// The local day of an instant (ms since the epoch).
    public func day(_ ms: Int64) -> Int {
        let seconds = Double(ms) / 1000
        let offset = Double(timeZone.secondsFromGMT(for: Date(timeIntervalSince1970: seconds)))
        return Int(((seconds + offset) / 86400).rounded(.down))
    }

    /// The instant (ms) at which a local day starts.
    public func start(ofDay day: Int) -> Int64 {
        var cal = Calendar(identifier: .gregorian)
        cal.timeZone = timeZone
        let utcMidnight = Date(timeIntervalSince1970: Double(day) * 86400)
        var utc = Calendar(identifier: .gregorian)
        utc.timeZone = TimeZone(identifier: "UTC")!
        let c = utc.dateComponents([.year, .month, .day], from: utcMidnight)
        let local = cal.date(from: DateComponents(year: c.year, month: c.month, day: c.day)) ?? utcMidnight
        return Int64((local.timeIntervalSince1970 * 1000).rounded())
    }

    /// `YYYY-MM-DD` of a local day.
    public func label(_ day: Int) -> String {
        var utc = Calendar(identifier: .gregorian)
        utc.timeZone = TimeZone(identifier: "UTC")!
        let c = utc.dateComponents([.year, .month, .day], from: Date(timeIntervalSince1970: Double(day) * 86400))
        return String(format: "%04d-%02d-%02d", c.year ?? 0, c.month ?? 0, c.day ?? 0)
    }

    /// Day of the week of a local day, 0 = Monday … 6 = Sunday (1970-01-01 was a Thursday).
    public static func weekday(_ day: Int) -> Int { ((day % 7) + 7 + 3) % 7 }
}

/// A streak: consecutive local days with practice (a run, submit or solve).
public struct Streak: Sendable, Equatable {
    public var current: Int
    public var best: Int
    public var todayComplete: Bool

    public init(current: Int, best: Int, todayComplete: Bool) {
        self.current = current
        self.best = best
        self.todayComplete = todayComplete
    }

    /// `current` counts back from today when today has practice, else from yesterday (the streak
    /// is still alive until today ends); 0 when neither has practice.
    public static func compute(activeDays: Set<Int>, today: Int) -> Streak {
        let complete = activeDays.contains(today)
        var current = 0
        var d = complete ? today : today - 1
        while activeDays.contains(d) {
            current += 1
            d -= 1
        }
        var best = 0
        var run = 0
        var previous: Int?
        for day in activeDays.sorted() where day <= today {
            run = previous == day - 1 ? run + 1 : 1
            best = max(best, run)
            previous = day
        }
        return Streak(current: current, best: best, todayComplete: complete)
    }
}
