public import Foundation

/// An ISO 8601 week (`2026-W48`): Monday to Sunday, week 1 holds the year's first Thursday.
public struct ISOWeek: Sendable, Equatable, CustomStringConvertible {
    public var year: Int
    public var week: Int

    public init?(_ text: String) {
        let parts = text.split(separator: "-W", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[0].count == 4, parts[1].count == 2,
              let y = Int(parts[0]), let w = Int(parts[1]), y >= 2000, y <= 2100, w >= 1, w <= 53 else { return nil }
        year = y
        week = w
        // Week 53 exists only in some years: the round trip through the calendar says.
        guard let monday = Self.calendar(TimeZone(identifier: "UTC")!).date(from: components) else { return nil }
        let back = Self.calendar(TimeZone(identifier: "UTC")!).dateComponents([.yearForWeekOfYear, .weekOfYear], from: monday)
        guard back.yearForWeekOfYear == y, back.weekOfYear == w else { return nil }
    }

    public init(containing ms: Int64, timeZone: TimeZone) {
        let c = Self.calendar(timeZone).dateComponents([.yearForWeekOfYear, .weekOfYear], from: Date(timeIntervalSince1970: Double(ms) / 1000))
        year = c.yearForWeekOfYear ?? 1970
        week = c.weekOfYear ?? 1
    }

    public var description: String { String(format: "%04d-W%02d", year, week) }

    var components: DateComponents { DateComponents(weekday: 2, weekOfYear: week, yearForWeekOfYear: year) }

    static func calendar(_ zone: TimeZone) -> Calendar {
        var c = Calendar(identifier: .iso8601)
        c.timeZone = zone
        return c
    }

    /// Local Monday 00:00 and the next Monday 00:00 (ms), in `zone`.
    public func bounds(in zone: TimeZone) -> (start: Int64, end: Int64) {
        let cal = Self.calendar(zone)
        let monday = cal.date(from: components) ?? Date(timeIntervalSince1970: 0)
        let next = cal.date(byAdding: .day, value: 7, to: monday) ?? monday
        return (Int64(monday.timeIntervalSince1970 * 1000), Int64(next.timeIntervalSince1970 * 1000))
    }

    public var previous: ISOWeek {
        let cal = Self.calendar(TimeZone(identifier: "UTC")!)
        let monday = cal.date(from: components) ?? Date(timeIntervalSince1970: 0)
        return ISOWeek(containing: Int64(monday.timeIntervalSince1970 * 1000) - 86_400_000, timeZone: TimeZone(identifier: "UTC")!)
    }
}
