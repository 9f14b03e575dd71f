import Foundation

/// A box uid held exclusively by this process: an flock on `<lockDirectory>/<uid>`. The kernel
/// drops the lock if the process dies, so a crashed daemon never strands a uid.
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
            let fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
            guard fd >= 0 else { continue }
            if flock(fd, LOCK_EX | LOCK_NB) == 0 {
                // The file may have been unlinked by its last holder between our open and flock.
                var held = stat(), named = stat()
                if fstat(fd, &held) == 0, stat(path, &named) == 0, held.st_ino == named.st_ino {
                    return UidLease(uid: uid, fd: fd, path: path)
                }
            }
            close(fd)
        }
        throw SandboxError.busy("no free box uid in \(first)..<\(first + count) (all leased in \(directory))")
    }

    func release() {
        unlink(path)
        close(fd)
    }
}
