public import Foundation

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
