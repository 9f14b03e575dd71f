import CPebbleKernel
public import Foundation

/// One box: a pid 1 in its own namespaces with a root built once, a uid of its own, its own
/// cgroups, and size-capped /box and /tmp that `reset()` makes new. A box runs one program at a
/// time; its methods block the calling thread (use `BoxPool` from async code).
public final class Box: @unchecked Sendable {
    public let uid: UInt32
    public let gid: UInt32
    /// Guarantees missing on this host (rootless, no cgroups, old kernel), in plain words.
    public let degraded: [String]
    let process: BoxInitProcess
    let cgroup: (any BoxCgroup)?
    let onClose: @Sendable () -> Void
    private let lock = NSLock()
    private var pending: RunSpec?
    private var running: (RunSpec, CgroupBaseline?)?
    private var closed = false
    private var zygote = false

    /// Whether the box's zygote lives (as of its start, the last run or the last reset).
    public var hasZygote: Bool { lock.withLock { zygote } }

    /// The box's file system as the host sees it (through pid 1's /proc entry).
    public var hostRoot: String { "/proc/\(process.initPid)/root" }
    /// The host pid of the box's pid 1.
    public var initPid: Int32 { process.initPid }

    init(process: BoxInitProcess, uid: UInt32, gid: UInt32, cgroup: (any BoxCgroup)?, degraded: [String],
         onClose: @escaping @Sendable () -> Void) {
        self.process = process
        self.uid = uid
        self.gid = gid
        self.cgroup = cgroup
        self.degraded = degraded
        self.onClose = onClose
    }

    deinit { close() }

    // MARK: Runs

    /// Runs one program to completion and reports how it ended.
    public func run(_ spec: RunSpec) throws -> RunReport {
        try start(spec)
        return try wait()
    }

    /// Starts one program and returns once the box has its descriptors (the caller may close its
    /// own copies: two boxes joined by pipes see EOF when the other side ends). `wait()` reports.
    public func start(_ spec: RunSpec) throws {
        try locked {
            guard pending == nil, running == nil else { throw SandboxError.busy("the box is running a program") }
            let baseline = try prepare(spec.limits)
            try sendRun(spec, prestart: false, waitForReady: false)
            running = (spec, baseline)
        }
    }

    /// Waits for the program `start` began and reports how it ended.
    public func wait() throws -> RunReport {
        try locked {
            guard let (spec, baseline) = running else { throw SandboxError.busy("no program was started in this box") }
            running = nil
            return try finish(spec, baseline: baseline)
        }
    }

    /// Starts a program that waits for its job (read from fd 3, a socket) before its accounting
    /// starts: CPU, wall time and peak memory count from `handOver`, not from the runtime's start.
    /// With `waitForReady` it returns only once the program has written one byte to fd 3 (a worker
    /// that has finished starting), bounded by the spec's wall limit. Without stdin in the spec, the
    /// program's stdin is a pipe that `handOver` fills. Returns nil once the program waits; its
    /// report if it ended (or failed to start) before.
    @discardableResult
    public func prestart(_ spec: RunSpec, waitForReady: Bool = false) throws -> RunReport? {
        try locked {
            guard pending == nil else { throw SandboxError.busy("the box already holds a pre-started program") }
            _ = try prepare(spec.limits)
            try sendRun(spec, prestart: true, waitForReady: waitForReady)
            let reply = try process.receive()
            if reply.type == PB_MSG_STARTED {
                pending = spec
                return nil
            }
            guard reply.type == PB_MSG_RESULT else { throw SandboxError.protocolViolation("expected STARTED") }
            return try report(from: reply, spec: spec, baseline: nil)
        }
    }

