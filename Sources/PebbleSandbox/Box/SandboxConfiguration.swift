import Foundation

/// How a `Sandbox` builds its boxes.
public struct SandboxConfiguration: Sendable {
    /// Where each sandbox instance keeps its (empty) mount point; removed at shutdown.
    public var stateDirectory: String
    /// uid leases, shared by every pebble process on the host so no two boxes share a uid.
    public var lockDirectory: String
    public var firstUid: UInt32 = 60000
    public var uidCount: UInt32 = 1000
    public var binds: [BindMount] = BindMount.systemDefaults
    /// Sizes of the box's tmpfs mounts.
    public var boxKB: UInt64 = 256 * 1024
    public var tmpKB: UInt64 = 64 * 1024
    public var shmKB: UInt64 = 16 * 1024
    /// The box init executable; found next to the running program when nil.
    public var boxInitPath: String?
    /// Without root: a user namespace, one uid, and whatever cgroups are delegated.
    public var rootless: Bool = geteuid() != 0

    public init(stateDirectory: String? = nil, lockDirectory: String? = nil) {
        let base: String
        if geteuid() == 0 {
            base = "/run/pebble"
        } else if let runtime = ProcessInfo.processInfo.environment["XDG_RUNTIME_DIR"] {
            base = runtime + "/pebble"
        } else {
            base = NSTemporaryDirectory() + "pebble-\(geteuid())"
        }
        self.stateDirectory = stateDirectory ?? base + "/sandbox"
        self.lockDirectory = lockDirectory ?? base + "/uid-locks"
    }

    /// Where pebble-box-init is looked for, in order.
    public func boxInitCandidates() -> [String] {
        var paths: [String] = []
        if let explicit = boxInitPath { return [explicit] }
        if let env = ProcessInfo.processInfo.environment["PEBBLE_BOX_INIT"] { paths.append(env) }
        if let exe = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
            paths.append((exe as NSString).deletingLastPathComponent + "/pebble-box-init")
        }
        paths += ["/usr/local/libexec/pebble/pebble-box-init", "/usr/libexec/pebble/pebble-box-init"]
        return paths
    }
}
