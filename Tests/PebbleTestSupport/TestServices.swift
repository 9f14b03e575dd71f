public import Foundation
#if canImport(FoundationNetworking)
public import FoundationNetworking
#endif

public struct TestServiceError: Error, CustomStringConvertible {
    public var description: String
    public init(_ d: String) { description = d }
}

/// A real pebble-judged for one test: a fresh socket and state under /run/pebble-tests, stopped
/// by its pid (SIGTERM) and its folder removed.
public final class TestDaemon: @unchecked Sendable {
    /// The pebble-judged built with these tests (or `$PEBBLE_JUDGED`).
    public static let binary = ProcessInfo.processInfo.environment["PEBBLE_JUDGED"]
        ?? URL(fileURLWithPath: CLIProcess.pebble).deletingLastPathComponent().appendingPathComponent("pebble-judged").path
    let process = Process()
    public let state: String
    public var socket: String { state + "/judge.sock" }
    public var pid: Int32 { process.processIdentifier }

    public init(config: String = "", workers: Int = 1) throws {
        state = "/run/pebble-tests/daemon-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        try FileManager.default.createDirectory(atPath: state, withIntermediateDirectories: true)
        try config.write(toFile: state + "/judged.yaml", atomically: true, encoding: .utf8)
        process.executableURL = URL(fileURLWithPath: Self.binary)
        process.arguments = ["--config", state + "/judged.yaml", "--socket", socket, "--state-dir", state + "/state", "--workers", String(workers)]
        FileManager.default.createFile(atPath: state + "/log", contents: nil)
        process.standardError = FileHandle(forWritingAtPath: state + "/log")
        try process.run()
        let deadline = Date().addingTimeInterval(60)
        while !FileManager.default.fileExists(atPath: socket) {
            guard process.isRunning, Date() < deadline else { throw TestServiceError("the daemon did not start: \(log)") }
            usleep(50_000)
        }
    }

    public var log: String { (try? String(contentsOfFile: state + "/log", encoding: .utf8)) ?? "" }

    @discardableResult
    public func stop() -> Int32 {
        if process.isRunning { kill(pid, SIGTERM) }
        process.waitUntilExit()
        try? FileManager.default.removeItem(atPath: state)
        return process.terminationStatus
    }
}

/// One of the HTTP services (pebble-coach, pebble-analytics, pebble-auth) started for a test on
/// a free port (`--port 0`; the port is read from STATE_DIR/port), with its own state folder;
/// stopped by its pid and its folder removed.
public final class TestService: @unchecked Sendable {
    let process = Process()
    public let name: String
    public let state: String
    public private(set) var port = 0
    public var pid: Int32 { process.processIdentifier }
    public var baseURL: String { "http://127.0.0.1:\(port)" }

    /// `arguments` come after the common ones (`--port 0 --state-dir … --config …`).
    public init(_ name: String, config: String = "", arguments: [String] = [], environment: [String: String] = [:]) throws {
        self.name = name
        state = "/run/pebble-tests/\(name)-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        try FileManager.default.createDirectory(atPath: state + "/state", withIntermediateDirectories: true)
        try config.write(toFile: state + "/config.yaml", atomically: true, encoding: .utf8)
        process.executableURL = URL(fileURLWithPath: CLIProcess.pebble).deletingLastPathComponent().appendingPathComponent(name)
        process.arguments = ["serve", "--port", "0", "--state-dir", state + "/state", "--config", state + "/config.yaml"] + arguments
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { _, new in new }
        FileManager.default.createFile(atPath: state + "/log", contents: nil)
        process.standardError = FileHandle(forWritingAtPath: state + "/log")
        process.standardOutput = FileHandle(forWritingAtPath: state + "/log")
        try process.run()
        let deadline = Date().addingTimeInterval(60)
        while true {
            if let text = try? String(contentsOfFile: state + "/state/port", encoding: .utf8),
               let p = Int(text.trimmingCharacters(in: .whitespacesAndNewlines)), p > 0,
               (try? request("GET", "/health").status) == 200 {
                port = p
                break
            }
            if let text = try? String(contentsOfFile: state + "/state/port", encoding: .utf8) { port = Int(text.trimmingCharacters(in: .whitespacesAndNewlines)) ?? 0 }
            guard process.isRunning, Date() < deadline else { throw TestServiceError("\(name) did not start: \(log)") }
            usleep(50_000)
        }
    }

    public var log: String { (try? String(contentsOfFile: state + "/log", encoding: .utf8)) ?? "" }

    public struct HTTPAnswer: Sendable {
        public var status: Int
        public var headers: [String: String]
        public var body: Data
        public var contentType: String? { headers["content-type"] }
        public var json: Any? { try? JSONSerialization.jsonObject(with: body, options: [.fragmentsAllowed]) }
        public var object: [String: Any] { json as? [String: Any] ?? [:] }
        public var text: String { String(decoding: body, as: UTF8.self) }
    }

    /// One HTTP request to the service (blocking; a fresh connection each time).
    public func request(_ method: String, _ path: String, json: Any? = nil, body: Data? = nil,
                        headers: [String: String] = [:], timeout: Double = 30) throws -> HTTPAnswer {
        guard port > 0 || path == "/health" else { throw TestServiceError("\(name) has no port yet") }
        return try HTTP.request(method, "http://127.0.0.1:\(port)" + path, json: json, body: body, headers: headers, timeout: timeout)
    }

    @discardableResult
    public func stop() -> Int32 {
        if process.isRunning { kill(pid, SIGTERM) }
        process.waitUntilExit()
        try? FileManager.default.removeItem(atPath: state)
        return process.terminationStatus
    }
}

/// Plain blocking HTTP for tests (URLSession; JSON in, status, headers and body out).
public enum HTTP {
    public static func request(_ method: String, _ url: String, json: Any? = nil, body: Data? = nil,
                               headers: [String: String] = [:], timeout: Double = 30) throws -> TestService.HTTPAnswer {
        guard let u = URL(string: url) else { throw TestServiceError("bad URL \(url)") }
        var r = URLRequest(url: u, timeoutInterval: timeout)
        r.httpMethod = method
        if let json {
            r.httpBody = try JSONSerialization.data(withJSONObject: json, options: [.fragmentsAllowed])
            r.setValue("application/json", forHTTPHeaderField: "Content-Type")
        } else if let body {
            r.httpBody = body
        }
        for (k, v) in headers { r.setValue(v, forHTTPHeaderField: k) }
        let done = DispatchSemaphore(value: 0)
        nonisolated(unsafe) var result: Result<TestService.HTTPAnswer, any Error> = .failure(TestServiceError("no answer"))
        let task = URLSession.shared.dataTask(with: r) { data, response, error in
            if let error { result = .failure(error) } else if let h = response as? HTTPURLResponse {
                var headers: [String: String] = [:]
                for (k, v) in h.allHeaderFields { headers[String(describing: k).lowercased()] = String(describing: v) }
                result = .success(TestService.HTTPAnswer(status: h.statusCode, headers: headers, body: data ?? Data()))
            }
            done.signal()
        }
        task.resume()
        done.wait()
        return try result.get()
    }
}
