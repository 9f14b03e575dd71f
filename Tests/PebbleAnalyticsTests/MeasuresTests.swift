import Foundation
import PebbleAnalytics
import PebbleJSON
import XCTest

/// The published measures against their published worked examples, and against a second,
/// deliberately different computation on many small sequences.
final class MeasuresTests: XCTestCase {
    typealias Seq = [ErrorType?]
    let A = ErrorType.syntax, B = ErrorType.logic, C = ErrorType.runtime

    /// Jadud's EQ: the test vectors of the reference implementation (SERI-CS/iticse24-error-measures,
    /// jadud.py, students A–I): compile sequences with their errors, and the expected EQ.
    func testErrorQuotientMatchesPublishedWorkedExamples() {
        let cases: [(String, Seq, Double)] = [
            ("A: no errors", [nil, nil], 0),
            ("B: errors not consecutive, different", [A, nil, B], 0),
            ("C: errors not consecutive, same", [A, nil, A], 0),
            ("D: consecutive, different types", [A, B], 8.0 / 11),            // 0.7272…
            ("E: consecutive, same type", [A, A], 1.0),
            ("F: same, same", [A, A, A], 1.0),
            ("G: same, different", [A, A, B], (1.0 + 8.0 / 11) / 2),         // 0.8636…
            ("H: different, same", [A, B, B], (8.0 / 11 + 1.0) / 2),         // 0.8636…
            ("I: different, different", [A, B, C], 8.0 / 11),
        ]
        for (name, seq, expected) in cases {
            XCTAssertEqual(DebuggingMeasures.errorQuotient([seq])!, expected, accuracy: 1e-12, name)
        }
        XCTAssertEqual(DebuggingMeasures.errorQuotient([[A, B]])!, 0.7272727272727273, accuracy: 1e-15)
        XCTAssertEqual(DebuggingMeasures.errorQuotient([[A, A, B]])!, 0.8636363636363636, accuracy: 1e-15)
        XCTAssertNil(DebuggingMeasures.errorQuotient([[A]]), "one compilation has no pair")
        XCTAssertNil(DebuggingMeasures.errorQuotient([]))
    }

    /// Becker's RED: a string of r repeated pairs adds r²/(r+1) — 1 → 0.5, 2 → 1.33, 3 → 2.25 — and
    /// strings add up, unnormalised.
    func testRepeatedErrorDensityMatchesPublishedWorkedExamples() {
        XCTAssertEqual(DebuggingMeasures.repeatedErrorDensity([[A, A]])!, 0.5, accuracy: 1e-12)
        XCTAssertEqual(DebuggingMeasures.repeatedErrorDensity([[A, A, A]])!, 4.0 / 3, accuracy: 1e-12)
        XCTAssertEqual(DebuggingMeasures.repeatedErrorDensity([[A, A, A, A]])!, 2.25, accuracy: 1e-12)
        XCTAssertEqual(DebuggingMeasures.repeatedErrorDensity([[A, A, B, B, B]])!, 0.5 + 4.0 / 3, accuracy: 1e-12)
        XCTAssertEqual(DebuggingMeasures.repeatedErrorDensity([[A, B, C, nil, A]])!, 0, accuracy: 1e-12)
        XCTAssertEqual(DebuggingMeasures.repeatedErrorDensity([[A, A, nil, A, A]])!, 1.0, accuracy: 1e-12, "a success ends a string")
        XCTAssertEqual(DebuggingMeasures.repeatedErrorDensity([[A, A], [A, A]])!, 1.0, accuracy: 1e-12, "sessions do not join strings")
        XCTAssertNil(DebuggingMeasures.repeatedErrorDensity([[A]]))
    }

    /// The independent computation: EQ by scoring every pair explicitly into a list and taking the
    /// mean; RED from run-length encoding of the repeat flags. Compared on 500 random sequences.
    func testMeasuresAgreeWithAnIndependentComputation() {
        var rng = SplitMix64(seed: 7)
        let alphabet: [ErrorType?] = [nil, .syntax, .logic, .runtime]
        for _ in 0..<500 {
            let sessions: [Seq] = (0..<Int(rng.unit() * 3 + 1)).map { _ in
                (0..<Int(rng.unit() * 9)).map { _ in alphabet[Int(rng.unit() * 4) % 4] }
            }
            var scores: [Double] = []
            var flags: [[Bool]] = []
            for s in sessions {
                var f: [Bool] = []
                for (a, b) in zip(s, s.dropFirst()) {
                    let bothErr = a != nil && b != nil
                    scores.append(bothErr ? (a == b ? 11.0 : 8.0) / 11.0 : 0)
                    f.append(bothErr && a == b)
                }
                flags.append(f)
            }
            let eq = scores.isEmpty ? nil : scores.reduce(0, +) / Double(scores.count)
            var red = 0.0
            for f in flags {
                let runs = f.split(separator: false).map(\.count)
                red += runs.reduce(0.0) { $0 + Double($1 * $1) / Double($1 + 1) }
            }
            let expectedRED: Double? = scores.isEmpty ? nil : red
            if let eq {
                XCTAssertEqual(DebuggingMeasures.errorQuotient(sessions)!, eq, accuracy: 1e-12, "\(sessions)")
            } else {
                XCTAssertNil(DebuggingMeasures.errorQuotient(sessions))
            }
            if let expectedRED {
                XCTAssertEqual(DebuggingMeasures.repeatedErrorDensity(sessions)!, expectedRED, accuracy: 1e-12, "\(sessions)")
            } else {
                XCTAssertNil(DebuggingMeasures.repeatedErrorDensity(sessions))
            }
        }
    }

