import Foundation
import PebbleTestSupport
import XCTest

final class LiveAndRecapTests: XCTestCase {
    /// `GET /v1/learners/{id}/live`: insights at once, again after new events arrive, heartbeat
    /// comments between; the stream ends when the client goes.
    func testLiveStreamSendsInsightsWhenEventsArrive() throws {
        let a = try Analytics()
        XCTAssertEqual(try a.call("POST", "/v1/events", json: ["events": [Make.run("l1", "live-1", "two-sum", at: anchor, passed: false, error: "logic")]]).status, 200)
        let sse = try SSEReader(port: a.service.port, path: "/v1/learners/live-1/live?window=all")
        XCTAssertTrue(sse.read(until: { $0.contains("event: insights") && $0.contains("}\n\n") }), sse.text)
        XCTAssertEqual(sse.status, 200)
        XCTAssertTrue(sse.headers["content-type"]?.hasPrefix("text/event-stream") == true, "\(sse.headers)")
        XCTAssertEqual(Analytics.document.validateResponse(method: "GET", path: "/v1/learners/live-1/live", status: sse.status,
                                                           contentType: sse.headers["content-type"], body: Data()), [])
        a.record("GET", "/v1/learners/live-1/live")
        XCTAssertEqual((sse.insights.first?["counts"] as? [String: Any])?["events"] as? Int, 1)
        // Another learner's events do not wake this stream; this learner's do.
        XCTAssertEqual(try a.call("POST", "/v1/events", json: ["events": [Make.run("o1", "someone-else", "two-sum", at: anchor, passed: true)]]).status, 200)
        XCTAssertEqual(try a.call("POST", "/v1/events", json: ["events": [Make.run("l2", "live-1", "two-sum", at: anchor + minute, passed: true)]]).status, 200)
        XCTAssertTrue(sse.read(until: { _ in sse.insights.count >= 2 }), sse.text)
        XCTAssertEqual(sse.insights.count, 2, "one update per change")
        let second = sse.insights[1]
        XCTAssertEqual((second["counts"] as? [String: Any])?["events"] as? Int, 2)
        XCTAssertEqual(number(second["recoveryEffectiveness"]) ?? -1, 100, accuracy: 0.01)
        // Each pushed document is an Insights document.
        let doc = try JSONSerialization.data(withJSONObject: second)
        XCTAssertEqual(Analytics.document.validateResponse(method: "GET", path: "/v1/learners/live-1/insights", status: 200,
                                                           contentType: "application/json", body: doc), [])
        XCTAssertTrue(sse.read(until: { _ in sse.heartbeats >= 2 }, timeout: 5), "heartbeats every 0.5 s: \(sse.text)")
        XCTAssertEqual(try a.call("GET", "/health").object["liveStreams"] as? Int, 1)
        sse.close()
        let deadline = Date().addingTimeInterval(5)
        var open = 1
        while open > 0, Date() < deadline {
            usleep(200_000)
            open = try a.call("GET", "/health").object["liveStreams"] as? Int ?? -1
        }
        XCTAssertEqual(open, 0, "the stream ended with its client")
        a.stop()
    }

