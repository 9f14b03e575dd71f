public import Foundation
public import PebbleSandbox
import Yams

/// Every toolchain file of a directory, each either usable, unavailable on this host (with the
/// reason), or invalid (with the reason). A bad or missing toolchain never stops the others.
public struct ToolchainCatalog: Sendable {
    public enum State: Sendable, Equatable {
        case available(version: String)
        case unavailable(reason: String)
        case invalid(reason: String)
    }

    public struct Entry: Sendable {
        /// The file's id (its name without `.yaml`), also for files that did not parse.
        public var id: String
        public var file: String
        public var toolchain: Toolchain?
        public var state: State

        public var isAvailable: Bool { if case .available = state { true } else { false } }
        public var version: String? { if case let .available(v) = state { v } else { nil } }
    }

    /// The `Toolchains/` directory the files came from (workers and prebuilt sources live there).
    public let directory: String
    public let entries: [Entry]

    public func entry(_ id: String) -> Entry? { entries.first { $0.id == id } }

    /// The usable toolchains, by id.
    public var available: [String: Toolchain] {
        Dictionary(uniqueKeysWithValues: entries.compactMap { e in e.isAvailable ? e.toolchain.map { (e.id, $0) } : nil })
    }

    /// The language for a file extension (Kattis's table), among the usable toolchains.
    public func language(forExtension ext: String) -> Toolchain? {
        entries.filter(\.isAvailable).compactMap(\.toolchain).first { $0.extensions.contains(ext) }
    }

    /// Everything a box must see for these toolchains, read-only: their binds and the workers'
    /// directory (at /pebble/toolchains).
    public func binds(for toolchains: some Sequence<Toolchain>) -> [BindMount] {
        var seen = Set<String>()
        var out = [BindMount(directory, at: ToolchainCatalog.boxDirectory)]
        for t in toolchains {
            for spec in t.binds {
                guard let bind = BindMount(spec: spec), !seen.contains(bind.destination) else { continue }
                seen.insert(bind.destination)
                out.append(bind)
            }
        }
        return out
    }

    /// Where the `Toolchains/` directory appears inside every box.
    public static let boxDirectory = "/pebble/toolchains"

    /// Loads and validates every `*.yaml` in `directory`; with `probe`, also checks that each
    /// toolchain's programs exist and asks it for its version (in parallel).
    public static func load(directory: String, probe: Bool = true) -> ToolchainCatalog {
        let files = ((try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? [])
            .filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") }.sorted()
        var entries = files.map { file -> Entry in
            let id = String(file[..<file.lastIndex(of: ".")!])
            let path = directory + "/" + file
            do {
                let text = try String(contentsOfFile: path, encoding: .utf8)
                let toolchain = try YAMLDecoder().decode(Toolchain.self, from: text)
                if let problem = validate(toolchain, fileID: id, directory: directory) {
                    return Entry(id: id, file: path, toolchain: toolchain, state: .invalid(reason: problem))
                }
                return Entry(id: id, file: path, toolchain: toolchain, state: .unavailable(reason: "not probed"))
            } catch {
                return Entry(id: id, file: path, toolchain: nil, state: .invalid(reason: "\(file): \(describe(error))"))
            }
        }
        if probe {
            let results = UnsafeResults(count: entries.count)
            let toProbe = entries.map { e -> Toolchain? in
                if case .unavailable = e.state { return e.toolchain }
                return nil
            }
            DispatchQueue.concurrentPerform(iterations: toProbe.count) { i in
                guard let t = toProbe[i] else { return }
                results.set(i, ToolchainProbe.probe(t))
            }
            for i in entries.indices { if let s = results.get(i) { entries[i].state = s } }
        }
        return ToolchainCatalog(directory: directory, entries: entries)
    }

    /// What is wrong with a toolchain file, or nil.
    static func validate(_ t: Toolchain, fileID: String, directory: String) -> String? {
        if t.id != fileID { return "id '\(t.id)' does not match the file name '\(fileID).yaml'" }
        if t.id.isEmpty || t.id.contains(where: { !($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") }) {
            return "id '\(t.id)' may hold only letters, digits, '-' and '_'"
        }
        if (try? Box.components(t.source)) == nil { return "source '\(t.source)' must be a plain relative file name" }
        if t.version.isEmpty { return "version: give the command that prints the version" }
        if t.run.command.isEmpty { return "run.command is empty" }
        for spec in t.binds where BindMount(spec: spec) == nil { return "binds: '\(spec)' is not PATH or SRC:DST (absolute)" }
        if let compile = t.compile {
            if compile.command.isEmpty { return "compile.command is empty" }
            if compile.artifacts.isEmpty { return "compile.artifacts is empty: name what the run needs" }
            if let w = compile.worker, w.command.isEmpty { return "compile.worker.command is empty" }
        }
        if let w = t.run.worker, w.command.isEmpty { return "run.worker.command is empty" }
        for p in t.prebuilt {
            for s in p.sources where !FileManager.default.fileExists(atPath: directory + "/" + s) {
                return "prebuilt source '\(s)' not found in \(directory)"
            }
            if p.command.isEmpty || p.outputs.isEmpty { return "prebuilt: command and outputs are required" }
        }
        let patterns = (t.compile?.diagnostics ?? []) + t.run.syntaxErrors + t.run.runtimeErrors
        for p in patterns {
            do { _ = try NSRegularExpression(pattern: p.pattern, options: [.anchorsMatchLines]) } catch {
                return "pattern '\(p.pattern)' is not a valid regular expression"
            }
            if let pick = p.pick, pick != "first", pick != "last" { return "pick must be 'first' or 'last', not '\(pick)'" }
        }
        if t.run.allowance.cpuFactor < 1 { return "run.allowance.cpuFactor must be at least 1" }
        return nil
    }

    static func describe(_ error: any Error) -> String {
        switch error {
        case let DecodingError.keyNotFound(key, ctx): "missing key '\((ctx.codingPath + [key]).map(\.stringValue).joined(separator: "."))'"
        case let DecodingError.typeMismatch(_, ctx), let DecodingError.valueNotFound(_, ctx):
            "wrong type at '\(ctx.codingPath.map(\.stringValue).joined(separator: "."))': \(ctx.debugDescription)"
        case let DecodingError.dataCorrupted(ctx): "\(ctx.debugDescription)"
        default: "\(error)"
        }
    }
}

/// Results written from `concurrentPerform`, one slot per index.
private final class UnsafeResults: @unchecked Sendable {
    private var slots: [ToolchainCatalog.State?]
    private let lock = NSLock()
    init(count: Int) { slots = Array(repeating: nil, count: count) }
    func set(_ i: Int, _ s: ToolchainCatalog.State) { lock.withLock { slots[i] = s } }
    func get(_ i: Int) -> ToolchainCatalog.State? { lock.withLock { slots[i] } }
}
