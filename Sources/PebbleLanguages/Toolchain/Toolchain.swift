import Foundation
public import PebbleSandbox

/// One language as an administrator wrote it in `Toolchains/<id>.yaml` (every key is documented in
/// docs/languages.md). Adding a language is adding a file: nothing here names a language.
public struct Toolchain: Sendable, Codable, Equatable {
    public var id: String
    public var name: String
    /// File extensions that mean this language (Kattis's language table), without the dot.
    public var extensions: [String]
    /// The learner's file name inside the box (`main.py`, `Main.java`).
    public var source: String
    /// The command that prints the toolchain's version (its first non-empty line is kept).
    public var version: [String]
    /// Host paths the box must see, read-only: `PATH` or `SRC:DST` (a toolchain that lives
    /// elsewhere is bound at a neutral path, so no run sees a home directory).
    public var binds: [String]
    public var environment: [String: String]
    /// Files built once per toolchain version (a precompiled header, a crash reporter), visible
    /// read-only to every compile at `{prebuilt}`.
    public var prebuilt: [PrebuiltFile]
    public var compile: CompileStep?
    public var run: RunStep
    public var seccomp: SeccompGrants

    enum CodingKeys: String, CodingKey {
        case id, name, extensions, source, version, binds, environment, prebuilt, compile, run, seccomp
    }

    /// This toolchain for a main file of another name (a Kattis Java submission `sum.java` holds
    /// `public class sum`): `{source}` in its commands becomes the file, `{main}` its name without
    /// the extension. Toolchain files write `{source}` and `{main}` where the name matters.
    public func named(_ mainFile: String) -> Toolchain {
        var t = self
        t.source = mainFile
        let main = (mainFile as NSString).deletingPathExtension
        func fill(_ command: [String]) -> [String] {
            command.map { $0.replacingOccurrences(of: "{source}", with: mainFile).replacingOccurrences(of: "{main}", with: main) }
        }
        if var step = t.compile {
            step.command = fill(step.command)
            step.artifacts = fill(step.artifacts)
            t.compile = step
        }
        t.run.command = fill(t.run.command)
        if var crash = t.run.crash {
            crash.symbolizer = fill(crash.symbolizer)
            t.run.crash = crash
        }
        return t
    }

    /// Whether the main file may keep its own name (the commands name it through `{source}`/`{main}`).
    public var keepsMainFileName: Bool {
        ((compile?.command ?? []) + run.command).contains { $0.contains("{main}") || $0.contains("{source}") }
    }

    /// A toolchain made in code (a problem's validator given as `build`/`run` scripts).
    public init(id: String, name: String, source: String, version: [String], compile: CompileStep?, run: RunStep,
                environment: [String: String] = [:]) {
        self.id = id
        self.name = name
        extensions = []
        self.source = source
        self.version = version
        binds = []
        self.environment = environment
        prebuilt = []
        self.compile = compile
        self.run = run
        seccomp = SeccompGrants()
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(String.self, forKey: .id)
        name = try c.decode(String.self, forKey: .name)
        extensions = try c.decodeIfPresent([String].self, forKey: .extensions) ?? []
        source = try c.decode(String.self, forKey: .source)
        version = try c.decode([String].self, forKey: .version)
        binds = try c.decodeIfPresent([String].self, forKey: .binds) ?? []
        environment = try c.decodeIfPresent([String: String].self, forKey: .environment) ?? [:]
        prebuilt = try c.decodeIfPresent([PrebuiltFile].self, forKey: .prebuilt) ?? []
        compile = try c.decodeIfPresent(CompileStep.self, forKey: .compile)
        run = try c.decode(RunStep.self, forKey: .run)
        seccomp = try c.decodeIfPresent(SeccompGrants.self, forKey: .seccomp) ?? SeccompGrants()
    }
}

/// A file compiled once per toolchain version from a source shipped in `Toolchains/`.
public struct PrebuiltFile: Sendable, Codable, Equatable {
    /// Sources, relative to the `Toolchains/` directory; copied into the build box by file name.
    public var sources: [String]
    public var command: [String]
    /// What the command leaves in /box that later compiles may use (relative paths).
    public var outputs: [String]
}

/// How source becomes something runnable.
public struct CompileStep: Sendable, Codable, Equatable {
    public var command: [String]
    /// Files (relative to /box) the run needs; `*` matches within one path component.
    public var artifacts: [String]
    public var limits: LimitSettings
    /// How the compiler's messages read: each pattern names `file`, `line`, and optionally
    /// `column`, `caret` (column from a caret line), `severity`, `message`.
    public var diagnostics: [DiagnosticPattern]
    /// A pre-started compiler (javac, tsc) that takes the compile as its job.
    public var worker: WorkerSpec?

