import Foundation

/// cgroup v2 (what systemd hosts use): one unified tree. The daemon is handed its own subtree
/// (systemd `Delegate=yes`); because a cgroup with processes may not also give controllers to
/// children (the no-internal-process rule), it first moves itself into a leaf, `<own>/daemon`,
/// then enables memory and pids for `<own>` and creates `<own>/<instance>/<box>`.
public final class CgroupV2Tree: CgroupTree, @unchecked Sendable {
    public let version = CgroupVersion.v2
    public let instancePaths: [String]
    let instance: String
    let files: any CgroupFiles

    /// - Parameters:
    ///   - own: this process's cgroup directory (from /proc/self/cgroup).
    ///   - pid: this process; only it is ever moved, and only within its own subtree.
    public init(own: String, name: String, pid: Int32? = nil, files: any CgroupFiles = HostCgroupFiles()) throws {
        self.files = files
        let pid = pid ?? getpid()
        let procs = try files.read(own + "/cgroup.procs").split(separator: "\n").compactMap { Int32($0) }
        if !procs.isEmpty {
            let foreign = procs.filter { $0 != pid }
            // Other processes in our cgroup are not ours to move: say so instead of fighting them.
            guard foreign.isEmpty else {
                throw CgroupError(path: own, operation: "delegation check (other processes share the cgroup; run under a delegated cgroup, e.g. systemd Delegate=yes) for", errno: EBUSY)
            }
            try files.makeDirectory(own + "/daemon")
            try files.write(own + "/daemon/cgroup.procs", String(pid))
        }
        let available = Set(try files.read(own + "/cgroup.controllers").split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init))
        let wanted = ["memory", "pids", "cpu"].filter(available.contains)
        guard wanted.contains("memory") else {
            throw CgroupError(path: own, operation: "find the memory controller delegated to", errno: ENOENT)
        }
        let enable = wanted.map { "+" + $0 }.joined(separator: " ")
        try files.write(own + "/cgroup.subtree_control", enable)
        instance = own + "/" + name
        try files.makeDirectory(instance)
        try files.write(instance + "/cgroup.subtree_control", enable)
        instancePaths = [instance]
    }

    public func makeBox(named name: String) throws -> any BoxCgroup {
        try CgroupV2Box(directory: instance + "/" + name, files: files)
    }

    public func remove() throws {
        try files.removeDirectory(instance)
    }
}

final class CgroupV2Box: BoxCgroup, @unchecked Sendable {
    let directory: String
    let files: any CgroupFiles
    let procsPaths: [String]
    let cpuCounter: (path: String, key: String?, nanosecondsPerUnit: UInt64)
    private let memoryMax, swapMax, peak, events: any CgroupFile
    private let pidsMax, pidsEvents, current: (any CgroupFile)?
    private var currentMemory: UInt64?? = .none
    private var currentPids: UInt64?? = .none

    init(directory: String, files: any CgroupFiles) throws {
        self.directory = directory
        self.files = files
        try files.makeDirectory(directory)
        procsPaths = [directory + "/cgroup.procs"]
        cpuCounter = (directory + "/cpu.stat", "usage_usec", 1000)
        memoryMax = try files.open(directory + "/memory.max")
        swapMax = try files.open(directory + "/memory.swap.max")
        // memory.peak is reset per open file (Linux >= 6.12), so this handle lives with the box.
        peak = try files.open(directory + "/memory.peak")
        events = try files.open(directory + "/memory.events")
        pidsMax = files.exists(directory + "/pids.max") ? try files.open(directory + "/pids.max") : nil
        pidsEvents = files.exists(directory + "/pids.events") ? try files.open(directory + "/pids.events") : nil
        current = files.exists(directory + "/memory.current") ? try files.open(directory + "/memory.current") : nil
        try swapMax.write("0")
    }

    func prepareRun(limits: Limits) throws -> CgroupBaseline {
        if currentMemory != .some(limits.memoryBytes) {
            try memoryMax.write(limits.memoryBytes.map { String($0) } ?? "max")
            currentMemory = .some(limits.memoryBytes)
        }
        if let pidsMax, currentPids != .some(limits.pids) {
            try pidsMax.write(limits.pids.map { String($0) } ?? "max")
            currentPids = .some(limits.pids)
        }
        try peak.write("reset")
        let e = try events.read()
        return CgroupBaseline(oomKills: CgroupText.keyed(e, "oom_kill"),
                              limitFailures: CgroupText.keyed(e, "max"),
                              pidsEvents: CgroupText.keyed(try pidsEvents?.read() ?? "", "max"),
                              startBytes: CgroupText.number(try current?.read() ?? "0"))
    }

    func collect(since baseline: CgroupBaseline, limits: Limits) throws -> CgroupOutcome {
        let e = try events.read()
        return CgroupOutcome(
            memory: MemoryEvidence(
                oomKills: CgroupText.keyed(e, "oom_kill") &- baseline.oomKills,
                limitFailures: CgroupText.keyed(e, "max") &- baseline.limitFailures,
                peakBytes: CgroupText.number(try peak.read()), limitBytes: limits.memoryBytes),
            pidsLimitEvents: CgroupText.keyed(try pidsEvents?.read() ?? "", "max") &- baseline.pidsEvents,
            startBytes: baseline.startBytes)
    }

    func killAll() throws {
        // cgroup.kill (Linux >= 5.14) kills the whole subtree at once; otherwise kill by pid.
        if files.exists(directory + "/cgroup.kill") { try files.write(directory + "/cgroup.kill", "1") }
        try CgroupKill.untilEmpty(procsPaths: procsPaths, files: files)
    }

    func remove() throws {
        try killAll()
        try files.removeDirectory(directory)
    }
}
