import ArgumentParser
import Foundation
import PebbleClient
import PebbleJSON
import PebbleLanguages
import PebbleSandbox
import PebbleWire

/// `pebble run`: compile (through the cache) and run one program once, in a box.
struct Run: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Compile and run one program in a box and print what happened.",
        discussion: """
            The language comes from --language or the file's extension (`pebble languages` lists both).
            Exit status: 0 when the program ran OK, 1 for any other outcome (CE, RE, TLE, MLE, OLE, SV),
            3 when the sandbox failed (IE).
            """)

    @Option(name: .customLong("language"), help: "Language id (default: from the file's extension).") var language: String?
    @Option(name: .customLong("stdin"), help: "File to use as stdin.") var stdinFile: String?
    @Option(name: .customLong("cpu-ms"), help: "CPU limit, ms (default: the language's).") var cpuMs: UInt64?
    @Option(name: .customLong("wall-ms"), help: "Wall-clock limit, ms.") var wallMs: UInt64?
    @Option(name: .customLong("memory-mb"), help: "Memory limit, MiB (default: the language's).") var memoryMB: UInt64?
    @Flag(name: .customLong("warm"), help: "Run through a pre-started worker, as the daemon does (waits for one to start).") var warm = false
    @Flag(name: .customLong("json"), help: "Print one JSON object.") var json = false
    @OptionGroup var backend: BackendOptions
    @Argument(help: "The source file.") var file: String

    func run() async throws {
        guard let source = FileManager.default.contents(atPath: file) else { throw ValidationError("cannot read \(file)") }
        var stdin = Data()
        if let stdinFile {
            guard let data = FileManager.default.contents(atPath: stdinFile) else { throw ValidationError("--stdin: cannot read \(stdinFile)") }
            stdin = data
        }
        if let client = try backend.client() {
            // Through the daemon: its `result` frame (docs/protocol.md) is what --json prints.
            let id = try DaemonText.language(language, file: file, client: client)
            var request: [String: JSONValue] = ["type": .string("run"), "language": .string(id)]
            DaemonText.program(source, into: &request)
            if let text = String(validating: stdin, as: UTF8.self) { request["stdin"] = .string(text) } else {
                request["stdin"] = .string(stdin.base64EncodedString())
                request["stdinEncoding"] = .string("base64")
            }
            var limits: [String: JSONValue] = [:]
            if let cpuMs { limits["cpuMs"] = .int(Int64(cpuMs)) }
            if let wallMs { limits["wallMs"] = .int(Int64(wallMs)) }
            if let memoryMB { limits["memoryMB"] = .int(Int64(memoryMB)) }
            if !limits.isEmpty { request["limits"] = .object(limits) }
            let r: Response
            do { r = try client.request(request).last! } catch let PebbleClient.ClientError.server(code, message, _) {
                throw ValidationError("\(code): \(message)")
            }
            print(json ? JSONValue.object(r.fields).compactJSON : DaemonText.human(run: r, language: id))
            let status = DaemonText.exitStatus(r["status"]?.string ?? "IE")
            if status != 0 { throw ExitCode(status) }
            return
        }
        var configuration = EngineConfiguration()
        configuration.workers = warm ? 1 : 0
        configuration.boxPoolSize = 2
        let engine: LanguageEngine
        do {
            engine = try LanguageEngine(configuration: configuration)
        } catch {
            print(json ? ReportText.encode(["status": "IE", "message": "\(error)"]) : "status: IE\n\(error)")
            throw ExitCode(3)
        }
        let ext = (file as NSString).pathExtension
        guard let id = language ?? engine.catalog.language(forExtension: ext)?.id else {
            await engine.shutdown()
            throw ValidationError("no language for '.\(ext)' files: give --language (see `pebble languages`)")
        }
        if warm { await engine.warmUp() }
        let execution: Execution
        do {
            let t = try engine.toolchain(id)
            let program = try await engine.prepare(language: id, files: [t.source: source], warm: warm)
            if let stage = program.compile, !stage.succeeded {
                execution = Execution(language: id, status: stage.internalError ? .internalError : .compileError, compile: stage, run: nil)
            } else {
                let limits = LimitSettings(cpuMs: cpuMs, wallMs: wallMs, memoryMB: memoryMB)
                let run = try await engine.run(program, stdin: stdin, limits: limits, warm: warm)
                execution = Execution(language: id, status: run.status, compile: program.compile, run: run)
            }
        } catch let error as LanguageError {
            await engine.shutdown()
            throw ValidationError("\(error)")
        } catch {
            await engine.shutdown()
            print(json ? ReportText.encode(["status": "IE", "message": "\(error)"]) : "status: IE\n\(error)")
            throw ExitCode(3)
        }
        await engine.shutdown()
        print(json ? ExecutionText.json(execution) : ExecutionText.human(execution))
        switch execution.status {
        case .ok: return
        case .internalError: throw ExitCode(3)
        default: throw ExitCode(1)
        }
    }
}

/// How an execution is printed.
enum ExecutionText {
    static func diagnosticObject(_ d: Diagnostic) -> [String: Any] {
        ["file": d.file as Any? ?? NSNull(), "line": d.line as Any? ?? NSNull(), "column": d.column as Any? ?? NSNull(),
         "severity": d.severity.rawValue, "message": d.message]
    }

    static func json(_ e: Execution) -> String {
        var object: [String: Any] = ["status": e.status.rawValue, "language": e.language]
        if let c = e.compile {
            var stage: [String: Any] = [
                "succeeded": c.succeeded, "cached": c.cached, "warm": c.warm, "output": c.output,
                "diagnostics": c.diagnostics.map(diagnosticObject), "message": c.message as Any? ?? NSNull(),
            ]
            if let r = c.report { stage["report"] = ReportText.object(r) }
            object["compile"] = stage
        } else {
            object["compile"] = NSNull()
        }
        if let r = e.run {
            object["run"] = ["warm": r.warm, "report": ReportText.object(r.report), "diagnostics": r.diagnostics.map(diagnosticObject)]
        } else {
            object["run"] = NSNull()
        }
        return ReportText.encode(object)
    }

    static func human(_ e: Execution) -> String {
        var lines = ["status: \(e.status.rawValue) (\(e.language))"]
        if let c = e.compile {
            let how = c.cached ? "cached" : String(format: "%.0f ms", c.report?.wallMs ?? 0) + (c.warm ? ", warm" : "")
            lines.append("compile: \(c.succeeded ? "ok" : "failed") (\(how))")
            if let m = c.message { lines.append("  \(m)") }
            for d in c.diagnostics where d.severity == .error || !c.succeeded { lines.append("  \(d)") }
            if !c.succeeded && c.diagnostics.isEmpty && !c.output.isEmpty { lines.append(String(c.output.prefix(4000))) }
        }
        if let r = e.run {
            if r.syntaxError { lines.append("the source did not parse:") }
            for d in r.diagnostics { lines.append("  \(d)") }
            lines.append("run\(r.warm ? " (warm)" : ""): " + ReportText.human(r.report))
        }
        return lines.joined(separator: "\n")
    }
}
