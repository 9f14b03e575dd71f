public import Foundation
public import PebbleLanguages
import PebbleSandbox

/// A problem's own output validator (`output_validators/<name>/`), compiled once and run in a box
/// per test: `validator input answer feedback_dir/ [flags] < team_output`; exit 42 accepts, 43
/// rejects, anything else is the problem's fault (JE). `judgemessage.txt` is what it said.
public struct OutputValidator: Sendable {
    public var program: PreparedProgram
    /// testlib's convention instead: `checker input output answer`, exit 0 AC, 1 WA, 2 PE (WA), else JE.
    public var testlib = false

    public enum Outcome: Sendable, Equatable {
        case accepted(message: String?)
        case wrongAnswer(message: String?)
        case judgeError(String)
    }

    /// Limits of a validator's run: generous, the validator is trusted to finish.
    static let limits = LimitSettings(cpuMs: 30_000, wallMs: 60_000, memoryMB: 2048, outputMB: 8)

    /// Compiles the validator at `path`: a program file, a folder with `build`/`run` scripts, or a
    /// folder of sources in one language (the language from the files' extensions).
    public static func prepare(_ path: String, engine: LanguageEngine, testlib: Bool = false) async throws -> OutputValidator {
        var v = try await prepareProgram(path, engine: engine)
        v.testlib = testlib
        return v
    }

    static func prepareProgram(_ path: String, engine: LanguageEngine) async throws -> OutputValidator {
        var isDir: ObjCBool = false
        FileManager.default.fileExists(atPath: path, isDirectory: &isDir)
        let available = Set(engine.toolchains.keys)
        if isDir.boolValue, FileManager.default.fileExists(atPath: path + "/build") || FileManager.default.fileExists(atPath: path + "/run") {
            return try await prepareScripts(path, engine: engine)
        }
        let ext = isDir.boolValue ? Submission.folderExtension(path) : (path as NSString).pathExtension
        guard let ext, let id = Submission.kattisLanguage(forExtension: ext, available: available).id,
              let t = engine.toolchains[id] else {
            throw ProblemError.invalid("", "output validator \(path): no installed language for its files")
        }
        let submission = try Submission.read(path, toolchain: t)
        let program = try await engine.prepare(language: id, files: submission.files, mainFile: submission.mainFile)
        try Self.requireCompiled(program, path)
        return OutputValidator(program: program)
    }

    /// `build` runs once in a box (its files become the program); `run` is the program.
    static func prepareScripts(_ path: String, engine: LanguageEngine) async throws -> OutputValidator {
        var files: [String: Data] = [:]
        for name in (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? [] where !name.hasPrefix(".") {
            if let data = FileManager.default.contents(atPath: path + "/" + name) { files[name] = data }
        }
        let hasBuild = files["build"] != nil
        // A script with a #! line runs as itself (files with one are written executable); one
        // without is a shell script.
        let build = CompileStep(command: ["/bin/sh", "-c", "if [ -x ./build ]; then exec ./build; else exec sh ./build; fi"],
                                artifacts: ["*"], limits: LimitSettings(cpuMs: 120_000, wallMs: 240_000, memoryMB: 2048, pids: 64, fileMB: 256))
        let run = RunStep(command: ["/bin/sh", "-c", "if [ -x ./run ]; then exec ./run \"$@\"; else exec sh ./run \"$@\"; fi", "run"],
                          limits: limits, maximum: limits)
        let toolchain = Toolchain(id: "validator-scripts", name: "build/run scripts", source: hasBuild ? "build" : "run",
                                  version: ["/bin/sh"], compile: hasBuild ? build : nil, run: run)
        let program = try await engine.prepare(toolchain: toolchain, files: files)
        try Self.requireCompiled(program, path)
        return OutputValidator(program: program)
    }

    static func requireCompiled(_ program: PreparedProgram, _ path: String) throws {
        if let stage = program.compile, !stage.succeeded {
            throw ProblemError.invalid("", "output validator \(path) did not compile: \(stage.message ?? "") \(stage.output.prefix(2000))")
        }
    }

    public func check(input: Data, answer: Data, output: Data, flags: [String], engine: LanguageEngine) async throws -> Outcome {
        if testlib { return try await checkTestlib(input: input, answer: answer, output: output, engine: engine) }
        let stage = try await engine.run(
            program, stdin: output, limits: Self.limits, arguments: ["input", "answer", "feedback/"] + flags,
            files: ["input": input, "answer": answer, "feedback/.pebble": Data()],
            collect: ["feedback/judgemessage.txt"], warm: false)
        let message = stage.collected["feedback/judgemessage.txt"].map { String(decoding: $0.prefix(4096), as: UTF8.self) }
        let said = message.flatMap { $0.isEmpty ? nil : $0 }
        guard stage.report.status == .ok || stage.report.status == .runtimeError, let code = stage.report.exitCode else {
            return .judgeError("the output validator ended \(stage.report.status.rawValue): \(String(decoding: stage.report.stderr.suffix(1000), as: UTF8.self))")
        }
        switch code {
        case 42: return .accepted(message: said)
        case 43: return .wrongAnswer(message: said)
        default: return .judgeError("the output validator exited \(code) (42 accepts, 43 rejects): \(said ?? String(decoding: stage.report.stderr.suffix(1000), as: UTF8.self))")
        }
    }

    /// A testlib checker reads the output from a file: `check input output answer`.
    func checkTestlib(input: Data, answer: Data, output: Data, engine: LanguageEngine) async throws -> Outcome {
        let stage = try await engine.run(program, limits: Self.limits, arguments: ["input", "output", "answer"],
                                         files: ["input": input, "output": output, "answer": answer], warm: false)
        let said = String(decoding: (stage.report.stderr + stage.report.stdout).prefix(4096), as: UTF8.self)
            .trimmingCharacters(in: .whitespacesAndNewlines)
        let message = said.isEmpty ? nil : said
        guard stage.report.status == .ok || stage.report.status == .runtimeError, let code = stage.report.exitCode else {
            return .judgeError("the checker ended \(stage.report.status.rawValue): \(said)")
        }
        switch code {
        case 0: return .accepted(message: message)
        case 1, 2: return .wrongAnswer(message: message)
        default: return .judgeError("the checker exited \(code) (testlib: 0 accepts, 1 or 2 rejects): \(said)")
        }
    }
}
