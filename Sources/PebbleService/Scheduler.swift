public import Foundation
public import PebbleWire

/// The daemon's queue (docs/protocol.md, "Scheduling"): bounded; interactive work ahead of bulk;
/// callers take turns within a class; `concurrency` jobs at once. A full queue or quota refuses
/// with `overloaded` and a retry hint rather than growing.
public actor Scheduler {
    public enum Priority: String, Sendable, Codable, CaseIterable {
        case interactive, bulk
    }

    public struct Quota: Sendable {
        public var maxRunning: Int
        public var maxQueued: Int

        public init(maxRunning: Int, maxQueued: Int) {
            self.maxRunning = maxRunning
            self.maxQueued = maxQueued
        }
    }

    struct Ticket {
        var job: String
        var caller: UInt32
        var quota: Quota
        var work: @Sendable () async -> Void
    }

    public struct Snapshot: Sendable {
        public var queued: [Priority: Int]
        public var running: Int
        public var capacity: Int
        public var concurrency: Int
        public var byCaller: [UInt32: (running: Int, queued: Int)]
    }

    public let concurrency: Int
    public let capacity: Int
    private var queues: [Priority: [UInt32: [Ticket]]] = [:]
    /// Callers with queued work, per class, in turn order.
    private var turns: [Priority: [UInt32]] = [:]
    private var running: [String: (caller: UInt32, task: Task<Void, Never>)] = [:]
    private var runningByCaller: [UInt32: Int] = [:]
    private var queuedCount = 0
    /// A moving average of how long a job takes, for the retry hint.
    private var averageJobMs = 50.0

    public init(concurrency: Int, capacity: Int) {
        self.concurrency = max(1, concurrency)
        self.capacity = max(1, capacity)
    }

    /// Queues `work`; it starts when a slot is free and the caller's turn comes.
    public func submit(job: String, caller: UInt32, priority: Priority, quota: Quota, work: @escaping @Sendable () async -> Void) throws {
        let mine = queues[priority, default: [:]].values.reduce(0) { $0 + $1.filter { $0.caller == caller }.count }
            + (priority == .interactive ? queues[.bulk, default: [:]][caller]?.count ?? 0 : queues[.interactive, default: [:]][caller]?.count ?? 0)
        guard queuedCount < capacity else {
            throw WireError(.overloaded, "the queue is full (\(capacity) jobs wait)", retryAfterMs: retryHint(queuedCount))
        }
        guard mine < quota.maxQueued else {
            throw WireError(.overloaded, "this caller already has \(mine) jobs queued (at most \(quota.maxQueued))", retryAfterMs: retryHint(mine))
        }
        queues[priority, default: [:]][caller, default: []].append(Ticket(job: job, caller: caller, quota: quota, work: work))
        if !(turns[priority] ?? []).contains(caller) { turns[priority, default: []].append(caller) }
        queuedCount += 1
        pump()
    }

    /// Jobs waiting ahead of a new one.
    public var waiting: Int { queuedCount }

    public enum CancelOutcome: Sendable { case dequeued, stopping, unknown }

    /// Takes a queued job out, or cancels a running one's task (its work sees the cancellation).
    public func cancel(job: String) -> CancelOutcome {
        for p in Priority.allCases {
            for (caller, tickets) in queues[p] ?? [:] {
                if let i = tickets.firstIndex(where: { $0.job == job }) {
                    queues[p]![caller]!.remove(at: i)
                    queuedCount -= 1
                    if queues[p]![caller]!.isEmpty {
                        queues[p]![caller] = nil
                        turns[p]?.removeAll { $0 == caller }
                    }
                    return .dequeued
                }
            }
        }
        if let r = running[job] {
            r.task.cancel()
            return .stopping
        }
        return .unknown
    }

    public func isQueued(_ job: String) -> Bool {
        Priority.allCases.contains { p in (queues[p] ?? [:]).values.contains { $0.contains { $0.job == job } } }
    }

    public func isRunning(_ job: String) -> Bool { running[job] != nil }

    public func snapshot() -> Snapshot {
        var byCaller: [UInt32: (running: Int, queued: Int)] = [:]
        for (c, n) in runningByCaller where n > 0 { byCaller[c, default: (0, 0)].running = n }
        for p in Priority.allCases {
            for (c, t) in queues[p] ?? [:] { byCaller[c, default: (0, 0)].queued += t.count }
        }
        return Snapshot(queued: Dictionary(uniqueKeysWithValues: Priority.allCases.map { p in (p, (queues[p] ?? [:]).values.reduce(0) { $0 + $1.count }) }),
                        running: running.count, capacity: capacity, concurrency: concurrency, byCaller: byCaller)
    }

    /// Cancels everything running and drops the queue (shutdown); returns the dropped jobs' ids.
    public func drain() -> [String] {
        var dropped: [String] = []
        for p in Priority.allCases { for t in (queues[p] ?? [:]).values { dropped += t.map(\.job) } }
        queues = [:]
        turns = [:]
        queuedCount = 0
        return dropped
    }

    /// Waits until nothing runs (after `drain`), at most `timeout` seconds; true if it emptied.
    public func waitIdle(timeout: Double) async -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        while !running.isEmpty && Date() < deadline { try? await Task.sleep(nanoseconds: 20_000_000) }
        return running.isEmpty
    }

    public func cancelRunning() {
        for r in running.values { r.task.cancel() }
    }

    private func pump() {
        while running.count < concurrency, let ticket = nextTicket() {
            let started = Date()
            runningByCaller[ticket.caller, default: 0] += 1
            let job = ticket.job
            let task = Task {
                await ticket.work()
                await self.finished(job: job, caller: ticket.caller, ms: Date().timeIntervalSince(started) * 1000)
            }
            running[job] = (ticket.caller, task)
        }
    }

    /// Interactive before bulk; within a class the caller whose turn it is, then it goes to the back.
    private func nextTicket() -> Ticket? {
        for p in Priority.allCases {
            var order = turns[p] ?? []
            for (i, caller) in order.enumerated() {
                guard var tickets = queues[p]?[caller], !tickets.isEmpty else { continue }
                guard runningByCaller[caller, default: 0] < tickets[0].quota.maxRunning else { continue }
                let t = tickets.removeFirst()
                order.remove(at: i)
                if tickets.isEmpty {
                    queues[p]![caller] = nil
                } else {
                    queues[p]![caller] = tickets
                    order.append(caller)
                }
                turns[p] = order
                queuedCount -= 1
                return t
            }
        }
        return nil
    }

    private func finished(job: String, caller: UInt32, ms: Double) {
        running[job] = nil
        runningByCaller[caller, default: 1] -= 1
        averageJobMs = averageJobMs * 0.9 + ms * 0.1
        pump()
    }

    private func retryHint(_ ahead: Int) -> Int {
        max(100, Int(averageJobMs * Double(ahead) / Double(concurrency)))
    }
}
