import Foundation
import PebbleTestSupport
@testable import PebbleLanguages
import PebbleProblems
import PebbleSandbox
import Testing

/// A judge on an engine of its own for tests, and the test packages' folder.
enum TestJudge {
    static let root = CLIProcess.repositoryRoot
    static let packages = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Packages").path
    static let state = "/run/pebble-tests/problems-\(getpid())"

    static func package(_ name: String) throws -> ProblemPackage {
        try ProblemPackage.load(packages + "/" + name)
    }

    /// Runs `body` with a judge, then shuts its engine down and proves nothing is left behind.
    static func with<T: Sendable>(workers: Int = 1, _ body: (Judge) async throws -> T) async throws -> T {
        var sandbox = SandboxConfiguration(stateDirectory: "/run/pebble-tests/sandbox")
        sandbox.binds = BindMount.systemDefaults
        var configuration = EngineConfiguration(toolchainsDirectory: root.appendingPathComponent("Toolchains").path,
                                                stateDirectory: state, sandbox: sandbox)
        configuration.workers = workers
        configuration.boxPoolSize = 2
        let engine = try LanguageEngine(configuration: configuration)
        let judge = Judge(engine: engine)
        let result: T
        do {
            result = try await body(judge)
        } catch {
            await engine.shutdown()
            throw error
        }
        await engine.shutdown()
        let left = engine.sandbox.leftovers()
        #expect(left.isEmpty, "left behind: \(left)")
        return result
    }
}
