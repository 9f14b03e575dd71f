/// How one sandboxed run ended, decided from kernel evidence (docs/verdicts.md).
public enum RunStatus: String, Sendable, Codable, CaseIterable {
    /// Exited with code 0.
    case ok = "OK"
    /// Exited non-zero or was ended by a signal the sandbox did not send.
    case runtimeError = "RE"
    case timeLimit = "TLE"
    case memoryLimit = "MLE"
    case outputLimit = "OLE"
    /// The kernel reported a refused system call (seccomp user notification).
    case securityViolation = "SV"
    /// The sandbox itself failed; the message says where.
    case internalError = "IE"

    /// When several apply, the highest wins. Written once, used everywhere.
    public var priority: Int {
        switch self {
        case .internalError: 6
        case .securityViolation: 5
        case .timeLimit: 4
        case .memoryLimit: 3
        case .outputLimit: 2
        case .runtimeError: 1
        case .ok: 0
        }
    }
}

/// Which limit ended (or was reached by) the run.
public enum LimitHit: String, Sendable, Codable, CaseIterable {
    case cpu, wall, memory, output, file, pids
}
