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
        let left = sandbox.leftovers()
        #expect(left.isEmpty, "left behind: \(left)", sourceLocation: sourceLocation)
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
