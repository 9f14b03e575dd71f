import Foundation
import PebbleJSON
import PebbleLanguages
import PebbleSandbox

/// Function mode: the learner's file and a driver rendered for their language run once for all the
/// selected cases; only the arguments enter the box; the driver writes one result per case to a
/// file of its own, and the judge compares each with the expected value outside the box.
extension Judge {
    func judgeFunction(_ submission: Submission, on package: ProblemPackage, signature: Signature, tests: [TestCase],
                       cpuMs: UInt64, options: Options, onCompiled: @Sendable (CompileStage) -> Void,
                       onTest: @Sendable (TestResult) -> Void) async throws -> JudgeResult {
        var result = JudgeResult(problem: package.id, language: submission.language, verdict: .accepted, passed: 0,
                                 total: tests.count, timeLimitMs: cpuMs, compile: nil, tests: [], message: nil)
        let harness = try Harness.load(language: submission.language, templates: templatesDirectory)
        let t = try engine.toolchain(submission.language)
        guard let code = submission.files[submission.mainFile ?? t.source] ?? submission.files.values.first else {
            throw ProblemError.invalid(package.id, "the submission has no file")
        }
        let cases = try tests.map { try FunctionCase.load($0.inputPath) }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let argsOnly = Data(JSONValue.array(cases.map { .object(["args": .array($0.args)]) }).compactJSON.utf8)
        // The program is the driver and the learner's file (compiled once, whatever cases run); the
        // signature and the cases' arguments are data for the run.
        let sources = harness.support.merging([t.source: harness.driver(for: signature), harness.learnerFile: harness.learnerSource(code)]) { _, own in own }
        let data: [String: Data] = ["signature.json": try encoder.encode(signature), "cases.json": argsOnly]
        var program = try await engine.prepare(language: submission.language, files: sources, warm: options.warm)
        result.compile = program.compile
        if let stage = program.compile { onCompiled(stage) }
        if let stage = program.compile, !stage.succeeded {
            result.verdict = stage.internalError ? .internalError : .compileError
            result.message = stage.message
            return result
        }
        // Diagnostics point into the learner's file only, never the driver's.
        program.sources = [harness.learnerFile: String(decoding: code, as: UTF8.self)]
        let limits = LimitSettings(cpuMs: cpuMs, wallMs: max(cpuMs * 3, cpuMs + 2000), memoryMB: UInt64(package.metadata.memoryMB),
                                   outputMB: UInt64(max(package.metadata.outputMB, 1)))
        let run = try await engine.run(program, limits: limits, files: data, collect: [".pebble-results"], warm: options.warm)
        if run.syntaxError {
            result.verdict = .compileError
            result.message = run.diagnostics.first.map(\.description)
            result.compile = CompileStage(succeeded: false, diagnostics: run.diagnostics,
                                          output: String(decoding: run.report.stderr, as: UTF8.self))
            return result
        }
        var records: [Int: [String: JSONValue]] = [:]
        for line in String(decoding: run.collected[".pebble-results"] ?? Data(), as: UTF8.self).split(separator: "\n") {
            guard case let .object(o)? = try? JSONValue.parse(Data(line.utf8)) else { continue }
            if case let .string(missing)? = o["missing"] {
                result.verdict = .compileError
                result.message = missing
                return result
            }
            // The driver writes a case's record right after the call returns, so the last one counts:
            // lines a learner writes before (at import, during the call) are overwritten. Whatever a
            // learner writes, it cannot pass without the right values: no expected value is in the box.
            if case let .int(i)? = o["case"] { records[Int(i)] = o }
        }
        let runVerdict = Verdict(runStatus: run.report.status)
        var stoppedBy: Verdict?
        for (i, (test, c)) in zip(tests, cases).enumerated() {
            var r = TestResult(index: test.index, name: test.name, group: test.group, isSample: test.isSample, verdict: .accepted,
                               timeMs: 0, memoryKB: run.report.memoryKB, message: nil, feedback: nil, diagnostics: [])
            var actual = ""
            if let record = records[i] {
                if case let .double(ms)? = record["ms"] { r.timeMs = ms } else if case let .int(ms)? = record["ms"] { r.timeMs = Double(ms) }
                if case let .string(error)? = record["error"] {
                    r.verdict = .runtimeError
                    r.message = error
                    var line: Int?
                    if case let .int(l)? = record["line"] { line = Int(l) }
                    r.diagnostics = [Diagnostic(file: line == nil ? nil : harness.learnerFile, line: line, message: error)]
                } else if let got = record["result"] {
                    actual = got.description
                    if !Self.matches(got, expected: c.expected, signature: signature) {
                        r.verdict = .wrongAnswer
                    }
                }
            } else {
                // No result: the run ended (or was ended) before this case finished.
                r.verdict = stoppedBy ?? runVerdict ?? .runtimeError
                r.timeMs = run.report.cpuMs
                r.message = stoppedBy == nil ? run.report.message ?? "the run ended before this case finished" : "not run"
                if stoppedBy == nil { r.diagnostics = run.diagnostics }
                stoppedBy = stoppedBy ?? r.verdict
            }
            if test.isSample && r.verdict != .accepted {
                r.feedback = Feedback(input: JSONValue.array(c.args).description, expected: c.expected.description, actual: actual,
                                      stderr: Feedback.text(run.report.stderr), difference: nil)
            }
            if r.verdict == .accepted { result.passed += 1 }
            result.tests.append(r)
            onTest(r)
            // As in stdio mode: the first rejected case decides, the cases after it count as not run.
            if r.verdict != .accepted && options.stopOnFirstFailure && !test.settings.continueOnReject { break }
        }
        result.verdict = Verdict.combined(result.tests.map(\.verdict))
        return result
    }

    static func matches(_ got: JSONValue, expected: JSONValue, signature: Signature) -> Bool {
        if signature.compare == .anyOrder, case let .array(g) = got, case let .array(e) = expected, case let .array(inner) = signature.returns {
            guard g.count == e.count else { return false }
            let gs = g.sorted { $0.description < $1.description }, es = e.sorted { $0.description < $1.description }
            return zip(es, gs).allSatisfy { $0.accepts($1, as: inner, tolerance: signature.floatTolerance) }
        }
        return expected.accepts(got, as: signature.returns, tolerance: signature.floatTolerance)
    }
}
