import Foundation
@testable import PebbleSandbox

/// An in-memory cgroup v2 file system that enforces the rules the real one does, so the v2 code
/// is tested on hosts (like CI here) that only have v1:
/// - a cgroup with processes cannot enable controllers for children (no internal processes),
///   and a cgroup that has enabled them cannot take processes;
/// - only controllers the parent enabled appear in a child, with their interface files;
/// - rmdir refuses a cgroup with processes or children.
final class FakeCgroupV2: CgroupFiles, @unchecked Sendable {
    final class Node {
        var procs: [Int32] = []
        var controllers: Set<String>
        var subtreeControl: Set<String> = []
        var values: [String: String] = [:]
        init(controllers: Set<String>) { self.controllers = controllers }
    }

    let root: String
    private let lock = NSLock()
    private(set) var nodes: [String: Node] = [:]
    /// Every write, in order, as "path=value".
    private(set) var writes: [String] = []

    init(root: String = "/fake/cgroup", controllers: Set<String> = ["memory", "pids", "cpu", "io"], procs: [Int32]) {
        self.root = root
        let node = Node(controllers: controllers)
        node.procs = procs
        nodes[root] = node
    }

    /// Adds a cgroup as systemd would have made it (e.g. the daemon's service cgroup).
    func addCgroup(_ path: String, procs: [Int32], controllers: Set<String>) {
        let node = Node(controllers: controllers)
        node.procs = procs
        nodes[path] = node
    }

    func node(_ path: String) -> Node? { lock.withLock { nodes[path] } }

    private func split(_ path: String) -> (dir: String, file: String) {
        let url = URL(fileURLWithPath: path)
        return (url.deletingLastPathComponent().path, url.lastPathComponent)
    }

    private func fileExists(_ node: Node, _ file: String) -> Bool {
        if ["cgroup.procs", "cgroup.controllers", "cgroup.subtree_control", "cgroup.kill", "cpu.stat", "cgroup.events"].contains(file) { return true }
        guard let prefix = file.split(separator: ".").first else { return false }
        return node.controllers.contains(String(prefix))
    }

    func open(_ path: String) throws -> any CgroupFile {
        let (dir, file) = split(path)
        return try lock.withLock {
            guard let node = nodes[dir], fileExists(node, file) else { throw CgroupError(path: path, operation: "open", errno: ENOENT) }
            return FakeFile(fs: self, dir: dir, file: file)
        }
    }

    func makeDirectory(_ path: String) throws {
        try lock.withLock {
            let (parent, _) = split(path)
            guard let p = nodes[parent] else { throw CgroupError(path: path, operation: "mkdir", errno: ENOENT) }
            if nodes[path] != nil { return }
            nodes[path] = Node(controllers: p.subtreeControl)
        }
    }

    func removeDirectory(_ path: String) throws {
        try lock.withLock {
            guard let node = nodes[path] else { return }
            guard node.procs.isEmpty, !nodes.keys.contains(where: { $0.hasPrefix(path + "/") }) else {
                throw CgroupError(path: path, operation: "rmdir", errno: EBUSY)
            }
            nodes[path] = nil
        }
    }

    func exists(_ path: String) -> Bool {
        lock.withLock {
            if nodes[path] != nil { return true }
            let (dir, file) = split(path)
            return nodes[dir].map { fileExists($0, file) } ?? false
        }
    }

    func read(dir: String, file: String) throws -> String {
        try lock.withLock {
            guard let node = nodes[dir] else { throw CgroupError(path: dir, operation: "read", errno: ENODEV) }
            switch file {
            case "cgroup.procs": return node.procs.map(String.init).joined(separator: "\n") + (node.procs.isEmpty ? "" : "\n")
            case "cgroup.controllers": return node.controllers.sorted().joined(separator: " ") + "\n"
            case "cgroup.subtree_control": return node.subtreeControl.sorted().joined(separator: " ") + "\n"
            case "memory.events": return node.values[file] ?? "low 0\nhigh 0\nmax 0\noom 0\noom_kill 0\n"
            case "pids.events": return node.values[file] ?? "max 0\n"
            case "cpu.stat": return node.values[file] ?? "usage_usec 0\nuser_usec 0\nsystem_usec 0\n"
            case "memory.peak": return node.values[file] ?? "0\n"
            default: return node.values[file] ?? "max\n"
            }
        }
    }

    func write(dir: String, file: String, value: String) throws {
        try lock.withLock {
            guard let node = nodes[dir] else { throw CgroupError(path: dir, operation: "write", errno: ENODEV) }
            let isRoot = dir == root
            writes.append("\(dir)/\(file)=\(value)")
            switch file {
            case "cgroup.subtree_control":
                for token in value.split(separator: " ") {
                    let name = String(token.dropFirst())
                    guard node.controllers.contains(name) else { throw CgroupError(path: dir, operation: "enable \(name)", errno: ENOENT) }
                    if token.hasPrefix("+") {
                        guard isRoot || node.procs.isEmpty else { throw CgroupError(path: dir, operation: "enable \(name) (internal process)", errno: EBUSY) }
                        node.subtreeControl.insert(name)
                    } else {
                        node.subtreeControl.remove(name)
                    }
                }
            case "cgroup.procs":
                guard let pid = Int32(value.trimmingCharacters(in: .whitespacesAndNewlines)) else { throw CgroupError(path: dir, operation: "write", errno: EINVAL) }
                guard isRoot || node.subtreeControl.isEmpty else { throw CgroupError(path: dir, operation: "attach (internal process)", errno: EBUSY) }
                for other in nodes.values { other.procs.removeAll { $0 == pid } }
                node.procs.append(pid)
            case "cgroup.kill":
                node.procs.removeAll()
            default:
                node.values[file] = value
            }
        }
    }

    /// Test hook: what the kernel would report after a run.
    func setCounter(_ dir: String, _ file: String, _ text: String) {
        lock.withLock { nodes[dir]?.values[file] = text }
    }
}

final class FakeFile: CgroupFile, @unchecked Sendable {
    let fs: FakeCgroupV2
    let dir: String
    let file: String
    init(fs: FakeCgroupV2, dir: String, file: String) {
        self.fs = fs
        self.dir = dir
        self.file = file
    }
    func read() throws -> String { try fs.read(dir: dir, file: file) }
    func write(_ value: String) throws { try fs.write(dir: dir, file: file, value: value) }
}
