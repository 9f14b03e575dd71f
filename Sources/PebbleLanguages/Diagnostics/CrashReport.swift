import Foundation
import PebbleSandbox

/// The line a crash reporter linked into native programs prints on a fatal signal
/// (`Toolchains/support/crash_report.c`): `<marker> <signal> <address>...`, addresses relative to
/// the executable. A symbolizer run in the same box turns them into the learner's file and line.
enum CrashReport {
    /// stderr without the reporter's line, and that line.
    static func split(_ stderr: Data, marker: String) -> (Data, String?) {
        let text = String(decoding: stderr, as: UTF8.self)
        guard text.contains(marker) else { return (stderr, nil) }
        var kept: [Substring] = []
        var found: String?
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if found == nil, line.hasPrefix(marker) {
                found = String(line)
                if kept.last?.isEmpty == true { kept.removeLast() } // the reporter's own line break
            } else {
                kept.append(line)
            }
        }
        return (Data(kept.joined(separator: "\n").utf8), found)
    }

    /// The innermost address that lies in the learner's source, with the signal said in words.
    static func locate(_ line: String, crash: CrashMapping, box: Box, environment: [String: String], parser: DiagnosticParser) -> Diagnostic? {
        let words = line.dropFirst(crash.marker.count).split(separator: " ").map(String.init)
        guard let signal = words.first.flatMap({ Int32($0) }), words.count > 1 else { return nil }
        let addresses = words.dropFirst().prefix(64).filter { $0.hasPrefix("0x") }
        let spec = RunSpec(command: crash.symbolizer + addresses, environment: environment,
                           limits: Limits(cpuMs: 5000, wallMs: 10000, memoryBytes: 512 << 20, pids: 16))
        guard let report = try? box.run(spec), report.status == .ok else { return nil }
        for entry in String(decoding: report.stdout, as: UTF8.self).split(separator: "\n") {
            // addr2line: "/box/main.cpp:12" or "/box/main.cpp:12 (discriminator 1)".
            let place = entry.split(separator: " ").first.map(String.init) ?? ""
            guard let colon = place.lastIndex(of: ":"), let number = Int(place[place.index(after: colon)...]), number > 0 else { continue }
            let file = DiagnosticParser.learnerName(String(place[..<colon]))
            if parser.isLearnerFile(file) {
                return Diagnostic(file: file, line: number, message: describe(signal: signal))
            }
        }
        return Diagnostic(file: nil, line: nil, message: describe(signal: signal))
    }

    static func describe(signal: Int32) -> String {
        switch signal {
        case SIGSEGV: "segmentation fault (SIGSEGV): an invalid memory access, or a stack overflow"
        case SIGFPE: "arithmetic error (SIGFPE): an integer division by zero or overflow"
        case SIGABRT: "aborted (SIGABRT): a failed assertion or an uncaught exception"
        case SIGILL: "illegal instruction (SIGILL): a runtime check failed (a trap)"
        case SIGTRAP: "trap (SIGTRAP): a runtime check failed"
        case SIGBUS: "bus error (SIGBUS): a misaligned or invalid memory access"
        default: "killed by signal \(signal)"
        }
    }
}
