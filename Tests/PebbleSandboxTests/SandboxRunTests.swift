import Foundation
@testable import PebbleSandbox
import Testing

/// Real runs in real boxes: each case of the sandbox's contract, decided from kernel evidence.
@Suite("Runs in a box", .serialized, .timeLimit(.minutes(1)))
struct SandboxRunTests {
    func run(_ command: [String], _ limits: Limits = Limits(cpuMs: 2000, wallMs: 5000, memoryBytes: 256 << 20),
             stdin: RunInput = .none, programs: Bool = false) throws -> RunReport {
        try TestSandbox.withBox(binds: programs ? [try HostilePrograms.bind] : []) { box in
            try box.run(RunSpec(command: command, limits: limits, stdin: stdin))
        }
    }

    @Test func exitZeroIsOK() throws {
        let r = try run(["/bin/true"])
        #expect(r.status == .ok && r.exitCode == 0 && r.signal == nil && r.limitHit == nil)
    }

    @Test func exitThreeIsREWithTheCode() throws {
        let r = try run(["/bin/sh", "-c", "exit 3"])
        #expect(r.status == .runtimeError && r.exitCode == 3)
    }

    @Test func stdoutStderrAndStdinBytes() throws {
        let r = try run(["/bin/sh", "-c", "cat; echo err >&2"], stdin: .bytes(Data("hello\n".utf8)))
        #expect(r.status == .ok)
        #expect(String(decoding: r.stdout, as: UTF8.self) == "hello\n")
        #expect(String(decoding: r.stderr, as: UTF8.self) == "err\n")
    }

    @Test func environmentIsExactlyWhatWasGiven() throws {
        let r = try TestSandbox.withBox { box in
            try box.run(RunSpec(command: ["/usr/bin/env"], environment: ["PATH": "/usr/bin:/bin", "ONLY": "this"]))
        }
        #expect(String(decoding: r.stdout, as: UTF8.self).split(separator: "\n").sorted() == ["ONLY=this", "PATH=/usr/bin:/bin"])
    }

    @Test func bigAllocationUnderASmallCapIsMLE() throws {
        let r = try run(["/usr/bin/python3", "-c", "x = b'a' * (512 << 20)"], Limits(cpuMs: 5000, wallMs: 10000, memoryBytes: 64 << 20))
        #expect(r.status == .memoryLimit && r.limitHit == .memory)
    }

    @Test func busyLoopOverTheCpuCapIsTLECpu() throws {
        let r = try run(["/bin/sh", "-c", "while :; do :; done"], Limits(cpuMs: 500, wallMs: 10000))
        #expect(r.status == .timeLimit && r.limitHit == .cpu)
        #expect(r.cpuMs >= 500 && r.cpuMs < 650, "stopped within ~10% of the cap: \(r.cpuMs) ms")
    }

    @Test func sleepOverTheWallCapIsTLEWallWellUnderTwoSeconds() throws {
        let start = Date()
        let r = try run(["/bin/sleep", "10"], Limits(cpuMs: 5000, wallMs: 1000))
        let elapsed = Date().timeIntervalSince(start)
        #expect(r.status == .timeLimit && r.limitHit == .wall)
        #expect(elapsed < 1.6, "took \(elapsed) s")
    }

    @Test func hugeOutputUnderASmallCapIsOLEQuickly() throws {
        let start = Date()
        let r = try run(["/bin/sh", "-c", "head -c 100000000 /dev/zero"], Limits(cpuMs: 10000, wallMs: 20000, outputBytes: 64 << 10))
        #expect(r.status == .outputLimit && r.limitHit == .output)
        #expect(r.stdout.count == 64 << 10 && r.stdoutTruncated)
        #expect(Date().timeIntervalSince(start) < 1.0)
    }

    @Test func selfSentSIGSYSIsRE() throws {
        let r = try run(["/usr/bin/python3", "-c", "import os, signal; os.kill(os.getpid(), signal.SIGSYS)"])
        #expect(r.status == .runtimeError && r.signal == 31 && r.syscall == nil)
    }

    @Test func networkConnectFails() throws {
        let r = try run(["/usr/bin/python3", "-c", "import socket\ns=socket.socket()\ns.settimeout(3)\ns.connect(('1.1.1.1', 80))"])
        #expect(r.status == .runtimeError)
        #expect(String(decoding: r.stderr, as: UTF8.self).contains("Network is unreachable"))
    }