    enum CodingKeys: String, CodingKey { case command, artifacts, limits, diagnostics, worker }

    public init(command: [String], artifacts: [String], limits: LimitSettings = LimitSettings(), diagnostics: [DiagnosticPattern] = []) {
        self.command = command
        self.artifacts = artifacts
        self.limits = limits
        self.diagnostics = diagnostics
        worker = nil
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        command = try c.decode([String].self, forKey: .command)
        artifacts = try c.decode([String].self, forKey: .artifacts)
        limits = try c.decodeIfPresent(LimitSettings.self, forKey: .limits) ?? LimitSettings()
        diagnostics = try c.decodeIfPresent([DiagnosticPattern].self, forKey: .diagnostics) ?? []
        worker = try c.decodeIfPresent(WorkerSpec.self, forKey: .worker)
    }
}

/// How a prepared program runs.
public struct RunStep: Sendable, Codable, Equatable {
    public var command: [String]
    /// Defaults when the caller gives none.
    public var limits: LimitSettings
    /// The most a caller may ask for.
    public var maximum: LimitSettings
    /// Headroom that is not the learner's fault (JVM start, a runtime's own memory).
    public var allowance: Allowance
    /// A pre-started interpreter that takes the run as its job.
    public var worker: WorkerSpec?
    /// A runtime that stays in its box and forks a fresh process per run (preferred over `worker`).
    public var zygote: WorkerSpec?
    /// Messages that mean the source never ran (an interpreter's syntax error): a CE, not an RE.
    public var syntaxErrors: [DiagnosticPattern]
    /// Where a runtime error happened, from a traceback or stack trace.
    public var runtimeErrors: [DiagnosticPattern]
    /// A crash reporter's line, mapped to source lines by a symbolizer run in the same box.
    public var crash: CrashMapping?

    enum CodingKeys: String, CodingKey {
        case command, limits, maximum, allowance, worker, zygote, syntaxErrors, runtimeErrors, crash
    }

    public init(command: [String], limits: LimitSettings = LimitSettings(), maximum: LimitSettings = LimitSettings()) {
        self.command = command
        self.limits = limits
        self.maximum = maximum
        allowance = Allowance()
        worker = nil
        zygote = nil
        syntaxErrors = []
        runtimeErrors = []
        crash = nil
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        command = try c.decode([String].self, forKey: .command)
        limits = try c.decodeIfPresent(LimitSettings.self, forKey: .limits) ?? LimitSettings()
        maximum = try c.decodeIfPresent(LimitSettings.self, forKey: .maximum) ?? LimitSettings()
        allowance = try c.decodeIfPresent(Allowance.self, forKey: .allowance) ?? Allowance()
        worker = try c.decodeIfPresent(WorkerSpec.self, forKey: .worker)
        zygote = try c.decodeIfPresent(WorkerSpec.self, forKey: .zygote)
        syntaxErrors = try c.decodeIfPresent([DiagnosticPattern].self, forKey: .syntaxErrors) ?? []
        runtimeErrors = try c.decodeIfPresent([DiagnosticPattern].self, forKey: .runtimeErrors) ?? []
        crash = try c.decodeIfPresent(CrashMapping.self, forKey: .crash)
    }
}

/// Limits as a toolchain file writes them: whole milliseconds and MiB, each optional.
public struct LimitSettings: Sendable, Codable, Equatable {
    public var cpuMs: UInt64?
    public var wallMs: UInt64?
    public var memoryMB: UInt64?
    public var pids: UInt64?
    public var outputMB: UInt64?
    public var fileMB: UInt64?
    public var stackMB: UInt64?
    public var openFiles: UInt64?
    public var addressSpaceMB: UInt64?

    public init(cpuMs: UInt64? = nil, wallMs: UInt64? = nil, memoryMB: UInt64? = nil, pids: UInt64? = nil,
                outputMB: UInt64? = nil, fileMB: UInt64? = nil, stackMB: UInt64? = nil,
                openFiles: UInt64? = nil, addressSpaceMB: UInt64? = nil) {
        self.cpuMs = cpuMs
        self.wallMs = wallMs
        self.memoryMB = memoryMB
        self.pids = pids
        self.outputMB = outputMB
        self.fileMB = fileMB
        self.stackMB = stackMB
        self.openFiles = openFiles
        self.addressSpaceMB = addressSpaceMB
    }

