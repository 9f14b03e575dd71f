import Foundation
import PebbleJSON
import PebbleWire

/// A job in flight and the connections that listen to it (the one that asked; a re-sent batch).
/// Frames go to every listener under its own request id.
final class LiveJob: @unchecked Sendable {
    let id: String
    let kind: String
    let caller: UInt32
    let meta: JSONValue?
    var submission: String?
    var batch: String?
    var language: String?
    private let lock = NSLock()
    private var listeners: [(sink: any ResponseSink, requestID: String)] = []
    /// Frames made before `accepted` went out, held so the peer sees `accepted` first.
    private var held: [(sink: any ResponseSink, response: Response)]?

    init(id: String, kind: String, caller: UInt32, meta: JSONValue?, submission: String? = nil, gated: Bool = false) {
        held = gated ? [] : nil
        self.id = id
        self.kind = kind
        self.caller = caller
        self.meta = meta
        self.submission = submission
    }

    func add(_ sink: any ResponseSink, requestID: String) {
        lock.withLock { listeners.append((sink, requestID)) }
    }

    func remove(_ sink: any ResponseSink) {
        lock.withLock { listeners.removeAll { $0.sink === sink } }
    }

    /// Sends a frame, made for each listener's request id. A batch's submissions speak to the
    /// batch's listeners instead (through the service), so they have none of their own.
    func broadcast(_ make: (String) -> Response) {
        lock.withLock {
            for l in listeners {
                let r = make(l.requestID)
                if held != nil { held!.append((l.sink, r)) } else { l.sink.send(r) }
            }
        }
    }

    /// `accepted` was sent: the frames held until now follow it, in order.
    func open() {
        lock.withLock {
            for h in held ?? [] { h.sink.send(h.response) }
            held = nil
        }
    }

    func finishWith(error: WireError, job: String) {
        broadcast { Response.error(id: $0, error, job: job) }
        open()
        lock.withLock { listeners.removeAll() }
    }
}

/// A batch in flight: its submissions' jobs, those not finished yet, and its listeners.
final class LiveBatch: @unchecked Sendable {
    let id: String
    let key: String
    let caller: UInt32
    let jobs: [String]
    var remaining: Set<String>
    var verdicts: [String: Int] = [:]
    var graded = 0
    private let lock = NSLock()
    private var listeners: [(sink: any ResponseSink, requestID: String, replayed: Int)] = []
    private var held: [(sink: any ResponseSink, response: Response)]?

    init(id: String, key: String, caller: UInt32, jobs: [String], remaining: Set<String>, gated: Bool = false) {
        held = gated ? [] : nil
        self.id = id
        self.key = key
        self.caller = caller
        self.jobs = jobs
        self.remaining = remaining
    }

    func add(_ sink: any ResponseSink, requestID: String, replayed: Int) {
        lock.withLock { listeners.append((sink, requestID, replayed)) }
    }

    func remove(_ sink: any ResponseSink) {
        lock.withLock { listeners.removeAll { $0.sink === sink } }
    }

    var currentListeners: [(sink: any ResponseSink, requestID: String, replayed: Int)] { lock.withLock { listeners } }

    /// Sends to a listener, or holds the frame until `accepted` has gone out.
    func send(_ r: Response, to sink: any ResponseSink) {
        lock.withLock {
            if held != nil { held!.append((sink, r)) } else { sink.send(r) }
        }
    }

    func open() {
        lock.withLock {
            for h in held ?? [] { h.sink.send(h.response) }
            held = nil
        }
    }

    func clearListeners() { lock.withLock { listeners.removeAll() } }
}

/// The daemon's own memory, and its pre-started workers' (each a box of its own).
enum ProcessStats {
    static func rssKB(pid: String = "self") -> Int {
        guard let text = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8) else { return 0 }
        for line in text.split(separator: "\n") where line.hasPrefix("VmRSS:") {
            return Int(line.split(separator: " ").dropFirst().first ?? "0") ?? 0
        }
        return 0
    }

    /// The daemon's own pre-started programs: its descendants running as a box uid (60000–60999),
    /// waiting in their boxes for a job.
    static func workerRSS() -> (count: Int, kb: Int) {
        guard let entries = try? FileManager.default.contentsOfDirectory(atPath: "/proc") else { return (0, 0) }
        var parent: [Int32: Int32] = [:]
        var uid: [Int32: Int] = [:]
        for name in entries {
            guard let pid = Int32(name), let text = try? String(contentsOfFile: "/proc/\(name)/status", encoding: .utf8) else { continue }
            for line in text.split(separator: "\n") {
                let fields = line.split(whereSeparator: { $0 == "\t" || $0 == " " })
                if line.hasPrefix("PPid:"), let p = fields.dropFirst().first.flatMap({ Int32($0) }) { parent[pid] = p }
                if line.hasPrefix("Uid:"), let u = fields.dropFirst().first.flatMap({ Int($0) }) { uid[pid] = u }
            }
        }
        let me = getpid()
        func descends(_ pid: Int32) -> Bool {
            var p = parent[pid]
            var steps = 0
            while let q = p, steps < 64 {
                if q == me { return true }
                p = parent[q]
                steps += 1
            }
            return false
        }
        var count = 0, kb = 0
        for (pid, u) in uid where (60000..<61000).contains(u) && descends(pid) {
            count += 1
            kb += rssKB(pid: String(pid))
        }
        return (count, kb)
    }
}
