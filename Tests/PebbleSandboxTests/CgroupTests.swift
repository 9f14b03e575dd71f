import Foundation
@testable import PebbleSandbox
import Testing

@Suite("cgroup layout and v2 against a rule-enforcing fake")
struct CgroupTests {
    @Test func hybridV1HostUsesV1Controllers() {
        let mountinfo = """
            30 25 0:26 / /sys/fs/cgroup rw - tmpfs tmpfs rw,mode=755
            31 30 0:27 / /sys/fs/cgroup/memory rw,relatime - cgroup cgroup rw,memory
            32 30 0:28 / /sys/fs/cgroup/pids rw,relatime - cgroup cgroup rw,pids
            33 30 0:29 / /sys/fs/cgroup/cpuacct rw,relatime - cgroup cgroup rw,cpuacct
            34 30 0:30 / /sys/fs/cgroup/unified rw,relatime - cgroup2 cgroup2 rw
            """
        let own = "8:pids:/\n4:memory:/process_api/abc\n2:cpuacct:/\n0::/\n"
        let layout = CgroupLayout.parse(mountinfo: mountinfo, selfCgroup: own)
        #expect(layout.version == .v1)
        #expect(layout.v1Directories["memory"] == "/sys/fs/cgroup/memory/process_api/abc")
        #expect(layout.v1Directories["pids"] == "/sys/fs/cgroup/pids")
        #expect(layout.v1Directories["cpuacct"] == "/sys/fs/cgroup/cpuacct")
    }

    @Test func combinedCpuCpuacctMountAndNamespaceRoot() {
        // cpu,cpuacct share a hierarchy; the memory mount shows only a subtree (container view).
        let mountinfo = """
            31 30 0:27 /docker/x /sys/fs/cgroup/memory rw - cgroup cgroup rw,memory
            33 30 0:29 / /sys/fs/cgroup/cpu,cpuacct rw - cgroup cgroup rw,cpu,cpuacct
            """
        let own = "4:memory:/docker/x/job\n2:cpu,cpuacct:/svc\n"
        let layout = CgroupLayout.parse(mountinfo: mountinfo, selfCgroup: own)
        #expect(layout.v1Directories["memory"] == "/sys/fs/cgroup/memory/job")
        #expect(layout.v1Directories["cpuacct"] == "/sys/fs/cgroup/cpu,cpuacct/svc")
        #expect(layout.v1Directories["pids"] == nil)
    }

    @Test func pureV2HostFindsItsOwnCgroup() {
        let mountinfo = "29 24 0:25 / /sys/fs/cgroup rw,nosuid - cgroup2 cgroup2 rw,nsdelegate\n"
        let layout = CgroupLayout.parse(mountinfo: mountinfo, selfCgroup: "0::/system.slice/pebble-judged.service\n")
        #expect(layout.v2Directory == "/sys/fs/cgroup/system.slice/pebble-judged.service")
        #expect(layout.v1Directories.isEmpty)
    }

    @Test func v2DaemonMovesItselfIntoALeafBeforeEnablingControllers() throws {
        let own = "/fake/cgroup/pebble.service"
        let fs = FakeCgroupV2(procs: [1])
        fs.addCgroup(own, procs: [4242], controllers: ["memory", "pids", "cpu"])
        let tree = try CgroupV2Tree(own: own, name: "pebble-4242-1", pid: 4242, files: fs)
        #expect(fs.node(own)?.procs.isEmpty == true)
        #expect(fs.node(own + "/daemon")?.procs == [4242])
        #expect(fs.node(own)?.subtreeControl == ["memory", "pids", "cpu"])
        #expect(fs.node(own + "/pebble-4242-1")?.subtreeControl == ["memory", "pids", "cpu"])

        let box = try tree.makeBox(named: "box-60000")
        let dir = own + "/pebble-4242-1/box-60000"
        #expect(box.procsPaths == [dir + "/cgroup.procs"])
        #expect(box.cpuCounter.key == "usage_usec" && box.cpuCounter.nanosecondsPerUnit == 1000)
        #expect(fs.node(dir)?.values["memory.swap.max"] == "0")

        let limits = Limits(memoryBytes: 64 << 20, pids: 16)
        fs.setCounter(dir, "memory.events", "max 2\noom 1\noom_kill 1\n")
        let baseline = try box.prepareRun(limits: limits)
        #expect(fs.node(dir)?.values["memory.max"] == String(64 << 20))
        #expect(fs.node(dir)?.values["pids.max"] == "16")
        #expect(fs.node(dir)?.values["memory.peak"] == "reset")

        // Counters that never reset are read as deltas.
        fs.setCounter(dir, "memory.events", "max 7\noom 2\noom_kill 2\n")
        fs.setCounter(dir, "memory.peak", "67108864\n")
        fs.setCounter(dir, "pids.events", "max 3\n")
        let outcome = try box.collect(since: baseline, limits: limits)
        #expect(outcome.memory.oomKills == 1)
        #expect(outcome.memory.limitFailures == 5)
        #expect(outcome.memory.peakBytes == 64 << 20)
        #expect(outcome.pidsLimitEvents == 3)

        // Limits unchanged: no rewrite on the next run.
        let before = fs.writes.count
        _ = try box.prepareRun(limits: limits)
        #expect(fs.writes[before...].allSatisfy { !$0.contains("memory.max") && !$0.contains("pids.max") })

        fs.setCounter(dir, "cgroup.procs", "")
        try box.remove()
        #expect(fs.node(dir) == nil)
        try tree.remove()
        #expect(fs.node(own + "/pebble-4242-1") == nil)
    }