    /// Starts the box's zygote (docs/languages.md, "Zygotes"): a runtime that stays in the box and
    /// forks one fresh process for each run whose spec says `viaZygote`, until it dies or the box
    /// closes (resets keep it). It runs as the box's user under the default policy; `spec`'s rlimits
    /// are the most its runs may ask for, and its wall limit bounds its start-up. Returns nil once
    /// it waits for runs, else why it could not start.
    public func startZygote(_ spec: RunSpec) throws -> String? {
        try locked {
            guard pending == nil, running == nil else { throw SandboxError.busy("the box is running a program") }
            _ = try prepare(spec.limits)
            try process.send(PB_MSG_ZYGOTE, Self.request(spec, cgroup: cgroup).0)
            let reply = try process.receive()
            zygote = reply.type == PB_MSG_ZYGOTE_READY
            if zygote { return nil }
            guard reply.type == PB_MSG_FAILED else { throw SandboxError.protocolViolation("expected ZYGOTE_READY, got \(reply.type)") }
            let errno = Int32(reply.number(PB_R_SETUP_ERRNO))
            return "\(reply.string(PB_R_SETUP_STEP) ?? "zygote"): \(String(cString: strerror(errno)))"
        }
    }

    /// Gives the pre-started program its job (on fd 3) and its stdin, and waits for it to finish.
    /// `limits` replaces the CPU, wall, output and memory limits the program started with (its
    /// rlimits stay as they were).
    public func handOver(job: Data, stdin: Data = Data(), limits: Limits? = nil) throws -> RunReport {
        try locked {
            guard var spec = pending else { throw SandboxError.busy("no pre-started program in this box") }
            pending = nil
            if let limits {
                spec.limits.cpuMs = limits.cpuMs
                spec.limits.wallMs = limits.wallMs
                spec.limits.outputBytes = limits.outputBytes
                spec.limits.memoryBytes = limits.memoryBytes
            }
            let baseline = try prepare(spec.limits)
            var w = FrameWriter()
            w.put(PB_GO_BYTES, job)
            if !stdin.isEmpty { w.put(PB_GO_STDIN, stdin) }
            if limits != nil {
                w.put(PB_CPU_MS, spec.limits.cpuMs ?? 0)
                w.put(PB_WALL_MS, spec.limits.wallMs ?? 0)
                w.put(PB_OUTPUT_BYTES, spec.limits.outputBytes)
            }
            try process.send(PB_MSG_GO, w)
            let reply = try process.receive()
            guard reply.type == PB_MSG_RESULT else { throw SandboxError.protocolViolation("expected RESULT, got \(reply.type)") }
            // A worker that died while it waited must never pass for the job's outcome.
            if reply.number(PB_R_BEFORE_GO) == 1 { throw SandboxError.workerEnded }
            return try report(from: reply, spec: spec, baseline: baseline)
        }
    }

    /// Ends whatever runs in the box now; the run's report says it was cancelled.
    public func cancel() {
        try? process.send(PB_MSG_KILL, FrameWriter())
    }

    /// Fresh /box, /tmp and /dev/shm, no SysV IPC or POSIX queues: nothing of one job reaches the next.
    public func reset() throws {
        try locked {
            if pending != nil || running != nil {
                try process.send(PB_MSG_KILL, FrameWriter())
                pending = nil
                running = nil
                _ = try process.receive() // the killed program's RESULT
            }
            try process.send(PB_MSG_RESET, FrameWriter())
            let reply = try process.receive()
            if reply.type == PB_MSG_FAILED {
                throw SandboxError.boxSetup(step: reply.string(PB_R_SETUP_STEP) ?? "reset",
                                            errno: Int32(reply.number(PB_R_SETUP_ERRNO)))
            }
            guard reply.type == PB_MSG_RESET_DONE else { throw SandboxError.protocolViolation("expected RESET_DONE") }
            zygote = zygote && reply.number(PB_R_ZYGOTE) == 1
        }
    }

    /// Ends the box: pid 1 exits, the kernel ends every process in its namespace, the cgroups go.
    public func close() {
        lock.lock()
        defer { lock.unlock() }
        guard !closed else { return }
        closed = true
        process.terminate()
        try? cgroup?.remove()
        onClose()
    }

    // MARK: Files

