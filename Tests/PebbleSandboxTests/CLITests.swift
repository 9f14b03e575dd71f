import Foundation
import PebbleTestSupport
import Testing

/// The `pebble` executable as a person or a script uses it.
@Suite("pebble CLI", .serialized, .timeLimit(.minutes(1)))
struct CLITests {
    static let binary = CLIProcess.pebble

    func run(_ arguments: [String], executable: String = CLITests.binary) throws -> (Int32, String) {
        try CLIProcess.run(arguments, executable: executable)
    }

    func json(_ text: String) throws -> [String: Any] {
        try #require(JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    @Test func execJsonHasTheDocumentedKeys() throws {
        let (status, out) = try run(["exec", "--json", "--", "/bin/sh", "-c", "echo hi; exit 3"])
        #expect(status == 1)
        let r = try json(out)
        for key in ["status", "exitCode", "signal", "cpuMs", "wallMs", "memoryKB", "stdout", "stderr",
                    "stdoutTruncated", "stderrTruncated", "limitHit", "syscall"] {
            #expect(r[key] != nil, "missing \(key)")
        }
        #expect(r["status"] as? String == "RE" && r["exitCode"] as? Int == 3 && r["stdout"] as? String == "hi\n")
    }

    @Test func execBindsAHostPathReadOnlyAtAChosenPlace() throws {
        let dir = "/run/pebble-tests/cli-bind-\(getpid())"
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try "data\n".write(toFile: dir + "/in.txt", atomically: true, encoding: .utf8)
        let (status, out) = try run(["exec", "--json", "--ro-bind", dir + ":/data", "--stdin", dir + "/in.txt", "--",
                                     "/bin/sh", "-c", "cat; cat /data/in.txt; echo x > /data/new"])
        let r = try json(out)
        #expect(status == 1 && (r["stdout"] as? String) == "data\ndata\n")
        #expect((r["stderr"] as? String)?.contains("Read-only file system") == true)
    }

    @Test func badUsageIsAClearError() throws {
        #expect(try run(["exec", "--json"]).0 == 64)
        #expect(try run(["exec", "--ro-bind", "relative", "--", "/bin/true"]).0 == 64)
    }

    @Test func doctorSaysThisHostCanRunBoxes() throws {
        let (status, out) = try run(["doctor", "--json"])
        let r = try json(out)
        #expect(status == 0 && r["ok"] as? Bool == true, "\(out)")
        let checks = try #require(r["checks"] as? [[String: Any]]).compactMap { $0["check"] as? String }
        for check in ["kernel", "namespaces", "seccomp", "cgroups", "uid range", "box init", "trial run"] {
            #expect(checks.contains(check))
        }
    }

    @Test func rootlessModeRunsAndSaysWhatIsMissing() throws {
        let (status, out) = try run(["--reuid=65534", "--regid=65534", "--clear-groups", "env", "-i", "PATH=/usr/bin:/bin", "HOME=/tmp",
                                     CLITests.binary, "exec", "--json", "--", "/bin/sh", "-c", "echo rootless"],
                                    executable: "/usr/bin/setpriv")
        let r = try json(out)
        #expect(status == 0 && r["status"] as? String == "OK" && r["stdout"] as? String == "rootless\n")
        #expect((r["message"] as? String)?.contains("rootless") == true)
    }
}
