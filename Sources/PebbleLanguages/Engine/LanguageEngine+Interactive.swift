public import Foundation
public import PebbleSandbox

/// Two programs talking to each other (an interactive problem): the submission's stdout is the
/// validator's stdin and the validator's stdout the submission's stdin, each in a box of its own.
extension LanguageEngine {
    public struct Conversation: Sendable {
        public var submission: RunStage
        public var validator: RunStage
        /// True when the validator ended before the submission did.
        public var validatorEndedFirst: Bool
    }

    /// Runs `program` against `validator` (given `arguments` and `files`), both cold. When the
    /// validator ends first having rejected (exit `rejectCode`), the submission is ended at once:
    /// its verdict is the validator's, whatever it does next.
    public func converse(_ program: PreparedProgram, limits requested: LimitSettings, with validator: PreparedProgram,
                         validatorLimits: LimitSettings, arguments: [String], files: [String: Data], collect: [String],
                         rejectCode: Int = 43) async throws -> Conversation {
        guard program.isRunnable, validator.isRunnable else { throw LanguageError.invalidFile("a program did not compile") }
        let t = program.toolchain, v = validator.toolchain
        // Both boxes at once: two conversations must not each hold one box and wait for another.
        let pair = try await boxes.acquire(2)
        let a = pair[0], b = pair[1]
        let limits = Self.effectiveLimits(t, requested), vLimits = Self.effectiveLimits(v, validatorLimits)
        let command = Self.runCommand(t.run.command, t, requested)
        let vCommand = Self.runCommand(v.run.command, v, validatorLimits) + arguments
        let outcome: Result<Conversation, any Error> = await Result {
            try await Blocking.run {
                for (name, data) in program.files { try a.writeFile(name, data, executable: Self.isExecutable(data)) }
                for (name, data) in validator.files.merging(files, uniquingKeysWith: { own, _ in own }) {
                    try b.writeFile(name, data, executable: Self.isExecutable(data))
                }
                var toValidator: [Int32] = [-1, -1], toSubmission: [Int32] = [-1, -1]
                guard pipe(&toValidator) == 0, pipe(&toSubmission) == 0 else { throw SandboxError.system("pipe", errno: errno) }
                var owned = toValidator + toSubmission
                defer { for fd in owned { close(fd) } }
                let specA = RunSpec(command: command, environment: Self.environment(t), limits: limits,
                                    stdin: .descriptor(toSubmission[0]), stdout: .descriptor(toValidator[1]),
                                    seccompAllow: t.seccomp.allow.map(\.syscall))
                let specB = RunSpec(command: vCommand, environment: Self.environment(v), limits: vLimits,
                                    stdin: .descriptor(toValidator[0]), stdout: .descriptor(toSubmission[1]),
                                    seccompAllow: v.seccomp.allow.map(\.syscall))
                try b.start(specB)
                do { try a.start(specA) } catch {
                    b.cancel()
                    _ = try? b.wait()
                    throw error
                }
                // Both boxes hold their ends now: ours must go, so each side sees EOF when the other ends.
                for fd in owned { close(fd) }
                owned = []
                let order = EndOrder()
                let group = DispatchGroup()
                let reports = ReportPair()
                group.enter()
                DispatchQueue.global().async {
                    reports.set(validator: Result { try b.wait() })
                    order.ended(validator: true)
                    if case let .success(r) = reports.validator, r.exitCode == rejectCode, !order.submissionEnded { a.cancel() }
                    group.leave()
                }
                reports.set(submission: Result { try a.wait() })
                order.ended(validator: false)
                group.wait()
                let submission = try reports.submission!.get(), judged = try reports.validator!.get()
                var vStage = Self.runStage(v, program: validator, report: judged, box: b, warm: false)
                for name in collect { vStage.collected[name] = try? b.readFile(name, limit: 1 << 20) }
                // Which side ended first, by the kernel's clock where both boxes said (the order the
                // reports arrived in is not the order the programs ended in).
                var validatorFirst = order.validatorFirst
                if let ve = judged.endedAtNs, let se = submission.endedAtNs { validatorFirst = ve < se }
                return Conversation(submission: Self.runStage(t, program: program, report: submission, box: a, warm: false),
                                    validator: vStage, validatorEndedFirst: validatorFirst)
            }
        }
        await boxes.release(a)
        await boxes.release(b)
        return try outcome.get()
    }
}

/// Which side of a conversation ended first.
private final class EndOrder: @unchecked Sendable {
    private let lock = NSLock()
    private var first: Bool?
    private var submissionDone = false

    func ended(validator: Bool) {
        lock.withLock {
            if first == nil { first = validator }
            if !validator { submissionDone = true }
        }
    }

    var validatorFirst: Bool { lock.withLock { first == true } }
    var submissionEnded: Bool { lock.withLock { submissionDone } }
}

private final class ReportPair: @unchecked Sendable {
    private let lock = NSLock()
    private var v: Result<RunReport, any Error>?
    private var s: Result<RunReport, any Error>?

    func set(validator r: Result<RunReport, any Error>) { lock.withLock { v = r } }
    func set(submission r: Result<RunReport, any Error>) { lock.withLock { s = r } }
    var validator: Result<RunReport, any Error>? { lock.withLock { v } }
    var submission: Result<RunReport, any Error>? { lock.withLock { s } }
}