    /// Writes a file into /box (sub-directories are created), owned by the box's user.
    public func writeFile(_ path: String, _ data: Data, executable: Bool = false) throws {
        let parts = try Self.components(path)
        let dir = try openDirectory(parts.dropLast(), create: true)
        defer { Foundation.close(dir) }
        let fd = openat(dir, parts.last!, O_WRONLY | O_CREAT | O_TRUNC | O_NOFOLLOW | O_CLOEXEC, executable ? 0o755 : 0o644)
        guard fd >= 0 else { throw SandboxError.system("create /box/\(path)", errno: errno) }
        defer { Foundation.close(fd) }
        try data.withUnsafeBytes { raw in
            var offset = 0
            while offset < raw.count {
                let n = Foundation.write(fd, raw.baseAddress! + offset, raw.count - offset)
                guard n > 0 else { throw SandboxError.system("write /box/\(path)", errno: errno) }
                offset += n
            }
        }
        fchown(fd, uid, gid)
        fchmod(fd, executable ? 0o755 : 0o644)
    }

    /// Reads a regular file from /box, refusing symlinks planted by a run.
    public func readFile(_ path: String, limit: Int = 64 << 20) throws -> Data {
        let parts = try Self.components(path)
        let dir = try openDirectory(parts.dropLast(), create: false)
        defer { Foundation.close(dir) }
        let fd = openat(dir, parts.last!, O_RDONLY | O_NOFOLLOW | O_CLOEXEC | O_NONBLOCK)
        guard fd >= 0 else { throw SandboxError.system("open /box/\(path)", errno: errno) }
        defer { Foundation.close(fd) }
        var st = stat()
        guard fstat(fd, &st) == 0, (st.st_mode & S_IFMT) == S_IFREG else {
            throw SandboxError.system("/box/\(path) is not a regular file", errno: EINVAL)
        }
        var out = Data()
        var buffer = [UInt8](repeating: 0, count: 65536)
        while out.count < limit {
            let n = buffer.withUnsafeMutableBytes { Foundation.read(fd, $0.baseAddress, min($0.count, limit - out.count)) }
            if n <= 0 { break }
            out.append(contentsOf: buffer[0..<n])
        }
        return out
    }

