import Foundation

/// One open cgroup interface file. Kept open for a box's life: a run then costs a pread or a
/// pwrite per counter, and v2's memory.peak resets per open file, so it must stay open anyway.
public protocol CgroupFile: AnyObject, Sendable {
    func read() throws -> String
    func write(_ value: String) throws
}

/// The cgroup file system, behind a protocol so the v2 logic can be tested against a fake that
/// enforces v2's rules on a machine that only has v1.
public protocol CgroupFiles: Sendable {
    func open(_ path: String) throws -> any CgroupFile
    func makeDirectory(_ path: String) throws
    func removeDirectory(_ path: String) throws
    func exists(_ path: String) -> Bool
}

extension CgroupFiles {
    func read(_ path: String) throws -> String { try open(path).read() }
    func write(_ path: String, _ value: String) throws { try open(path).write(value) }
}

public struct CgroupError: Error, CustomStringConvertible, Sendable {
    public var path: String
    public var operation: String
    public var errno: Int32
    public var description: String {
        "cgroup \(operation) \(path): \(String(cString: strerror(errno)))"
    }
}

/// The real cgroupfs.
public struct HostCgroupFiles: CgroupFiles {
    public init() {}

    public func open(_ path: String) throws -> any CgroupFile {
        let fd = Foundation.open(path, O_RDWR | O_CLOEXEC)
        if fd >= 0 { return HostCgroupFile(fd: fd, path: path) }
        // Read-only files (counters) refuse O_RDWR.
        let ro = Foundation.open(path, O_RDONLY | O_CLOEXEC)
        guard ro >= 0 else { throw CgroupError(path: path, operation: "open", errno: errno) }
        return HostCgroupFile(fd: ro, path: path)
    }

    public func makeDirectory(_ path: String) throws {
        if mkdir(path, 0o755) != 0 && errno != EEXIST {
            throw CgroupError(path: path, operation: "mkdir", errno: errno)
        }
    }

    public func removeDirectory(_ path: String) throws {
        if rmdir(path) != 0 && errno != ENOENT {
            throw CgroupError(path: path, operation: "rmdir", errno: errno)
        }
    }

    public func exists(_ path: String) -> Bool { access(path, F_OK) == 0 }
}

final class HostCgroupFile: CgroupFile {
    let fd: Int32
    let path: String

    init(fd: Int32, path: String) {
        self.fd = fd
        self.path = path
    }

    deinit { close(fd) }

    func read() throws -> String {
        var buffer = [UInt8](repeating: 0, count: 4096)
        let n = buffer.withUnsafeMutableBytes { pread(fd, $0.baseAddress, $0.count, 0) }
        guard n >= 0 else { throw CgroupError(path: path, operation: "read", errno: errno) }
        return String(decoding: buffer[0..<n], as: UTF8.self)
    }

    func write(_ value: String) throws {
        let bytes = Array(value.utf8)
        let n = bytes.withUnsafeBytes { pwrite(fd, $0.baseAddress, $0.count, 0) }
        guard n == bytes.count else { throw CgroupError(path: path, operation: "write '\(value)' to", errno: errno) }
    }
}

/// Parsing helpers for the kernel's formats.
enum CgroupText {
    /// "key value" lines (memory.events, pids.events, cpu.stat, v1 memory.oom_control).
    static func keyed(_ text: String, _ key: String) -> UInt64 {
        for line in text.split(separator: "\n") {
            let parts = line.split(separator: " ")
            if parts.count == 2, parts[0] == key { return UInt64(parts[1]) ?? 0 }
        }
        return 0
    }

    static func number(_ text: String) -> UInt64 {
        UInt64(text.trimmingCharacters(in: .whitespacesAndNewlines)) ?? 0
    }
}
