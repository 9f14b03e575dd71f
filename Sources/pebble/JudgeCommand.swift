import PebbleOps
import ArgumentParser
import Foundation
import PebbleClient
import PebbleJSON
import PebbleLanguages
import PebbleProblems
import PebbleSandbox
import PebbleWire

/// `pebble judge`: one submission against one problem (the bank's or a package folder).
struct JudgeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "judge",
        abstract: "Judge one submission against a problem and print its verdict and every test's.",
        discussion: """
            Exit status: 0 for AC, 1 for any other verdict (WA, CE, RE, TLE, MLE, OLE, SV), 3 when the
            judge failed (JE: the problem's validator; IE: the sandbox).
            """)

    @Option(name: .customLong("problem"), help: "A problem of the bank (`pebble problems list`).") var problem: String?
    @Option(name: .customLong("problem-dir"), help: "A problem package folder (Kattis format).") var problemDir: String?
    @Option(name: .customLong("language"), help: "Language id (default: from the file's extension, as Kattis's table says).") var language: String?
    @Option(name: .customLong("tests"), help: "sample or all.") var tests = "all"
    @Flag(name: .customLong("all-tests"), help: "Judge every test, also after a rejected one.") var allTests = false
    @Flag(name: .customLong("json"), help: "Print one JSON object.") var json = false
    @OptionGroup var backend: BackendOptions
    @Argument(help: "The source file, or a folder of files.") var file: String

    func validate() throws {
        guard (problem == nil) != (problemDir == nil) else { throw ValidationError("give --problem ID or --problem-dir PATH") }
        guard TestSelection(rawValue: tests) != nil else { throw ValidationError("--tests is sample or all, not '\(tests)'") }
    }

    func run() async throws {
        // A bank problem can go through the daemon (it has the bank); a package folder is judged here.
        if let problem, !FileManager.default.isDirectory(file), let client = try backend.client() {
            try judgeThroughDaemon(problem: problem, client: client)
            return
        }
        let package: ProblemPackage
        do {
            package = try problemDir.map { try ProblemPackage.load($0) } ?? ProblemBank.load(ShippedData.directory("problems")).package(problem!)
        } catch {
            throw ValidationError("\(error)")
        }
        var configuration = EngineConfiguration()
        configuration.workers = 0
        configuration.boxPoolSize = 2
        let engine = try LanguageEngine(configuration: configuration)
        let result: JudgeResult
        do {
            let available = Set(engine.toolchains.keys)
            let ext = (file as NSString).pathExtension
            // A learner's file: the language its extension means here (`pebble languages`), as `pebble run`
            // has it; Kattis's table (PyPy for .py) is `pebble problems verify`'s, for packages' own submissions.
            guard let id = language ?? engine.catalog.language(forExtension: ext)?.id
                ?? Submission.kattisLanguage(forExtension: ext, available: available).id else {
                throw ValidationError("no language for '.\(ext)' files: give --language (see `pebble languages`)")
            }
            let t = try engine.toolchain(id)
            let submission = try Submission.read(file, toolchain: t)
            let judge = Judge(engine: engine)
            let live = !json && FileHandleOutput.isTerminal
            result = try await judge.judge(submission, on: package, options: .init(tests: TestSelection(rawValue: tests) ?? .all, stopOnFirstFailure: !allTests, warm: false)) { test in
                if live { print(JudgeText.line(test)) }
            }
            if live { print("") }
        } catch let error as ValidationError {
            await engine.shutdown()
            throw error
        } catch let error as LanguageError {
            await engine.shutdown()
            throw ValidationError("\(error)")
        } catch {
            await engine.shutdown()
            throw error
        }
        await engine.shutdown()
        print(json ? JudgeText.json(result) : JudgeText.human(result, showTests: FileHandleOutput.isTerminal == false))
        switch result.verdict {
        case .accepted: return
        case .judgeError, .internalError: throw ExitCode(3)
        default: throw ExitCode(1)
        }
    }
}


enum FileHandleOutput {
    static var isTerminal: Bool { isatty(STDOUT_FILENO) == 1 }
}

