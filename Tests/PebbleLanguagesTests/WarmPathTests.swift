import Foundation
@testable import PebbleLanguages
@testable import PebbleSandbox
import Testing

/// Every warm path gives what its cold twin gives (design section 4), counted from the hand-over.
@Suite(.serialized) struct WarmPathTests {
    /// Programs that exercise what a worker could get wrong: stdin, exit codes, tracebacks, syntax errors.
    static let programs: [String: [String]] = [
        "python3": [
            "import sys\ndata = sys.stdin.read().split()\nprint(len(data), sum(map(int, data)))\n",
            "import sys\nprint('bye', file=sys.stderr)\nsys.exit(3)\n",
            "def f(x):\n    return 10 // x\n\nprint(f(int(input())))\n",
            "print('never'\n",
            "print(__name__, __file__)\nimport sys\nprint(sys.argv, sys.path[0])\n",
            "import atexit, threading, time\natexit.register(lambda: print('at exit'))\ndef late():\n    time.sleep(0.05)\n    print('thread done')\nthreading.Thread(target=late).start()\nprint('main done')\n",
        ],
        "javascript": [
            "const d = require('fs').readFileSync(0, 'utf8').split(/\\s+/).filter(Boolean);\nconsole.log(d.length, d.reduce((a, b) => a + Number(b), 0));\n",
            "console.error('bye');\nprocess.exit(3);\n",
            "function f(x) {\n  return x.y.z;\n}\nconsole.log(f({}));\n",
            "console.log('never'\n",
            "console.log(require.main === module, __filename, process.argv.slice(1));\n",
        ],
        "typescript": [
            "import * as fs from 'fs';\nconst d: string[] = fs.readFileSync(0, 'utf8').split(/\\s+/).filter(Boolean);\nconsole.log(d.length, d.reduce((a: number, b: string) => a + Number(b), 0));\n",
            "console.error('bye');\nprocess.exit(3);\n",
            "function f(x: any): number {\n  return x.y.z;\n}\nconsole.log(f({}));\n",
            "let x: number = 'text';\n",
            "console.log(process.argv.length);\n",
        ],
        "ruby": [
            "data = $stdin.read.split\nputs \"#{data.size} #{data.map(&:to_i).sum}\"\n",
            "$stderr.puts 'bye'\nexit 3\n",
            "def f(x)\n  10 / x\nend\nputs f(0)\n",
            "puts(1\n",
            "puts $0, __FILE__, ARGV.inspect, __method__.inspect\n",
        ],
        "java": [
            "import java.util.*;\npublic class Main {\n  public static void main(String[] a) {\n    Scanner s = new Scanner(System.in);\n    long n = 0, sum = 0;\n    while (s.hasNextLong()) { sum += s.nextLong(); n++; }\n    System.out.println(n + \" \" + sum);\n  }\n}\n",
            "public class Main {\n  public static void main(String[] a) {\n    System.err.println(\"bye\");\n    System.exit(3);\n  }\n}\n",
            "public class Main {\n  static int f(int x) {\n    return 10 / x;\n  }\n  public static void main(String[] a) { System.out.println(f(0)); }\n}\n",
            "public class Main {\n  public static void main(String[] a) {\n    int x = \"text\";\n  }\n}\n",
            "public class Main {\n  static class Inner { }\n  public static void main(String[] a) { System.out.println(new Inner().getClass().getName()); }\n}\n",
        ],
    ]
    static let input = Data(((1...20000).map(String.init).joined(separator: " ") + "\n").utf8)

    /// The parts of a result a learner sees; stack frames below the learner's are the runtime's own.
    struct Observed: Equatable, CustomStringConvertible {
        var status: ExecutionStatus
        var exitCode: Int?
        var stdout: String
        var diagnostics: [Diagnostic]
        var stderrFirstLine: String
        var description: String { "\(status) exit=\(String(describing: exitCode)) out=\(stdout.prefix(200)) diag=\(diagnostics) err=\(stderrFirstLine)" }
    }

    static func observe(_ e: Execution) -> Observed {
        let stderr = String(decoding: e.run?.report.stderr ?? Data(), as: UTF8.self)
        return Observed(status: e.status, exitCode: e.run?.report.exitCode,
                        stdout: String(decoding: e.run?.report.stdout ?? Data(), as: UTF8.self),
                        diagnostics: (e.compile?.diagnostics ?? []) + (e.run?.diagnostics ?? []),
                        stderrFirstLine: String(stderr.split(separator: "\n").first ?? ""))
    }

