import Foundation
import PebbleTestSupport
import Testing

/// pebble-judged as its clients meet it: the real daemon on a socket of its own, driven by the
/// Python and Node clients' own test suites and by the fuzz, load and crash tools (Tools/), whose
/// counts are parameters: small here, full in `.ci/stress`.
@Suite(.serialized, .timeLimit(.minutes(30))) struct DaemonTests {
    static let daemonBinary = URL(fileURLWithPath: CLIProcess.pebble).deletingLastPathComponent().appendingPathComponent("pebble-judged").path
    static let tools = CLIProcess.repositoryRoot.appendingPathComponent("Tests/PebbleDaemonTests/Tools").path

    static func count(_ name: String, _ fallback: Int) -> Int {
        ProcessInfo.processInfo.environment[name].flatMap(Int.init) ?? fallback
    }

    typealias Daemon = TestDaemon

    struct DaemonError: Error, CustomStringConvertible {
        var description: String
        init(_ d: String) { description = d }
    }

    /// Runs a command to its end: exit status and everything it printed.
    static func run(_ arguments: [String], in directory: String? = nil, environment extra: [String: String] = [:]) throws -> (Int32, String) {
        try CLIProcess.runAll(arguments, in: directory, environment: extra)
    }

    static func summary(_ output: String) -> [String: Any] {
        let last = output.split(separator: "\n").last.map(String.init) ?? "{}"
        return (try? JSONSerialization.jsonObject(with: Data(last.utf8))) as? [String: Any] ?? [:]
    }

    @Test func thePythonClientsTestsPass() throws {
        let d = try Daemon()
        let (status, output) = try Self.run(["python3", "-m", "unittest", "-v"], in: CLIProcess.repositoryRoot.appendingPathComponent("clients/python").path,
                                            environment: ["PEBBLE_SOCKET": d.socket])
        #expect(status == 0, "\(output)\n\(d.log.suffix(2000))")
        #expect(output.contains("Ran ") && output.contains("OK"))
        #expect(d.stop() == 0, "the daemon exits cleanly on SIGTERM")
    }

    @Test func theNodeClientsTestsPass() throws {
        let d = try Daemon()
        let (status, output) = try Self.run(["node", "--test", "test/"], in: CLIProcess.repositoryRoot.appendingPathComponent("clients/node").path,
                                            environment: ["PEBBLE_SOCKET": d.socket])
        #expect(status == 0, "\(output)")
        #expect(output.contains("# fail 0"))
        #expect(d.stop() == 0)
    }

    @Test func malformedFramesNeverStopTheDaemon() throws {
        let d = try Daemon()
        let frames = Self.count("PEBBLE_FUZZ_FRAMES", 5000)
        let (status, output) = try Self.run(["python3", Self.tools + "/fuzz.py", d.socket, "\(frames)", "20", "\(d.pid)"])
        #expect(status == 0, "\(output)")
        let s = Self.summary(output)
        #expect((s["frames"] as? Int ?? 0) >= frames - 20)
        #expect((s["goodClientRuns"] as? Int ?? 0) > 0, "a well-behaved client was served throughout")
        let grew = (s["rssEndKB"] as? Int ?? 0) - (s["rssStartKB"] as? Int ?? 0)
        #expect(grew < 32 * 1024, "memory stays bounded: grew \(grew) KiB")
        #expect(d.stop() == 0)
    }

    @Test func underLoadEveryJobGetsExactlyOneResultAndNothingLeaks() throws {
        let d = try Daemon()
        // A first round fills the daemon's pools and caches; the second is measured.
        _ = try Self.run(["python3", Self.tools + "/load.py", d.socket, "50", "10", "\(d.pid)"])
        let jobs = Self.count("PEBBLE_LOAD_JOBS", 500)
        let (status, output) = try Self.run(["python3", Self.tools + "/load.py", d.socket, "\(jobs)", "50", "\(d.pid)"])
        #expect(status == 0, "\(output)")
        let s = Self.summary(output)
        #expect(s["exactlyOneResult"] as? Int == jobs - jobs % 50)
        let fds = (s["fdsAfter"] as? Int ?? 0) - (s["fdsBefore"] as? Int ?? 0)
        #expect(fds <= 4, "open files grew by \(fds)")
        let idle = (s["rssAfterKB"] as? Int ?? Int.max)
        #expect(idle <= 60 * 1024, "the daemon's own RSS after the load is \(idle) KiB (at most 60 MiB)")
        #expect(d.stop() == 0)
    }

    @Test func aBatchSurvivesKillNine() throws {
        let state = "/run/pebble-tests/crash-\(getpid())"
        defer { try? FileManager.default.removeItem(atPath: state) }
        let n = Self.count("PEBBLE_CRASH_SUBMISSIONS", 30)
        let (status, output) = try Self.run(["python3", Self.tools + "/crash.py", Self.daemonBinary, state, "\(n)"])
        #expect(status == 0, "\(output)")
        #expect(Self.summary(output)["ok"] as? Bool == true)
    }

    @Test func systemdReadinessWatchdogSocketActivationAndUnits() throws {
        let state = "/run/pebble-tests/daemon-systemd-\(getpid())"
        defer { try? FileManager.default.removeItem(atPath: state) }
        let units = CLIProcess.repositoryRoot.appendingPathComponent("systemd").path
        let (status, output) = try Self.run(["python3", Self.tools + "/systemd_check.py", Self.daemonBinary, state, units])
        #expect(status == 0, "\(output)")
        #expect(Self.summary(output)["ok"] as? Bool == true)
    }

    @Test func prometheusMetricsAreServedOnLoopback() throws {
        let port = Int.random(in: 20000...40000)
        let d = try Daemon(config: "metricsListen: \"127.0.0.1:\(port)\"\n")
        let script = """
            import sys, urllib.request
            sys.path.insert(0, "clients/python")
            from pebble_client import PebbleClient
            c = PebbleClient(sys.argv[1])
            assert c.run("python3", "print(1)")["status"] == "OK"
            print(urllib.request.urlopen("http://127.0.0.1:%s/metrics" % sys.argv[2]).read().decode())
            """
        let (status, output) = try Self.run(["python3", "-c", script, d.socket, "\(port)"], in: CLIProcess.repositoryRoot.path)
        #expect(status == 0, "\(output)")
        #expect(output.contains("pebble_jobs_total{") && output.contains("kind=\"run\"") && output.contains("verdict=\"OK\""), "\(output.prefix(2000))")
        #expect(output.contains("pebble_queue_depth") && output.contains("pebble_pool_ready") && output.contains("pebble_job_seconds_bucket"))
        #expect(d.stop() == 0)
    }

    /// SIGHUP reads the toolchain files (and problems) again; a job running meanwhile finishes on the
    /// engine it started on, and new jobs run on the new one.
    @Test func sighupReloadsToolchainsWithoutDroppingJobs() throws {
        let toolchains = "/run/pebble-tests/daemon-toolchains-\(getpid())"
        try? FileManager.default.removeItem(atPath: toolchains)
        try FileManager.default.copyItem(atPath: CLIProcess.repositoryRoot.appendingPathComponent("Toolchains").path, toPath: toolchains)
        defer { try? FileManager.default.removeItem(atPath: toolchains) }
        let d = try Daemon(config: "toolchainsDir: \(toolchains)\nlanguages: [python3, c]\n")
        let script = """
            import os, signal, sys, threading, time
            sys.path.insert(0, "clients/python")
            from pebble_client import PebbleClient
            sock, pid, folder = sys.argv[1], int(sys.argv[2]), sys.argv[3]
            c = PebbleClient(sock)
            assert c.run("python3", "print(1)")["stdout"] == "1\\n"
            slow = {}
            def run_slow():
                slow["r"] = PebbleClient(sock).run("python3", "import time\\ntime.sleep(2)\\nprint('slept')", limits={"wallMs": 10000})
            t = threading.Thread(target=run_slow)
            t.start()
            time.sleep(0.7)
            path = os.path.join(folder, "python3.yaml")
            text = open(path).read()
            assert "name: Python 3 (CPython)" in text
            open(path, "w").write(text.replace("name: Python 3 (CPython)", "name: Python 3 (reloaded)"))
            os.kill(pid, signal.SIGHUP)
            deadline = time.time() + 60
            while {l["id"]: l["name"] for l in c.languages()}.get("python3") != "Python 3 (reloaded)":
                assert time.time() < deadline, "the toolchains were not reloaded"
                time.sleep(0.2)
            t.join()
            assert slow["r"]["status"] == "OK" and slow["r"]["stdout"] == "slept\\n", slow
            assert c.run("python3", "print(7)")["stdout"] == "7\\n"
            assert c.run("c", "#include <stdio.h>\\nint main(void) { puts(\\"c\\"); }\\n")["stdout"] == "c\\n"
            print("reloaded")
            """
        let (status, output) = try Self.run(["python3", "-c", script, d.socket, "\(d.pid)", toolchains], in: CLIProcess.repositoryRoot.path)
        #expect(status == 0 && output.contains("reloaded"), "\(output)\n\(d.log.suffix(3000))")
        #expect(d.log.contains("toolchains reloaded"), "\(d.log.suffix(2000))")
        #expect(d.stop() == 0)
    }

    @Test func theCLIUsesTheDaemonWhenItsSocketIsGiven() throws {
        let d = try Daemon()
        let dir = "/run/pebble-tests/daemon-cli-\(getpid())"
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try "print(sum(map(int, input().split())))\n".write(toFile: dir + "/sum.py", atomically: true, encoding: .utf8)
        try "20 22\n".write(toFile: dir + "/in.txt", atomically: true, encoding: .utf8)
        let (runStatus, runOut) = try Self.run([CLIProcess.pebble, "run", "--socket", d.socket, "--verbose", "--stdin", dir + "/in.txt", dir + "/sum.py"])
        #expect(runStatus == 0 && runOut.contains("through pebble-judged") && runOut.contains("42"), "\(runOut)")
        let (judgeStatus, judgeOut) = try Self.run([CLIProcess.pebble, "judge", "--socket", d.socket, "--problem", "aplusb", "--json", dir + "/sum.py"])
        let r = (try? JSONSerialization.jsonObject(with: Data(judgeOut.utf8))) as? [String: Any] ?? [:]
        #expect(judgeStatus == 0 && r["verdict"] as? String == "AC" && (r["tests"] as? [Any])?.count == r["total"] as? Int, "\(judgeOut.prefix(500))")
        let (statusStatus, statusOut) = try Self.run([CLIProcess.pebble, "status", "--socket", d.socket])
        #expect(statusStatus == 0 && statusOut.contains("queue:") && statusOut.contains("judge.AC"), "\(statusOut)")
        #expect(d.stop() == 0)
        // Without the daemon, an explicit socket is an error, not a silent fallback.
        let (gone, goneOut) = try Self.run([CLIProcess.pebble, "run", "--socket", d.socket, dir + "/sum.py"])
        #expect(gone != 0 && goneOut.contains("cannot connect"), "\(goneOut)")
    }
}
