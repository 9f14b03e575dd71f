import Foundation

/// Processes on the host, as this pid namespace sees them (for leak checks: by uid, never by name).
public enum HostProcesses {
    public struct Entry: Sendable, CustomStringConvertible {
        public var pid: Int32
        public var uid: UInt32
        public var name: String
        public var description: String { "\(pid)(\(name), uid \(uid))" }
    }

    public static func owned(byUidIn range: Range<UInt32>) -> [Entry] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []
        return names.compactMap { name -> Entry? in
            guard let pid = Int32(name),
                  let status = try? String(contentsOfFile: "/proc/\(name)/status", encoding: .utf8) else { return nil }
            var uid: UInt32?
            var comm = ""
            for line in status.split(separator: "\n") {
                if line.hasPrefix("Uid:") { uid = line.split(separator: "\t").dropFirst().first.flatMap { UInt32($0) } }
                if line.hasPrefix("Name:") { comm = String(line.dropFirst(5)).trimmingCharacters(in: .whitespaces) }
            }
            guard let uid, range.contains(uid) else { return nil }
            return Entry(pid: pid, uid: uid, name: comm)
        }
    }
}
