import Foundation
import PebbleJSON
import PebbleLanguages
@testable import PebbleProblems
import PebbleSandbox
import Testing

/// Function mode: the learner's function, called per case by a driver; only arguments enter the box.
@Suite(.timeLimit(.minutes(5))) struct FunctionModeTests {
    /// Judges every case (no stop at the first failure), to show each case's own result.
    func judge(_ judge: Judge, _ language: String, _ file: String, _ code: String, package name: String = "twosum") async throws -> JudgeResult {
        try await judge.judge(Submission(language: language, files: [file: Data(code.utf8)]), on: try TestJudge.package(name),
                              options: Judge.Options(stopOnFirstFailure: false))
    }

    @Test func aCrashIsREAtTheLearnersOwnLineAndEveryCaseIsReported() async throws {
        try await TestJudge.with { j in
            let code = "def twoSum(nums, target):\n    lookup = {}\n    for i, x in enumerate(nums):\n        lookup[x] = i\n    return [nums[99]]\n"
            let r = try await judge(j, "python3", "main.py", code)
            #expect(r.verdict == .runtimeError)
            #expect(r.tests.count == 6, "one crashing case does not hide the others")
            #expect(r.tests.allSatisfy { $0.diagnostics.first?.file == "solution.py" && $0.diagnostics.first?.line == 5 }, "\(r.tests.map(\.diagnostics))")
            let js = "var twoSum = function(nums, target) {\n  const m = null;\n  return m.get(target);\n};\n"
            let rj = try await judge(j, "javascript", "main.js", js)
            #expect(rj.verdict == .runtimeError)
            #expect(rj.tests.first?.diagnostics.first?.line == 3 && rj.tests.first?.diagnostics.first?.file == "solution.js")
        }
    }

    @Test func aSyntaxErrorIsCEAtTheLearnersLineAndColumn() async throws {
        try await TestJudge.with { j in
            let r = try await judge(j, "python3", "main.py", "def twoSum(nums, target):\n    return [0, 1\n")
            #expect(r.verdict == .compileError)
            let d = try #require(r.compile?.diagnostics.first)
            #expect(d.file == "solution.py" && d.line == 2 && d.column == 12, "\(d)")
            let rj = try await judge(j, "javascript", "main.js", "var twoSum = function(nums, target) {\n  return [0, 1;\n};\n")
            #expect(rj.verdict == .compileError)
            #expect(rj.compile?.diagnostics.first?.file == "solution.js" && rj.compile?.diagnostics.first?.line == 2)
            // An unclosed brace ends inside the learner's own file, not in the driver's glue after it.
            let brace = try await judge(j, "javascript", "main.js", "var twoSum = function(nums, target) {\n  if (nums) {\n  return [0, 1];\n};\n")
            #expect(brace.verdict == .compileError, "\(brace.verdict)")
            #expect(brace.compile?.diagnostics.first?.file == "solution.js" && (brace.compile?.diagnostics.first?.line ?? 99) <= 5)
            let missing = try await judge(j, "python3", "main.py", "def two_sum(nums, target):\n    return [0, 1]\n")
            #expect(missing.verdict == .compileError && missing.message?.contains("twoSum") == true)
        }
    }

    @Test func noExpectedValueIsInTheBoxAndForgedResultsCannotPass() async throws {
        try await TestJudge.with { j in
            // Searches every file it can read for the expected answer of sample 1 and reports what it found.
            let code = """
                import os
                KEY = b"exp" + b"ected"  # spelled apart: this file itself must not count
                FOUND = 0
                for top in ("/box", "/tmp", "/dev/shm"):
                    for root, dirs, files in os.walk(top):
                        for f in files:
                            try:
                                data = open(os.path.join(root, f), "rb").read()
                            except OSError:
                                continue
                            if KEY in data:
                                FOUND += 1
                with open(".pebble-results", "a") as forged:
                    forged.write('{"case": 0, "result": [0, 1]}\\n')
                print('{"case": 1, "result": [1, 2]}')

                def twoSum(nums, target):
                    return [FOUND, -1]

                """
            let r = try await judge(j, "python3", "main.py", code)
            #expect(r.verdict == .wrongAnswer)
            #expect(r.passed == 0)
            #expect(r.tests.first?.feedback?.actual == "[0,-1]", "the box held an expected value: \(String(describing: r.tests.first?.feedback))")
        }
    }

    @Test func starterCodeComesFromTheSignature() throws {
        let p = try TestJudge.package("twosum")
        let s = try #require(p.metadata.signature)
        let python = try Harness.load(language: "python3", templates: TestJudge.root.appendingPathComponent("harness-templates").path).starter(for: s)
        #expect(python.contains("class Solution:") && python.contains("def twoSum(self, nums, target)"))
        let js = try Harness.load(language: "javascript", templates: TestJudge.root.appendingPathComponent("harness-templates").path).starter(for: s)
        #expect(js.contains("var twoSum = function(nums, target)") && js.contains("@param {number[]} nums"))
        #expect(throws: ProblemError.self) { try Harness.load(language: "cobol", templates: TestJudge.root.appendingPathComponent("harness-templates").path) }
    }

    @Test func signaturesParseTheirTypes() throws {
        #expect(try ValueType(parsing: "int[][]") == .array(.array(.int)))
        #expect(try ValueType(parsing: "TreeNode") == .treeNode)
        #expect(throws: ProblemError.self) { try ValueType(parsing: "int[][][]") }
        #expect(throws: ProblemError.self) { try ValueType(parsing: "ListNode[]") }
        #expect(throws: ProblemError.self) { try ValueType(parsing: "map") }
        // true is not 1, 1 is 1.0 only for doubles.
        #expect(!JSONValue.int(1).accepts(.bool(true), as: .int, tolerance: nil))
        #expect(JSONValue.double(0.1).accepts(.double(0.1000000001), as: .double, tolerance: 1e-6))
        #expect(!JSONValue.int(1).accepts(.double(1.5), as: .int, tolerance: nil))
    }

    @Test func cPlusPlusCrashesAndCompileErrorsPointIntoSolutionCpp() async throws {
        try await TestJudge.with { j in
            let crash = "class Solution {\npublic:\n    vector<int> twoSum(vector<int>& nums, int target) {\n        vector<int> none;\n        return {none.at(5)};\n    }\n};\n"
            let r = try await judge(j, "cpp", "main.cpp", crash)
            #expect(r.verdict == .runtimeError, "\(r)")
            #expect(r.tests.count == 6 && r.tests.allSatisfy { $0.message?.contains("out_of_range") == true || $0.message?.contains("exception") == true },
                    "a C++ exception is caught per case: \(r.tests.map(\.message))")
            let broken = "class Solution {\npublic:\n    vector<int> twoSum(vector<int>& nums, int target) {\n        return nums.sizee();\n    }\n};\n"
            let ce = try await judge(j, "cpp", "main.cpp", broken)
            #expect(ce.verdict == .compileError)
            let d = try #require(ce.compile?.diagnostics.first { $0.severity == .error })
            #expect(d.file == "solution.cpp" && d.line == 4 && d.column == 21, "\(d)")
            let starter = try Harness.load(language: "cpp", templates: TestJudge.root.appendingPathComponent("harness-templates").path)
                .starter(for: try #require(TestJudge.package("twosum").metadata.signature))
            #expect(starter.contains("vector<int> twoSum(vector<int>& nums, int target)"), "\(starter)")
        }
    }

    @Test func javaErrorsPointIntoSolutionJava() async throws {
        try await TestJudge.with { j in
            let crash = "class Solution {\n    public int[] twoSum(int[] nums, int target) {\n        return new int[] {nums[99], 0};\n    }\n}\n"
            let r = try await judge(j, "java", "Main.java", crash)
            #expect(r.verdict == .runtimeError)
            #expect(r.tests.allSatisfy { $0.diagnostics.first?.file == "Solution.java" && $0.diagnostics.first?.line == 3 }, "\(r.tests.map(\.diagnostics))")
            let broken = "class Solution {\n    public int[] twoSum(int[] nums, int target) {\n        return nums.size();\n    }\n}\n"
            let ce = try await judge(j, "java", "Main.java", broken)
            #expect(ce.verdict == .compileError)
            let d = try #require(ce.compile?.diagnostics.first)
            #expect(d.file == "Solution.java" && d.line == 3 && d.column == 20, "\(d)")
            let starter = try Harness.load(language: "java", templates: TestJudge.root.appendingPathComponent("harness-templates").path)
                .starter(for: try #require(TestJudge.package("twosum").metadata.signature))
            #expect(starter.contains("public int[] twoSum(int[] nums, int target)"), "\(starter)")
        }
    }
}
