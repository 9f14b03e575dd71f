import Foundation
import PebbleTestSupport
import XCTest

/// Insights of hand-made histories, through the real service, against the values worked out by
/// hand and against `Independent` (a second computation written differently).
final class InsightsTests: XCTestCase {
    /// The bank's difficulties, read straight from the problem files.
    static let difficulty: [String: String] = {
        var out: [String: String] = [:]
        for id in (try? FileManager.default.contentsOfDirectory(atPath: Analytics.problemsDir)) ?? [] {
            guard let text = try? String(contentsOfFile: "\(Analytics.problemsDir)/\(id)/problem.yaml", encoding: .utf8) else { continue }
            for line in text.split(separator: "\n") where line.hasPrefix("difficulty:") {
                out[id] = line.dropFirst("difficulty:".count).trimmingCharacters(in: .whitespaces)
            }
        }
        return out
    }()

    /// One learner, two problems, worked out by hand:
    /// two-sum: F(syntax) F(syntax) F(logic) hint P submit✓ solve — one episode, recovered in 6 min.
    /// rain-trap: F(runtime) F(runtime) explain … 40 min … F(runtime) F(timeout) P submit✗(logic) submit✓ —
    /// the first episode abandoned (a 37-minute gap), the second recovered in 5 min.
    func testHandMadeHistoryWorkedOutByHand() throws {
        let a = try Analytics()
        let l = "hand-1"
        let t0 = anchor - 3 * day
        let t1 = t0 + hour
        let events: [[String: Any]] = [
            Make.run("a1", l, "two-sum", at: t0, passed: false, error: "syntax"),
            Make.run("a2", l, "two-sum", at: t0 + 2 * minute, passed: false, error: "syntax"),
            Make.run("a3", l, "two-sum", at: t0 + 4 * minute, passed: false, error: "logic"),
            Make.assist("a4", l, "two-sum", at: t0 + 5 * minute, tier: "hint"),
            Make.run("a5", l, "two-sum", at: t0 + 6 * minute, passed: true),
            Make.submit("a6", l, "two-sum", at: t0 + 7 * minute, accepted: true),
            Make.solve("a7", l, "two-sum", at: t0 + 8 * minute, attempts: 4, seconds: 480),
            Make.run("b1", l, "rain-trap", at: t1, passed: false, error: "runtime"),
            Make.run("b2", l, "rain-trap", at: t1 + 3 * minute, passed: false, error: "runtime"),
            Make.assist("b3", l, "rain-trap", at: t1 + 4 * minute, tier: "explain"),
            Make.run("b4", l, "rain-trap", at: t1 + 40 * minute, passed: false, error: "runtime"),
            Make.run("b5", l, "rain-trap", at: t1 + 45 * minute, passed: false, error: "timeout"),
            Make.run("b6", l, "rain-trap", at: t1 + 50 * minute, passed: true),
            Make.submit("b7", l, "rain-trap", at: t1 + 52 * minute, accepted: false, passed: 5, error: "logic"),
            Make.submit("b8", l, "rain-trap", at: t1 + 55 * minute, accepted: true),
        ]
        let answer = try a.call("POST", "/v1/events", json: ["events": events])
        XCTAssertEqual(answer.status, 200, answer.text)
        XCTAssertEqual(answer.object["stored"] as? Int, 15)
        let i = try a.insights(l, window: "7d", asOf: anchor)
        let counts = i["counts"] as! [String: Any]
        XCTAssertEqual(counts["runs"] as? Int, 9)
        XCTAssertEqual(counts["submits"] as? Int, 3)
        XCTAssertEqual(counts["solves"] as? Int, 1)
        XCTAssertEqual(counts["assists"] as? Int, 2)
        // Episodes: two-sum (recovered, 6 min), rain-trap first (abandoned), rain-trap second (F at
        // +40, P at +50: 10 min). The failed submit at +52 opens a fourth, recovered at +55 (3 min).
        let episodes = i["recoveryEpisodes"] as! [String: Any]
        XCTAssertEqual(episodes["total"] as? Int, 4)
        XCTAssertEqual(episodes["recovered"] as? Int, 3)
        XCTAssertEqual(number(i["recoveryEffectiveness"])!, 75, accuracy: 0.05)
        XCTAssertEqual(number(i["avgRecoveryTimeSec"])!, (360 + 600 + 180) / 3.0, accuracy: 0.05)
        // Solved: two-sum (only a hint before: autonomous), rain-trap (an explain before: not).
        XCTAssertEqual(i["solvedProblems"] as? Int, 2)
        XCTAssertEqual(number(i["autonomyRate"])!, 50, accuracy: 0.05)
        XCTAssertEqual(number(i["guidanceReliance"])!, (1 + 2) / 2.0, accuracy: 0.0005)
        // Issues: 2 syntax, 1 logic (run) + 1 logic (submit), 3 runtime, 1 timeout = 8 failures.
        let issues = (i["issueProfile"] as! [[String: Any]]).map { ($0["errorType"] as! String, $0["count"] as! Int, number($0["percentage"])!) }
        XCTAssertEqual(issues.map(\.0), ["runtime", "logic", "syntax", "timeout"])
        XCTAssertEqual(issues.map(\.1), [3, 2, 2, 1])
        XCTAssertEqual(issues[0].2, 37.5, accuracy: 0.05)
        // EQ: two-sum session (S S L P): pairs (S,S)=11/11, (S,L)=8/11, (L,P)=0; rain-trap: session
        // 1 (R R): 11/11; session 2 (R T P): 8/11, 0. Mean over 6 pairs = (1 + 8/11 + 1 + 8/11) / 6.
        XCTAssertEqual(number(i["errorQuotient"])!, (2 + 16.0 / 11) / 6, accuracy: 0.0001)
        // RED: strings of repeats — (S,S) r=1 and (R,R) r=1: 0.5 + 0.5.
        XCTAssertEqual(number(i["repeatedErrorDensity"])!, 1.0, accuracy: 0.0001)
        let radar = i["radar"] as! [String: Int]
        // speed: solve times 480 s (timeSpent) and 55 min (from the first attempt at t1) → median
        // (480 + 3300) / 2 = 1890 s → 100·2^(−1890/600) = 11.3 → 11.
        XCTAssertEqual(radar["speed"], 11)
        XCTAssertEqual(radar["accuracy"], 50, "first submits: two-sum ✓, rain-trap ✗")
        XCTAssertEqual(radar["consistency"], 7, "1 active day of 14")
        XCTAssertEqual(radar["autonomy"], 50)
        let eq: Double = (2 + 16.0 / 11) / 6
        let debugging: Double = 100 * (1 - eq)
        XCTAssertEqual(radar["debugging"], Int(debugging.rounded()))
        let weights: [String: Int] = ["easy": 1, "medium": 2, "hard": 3]
        let points = (weights[Self.difficulty["two-sum"] ?? "easy"] ?? 1) + (weights[Self.difficulty["rain-trap"] ?? "easy"] ?? 1)
        let complexity: Double = 100 * (1 - pow(2, -Double(points) / 10))
        XCTAssertEqual(radar["complexity"], Int(complexity.rounded()))
        let streak = i["streak"] as! [String: Any]
        XCTAssertEqual(streak["current"] as? Int, 0, "the last practice was three days ago")
        XCTAssertEqual(streak["best"] as? Int, 1)
        XCTAssertEqual(streak["todayComplete"] as? Bool, false)
        // Next actions: unsolved problems, the most frequent error class (runtime) first.
        let next = i["nextActions"] as! [[String: Any]]
        XCTAssertEqual(next.count, 3)
        for n in next {
            XCTAssertFalse(["two-sum", "rain-trap"].contains(n["problem"] as! String))
        }
        let runtimeTopics: Set = ["arrays", "linked-lists", "trees", "stacks"]
        XCTAssertFalse(runtimeTopics.isDisjoint(with: next[0]["topics"] as! [String]), "\(next[0])")
        XCTAssertTrue((next[0]["reason"] as! String).contains("runtime"))
        XCTAssertTrue(i["streakRisk"] is NSNull, "no model trained")
        // The window: 7 days back from three days later is still everything; from ten days later nothing.
        XCTAssertEqual((try a.insights(l, window: "7d", asOf: anchor + 3 * day)["counts"] as! [String: Any])["events"] as? Int, 15)
        let later = try a.insights(l, window: "7d", asOf: anchor + 10 * day)
        XCTAssertEqual((later["counts"] as! [String: Any])["events"] as? Int, 0)
        XCTAssertTrue(later["recoveryEffectiveness"] is NSNull)
        XCTAssertTrue(later["errorQuotient"] is NSNull)
        a.stop()
    }

