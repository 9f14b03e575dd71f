import Foundation
import PebbleTestSupport
import XCTest

/// `POST /v1/events`: per-event validation with reasons, duplicates stored once, limits.
final class IngestTests: XCTestCase {
    func testEachBadEventIsRejectedWithItsReasonWhileTheGoodOnesAreKept() throws {
        let a = try Analytics()
        let good = Make.run("ok-1", "v1", "two-sum", at: anchor, passed: false, error: "logic")
        func with(_ change: (inout [String: Any]) -> Void) -> [String: Any] {
            var e = Make.run("x", "v1", "two-sum", at: anchor, passed: false, error: "logic")
            change(&e)
            return e
        }
        let bad: [(String?, [String: Any] , String)] = [
            ("id", with { $0["id"] = nil }, "required"),
            ("id", with { $0["id"] = "has space" }, "ASCII"),
            ("id", with { $0["id"] = String(repeating: "i", count: 129) }, "longer"),
            ("type", with { $0["type"] = "compile" }, "not one of"),
            ("learner", with { $0["learner"] = "" }, "empty"),
            ("learner", with { $0["learner"] = 42 }, "string"),
            ("problem", with { $0["problem"] = String(repeating: "p", count: 200) }, "longer"),
            ("language", with { $0["language"] = nil }, "required"),
            ("timestamp", with { $0["timestamp"] = 1_795_608_000 }, "seconds"),
            ("timestamp", with { $0["timestamp"] = "2026-11-25" }, "integer"),
            ("timestamp", with { $0["timestamp"] = Int64(Date().timeIntervalSince1970 * 1000) + 3 * day }, "future"),
            ("passed", with { $0["passed"] = nil }, "required"),
            ("passed", with { $0["passed"] = "yes" }, "true or false"),
            ("errorType", with { $0["errorType"] = nil }, "required"),
            ("errorType", with { $0["errorType"] = "typo" }, "one of"),
            ("errorType", with { $0["passed"] = true }, "passed run"),
            ("executionTimeMs", with { $0["executionTimeMs"] = -1 }, "not from"),
            ("testsPassed", Make.submit("s", "v1", "two-sum", at: anchor, accepted: false, passed: 11, total: 10), "more than"),
            ("accepted", ["id": "s2", "type": "submit", "learner": "v1", "problem": "p", "language": "c", "timestamp": anchor,
                          "accepted": true, "testsPassed": 3, "testsTotal": 10], "every test"),
            ("testsTotal", ["id": "s3", "type": "submit", "learner": "v1", "problem": "p", "language": "c", "timestamp": anchor,
                            "accepted": false, "testsPassed": 3], "required"),
            ("helpTier", ["id": "h", "type": "assist", "learner": "v1", "problem": "p", "language": "c", "timestamp": anchor,
                          "helpTier": "solution"], "one of"),
            ("struggleLevel", ["id": "h2", "type": "assist", "learner": "v1", "problem": "p", "language": "c", "timestamp": anchor,
                               "helpTier": "hint", "struggleLevel": 9], "not from"),
            ("attempts", ["id": "v", "type": "solve", "learner": "v1", "problem": "p", "language": "c", "timestamp": anchor,
                          "attempts": 0, "timeSpent": 3], "not from"),
            ("timeSpent", ["id": "v2", "type": "solve", "learner": "v1", "problem": "p", "language": "c", "timestamp": anchor,
                           "attempts": 2], "required"),
        ]
        var batch: [Any] = [good]
        for (_, e, _) in bad { batch.append(e) }
        batch.append("not an object")
        let r = try a.call("POST", "/v1/events", json: ["events": batch])
        XCTAssertEqual(r.status, 200, r.text)
        XCTAssertEqual(r.object["stored"] as? Int, 1)
        let rejected = r.object["rejected"] as! [[String: Any]]
        XCTAssertEqual(rejected.count, bad.count + 1)
        for (k, (field, _, words)) in bad.enumerated() {
            let item = rejected[k]
            XCTAssertEqual(item["index"] as? Int, k + 1)
            XCTAssertEqual(item["field"] as? String, field, "\(item)")
            XCTAssertTrue((item["reason"] as! String).contains(words), "\(item) should say '\(words)'")
        }
        XCTAssertEqual(rejected.last?["index"] as? Int, bad.count + 1)
        XCTAssertTrue(rejected.last?["field"] is NSNull)
        // Only bad events: 400, with the list.
        let none = try a.call("POST", "/v1/events", json: ["events": [bad[0].1, bad[3].1]])
        XCTAssertEqual(none.status, 400, none.text)
        XCTAssertEqual((none.object["error"] as? [String: Any])?["code"] as? String, "no_valid_events")
        XCTAssertEqual((none.object["rejected"] as? [Any])?.count, 2)
        // Not a batch at all.
        for body in [Data("[1,2]".utf8), Data("{\"events\": []}".utf8), Data("{\"events\": 3}".utf8), Data("nope".utf8), Data()] {
            XCTAssertEqual(try a.call("POST", "/v1/events", body: body).status, 400, String(decoding: body, as: UTF8.self))
        }
        let events = try a.call("GET", "/v1/learners/v1/events")
        XCTAssertEqual((events.object["events"] as? [[String: Any]])?.map { $0["id"] as! String }, ["ok-1"])
        a.stop()
    }

