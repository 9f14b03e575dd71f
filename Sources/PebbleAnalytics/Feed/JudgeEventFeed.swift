import Foundation
public import Logging
import Metrics
import PebbleClient
import PebbleJSON
import PebbleWire

/// Subscribes to pebble-judged's job events on its own thread (PebbleClient blocks), hands the
/// platform's jobs to `deliver` as learning events, and reconnects with exponential backoff
/// (0.2 s doubling to 30 s) whenever the daemon is not there or restarts.
public final class JudgeEventFeed: @unchecked Sendable {
    public let socket: String
    private let deliver: @Sendable ([LearningEvent]) -> Void
    private let logger: Logger
    private let lock = NSLock()
    private var connectedFlag = false
    private let received = Counter(label: "analytics_judge_events_total", dimensions: [("outcome", "mapped")])
    private let ignored = Counter(label: "analytics_judge_events_total", dimensions: [("outcome", "ignored")])
    private let dropped = Counter(label: "analytics_judge_events_dropped_total")
    private let reconnects = Counter(label: "analytics_judge_reconnects_total")
    private var droppedTotal = 0
    private var stopped = false

    public init(socket: String, logger: Logger, deliver: @escaping @Sendable ([LearningEvent]) -> Void) {
        self.socket = socket
        self.logger = logger
        self.deliver = deliver
    }

    public var connected: Bool { lock.withLock { connectedFlag } }
    /// Events the daemon said this subscriber lost (it read too slowly).
    public var droppedEvents: Int { lock.withLock { droppedTotal } }

    public func start() {
        let thread = Thread { [self] in self.loop() }
        thread.name = "judge-event-feed"
        thread.start()
    }

    /// Ends the subscription loop after its current connection (tests, shutdown).
    public func stop() { lock.withLock { stopped = true } }

    private var isStopped: Bool { lock.withLock { stopped } }

    private func loop() {
        var delay = 0.2
        var attempt = 0
        while !isStopped {
            subscribeOnce(delay: &delay, attempt: attempt)
            lock.withLock { connectedFlag = false }
            attempt += 1
            reconnects.increment()
            Thread.sleep(forTimeInterval: delay)
            delay = min(30, delay * 2)
        }
    }

    /// One connection: hello, subscribe, frames until the daemon goes away. Kept out of `loop`
    /// (and not inlined): the optimizer of Swift 6.3 spins in loop-invariant code motion on the
    /// endless loop with this body inside.
    @inline(never)
    private func subscribeOnce(delay: inout Double, attempt: Int) {
        var current = delay
        defer { delay = current }
        do {
            let client = try PebbleClient(socket: socket)
            try client.stream(["type": .string("subscribe"), "kinds": .array([.string("judge"), .string("run")])]) { frame in
                self.handle(frame, delay: &current)
                return !self.isStopped
            }
        } catch {
            if connected || attempt % 20 == 0 {
                logger.warning("judge events unavailable; retrying", metadata: ["socket": "\(socket)", "error": "\(error)", "retryInSec": "\(delay)"])
            }
        }
    }

    private func handle(_ frame: Response, delay: inout Double) {
        switch frame.type {
        case "subscribed":
            lock.withLock { connectedFlag = true }
            delay = 0.2
            logger.notice("subscribed to judge events", metadata: ["socket": "\(socket)"])
        case "event":
            if frame["event"]?.string == "dropped" {
                let n = Int(frame["count"]?.int ?? 0)
                dropped.increment(by: n)
                lock.withLock { droppedTotal += n }
                logger.warning("the judge dropped events for this subscriber", metadata: ["count": "\(n)"])
            } else if let e = JudgeEventMapper.event(from: frame.fields) {
                received.increment()
                deliver([e])
            } else {
                ignored.increment()
            }
        default:
            break
        }
    }
}
