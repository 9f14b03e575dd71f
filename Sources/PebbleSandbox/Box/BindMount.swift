import Foundation

/// A host path made visible, read-only, inside a box.
public struct BindMount: Sendable, Hashable, Codable {
    public var source: String
    public var destination: String

    public init(_ source: String, at destination: String? = nil) {
        self.source = source
        self.destination = destination ?? source
    }

    /// Parses `SRC[:DST]` as `pebble exec --ro-bind` takes it.
    public init?(spec: String) {
        let parts = spec.split(separator: ":", maxSplits: 1).map(String.init)
        guard let src = parts.first, src.hasPrefix("/") else { return nil }
        let dst = parts.count == 2 ? parts[1] : src
        guard dst.hasPrefix("/"), !dst.split(separator: "/").contains("..") else { return nil }
        self.init(src, at: dst)
    }

    /// The system's program directories and the loader's cache: enough for any program installed
    /// from Debian packages. Paths missing on this host are left out.
    public static var systemDefaults: [BindMount] {
        let paths: [String] = ["/usr", "/bin", "/sbin", "/lib", "/lib64", "/lib32", "/libx32", "/etc/ld.so.cache", "/etc/alternatives"]
        return paths.filter { access($0, F_OK) == 0 }.map { BindMount($0, at: nil) }
    }
}
