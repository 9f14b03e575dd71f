@testable import PebbleSandbox
import Testing

@Suite("Status from evidence")
struct StatusDecisionTests {
    let limits = Limits(cpuMs: 1000, wallMs: 2000, memoryBytes: 64 << 20, fileBytes: 1 << 20)

    func decide(_ change: (inout RunEvidence) -> Void) -> StatusDecision.Outcome {
        var e = RunEvidence()
        change(&e)
        return StatusDecision.decide(e, limits: limits)
    }

    @Test func cleanExitIsOK() {
        #expect(decide { _ in }.status == .ok)
    }

    @Test func nonZeroExitIsRE() {
        let o = decide { $0.exitCode = 3 }
        #expect(o.status == .runtimeError && o.limitHit == nil)
    }

    @Test func selfSentSIGSYSIsRENotSV() {
        // Only a seccomp notification (killedBy == .seccomp) makes SV; the signal alone does not.
        let o = decide { $0.exited = false; $0.signal = 31 }
        #expect(o.status == .runtimeError)
    }

    @Test func seccompNotificationIsSVNamingTheSyscall() {
        let o = decide { $0.exited = false; $0.signal = 9; $0.killedBy = .seccomp; $0.syscall = "ptrace" }
        #expect(o.status == .securityViolation)
        #expect(o.message?.contains("ptrace") == true)
    }

    @Test func cpuCounterAtLimitIsTLEEvenIfTheProgramExitedByItself() {
        #expect(decide { $0.cpuMicros = 1_000_000 }.limitHit == .cpu)
        #expect(decide { $0.cpuMicros = 999_000 }.status == .ok)
        // rusage-based CPU (no cgroup) is not evidence enough for TLE by itself.
        #expect(decide { $0.cpuMicros = 1_500_000; $0.cpuFromCgroup = false }.status == .ok)
    }

    @Test func wallKillIsTLEWall() {
        let o = decide { $0.exited = false; $0.signal = 9; $0.killedBy = .wall }
        #expect(o.status == .timeLimit && o.limitHit == .wall)
    }

    @Test func oomKillIsMLEWhateverTheExit() {
        let o = decide { $0.exited = false; $0.signal = 9; $0.memory = MemoryEvidence(oomKills: 1, limitFailures: 0, peakBytes: 10, limitBytes: 64 << 20) }
        #expect(o.status == .memoryLimit && o.limitHit == .memory)
    }

    @Test func capReachedThenOwnNonZeroExitIsMLE() {
        // Python's MemoryError, Java's OutOfMemoryError: the runtime exits on its own at the cap.
        let o = decide { $0.exitCode = 1; $0.memory = MemoryEvidence(oomKills: 0, limitFailures: 3, peakBytes: 60 << 20, limitBytes: 64 << 20) }
        #expect(o.status == .memoryLimit)
        let peak = decide { $0.exitCode = 1; $0.memory = MemoryEvidence(oomKills: 0, limitFailures: 0, peakBytes: 64 << 20, limitBytes: 64 << 20) }
        #expect(peak.status == .memoryLimit)
    }

    @Test func addressSpaceRefusedNearTheLimitThenOwnExitIsMLE() {
        let capped = Limits(memoryBytes: 64 << 20, addressSpaceBytes: 64 << 20)
        var e = RunEvidence()
        e.exitCode = 1
        e.addressSpacePeakBytes = 63 << 20
        #expect(StatusDecision.decide(e, limits: capped).status == .memoryLimit)
        e.addressSpacePeakBytes = 20 << 20
        #expect(StatusDecision.decide(e, limits: capped).status == .runtimeError)
        e.exitCode = 0
        e.addressSpacePeakBytes = 63 << 20
        #expect(StatusDecision.decide(e, limits: capped).status == .ok)
    }

    @Test func capReachedButCleanExitIsOK() {
        let o = decide { $0.memory = MemoryEvidence(oomKills: 0, limitFailures: 5, peakBytes: 64 << 20, limitBytes: 64 << 20) }
        #expect(o.status == .ok)
    }

    @Test func nonZeroExitFarBelowTheCapIsRE() {
        let o = decide { $0.exitCode = 1; $0.memory = MemoryEvidence(oomKills: 0, limitFailures: 0, peakBytes: 10 << 20, limitBytes: 64 << 20) }
        #expect(o.status == .runtimeError)
    }

    @Test func outputCapIsOLE() {
        let o = decide { $0.exited = false; $0.signal = 9; $0.killedBy = .output; $0.stdoutTruncated = true }
        #expect(o.status == .outputLimit && o.limitHit == .output)
    }

    @Test func fileSizeLimitNeedsAFileAtTheLimit() {
        #expect(decide { $0.exited = false; $0.signal = 25; $0.fileLimitReached = true }.limitHit == .file)
        #expect(decide { $0.exited = false; $0.signal = 25 }.status == .runtimeError)
    }

    @Test func pidsCapIsReportedOnRE() {
        let o = decide { $0.exitCode = 2; $0.pidsLimitEvents = 4 }
        #expect(o.status == .runtimeError && o.limitHit == .pids)
    }

    @Test func setupFailureIsIEWithTheStep() {
        let o = decide { $0.setupStep = "execve"; $0.setupErrno = 2 }
        #expect(o.status == .internalError)
        #expect(o.message?.contains("execve") == true)
    }

    @Test func priorityIsTheDocumentedOrder() {
        let order: [RunStatus] = [.internalError, .securityViolation, .timeLimit, .memoryLimit, .outputLimit, .runtimeError, .ok]
        #expect(order.map(\.priority) == order.map(\.priority).sorted(by: >))
        // SV beats TLE when both happened.
        #expect(decide { $0.killedBy = .seccomp; $0.cpuMicros = 5_000_000 }.status == .securityViolation)
        // TLE beats MLE.
        #expect(decide { $0.killedBy = .wall; $0.memory = MemoryEvidence(oomKills: 1, limitFailures: 0, peakBytes: 0, limitBytes: 1) }.status == .timeLimit)
    }

    @Test func aTimeLimitSaysWhichClockRanOut() {
        let wall = decide { $0.killedBy = .wall; $0.cpuMicros = 700_000 }
        #expect(wall.limitHit == .wall && wall.message?.contains("wall-clock") == true && wall.message?.contains("700 ms of CPU") == true,
                "\(String(describing: wall.message))")
        let cpu = decide { $0.killedBy = .cpu; $0.cpuMicros = 5_000_000 }
        #expect(cpu.limitHit == .cpu && cpu.message?.contains("CPU time limit") == true, "\(String(describing: cpu.message))")
    }

    @Test func verdictTableCoversEveryStatus() {
        for status in RunStatus.allCases {
            let verdict = Verdict(runStatus: status)
            #expect((verdict == nil) == (status == .ok))
            if let verdict { #expect(verdict.rawValue == status.rawValue) }
        }
        #expect(Verdict.combined([.accepted, .wrongAnswer, .timeLimit]) == .timeLimit)
        #expect(Verdict.combined([.accepted, .accepted]) == .accepted)
        #expect(Verdict.combined([.runtimeError, .judgeError]) == .judgeError)
    }
}
