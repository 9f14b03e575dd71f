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

/// The data folders PebbleCode ships (`Toolchains`, `problems`, `harness-templates`): next to a
/// checkout's build folder, or installed under /usr/share/pebble; `PEBBLE_DATA` overrides.
public enum ShippedData {
    public static func directory(_ name: String) -> String {
        var candidates: [String] = []
        if let root = ProcessInfo.processInfo.environment["PEBBLE_DATA"] { candidates.append(root + "/" + name) }
        if let exe = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
            // .build/<config>/pebble → the checkout's root.
            var dir = (exe as NSString).deletingLastPathComponent
            for _ in 0..<4 {
                candidates.append(dir + "/" + name)
                dir = (dir as NSString).deletingLastPathComponent
            }
        }
        candidates.append(FileManager.default.currentDirectoryPath + "/" + name)
        candidates += ["/usr/local/share/pebble/" + name, "/usr/share/pebble/" + name]
        return candidates.first { FileManager.default.fileExists(atPath: $0) } ?? candidates.last!
    }
}
