import ArgumentParser
import Foundation
import PebbleLanguages
import PebbleProblems
import PebbleSandbox

/// `pebble-bench judge`: an a+b problem with 20 tests judged end to end (compile through the
/// cache, every test run and checked) in Python through the warm pool, and in C and C++ with the
/// binary cached; each against the same judging done cold, in the same run.
struct JudgeSuite: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "judge", abstract: "End-to-end judging of a 20-test a+b problem.")

    @Option(help: "Samples per median.") var runs = 9
    @Option(help: "Pre-started run workers per interpreted language (a daemon's pool size; one per test of a job keeps it warm).") var workers = 20
    @Flag(help: "Print one JSON object.") var json = false

    static let solutions: [(String, String)] = [
        ("python3", "import sys\na, b = map(int, sys.stdin.read().split())\nprint(a + b)\n"),
        ("c", "#include <stdio.h>\nint main(void) { long long a, b; if (scanf(\"%lld %lld\", &a, &b) != 2) return 1; printf(\"%lld\\n\", a + b); return 0; }\n"),
        ("cpp", "#include <iostream>\nint main() { long long a, b; std::cin >> a >> b; std::cout << a + b << '\\n'; }\n"),
        ("javascript", "const [a, b] = require('fs').readFileSync(0, 'utf8').trim().split(/\\s+/).map(BigInt);\nconsole.log(String(a + b));\n"),
        ("java", "import java.util.*;\npublic class Main { public static void main(String[] x) { Scanner s = new Scanner(System.in); System.out.println(s.nextLong() + s.nextLong()); } }\n"),
    ]

    func run() async throws {
        let package = try Self.makePackage()
        defer { try? FileManager.default.removeItem(atPath: package.directory) }
        let state = NSTemporaryDirectory() + "pebble-bench-judge-\(getpid())"
        defer { try? FileManager.default.removeItem(atPath: state) }
        var configuration = EngineConfiguration(stateDirectory: state)
        configuration.workers = 2
        for language in ["python3", "javascript"] { configuration.workersPerLanguage[language] = workers }
        configuration.boxPoolSize = 4
        configuration.languages = Set(Self.solutions.map(\.0))
        let engine = try LanguageEngine(configuration: configuration)
        await engine.warmUp()
        let judge = Judge(engine: engine)
        var rows: [(String, Double, Double)] = []
        for (language, source) in Self.solutions where engine.toolchains[language] != nil {
            let t = try engine.toolchain(language)
            let submission = Submission(language: language, files: [t.source: Data(source.utf8)])
            // The first judging compiles (and fills the cache); the samples are what a resubmission costs.
            let first = try await judge.judge(submission, on: package)
            guard first.verdict == .accepted else { throw ValidationError("\(language): \(first.verdict.rawValue) \(first.message ?? "")") }
            var warm: [Double] = [], cold: [Double] = []
            for _ in 0..<runs {
                // Between submissions the pools refill in the background; a submission finds them full.
                await engine.warmUp(seconds: 20, full: true)
                warm.append(try await Measure.ms { _ = try await judge.judge(submission, on: package) })
                await engine.warmUp(seconds: 20, full: true)  // no refill left running under the cold sample
                cold.append(try await Measure.ms { _ = try await judge.judge(submission, on: package, options: .init(warm: false)) })
            }
            rows.append((language, Measure.median(warm), Measure.median(cold)))
        }
        // Function mode: twoSum with 20 small cases, in Python, one driver run through a warm worker.
        let function = try Self.makeFunctionPackage()
        defer { try? FileManager.default.removeItem(atPath: function.directory) }
        let code = "class Solution:\n    def twoSum(self, nums, target):\n        seen = {}\n        for i, x in enumerate(nums):\n"
            + "            if target - x in seen:\n                return [seen[target - x], i]\n            seen[x] = i\n"
        let twoSum = Submission(language: "python3", files: ["main.py": Data(code.utf8)])
        let check = try await judge.judge(twoSum, on: function)
        guard check.verdict == .accepted else { throw ValidationError("function mode: \(check.verdict.rawValue) \(check.message ?? "")") }
        var fWarm: [Double] = [], fCold: [Double] = []
        for _ in 0..<runs {
            await engine.warmUp(seconds: 20, full: true)
            fWarm.append(try await Measure.ms { _ = try await judge.judge(twoSum, on: function) })
            await engine.warmUp(seconds: 20, full: true)
            fCold.append(try await Measure.ms { _ = try await judge.judge(twoSum, on: function, options: .init(warm: false)) })
        }
        rows.append(("python3 (function mode, 20 cases)", Measure.median(fWarm), Measure.median(fCold)))
        await engine.shutdown()
        if json {
            var object: [String: Any] = ["tests": package.tests.count]
            for (l, w, c) in rows {
                let key = l.contains("function") ? "python3FunctionMode" : l
                object[key] = ["warmMs": Measure.round3(w), "coldMs": Measure.round3(c), "ratio": Measure.round3(w / c)]
            }
            print(Measure.json(object))
            return
        }
        print("a+b, \(package.tests.count) tests, judged end to end (binary cached), medians of \(runs), this machine")
        print("warm: \(workers) pre-started workers per interpreter, full when a submission arrives; cold: a fresh interpreter per test")
        print("language                            warm ms   cold ms   warm/cold")
        for (l, w, c) in rows {
            print(l.padding(toLength: 34, withPad: " ", startingAt: 0) + String(format: " %8.1f  %8.1f   %8.2f", w, c, w / c))
        }
        print("(DMOJ's judge on the same a+b with 20 tests, measured on this kind of machine: 1,269 ms Python, 436 ms C)")
    }

    /// twoSum in function mode: 3 sample and 17 secret cases of 8 numbers each, one answer each.
    static func makeFunctionPackage() throws -> ProblemPackage {
        let dir = NSTemporaryDirectory() + "pebble-bench-twosum-\(getpid())"
        try? FileManager.default.removeItem(atPath: dir)
        for sub in ["data/sample", "data/secret"] { try FileManager.default.createDirectory(atPath: dir + "/" + sub, withIntermediateDirectories: true) }
        let yaml = "name: Two sum\nlimits: {time_limit: 1, memory: 256}\nsignature:\n  function: twoSum\n"
            + "  params: [{name: nums, type: \"int[]\"}, {name: target, type: int}]\n  returns: \"int[]\"\n  compare: any-order\n"
        try yaml.write(toFile: dir + "/problem.yaml", atomically: true, encoding: .utf8)
        for i in 1...20 {
            // Powers of two: exactly one pair sums to the target.
            let nums = (0..<8).map { (1 << $0) * i }
            let folder = i <= 3 ? "data/sample" : "data/secret"
            let json = "{\"args\": [\(nums), \(nums[2] + nums[5])], \"expected\": [2, 5]}\n"
            try json.write(toFile: "\(dir)/\(folder)/\(String(format: "%02d", i)).json", atomically: true, encoding: .utf8)
        }
        return try ProblemPackage.load(dir)
    }

    /// a+b in the Kattis format: 3 samples and 17 secret tests.
    static func makePackage() throws -> ProblemPackage {
        let dir = NSTemporaryDirectory() + "pebble-bench-aplusb-\(getpid())"
        try? FileManager.default.removeItem(atPath: dir)
        for sub in ["data/sample", "data/secret"] { try FileManager.default.createDirectory(atPath: dir + "/" + sub, withIntermediateDirectories: true) }
        try "name: A plus B\nlimits:\n  time_limit: 1\n  memory: 256\n".write(toFile: dir + "/problem.yaml", atomically: true, encoding: .utf8)
        var g = SystemRandomNumberGenerator()
        for i in 1...20 {
            let a = Int64.random(in: -1_000_000_000_000...1_000_000_000_000, using: &g), b = Int64.random(in: -1_000_000_000_000...1_000_000_000_000, using: &g)
            let folder = i <= 3 ? "data/sample" : "data/secret"
            try "\(a) \(b)\n".write(toFile: "\(dir)/\(folder)/\(String(format: "%02d", i)).in", atomically: true, encoding: .utf8)
            try "\(a + b)\n".write(toFile: "\(dir)/\(folder)/\(String(format: "%02d", i)).ans", atomically: true, encoding: .utf8)
        }
        return try ProblemPackage.load(dir)
    }
}
