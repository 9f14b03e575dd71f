import Foundation

/// Where this process sits in the host's cgroup hierarchies, read from /proc/self/mountinfo and
/// /proc/self/cgroup. Boxes are created only below these directories, never anywhere else.
public struct CgroupLayout: Sendable, Equatable {
    public var version: CgroupVersion?
    /// v1: the process's own cgroup directory for each controller that is mounted.
    public var v1Directories: [String: String]
    /// v2: the process's own cgroup directory in the unified hierarchy.
    public var v2Directory: String?

    /// Controllers a v1 box uses; memory and cpuacct are required, pids is used when mounted.
    public static let v1Controllers = ["memory", "pids", "cpuacct"]

    public static func detect() -> CgroupLayout {
        let mountinfo = (try? String(contentsOfFile: "/proc/self/mountinfo", encoding: .utf8)) ?? ""
        let own = (try? String(contentsOfFile: "/proc/self/cgroup", encoding: .utf8)) ?? ""
        return parse(mountinfo: mountinfo, selfCgroup: own)
    }

    public static func parse(mountinfo: String, selfCgroup: String) -> CgroupLayout {
        struct Mount { var point: String; var root: String; var controllers: Set<String>; var v2: Bool }
        var mounts: [Mount] = []
        for line in mountinfo.split(separator: "\n") {
            let halves = line.components(separatedBy: " - ")
            guard halves.count == 2 else { continue }
            let left = halves[0].split(separator: " ").map(String.init)
            let right = halves[1].split(separator: " ").map(String.init)
            guard left.count >= 5, right.count >= 3 else { continue }
            let fstype = right[0]
            guard fstype == "cgroup" || fstype == "cgroup2" else { continue }
            let options = Set(right[2].split(separator: ",").map(String.init))
            mounts.append(Mount(point: unescape(left[4]), root: unescape(left[3]),
                                controllers: options, v2: fstype == "cgroup2"))
        }
        var ownV1: [String: String] = [:]
        var ownV2: String?
        for line in selfCgroup.split(separator: "\n") {
            let parts = line.split(separator: ":", maxSplits: 2, omittingEmptySubsequences: false).map(String.init)
            guard parts.count == 3 else { continue }
            if parts[0] == "0" && parts[1].isEmpty { ownV2 = parts[2]; continue }
            for c in parts[1].split(separator: ",") { ownV1[String(c)] = parts[2] }
        }
        func join(_ m: Mount, _ own: String) -> String {
            var rel = own
            if m.root != "/" && rel.hasPrefix(m.root) { rel = String(rel.dropFirst(m.root.count)) }
            if rel == "/" || rel.isEmpty { return m.point }
            return m.point + (rel.hasPrefix("/") ? rel : "/" + rel)
        }
        var v1: [String: String] = [:]
        for controller in v1Controllers {
            if let m = mounts.first(where: { !$0.v2 && $0.controllers.contains(controller) }),
               let own = ownV1[controller] {
                v1[controller] = join(m, own)
            }
        }
        var v2: String?
        if let m = mounts.first(where: { $0.v2 }), let own = ownV2 { v2 = join(m, own) }
        let version: CgroupVersion?
        if v1["memory"] != nil && v1["cpuacct"] != nil {
            version = .v1
        } else if let dir = v2, let controllers = try? String(contentsOfFile: dir + "/cgroup.controllers", encoding: .utf8),
                  controllers.contains("memory") {
            version = .v2
        } else {
            version = nil
        }
        return CgroupLayout(version: version, v1Directories: v1, v2Directory: v2)
    }

    /// mountinfo escapes spaces and a few other bytes as \ooo (octal).
    private static func unescape(_ s: String) -> String {
        guard s.contains("\\") else { return s }
        let u = Array(s.utf8)
        var out: [UInt8] = []
        var i = 0
        while i < u.count {
            if u[i] == UInt8(ascii: "\\"), i + 3 < u.count,
               let code = UInt8(String(decoding: u[(i + 1)...(i + 3)], as: UTF8.self), radix: 8) {
                out.append(code)
                i += 4
            } else {
                out.append(u[i])
                i += 1
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}
