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

    /// Processes running as box uids (60000–60999): the workers waiting in their boxes.
    static func workerRSS() -> (count: Int, kb: Int) {
        guard let pids = try? FileManager.default.contentsOfDirectory(atPath: "/proc") else { return (0, 0) }
        var count = 0, kb = 0
        for pid in pids where pid.allSatisfy(\.isNumber) {
            guard let text = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8) else { continue }
            guard let uidLine = text.split(separator: "\n").first(where: { $0.hasPrefix("Uid:") }),
                  let uid = Int(uidLine.split(whereSeparator: { $0 == "\t" || $0 == " " }).dropFirst().first ?? ""),
                  (60000..<61000).contains(uid) else { continue }
            count += 1
            kb += rssKB(pid: pid)
        }
        return (count, kb)
    }
}
