public import Foundation
public import PebbleSandbox

/// Compiles and runs learners' programs in every language of the catalog: compile once through
/// the cache (`prepare`), run many times (`run`), each run in a warm box or by a pre-started worker
/// when one is ready, else cold. Every warm path gives what its cold twin gives.
public final class LanguageEngine: Sendable {
    public let configuration: EngineConfiguration
    public let catalog: ToolchainCatalog
    /// The usable toolchains (after `configuration.languages`), by id.
    public let toolchains: [String: Toolchain]
    public let sandbox: Sandbox
    public let cache: CompileCache
    let boxes: BoxPool
    let prebuilts: PrebuiltStore
    let runWorkers: [String: WorkerPool]
    let compileWorkers: [String: WorkerPool]

    public init(configuration: EngineConfiguration) throws {
        self.configuration = configuration
        catalog = ToolchainCatalog.load(directory: configuration.toolchainsDirectory)
        toolchains = catalog.available.filter { configuration.languages?.contains($0.key) ?? true }
        let prebuiltRoot = configuration.stateDirectory + "/prebuilt"
        prebuilts = PrebuiltStore(root: prebuiltRoot)
        cache = CompileCache(directory: configuration.stateDirectory + "/compile", capacityBytes: configuration.cacheBytes)
        var sandboxConfiguration = configuration.sandbox
        sandboxConfiguration.binds += catalog.binds(for: toolchains.values) + [BindMount(prebuiltRoot, at: PrebuiltStore.boxRoot)]
        sandbox = try Sandbox(configuration: sandboxConfiguration)
        boxes = BoxPool(sandbox: sandbox, size: configuration.boxPoolSize)
        var run: [String: WorkerPool] = [:], compile: [String: WorkerPool] = [:]
        for (id, t) in toolchains where configuration.workerCount(for: id) > 0 {
            let count = configuration.workerCount(for: id)
            if let z = t.run.zygote, t.seccomp.allow.isEmpty {
                run[id] = WorkerPool(name: "\(id) run", kind: .zygote, sandbox: sandbox, spec: Self.zygoteSpec(t, z), size: count)
            } else if let w = t.run.worker {
                var started = w
                started.command = Self.runCommand(w.command, t, LimitSettings())
                run[id] = WorkerPool(name: "\(id) run", sandbox: sandbox, spec: Self.workerSpec(t, started, limits: Self.effectiveLimits(t, LimitSettings())), size: count)
            }
            if let c = t.compile, let w = c.worker {
                compile[id] = WorkerPool(name: "\(id) compile", sandbox: sandbox, spec: Self.workerSpec(t, w, limits: c.limits.sandboxLimits), size: count)
            }
        }
        runWorkers = run
        compileWorkers = compile
    }

    /// Starts every worker pool (in the background) and waits up to `seconds` for each to have one
    /// ready, or with `full` for every pool to be full.
    public func warmUp(seconds: Double = 30, full: Bool = false) async {
        let pools = Array(runWorkers.values) + Array(compileWorkers.values)
        await withTaskGroup(of: Void.self) { group in
            for pool in pools { group.addTask { _ = await pool.waitUntilReady(seconds: seconds, full: full) } }
        }
    }

    /// Ends every box and worker and removes what the sandbox made.
    public func shutdown() async {
        for pool in Array(runWorkers.values) + Array(compileWorkers.values) { await pool.close() }
        await boxes.close()
        sandbox.shutdown()
    }

    public func toolchain(_ id: String) throws -> Toolchain {
        if let t = toolchains[id] { return t }
        if let e = catalog.entry(id) {
            switch e.state {
            case let .unavailable(reason), let .invalid(reason): throw LanguageError.unavailable(id, reason: reason)
            case .available: throw LanguageError.unavailable(id, reason: "not enabled in this engine's configuration")
            }
        }
        throw LanguageError.unknownLanguage(id, known: toolchains.keys.sorted())
    }

    // MARK: Compile once

