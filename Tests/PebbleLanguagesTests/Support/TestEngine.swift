import Foundation
@testable import PebbleLanguages
@testable import PebbleSandbox
import Testing

/// Engines for tests: their own sandbox state, compile cache and prebuilt folder, and a check that
/// nothing they made is left behind.
enum TestEngine {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
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
        for path in sandbox.cgroups?.instancePaths ?? [] {
            #expect(access(path, F_OK) != 0, "cgroup left behind: \(path)", sourceLocation: sourceLocation)
        }
        #expect(access(sandbox.instanceDirectory, F_OK) != 0, "state directory left behind: \(sandbox.instanceDirectory)", sourceLocation: sourceLocation)
        let mounts = (try? String(contentsOfFile: "/proc/self/mountinfo", encoding: .utf8)) ?? ""
        #expect(!mounts.contains(sandbox.instanceDirectory), "mount left behind under \(sandbox.instanceDirectory)", sourceLocation: sourceLocation)
        let uids = sandbox.configuration.firstUid..<(sandbox.configuration.firstUid + sandbox.configuration.uidCount)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []
        let strays = names.compactMap(Int32.init).filter { pid in
            guard let status = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8),
                  let line = status.split(separator: "\n").first(where: { $0.hasPrefix("Uid:") }),
                  let uid = line.split(separator: "\t").dropFirst().first.flatMap({ UInt32($0) }) else { return false }
            return uids.contains(uid) && sandbox.madeUids.contains(uid)
        }
        #expect(strays.isEmpty, "processes left running as box uids: \(strays)", sourceLocation: sourceLocation)
    }
}
