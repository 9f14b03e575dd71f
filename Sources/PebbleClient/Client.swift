public import Foundation
public import PebbleJSON
public import PebbleWire

/// A Swift client for pebble-judged (docs/protocol.md): one connection, requests answered by
/// streams of frames. Blocking and thread-safe: each call sends its request and reads frames until
/// its last one; frames for other requests in flight on the same connection are kept for them.
public final class PebbleClient: @unchecked Sendable {
    public enum ClientError: Error, CustomStringConvertible {
        case connect(String, Int32)
        case closed
        case timeout
        case server(code: String, message: String, frame: Response)

        public var description: String {
            switch self {
            case let .connect(path, e): "cannot connect to \(path): \(String(cString: strerror(e)))"
            case .closed: "the daemon closed the connection"
            case .timeout: "the daemon did not answer in time"
            case let .server(code, message, _): "\(code): \(message)"
            }
        }
    }

    public static let defaultSocket = "/run/pebble/judge.sock"
    public static let terminal: Set<String> = ["result", "error", "done", "hello", "status", "languages", "problems", "problem", "cancel", "pending", "subscribed"]

    private let fd: Int32
    private let lock = NSCondition()
    private var decoder = FrameDecoder(maxFrameBytes: 64 << 20)
    private var inbox: [String: [Response]] = [:]
    private var reading = false
    private var closed = false
    private var timedOut = false
    private var nextID = 0
    public private(set) var server: Response?

    /// `timeout` (seconds), when given, bounds every wait for the daemon: a stalled answer throws
    /// `ClientError.timeout` instead of blocking forever.
    public init(socket path: String = PebbleClient.defaultSocket, timeout: Double? = nil) throws {
        fd = Foundation.socket(AF_UNIX, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
        var addr = sockaddr_un()
        addr.sun_family = sa_family_t(AF_UNIX)
        let bytes = Array(path.utf8)
        guard fd >= 0, bytes.count < MemoryLayout.size(ofValue: addr.sun_path) else { throw ClientError.connect(path, EINVAL) }
        withUnsafeMutableBytes(of: &addr.sun_path) { raw in for (i, b) in bytes.enumerated() { raw[i] = b } }
        let ok = withUnsafePointer(to: &addr) { p in
            p.withMemoryRebound(to: sockaddr.self, capacity: 1) { Foundation.connect(fd, $0, socklen_t(MemoryLayout<sockaddr_un>.size)) }
        }
        guard ok == 0 else {
            let e = errno
            Foundation.close(fd)
            throw ClientError.connect(path, e)
        }
        if let timeout {
            var tv = timeval(tv_sec: Int(timeout), tv_usec: Int((timeout - timeout.rounded(.down)) * 1_000_000))
            setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &tv, socklen_t(MemoryLayout<timeval>.size))
            setsockopt(fd, SOL_SOCKET, SO_SNDTIMEO, &tv, socklen_t(MemoryLayout<timeval>.size))
        }
        server = try request(["type": .string("hello"), "protocol": .int(Int64(PebbleProtocol.version)), "client": .string("pebble-swift/1")]).last
    }

    deinit { Foundation.close(fd) }

    /// Sends a request (an `id` is chosen), calls `onFrame` for each frame answering it, and returns
    /// them all; an `error` frame at the end throws.
    @discardableResult
    public func request(_ fields: [String: JSONValue], until: Set<String> = PebbleClient.terminal,
                        onFrame: (Response) -> Void = { _ in }) throws -> [Response] {
        try requestFrames(fields, endingWhen: { until.contains($0.type) }, onFrame: onFrame)
    }

    /// As `request`, ending at the first frame for which `endingWhen` is true.
    @discardableResult
    public func requestFrames(_ fields: [String: JSONValue], endingWhen endsWith: (Response) -> Bool,
                        onFrame: (Response) -> Void = { _ in }) throws -> [Response] {
        let id = try send(fields)
        var frames: [Response] = []
        while true {
            let frame = try nextFrame(for: id)
            frames.append(frame)
            onFrame(frame)
            if endsWith(frame) { break }
        }
        lock.withLock { inbox[id] = nil }
        if let last = frames.last, last.type == "error" {
            throw ClientError.server(code: last["code"]?.string ?? "", message: last["message"]?.string ?? "", frame: last)
        }
        return frames
    }

