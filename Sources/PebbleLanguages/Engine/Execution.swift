public import Foundation
public import PebbleSandbox

/// How compiling and running a program ended: a run's status, or CE when the source never ran.
public enum ExecutionStatus: String, Sendable, Codable, CaseIterable {
    case ok = "OK"
    case compileError = "CE"
    case runtimeError = "RE"
    case timeLimit = "TLE"
    case memoryLimit = "MLE"
    case outputLimit = "OLE"
    case securityViolation = "SV"
    case internalError = "IE"

    public init(_ status: RunStatus) {
        switch status {
        case .ok: self = .ok
        case .runtimeError: self = .runtimeError
        case .timeLimit: self = .timeLimit
        case .memoryLimit: self = .memoryLimit
        case .outputLimit: self = .outputLimit
        case .securityViolation: self = .securityViolation
        case .internalError: self = .internalError
        }
    }
}

/// The compile stage of one program.
public struct CompileStage: Sendable, Codable, Equatable {
    public var succeeded: Bool
    public var diagnostics: [Diagnostic]
    /// The compiler's own output (stdout then stderr), kept as it printed it.
    public var output: String
    /// Why it failed when the compiler said nothing useful (a time limit, a missing artifact).
    public var message: String?
    /// True when the result came from the compile cache and no compiler ran.
    public var cached: Bool
    /// The compiler's run (time, memory), absent on a cache hit.
    public var report: RunReport?
    /// True when a pre-started compiler took the job.
    public var warm: Bool
    /// Internal error: the sandbox failed, not the learner's code.
    public var internalError: Bool

    public init(succeeded: Bool, diagnostics: [Diagnostic] = [], output: String = "", message: String? = nil,
                cached: Bool = false, report: RunReport? = nil, warm: Bool = false, internalError: Bool = false) {
        self.succeeded = succeeded
        self.diagnostics = diagnostics
        self.output = output
        self.message = message
        self.cached = cached
        self.report = report
        self.warm = warm
        self.internalError = internalError
    }
}

/// One run of a prepared program.
public struct RunStage: Sendable, Codable, Equatable {
    public var report: RunReport
    /// Where a runtime error happened (or, with `syntaxError`, why the source never ran).
    public var diagnostics: [Diagnostic]
    /// The interpreter refused the source (a syntax error): the execution is a CE.
    public var syntaxError: Bool
    /// True when a pre-started worker ran the job.
    public var warm: Bool
    /// Files read back from /box after the run, as asked.
    public var collected: [String: Data] = [:]

    public var status: ExecutionStatus { syntaxError ? .compileError : ExecutionStatus(report.status) }

    public init(report: RunReport, diagnostics: [Diagnostic], syntaxError: Bool, warm: Bool) {
        self.report = report
        self.diagnostics = diagnostics
        self.syntaxError = syntaxError
        self.warm = warm
    }
}

/// A program ready to run: its files for the box (artifacts, or the source itself) and how it was made.
public struct PreparedProgram: Sendable {
    public var toolchain: Toolchain
    public var compile: CompileStage?
    /// What the run box needs, by path in /box.
    public var files: [String: Data]
    /// The learner's sources, to place diagnostics.
    public var sources: [String: String]

    public var isRunnable: Bool { compile.map(\.succeeded) ?? true }
}

/// Compile (if any) and one run.
public struct Execution: Sendable, Codable, Equatable {
    public var language: String
    public var status: ExecutionStatus
    public var compile: CompileStage?
    public var run: RunStage?

    public init(language: String, status: ExecutionStatus, compile: CompileStage?, run: RunStage?) {
        self.language = language
        self.status = status
        self.compile = compile
        self.run = run
    }
}