    @Test(arguments: ["python3", "pypy3", "javascript", "typescript", "ruby", "java"])
    func warmGivesWhatColdGives(language: String) async throws {
        let catalog = ToolchainCatalog.load(directory: TestEngine.toolchainsDirectory)
        guard catalog.entry(language)?.isAvailable == true else { return }
        let sources = Self.programs[language == "pypy3" ? "python3" : language]!
        // Separate caches, so the warm engine's compiles run in its pre-started compiler.
        let cold = try await TestEngine.with(languages: [language], sharedCache: false) { engine in
            var out: [Observed] = []
            for source in sources {
                let e = try await engine.execute(language: language, source: source, stdin: Self.input, warm: false)
                #expect(e.run?.warm != true && e.compile?.warm != true)
                out.append(Self.observe(e))
            }
            return out
        }
        let warm = try await TestEngine.with(workers: 1, languages: [language], sharedCache: false) { engine in
            var out: [Observed] = []
            for source in sources {
                await engine.warmUp()
                let e = try await engine.execute(language: language, source: source, stdin: Self.input)
                let t = try engine.toolchain(language)
                if t.run.worker != nil, let run = e.run { #expect(run.warm, "\(language): the run did not use a worker") }
                if t.compile?.worker != nil, let compile = e.compile { #expect(compile.warm, "\(language): the compile did not use a worker") }
                out.append(Self.observe(e))
            }
            return out
        }
        for (c, w) in zip(cold, warm) { #expect(c == w, "\(language): cold \(c) vs warm \(w)") }
        #expect(cold[0].stdout == "20000 200010000\n")
        #expect(cold[1].exitCode == 3)
    }

    @Test func aWorkerIsAccountedFromHandOverAndTakesTheJobsLimits() async throws {
        try await TestEngine.with(workers: 1, languages: ["python3"]) { engine in
            await engine.warmUp()
            let hello = try await engine.execute(language: "python3", source: "print('hi')\n")
            await engine.warmUp()
            let coldHello = try await engine.execute(language: "python3", source: "print('hi')\n", warm: false)
            #expect(hello.run?.warm == true)
            // The interpreter's start-up (~10 ms of CPU here) is not the job's.
            #expect((hello.run?.report.cpuMs ?? 99) < (coldHello.run?.report.cpuMs ?? 0),
                    "warm \(hello.run?.report.cpuMs ?? -1) ms vs cold \(coldHello.run?.report.cpuMs ?? -1) ms")
            // The job's CPU limit, not the worker's default (2 s), ends a loop.
            await engine.warmUp()
            let loop = try await engine.execute(language: "python3", source: "while True: pass\n", limits: LimitSettings(cpuMs: 300))
            #expect(loop.run?.warm == true)
            #expect(loop.status == .timeLimit)
            #expect((loop.run?.report.cpuMs ?? 0) < 1000)
            // A job may have more memory than the worker started with (256 MiB).
            await engine.warmUp()
            let big = try await engine.execute(language: "python3", source: "x = bytearray(400 << 20)\nprint(len(x))\n",
                                               limits: LimitSettings(memoryMB: 768))
            #expect(big.run?.warm == true)
            #expect(big.status == .ok, "\(big)")
        }
    }

    @Test func noJobSeesAnotherJobsWorker() async throws {
        try await TestEngine.with(workers: 1, languages: ["python3"]) { engine in
            await engine.warmUp()
            let first = try await engine.execute(language: "python3", source: "import math, os\nmath.pebble_mark = 1\nopen('/tmp/left', 'w').write('x')\nprint(os.getpid())\n")
            await engine.warmUp()
            let second = try await engine.execute(language: "python3", source: "import math, os\nprint(hasattr(math, 'pebble_mark'), os.path.exists('/tmp/left'), os.path.exists('main.py'))\n")
            #expect(first.run?.warm == true && second.run?.warm == true)
            #expect(String(decoding: second.run?.report.stdout ?? Data(), as: UTF8.self) == "False False True\n")
        }
    }

    /// Python's zygote (docs/languages.md, "Zygotes") serves job after job from one box: each job
    /// in a fresh process, none seeing another's state, none able to harm the zygote for the next.
    @Test func aZygoteForksAFreshProcessPerJobThatCannotHarmTheNext() async throws {
        try await TestEngine.with(workers: 1, languages: ["python3"]) { engine in
            await engine.warmUp()
            func run(_ source: String, limits: LimitSettings = LimitSettings()) async throws -> (Execution, String) {
                await engine.warmUp()
                let e = try await engine.execute(language: "python3", source: source, limits: limits)
                return (e, String(decoding: e.run?.report.stdout ?? Data(), as: UTF8.self))
            }
            let probe = "import os, random, math\nprint(os.getpid(), os.getppid(), random.random(), hasattr(math, 'mark'))\nmath.mark = 1\n"
            var seen: [[Substring]] = []
            for _ in 0..<3 {
                let (e, out) = try await run(probe)
                #expect(e.run?.warm == true && e.status == .ok, "\(e)")
                seen.append(out.split(separator: " "))
            }
            #expect(Set(seen.map { $0[0] }).count == 3, "one process per job: \(seen)")
            #expect(seen.allSatisfy { $0[1] == "1" }, "the job is the box's pid 1's child: \(seen)")
            #expect(Set(seen.map { $0[2] }).count == 3, "every job seeds its own random numbers: \(seen)")
            #expect(seen.allSatisfy { $0[3] == "False\n" }, "no job sees another's modules: \(seen)")

            // A job goes after its zygote (same uid): its memory is out of reach, signals either do
            // nothing or end it — and the next job is judged correctly all the same.
            // (It is not even listed in /proc: non-dumpable, its entry is root's, and /proc is hidepid.)
            let hostile = """
            import os, signal
            opened = 0
            for p in range(2, 400):
                try:
                    open('/proc/%d/mem' % p, 'rb').close()
                    opened += p != os.getpid()
                except OSError:
                    pass
            for s in (signal.SIGTERM, signal.SIGINT, signal.SIGHUP, signal.SIGUSR1, signal.SIGSTOP):
                try:
                    os.kill(-1, s)
                except OSError:
                    pass
            print('opened', opened)

            """
            let (attack, said) = try await run(hostile)
            #expect(attack.run?.warm == true && attack.status == .ok, "\(attack)")
            #expect(said == "opened 0\n", "\(said)")
            let (after, out) = try await run("print(sum(range(10)))\n")
            #expect(after.status == .ok && out == "45\n", "\(after)")
            #expect(after.run?.warm == true, "the stopped zygote was resumed and still serves")

            let (killer, _) = try await run(hostile.replacingOccurrences(of: "(signal.SIGTERM, signal.SIGINT, signal.SIGHUP, signal.SIGUSR1, signal.SIGSTOP)", with: "(signal.SIGKILL,)"))
            #expect(killer.status == .ok)
            let (next, nextOut) = try await run("print('still judged')\n")
            #expect(next.status == .ok && nextOut == "still judged\n", "\(next)")
            let (again, _) = try await run("print(1)\n")
            #expect(again.run?.warm == true, "a new zygote replaced the one a job ended")

            // Kernel evidence decides as for any run: the memory cgroup's OOM kill is MLE (the job
            // took back the OOM score its zygote is protected with), the CPU counter TLE.
            let (mle, _) = try await run("x = bytearray(600 << 20)\nprint(len(x))\n", limits: LimitSettings(memoryMB: 64))
            #expect(mle.run?.warm == true && mle.status == .memoryLimit, "\(mle)")
            let (tle, _) = try await run("while True: pass\n", limits: LimitSettings(cpuMs: 200))
            #expect(tle.run?.warm == true && tle.status == .timeLimit, "\(tle)")
            let (fine, fineOut) = try await run("print('ok')\n")
            #expect(fine.run?.warm == true && fineOut == "ok\n", "\(fine)")
        }
    }

    @Test func aWorkerThatDiedWhileWaitingNeverPassesForTheJob() async throws {
        try await TestEngine.with(workers: 1, languages: ["python3"]) { engine in
            await engine.warmUp()
            // End the waiting worker: a python3 running as one of this engine's box uids (ours, by pid).
            let uids = engine.sandbox.madeUids
            var killed = 0
            for name in (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? [] {
                guard let pid = Int32(name), let status = try? String(contentsOfFile: "/proc/\(name)/status", encoding: .utf8) else { continue }
                let lines = status.split(separator: "\n")
                guard lines.first == "Name:\tpython3",
                      let uid = lines.first(where: { $0.hasPrefix("Uid:") })?.split(separator: "\t").dropFirst().first.flatMap({ UInt32($0) }),
                      uids.contains(uid) else { continue }
                kill(pid, SIGKILL)
                killed += 1
            }
            #expect(killed >= 1)
            usleep(200_000)
            let e = try await engine.execute(language: "python3", source: "print('still judged')\n")
            #expect(e.status == .ok, "\(e)")
            #expect(String(decoding: e.run?.report.stdout ?? Data(), as: UTF8.self) == "still judged\n")
            #expect(e.run?.warm == false)
        }
    }
}