    @Test func v2RefusesToMoveOtherProcesses() throws {
        let own = "/fake/cgroup/shared"
        let fs = FakeCgroupV2(procs: [1])
        fs.addCgroup(own, procs: [4242, 999], controllers: ["memory", "pids"])
        #expect(throws: CgroupError.self) { try CgroupV2Tree(own: own, name: "p", pid: 4242, files: fs) }
        #expect(fs.node(own)?.procs == [4242, 999])
    }

    @Test func v2WithoutTheMemoryControllerSaysSo() throws {
        let own = "/fake/cgroup/nomem"
        let fs = FakeCgroupV2(procs: [1])
        fs.addCgroup(own, procs: [], controllers: ["pids"])
        #expect(throws: CgroupError.self) { try CgroupV2Tree(own: own, name: "p", pid: 4242, files: fs) }
    }

    @Test func fakeEnforcesTheNoInternalProcessRule() throws {
        let fs = FakeCgroupV2(procs: [1])
        fs.addCgroup("/fake/cgroup/a", procs: [5], controllers: ["memory"])
        #expect(throws: CgroupError.self) { try fs.write("/fake/cgroup/a/cgroup.subtree_control", "+memory") }
        try fs.makeDirectory("/fake/cgroup/b")
        #expect(throws: CgroupError.self) { try fs.write("/fake/cgroup/b/cgroup.subtree_control", "+memory") }
    }
}

@Suite("Crash leftovers")
struct StaleInstanceTests {
    @Test func aNewSandboxRemovesWhatADeadOneLeft() throws {
        // What a daemon killed with -9 leaves: its lock file (unlocked now), state directory and cgroups.
        let layout = CgroupLayout.detect()
        try #require(layout.version != nil)
        let state = TestSandbox.stateRoot + "/sandbox"
        let name = "pebble-999999999-7"
        try FileManager.default.createDirectory(atPath: state + "/" + name + "/root", withIntermediateDirectories: true)
        #expect(FileManager.default.createFile(atPath: state + "/" + name + ".lock", contents: nil))
        var cgroups: [String] = []
        for parent in layout.v1Directories.values + [layout.v2Directory].compactMap({ $0 }) where layout.version == .v1 || parent == layout.v2Directory {
            let dir = parent + "/" + name + "/box-60999"
            if mkdir(parent + "/" + name, 0o755) == 0, mkdir(dir, 0o755) == 0 { cgroups.append(dir) }
        }
        #expect(!cgroups.isEmpty)
        let sandbox = try TestSandbox.make()
        for dir in cgroups {
            #expect(access(dir, F_OK) != 0, "stale cgroup kept: \(dir)")
            #expect(access((dir as NSString).deletingLastPathComponent, F_OK) != 0)
        }
        #expect(access(state + "/" + name, F_OK) != 0 && access(state + "/" + name + ".lock", F_OK) != 0)
        sandbox.shutdown()
        try TestSandbox.expectNothingLeft(by: sandbox)
    }
}
