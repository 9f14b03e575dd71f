public import Foundation

/// Everything known about one finished run: its status and the evidence it was decided from.
public struct RunReport: Sendable, Codable, Equatable {
    public var status: RunStatus
    public var limitHit: LimitHit?
    public var exitCode: Int?
    public var signal: Int?
    public var cpuMs: Double
    public var wallMs: Double
    /// Peak memory charged to the run's cgroup (kernel's high-water mark), in KiB.
    public var memoryKB: UInt64
    public var stdout: Data
    public var stderr: Data
    public var stdoutTruncated: Bool
    public var stderrTruncated: Bool
    /// For SV: the refused system call, as the kernel named it.
    public var syscall: String?
    /// For IE, and for degraded guarantees: what a person needs to know.
    public var message: String?
    /// When the main process ended (CLOCK_MONOTONIC, ns): orders the ends of two runs that talk.
    public var endedAtNs: UInt64?

    public init(
        status: RunStatus, limitHit: LimitHit? = nil, exitCode: Int? = nil, signal: Int? = nil,
        cpuMs: Double = 0, wallMs: Double = 0, memoryKB: UInt64 = 0, stdout: Data = Data(),
        stderr: Data = Data(), stdoutTruncated: Bool = false, stderrTruncated: Bool = false,
        syscall: String? = nil, message: String? = nil, endedAtNs: UInt64? = nil
    ) {
        self.status = status
        self.limitHit = limitHit
        self.exitCode = exitCode
        self.signal = signal
        self.cpuMs = cpuMs
        self.wallMs = wallMs
        self.memoryKB = memoryKB
        self.stdout = stdout
        self.stderr = stderr
        self.stdoutTruncated = stdoutTruncated
        self.stderrTruncated = stderrTruncated
        self.syscall = syscall
        self.message = message
        self.endedAtNs = endedAtNs
    }
}
