import Foundation
import PebbleSandbox

/// Files each toolchain builds once per version (a precompiled header, a crash reporter object),
/// built in a box and kept in a host folder that every box sees read-only at `/pebble/prebuilt`.
/// A compile finds its toolchain's set at `{prebuilt}`; it is never copied into the compile box.
actor PrebuiltStore {
    /// The host folder (bound into boxes) and where boxes see it.
    let root: String
    static let boxRoot = "/pebble/prebuilt"
    private var inFlight: [String: Task<String, any Error>] = [:]
    private(set) var builds = 0

    init(root: String) {
        self.root = root
        try? FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
        chmod(root, 0o755)
    }

    /// The folder name of a toolchain's set: its id and a hash of its version, commands and sources.
    static func folderName(_ t: Toolchain, version: String, toolchainsDirectory: String) -> String {
        var parts = [t.id, version]
        var files: [String: Data] = [:]
        for p in t.prebuilt {
            parts += p.command + ["\u{0}"] + p.outputs
            for s in p.sources { files[s] = FileManager.default.contents(atPath: toolchainsDirectory + "/" + s) ?? Data() }
        }
        return t.id + "-" + CompileCache.key(parts, files: files).prefix(16)
    }

    /// The box path of the toolchain's prebuilt set, building it first if needed.
    func ensure(_ t: Toolchain, version: String, toolchainsDirectory: String,
                build: @escaping @Sendable (_ sources: [String: Data], _ step: PrebuiltFile) async throws -> [String: Data]) async throws -> String {
        let name = Self.folderName(t, version: version, toolchainsDirectory: toolchainsDirectory)
        let host = root + "/" + name
        if FileManager.default.fileExists(atPath: host + "/.complete") { return Self.boxRoot + "/" + name }
        if let task = inFlight[name] { return try await task.value }
        let task = Task<String, any Error> {
            let temp = self.root + "/.tmp-" + name + "-" + UUID().uuidString
            do {
                for step in t.prebuilt {
                    var sources: [String: Data] = [:]
                    for s in step.sources {
                        guard let data = FileManager.default.contents(atPath: toolchainsDirectory + "/" + s) else {
                            throw LanguageError.prebuiltFailed(t.id, "cannot read \(s)")
                        }
                        sources[(s as NSString).lastPathComponent] = data
                    }
                    for (path, data) in try await build(sources, step) {
                        let file = temp + "/" + path
                        try FileManager.default.createDirectory(atPath: (file as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
                        try data.write(to: URL(fileURLWithPath: file))
                    }
                }
                FileManager.default.createFile(atPath: temp + "/.complete", contents: Data())
                Self.makeReadable(temp)
                // Another engine (or process) may have finished the same set first: its folder is
                // complete and in use, so it stays, and ours goes. A finished folder is never replaced.
                if rename(temp, host) != 0 {
                    try? FileManager.default.removeItem(atPath: temp)
                    guard FileManager.default.fileExists(atPath: host + "/.complete") else {
                        throw LanguageError.prebuiltFailed(t.id, "cannot move it into \(host): \(String(cString: strerror(errno)))")
                    }
                }
                return Self.boxRoot + "/" + name
            } catch {
                try? FileManager.default.removeItem(atPath: temp)
                throw error
            }
        }
        inFlight[name] = task
        defer { inFlight[name] = nil }
        builds += 1
        return try await task.value
    }

    /// Box users read these files; nobody writes them.
    private static func makeReadable(_ dir: String) {
        chmod(dir, 0o755)
        guard let walker = FileManager.default.enumerator(atPath: dir) else { return }
        while let name = walker.nextObject() as? String {
            var isDir: ObjCBool = false
            FileManager.default.fileExists(atPath: dir + "/" + name, isDirectory: &isDir)
            chmod(dir + "/" + name, isDir.boolValue ? 0o755 : 0o644)
        }
    }
}
