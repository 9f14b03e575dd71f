import CPebbleKernel
import Foundation

/// One finding of `pebble doctor`.
public struct HostFinding: Sendable, Codable, Equatable {
    public enum Level: String, Sendable, Codable { case ok, warn, fail }
    public var check: String
    public var level: Level
    public var detail: String

    public init(check: String, level: Level, detail: String) {
        self.check = check
        self.level = level
        self.detail = detail
    }
}

/// Checks whether this host can run boxes safely, and says plainly what is missing.
public enum HostCheck {
    /// The languages are checked by the toolchain catalog (`pebble doctor` adds them).
    public static func run(configuration: SandboxConfiguration = SandboxConfiguration()) -> [HostFinding] {
        var out: [HostFinding] = []
        func add(_ check: String, _ level: HostFinding.Level, _ detail: String) {
            out.append(HostFinding(check: check, level: level, detail: detail))
        }
        var u = utsname()
        uname(&u)
        let release = withUnsafeBytes(of: u.release) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
        let parts = release.split(whereSeparator: { !$0.isNumber }).compactMap { Int($0) }
        let version = (parts.first ?? 0, parts.count > 1 ? parts[1] : 0)
        if version >= (5, 11) {
            add("kernel", .ok, "Linux \(release)")
        } else {
            add("kernel", .fail, "Linux \(release): 5.11 or newer is needed (close_range, seccomp user notification, hidepid=invisible)")
        }

        if geteuid() == 0 {
            add("privileges", .ok, "running as root: a uid per box, cgroup limits")
        } else {
            add("privileges", .warn, "not root: rootless mode (one uid for every box, only delegated cgroups)")
        }

        let namespaces = ["pid", "mnt", "net", "ipc", "uts", "cgroup"] + (geteuid() == 0 ? [] : ["user"])
        let missing = namespaces.filter { access("/proc/self/ns/\($0)", F_OK) != 0 }
        add("namespaces", missing.isEmpty ? .ok : .fail,
            missing.isEmpty ? namespaces.joined(separator: ", ") + " available" : "missing: " + missing.joined(separator: ", "))

        if pb_probe_seccomp_notify() == 1 {
            add("seccomp", .ok, "filters with user notification (SV names the refused syscall)")
        } else {
            add("seccomp", .warn, "no seccomp user notification: refused syscalls kill the program, SV cannot name them")
        }

        let layout = CgroupLayout.detect()
        switch layout.version {
        case .v1:
            let dirs = CgroupLayout.v1Controllers.map { "\($0)=\(layout.v1Directories[$0] ?? "missing")" }
            add("cgroups", layout.v1Directories["pids"] == nil ? .warn : .ok,
                "cgroup v1 (" + dirs.joined(separator: ", ") + ")" + (layout.v1Directories["pids"] == nil ? "; no pids controller: fork bombs are capped by RLIMIT_NPROC only" : ""))
        case .v2:
            add("cgroups", .ok, "cgroup v2 at \(layout.v2Directory ?? "?")")
        case nil:
            add("cgroups", geteuid() == 0 ? .fail : .warn, "no usable cgroup hierarchy with the memory controller: no memory cap, no pids cap, CPU from rusage")
        }

        let passwd = (try? String(contentsOfFile: "/etc/passwd", encoding: .utf8)) ?? ""
        let range = configuration.firstUid..<(configuration.firstUid + configuration.uidCount)
        let clashes = passwd.split(separator: "\n").compactMap { line -> String? in
            let f = line.split(separator: ":", omittingEmptySubsequences: false)
            guard f.count > 2, let uid = UInt32(f[2]), range.contains(uid) else { return nil }
            return "\(f[0])(\(uid))"
        }
        add("uid range", clashes.isEmpty ? .ok : .fail,
            clashes.isEmpty ? "box uids \(range.lowerBound)–\(range.upperBound - 1) belong to no account"
                : "box uids overlap accounts: \(clashes.joined(separator: ", ")); choose another firstUid")

        if let helper = configuration.boxInitCandidates().first(where: { access($0, X_OK) == 0 }) {
            add("box init", .ok, helper)
        } else {
            add("box init", .fail, "pebble-box-init not found in " + configuration.boxInitCandidates().joined(separator: ", "))
        }

        // The real test: build a box and run a program in it.
        do {
            let sandbox = try Sandbox(configuration: configuration)
            defer { sandbox.shutdown() }
            let box = try sandbox.makeBox()
            defer { box.close() }
            let report = try box.run(RunSpec(command: ["/bin/true"], limits: Limits(cpuMs: 1000, wallMs: 5000)))
            if report.status == .ok {
                add("trial run", .ok, String(format: "/bin/true ran in a box in %.2f ms", report.wallMs))
            } else {
                add("trial run", .fail, "/bin/true in a box ended \(report.status.rawValue): \(report.message ?? "")")
            }
            for note in sandbox.degraded { add("guarantee", .warn, note) }
        } catch {
            add("trial run", .fail, "could not run a box: \(error)")
        }
        return out
    }
}