    /// Random small histories of several learners in several zones: every insight equals the
    /// independent computation, for two windows and two clocks.
    func testRandomHandMadeHistoriesAgreeWithIndependentComputation() throws {
        let a = try Analytics()
        let zones = ["UTC", "Asia/Kolkata", "America/New_York", "Pacific/Auckland", "Europe/London", "Asia/Kathmandu"]
        let problems = ["two-sum", "rain-trap", "merge-ranges"]
        var rng = LCG(seed: 99)
        var histories: [String: [[String: Any]]] = [:]
        for n in 0..<6 {
            let l = "rand-\(n)"
            let put = try a.call("PUT", "/v1/learners/\(l)", json: ["timeZone": zones[n]])
            XCTAssertEqual(put.status, 200, put.text)
            var t = anchor - 20 * day + Int64(rng.next(1000)) * minute
            var list: [[String: Any]] = []
            for k in 0..<(20 + rng.next(30)) {
                let p = problems[rng.next(3)]
                let id = "\(l)-\(k)"
                switch rng.next(10) {
                case 0...4:
                    let pass = rng.next(3) == 0
                    list.append(Make.run(id, l, p, at: t, passed: pass, error: pass ? nil : ["syntax", "logic", "runtime", "timeout"][rng.next(4)]))
                case 5, 6:
                    let ok = rng.next(2) == 0
                    list.append(Make.submit(id, l, p, at: t, accepted: ok, passed: 3, error: ok ? nil : (rng.next(2) == 0 ? "logic" : nil)))
                case 7: list.append(Make.assist(id, l, p, at: t, tier: ["hint", "explain", "next"][rng.next(3)]))
                default: list.append(Make.solve(id, l, p, at: t, attempts: 1 + rng.next(5), seconds: Double(rng.next(4000))))
                }
                t += [2, 5, 20, 45, 180, 900, 1500][rng.next(7)] * minute
            }
            histories[l] = list
        }
        let all = histories.values.flatMap { $0 }
        XCTAssertEqual(try a.ingest(all, size: 60).map(\.status), Array(repeating: 200, count: (all.count + 59) / 60))
        var nonTrivial = (eq: 0, red: 0, episodes: 0, solves: 0, streaks: 0)
        for (n, (l, list)) in histories.sorted(by: { $0.key < $1.key }).enumerated() {
            for (window, ms) in [("all", nil), ("7d", Int64(7) * day)] as [(String, Int64?)] {
                for asOf in [anchor, (list.map { ($0["timestamp"] as! NSNumber).int64Value }.max() ?? anchor) + 10 * minute] {
                    let got = try a.insights(l, window: window, asOf: asOf)
                    let want = Independent(events: list, asOf: asOf, windowMs: ms, zone: TimeZone(identifier: zones[n])!, difficulty: Self.difficulty)
                    let what = "\(l) window \(window) asOf \(asOf)"
                    let counts = got["counts"] as! [String: Any]
                    for k in ["run", "submit", "solve", "assist"] { XCTAssertEqual(counts[k + "s"] as? Int, want.counts[k] ?? 0, "\(what) \(k)") }
                    XCTAssertEqual(counts["events"] as? Int, want.counts["events"], what)
                    let issues = (got["issueProfile"] as! [[String: Any]])
                    XCTAssertEqual(issues.map { $0["errorType"] as! String }, want.issues.map(\.0), what)
                    XCTAssertEqual(issues.map { $0["count"] as! Int }, want.issues.map(\.1), what)
                    for (g, w) in zip(issues, want.issues) { XCTAssertEqual(number(g["percentage"])!, w.2, accuracy: 0.051, what) }
                    Self.same(got["errorQuotient"], want.eq, 0.00006, "\(what) EQ")
                    Self.same(got["repeatedErrorDensity"], want.red, 0.00006, "\(what) RED")
                    let ep = got["recoveryEpisodes"] as! [String: Any]
                    XCTAssertEqual(ep["total"] as? Int, want.episodes, "\(what) episodes")
                    XCTAssertEqual(ep["recovered"] as? Int, want.recovered, "\(what) recovered")
                    Self.same(got["recoveryEffectiveness"], want.recoveryEffectiveness, 0.051, "\(what) recovery")
                    Self.same(got["avgRecoveryTimeSec"], want.avgRecoverySec, 0.051, "\(what) recovery time")
                    XCTAssertEqual(got["solvedProblems"] as? Int, want.solved, what)
                    Self.same(got["autonomyRate"], want.autonomyRate, 0.051, "\(what) autonomy")
                    XCTAssertEqual(number(got["guidanceReliance"])!, want.guidance, accuracy: 0.00051, "\(what) guidance")
                    XCTAssertEqual(got["radar"] as? [String: Int], want.radar, what)
                    let streak = got["streak"] as! [String: Any]
                    XCTAssertEqual(streak["current"] as? Int, want.streakCurrent, "\(what) streak")
                    XCTAssertEqual(streak["best"] as? Int, want.streakBest, "\(what) best streak")
                    XCTAssertEqual(streak["todayComplete"] as? Bool, want.todayComplete, "\(what) today")
                    XCTAssertEqual(got["timeZone"] as? String, zones[n])
                    if (want.eq ?? 0) > 0 { nonTrivial.eq += 1 }
                    if (want.red ?? 0) > 0 { nonTrivial.red += 1 }
                    if want.episodes > want.recovered, want.recovered > 0 { nonTrivial.episodes += 1 }
                    if want.solved > 1 { nonTrivial.solves += 1 }
                    if want.streakBest > 1 { nonTrivial.streaks += 1 }
                }
            }
        }
        // The comparison is not vacuous: the histories exercise every measure.
        XCTAssertGreaterThan(nonTrivial.eq, 5, "\(nonTrivial)")
        XCTAssertGreaterThan(nonTrivial.red, 5, "\(nonTrivial)")
        XCTAssertGreaterThan(nonTrivial.episodes, 5, "\(nonTrivial)")
        XCTAssertGreaterThan(nonTrivial.solves, 5, "\(nonTrivial)")
        XCTAssertGreaterThan(nonTrivial.streaks, 2, "\(nonTrivial)")
        a.stop()
    }

