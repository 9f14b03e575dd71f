/// Why the box's pid 1 ended a run itself.
public enum KillReason: UInt64, Sendable {
    case none = 0, wall, cpu, output, seccomp, cancel
}

/// What the kernel and the box's pid 1 saw of one run; `StatusDecision` turns it into a status.
public struct RunEvidence: Sendable, Equatable {
    /// A step of the sandbox that failed before the program started (e.g. "execve", ENOENT).
    public var setupStep: String?
    public var setupErrno: Int32 = 0
    public var exited = true
    public var exitCode = 0
    public var signal = 0
    public var killedBy = KillReason.none
    public var syscall: String?
    public var cpuMicros: UInt64 = 0
    /// False where no cgroup counts CPU (rootless without delegation): rusage was used instead.
    public var cpuFromCgroup = true
    public var wallMicros: UInt64 = 0
    public var memory: MemoryEvidence?
    /// The main process's address-space high-water mark at its exit (runs with an AS limit).
    public var addressSpacePeakBytes: UInt64?
    /// How often the pids cap refused a fork during the run.
    public var pidsLimitEvents: UInt64 = 0
    /// A file in /box or /tmp reached RLIMIT_FSIZE, or their file system filled up.
    public var fileLimitReached = false
    public var stdoutTruncated = false
    public var stderrTruncated = false

    public init() {}
}

/// Memory facts of one run from its cgroup, as deltas where the kernel's counters never reset.
public struct MemoryEvidence: Sendable, Equatable {
    public var oomKills: UInt64
    /// Charges that hit the cap (v1 failcnt, v2 memory.events "max").
    public var limitFailures: UInt64
    public var peakBytes: UInt64
    public var limitBytes: UInt64?

    public init(oomKills: UInt64, limitFailures: UInt64, peakBytes: UInt64, limitBytes: UInt64?) {
        self.oomKills = oomKills
        self.limitFailures = limitFailures
        self.peakBytes = peakBytes
        self.limitBytes = limitBytes
    }
}
