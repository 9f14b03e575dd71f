import Foundation
@testable import PebbleSandbox
import Testing

/// Sandboxes for tests: their own state directory, and a check that nothing they made is left.
enum TestSandbox {
    static let stateRoot = "/run/pebble-tests"

    static func make(binds: [BindMount] = [], configure: (inout SandboxConfiguration) -> Void = { _ in }) throws -> Sandbox {
        var configuration = SandboxConfiguration(stateDirectory: stateRoot + "/sandbox")
        configuration.binds += binds
        configure(&configuration)
        return try Sandbox(configuration: configuration)
    }

    /// Runs `body` with a fresh box, then shuts the sandbox down and proves it left nothing behind.
    static func withBox<T>(binds: [BindMount] = [], _ body: (Box) throws -> T) throws -> T {
        let sandbox = try make(binds: binds)
        let result: T
        do {
            let box = try sandbox.makeBox()
            result = try body(box)
        } catch {
            sandbox.shutdown()
            throw error
        }
        sandbox.shutdown()
        try expectNothingLeft(by: sandbox)
        return result
    }

    /// No cgroup, process, mount or directory of this sandbox remains.
    static func expectNothingLeft(by sandbox: Sandbox, sourceLocation: SourceLocation = #_sourceLocation) throws {
        for path in sandbox.cgroups?.instancePaths ?? [] {
            #expect(access(path, F_OK) != 0, "cgroup left behind: \(path)", sourceLocation: sourceLocation)
        }
        #expect(access(sandbox.instanceDirectory, F_OK) != 0, "state directory left behind: \(sandbox.instanceDirectory)", sourceLocation: sourceLocation)
        let mounts = (try? String(contentsOfFile: "/proc/self/mountinfo", encoding: .utf8)) ?? ""
        #expect(!mounts.contains(sandbox.instanceDirectory), "mount left behind under \(sandbox.instanceDirectory)", sourceLocation: sourceLocation)
        let uids = sandbox.configuration.firstUid..<(sandbox.configuration.firstUid + sandbox.configuration.uidCount)
        let strays = HostProcesses.owned(byUidIn: uids).filter { sandbox.madeUids.contains($0.uid) }
        #expect(strays.isEmpty, "processes left running as box uids: \(strays)", sourceLocation: sourceLocation)
    }
}

/// Processes on the host (as this pid namespace sees them).
enum HostProcesses {
    struct Entry: CustomStringConvertible {
        var pid: Int32
        var uid: UInt32
        var name: String
        var description: String { "\(pid)(\(name), uid \(uid))" }
    }

    static func owned(byUidIn range: Range<UInt32>) -> [Entry] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []
        return names.compactMap { name -> Entry? in
            guard let pid = Int32(name),
                  let status = try? String(contentsOfFile: "/proc/\(name)/status", encoding: .utf8) else { return nil }
            var uid: UInt32?
            var comm = ""
            for line in status.split(separator: "\n") {
                if line.hasPrefix("Uid:") { uid = line.split(separator: "\t").dropFirst().first.flatMap { UInt32($0) } }
                if line.hasPrefix("Name:") { comm = String(line.dropFirst(5)).trimmingCharacters(in: .whitespaces) }
            }
            guard let uid, range.contains(uid) else { return nil }
            return Entry(pid: pid, uid: uid, name: comm)
        }
    }
}

/// Small programs compiled once per test run, bound into boxes read-only at /hostile.
enum HostilePrograms {
    static let source = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("HostilePrograms").path

    /// The directory with every program compiled (C) or copied (Python).
    static let built: Result<String, any Error> = Result {
        let out = "/run/pebble-tests/hostile-\(getpid())"
        try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
        for file in try FileManager.default.contentsOfDirectory(atPath: source) {
            let path = source + "/" + file
            if file.hasSuffix(".c") {
                try compile(path, to: out + "/" + String(file.dropLast(2)))
            } else if file.hasSuffix(".py") {
                try? FileManager.default.removeItem(atPath: out + "/" + file)
                try FileManager.default.copyItem(atPath: path, toPath: out + "/" + file)
            }
        }
        chmod(out, 0o755)
        return out
    }

    static func directory() throws -> String { try built.get() }

    static func compile(_ source: String, to binary: String) throws {
        let gcc = Process()
        gcc.executableURL = URL(fileURLWithPath: "/usr/bin/gcc")
        gcc.arguments = ["-O1", "-pthread", "-o", binary, source]
        try gcc.run()
        gcc.waitUntilExit()
        guard gcc.terminationStatus == 0 else { throw SandboxError.system("gcc \(source)", errno: EINVAL) }
    }

    static var bind: BindMount {
        get throws { BindMount(try directory(), at: "/hostile") }
    }
}
