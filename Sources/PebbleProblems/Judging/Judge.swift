public import PebbleOps
public import Foundation
public import PebbleLanguages
public import PebbleSandbox

/// Judges submissions against problem packages: compile once, run the tests in order (samples
/// first), check each output, stop at the first rejected test unless the group says
/// `on_reject: continue` or the caller asks for every test; the verdict is the highest-priority
/// one of the rejected tests (docs/verdicts.md), AC when there is none.
public final class Judge: Sendable {
    public let engine: LanguageEngine
    /// `harness-templates/`: the function-mode drivers, one folder per language.
    public let templatesDirectory: String
    private let validators = ValidatorCache()
    /// The time limit of a package that states none, until verification derives one.
    public static let fallbackTimeLimit = 2.0

    public init(engine: LanguageEngine, templatesDirectory: String = ShippedData.directory("harness-templates")) {
        self.engine = engine
        self.templatesDirectory = templatesDirectory
    }

    public struct Options: Sendable {
        public var tests: TestSelection
        /// Stop at the first rejected test, unless its group says `on_reject: continue`.
        public var stopOnFirstFailure: Bool
        public var timeLimitSeconds: Double?
        public var warm: Bool
        /// Tests run at once (one box each); 2 on this machine's 2 cores.
        public var parallelism: Int

        public init(tests: TestSelection = .all, stopOnFirstFailure: Bool = true, timeLimitSeconds: Double? = nil, warm: Bool = true,
                    parallelism: Int = min(2, ProcessInfo.processInfo.activeProcessorCount)) {
            self.tests = tests
            self.stopOnFirstFailure = stopOnFirstFailure
            self.timeLimitSeconds = timeLimitSeconds
            self.warm = warm
            self.parallelism = parallelism
        }
    }

    /// Compiles and judges one submission; `onCompiled` sees the compile stage before any test
    /// runs, `onTest` each test's result as it is decided.
    public func judge(_ submission: Submission, on package: ProblemPackage, options: Options = Options(),
                      onTest: @Sendable (TestResult) -> Void = { _ in },
                      onCompiled: @Sendable (CompileStage) -> Void = { _ in }) async throws -> JudgeResult {
        let tests = options.tests == .sample ? package.samples : package.tests
        let seconds = options.timeLimitSeconds ?? package.statedTimeLimit ?? Self.fallbackTimeLimit
        let cpuMs = UInt64((seconds * 1000).rounded())
        if let signature = package.metadata.signature {
            return try await judgeFunction(submission, on: package, signature: signature, tests: tests, cpuMs: cpuMs,
                                           options: options, onCompiled: onCompiled, onTest: onTest)
        }
        var result = JudgeResult(problem: package.id, language: submission.language, verdict: .accepted, passed: 0,
                                 total: tests.count, timeLimitMs: cpuMs, compile: nil, tests: [], message: nil)
        let files = submission.files.merging(package.includedFiles(for: submission.language)) { _, included in included }
        let program = try await engine.prepare(language: submission.language, files: files,
                                               mainFile: submission.mainFile, warm: options.warm)
        result.compile = program.compile
        if let stage = program.compile { onCompiled(stage) }
        if let stage = program.compile, !stage.succeeded {
            result.verdict = stage.internalError ? .internalError : .compileError
            result.message = stage.message
            return result
        }
        let checker: Checker
        do {
            checker = try await self.checker(for: package)
        } catch {
            result.verdict = .judgeError
            result.message = "\(error)"
            return result
        }
        // The wall limit catches a program that sleeps or blocks; CPU decides TLE for the rest.
        let limits = LimitSettings(cpuMs: cpuMs, wallMs: max(cpuMs * 3, cpuMs + 2000), memoryMB: UInt64(package.metadata.memoryMB),
                                   outputMB: UInt64(max(package.metadata.outputMB, 1)))
        // Tests run `parallelism` at a time (each box's CPU is its own, so limits mean the same),
        // and are decided in order: after a stop, results of later tests already run are dropped.
        var next = 0
        judging: while next < tests.count {
            let window = Array(tests[next..<min(tests.count, next + max(1, options.parallelism))])
            next += window.count
            let results = try await withThrowingTaskGroup(of: TestResult.self) { group in
                for test in window {
                    group.addTask {
                        try await self.test(test, program: program, checker: checker, limits: limits, package: package, warm: options.warm)
                    }
                }
                var out: [TestResult] = []
                for try await r in group { out.append(r) }
                return out.sorted { $0.index < $1.index }
            }
            for (test, tested) in zip(window, results) {
                if tested.verdict == .compileError {
                    // The interpreter refused the source (a syntax error): nothing ran, on any test.
                    result.verdict = .compileError
                    result.message = tested.message
                    result.tests = []
                    return result
                }
                result.tests.append(tested)
                onTest(tested)
                if tested.verdict == .accepted {
                    result.passed += 1
                } else if options.stopOnFirstFailure && !test.settings.continueOnReject {
                    break judging
                }
            }
        }
        result.verdict = Verdict.combined(result.tests.map(\.verdict))
        return result
    }

