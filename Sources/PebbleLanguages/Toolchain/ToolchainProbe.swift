import Foundation
import PebbleSandbox

/// Is a toolchain usable on this host, and which version is it? Its programs must exist where its
/// file says (inside its binds when bound elsewhere), and its version command must answer.
enum ToolchainProbe {
    static func probe(_ t: Toolchain) -> ToolchainCatalog.State {
        let binds = t.binds.compactMap { BindMount(spec: $0) }
        for bind in binds where access(bind.source, F_OK) != 0 {
            return .unavailable(reason: "\(bind.source) (bound at \(bind.destination)) is not installed")
        }
        var programs = [t.version.first, t.compile?.command.first, t.run.command.first,
                        t.compile?.worker?.command.first, t.run.worker?.command.first]
        programs += t.prebuilt.map(\.command.first)
        for program in Set(programs.compactMap { $0 }) where program.hasPrefix("/") {
            let host = hostPath(program, binds: binds)
            if access(host, X_OK) != 0 { return .unavailable(reason: "\(program) is not installed") }
        }
        var command = t.version
        command[0] = hostPath(command[0], binds: binds)
        guard let line = firstLine(of: command, environment: t.environment) else {
            return .unavailable(reason: "\(t.version.joined(separator: " ")) did not print a version")
        }
        return .available(version: line)
    }

    /// The host path of a path as the box sees it.
    static func hostPath(_ path: String, binds: [BindMount]) -> String {
        for bind in binds where path == bind.destination || path.hasPrefix(bind.destination + "/") {
            return bind.source + path.dropFirst(bind.destination.count)
        }
        return path
    }

    /// Runs a trusted toolchain binary on the host (no learner code) and keeps its first line.
    static func firstLine(of command: [String], environment: [String: String]) -> String? {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: command[0])
        process.arguments = Array(command.dropFirst())
        process.environment = RunSpec.defaultEnvironment.merging(environment) { _, new in new }
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        process.standardInput = FileHandle.nullDevice
        do { try process.run() } catch { return nil }
        let deadline = DispatchTime.now() + .seconds(20)
        let done = DispatchSemaphore(value: 0)
        let output = OutputBox()
        DispatchQueue.global().async {
            output.data = pipe.fileHandleForReading.readDataToEndOfFile()
            done.signal()
        }
        if done.wait(timeout: deadline) == .timedOut {
            process.terminate()
            return nil
        }
        process.waitUntilExit()
        let text = String(decoding: output.data, as: UTF8.self)
        return text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.first { !$0.isEmpty }
    }

    private final class OutputBox: @unchecked Sendable { var data = Data() }
}