    /// The regular files of a directory in /box (relative to /box), not following links.
    public func listFiles(in directory: String = "") throws -> [String] {
        let parts = directory.isEmpty ? [] : try Self.components(directory)
        let fd = try openDirectory(parts[...], create: false)
        guard let d = fdopendir(fd) else { Foundation.close(fd); throw SandboxError.system("list /box/\(directory)", errno: errno) }
        defer { closedir(d) }
        var names: [String] = []
        while let entry = readdir(d) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
            var st = stat()
            guard name != ".", name != "..", fstatat(dirfd(d), name, &st, AT_SYMLINK_NOFOLLOW) == 0,
                  (st.st_mode & S_IFMT) == S_IFREG else { continue }
            names.append(directory.isEmpty ? name : directory + "/" + name)
        }
        return names.sorted()
    }

    /// Whether a pre-started program waits for its job in this box.
    public var holdsPrestarted: Bool { lock.withLock { pending != nil } }

    /// The parts of a relative path inside /box; throws for absolute paths, `..`, or empty parts.
    public static func components(_ path: String) throws -> [String] {
        let parts = path.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        guard !path.hasPrefix("/"), !parts.isEmpty, !parts.contains(where: { $0.isEmpty || $0 == "." || $0 == ".." || $0.contains("\0") })
        else { throw SandboxError.invalidPath(path) }
        return parts
    }

    private func openDirectory(_ parts: ArraySlice<String>, create: Bool) throws -> Int32 {
        var dir = open(hostRoot + "/box", O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard dir >= 0 else { throw SandboxError.system("open the box directory", errno: errno) }
        for part in parts {
            if create && mkdirat(dir, part, 0o755) == 0 {
                let sub = openat(dir, part, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
                if sub >= 0 { fchown(sub, uid, gid) }
                Foundation.close(sub)
            }
            let next = openat(dir, part, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
            Foundation.close(dir)
            guard next >= 0 else { throw SandboxError.system("open /box/\(part)", errno: errno) }
            dir = next
        }
        return dir
    }

    // MARK: The run protocol

    private func locked<T>(_ body: () throws -> T) throws -> T {
        lock.lock()
        defer { lock.unlock() }
        guard !closed else { throw SandboxError.boxDied("the box is closed") }
        do {
            return try body()
        } catch let error as SandboxError {
            if case .boxDied = error {
                pending = nil
                running = nil
            }
            throw error
        }
    }

    private func prepare(_ limits: Limits) throws -> CgroupBaseline? {
        do {
            return try cgroup?.prepareRun(limits: limits)
        } catch {
            throw SandboxError.system("preparing the box's cgroup: \(error)", errno: EIO)
        }
    }

    private func sendRun(_ spec: RunSpec, prestart: Bool, waitForReady: Bool) throws {
        if spec.viaZygote && !zygote { throw SandboxError.zygoteGone }
        var (w, fds) = Self.request(spec, cgroup: cgroup)
        if prestart { w.flag(PB_PRESTART) }
        if prestart && waitForReady { w.flag(PB_PRESTART_READY) }
        if spec.viaZygote { w.flag(PB_ZYGOTE_RUN) }
        try process.send(PB_MSG_RUN, w, fds: fds)
    }

    /// A run request's fields, and the descriptors it passes.
    private static func request(_ spec: RunSpec, cgroup: (any BoxCgroup)?) -> (FrameWriter, [Int32]) {
        var w = FrameWriter()
        for arg in spec.command { w.put(PB_ARG, arg) }
        for (key, value) in spec.environment.sorted(by: { $0.key < $1.key }) { w.put(PB_ENV, key + "=" + value) }
        w.put(PB_CWD, spec.workingDirectory)
        var fds: [Int32] = []
        func pass(_ fd: Int32) -> UInt64 {
            fds.append(fd)
            return UInt64(fds.count - 1)
        }
        switch spec.stdin {
        case .none: break
        case let .bytes(data): w.put(PB_STDIN_BYTES, data)
        case let .descriptor(fd): w.put(PB_STDIN_FD, pass(fd))
        }
        if case let .descriptor(fd) = spec.stdout { w.put(PB_STDOUT_FD, pass(fd)) }
        if case let .descriptor(fd) = spec.stderr { w.put(PB_STDERR_FD, pass(fd)) }
        for (child, fd) in spec.extraDescriptors.sorted(by: { $0.key < $1.key }) {
            let index = pass(fd)
            var pair = [UInt8]()
            withUnsafeBytes(of: UInt64(child)) { pair.append(contentsOf: $0) }
            withUnsafeBytes(of: index) { pair.append(contentsOf: $0) }
            w.put(PB_EXTRA_FD, pair)
        }
        let l = spec.limits
        if let v = l.cpuMs { w.put(PB_CPU_MS, v) }
        if let v = l.wallMs { w.put(PB_WALL_MS, v) }
        w.put(PB_OUTPUT_BYTES, l.outputBytes)
        if let v = l.fileBytes { w.put(PB_FSIZE_BYTES, v) }
        w.put(PB_NOFILE, l.openFiles)
        w.put(PB_STACK_BYTES, l.stackBytes)
        if let v = l.addressSpaceBytes { w.put(PB_AS_BYTES, v) }
        if cgroup == nil, let pids = l.pids {
            // Without a pids cgroup, RLIMIT_NPROC (per uid) is the only cap on forks.
            w.put(PB_NPROC, pids)
        }
        for name in spec.seccompAllow { w.put(PB_SECCOMP_ALLOW, name) }
        return (w, fds)
    }

    private func finish(_ spec: RunSpec, baseline: CgroupBaseline?) throws -> RunReport {
        let reply = try process.receive()
        guard reply.type == PB_MSG_RESULT else { throw SandboxError.protocolViolation("expected RESULT, got \(reply.type)") }
        return try report(from: reply, spec: spec, baseline: baseline)
    }

    private func report(from f: Frame, spec: RunSpec, baseline: CgroupBaseline?) throws -> RunReport {
        var e = RunEvidence()
        e.setupStep = f.string(PB_R_SETUP_STEP)
        if spec.viaZygote && e.setupStep == "zygote" {
            zygote = false
            throw SandboxError.zygoteGone
        }
        e.setupErrno = Int32(f.number(PB_R_SETUP_ERRNO))
        e.exited = f.number(PB_R_EXITED) == 1
        e.exitCode = Int(f.number(PB_R_EXIT_CODE))
        e.signal = Int(f.number(PB_R_SIGNAL))
        e.killedBy = KillReason(rawValue: f.number(PB_R_KILLED)) ?? .none
        e.syscall = f.string(PB_R_SYSCALL_NAME) ?? f.bytes(PB_R_SYSCALL_NR).map { _ in "syscall \(f.number(PB_R_SYSCALL_NR))" }
        e.cpuMicros = f.number(PB_R_CPU_US)
        e.cpuFromCgroup = f.number(PB_R_CPU_COUNTED) == 1
        e.wallMicros = f.number(PB_R_WALL_US)
        e.stdoutTruncated = f.number(PB_R_STDOUT_TRUNC) == 1
        e.stderrTruncated = f.number(PB_R_STDERR_TRUNC) == 1
        if f.bytes(PB_R_VM_PEAK_KB) != nil { e.addressSpacePeakBytes = f.number(PB_R_VM_PEAK_KB) * 1024 }
        var memoryKB = f.number(PB_R_MAXRSS_KB)
        if let cgroup, let baseline {
            let outcome = try cgroup.collect(since: baseline, limits: spec.limits)
            e.memory = outcome.memory
            e.pidsLimitEvents = outcome.pidsLimitEvents
            memoryKB = outcome.runPeakBytes / 1024
        }
        let cleanExit = e.exited && e.exitCode == 0
        if !cleanExit, e.setupStep == nil, let fileBytes = spec.limits.fileBytes {
            e.fileLimitReached = FileLimitEvidence.reached(root: hostRoot, fileBytes: fileBytes)
        }
        let outcome = StatusDecision.decide(e, limits: spec.limits)
        var message = outcome.message
        if !degraded.isEmpty { message = ([message].compactMap { $0 } + ["degraded: " + degraded.joined(separator: "; ")]).joined(separator: " — ") }
        return RunReport(
            status: outcome.status, limitHit: outcome.limitHit,
            exitCode: e.setupStep == nil && e.exited ? e.exitCode : nil,
            signal: e.setupStep == nil && !e.exited ? e.signal : nil,
            cpuMs: Double(e.cpuMicros) / 1000, wallMs: Double(e.wallMicros) / 1000, memoryKB: memoryKB,
            stdout: Data(f.bytes(PB_R_STDOUT) ?? []), stderr: Data(f.bytes(PB_R_STDERR) ?? []),
            stdoutTruncated: e.stdoutTruncated, stderrTruncated: e.stderrTruncated,
            syscall: outcome.status == .securityViolation ? e.syscall : nil, message: message,
            endedAtNs: f.bytes(PB_R_END_NS) != nil ? f.number(PB_R_END_NS) : nil)
    }
}

/// After a failed run: did a file reach RLIMIT_FSIZE, or did /box or /tmp fill up? Looked for
/// without following any link the run may have planted.
enum FileLimitEvidence {
    static func reached(root: String, fileBytes: UInt64) -> Bool {
        for dir in ["/box", "/tmp"] {
            var fs = statvfs()
            if statvfs(root + dir, &fs) == 0, fs.f_bavail == 0 { return true }
            let fd = open(root + dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
            if fd >= 0, scan(fd, fileBytes: fileBytes, budget: 10_000) { return true }
        }
        return false
    }

    /// Consumes `fd`.
    private static func scan(_ fd: Int32, fileBytes: UInt64, budget: Int) -> Bool {
        guard let d = fdopendir(fd) else { close(fd); return false }
        defer { closedir(d) }
        var left = budget
        while left > 0, let entry = readdir(d) {
            left -= 1
            let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
            if name == "." || name == ".." { continue }
            var st = stat()
            guard fstatat(dirfd(d), name, &st, AT_SYMLINK_NOFOLLOW) == 0 else { continue }
            if (st.st_mode & S_IFMT) == S_IFREG, UInt64(st.st_size) >= fileBytes { return true }
            if (st.st_mode & S_IFMT) == S_IFDIR {
                let sub = openat(dirfd(d), name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
                if sub >= 0, scan(sub, fileBytes: fileBytes, budget: left) { return true }
            }
        }
        return false
    }
}