    func test(_ test: TestCase, program: PreparedProgram, checker: Checker, limits: LimitSettings,
              package: ProblemPackage, warm: Bool) async throws -> TestResult {
        let input = FileManager.default.contents(atPath: test.inputPath) ?? Data()
        let answer = FileManager.default.contents(atPath: test.answerPath) ?? Data()
        if package.metadata.isInteractive, case let .custom(validator) = checker {
            return try await interactiveTest(test, program: program, validator: validator, limits: limits, package: package,
                                             input: input, answer: answer)
        }
        let run = try await engine.run(program, stdin: input, limits: limits, warm: warm)
        var r = TestResult(index: test.index, name: test.name, group: test.group, isSample: test.isSample, verdict: .accepted,
                           timeMs: run.report.cpuMs, memoryKB: run.report.memoryKB, message: nil, feedback: nil,
                           diagnostics: run.diagnostics)
        if run.syntaxError {
            r.verdict = .compileError
            r.message = run.diagnostics.first.map(\.description)
            return r
        }
        var difference: String?
        if let v = Verdict(runStatus: run.report.status) {
            r.verdict = v
            r.message = run.report.message
        } else {
            let flags = package.metadata.validatorFlags + test.settings.outputValidatorFlags
            switch try await checker.check(input: input, answer: answer, output: run.report.stdout, flags: flags, engine: engine) {
            case let .accepted(message):
                r.message = message
            case let .wrongAnswer(message):
                r.verdict = .wrongAnswer
                r.message = message
                difference = message
            case let .judgeError(why):
                r.verdict = .judgeError
                r.message = why
            }
        }
        if test.isSample && r.verdict != .accepted {
            r.feedback = Feedback(input: Feedback.text(input), expected: Feedback.text(answer), actual: Feedback.text(run.report.stdout),
                                  stderr: Feedback.text(run.report.stderr), difference: difference)
        }
        return r
    }

    /// An interactive test: the submission and the validator talk through pipes. Kattis's
    /// precedence: a validator that neither accepted nor rejected is JE; a validator that rejected
    /// before the submission ended is WA, whatever the submission then did; else the submission's
    /// own TLE or crash; else the validator's word.
    func interactiveTest(_ test: TestCase, program: PreparedProgram, validator: OutputValidator, limits: LimitSettings,
                         package: ProblemPackage, input: Data, answer: Data) async throws -> TestResult {
        let flags = package.metadata.validatorFlags + test.settings.outputValidatorFlags
        let c = try await engine.converse(program, limits: limits, with: validator.program, validatorLimits: OutputValidator.limits,
                                          arguments: ["input", "answer", "feedback/"] + flags,
                                          files: ["input": input, "answer": answer, "feedback/.pebble": Data()],
                                          collect: ["feedback/judgemessage.txt"])
        let said = c.validator.collected["feedback/judgemessage.txt"].map { String(decoding: $0.prefix(4096), as: UTF8.self) }
            .flatMap { $0.isEmpty ? nil : $0 }
        let s = c.submission.report, v = c.validator.report
        var r = TestResult(index: test.index, name: test.name, group: test.group, isSample: test.isSample, verdict: .accepted,
                           timeMs: s.cpuMs, memoryKB: s.memoryKB, message: said, feedback: nil, diagnostics: c.submission.diagnostics)
        let code = (v.status == .ok || v.status == .runtimeError) ? v.exitCode : nil
        if code != 42 && code != 43 {
            r.verdict = .judgeError
            r.message = "the interactive validator ended \(v.status.rawValue)\(v.exitCode.map { " with exit code \($0)" } ?? ""): "
                + (said ?? String(decoding: v.stderr.suffix(1000), as: UTF8.self))
        } else if c.validatorEndedFirst && code == 43 {
            r.verdict = .wrongAnswer
        } else if c.submission.syntaxError {
            r.verdict = .compileError
        } else if let verdict = Verdict(runStatus: s.status) {
            r.verdict = verdict
            r.message = s.message ?? said
        } else {
            r.verdict = code == 42 ? .accepted : .wrongAnswer
        }
        if test.isSample && r.verdict != .accepted {
            r.feedback = Feedback(input: Feedback.text(input), expected: "", actual: "", stderr: Feedback.text(s.stderr), difference: said)
        }
        return r
    }

    // MARK: Checkers

    enum Checker: Sendable {
        /// The default validator, comparing tokens in order or (PebbleCode) lines/tokens in any order.
        case standard(String)
        case custom(OutputValidator)

        func check(input: Data, answer: Data, output: Data, flags: [String], engine: LanguageEngine) async throws -> OutputValidator.Outcome {
            switch self {
            case let .standard(compare):
                let validator: DefaultValidator
                do { validator = try DefaultValidator(flags: flags) } catch { return .judgeError("\(error)") }
                let o = compare == "tokens" ? validator.check(output: output, answer: answer)
                    : validator.checkUnordered(output: output, answer: answer, byLine: compare == "unordered-lines")
                if o.accepted { return .accepted(message: nil) }
                if o.outputLine == nil { return .wrongAnswer(message: o.message) }
                let place = "line \(o.outputLine ?? 0) of the output (line \(o.answerLine ?? 0) of the answer)"
                return .wrongAnswer(message: "\(place): \(o.message ?? "")")
            case let .custom(validator):
                return try await validator.check(input: input, answer: answer, output: output, flags: flags, engine: engine)
            }
        }
    }

    func checker(for package: ProblemPackage) async throws -> Checker {
        guard let path = package.outputValidator else { return .standard(package.metadata.compare) }
        let testlib = package.metadata.validatorProtocol == "testlib"
        return .custom(try await validators.get(path) { try await OutputValidator.prepare(path, engine: self.engine, testlib: testlib) })
    }
}

/// Output validators by path, compiled once per judge.
actor ValidatorCache {
    private var ready: [String: Task<OutputValidator, any Error>] = [:]

    func get(_ path: String, make: @escaping @Sendable () async throws -> OutputValidator) async throws -> OutputValidator {
        if let task = ready[path] { return try await task.value }
        let task = Task { try await make() }
        ready[path] = task
        do { return try await task.value } catch {
            ready[path] = nil
            throw error
        }
    }
}
