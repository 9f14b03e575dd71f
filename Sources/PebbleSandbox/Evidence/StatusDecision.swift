import Foundation

/// Turns evidence into a status. The rules, in priority order, are documented in docs/verdicts.md;
/// an exit code alone never makes a TLE, MLE, OLE or SV.
public enum StatusDecision {
    public struct Outcome: Sendable, Equatable {
        public var status: RunStatus
        public var limitHit: LimitHit?
        public var message: String?
    }

    public static func decide(_ e: RunEvidence, limits: Limits) -> Outcome {
        if let step = e.setupStep {
            let reason = String(cString: strerror(e.setupErrno))
            return Outcome(status: .internalError, limitHit: nil, message: "sandbox step '\(step)' failed: \(reason) (errno \(e.setupErrno))")
        }
        if e.killedBy == .seccomp {
            return Outcome(status: .securityViolation, limitHit: nil, message: "refused system call: \(e.syscall ?? "unknown")")
        }
        let cleanExit = e.exited && e.exitCode == 0
        if e.killedBy == .cpu || (limits.cpuMs.map { e.cpuFromCgroup && e.cpuMicros >= $0 * 1000 } ?? false) {
            return Outcome(status: .timeLimit, limitHit: .cpu, message: limits.cpuMs.map { "CPU time limit of \($0) ms reached" })
        }
        if e.killedBy == .wall || (limits.wallMs.map { e.wallMicros > $0 * 1000 } ?? false) {
            // Say so: a wall-clock stop with little CPU used is a program that waited (for input, in a
            // sleep) or a machine too busy to run it, not a slow algorithm.
            let message = limits.wallMs.map { "wall-clock limit of \($0) ms reached after \(e.cpuMicros / 1000) ms of CPU time" }
            return Outcome(status: .timeLimit, limitHit: .wall, message: message)
        }
        if let m = e.memory, m.oomKills > 0 || (!cleanExit && reachedCap(m)) {
            return Outcome(status: .memoryLimit, limitHit: .memory)
        }
        if !cleanExit, let cap = limits.addressSpaceBytes, let peak = e.addressSpacePeakBytes, peak >= cap / 10 * 9 {
            // The kernel refused address space near the limit; the runtime then gave up on its own.
            return Outcome(status: .memoryLimit, limitHit: .memory)
        }
        if e.killedBy == .output || e.stdoutTruncated || e.stderrTruncated {
            return Outcome(status: .outputLimit, limitHit: .output)
        }
        if !cleanExit && e.fileLimitReached {
            return Outcome(status: .outputLimit, limitHit: .file)
        }
        if e.killedBy == .cancel {
            return Outcome(status: .internalError, limitHit: nil, message: "cancelled before it finished")
        }
        if cleanExit { return Outcome(status: .ok, limitHit: nil) }
        return Outcome(status: .runtimeError, limitHit: e.pidsLimitEvents > 0 ? .pids : nil)
    }

    /// The cap was reached: the kernel refused a charge, or the high-water mark touched the cap
    /// (within one page per CPU of the kernel's charge batching).
    static func reachedCap(_ m: MemoryEvidence) -> Bool {
        if m.limitFailures > 0 { return true }
        guard let cap = m.limitBytes else { return false }
        return m.peakBytes + 64 * 4096 >= cap
    }
}
