import Foundation

/// An exclusive, non-blocking flock on a file, created if missing. The kernel drops it when the
/// process dies, so a crashed holder never strands what the lock stands for. Holders unlink the
/// file when they let go, so the lock is only ours if the path still names the inode we locked.
enum FileLock {
    static func acquire(_ path: String) -> Int32? {
        let fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
        guard fd >= 0 else { return nil }
        var held = stat(), named = stat()
        if flock(fd, LOCK_EX | LOCK_NB) == 0, fstat(fd, &held) == 0, stat(path, &named) == 0,
           held.st_ino == named.st_ino {
            return fd
        }
        close(fd)
        return nil
    }

    /// Unlinks first, so nobody who opens the path afterwards sees our (soon free) lock.
    static func release(_ fd: Int32, path: String) {
        unlink(path)
        close(fd)
    }
}
