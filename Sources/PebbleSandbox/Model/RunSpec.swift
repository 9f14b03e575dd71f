public import Foundation

/// Where a run's stdin comes from.
public enum RunInput: Sendable {
    case none
    case bytes(Data)
    /// A descriptor the caller owns (a file, or a pipe from another box); it is passed, not closed.
    case descriptor(Int32)
}

/// Where a run's stdout or stderr goes.
public enum RunOutput: Sendable {
    /// Captured into the report, under `Limits.outputBytes`.
    case capture
    /// Written to a descriptor the caller owns (a file, or a pipe to another box).
    case descriptor(Int32)
}

/// One program to run in a box.
public struct RunSpec: Sendable {
    public var command: [String]
    /// The complete environment: nothing of the caller's is inherited.
    public var environment: [String: String]
    public var workingDirectory: String
    public var limits: Limits
    public var stdin: RunInput
    public var stdout: RunOutput
    public var stderr: RunOutput
    /// Extra descriptors for the program, by the number it will see (>= 3).
    public var extraDescriptors: [Int32: Int32]
    /// Syscalls the default policy refuses that this program may use (from a toolchain file).
    public var seccompAllow: [String]
    /// The box's zygote forks the program's process (`Box.startZygote`); `command` is what the
    /// zygote's runtime runs, as it would run it cold.
    public var viaZygote = false

    public static let defaultEnvironment = [
        "PATH": "/usr/local/bin:/usr/bin:/bin", "HOME": "/box", "LANG": "C.UTF-8", "TMPDIR": "/tmp",
    ]

    public init(
        command: [String], environment: [String: String] = RunSpec.defaultEnvironment,
        workingDirectory: String = "/box", limits: Limits = Limits(), stdin: RunInput = .none,
        stdout: RunOutput = .capture, stderr: RunOutput = .capture,
        extraDescriptors: [Int32: Int32] = [:], seccompAllow: [String] = []
    ) {
        self.command = command
        self.environment = environment
        self.workingDirectory = workingDirectory
        self.limits = limits
        self.stdin = stdin
        self.stdout = stdout
        self.stderr = stderr
        self.extraDescriptors = extraDescriptors
        self.seccompAllow = seccompAllow
    }
}
