import Foundation
import PebbleTestSupport
import Testing

/// `pebble judge` and `pebble problems` as a person or a script uses them.
@Suite(.serialized, .timeLimit(.minutes(5)))
struct ProblemsCLITests {
    func run(_ arguments: [String]) throws -> (Int32, String) {
        try CLIProcess.run(arguments, environment: ["PATH": "/usr/bin:/bin", "PEBBLE_CACHE_DIR": TestJudge.state + "-cli",
                                                    "PEBBLE_DATA": TestJudge.root.path])
    }

    @Test func judgeJsonHasTheVerdictAndEveryTest() throws {
        let pkg = TestJudge.packages + "/addition"
        let (status, out) = try run(["judge", "--json", "--problem-dir", pkg, pkg + "/submissions/wrong_answer/overflow.cpp"])
        #expect(status == 1)
        let r = try #require(JSONSerialization.jsonObject(with: Data(out.utf8)) as? [String: Any], "\(out)")
        #expect(r["verdict"] as? String == "WA" && r["passed"] as? Int == 5 && r["total"] as? Int == 8)
        let tests = try #require(r["tests"] as? [[String: Any]])
        #expect(tests.count == 6)
        for t in tests {
            for key in ["index", "group", "verdict", "timeMs", "memoryKB"] { #expect(t[key] != nil, "missing \(key)") }
        }
        let last = try #require(tests.last)
        #expect(last["group"] as? String == "secret/b_large")
        #expect(last["feedback"] == nil, "a hidden test shows no data")

        let (ok, okOut) = try run(["judge", "--json", "--tests", "sample", "--problem-dir", pkg, pkg + "/submissions/accepted/add.py"])
        #expect(ok == 0, "\(okOut)")
        #expect((try JSONSerialization.jsonObject(with: Data(okOut.utf8)) as? [String: Any])?["total"] as? Int == 2)
        let (bad, _) = try run(["judge", "--problem", "no-such-problem", pkg + "/submissions/accepted/add.py"])
        #expect(bad == 64)
    }

    @Test func verifyExitsNonZeroOnAMismatchAndSaysWhichSubmission() throws {
        let dir = "/run/pebble-tests/verify-\(getpid())"
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try? FileManager.default.removeItem(atPath: dir)
        try FileManager.default.copyItem(atPath: TestJudge.packages + "/parity", toPath: dir)
        // A correct program filed as wrong: verification must fail on it.
        try FileManager.default.copyItem(atPath: dir + "/submissions/accepted/words.py", toPath: dir + "/submissions/wrong_answer/actually_right.py")
        let (status, out) = try run(["problems", "verify", "--json", dir])
        #expect(status == 1)
        let entries = try #require(JSONSerialization.jsonObject(with: Data(out.utf8)) as? [[String: Any]], "\(out)")
        let wrong = try #require(entries.first { ($0["path"] as? String)?.hasSuffix("actually_right.py") == true })
        #expect(wrong["expected"] as? String == "WA" && wrong["got"] as? String == "AC" && wrong["match"] as? Bool == false)
        for e in entries { for key in ["problem", "path", "expected", "got", "match"] { #expect(e[key] != nil) } }
    }

    @Test func showPrintsTheStarterCodeOfAFunctionModeProblem() throws {
        let (status, out) = try run(["problems", "show", "--json", "--language", "python3", TestJudge.packages + "/twosum"])
        #expect(status == 0)
        let o = try #require(JSONSerialization.jsonObject(with: Data(out.utf8)) as? [String: Any], "\(out)")
        #expect(o["mode"] as? String == "function")
        #expect((o["starter"] as? String)?.contains("def twoSum(self, nums, target)") == true)
        #expect((o["samples"] as? [Any])?.count == 3)
        let (bad, _) = try run(["problems", "show", "--language", "cobol", TestJudge.packages + "/twosum"])
        #expect(bad == 64, "no harness for the language: a clear usage error")
    }
}
