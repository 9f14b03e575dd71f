import Foundation

/// A box uid held exclusively by this process: a `FileLock` on `<lockDirectory>/<uid>`.
final class UidLease: @unchecked Sendable {
    let uid: UInt32
    private let fd: Int32
    private let path: String

    private init(uid: UInt32, fd: Int32, path: String) {
        self.uid = uid
        self.fd = fd
        self.path = path
    }

    static func acquire(in directory: String, first: UInt32, count: UInt32, skip: Set<UInt32>) throws -> UidLease {
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        for uid in first..<(first + count) where !skip.contains(uid) {
            let path = directory + "/\(uid)"
            if let fd = FileLock.acquire(path) { return UidLease(uid: uid, fd: fd, path: path) }
        }
        throw SandboxError.busy("no free box uid in \(first)..<\(first + count) (all leased in \(directory))")
    }

    func release() { FileLock.release(fd, path: path) }
}