    /// AUC on a hand example: scores 0.1 0.4 0.35 0.8 with labels 0 0 1 1 → 3 of 4 positive–negative
    /// pairs ordered right = 0.75 (the textbook ROC example); ties count half.
    func testAUCOnAHandExampleAndAgainstPairCounting() {
        XCTAssertEqual(areaUnderROC(scores: [0.1, 0.4, 0.35, 0.8], labels: [0, 0, 1, 1])!, 0.75, accuracy: 1e-12)
        XCTAssertEqual(areaUnderROC(scores: [0.5, 0.5], labels: [0, 1])!, 0.5, accuracy: 1e-12)
        XCTAssertEqual(areaUnderROC(scores: [0.9, 0.1], labels: [1, 0])!, 1.0, accuracy: 1e-12)
        XCTAssertNil(areaUnderROC(scores: [0.1, 0.2], labels: [1, 1]))
        var rng = SplitMix64(seed: 3)
        for _ in 0..<50 {
            let n = 2 + Int(rng.unit() * 40)
            let scores = (0..<n).map { _ in Double(Int(rng.unit() * 6)) / 5 }  // many ties
            var labels = (0..<n).map { _ in rng.unit() < 0.4 ? 1.0 : 0.0 }
            labels[0] = 1
            labels[1] = 0
            var good = 0.0, pairs = 0.0
            for i in 0..<n where labels[i] == 1 {
                for j in 0..<n where labels[j] == 0 {
                    pairs += 1
                    good += scores[i] > scores[j] ? 1 : scores[i] == scores[j] ? 0.5 : 0
                }
            }
            XCTAssertEqual(areaUnderROC(scores: scores, labels: labels)!, good / pairs, accuracy: 1e-12)
        }
    }

    func testLogisticRegressionLearnsASeparableSignal() {
        var rng = SplitMix64(seed: 11)
        var x: [[Double]] = [], y: [Double] = []
        for _ in 0..<400 {
            let a = rng.normal(), b = rng.normal() * 100 + 50  // different scales: standardisation matters
            x.append([a, b])
            y.append(a + (b - 50) / 100 + rng.normal() * 0.3 > 0 ? 1 : 0)
        }
        let m = LogisticRegression.fit(x, y)
        XCTAssertGreaterThan(m.weights[0], 0.5)
        XCTAssertGreaterThan(m.weights[1], 0.5)
        XCTAssertGreaterThan(areaUnderROC(scores: x.map(m.probability), labels: y)!, 0.9)
        XCTAssertGreaterThan(m.probability([3, 350]), 0.95)
        XCTAssertLessThan(m.probability([-3, -250]), 0.05)
    }

    func testISOWeeks() {
        let kolkata = TimeZone(identifier: "Asia/Kolkata")!
        let w = ISOWeek("2026-W48")!
        let (start, end) = w.bounds(in: kolkata)
        // Monday 2026-11-23 00:00 IST = 2026-11-22T18:30:00Z.
        XCTAssertEqual(start, anchor - 2 * day - 17 * hour - 30 * minute)
        XCTAssertEqual(end - start, 7 * 86_400_000)
        XCTAssertEqual(w.previous.description, "2026-W47")
        XCTAssertEqual(ISOWeek("2027-W01")!.previous.description, "2026-W53")
        XCTAssertNil(ISOWeek("2025-W53"), "2025 has 52 ISO weeks")
        XCTAssertNotNil(ISOWeek("2026-W53"), "2026 has 53 (it starts on a Thursday)")
        for bad in ["2026-48", "2026-W00", "2026-W54", "26-W10", "2026-W4", "x"] { XCTAssertNil(ISOWeek(bad), bad) }
        XCTAssertEqual(ISOWeek(containing: start, timeZone: kolkata), w)
        XCTAssertEqual(ISOWeek(containing: start - 1, timeZone: kolkata), w.previous)
    }

