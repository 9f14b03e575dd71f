public import Foundation

/// Tells live streams that a learner has new events. Each subscriber gets a stream that keeps a few
/// pending ticks (the newest kept: a slow reader still sees that something changed), plus heartbeats.
public actor LearnerUpdates {
    public enum Tick: Sendable { case update, heartbeat }

    private var subscribers: [String: [UUID: AsyncStream<Tick>.Continuation]] = [:]
    public private(set) var count = 0

    public init() {}

    public func subscribe(_ learner: String) -> (UUID, AsyncStream<Tick>) {
        let (stream, continuation) = AsyncStream<Tick>.makeStream(bufferingPolicy: .bufferingNewest(8))
        let token = UUID()
        subscribers[learner, default: [:]][token] = continuation
        count += 1
        return (token, stream)
    }

    public func unsubscribe(_ learner: String, _ token: UUID) {
        if let c = subscribers[learner]?.removeValue(forKey: token) {
            c.finish()
            count -= 1
        }
        if subscribers[learner]?.isEmpty == true { subscribers[learner] = nil }
    }

    public func heartbeat(_ learner: String, _ token: UUID) {
        subscribers[learner]?[token]?.yield(.heartbeat)
    }

    public func publish(_ learners: Set<String>) {
        for l in learners {
            guard let subs = subscribers[l] else { continue }
            for c in subs.values { c.yield(.update) }
        }
    }
}