    /// Sends a request and hands each frame answering it to `onFrame` until that returns false,
    /// keeping none of them (`request` keeps every frame): for endless streams such as
    /// `subscribe`. An `error` frame throws; so does the connection closing.
    public func stream(_ fields: [String: JSONValue], onFrame: (Response) -> Bool) throws {
        let id = try send(fields)
        defer { lock.withLock { inbox[id] = nil } }
        while true {
            let frame = try nextFrame(for: id)
            if frame.type == "error" {
                throw ClientError.server(code: frame["code"]?.string ?? "", message: frame["message"]?.string ?? "", frame: frame)
            }
            if !onFrame(frame) { return }
        }
    }

    /// Writes a request under a fresh id, with an inbox for its frames; the id.
    private func send(_ fields: [String: JSONValue]) throws -> String {
        let id = lock.withLock { () -> String in
            nextID += 1
            inbox["s\(nextID)"] = []
            return "s\(nextID)"
        }
        var message = fields
        message["id"] = .string(id)
        try write(Response(fields: message).encoded())
        return id
    }

    /// `run`: one execution; the `result` frame.
    public func run(language: String, source: String, stdin: String = "", limits: [String: JSONValue] = [:]) throws -> Response {
        var r: [String: JSONValue] = ["type": .string("run"), "language": .string(language), "source": .string(source), "stdin": .string(stdin)]
        if !limits.isEmpty { r["limits"] = .object(limits) }
        return try request(r).last!
    }

    /// `judge`: `onFrame` sees accepted, compiled, each test; returns the `result` frame.
    public func judge(problem: String, language: String, source: String, tests: String = "all",
                      onFrame: (Response) -> Void = { _ in }) throws -> Response {
        try request(["type": .string("judge"), "problem": .string(problem), "language": .string(language),
                     "source": .string(source), "tests": .string(tests)], onFrame: onFrame).last!
    }

    public func status() throws -> Response { try request(["type": .string("status")]).last! }

    private func write(_ bytes: [UInt8]) throws {
        var sent = 0
        while sent < bytes.count {
            let n = bytes[sent...].withUnsafeBytes { Foundation.send(fd, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
            if n <= 0 { throw ClientError.closed }
            sent += n
        }
    }

    /// The next frame for `id`: one already read for it, or read from the socket (one reader at a
    /// time; frames for other ids are kept for their callers).
    private func nextFrame(for id: String) throws -> Response {
        lock.lock()
        defer { lock.unlock() }
        while true {
            if var queue = inbox[id], !queue.isEmpty {
                let frame = queue.removeFirst()
                inbox[id] = queue
                return frame
            }
            if closed { throw timedOut ? ClientError.timeout : ClientError.closed }
            if reading {
                lock.wait()
                continue
            }
            reading = true
            lock.unlock()
            let frames = readFrames()
            lock.lock()
            reading = false
            if frames.isEmpty { closed = true }
            for f in frames {
                if inbox[f.id] != nil { inbox[f.id]!.append(f) } else if f.type == "error" {
                    for key in inbox.keys { inbox[key]!.append(f) }
                }
            }
            lock.broadcast()
        }
    }

    private func readFrames() -> [Response] {
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            var out: [Response] = []
            while case let .frame(body)? = decoder.next() {
                if let r = try? Response.decode(body) { out.append(r) }
            }
            if !out.isEmpty { return out }
            let n = buffer.withUnsafeMutableBytes { Foundation.recv(fd, $0.baseAddress, $0.count, 0) }
            if n < 0, errno == EAGAIN || errno == EWOULDBLOCK { timedOut = true }
            if n <= 0 { return [] }
            decoder.push(buffer[0..<n])
        }
    }
}
