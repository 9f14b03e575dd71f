import Foundation
import PebbleAnalytics
import PebbleJSON
import PebbleTestSupport
import XCTest

/// 200 learners × 8 weeks, ingested through HTTP in batches (some retried), then aggregated,
/// trained on, and scored.
final class GeneratedHistoryTests: XCTestCase {
    func testTwoHundredLearnersOverEightWeeks() throws {
        let a = try Analytics()
        // A fixed end (2026-11-30T12:00Z): the history, and so the model's AUC, is the same on every run.
        let end = anchor + 5 * day
        let history = SyntheticHistory.generate(SyntheticHistory.Options(end: end))
        let events = history.events
        XCTAssertEqual(Set(events.map(\.learner)).count, 200)
        XCTAssertGreaterThan(events.count, 20_000)
        for (learner, zone) in history.timeZones {
            XCTAssertEqual(try a.call("PUT", "/v1/learners/\(learner)", json: ["timeZone": zone]).status, 200)
        }
        let bodies = stride(from: 0, to: events.count, by: 1000).map { start in
            Data(JSONValue.object(["events": .array(events[start..<min(events.count, start + 1000)].map(\.json))]).compactJSON.utf8)
        }
        var stored = 0, duplicates = 0
        let started = Date()
        for body in bodies {
            let r = try a.call("POST", "/v1/events", body: body)
            XCTAssertEqual(r.status, 200)
            stored += r.object["stored"] as? Int ?? 0
            duplicates += r.object["duplicates"] as? Int ?? 0
        }
        let seconds = Date().timeIntervalSince(started)
        print("ingested \(events.count) events in \(bodies.count) batches through HTTP in \(String(format: "%.2f", seconds)) s")
        XCTAssertEqual(stored, events.count)
        XCTAssertEqual(duplicates, 0)
        // Retries: three whole batches again (a client that timed out and resent).
        for body in [bodies[0], bodies[bodies.count / 2], bodies[bodies.count - 1]] {
            let r = try a.call("POST", "/v1/events", body: body)
            XCTAssertEqual(r.object["stored"] as? Int, 0)
            XCTAssertGreaterThan(r.object["duplicates"] as? Int ?? 0, 0)
        }
        XCTAssertEqual(try a.call("GET", "/health").object["events"] as? Int, events.count, "retries are not double-counted")

        // The cohort (SQL) against counts made here.
        let c = try a.call("GET", "/v1/cohorts/insights?window=all&asOf=\(end)").object
        let counts = c["counts"] as! [String: Any]
        XCTAssertEqual(c["learners"] as? Int, 200)
        XCTAssertEqual(counts["events"] as? Int, events.count)
        for t in ["run", "submit", "solve", "assist"] {
            XCTAssertEqual(counts[t + "s"] as? Int, events.filter { $0.type.rawValue == t }.count, t)
        }
        XCTAssertEqual(counts["failedRuns"] as? Int, events.filter { $0.type == .run && $0.passed == false }.count)
        XCTAssertEqual(counts["acceptedSubmits"] as? Int, events.filter { $0.type == .submit && $0.accepted == true }.count)
        let solves = events.filter { $0.type == .solve }
        XCTAssertEqual(number(c["avgAttemptsPerSolve"])!, Double(solves.map { $0.attempts! }.reduce(0, +)) / Double(solves.count), accuracy: 0.051)
        let python = try a.call("GET", "/v1/cohorts/insights?window=all&language=python3&asOf=\(end)").object
        XCTAssertEqual(python["learners"] as? Int, Set(events.filter { $0.language == "python3" }.map(\.learner)).count)
        XCTAssertEqual((python["counts"] as! [String: Any])["events"] as? Int, events.filter { $0.language == "python3" }.count)
        let week = try a.call("GET", "/v1/cohorts/insights?window=7d&asOf=\(end)").object
        XCTAssertEqual((week["counts"] as! [String: Any])["events"] as? Int, events.filter { $0.timestamp > end - 7 * day }.count)
        let failures = events.filter { $0.isFailure && $0.errorType != nil }
        let issues = (c["issueProfile"] as! [[String: Any]])
        XCTAssertEqual(issues.map { $0["count"] as! Int }.reduce(0, +), failures.count)
        XCTAssertEqual(issues.first?["count"] as? Int, Dictionary(grouping: failures, by: { $0.errorType! }).values.map(\.count).max())

        // One generated learner's insights against the independent computation.
        let learner = "gen-007"
        let mine = events.filter { $0.learner == learner }.map { e -> [String: Any] in
            try! JSONSerialization.jsonObject(with: Data(e.json.compactJSON.utf8)) as! [String: Any]
        }
        let got = try a.insights(learner, window: "30d", asOf: end)
        let want = Independent(events: mine, asOf: end, windowMs: 30 * day, zone: TimeZone(identifier: history.timeZones[learner]!)!,
                               difficulty: InsightsTests.difficulty)
        XCTAssertEqual(got["radar"] as? [String: Int], want.radar)
        XCTAssertEqual((got["streak"] as! [String: Any])["best"] as? Int, want.streakBest)
        InsightsTests.same(got["errorQuotient"], want.eq, 0.00006, "EQ")
        InsightsTests.same(got["repeatedErrorDensity"], want.red, 0.00006, "RED")
        InsightsTests.same(got["recoveryEffectiveness"], want.recoveryEffectiveness, 0.051, "recovery")

        // Streak risk: train on the stored history (the service keeps running), AUC on held-out learners.
        let exe = URL(fileURLWithPath: CLIProcess.pebble).deletingLastPathComponent().appendingPathComponent("pebble-analytics").path
        let (status, out) = try CLIProcess.run(["train", "--state-dir", a.state, "--as-of", String(end)], executable: exe)
        print(out)
        XCTAssertEqual(status, 0, out)
        let aucLine = out.split(separator: "\n").first { $0.hasPrefix("AUC (held-out learners):") }
        let auc = aucLine.flatMap { Double($0.split(separator: ":").last!.trimmingCharacters(in: .whitespaces)) }
        XCTAssertNotNil(auc, out)
        XCTAssertGreaterThan(auc ?? 0, 0.6, "the generated history has a real signal: the model must find it")
        XCTAssertNotNil(try a.call("GET", "/health").object["streakRiskModel"] as? Int)
        var scored = 0
        for l in history.timeZones.keys.sorted() {
            let i = try a.insights(l, window: "7d", asOf: end)
            let streak = (i["streak"] as! [String: Any])["current"] as! Int
            if streak > 0 {
                let risk = i["streakRisk"] as! [String: Any]
                let p = number(risk["probability"])!
                XCTAssertTrue(p > 0 && p < 1, "\(p)")
                XCTAssertEqual((risk["modelTrainedAt"] as? NSNumber)?.int64Value, end)
                scored += 1
            } else {
                XCTAssertTrue(i["streakRisk"] is NSNull, "no streak, nothing to break")
            }
            if scored >= 10 { break }
        }
        XCTAssertGreaterThan(scored, 0)
        a.stop()
    }
}