    func testRetriedBatchesAndRepeatedIdsAreStoredOnce() throws {
        let a = try Analytics()
        var batch: [[String: Any]] = []
        for k in 0..<50 {
            let t: Int64 = anchor + Int64(k) * minute
            let error: String? = k % 2 == 0 ? nil : "runtime"
            batch.append(Make.run("r-\(k)", "w\(k % 3)", "two-sum", at: t, passed: k % 2 == 0, error: error))
        }
        let first = try a.call("POST", "/v1/events", json: ["events": batch])
        XCTAssertEqual(first.object["stored"] as? Int, 50)
        XCTAssertEqual(first.object["duplicates"] as? Int, 0)
        let again = try a.call("POST", "/v1/events", json: ["events": batch])
        XCTAssertEqual(again.status, 200, "a retried batch is fine")
        XCTAssertEqual(again.object["stored"] as? Int, 0)
        XCTAssertEqual(again.object["duplicates"] as? Int, 50)
        // Overlapping retry, and the same id twice within one batch.
        var overlap = Array(batch[40...])
        for k in 50..<60 { overlap.append(Make.run("r-\(k)", "w\(k % 3)", "two-sum", at: anchor, passed: true)) }
        overlap.append(overlap[0])
        let third = try a.call("POST", "/v1/events", json: ["events": overlap])
        XCTAssertEqual(third.object["stored"] as? Int, 10)
        XCTAssertEqual(third.object["duplicates"] as? Int, 11)
        // The same id for another learner is another event.
        let other = try a.call("POST", "/v1/events", json: ["events": [Make.run("r-0", "someone-else", "two-sum", at: anchor, passed: true)]])
        XCTAssertEqual(other.object["stored"] as? Int, 1)
        let cohort = try a.call("GET", "/v1/cohorts/insights?window=all&asOf=\(anchor + day)")
        XCTAssertEqual((cohort.object["counts"] as! [String: Any])["runs"] as? Int, 61)
        XCTAssertEqual(cohort.object["learners"] as? Int, 4)
        XCTAssertEqual(try a.insights("w0", asOf: anchor + day)["counts"].flatMap { ($0 as! [String: Any])["runs"] as? Int },
                       (0..<60).filter { $0 % 3 == 0 }.count)
        a.stop()
    }

    func testBatchLimits() throws {
        let a = try Analytics(config: "maxBatchEvents: 20\n")
        let many = (0..<21).map { Make.run("m-\($0)", "z", "two-sum", at: anchor, passed: true) }
        let r = try a.call("POST", "/v1/events", json: ["events": many])
        XCTAssertEqual(r.status, 413)
        XCTAssertEqual((r.object["error"] as? [String: Any])?["code"] as? String, "too_many_events")
        XCTAssertEqual(try a.call("POST", "/v1/events", json: ["events": Array(many.prefix(20))]).status, 200)
        let huge = Data(("{\"events\": [\"" + String(repeating: "x", count: 5 * 1024 * 1024) + "\"]}").utf8)
        XCTAssertEqual(try a.call("POST", "/v1/events", body: huge).status, 413)
        XCTAssertEqual(try a.call("GET", "/health").object["events"] as? Int, 20)
        a.stop()
    }
}
