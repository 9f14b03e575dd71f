import Foundation

/// cgroup v1: one directory per controller (memory, pids, cpuacct), each below this process's own
/// cgroup in that hierarchy.
public final class CgroupV1Tree: CgroupTree, @unchecked Sendable {
    public let version = CgroupVersion.v1
    public let instancePaths: [String]
    let directories: [String: String]
    let files: any CgroupFiles

    /// Creates `<own>/<name>` in each hierarchy.
    public init(layout: CgroupLayout, name: String, files: any CgroupFiles = HostCgroupFiles()) throws {
        self.files = files
        var dirs: [String: String] = [:]
        for (controller, own) in layout.v1Directories {
            let dir = own + "/" + name
            try files.makeDirectory(dir)
            dirs[controller] = dir
        }
        if let memory = dirs["memory"], files.exists(memory + "/memory.use_hierarchy") {
            try? files.write(memory + "/memory.use_hierarchy", "1")
        }
        directories = dirs
        instancePaths = dirs.values.sorted()
    }

    public func makeBox(named name: String) throws -> any BoxCgroup {
        try CgroupV1Box(directories: directories.mapValues { $0 + "/" + name }, files: files)
    }

    public func remove() throws {
        for path in instancePaths { try files.removeDirectory(path) }
    }
}

final class CgroupV1Box: BoxCgroup, @unchecked Sendable {
    let directories: [String: String]
    let files: any CgroupFiles
    let procsPaths: [String]
    let cpuCounter: (path: String, key: String?, nanosecondsPerUnit: UInt64)
    private let memoryLimit, memswLimit, maxUsage, memswMaxUsage, failcnt, memswFailcnt, oomControl: (any CgroupFile)?
    private let pidsMax, pidsEvents, usage: (any CgroupFile)?
    private var currentMemory: UInt64?? = .none
    private var currentPids: UInt64?? = .none

    init(directories: [String: String], files: any CgroupFiles) throws {
        self.directories = directories
        self.files = files
        for dir in directories.values { try files.makeDirectory(dir) }
        procsPaths = directories.values.sorted().map { $0 + "/cgroup.procs" }
        let cpu = directories["cpuacct"]!
        cpuCounter = (cpu + "/cpuacct.usage", nil, 1)
        func optional(_ controller: String, _ file: String) -> (any CgroupFile)? {
            guard let dir = directories[controller], files.exists(dir + "/" + file) else { return nil }
            return try? files.open(dir + "/" + file)
        }
        memoryLimit = optional("memory", "memory.limit_in_bytes")
        memswLimit = optional("memory", "memory.memsw.limit_in_bytes")
        maxUsage = optional("memory", "memory.max_usage_in_bytes")
        memswMaxUsage = optional("memory", "memory.memsw.max_usage_in_bytes")
        failcnt = optional("memory", "memory.failcnt")
        memswFailcnt = optional("memory", "memory.memsw.failcnt")
        oomControl = optional("memory", "memory.oom_control")
        pidsMax = optional("pids", "pids.max")
        pidsEvents = optional("pids", "pids.events")
        usage = optional("memory", "memory.memsw.usage_in_bytes") ?? optional("memory", "memory.usage_in_bytes")
        if memoryLimit == nil { throw CgroupError(path: directories["memory"] ?? "memory", operation: "find memory.limit_in_bytes in", errno: ENOENT) }
    }

    func prepareRun(limits: Limits) throws -> CgroupBaseline {
        if currentMemory != .some(limits.memoryBytes) {
            try setMemory(limits.memoryBytes)
            currentMemory = .some(limits.memoryBytes)
        }
        if let pidsMax, currentPids != .some(limits.pids) {
            try pidsMax.write(limits.pids.map { String($0) } ?? "max")
            currentPids = .some(limits.pids)
        }
        // v1 lets these be reset: the high-water marks restart from the current usage.
        for file in [maxUsage, memswMaxUsage, failcnt, memswFailcnt] { try file?.write("0") }
        return CgroupBaseline(
            oomKills: CgroupText.keyed(try oomControl?.read() ?? "", "oom_kill"),
            limitFailures: 0,
            pidsEvents: CgroupText.keyed(try pidsEvents?.read() ?? "", "max"),
            startBytes: CgroupText.number(try usage?.read() ?? "0"))
    }

    /// memsw (memory + swap) must never be below the memory limit, so the order of writes depends
    /// on the direction of the change.
    private func setMemory(_ bytes: UInt64?) throws {
        let value = bytes.map { String($0) } ?? "-1"
        let old = CgroupText.number(try memoryLimit?.read() ?? "0")
        if let memswLimit, bytes.map({ $0 >= old }) ?? true {
            try memswLimit.write(value)
            try memoryLimit?.write(value)
        } else {
            try memoryLimit?.write(value)
            try memswLimit?.write(value)
        }
    }

    func collect(since baseline: CgroupBaseline, limits: Limits) throws -> CgroupOutcome {
        let peak = CgroupText.number(try (memswMaxUsage ?? maxUsage)?.read() ?? "0")
        let failures = max(CgroupText.number(try failcnt?.read() ?? "0"),
                           CgroupText.number(try memswFailcnt?.read() ?? "0"))
        let oom = CgroupText.keyed(try oomControl?.read() ?? "", "oom_kill")
        let pids = CgroupText.keyed(try pidsEvents?.read() ?? "", "max")
        return CgroupOutcome(
            memory: MemoryEvidence(oomKills: oom &- baseline.oomKills, limitFailures: failures,
                                   peakBytes: peak, limitBytes: limits.memoryBytes),
            pidsLimitEvents: pids &- baseline.pidsEvents, startBytes: baseline.startBytes)
    }

    func killAll() throws {
        try CgroupKill.untilEmpty(procsPaths: procsPaths, files: files)
    }

    func remove() throws {
        try killAll()
        for dir in directories.values { try files.removeDirectory(dir) }
    }
}

/// Ends every process listed in a cgroup by pid, until the cgroup stays empty. Only processes of
/// the box's own cgroup are touched.
enum CgroupKill {
    static func untilEmpty(procsPaths: [String], files: any CgroupFiles) throws {
        for _ in 0..<100 {
            var any = false
            for path in procsPaths {
                for line in try files.read(path).split(separator: "\n") {
                    if let pid = Int32(line) { any = true; kill(pid, SIGKILL) }
                }
            }
            if !any { return }
            usleep(1000)
        }
    }
}