    /// The learner's source as the toolchain's one file.
    public func prepare(language: String, source: String, warm: Bool = true) async throws -> PreparedProgram {
        let t = try toolchain(language)
        return try await prepare(language: language, files: [t.source: Data(source.utf8)], warm: warm)
    }

    /// Compiles `files` (paths in /box) through the cache; interpreted languages pass them on as they are.
    /// `mainFile` names the learner's main file when it is not the toolchain's `source` (and the
    /// toolchain lets it keep its name, as Java does).
    public func prepare(language: String, files: [String: Data], mainFile: String? = nil, warm: Bool = true) async throws -> PreparedProgram {
        try await prepare(toolchain: try toolchain(language), files: files, mainFile: mainFile, warm: warm)
    }

    /// Compiles with a toolchain that is not in the catalog (a problem's validator given as
    /// `build`/`run` scripts), through the same cache and boxes.
    public func prepare(toolchain raw: Toolchain, files: [String: Data], mainFile: String? = nil, warm: Bool = true) async throws -> PreparedProgram {
        let t = raw.named(mainFile ?? raw.source)
        for name in files.keys where (try? Box.components(name)) == nil { throw LanguageError.invalidFile("invalid file name '\(name)'") }
        let sources = files.mapValues { String(decoding: $0, as: UTF8.self) }
        guard let compile = t.compile else {
            return PreparedProgram(toolchain: t, compile: nil, files: files, sources: sources)
        }
        let version = catalog.entry(t.id)?.version ?? ""
        var prebuiltDirectory = ""
        if !t.prebuilt.isEmpty {
            do {
                prebuiltDirectory = try await prebuilts.ensure(t, version: version, toolchainsDirectory: catalog.directory) { sources, step in
                    try await self.buildPrebuilt(t, sources: sources, step: step)
                }
            } catch {
                let stage = CompileStage(succeeded: false, message: "\(error)", internalError: true)
                return PreparedProgram(toolchain: t, compile: stage, files: [:], sources: sources)
            }
        }
        // `{others}`: the program's other source files of the language, for compilers that need
        // every file named (Swift); none for a one-file program.
        let others = files.keys.filter { $0 != t.source && t.extensions.contains(($0 as NSString).pathExtension) }.sorted()
        let command = compile.command.flatMap { $0 == "{others}" ? others : [$0.replacingOccurrences(of: "{prebuilt}", with: prebuiltDirectory)] }
        let key = CompileCache.key([t.id, version, prebuiltDirectory] + command + ["\u{0}"] + compile.artifacts
            + Self.environment(t).sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" } + shippedInputs(command), files: files)
        let useWorker = warm
        let entry = try await cache.entry(for: key) {
            try await self.compile(t, command: command, files: files, sources: sources, warm: useWorker)
        }
        return PreparedProgram(toolchain: t, compile: entry.stage, files: entry.stage.succeeded ? entry.artifacts : [:], sources: sources)
    }

    /// The contents of the `Toolchains/` files a compile command names (a declarations file), so
    /// editing one compiles again.
    private func shippedInputs(_ command: [String]) -> [String] {
        let prefix = ToolchainCatalog.boxDirectory + "/"
        return command.filter { $0.hasPrefix(prefix) }.map { arg in
            let data = FileManager.default.contents(atPath: catalog.directory + "/" + arg.dropFirst(prefix.count)) ?? Data()
            return CompileCache.key([arg], files: ["": data])
        }
    }

    private func compile(_ t: Toolchain, command: [String], files: [String: Data], sources: [String: String], warm: Bool) async throws -> CompileCache.Entry {
        let step = t.compile!
        let spec = RunSpec(command: command, environment: Self.environment(t), limits: step.limits.sandboxLimits,
                           seccompAllow: t.seccomp.allow.map(\.syscall))
        let pool = warm ? compileWorkers[t.id] : nil
        let outcome = await inBox(from: pool) { box, warm in
            for (name, data) in files { try box.writeFile(name, data) }
            let report = warm ? try box.handOver(job: Self.jobLine(command), limits: spec.limits) : try box.run(spec)
            return try Self.compileEntry(t, report: report, box: box, sources: sources, warm: warm)
        }
        switch outcome {
        case let .success(entry): return entry
        case .failure(BoxFailure.worker):
            return try await self.compile(t, command: command, files: files, sources: sources, warm: false)
        case let .failure(BoxFailure.sandbox(error)):
            // Not the learner's fault, and not cached: the next try may go differently.
            return CompileCache.Entry(stage: CompileStage(succeeded: false, message: "the sandbox failed: \(error)", internalError: true), artifacts: [:])
        case let .failure(error): throw error
        }
    }

    /// Why `inBox` could not give a result from the learner's code.
    enum BoxFailure: Error {
        /// The pre-started worker's box failed before or during its job: the job may run cold.
        case worker(SandboxError)
        /// A plain box failed, or none could be made.
        case sandbox(any Error)
    }

    /// Runs `body` in a box whose worker is ready (taken from `pool`, given back afterwards: reset and
    /// refilled in the background), or, when none is ready, in a plain box from the shared pool.
    /// `body` learns which (`true`: a worker waits in the box for `handOver`).
    private func inBox<T: Sendable>(from pool: WorkerPool?, _ body: @escaping @Sendable (Box, Bool) throws -> T) async -> Result<T, any Error> {
        // A cancelled job (the caller's `cancel`, a shutdown) ends its program: the box is told to
        // kill it, and the run's report says it was cancelled.
        if Task.isCancelled { return .failure(CancellationError()) }
        if let pool, let box = await pool.take() {
            let result = await withTaskCancellationHandler {
                await Result { try await Blocking.run { try body(box, true) } }
            } onCancel: { box.cancel() }
            await pool.giveBack(box)
            if case let .failure(error as SandboxError) = result { return .failure(BoxFailure.worker(error)) }
            return result
        }
        let box: Box
        do { box = try await boxes.acquire() } catch { return .failure(BoxFailure.sandbox(error)) }
        let result = await withTaskCancellationHandler {
            await Result { try await Blocking.run { try body(box, false) } }
        } onCancel: { box.cancel() }
        await boxes.release(box)
        if case let .failure(error as SandboxError) = result { return .failure(BoxFailure.sandbox(error)) }
        return result
    }

    /// The stage a compiler's run gives, and the artifacts it left (read while the box is ours).
    static func compileEntry(_ t: Toolchain, report: RunReport, box: Box, sources: [String: String], warm: Bool) throws -> CompileCache.Entry {
        let step = t.compile!
        let output = String(decoding: report.stdout + report.stderr, as: UTF8.self)
        let parser = DiagnosticParser(sources: sources, defaultFile: t.source)
        var stage = CompileStage(succeeded: false, diagnostics: parser.all(output, patterns: step.diagnostics),
                                 output: output, report: report, warm: warm)
        switch report.status {
        case .ok:
            var artifacts: [String: Data] = [:]
            for pattern in step.artifacts {
                let found = try Self.match(pattern, in: box)
                if found.isEmpty {
                    // No language is named here: the toolchain's own artifact pattern says what was expected.
                    stage.message = "the compiler made no \(pattern)" + (pattern.contains("*") ? " file" : "") + " from \(t.source)"
                    return CompileCache.Entry(stage: stage, artifacts: [:])
                }
                for name in found { artifacts[name] = try box.readFile(name, limit: 256 << 20) }
            }
            stage.succeeded = true
            return CompileCache.Entry(stage: stage, artifacts: artifacts)
        case .internalError, .securityViolation:
            stage.internalError = true
            stage.message = "the compiler could not run: \(report.message ?? report.syscall.map { "refused system call \($0)" } ?? report.status.rawValue)"
        case .timeLimit: stage.message = "compilation took longer than its limit"
        case .memoryLimit: stage.message = "compilation needed more memory than its limit"
        case .outputLimit: stage.message = "the compiler printed more than its output limit"
        case .runtimeError:
            if stage.diagnostics.isEmpty { stage.message = "the compiler failed (\(report.exitCode.map { "exit code \($0)" } ?? "signal \(report.signal ?? 0)"))" }
        }
        return CompileCache.Entry(stage: stage, artifacts: [:])
    }

    /// Files in /box matching a pattern whose last component may hold `*`.
    static func match(_ pattern: String, in box: Box) throws -> [String] {
        // The folder part, split by hand: Foundation's path helpers trap on some names ("*").
        let dir = pattern.lastIndex(of: "/").map { String(pattern[..<$0]) } ?? ""
        let files = box.listFilesOrEmpty(in: dir)
        guard pattern.contains("*") else { return files.contains(pattern) ? [pattern] : [] }
        return files.filter { fnmatch(pattern, $0, FNM_PATHNAME) == 0 }
    }

    private func buildPrebuilt(_ t: Toolchain, sources: [String: Data], step: PrebuiltFile) async throws -> [String: Data] {
        let limits = (t.compile?.limits ?? LimitSettings()).sandboxLimits
        let spec = RunSpec(command: step.command, environment: Self.environment(t), limits: limits,
                           seccompAllow: t.seccomp.allow.map(\.syscall))
        let box = try await boxes.acquire()
        let outcome: Result<[String: Data], any Error> = await Result {
            try await Blocking.run {
                for (name, data) in sources { try box.writeFile(name, data) }
                let report = try box.run(spec)
                guard report.status == .ok else {
                    throw LanguageError.prebuiltFailed(t.id, "\(step.command.joined(separator: " ")) ended \(report.status.rawValue): "
                        + String(decoding: (report.stdout + report.stderr).suffix(2000), as: UTF8.self))
                }
                var out: [String: Data] = [:]
                for name in step.outputs { out[name] = try box.readFile(name, limit: 1 << 30) }
                return out
            }
        }
        await boxes.release(box)
        return try outcome.get()
    }

    // MARK: Run many

    /// One run of a prepared program with `stdin`. Limits not given take the toolchain's defaults,
    /// are capped by its maximum, and get its allowance.
    /// `arguments` follow the run command; `files` are written into /box beside the program's; the
    /// files named in `collect` are read back from /box after the run (a validator's feedback).
    public func run(_ program: PreparedProgram, stdin: Data = Data(), limits requested: LimitSettings = LimitSettings(),
                    arguments: [String] = [], files extra: [String: Data] = [:], collect: [String] = [],
                    warm: Bool = true) async throws -> RunStage {
        let t = program.toolchain
        guard program.isRunnable else { throw LanguageError.invalidFile("the program did not compile") }
        let limits = Self.effectiveLimits(t, requested)
        let command = Self.runCommand(t.run.command, t, requested) + arguments
        let spec = RunSpec(command: command, environment: Self.environment(t), limits: limits,
                           stdin: .bytes(stdin), seccompAllow: t.seccomp.allow.map(\.syscall))
        var pool: WorkerPool?
        if warm, let p = runWorkers[t.id] {
            switch p.kind {
            case .zygote: if Self.zygoteCanTake(p.spec.limits, limits) { pool = p }
            case .worker:
                if Self.workerCanTake(p.spec.limits, limits), p.spec.command == Self.runCommand(t.run.worker!.command, t, requested) { pool = p }
            }
        }
        let viaZygote = pool?.kind == .zygote
        let outcome = await inBox(from: pool) { box, warm in
            for (name, data) in program.files.merging(extra, uniquingKeysWith: { own, _ in own }) {
                try box.writeFile(name, data, executable: Self.isExecutable(data))
            }
            let report: RunReport
            if warm && viaZygote {
                var forked = spec
                forked.viaZygote = true
                report = try box.run(forked)
            } else {
                report = warm ? try box.handOver(job: Self.jobLine(command), stdin: stdin, limits: limits) : try box.run(spec)
            }
            var stage = Self.runStage(t, program: program, report: report, box: box, warm: warm)
            // A collected file is as large as the run could write it (its file-size limit), never cut short.
            let cap = Int(clamping: limits.fileBytes ?? limits.outputBytes)
            for name in collect { stage.collected[name] = try? box.readFile(name, limit: max(cap, 1 << 20)) }
            return stage
        }
        switch outcome {
        case let .success(stage): return stage
        case .failure(BoxFailure.worker):
            // The worker's box failed (its process died while it waited): the job runs cold instead.
            return try await run(program, stdin: stdin, limits: requested, arguments: arguments, files: extra, collect: collect, warm: false)
        case let .failure(BoxFailure.sandbox(error)):
            return RunStage(report: RunReport(status: .internalError, message: "\(error)"), diagnostics: [], syntaxError: false, warm: false)
        case let .failure(error): throw error
        }
    }

    /// Compile (through the cache) and one run.
    public func execute(language: String, source: String, stdin: Data = Data(), limits: LimitSettings = LimitSettings(),
                        warm: Bool = true) async throws -> Execution {
        let program = try await prepare(language: language, source: source, warm: warm)
        if let stage = program.compile, !stage.succeeded {
            return Execution(language: language, status: stage.internalError ? .internalError : .compileError, compile: stage, run: nil)
        }
        let run = try await self.run(program, stdin: stdin, limits: limits, warm: warm)
        return Execution(language: language, status: run.status, compile: program.compile, run: run)
    }

    /// What a run's evidence says about the learner's code: a syntax error (CE), or where a runtime error happened.
    static func runStage(_ t: Toolchain, program: PreparedProgram, report: RunReport, box: Box, warm: Bool) -> RunStage {
        var report = report
        var diagnostics: [Diagnostic] = []
        var syntaxError = false
        let parser = DiagnosticParser(sources: program.sources, defaultFile: t.source)
        var crashLine: String?
        if let crash = t.run.crash {
            let (rest, line) = CrashReport.split(report.stderr, marker: crash.marker)
            report.stderr = rest
            crashLine = line
        }
        if report.status == .runtimeError {
            let stderr = String(decoding: report.stderr, as: UTF8.self)
            let syntax = parser.all(stderr, patterns: t.run.syntaxErrors).filter { parser.isLearnerFile($0.file) }
            if !syntax.isEmpty {
                syntaxError = true
                diagnostics = syntax
            } else {
                let found = parser.runtimeError(stderr, patterns: t.run.runtimeErrors)
                if let crash = t.run.crash, let crashLine,
                   let located = CrashReport.locate(crashLine, crash: crash, box: box, environment: environment(t), parser: parser) {
                    var d = located
                    if let message = found?.message, !message.isEmpty { d.message = message }
                    diagnostics = [d]
                } else if let found {
                    diagnostics = [found]
                }
            }
        }
        return RunStage(report: report, diagnostics: diagnostics, syntaxError: syntaxError, warm: warm)
    }

    // MARK: Plans

    static func effectiveLimits(_ t: Toolchain, _ requested: LimitSettings) -> Limits {
        var base = t.run.limits
        // A caller's CPU limit without a wall limit derives the wall limit from it, not the default's.
        if requested.cpuMs != nil && requested.wallMs == nil { base.wallMs = nil }
        var s = base.overridden(by: requested).capped(by: t.run.maximum)
        let a = t.run.allowance
        if let cpu = s.cpuMs {
            let allowed = UInt64((Double(cpu) * a.cpuFactor).rounded()) + a.cpuExtraMs
            s.cpuMs = allowed
            if let wall = s.wallMs { s.wallMs = wall + (allowed - cpu) }
        }
        if let memory = s.memoryMB { s.memoryMB = memory + a.memoryExtraMB }
        return s.sandboxLimits
    }

    /// A run command with `{memoryMB}` replaced by the memory the caller asked for (before the
    /// allowance): a JVM's heap cap is the learner's limit, the allowance is the JVM's own room.
    static func runCommand(_ command: [String], _ t: Toolchain, _ requested: LimitSettings) -> [String] {
        let memory = t.run.limits.overridden(by: requested).capped(by: t.run.maximum).memoryMB ?? (Limits().memoryBytes ?? 0) >> 20
        return command.map { $0.replacingOccurrences(of: "{memoryMB}", with: String(memory)) }
    }

    /// A worker's rlimits were fixed when it started; only a job with the same ones may use it.
    static func workerCanTake(_ started: Limits, _ job: Limits) -> Bool {
        started.stackBytes == job.stackBytes && started.openFiles == job.openFiles
            && started.fileBytes == job.fileBytes && started.addressSpaceBytes == job.addressSpaceBytes
    }

    /// A zygote's run sets its own rlimits below the zygote's: a job may lower them, never raise them.
    static func zygoteCanTake(_ started: Limits, _ job: Limits) -> Bool {
        job.stackBytes <= started.stackBytes && job.openFiles <= started.openFiles
    }

    /// The zygote starts with the toolchain's default rlimits, no CPU, file-size or address-space
    /// limit (each run sets its own), and its wall limit bounding its start-up.
    static func zygoteSpec(_ t: Toolchain, _ z: WorkerSpec) -> RunSpec {
        var limits = effectiveLimits(t, LimitSettings())
        limits.cpuMs = nil
        limits.wallMs = 20_000
        limits.fileBytes = nil
        limits.addressSpaceBytes = nil
        return workerSpec(t, z, limits: limits)
    }

    static func workerSpec(_ t: Toolchain, _ w: WorkerSpec, limits: Limits) -> RunSpec {
        RunSpec(command: w.command, environment: environment(t).merging(w.environment ?? [:]) { _, new in new },
                limits: limits, seccompAllow: t.seccomp.allow.map(\.syscall))
    }

    static func environment(_ t: Toolchain) -> [String: String] {
        RunSpec.defaultEnvironment.merging(t.environment) { _, new in new }
    }

    /// What a worker reads on fd 3: the cold command's arguments, tab-separated, one line.
    static func jobLine(_ command: [String]) -> Data {
        Data((command.dropFirst().joined(separator: "\t") + "\n").utf8)
    }

    static func isExecutable(_ data: Data) -> Bool {
        data.starts(with: [0x7f, 0x45, 0x4c, 0x46]) || data.starts(with: [0x23, 0x21])
    }

    // MARK: State

    public struct LanguageState: Sendable, Codable {
        public var id: String
        public var name: String
        public var version: String?
        public var available: Bool
        public var reason: String?
        public var extensions: [String]
        public var pools: [PoolState]
    }

    public struct PoolState: Sendable, Codable {
        public var stage: String
        /// `worker` (single-use pre-started processes) or `zygote` (one runtime per box, forking per job).
        public var kind: String
        public var size: Int
        public var ready: Int
        public var starting: Int
        public var busy: Int
        public var failure: String?
        public var hits: Int
        public var misses: Int
    }

    /// Every toolchain file: usable or not (and why), with its warm pools.
    public func languages() async -> [LanguageState] {
        var out: [LanguageState] = []
        for e in catalog.entries {
            var pools: [PoolState] = []
            for (stage, pool) in [("run", runWorkers[e.id]), ("compile", compileWorkers[e.id])] {
                guard let pool else { continue }
                let s = await pool.state
                pools.append(PoolState(stage: stage, kind: pool.kind.rawValue, size: s.size, ready: s.ready, starting: s.starting, busy: s.busy, failure: s.failure,
                                       hits: s.hits, misses: s.misses))
            }
            var reason: String?
            switch e.state {
            case let .unavailable(r), let .invalid(r): reason = r
            case .available: reason = toolchains[e.id] == nil ? "not enabled" : nil
            }
            out.append(LanguageState(id: e.id, name: e.toolchain?.name ?? e.id, version: e.version,
                                     available: toolchains[e.id] != nil, reason: reason,
                                     extensions: e.toolchain?.extensions ?? [], pools: pools))
        }
        return out
    }
}

extension Result where Failure == any Error {
    init(catching body: () async throws -> Success) async {
        do { self = .success(try await body()) } catch { self = .failure(error) }
    }
}

extension Box {
    func listFilesOrEmpty(in directory: String) -> [String] {
        (try? listFiles(in: directory == "." ? "" : directory)) ?? []
    }
}