/// How judge results are printed.
extension JudgeCommand {
    func judgeThroughDaemon(problem: String, client: PebbleClient) throws {
        guard let source = FileManager.default.contents(atPath: file) else { throw ValidationError("cannot read \(file)") }
        let id = try DaemonText.language(language, file: file, client: client)
        var request: [String: JSONValue] = ["type": .string("judge"), "problem": .string(problem), "language": .string(id),
                                            "tests": .string(tests), "stopOnFirstFailure": .bool(!allTests)]
        DaemonText.program(source, into: &request)
        let live = !json && FileHandleOutput.isTerminal
        var testFrames: [Response] = []
        let frames: [Response]
        do {
            frames = try client.request(request) { f in
                if f.type == "test" {
                    testFrames.append(f)
                    if live { print(DaemonText.testLine(f)) }
                }
            }
        } catch let PebbleClient.ClientError.server(code, message, _) {
            throw ValidationError("\(code): \(message)")
        }
        var r = frames.last!
        let verdict = r["verdict"]?.string ?? "IE"
        if json {
            r["tests"] = .array(testFrames.map { t in
                .object(["index": t["index"] ?? .null, "name": t["name"] ?? .null, "group": t["group"] ?? .null, "verdict": t["verdict"] ?? .null,
                         "timeMs": t["timeMs"] ?? .null, "memoryKB": t["memoryKB"] ?? .null])
            })
            print(JSONValue.object(r.fields).compactJSON)
        } else {
            if !live { for t in testFrames { print(DaemonText.testLine(t)) } }
            print("\(verdict): \(r["passed"]?.int ?? 0)/\(r["total"]?.int ?? 0) tests passed (\(problem), \(id), time limit \(r["timeLimitMs"]?.int ?? 0) ms; through pebble-judged)")
            if let m = r["message"]?.string { print(m) }
        }
        let status = DaemonText.exitStatus(verdict)
        if status != 0 { throw ExitCode(status) }
    }
}

extension FileManager {
    func isDirectory(_ path: String) -> Bool {
        var d: ObjCBool = false
        return fileExists(atPath: path, isDirectory: &d) && d.boolValue
    }
}

enum JudgeText {
    static func line(_ t: TestResult) -> String {
        var s = String(format: "%3d  ", t.index) + t.name.padding(toLength: 24, withPad: " ", startingAt: 0) + " "
            + t.verdict.rawValue.padding(toLength: 4, withPad: " ", startingAt: 0) + String(format: " %8.1f ms %8llu KiB", t.timeMs, t.memoryKB)
        if let m = t.message, t.verdict != .accepted { s += "  " + m.split(separator: "\n").prefix(2).joined(separator: " ") }
        return s
    }

    static func human(_ r: JudgeResult, showTests: Bool) -> String {
        var lines: [String] = []
        if showTests { lines += r.tests.map(line) }
        lines.append("\(r.verdict.rawValue): \(r.passed)/\(r.total) tests passed (\(r.problem), \(r.language), time limit \(r.timeLimitMs) ms)")
        if let m = r.message { lines.append(m) }
        if let c = r.compile, !c.succeeded {
            for d in c.diagnostics where d.severity == .error { lines.append("  \(d)") }
            if c.diagnostics.isEmpty { lines.append(String(c.output.prefix(4000))) }
        }
        if let failed = r.tests.first(where: { $0.verdict != .accepted }) {
            for d in failed.diagnostics { lines.append("  \(d)") }
            if let f = failed.feedback {
                lines.append("--- input (\(failed.name)) ---\n\(f.input)--- expected ---\n\(f.expected)--- got ---\n\(f.actual)")
                if !f.stderr.isEmpty { lines.append("--- stderr ---\n\(f.stderr)") }
            }
        }
        return lines.joined(separator: "\n")
    }

    static func json(_ r: JudgeResult) -> String {
        var object: [String: Any] = [
            "problem": r.problem, "language": r.language, "verdict": r.verdict.rawValue, "passed": r.passed, "total": r.total,
            "timeLimitMs": r.timeLimitMs, "message": r.message as Any? ?? NSNull(),
        ]
        if let c = r.compile {
            object["compile"] = ["succeeded": c.succeeded, "cached": c.cached, "output": c.output, "message": c.message as Any? ?? NSNull(),
                                 "diagnostics": c.diagnostics.map(ExecutionText.diagnosticObject)]
        } else {
            object["compile"] = NSNull()
        }
        object["tests"] = r.tests.map { t -> [String: Any] in
            var o: [String: Any] = ["index": t.index, "name": t.name, "group": t.group, "sample": t.isSample, "verdict": t.verdict.rawValue,
                                    "timeMs": (t.timeMs * 1000).rounded() / 1000, "memoryKB": t.memoryKB,
                                    "message": t.message as Any? ?? NSNull(), "diagnostics": t.diagnostics.map(ExecutionText.diagnosticObject)]
            if let f = t.feedback {
                o["feedback"] = ["input": f.input, "expected": f.expected, "actual": f.actual, "stderr": f.stderr,
                                 "difference": f.difference as Any? ?? NSNull()]
            }
            return o
        }
        return ReportText.encode(object)
    }
}
