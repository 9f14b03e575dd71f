import Crypto
import PebbleSandbox
public import Foundation

/// Compiled programs by the hash of everything that decides the compiler's output: the sources,
/// the toolchain's id and version, its compile command and flags, and its prebuilt files. Shared by
/// all jobs; a batch of tests compiles once. Entries are plain files under `directory` (one folder
/// per key: `stage.json` and `files/…`), so a restart keeps them. Least recently used entries go
/// when the total passes `capacityBytes`. Two jobs asking for the same key at once share one compile.
public actor CompileCache {
    public struct Entry: Sendable {
        public var stage: CompileStage
        public var artifacts: [String: Data]
    }

    public struct Statistics: Sendable, Equatable {
        public var hits = 0
        public var misses = 0
        public var compiles = 0
        public var evictions = 0
    }

    public let directory: String
    public let capacityBytes: UInt64
    public private(set) var statistics = Statistics()
    private var inFlight: [String: Task<Entry, any Error>] = [:]
    /// The most recently used entries, kept in memory too: a daemon's hot programs are served
    /// without reading and decoding their folders on every run (the disk stays the truth).
    private var recent: [String: (entry: Entry, bytes: Int, used: UInt64)] = [:]
    private var recentBytes = 0
    private var clock: UInt64 = 0
    private static let recentLimit = 64 << 20

    public init(directory: String, capacityBytes: UInt64 = 1 << 30) {
        self.directory = directory
        self.capacityBytes = capacityBytes
        try? FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    }

    /// The key for these inputs: a SHA-256 over length-prefixed parts, so no two lists collide.
    public static func key(_ parts: [String], files: [String: Data]) -> String {
        var hash = SHA256()
        func feed(_ bytes: some DataProtocol) {
            var n = UInt64(bytes.count).bigEndian
            withUnsafeBytes(of: &n) { hash.update(bufferPointer: $0) }
            hash.update(data: Data(bytes))
        }
        for p in parts { feed(Data(p.utf8)) }
        for name in files.keys.sorted() {
            feed(Data(name.utf8))
            feed(files[name]!)
        }
        return hash.finalize().map { String(format: "%02x", $0) }.joined()
    }

    /// The cached entry, or the result of `compile` (stored unless it was an internal error or the
    /// compiler ran out of time: those may go differently next time).
    public func entry(for key: String, compile: @escaping @Sendable () async throws -> Entry) async throws -> Entry {
        if let task = inFlight[key] { return try await task.value }
        clock += 1
        if var kept = recent[key], FileManager.default.fileExists(atPath: folder(key)) {
            kept.used = clock
            recent[key] = kept
            statistics.hits += 1
            if clock % 64 == 0 { utimes(folder(key), nil) }  // the folder's time is still its last use, roughly
            return kept.entry
        }
        if var hit = load(key) {
            statistics.hits += 1
            hit.stage.cached = true
            hit.stage.report = nil
            hit.stage.warm = false
            remember(key, hit)
            return hit
        }
        statistics.misses += 1
        let task = Task { try await compile() }
        inFlight[key] = task
        defer { inFlight[key] = nil }
        let entry = try await task.value
        statistics.compiles += 1
        if !entry.stage.internalError && entry.stage.report?.status != .timeLimit {
            store(key, entry)
            evict()
        }
        return entry
    }

    private func folder(_ key: String) -> String { directory + "/" + key }

    private func remember(_ key: String, _ entry: Entry) {
        let bytes = entry.artifacts.values.reduce(0) { $0 + $1.count }
        guard bytes < Self.recentLimit / 4 else { return }
        if let old = recent[key] { recentBytes -= old.bytes }
        recent[key] = (entry, bytes, clock)
        recentBytes += bytes
        while recentBytes > Self.recentLimit, let oldest = recent.min(by: { $0.value.used < $1.value.used }) {
            recent[oldest.key] = nil
            recentBytes -= oldest.value.bytes
        }
    }

    private func load(_ key: String) -> Entry? {
        let dir = folder(key)
        guard let json = FileManager.default.contents(atPath: dir + "/stage.json"),
              let stored = try? JSONDecoder().decode(Stored.self, from: json) else { return nil }
        var artifacts: [String: Data] = [:]
        for name in stored.artifacts {
            guard let data = FileManager.default.contents(atPath: dir + "/files/" + name) else { return nil }
            artifacts[name] = data
        }
        // Touch: the folder's time is its last use.
        utimes(dir, nil)
        return Entry(stage: stored.stage, artifacts: artifacts)
    }

    private struct Stored: Codable {
        var stage: CompileStage
        var artifacts: [String]
    }

    /// Written to a temporary folder and renamed, so a reader never sees half an entry.
    private func store(_ key: String, _ entry: Entry) {
        let fm = FileManager.default
        let temp = directory + "/.tmp-" + key + "-" + UUID().uuidString
        do {
            for (name, data) in entry.artifacts {
                let path = temp + "/files/" + name
                try fm.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
                try data.write(to: URL(fileURLWithPath: path))
            }
            try fm.createDirectory(atPath: temp, withIntermediateDirectories: true)
            var stage = entry.stage
            stage.report = nil
            let json = try JSONEncoder().encode(Stored(stage: stage, artifacts: entry.artifacts.keys.sorted()))
            try json.write(to: URL(fileURLWithPath: temp + "/stage.json"))
            if rename(temp, folder(key)) != 0 { try? fm.removeItem(atPath: temp) }
        } catch {
            try? fm.removeItem(atPath: temp)
        }
    }

    /// Drops least recently used entries until the total fits.
    private func evict() {
        let fm = FileManager.default
        let names = ((try? fm.contentsOfDirectory(atPath: directory)) ?? []).filter { !$0.hasPrefix(".") }
        var entries: [(name: String, used: Date, bytes: UInt64)] = names.map { name in
            let dir = folder(name)
            let used = (try? fm.attributesOfItem(atPath: dir)[.modificationDate] as? Date) ?? .distantPast
            return (name, used, Self.size(of: dir))
        }
        var total = entries.reduce(0) { $0 + $1.bytes }
        guard total > capacityBytes else { return }
        entries.sort { $0.used < $1.used }
        for e in entries where total > capacityBytes {
            try? fm.removeItem(atPath: folder(e.name))
            total -= e.bytes
            statistics.evictions += 1
        }
    }

    static func size(of path: String) -> UInt64 {
        guard let walker = FileManager.default.enumerator(atPath: path) else { return 0 }
        var total: UInt64 = 0
        while let name = walker.nextObject() as? String {
            // Files only: what a folder itself reports differs between file systems.
            guard let a = try? FileManager.default.attributesOfItem(atPath: path + "/" + name),
                  a[.type] as? FileAttributeType == .typeRegular else { continue }
            total += a[.size] as? UInt64 ?? 0
        }
        return total
    }
}
