import Foundation
import PebbleClient
import PebbleJSON
import PebbleTestSupport
import PebbleWire
import XCTest

/// A real pebble-judged: its run and judge events arrive, the front end's copies of the same
/// events (same id, passed to the judge as meta.eventId) are stored once whichever path is first,
/// and the subscription comes back after the daemon restarts.
final class JudgeFeedTests: XCTestCase {
    static let daemonConfig = """
        problemsDir: \(Analytics.problemsDir)
        languages: [python3]
        callers:
          - {uid: 0, name: root, maxRunning: 8, maxQueued: 100, admin: true}

        """

    func startDaemon() throws -> TestDaemon {
        guard FileManager.default.isExecutableFile(atPath: TestDaemon.binary) else {
            throw TestServiceError("no pebble-judged at \(TestDaemon.binary): build it with the tests (or set PEBBLE_JUDGED)")
        }
        return try TestDaemon(config: Self.daemonConfig)
    }

    func waitFor(_ what: String, timeout: Double = 30, _ condition: () throws -> Bool) rethrows {
        let deadline = Date().addingTimeInterval(timeout)
        while try !condition() {
            if Date() > deadline { return XCTFail("timed out waiting for \(what)") }
            usleep(100_000)
        }
    }

    func testJudgeAndFrontEndEventsArriveOnce() throws {
        var daemon = try startDaemon()
        // The analytics service dials a stable path; it points at whichever daemon runs.
        let link = "/run/pebble-tests/analytics-judge-\(getpid()).sock"
        try? FileManager.default.removeItem(atPath: link)
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: daemon.socket)
        defer {
            try? FileManager.default.removeItem(atPath: link)
            daemon.stop()
        }
        let a = try Analytics(arguments: ["--judge-socket", link], judgeEvents: true)
        try waitFor("the subscription") { try a.call("GET", "/health").object["judgeConnected"] as? Bool == true }
        let l = "judged-1"
        func events() throws -> [[String: Any]] { try a.call("GET", "/v1/learners/\(l)/events?limit=100").object["events"] as! [[String: Any]] }
        func ids() throws -> [String] { try events().map { $0["id"] as! String }.sorted() }

        let client = try PebbleClient(socket: daemon.socket, timeout: 60)
        // 1. The front end first, then the judge: the front end's copy is kept, the judge's is a duplicate.
        let now = Int64(Date().timeIntervalSince1970 * 1000)
        let fe = try a.call("POST", "/v1/events", json: ["events": [Make.run("fe-run-1", l, "two-sum", at: now, passed: false, error: "syntax")]])
        XCTAssertEqual(fe.object["stored"] as? Int, 1)
        let run = try client.request(["type": .string("run"), "language": .string("python3"), "source": .string("print(1"),
                                      "meta": .object(["learner": .string(l), "eventId": .string("fe-run-1"),
                                                       "problem": .string("two-sum"), "language": .string("python3")])]).last!
        XCTAssertEqual(run["status"]?.string, "CE")
        // 2. The judge first, then the front end.
        let judged = try client.request(["type": .string("judge"), "problem": .string("two-sum"), "language": .string("python3"),
                                         "source": .string("def twoSum(nums, target):\n    return [0, 0]\n"), "tests": .string("sample"),
                                         "meta": .object(["learner": .string(l), "eventId": .string("fe-sub-1")])]).last!
        let verdict = judged["verdict"]?.string ?? "?"
        XCTAssertNotEqual(verdict, "AC")
        // 3. A run with no event id (stored under the job's id), and a job that is not a learner's (ignored).
        let plain = try client.request(["type": .string("run"), "language": .string("python3"), "source": .string("print(1/0)"),
                                        "meta": .object(["learner": .string(l)])]).last!
        XCTAssertEqual(plain["status"]?.string, "RE")
        _ = try client.run(language: "python3", source: "print(2)")
        try waitFor("the judge's events") { try ids().count == 3 }
        let fePost = try a.call("POST", "/v1/events", json: ["events": [
            Make.submit("fe-sub-1", l, "two-sum", at: now, accepted: false, passed: 0, total: 3, error: "logic"),
            Make.run("fe-run-1", l, "two-sum", at: now, passed: false, error: "syntax"),
        ]])
        XCTAssertEqual(fePost.object["stored"] as? Int, 0)
        XCTAssertEqual(fePost.object["duplicates"] as? Int, 2)
        usleep(300_000)
        let stored = try events()
        XCTAssertEqual(try ids(), ["fe-run-1", "fe-sub-1", "judge-" + (plain["job"]?.string ?? "?")].sorted(), "each event once")
        let byID = Dictionary(uniqueKeysWithValues: stored.map { ($0["id"] as! String, $0) })
        XCTAssertEqual(byID["fe-run-1"]?["source"] as? String, "api", "the front end was first")
        let sub = byID["fe-sub-1"]!
        XCTAssertEqual(sub["source"] as? String, "judge", "the judge was first")
        XCTAssertEqual(sub["type"] as? String, "submit")
        XCTAssertEqual(sub["accepted"] as? Bool, false)
        XCTAssertEqual(sub["testsTotal"] as? Int, judged["total"]?.int.map(Int.init))
        XCTAssertEqual(sub["problem"] as? String, "two-sum")
        let expectedError = ["WA": "logic", "RE": "runtime", "CE": "syntax", "TLE": "timeout"][verdict]
        XCTAssertEqual(sub["errorType"] as? String, expectedError, "verdict \(verdict)")
        let runtime = byID["judge-" + (plain["job"]?.string ?? "?")]!
        XCTAssertEqual(runtime["errorType"] as? String, "runtime")
        XCTAssertEqual(runtime["source"] as? String, "judge")
        XCTAssertEqual(try a.call("GET", "/health").object["events"] as? Int, 3, "the anonymous run was not stored")

        // The daemon restarts (a new one, the link moved): the feed reconnects by itself.
        daemon.stop()
        try waitFor("the feed to notice") { try a.call("GET", "/health").object["judgeConnected"] as? Bool == false }
        daemon = try startDaemon()
        try FileManager.default.removeItem(atPath: link)
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: daemon.socket)
        try waitFor("the subscription to come back", timeout: 60) { try a.call("GET", "/health").object["judgeConnected"] as? Bool == true }
        let again = try PebbleClient(socket: daemon.socket, timeout: 60)
        _ = try again.request(["type": .string("run"), "language": .string("python3"), "source": .string("print(3)"),
                               "meta": .object(["learner": .string(l), "eventId": .string("after-restart"), "problem": .string("two-sum")])])
        try waitFor("the event after the restart") { try ids().contains("after-restart") }
        XCTAssertEqual(try events().first { $0["id"] as? String == "after-restart" }?["passed"] as? Bool, true)
        let metrics = try a.call("GET", "/metrics").text
        XCTAssertTrue(metrics.contains("analytics_judge_reconnects_total"), metrics)
        a.stop()
    }
}
