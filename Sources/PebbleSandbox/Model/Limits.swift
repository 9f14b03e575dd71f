/// What one run may use. Every limit is enforced by the kernel (cgroups, rlimits) or by the box's
/// pid 1 (wall clock, CPU polling, output caps); nothing here is advisory.
public struct Limits: Sendable, Hashable, Codable {
    /// CPU time of all threads and processes of the run, from the cgroup counter.
    public var cpuMs: UInt64?
    /// Elapsed time from start (or hand-over, for a pre-started program) to exit.
    public var wallMs: UInt64?
    /// Memory cgroup cap, swap included (there is none).
    public var memoryBytes: UInt64?
    /// Processes and threads alive at once (pids cgroup).
    public var pids: UInt64?
    /// Cap on captured stdout and stderr together.
    public var outputBytes: UInt64
    /// RLIMIT_FSIZE: the largest file the run may write.
    public var fileBytes: UInt64?
    public var openFiles: UInt64
    public var stackBytes: UInt64
    /// RLIMIT_AS, off by default: runtimes like the JVM and Go reserve far more than they use.
    public var addressSpaceBytes: UInt64?

    public init(
        cpuMs: UInt64? = 10_000, wallMs: UInt64? = 30_000, memoryBytes: UInt64? = 512 << 20,
        pids: UInt64? = 64, outputBytes: UInt64 = 64 << 20, fileBytes: UInt64? = 64 << 20,
        openFiles: UInt64 = 256, stackBytes: UInt64 = 64 << 20, addressSpaceBytes: UInt64? = nil
    ) {
        self.cpuMs = cpuMs
        self.wallMs = wallMs
        self.memoryBytes = memoryBytes
        self.pids = pids
        self.outputBytes = outputBytes
        self.fileBytes = fileBytes
        self.openFiles = openFiles
        self.stackBytes = stackBytes
        self.addressSpaceBytes = addressSpaceBytes
    }
}
