import Foundation

/// A sandbox instance holds a `FileLock` on `<stateDirectory>/<name>.lock` for its whole life. After a
/// crash (or `kill -9`) the lock is free, and the next instance removes what the dead one left:
/// its empty cgroups and its state directory. Only ever `rmdir`: a cgroup that still has a
/// process is left alone, and no process is signalled.
enum StaleInstances {
    /// Removes instances of `stateDirectory` whose lock nobody holds.
    static func sweep(stateDirectory: String, layout: CgroupLayout) {
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: stateDirectory)) ?? []
        for entry in entries where entry.hasPrefix("pebble-") && entry.hasSuffix(".lock") {
            let name = String(entry.dropLast(5))
            guard let fd = FileLock.acquire(stateDirectory + "/" + entry) else { continue }
            var parents = Array(layout.v1Directories.values)
            if let v2 = layout.v2Directory { parents.append(v2) }
            for parent in parents {
                let instance = parent + "/" + name
                let boxes = (try? FileManager.default.contentsOfDirectory(atPath: instance)) ?? []
                for box in boxes where box.hasPrefix("box-") { rmdir(instance + "/" + box) }
                rmdir(instance)
            }
            rmdir(stateDirectory + "/" + name + "/root")
            rmdir(stateDirectory + "/" + name)
            FileLock.release(fd, path: stateDirectory + "/" + entry)
        }
    }
}
