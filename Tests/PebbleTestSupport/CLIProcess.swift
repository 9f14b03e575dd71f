public import Foundation

/// The project's executables as tests run them: the ones built beside the test bundle, a person's
/// view of them (exit status and what they print), and the checkout's own data folders.
public enum CLIProcess {
    /// The `pebble` built with these tests.
    public static let pebble = URL(fileURLWithPath: (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? "")
        .deletingLastPathComponent().appendingPathComponent("pebble").path

    /// The checkout's root (Toolchains/, problems/, harness-templates/ live there).
    public static let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    /// Runs a program to its end: its exit status and stdout (stderr is dropped). Without
    /// `environment`, it inherits the test's.
    public static func run(_ arguments: [String], executable: String = pebble,
                           environment: [String: String]? = nil) throws -> (Int32, String) {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: executable)
        p.arguments = arguments
        if let environment { p.environment = environment }
        let out = Pipe()
        p.standardOutput = out
        p.standardError = FileHandle.nullDevice
        try p.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return (p.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    /// Runs a command found on PATH to its end: its exit status and everything it printed (stdout
    /// and stderr together), in `directory`, with `extra` over the test's environment.
    public static func runAll(_ arguments: [String], in directory: String? = nil,
                              environment extra: [String: String] = [:]) throws -> (Int32, String) {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = arguments
        if let directory { p.currentDirectoryURL = URL(fileURLWithPath: directory) }
        p.environment = ProcessInfo.processInfo.environment.merging(extra) { _, new in new }
        let out = Pipe()
        p.standardOutput = out
        p.standardError = out
        try p.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return (p.terminationStatus, String(decoding: data, as: UTF8.self))
    }
}
