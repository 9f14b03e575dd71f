import Foundation
import PebbleLanguages
@testable import PebbleProblems
import PebbleSandbox
import Testing

/// Kattis packages in the exact format, judged and verified.
@Suite(.serialized, .timeLimit(.minutes(10))) struct PackageJudgingTests {
    @Test func testsRunSamplesFirstThenSecretGroupsInLexicographicOrder() throws {
        let p = try TestJudge.package("addition")
        #expect(p.tests.map(\.name) == ["sample/1", "sample/2", "secret/a_small/01", "secret/a_small/02", "secret/a_small/03",
                                        "secret/b_large/01", "secret/b_large/02", "secret/b_large/03"])
        #expect(p.tests.map(\.index) == Array(1...8))
        #expect(p.samples.count == 2)
        #expect(p.statedTimeLimit == nil, "no limit stated: derived at verification")
        #expect(p.metadata.memoryMB == 256)
        #expect(p.metadata.name == "Addition")
        let roots = try TestJudge.package("roots")
        #expect(roots.statedTimeLimit == 2)
        #expect(roots.metadata.names["es"] == "Raíces cuadradas")
        #expect(roots.outputValidator?.hasSuffix("output_validators/close") == true)
    }

    @Test func timeLimitFilesAndGroupSettingsAreRead() throws {
        let dir = "/run/pebble-tests/pkg-\(getpid())-\(UUID().uuidString.prefix(6))"
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try FileManager.default.createDirectory(atPath: dir + "/data/secret/g1", withIntermediateDirectories: true)
        try "name: T\n".write(toFile: dir + "/problem.yaml", atomically: true, encoding: .utf8)
        try "3\n".write(toFile: dir + "/.timelimit", atomically: true, encoding: .utf8)
        try "on_reject: continue\noutput_validator_flags: float_tolerance 1e-6\n".write(toFile: dir + "/data/secret/testdata.yaml", atomically: true, encoding: .utf8)
        try "on_reject: break\n".write(toFile: dir + "/data/secret/g1/testdata.yaml", atomically: true, encoding: .utf8)
        for f in ["data/secret/a.in", "data/secret/a.ans", "data/secret/g1/b.in", "data/secret/g1/b.ans"] {
            try "1\n".write(toFile: dir + "/" + f, atomically: true, encoding: .utf8)
        }
        var p = try ProblemPackage.load(dir)
        #expect(p.statedTimeLimit == 3)
        #expect(p.tests.map(\.name) == ["secret/a", "secret/g1/b"])
        #expect(p.tests[0].settings.continueOnReject && p.tests[0].settings.outputValidatorFlags == ["float_tolerance", "1e-6"])
        #expect(!p.tests[1].settings.continueOnReject && p.tests[1].settings.outputValidatorFlags == ["float_tolerance", "1e-6"], "inherited")
        try FileManager.default.removeItem(atPath: dir + "/.timelimit")
        try "[domjudge]\ntimelimit = '1.5'\n".write(toFile: dir + "/domjudge-problem.ini", atomically: true, encoding: .utf8)
        p = try ProblemPackage.load(dir)
        #expect(p.statedTimeLimit == 1.5)
    }

    @Test func aWrongSampleShowsItsDataAndHiddenTestsShowNone() async throws {
        try await TestJudge.with { judge in
            let p = try TestJudge.package("addition")
            let subtract = Submission(language: "python3", files: ["main.py": Data("a, b = map(int, input().split())\nprint(a - b)\n".utf8)])
            let r = try await judge.judge(subtract, on: p, options: .init(timeLimitSeconds: 2))
            #expect(r.verdict == .wrongAnswer)
            #expect(r.tests.count == 1, "stops at the first rejected test")
            #expect(r.total == 8 && r.passed == 0)
            let first = try #require(r.tests.first)
            #expect(first.isSample && first.feedback?.input == "1 2\n" && first.feedback?.expected == "3\n" && first.feedback?.actual == "-1\n")
            #expect(first.feedback?.difference?.contains("line 1") == true)
            // A submission that fails only a hidden test learns its verdict, not its data.
            let overflow = Submission(language: "cpp", files: ["main.cpp": Data("#include <iostream>\nint main() { int a, b; std::cin >> a >> b; std::cout << a + b << std::endl; }\n".utf8)])
            let o = try await judge.judge(overflow, on: p, options: .init(timeLimitSeconds: 2))
            #expect(o.verdict == .wrongAnswer)
            #expect(o.passed == 5)
            let hidden = try #require(o.tests.last)
            #expect(!hidden.isSample && hidden.feedback == nil && hidden.name == "secret/b_large/01")
            // Every test when asked: the verdict stays the worst one.
            let all = try await judge.judge(overflow, on: p, options: .init(stopOnFirstFailure: false, timeLimitSeconds: 2))
            #expect(all.tests.count == 8 && all.passed == 6 && all.verdict == .wrongAnswer)
            // Samples only.
            let samples = try await judge.judge(overflow, on: p, options: .init(tests: .sample, timeLimitSeconds: 2))
            #expect(samples.verdict == .accepted && samples.total == 2 && samples.passed == 2)
        }
    }

    @Test func compileAndSyntaxErrorsAreCEWithTheLearnersLine() async throws {
        try await TestJudge.with { judge in
            let p = try TestJudge.package("addition")
            let broken = Submission(language: "c", files: ["main.c": Data("int main(void) {\n    return x;\n}\n".utf8)])
            let r = try await judge.judge(broken, on: p)
            #expect(r.verdict == .compileError && r.tests.isEmpty)
            #expect(r.compile?.diagnostics.first?.line == 2)
            let syntax = Submission(language: "python3", files: ["main.py": Data("print(\n".utf8)])
            let s = try await judge.judge(syntax, on: p)
            #expect(s.verdict == .compileError && s.tests.isEmpty)
        }
    }

    @Test(arguments: ["addition", "roots", "parity", "divisors", "tlsum", "twosum", "treelist", "inplace"])
    func verifyGivesEverySubmissionTheVerdictOfItsFolder(problem: String) async throws {
        try await TestJudge.with { judge in
            let report = try await PackageVerifier(judge: judge).verify(try TestJudge.package(problem))
            for e in report.entries where e.match == false {
                Issue.record("\(problem): \(e.path) expected \(e.expected.rawValue), got \(e.got?.rawValue ?? "-") \(e.note ?? "")")
            }
            #expect(report.ok)
            #expect(report.entries.contains { $0.match == true })
            if problem == "addition" {
                #expect(report.timeLimitDerived && report.timeLimitSeconds >= 1)
                let kotlin = try #require(report.entries.first { $0.path.hasSuffix("add.kt") })
                #expect(kotlin.match == nil && kotlin.note?.contains("skipped") == true, "not installed: skipped, not a mismatch")
                let java = try #require(report.entries.first { $0.path.hasSuffix("add.java") })
                #expect(java.match == true, "class add in add.java, as Kattis names it")
                let python = try #require(report.entries.first { $0.path.hasSuffix("add.py") })
                #expect(python.language == "pypy3", "Python is judged under PyPy, as Kattis does")
            }
        }
    }

    @Test func interactiveTestsInParallelNeverDeadlockOnBoxes() async throws {
        // Two conversations at once need four boxes from a pool of two: they must take turns, not
        // each hold one box and wait forever for a second.
        try await TestJudge.with { judge in
            // The bank's interactive problem (its submissions also cover a validator that rejects first,
            // a submission that never flushes, and one that waits forever: BankTests verify them).
            let p = try ProblemPackage.load(TestJudge.root.appendingPathComponent("problems/guess-number").path)
            let bisect = try Submission.read(p.directory + "/submissions/accepted/solution.py", toolchain: judge.engine.toolchain("python3"))
            let r = try await judge.judge(bisect, on: p, options: .init(parallelism: 4))
            #expect(r.verdict == .accepted && r.passed == r.total)
        }
    }
}
