import Foundation

/// Why the sandbox could not do what was asked. Each case says what a person needs to fix it.
public enum SandboxError: Error, CustomStringConvertible, Sendable {
    /// Building a box failed at a named step.
    case boxSetup(step: String, errno: Int32)
    /// The box's pid 1 is gone (killed, or it crashed): the box is retired.
    case boxDied(String)
    /// A pre-started program ended before it was handed its job: it must not pass for the job's outcome.
    case workerEnded
    /// The box's zygote is gone or did not answer: the run never started, and may run without it.
    case zygoteGone
    case protocolViolation(String)
    case helperNotFound([String])
    case system(String, errno: Int32)
    case invalidPath(String)
    case busy(String)

    public var description: String {
        switch self {
        case let .boxSetup(step, e): "building the box failed at '\(step)': \(String(cString: strerror(e)))"
        case let .boxDied(why): "the box's init process ended unexpectedly: \(why)"
        case .workerEnded: "the pre-started program ended before its job arrived"
        case .zygoteGone: "the box's zygote is gone"
        case let .protocolViolation(why): "malformed message from the box's init process: \(why)"
        case let .helperNotFound(paths): "pebble-box-init not found (looked in \(paths.joined(separator: ", "))); build it with `swift build` or set PEBBLE_BOX_INIT"
        case let .system(what, e): "\(what): \(String(cString: strerror(e)))"
        case let .invalidPath(p): "invalid path for a box file: '\(p)' (relative, no '..', no empty parts)"
        case let .busy(why): why
        }
    }
}