    /// Local days: counted in the learner's zone (2026-11-25 20:00Z is already the 26th in Kolkata),
    /// across a DST change (New York, 2026-11-01).
    func testLocalDaysAndStreaks() {
        let utc = LocalDays(TimeZone(identifier: "UTC")!), ist = LocalDays(TimeZone(identifier: "Asia/Kolkata")!)
        let t = anchor + 8 * hour  // 2026-11-25T20:00Z
        XCTAssertEqual(utc.label(utc.day(t)), "2026-11-25")
        XCTAssertEqual(ist.label(ist.day(t)), "2026-11-26")
        XCTAssertEqual(ist.start(ofDay: ist.day(t)), anchor + 12 * hour - 5 * hour - 30 * minute)  // 2026-11-25T18:30Z
        let ny = LocalDays(TimeZone(identifier: "America/New_York")!)
        let d = ny.day(1_793_502_000_000)  // 2026-11-01T03:00Z = 2026-10-31 23:00 EDT
        XCTAssertEqual(ny.label(d), "2026-10-31")
        XCTAssertEqual(ny.start(ofDay: d + 2) - ny.start(ofDay: d + 1), 25 * hour, "the day DST ends has 25 hours")
        XCTAssertEqual(LocalDays.weekday(utc.day(anchor)), 2, "2026-11-25 is a Wednesday")
        XCTAssertEqual(Streak.compute(activeDays: [1, 2, 3, 5, 6], today: 6), Streak(current: 2, best: 3, todayComplete: true))
        XCTAssertEqual(Streak.compute(activeDays: [1, 2, 3, 5, 6], today: 7), Streak(current: 2, best: 3, todayComplete: false))
        XCTAssertEqual(Streak.compute(activeDays: [1, 2, 3, 5, 6], today: 8), Streak(current: 0, best: 3, todayComplete: false))
    }

    /// The judge's frames (as pebble-judged publishes them) map to run and submit events.
    func testJudgeEventMapping() {
        func frame(_ kind: String, _ extra: [String: JSONValue]) -> [String: JSONValue] {
            var f: [String: JSONValue] = ["type": .string("event"), "event": .string("job.finished"), "job": .string("j-1"),
                                          "kind": .string(kind), "finishedAt": .int(anchor)]
            for (k, v) in extra { f[k] = v }
            return f
        }
        let meta: JSONValue = .object(["learner": .string("u1"), "eventId": .string("e-9")])
        let wa = JudgeEventMapper.event(from: frame("judge", ["verdict": .string("WA"), "passed": .int(3), "total": .int(23),
                                                              "language": .string("cpp"), "problem": .string("two-sum"), "meta": meta]))!
        XCTAssertEqual(wa.type, .submit)
        XCTAssertEqual(wa.id, "e-9")
        XCTAssertEqual(wa.accepted, false)
        XCTAssertEqual(wa.testsPassed, 3)
        XCTAssertEqual(wa.testsTotal, 23)
        XCTAssertEqual(wa.errorType, .logic)
        XCTAssertEqual(wa.timestamp, anchor)
        XCTAssertEqual(wa.source, .judge)
        let ac = JudgeEventMapper.event(from: frame("judge", ["verdict": .string("AC"), "passed": .int(23), "total": .int(23), "meta": meta]))!
        XCTAssertEqual(ac.accepted, true)
        XCTAssertNil(ac.errorType)
        let expected: [(String, String, ErrorType)] = [("CE", "cpp", .compile), ("CE", "python3", .syntax), ("RE", "java", .runtime),
                                                       ("TLE", "c", .timeout), ("MLE", "java", .memory), ("WA", "c", .logic)]
        for (verdict, language, type) in expected {
            XCTAssertEqual(JudgeEventMapper.errorType(verdict, language: language), type, "\(verdict) \(language)")
        }
        let run = JudgeEventMapper.event(from: frame("run", ["status": .string("CE"), "timeMs": .double(5.3),
                                                             "meta": .object(["learner": .string("u1"), "eventId": .string("r-1"),
                                                                              "problem": .string("two-sum"), "language": .string("python3")])]))!
        XCTAssertEqual(run.type, .run)
        XCTAssertEqual(run.passed, false)
        XCTAssertEqual(run.errorType, .syntax)
        XCTAssertEqual(run.problem, "two-sum")
        XCTAssertEqual(run.executionTimeMs, 5.3)
        let ok = JudgeEventMapper.event(from: frame("run", ["status": .string("OK"), "meta": .object(["learner": .string("u1")])]))!
        XCTAssertEqual(ok.passed, true)
        XCTAssertEqual(ok.id, "judge-j-1", "no eventId: the job id")
        XCTAssertNil(JudgeEventMapper.event(from: frame("run", ["status": .string("OK")])), "not the platform's job: no learner")
        XCTAssertNil(JudgeEventMapper.event(from: frame("batch", ["meta": meta])))
        XCTAssertNil(JudgeEventMapper.event(from: frame("judge", ["verdict": .string("WA"), "meta": .object(["learner": .string("u1"), "purpose": .string("coach")])])),
                     "the coach's grounding judge is not the learner's submission")
    }
}
