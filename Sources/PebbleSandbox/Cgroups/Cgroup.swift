/// Which cgroup hierarchy the host uses for the controllers a box needs.
public enum CgroupVersion: String, Sendable, Codable {
    case v1, v2
}

/// Counters read when a run starts, so the end of the run can report deltas.
public struct CgroupBaseline: Sendable {
    var oomKills: UInt64
    var limitFailures: UInt64
    var pidsEvents: UInt64
    /// Memory already charged when the run starts (page cache of earlier runs in this box).
    var startBytes: UInt64 = 0
}

/// What a run's cgroup saw.
public struct CgroupOutcome: Sendable {
    public var memory: MemoryEvidence
    public var pidsLimitEvents: UInt64
    /// The run's own peak: the high-water mark above what was charged when it started.
    public var runPeakBytes: UInt64 { memory.peakBytes > startBytes ? memory.peakBytes - startBytes : 0 }
    var startBytes: UInt64 = 0
}

/// The cgroup(s) of one box, in every hierarchy that matters. Reused across runs: counters that
/// can be reset are reset before a run, the others are read as deltas.
public protocol BoxCgroup: AnyObject, Sendable {
    /// `cgroup.procs` of each hierarchy; the box's pid 1 writes each run's process into them.
    var procsPaths: [String] { get }
    /// The CPU counter pid 1 polls: a file, an optional "key value" key, and its unit.
    var cpuCounter: (path: String, key: String?, nanosecondsPerUnit: UInt64) { get }
    func prepareRun(limits: Limits) throws -> CgroupBaseline
    func collect(since baseline: CgroupBaseline, limits: Limits) throws -> CgroupOutcome
    /// SIGKILL every process still in the cgroup (normally none: pid 1 ends them first).
    func killAll() throws
    func remove() throws
}

/// The part of the host's cgroup tree one sandbox instance owns: a directory below the
/// process's own cgroup in each hierarchy, holding one cgroup per box.
public protocol CgroupTree: AnyObject, Sendable {
    var version: CgroupVersion { get }
    /// The instance's directories, so tests can prove nothing is left behind.
    var instancePaths: [String] { get }
    func makeBox(named name: String) throws -> any BoxCgroup
    func remove() throws
}
