import Foundation
import PebbleSandbox

/// How a run report is printed: for people, and as the JSON object scripts read.
enum ReportText {
    static func json(_ r: RunReport) -> String {
        encode(object(r))
    }

    static func encode(_ object: Any) -> String {
        let data = try! JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes])
        return String(decoding: data, as: UTF8.self)
    }

    static func object(_ r: RunReport) -> [String: Any] {
        var object: [String: Any] = [
            "status": r.status.rawValue, "exitCode": r.exitCode as Any? ?? NSNull(),
            "signal": r.signal as Any? ?? NSNull(), "cpuMs": round(r.cpuMs * 1000) / 1000,
            "wallMs": round(r.wallMs * 1000) / 1000, "memoryKB": r.memoryKB,
            "stdoutTruncated": r.stdoutTruncated, "stderrTruncated": r.stderrTruncated,
            "limitHit": r.limitHit?.rawValue as Any? ?? NSNull(), "syscall": r.syscall as Any? ?? NSNull(),
            "message": r.message as Any? ?? NSNull(),
        ]
        for (key, data) in [("stdout", r.stdout), ("stderr", r.stderr)] {
            if let text = String(data: data, encoding: .utf8) {
                object[key] = text
            } else {
                object[key] = data.base64EncodedString()
                object[key + "Encoding"] = "base64"
            }
        }
        return object
    }

    static func human(_ r: RunReport) -> String {
        var lines: [String] = []
        var head = "status: \(r.status.rawValue)"
        if let hit = r.limitHit { head += " (\(hit.rawValue) limit)" }
        if let code = r.exitCode { head += ", exit code \(code)" }
        if let sig = r.signal { head += ", signal \(sig) (\(String(cString: strsignal(Int32(sig)))))" }
        lines.append(head)
        if let sc = r.syscall { lines.append("refused syscall: \(sc)") }
        lines.append(String(format: "cpu %.1f ms, wall %.1f ms, memory %llu KiB", r.cpuMs, r.wallMs, r.memoryKB))
        if let m = r.message { lines.append("note: \(m)") }
        for (name, data, cut) in [("stdout", r.stdout, r.stdoutTruncated), ("stderr", r.stderr, r.stderrTruncated)] where !data.isEmpty {
            lines.append("--- \(name)\(cut ? " (truncated)" : "") ---")
            lines.append(String(decoding: data.prefix(4096), as: UTF8.self) + (data.count > 4096 ? "\n[… \(data.count - 4096) more bytes]" : ""))
        }
        return lines.joined(separator: "\n")
    }
}
