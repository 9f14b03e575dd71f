public import Foundation
import Metrics
public import PebbleJSON

/// A batch of the front end's events: each validated on its own, the good ones stored once
/// (by learner and id), the bad ones listed with the reason.
public struct EventIngestor: Sendable {
    public struct Rejected: Sendable, Equatable {
        public var index: Int
        public var id: String?
        public var field: String?
        public var reason: String
        public var forbidden = false
    }

    public struct Outcome: Sendable {
        public var stored = 0
        public var duplicates = 0
        public var rejected: [Rejected] = []
        /// Learners with newly stored events (their live streams are told).
        public var learners: Set<String> = []
        public var kept: Int { stored + duplicates }

        public var rejectedJSON: JSONValue {
            .array(rejected.map { r in
                var o: [String: JSONValue] = ["index": .int(Int64(r.index)), "reason": .string(r.reason)]
                o["id"] = r.id.map(JSONValue.string) ?? .null
                o["field"] = r.field.map(JSONValue.string) ?? .null
                return .object(o)
            })
        }
    }

    public let store: any AnalyticsStore
    public let validator = EventValidator()

    public init(store: any AnalyticsStore) { self.store = store }

    /// Validates `items`; `mayWrite` says whether the caller may send events for a learner.
    public func ingest(_ items: [JSONValue], now: Date = Date(), mayWrite: (String) -> Bool = { _ in true }) throws -> Outcome {
        var out = Outcome()
        var valid: [LearningEvent] = []
        var seen = Set<String>()
        for (index, item) in items.enumerated() {
            let id = item.object?["id"]?.string.map { String($0.prefix(EventValidator.maxIDLength)) }
            switch validator.validate(item, now: now) {
            case let .failure(r):
                out.rejected.append(Rejected(index: index, id: id, field: r.field, reason: r.reason))
            case let .success(e):
                guard mayWrite(e.learner) else {
                    out.rejected.append(Rejected(index: index, id: id, field: "learner",
                                                 reason: "this token may not send events for learner '\(e.learner.prefix(64))'", forbidden: true))
                    continue
                }
                // The same id twice in one batch is one event (the first one).
                if !seen.insert(e.learner + "\u{0}" + e.id).inserted {
                    out.duplicates += 1
                    continue
                }
                valid.append(e)
            }
        }
        let fresh = try store.insert(valid)
        for (e, isNew) in zip(valid, fresh) {
            if isNew {
                out.stored += 1
                out.learners.insert(e.learner)
            } else {
                out.duplicates += 1
            }
        }
        Counter(label: "analytics_events_total", dimensions: [("source", "api"), ("outcome", "stored")]).increment(by: out.stored)
        Counter(label: "analytics_events_total", dimensions: [("source", "api"), ("outcome", "duplicate")]).increment(by: out.duplicates)
        Counter(label: "analytics_events_total", dimensions: [("source", "api"), ("outcome", "rejected")]).increment(by: out.rejected.count)
        return out
    }
}