    /// Each value of `other` that is set wins.
    public func overridden(by other: LimitSettings) -> LimitSettings {
        LimitSettings(
            cpuMs: other.cpuMs ?? cpuMs, wallMs: other.wallMs ?? wallMs, memoryMB: other.memoryMB ?? memoryMB,
            pids: other.pids ?? pids, outputMB: other.outputMB ?? outputMB, fileMB: other.fileMB ?? fileMB,
            stackMB: other.stackMB ?? stackMB, openFiles: other.openFiles ?? openFiles,
            addressSpaceMB: other.addressSpaceMB ?? addressSpaceMB)
    }

    /// No value above the same value of `cap` (where the cap is set).
    public func capped(by cap: LimitSettings) -> LimitSettings {
        func low(_ a: UInt64?, _ b: UInt64?) -> UInt64? { guard let a, let b else { return a }; return min(a, b) }
        return LimitSettings(
            cpuMs: low(cpuMs, cap.cpuMs), wallMs: low(wallMs, cap.wallMs), memoryMB: low(memoryMB, cap.memoryMB),
            pids: low(pids, cap.pids), outputMB: low(outputMB, cap.outputMB), fileMB: low(fileMB, cap.fileMB),
            stackMB: low(stackMB, cap.stackMB), openFiles: low(openFiles, cap.openFiles),
            addressSpaceMB: low(addressSpaceMB, cap.addressSpaceMB))
    }

    /// The sandbox's limits; anything unset takes the sandbox's default.
    public var sandboxLimits: Limits {
        let base = Limits()
        return Limits(
            cpuMs: cpuMs ?? base.cpuMs, wallMs: wallMs ?? cpuMs.map { max($0 * 3, 2000) } ?? base.wallMs,
            memoryBytes: memoryMB.map { $0 << 20 } ?? base.memoryBytes, pids: pids ?? base.pids,
            outputBytes: outputMB.map { $0 << 20 } ?? base.outputBytes,
            fileBytes: fileMB.map { $0 << 20 } ?? base.fileBytes, openFiles: openFiles ?? base.openFiles,
            stackBytes: stackMB.map { $0 << 20 } ?? base.stackBytes,
            addressSpaceBytes: addressSpaceMB.map { $0 << 20 })
    }
}

/// Added to what the caller asked for: `cpu × cpuFactor + cpuExtraMs`, `memory + memoryExtraMB`.
public struct Allowance: Sendable, Codable, Equatable {
    public var cpuFactor: Double
    public var cpuExtraMs: UInt64
    public var memoryExtraMB: UInt64

    public init(cpuFactor: Double = 1, cpuExtraMs: UInt64 = 0, memoryExtraMB: UInt64 = 0) {
        self.cpuFactor = cpuFactor
        self.cpuExtraMs = cpuExtraMs
        self.memoryExtraMB = memoryExtraMB
    }

    enum CodingKeys: String, CodingKey { case cpuFactor, cpuExtraMs, memoryExtraMB }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        cpuFactor = try c.decodeIfPresent(Double.self, forKey: .cpuFactor) ?? 1
        cpuExtraMs = try c.decodeIfPresent(UInt64.self, forKey: .cpuExtraMs) ?? 0
        memoryExtraMB = try c.decodeIfPresent(UInt64.self, forKey: .memoryExtraMB) ?? 0
    }
}

/// A single-use pre-started process (docs/languages.md, "Workers"): it starts, writes one byte to
/// fd 3 when ready, reads one line from fd 3 (the cold command's arguments, tab-separated), does
/// exactly what the cold command would, and exits.
public struct WorkerSpec: Sendable, Codable, Equatable {
    public var command: [String]
    /// Extra environment for the worker only.
    public var environment: [String: String]?
}

/// One way a tool's message reads, as a regular expression with named groups.
public struct DiagnosticPattern: Sendable, Codable, Equatable {
    public var pattern: String
    /// Severity when the pattern has no `severity` group.
    public var severity: String?
    /// Which match locates a runtime error when there are several: `first` (innermost frame
    /// first, as Java prints) or `last` (Python's innermost frame is last).
    public var pick: String?
}

/// How a crash report line becomes source lines: `marker` starts the line, followed by the signal
/// and addresses; `symbolizer` gets the addresses appended and prints `file:line` per address.
public struct CrashMapping: Sendable, Codable, Equatable {
    public var marker: String
    public var symbolizer: [String]
}

/// System calls the default policy refuses that this language's runs need, each with its reason.
public struct SeccompGrants: Sendable, Codable, Equatable {
    public var allow: [Grant]

    public struct Grant: Sendable, Codable, Equatable {
        public var syscall: String
        public var reason: String
    }

    public init(allow: [Grant] = []) { self.allow = allow }
}