    @Test func pythonMemoryErrorUnderACapIsMLE() throws {
        // CPython raises MemoryError when the address-space limit refuses its allocation at the cap.
        let limits = Limits(cpuMs: 5000, wallMs: 10000, memoryBytes: 64 << 20, addressSpaceBytes: 64 << 20)
        let r = try run(["/usr/bin/python3", "-c", "a = []\nwhile True: a.append(b'x' * (1 << 20))"], limits)
        #expect(String(decoding: r.stderr, as: UTF8.self).contains("MemoryError"))
        #expect(r.status == .memoryLimit && r.limitHit == .memory, "\(r)")
    }

    @Test func missingProgramIsIEThatSaysWhy() throws {
        let r = try run(["/no/such/program"])
        #expect(r.status == .internalError)
        #expect(r.message?.contains("execve") == true || r.message?.contains("find program") == true)
    }

    @Test func cpuTimeOfAOneSecondBusyLoopIsWithinFivePercent() throws {
        let r = try run(["/hostile/busy_loop", "1000"], Limits(cpuMs: 5000, wallMs: 10000), programs: true)
        #expect(r.status == .ok)
        #expect(abs(r.cpuMs - 1000) <= 50, "measured \(r.cpuMs) ms")
    }

    @Test func peakMemoryOfTouching100MBIsWithinFivePercent() throws {
        let r = try run(["/hostile/touch_memory", "100"], Limits(cpuMs: 5000, wallMs: 10000, memoryBytes: 512 << 20), programs: true)
        #expect(r.status == .ok)
        let mb = Double(r.memoryKB) / 1024
        #expect(abs(mb - 100) <= 5, "measured \(mb) MiB")
    }
}

/// The box as the layers above use it: files, reuse, reset, pre-started programs, pipes.
@Suite("Box lifecycle", .serialized, .timeLimit(.minutes(1)))
struct BoxLifecycleTests {
    @Test func filesGoInAndComeOutOwnedByTheBox() throws {
        try TestSandbox.withBox { box in
            try box.writeFile("src/main.sh", Data("echo hi > out.txt\n".utf8))
            let r = try box.run(RunSpec(command: ["/bin/sh", "src/main.sh"]))
            #expect(r.status == .ok)
            #expect(try box.readFile("out.txt") == Data("hi\n".utf8))
            #expect(throws: SandboxError.self) { try box.writeFile("../escape", Data()) }
            #expect(throws: SandboxError.self) { try box.writeFile("/abs", Data()) }
        }
    }

    @Test func resetLeavesNothingOfTheLastJob() throws {
        try TestSandbox.withBox { box in
            _ = try box.run(RunSpec(command: ["/bin/sh", "-c", "echo x > /box/a; echo y > /tmp/b; echo z > /dev/shm/c"]))
            try box.reset()
            let r = try box.run(RunSpec(command: ["/bin/sh", "-c", "ls -A /box /tmp /dev/shm"]))
            #expect(String(decoding: r.stdout, as: UTF8.self) == "/box:\n\n/dev/shm:\n\n/tmp:\n")
        }
    }

    @Test func countersStartFromZeroOnAReusedBox() throws {
        try TestSandbox.withBox(binds: [try HostilePrograms.bind]) { box in
            let heavy = try box.run(RunSpec(command: ["/hostile/touch_memory", "80"], limits: Limits(memoryBytes: 256 << 20)))
            #expect(heavy.memoryKB > 80 * 1024)
            let light = try box.run(RunSpec(command: ["/bin/true"]))
            #expect(light.memoryKB < 8 * 1024, "peak carried over: \(light.memoryKB) KiB")
            #expect(light.cpuMs < 50)
        }
    }

    @Test func prestartedProgramIsAccountedFromHandOver() throws {
        try TestSandbox.withBox { box in
            // Start-up burns ~300 ms of CPU before the job arrives; none of it may count.
            let script = "import time\nt=time.process_time()\nwhile time.process_time()-t<0.3: pass\nimport os\njob=os.read(3, 100)\nprint(job.decode().upper())"
            #expect(try box.prestart(RunSpec(command: ["/usr/bin/python3", "-c", script], limits: Limits(cpuMs: 2000, wallMs: 5000))) == nil)
            usleep(600_000)
            let r = try box.handOver(job: Data("job one".utf8))
            #expect(r.status == .ok)
            #expect(String(decoding: r.stdout, as: UTF8.self) == "JOB ONE\n")
            #expect(r.cpuMs < 150, "start-up CPU leaked into the job: \(r.cpuMs) ms")
            #expect(r.wallMs < 300, "start-up time leaked into the job: \(r.wallMs) ms")
        }
    }

