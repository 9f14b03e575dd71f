import CPebbleKernel
import Foundation

/// One sandbox instance: its cgroup subtree, its state directory, and the boxes it made. The
/// daemon has one; `pebble exec` makes one for a single run. `shutdown()` removes everything
/// it created: boxes (and their processes), cgroups, directories.
public final class Sandbox: @unchecked Sendable {
    public let configuration: SandboxConfiguration
    public let cgroups: (any CgroupTree)?
    /// Guarantees this host cannot give, in plain words (also shown by `pebble doctor`).
    public let degraded: [String]
    let boxInitPath: String
    let instanceDirectory: String
    let rootMountPoint: String
    private let instanceLock: Int32
    private let lock = NSLock()
    private var boxes: [ObjectIdentifier: Box] = [:]
    private var leases: [UInt32: UidLease] = [:]
    private var isShutDown = false
    private var everLeased: Set<UInt32> = []
    /// Every uid this instance has given a box (for leak checks).
    var madeUids: Set<UInt32> { lock.withLock { everLeased } }
    nonisolated(unsafe) private static var counter = 0
    private static let counterLock = NSLock()

    public init(configuration: SandboxConfiguration = SandboxConfiguration()) throws {
        self.configuration = configuration
        guard let path = configuration.boxInitCandidates().first(where: { access($0, X_OK) == 0 }) else {
            throw SandboxError.helperNotFound(configuration.boxInitCandidates())
        }
        boxInitPath = path
        _ = pb_become_subreaper()
        let n = Self.counterLock.withLock { Self.counter += 1; return Self.counter }
        let name = "pebble-\(getpid())-\(n)"
        instanceDirectory = configuration.stateDirectory + "/" + name
        rootMountPoint = instanceDirectory + "/root"
        try FileManager.default.createDirectory(atPath: rootMountPoint, withIntermediateDirectories: true)
        guard let lockFD = FileLock.acquire(instanceDirectory + ".lock") else {
            throw SandboxError.system("lock \(instanceDirectory).lock", errno: errno)
        }
        instanceLock = lockFD
        var notes: [String] = []
        let layout = CgroupLayout.detect()
        StaleInstances.sweep(stateDirectory: configuration.stateDirectory, layout: layout)
        var tree: (any CgroupTree)?
        do {
            switch layout.version {
            case .v1: tree = try CgroupV1Tree(layout: layout, name: name)
            case .v2: tree = try CgroupV2Tree(own: layout.v2Directory!, name: name)
            case nil: notes.append("no usable cgroup hierarchy: no memory cap, CPU counted by rusage, no pids cap")
            }
        } catch {
            notes.append("cannot create cgroups (\(error)): no memory cap, CPU counted by rusage, pids capped by RLIMIT_NPROC only")
        }
        cgroups = tree
        if configuration.rootless {
            notes.append("rootless: every box runs as your own uid inside a user namespace (boxes are still apart by pid, mount, ipc and net namespaces)")
        }
        degraded = notes
    }

    /// Builds a new box with a uid of its own.
    public func makeBox() throws -> Box {
        let lease: UidLease
        if configuration.rootless {
            lease = try lock.withLock {
                try UidLease.acquire(in: configuration.lockDirectory, first: configuration.firstUid,
                                     count: configuration.uidCount, skip: Set(leases.keys))
            }
        } else {
            lease = try UidLease.acquire(in: configuration.lockDirectory, first: configuration.firstUid,
                                         count: configuration.uidCount, skip: lock.withLock { Set(leases.keys) })
        }
        lock.withLock {
            leases[lease.uid] = lease
            everLeased.insert(lease.uid)
        }
        var cgroup: (any BoxCgroup)?
        do {
            cgroup = try cgroups?.makeBox(named: "box-\(lease.uid)")
            let options = BoxInitProcess.Options(
                executable: boxInitPath, uid: lease.uid, gid: lease.uid, rootMountPoint: rootMountPoint,
                boxKB: configuration.boxKB, tmpKB: configuration.tmpKB, shmKB: configuration.shmKB,
                binds: configuration.binds, rootless: configuration.rootless)
            let process = try BoxInitProcess(options: options, cgroup: cgroup)
            let uid = lease.uid
            let box = Box(process: process, uid: uid, gid: uid, cgroup: cgroup,
                          degraded: degraded + process.degraded) { [weak self] in self?.forget(uid: uid) }
            lock.withLock { boxes[ObjectIdentifier(box)] = box }
            return box
        } catch {
            try? cgroup?.remove()
            forget(uid: lease.uid)
            throw error
        }
    }

    private func forget(uid: UInt32) {
        lock.withLock {
            leases.removeValue(forKey: uid)?.release()
            boxes = boxes.filter { $0.value.uid != uid }
        }
    }

    /// Closes every box and removes the cgroups and directories this instance created.
    public func shutdown() {
        let open: [Box]? = lock.withLock {
            guard !isShutDown else { return nil }
            isShutDown = true
            return Array(boxes.values)
        }
        guard let open else { return }
        for box in open { box.close() }
        try? cgroups?.remove()
        rmdir(rootMountPoint)
        rmdir(instanceDirectory)
        FileLock.release(instanceLock, path: instanceDirectory + ".lock")
    }

    /// What this instance made that still exists — after `shutdown` there must be nothing: its
    /// cgroups, its state directory, mounts below it, processes running as uids it gave boxes.
    public func leftovers() -> [String] {
        var left: [String] = []
        for path in cgroups?.instancePaths ?? [] where access(path, F_OK) == 0 { left.append("cgroup \(path)") }
        if access(instanceDirectory, F_OK) == 0 { left.append("state directory \(instanceDirectory)") }
        let mounts = (try? String(contentsOfFile: "/proc/self/mountinfo", encoding: .utf8)) ?? ""
        if mounts.contains(instanceDirectory) { left.append("a mount under \(instanceDirectory)") }
        let uids = configuration.firstUid..<(configuration.firstUid + configuration.uidCount)
        let made = madeUids
        for p in HostProcesses.owned(byUidIn: uids) where made.contains(p.uid) {
            // The uid may have gone to another sandbox since (its lease is held): then it is theirs.
            guard let fd = FileLock.acquire(configuration.lockDirectory + "/\(p.uid)") else { continue }
            FileLock.release(fd, path: configuration.lockDirectory + "/\(p.uid)")
            left.append("process \(p)")
        }
        return left
    }

    deinit { shutdown() }
}