    /// The weekly recap of a learner in Kolkata, against counts made here; its audio is a real
    /// RIFF/WAVE file of plausible length, stored under STATE_DIR/recaps.
    func testWeeklyRecapAndItsAudio() throws {
        let (found, _) = try CLIProcess.runAll(["sh", "-c", "command -v espeak-ng"])
        XCTAssertEqual(found, 0, "espeak-ng is not installed (apt-get install -y espeak-ng): recaps cannot be spoken")
        let a = try Analytics()
        let l = "recap-1"
        XCTAssertEqual(try a.call("PUT", "/v1/learners/\(l)", json: ["timeZone": "Asia/Kolkata"]).status, 200)
        // 2026-W48 in Kolkata: 2026-11-22T18:30Z … 2026-11-29T18:30Z.
        let monday = anchor - 2 * day - 17 * hour - 30 * minute
        var events: [[String: Any]] = []
        var n = 0
        func add(_ e: [String: Any]) { events.append(e); n += 1 }
        for (d, problem) in [(0, "two-sum"), (1, "rain-trap"), (1, "merge-ranges"), (4, "coin-ways")] {
            let t = monday + Int64(d) * day + 3 * hour
            add(Make.run("w\(n)", l, problem, at: t, passed: false, error: "logic"))
            add(Make.run("w\(n)", l, problem, at: t + 2 * minute, passed: true))
            add(Make.submit("w\(n)", l, problem, at: t + 3 * minute, accepted: true))
        }
        add(Make.run("w\(n)", l, "two-sum", at: monday - 10 * minute, passed: true))          // Sunday 23:50 IST: last week
        add(Make.submit("w\(n)", l, "prime-count", at: monday - 2 * day, accepted: true))      // last week's one solve
        add(Make.run("w\(n)", l, "two-sum", at: monday + 7 * day + minute, passed: true))     // next week
        XCTAssertEqual(try a.call("POST", "/v1/events", json: ["events": events]).status, 200)
        let r = try a.call("GET", "/v1/learners/\(l)/recap?week=2026-W48")
        XCTAssertEqual(r.status, 200, r.text)
        let recap = r.object
        XCTAssertEqual(recap["from"] as? String, "2026-11-23")
        XCTAssertEqual(recap["to"] as? String, "2026-11-29")
        XCTAssertEqual(recap["timeZone"] as? String, "Asia/Kolkata")
        let numbers = recap["numbers"] as! [String: Any]
        XCTAssertEqual(numbers["activeDays"] as? Int, 3)
        XCTAssertEqual(numbers["runs"] as? Int, 8)
        XCTAssertEqual(numbers["solves"] as? Int, 4)
        XCTAssertEqual(numbers["previousWeekSolves"] as? Int, 1)
        XCTAssertEqual(number(numbers["recoveryEffectiveness"])!, 100, accuracy: 0.01)
        let narrative = recap["narrative"] as! String
        XCTAssertTrue(narrative.hasPrefix("Week 48 of 2026: you practised on 3 days"), narrative)
        XCTAssertTrue(narrative.contains("solved 4 problems, 3 more than the week before"), narrative)
        let strongest = (recap["strongestArea"] as! [String: Any])["axis"] as! String
        XCTAssertTrue(narrative.contains("strongest area was \(strongest)"), narrative)
        XCTAssertNil(recap["audio"])
        let empty = try a.call("GET", "/v1/learners/\(l)/recap?week=2026-W40").object
        XCTAssertEqual((empty["numbers"] as! [String: Any])["activeDays"] as? Int, 0)
        XCTAssertTrue((empty["narrative"] as! String).contains("no practice was recorded"))

        let withAudio = try a.call("GET", "/v1/learners/\(l)/recap?week=2026-W48&audio=1", )
        XCTAssertEqual(withAudio.status, 200, withAudio.text)
        let audio = withAudio.object["audio"] as! [String: Any]
        let url = audio["url"] as! String
        let wav = try a.call("GET", url)
        XCTAssertEqual(wav.status, 200)
        XCTAssertEqual(wav.contentType, "audio/wav")
        // Parse the header here, independently: RIFF, WAVE, fmt, data.
        let b = [UInt8](wav.body)
        func u32(_ i: Int) -> Int { (0..<4).reduce(0) { $0 | Int(b[i + $1]) << (8 * $1) } }
        XCTAssertEqual(String(decoding: b[0..<4], as: UTF8.self), "RIFF")
        XCTAssertEqual(String(decoding: b[8..<12], as: UTF8.self), "WAVE")
        XCTAssertEqual(u32(4), b.count - 8, "the RIFF size is the file's")
        var i = 12, byteRate = 0, dataBytes = 0
        while i + 8 <= b.count {
            let id = String(decoding: b[i..<(i + 4)], as: UTF8.self), size = u32(i + 4)
            if id == "fmt " { byteRate = u32(i + 16) }
            if id == "data" { dataBytes = size }
            i += 8 + size
        }
        XCTAssertGreaterThan(byteRate, 0)
        let seconds = Double(dataBytes) / Double(byteRate)
        let words = Double(narrative.split(separator: " ").count)
        XCTAssertGreaterThan(seconds, 1, "a few sentences last more than a second")
        XCTAssertTrue((1.0...6.0).contains(words / seconds), "\(words) words in \(seconds) s is not speech")
        XCTAssertEqual(number(audio["durationSec"])!, seconds, accuracy: 0.01)
        let stored = try FileManager.default.contentsOfDirectory(atPath: a.state + "/recaps").filter { $0.hasSuffix(".wav") }
        XCTAssertEqual(stored.count, 1, "\(stored)")
        XCTAssertFalse(stored[0].contains(l), "file names do not carry the learner id")
        _ = try a.call("GET", "/v1/learners/\(l)/recap?week=2026-W48&audio=1")
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: a.state + "/recaps").count, 1, "the same recap reuses its file")
        a.stop()
    }

    /// Every operation of docs/api/analytics.yaml, once, against one service.
    func testEveryDocumentedOperationIsExercised() throws {
        let a = try Analytics()
        a.call_("GET", "/health")
        a.call_("GET", "/metrics")
        a.call_("POST", "/v1/events", json: ["events": [Make.run("t1", "tour", "two-sum", at: anchor, passed: true)]])
        a.call_("PUT", "/v1/learners/tour", json: ["timeZone": "Europe/Berlin"])
        a.call_("GET", "/v1/learners/tour")
        a.call_("GET", "/v1/learners/tour/events?limit=5")
        a.call_("GET", "/v1/learners/tour/insights?window=7d")
        a.call_("GET", "/v1/learners/tour/recap")
        a.call_("GET", "/v1/learners/tour/recap/audio?week=2026-W48")
        a.call_("GET", "/v1/cohorts/insights?language=python3&window=30d")
        let sse = try SSEReader(port: a.service.port, path: "/v1/learners/tour/live")
        XCTAssertTrue(sse.read(until: { $0.contains("event: insights") }))
        XCTAssertEqual(Analytics.document.validateResponse(method: "GET", path: "/v1/learners/tour/live", status: sse.status,
                                                           contentType: sse.headers["content-type"], body: Data()), [])
        a.record("GET", "/v1/learners/tour/live")
        sse.close()
        let metrics = try a.call("GET", "/metrics").text
        XCTAssertTrue(metrics.contains("analytics_events_total"), metrics)
        let documented = Set(Analytics.document.operations.map { "\($0.method) \($0.path)" })
        XCTAssertEqual(documented.subtracting(a.exercised), [], "operations never exercised")
        a.stop()
    }
}

extension Analytics {
    /// A call that must succeed (2xx).
    func call_(_ method: String, _ path: String, json: Any? = nil, file: StaticString = #filePath, line: UInt = #line) {
        do {
            let r = try call(method, path, json: json, file: file, line: line)
            XCTAssertTrue((200..<300).contains(r.status), "\(method) \(path): \(r.status) \(r.text)", file: file, line: line)
        } catch {
            XCTFail("\(method) \(path): \(error)", file: file, line: line)
        }
    }
}
