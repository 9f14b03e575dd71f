import ArgumentParser
import Foundation
import PebbleSandbox

/// `pebble exec`: one program in one box, for debugging the sandbox and for scripts.
struct Exec: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Run one program in a box and print its report.",
        discussion: """
            The system's program directories are bound read-only; --ro-bind adds more. Exit status:
            0 when the program ended OK, 1 for any other decided status (RE, TLE, MLE, OLE, SV),
            3 when the sandbox failed (IE).
            """)

    @Option(name: .customLong("memory-mb"), help: "Memory cap (cgroup, swap included), MiB.") var memoryMB: UInt64 = 256
    @Option(name: .customLong("cpu-ms"), help: "CPU time of all threads and children, ms.") var cpuMs: UInt64 = 5000
    @Option(name: .customLong("wall-ms"), help: "Elapsed time, ms.") var wallMs: UInt64?
    @Option(name: .customLong("output-kb"), help: "Cap on stdout + stderr, KiB.") var outputKB: UInt64 = 64 * 1024
    @Option(name: .customLong("pids"), help: "Processes and threads at once.") var pids: UInt64 = 64
    @Option(name: .customLong("file-kb"), help: "Largest file the program may write, KiB (default: --output-kb).") var fileKB: UInt64?
    @Option(name: .customLong("as-mb"), help: "Address-space rlimit, MiB (off by default).") var addressSpaceMB: UInt64?
    @Option(name: .customLong("stdin"), help: "File to use as stdin.") var stdinFile: String?
    @Option(name: .customLong("ro-bind"), help: "Bind a host path read-only: SRC[:DST].") var roBinds: [String] = []
    @Option(name: .customLong("env"), help: "Set NAME=VALUE (nothing is inherited).") var env: [String] = []
    @Option(name: .customLong("cwd"), help: "Working directory inside the box.") var cwd = "/box"
    @Flag(name: .customLong("json"), help: "Print one JSON object.") var json = false
    @Argument(parsing: .captureForPassthrough, help: "-- PROGRAM [ARGS...]") var command: [String] = []

    func run() throws {
        let argv = command.first == "--" ? Array(command.dropFirst()) : command
        guard !argv.isEmpty else { throw ValidationError("give the program after --, e.g. pebble exec -- /bin/true") }
        var configuration = SandboxConfiguration()
        for spec in roBinds {
            guard let bind = BindMount(spec: spec) else { throw ValidationError("--ro-bind '\(spec)': expected /SRC[:/DST]") }
            guard access(bind.source, F_OK) == 0 else { throw ValidationError("--ro-bind '\(spec)': \(bind.source) does not exist") }
            configuration.binds.append(bind)
        }
        var environment = RunSpec.defaultEnvironment
        for pair in env {
            let parts = pair.split(separator: "=", maxSplits: 1).map(String.init)
            guard parts.count == 2 else { throw ValidationError("--env '\(pair)': expected NAME=VALUE") }
            environment[parts[0]] = parts[1]
        }
        var stdin = RunInput.none
        if let stdinFile {
            guard let data = FileManager.default.contents(atPath: stdinFile) else { throw ValidationError("--stdin: cannot read \(stdinFile)") }
            stdin = .bytes(data)
        }
        let limits = Limits(
            cpuMs: cpuMs, wallMs: wallMs ?? max(cpuMs * 2, 1000), memoryBytes: memoryMB << 20, pids: pids,
            outputBytes: outputKB << 10, fileBytes: (fileKB ?? outputKB) << 10,
            addressSpaceBytes: addressSpaceMB.map { $0 << 20 })
        let spec = RunSpec(command: argv, environment: environment, workingDirectory: cwd, limits: limits, stdin: stdin)

        let report: RunReport
        do {
            let sandbox = try Sandbox(configuration: configuration)
            defer { sandbox.shutdown() }
            let box = try sandbox.makeBox()
            defer { box.close() }
            report = try box.run(spec)
        } catch {
            report = RunReport(status: .internalError, message: "\(error)")
        }
        print(json ? ReportText.json(report) : ReportText.human(report))
        switch report.status {
        case .ok: return
        case .internalError: throw ExitCode(3)
        default: throw ExitCode(1)
        }
    }
}
