import Foundation
import PebbleTestSupport
import XCTest

/// One real pebble-analytics process per test (TestService: a free port, its own state under
/// /run/pebble-tests), every answer checked against docs/api/analytics.yaml, and the operations
/// exercised recorded.
final class Analytics: @unchecked Sendable {
    static let document: OpenAPIDocument = {
        try! OpenAPIDocument(yamlFile: CLIProcess.repositoryRoot.appendingPathComponent("docs/api/analytics.yaml").path)
    }()

    /// The checkout's bank.
    static let problemsDir = CLIProcess.repositoryRoot.appendingPathComponent("problems").path

    let service: TestService
    private let lock = NSLock()
    private(set) var exercised: Set<String> = []
    var state: String { service.state + "/state" }

    init(config: String = "", arguments: [String] = [], judgeEvents: Bool = false) throws {
        var text = "problemsDir: \(Self.problemsDir)\nliveHeartbeatSec: 0.5\n"
        if !judgeEvents { text += "judgeEvents: false\n" }
        service = try TestService("pebble-analytics", config: text + config, arguments: arguments)
    }

    deinit { stop() }

    func stop() {
        let state = service.state
        service.stop()
        XCTAssertFalse(FileManager.default.fileExists(atPath: state), "the test's state folder is left behind")
    }

    /// One request; the answer must conform to the document (the test fails otherwise).
    @discardableResult
    func call(_ method: String, _ path: String, json: Any? = nil, body: Data? = nil, token: String? = nil,
              file: StaticString = #filePath, line: UInt = #line) throws -> TestService.HTTPAnswer {
        var headers: [String: String] = [:]
        if let token { headers["Authorization"] = "Bearer " + token }
        let answer = try service.request(method, path, json: json, body: body, headers: headers, timeout: 60)
        let problems = Self.document.validateResponse(method: method, path: path, status: answer.status,
                                                      contentType: answer.contentType, body: answer.body)
        for p in problems { XCTFail(p, file: file, line: line) }
        if let template = Self.template(for: path) { lock.withLock { _ = exercised.insert("\(method.uppercased()) \(template)") } }
        return answer
    }

    func record(_ method: String, _ path: String) {
        if let template = Self.template(for: path) { lock.withLock { _ = exercised.insert("\(method) \(template)") } }
    }

    /// The document's path template a concrete path matches (most literal segments wins).
    static func template(for path: String) -> String? {
        let clean = path.split(separator: "?", maxSplits: 1).first.map(String.init) ?? path
        let parts = clean.split(separator: "/", omittingEmptySubsequences: false)
        let templates = Set(document.operations.map(\.path))
        return templates.filter { t in
            let tp = t.split(separator: "/", omittingEmptySubsequences: false)
            return tp.count == parts.count && zip(tp, parts).allSatisfy { $0.hasPrefix("{") || $0 == $1 }
        }.max { a, b in a.filter { $0 == "{" }.count > b.filter { $0 == "{" }.count }
    }

    /// POST /v1/events in batches of `size`; the answers.
    @discardableResult
    func ingest(_ events: [[String: Any]], size: Int = 1000, token: String? = nil) throws -> [TestService.HTTPAnswer] {
        try stride(from: 0, to: events.count, by: size).map { start in
            try call("POST", "/v1/events", json: ["events": Array(events[start..<min(events.count, start + size)])], token: token)
        }
    }

    func insights(_ learner: String, window: String = "all", asOf: Int64, token: String? = nil) throws -> [String: Any] {
        let a = try call("GET", "/v1/learners/\(learner)/insights?window=\(window)&asOf=\(asOf)", token: token)
        XCTAssertEqual(a.status, 200, a.text)
        return a.object
    }
}

/// Hand-made events, as the front end sends them.
enum Make {
    static func run(_ id: String, _ learner: String, _ problem: String, at t: Int64, passed: Bool, error: String? = nil,
                    language: String = "python3") -> [String: Any] {
        var e: [String: Any] = ["id": id, "type": "run", "learner": learner, "problem": problem, "language": language,
                                "timestamp": t, "passed": passed, "executionTimeMs": 12.5]
        if let error { e["errorType"] = error }
        return e
    }

    static func submit(_ id: String, _ learner: String, _ problem: String, at t: Int64, accepted: Bool, passed: Int = 10, total: Int = 10,
                       error: String? = nil) -> [String: Any] {
        var e: [String: Any] = ["id": id, "type": "submit", "learner": learner, "problem": problem, "language": "python3",
                                "timestamp": t, "accepted": accepted, "testsPassed": accepted ? total : passed, "testsTotal": total]
        if let error { e["errorType"] = error }
        return e
    }

    static func assist(_ id: String, _ learner: String, _ problem: String, at t: Int64, tier: String) -> [String: Any] {
        ["id": id, "type": "assist", "learner": learner, "problem": problem, "language": "python3", "timestamp": t,
         "helpTier": tier, "struggleLevel": 1]
    }

    static func solve(_ id: String, _ learner: String, _ problem: String, at t: Int64, attempts: Int, seconds: Double) -> [String: Any] {
        ["id": id, "type": "solve", "learner": learner, "problem": problem, "language": "python3", "timestamp": t,
         "attempts": attempts, "timeSpent": seconds]
    }
}

let minute: Int64 = 60_000
let hour: Int64 = 3_600_000
let day: Int64 = 86_400_000

/// A fixed instant for hand-made histories: 2026-11-25T12:00:00Z (a Wednesday).
let anchor: Int64 = 1_795_608_000_000

func number(_ v: Any?) -> Double? { (v as? NSNumber)?.doubleValue }