    @Test func twoBoxesTalkThroughPipesBothWays() throws {
        let sandbox = try TestSandbox.make()
        defer { sandbox.shutdown() }
        let a = try sandbox.makeBox(), b = try sandbox.makeBox()
        #expect(a.uid != b.uid)
        var ab: [Int32] = [-1, -1], ba: [Int32] = [-1, -1]
        #expect(pipe(&ab) == 0 && pipe(&ba) == 0)
        // a asks, b answers: a prints what b sent back.
        let asker = RunSpec(command: ["/bin/sh", "-c", "echo ping; read reply; echo got:$reply >&2"],
                            stdin: .descriptor(ba[0]), stdout: .descriptor(ab[1]))
        let answerer = RunSpec(command: ["/bin/sh", "-c", "read q; echo pong-$q"],
                               stdin: .descriptor(ab[0]), stdout: .descriptor(ba[1]))
        let results = try Locked<Result<RunReport, any Error>>([])
        let t = Thread { results.append(Result { try b.run(answerer) }) }
        t.start()
        let ra = try a.run(asker)
        for fd in ab + ba { close(fd) }
        for _ in 0..<500 where results.count == 0 { usleep(10_000) }
        let rb = try #require(results.first).get()
        #expect(ra.status == .ok && rb.status == .ok, "\(ra) \(rb)")
        #expect(String(decoding: ra.stderr, as: UTF8.self) == "got:pong-ping\n")
        a.close()
        b.close()
        sandbox.shutdown()
        try TestSandbox.expectNothingLeft(by: sandbox)
    }

    @Test func concurrentBoxesNeverShareAUid() throws {
        let sandbox = try TestSandbox.make()
        defer { sandbox.shutdown() }
        let boxes = try (0..<4).map { _ in try sandbox.makeBox() }
        #expect(Set(boxes.map(\.uid)).count == 4)
        for box in boxes {
            let r = try box.run(RunSpec(command: ["/usr/bin/id", "-u"]))
            #expect(String(decoding: r.stdout, as: UTF8.self) == "\(box.uid)\n")
        }
        sandbox.shutdown()
        try TestSandbox.expectNothingLeft(by: sandbox)
    }

    @Test func toolchainGrantLetsOneRunUseARefusedSyscall() throws {
        try TestSandbox.withBox { box in
            let probe = "import ctypes, os\nlibc = ctypes.CDLL(None, use_errno=True)\nprint(libc.personality(0x0040000))"
            let refused = try box.run(RunSpec(command: ["/usr/bin/python3", "-c", probe]))
            #expect(refused.status == .securityViolation && refused.syscall == "personality")
            let granted = try box.run(RunSpec(command: ["/usr/bin/python3", "-c", probe], seccompAllow: ["personality"]))
            #expect(granted.status == .ok)
        }
    }
}

/// Reports collected from another thread in a test.
final class Locked<E>: @unchecked Sendable {
    private var values: [E]
    private let lock = NSLock()
    init(_ values: [E]) throws { self.values = values }
    func append(_ e: E) { lock.withLock { values.append(e) } }
    var count: Int { lock.withLock { values.count } }
    var first: E? { lock.withLock { values.first } }
}

@Suite("Box pool", .serialized, .timeLimit(.minutes(1)))
struct BoxPoolTests {
    @Test func boxesAreReusedResetAndNeverShared() async throws {
        let sandbox = try TestSandbox.make()
        let pool = BoxPool(sandbox: sandbox, size: 2)
        try await pool.warm(2)
        #expect(await pool.counts.idle == 2)
        // Four jobs at once on two boxes: each finds a clean /box and nobody else in it.
        let outputs = try await withThrowingTaskGroup(of: String.self) { group in
            for i in 0..<4 {
                group.addTask {
                    try await pool.withBox { box in
                        let r = try box.run(RunSpec(command: ["/bin/sh", "-c", "ls -A /box; echo \(i) > /box/mine; sleep 0.1; cat /box/mine"]))
                        return String(decoding: r.stdout, as: UTF8.self)
                    }
                }
            }
            return try await group.reduce(into: []) { $0.append($1) }
        }
        #expect(Set(outputs) == Set((0..<4).map { "\($0)\n" }))
        await pool.settled()
        #expect(await pool.counts == (2, 0))
        await pool.close()
        sandbox.shutdown()
        try TestSandbox.expectNothingLeft(by: sandbox)
    }
}
