public import PebbleOps
public import Foundation
public import PebbleSandbox

/// How a `LanguageEngine` is set up: where toolchains and its state live, how many warm boxes and
/// workers to keep.
public struct EngineConfiguration: Sendable {
    /// The `Toolchains/` directory.
    public var toolchainsDirectory: String
    /// The compile cache and prebuilt files live below this.
    public var stateDirectory: String
    public var sandbox: SandboxConfiguration
    /// The compile cache's size cap.
    public var cacheBytes: UInt64 = 2 << 30
    /// Plain boxes kept built for compiles and cold runs.
    public var boxPoolSize = 4
    /// Pre-started workers per language and stage (0: every run is cold).
    public var workers = 2
    /// Per-language overrides of `workers`, by toolchain id.
    public var workersPerLanguage: [String: Int] = [:]
    /// Only these languages (nil: every available one).
    public var languages: Set<String>?

    public init(toolchainsDirectory: String = ShippedData.directory("Toolchains"),
                stateDirectory: String = EngineConfiguration.defaultStateDirectory,
                sandbox: SandboxConfiguration = SandboxConfiguration()) {
        self.toolchainsDirectory = toolchainsDirectory
        self.stateDirectory = stateDirectory
        self.sandbox = sandbox
    }

    /// `PEBBLE_CACHE_DIR`, else /var/cache/pebble for root, else the user's cache folder.
    public static var defaultStateDirectory: String {
        if let dir = ProcessInfo.processInfo.environment["PEBBLE_CACHE_DIR"] { return dir }
        if geteuid() == 0 { return "/var/cache/pebble" }
        let base = ProcessInfo.processInfo.environment["XDG_CACHE_HOME"] ?? NSHomeDirectory() + "/.cache"
        return base + "/pebble"
    }

    func workerCount(for id: String) -> Int { max(0, workersPerLanguage[id] ?? workers) }
}

