import Foundation
import PebbleTestSupport
@testable import PebbleLanguages
import PebbleSandbox
import Testing

/// Engines for tests: their own sandbox state, compile cache and prebuilt folder, and a check that
/// nothing they made is left behind.
enum TestEngine {
    static let root = CLIProcess.repositoryRoot
    static let toolchainsDirectory = root.appendingPathComponent("Toolchains").path
    static let stateRoot = "/run/pebble-tests"
    /// Prebuilt files (a precompiled header) survive between tests of one run: they are the toolchain's.
    static let sharedState = stateRoot + "/languages-\(getpid())"

    static func temporaryDirectory(_ name: String) throws -> String {
        let dir = stateRoot + "/\(name)-\(getpid())-\(UUID().uuidString.prefix(8))"
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        return dir
    }

    /// An engine whose compile cache is its own (so compile counts are exact) unless `sharedCache`.
    static func make(workers: Int = 0, languages: Set<String>? = nil, sharedCache: Bool = true,
                     configure: (inout EngineConfiguration) -> Void = { _ in }) throws -> LanguageEngine {
        var sandbox = SandboxConfiguration(stateDirectory: stateRoot + "/sandbox")
        sandbox.binds = BindMount.systemDefaults
        let state = sharedCache ? sharedState : try temporaryDirectory("engine")
        if !sharedCache {
            // Share the prebuilt folder anyway: a precompiled header takes seconds to build.
            try FileManager.default.createDirectory(atPath: sharedState + "/prebuilt", withIntermediateDirectories: true)
            symlink(sharedState + "/prebuilt", state + "/prebuilt")
        }
        var configuration = EngineConfiguration(toolchainsDirectory: toolchainsDirectory, stateDirectory: state, sandbox: sandbox)
        configuration.workers = workers
        configuration.languages = languages
        configuration.boxPoolSize = 2
        configure(&configuration)
        return try LanguageEngine(configuration: configuration)
    }

    /// Runs `body` with an engine, then shuts it down and proves no box, cgroup or process is left.
    static func with<T: Sendable>(workers: Int = 0, languages: Set<String>? = nil, sharedCache: Bool = true,
                                  configure: (inout EngineConfiguration) -> Void = { _ in },
                                  _ body: (LanguageEngine) async throws -> T) async throws -> T {
        let engine = try make(workers: workers, languages: languages, sharedCache: sharedCache, configure: configure)
        let result: T
        do {
            result = try await body(engine)
        } catch {
            await engine.shutdown()
            if !sharedCache { try? FileManager.default.removeItem(atPath: engine.configuration.stateDirectory) }
            throw error
        }
        await engine.shutdown()
        expectNothingLeft(by: engine.sandbox)
        if !sharedCache { try? FileManager.default.removeItem(atPath: engine.configuration.stateDirectory) }
        return result
    }

    static func expectNothingLeft(by sandbox: Sandbox, sourceLocation: SourceLocation = #_sourceLocation) {
        let left = sandbox.leftovers()
        #expect(left.isEmpty, "left behind: \(left)", sourceLocation: sourceLocation)
    }
}