    static func same(_ got: Any?, _ want: Double?, _ accuracy: Double, _ what: String) {
        if let want {
            guard let g = number(got) else { return XCTFail("\(what): got \(String(describing: got)), want \(want)") }
            XCTAssertEqual(g, want, accuracy: accuracy, what)
        } else {
            XCTAssertTrue(got is NSNull, "\(what): got \(String(describing: got)), want null")
        }
    }

    /// Streak days follow the learner's zone: practice at 20:00 UTC on two days is two days in
    /// UTC, but in Kolkata (+5:30) it falls on the next dates — and practice at 19:00 and 21:00
    /// UTC on one day is one day in UTC but two in Kolkata.
    func testStreakCountsDaysInTheLearnersTimeZone() throws {
        let a = try Analytics()
        let l = "tz-1"
        let d0 = anchor - 12 * hour  // 2026-11-25T00:00Z
        let events = [
            Make.run("t1", l, "two-sum", at: d0 - 2 * day + 19 * hour, passed: true),  // 11-23 19:00Z = 11-24 00:30 IST
            Make.run("t2", l, "two-sum", at: d0 - 2 * day + 17 * hour, passed: true),  // 11-23 17:00Z = 11-23 22:30 IST
            Make.run("t3", l, "two-sum", at: d0 - day + 20 * hour, passed: true),      // 11-24 20:00Z = 11-25 01:30 IST
        ]
        XCTAssertEqual(try a.call("POST", "/v1/events", json: ["events": events]).status, 200)
        let asOf = d0 + 10 * hour  // 11-25 10:00Z = 15:30 IST
        var s = try a.insights(l, asOf: asOf)["streak"] as! [String: Any]
        // UTC: active 11-23 and 11-24; today (11-25) not yet → current 2, not complete.
        XCTAssertEqual(s["current"] as? Int, 2)
        XCTAssertEqual(s["best"] as? Int, 2)
        XCTAssertEqual(s["todayComplete"] as? Bool, false)
        XCTAssertEqual(try a.call("PUT", "/v1/learners/\(l)", json: ["timeZone": "Asia/Kolkata"]).status, 200)
        s = try a.insights(l, asOf: asOf)["streak"] as! [String: Any]
        // IST: active 11-23, 11-24, 11-25 (today) → 3, complete.
        XCTAssertEqual(s["current"] as? Int, 3)
        XCTAssertEqual(s["best"] as? Int, 3)
        XCTAssertEqual(s["todayComplete"] as? Bool, true)
        let profile = try a.call("GET", "/v1/learners/\(l)")
        XCTAssertEqual(profile.object["timeZone"] as? String, "Asia/Kolkata")
        XCTAssertEqual(profile.object["timeZoneSet"] as? Bool, true)
        XCTAssertEqual(profile.object["events"] as? Int, 3)
        for bad: Any in ["Mars/Olympus", "", 5, String(repeating: "x", count: 80)] {
            let r = try a.call("PUT", "/v1/learners/\(l)", json: ["timeZone": bad])
            XCTAssertEqual(r.status, 400, "\(bad)")
            XCTAssertTrue(r.text.contains("timeZone"), r.text)
        }
        XCTAssertEqual(try a.call("PUT", "/v1/learners/\(l)", json: ["zone": "UTC"]).status, 400)
        XCTAssertEqual(try a.call("GET", "/v1/learners/\(l)").object["timeZone"] as? String, "Asia/Kolkata", "bad input changed nothing")
        a.stop()
    }

    func testQueryParametersAreChecked() throws {
        let a = try Analytics()
        for path in ["/v1/learners/x/insights?window=week", "/v1/learners/x/insights?asOf=yesterday", "/v1/learners/x/insights?asOf=12",
                     "/v1/learners/x/recap?week=2026-48", "/v1/learners/x/recap?week=2025-W53", "/v1/learners/x/recap?audio=maybe",
                     "/v1/learners/x/events?limit=0", "/v1/cohorts/insights?window=1y",
                     "/v1/learners/\(String(repeating: "y", count: 200))/insights"] {
            let r = try a.call("GET", path)
            XCTAssertEqual(r.status, 400, "\(path): \(r.text)")
            XCTAssertNotNil((r.object["error"] as? [String: Any])?["message"], path)
        }
        XCTAssertEqual(try a.call("GET", "/health").status, 200, "the service kept serving")
        a.stop()
    }
}

/// A tiny deterministic generator for the tests' own random histories.
struct LCG {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next(_ n: Int) -> Int {
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        return Int((state >> 33) % UInt64(n))
    }
}
