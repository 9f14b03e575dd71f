import PebbleOps
import ArgumentParser
import Foundation
import PebbleLanguages
import PebbleSandbox

/// `pebble doctor`: can this host run boxes safely? Exits non-zero when it cannot.
struct Doctor: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Check this host and say what is missing.")

    @Flag(name: .customLong("json"), help: "Print one JSON object.") var json = false

    func run() throws {
        var findings = HostCheck.run()
        let failed = findings.contains { $0.level == .fail }
        // A language that is missing here is a warning: the others still run.
        let catalog = ToolchainCatalog.load(directory: ShippedData.directory("Toolchains"))
        for e in catalog.entries {
            switch e.state {
            case let .available(version): findings.append(HostFinding(check: "language", level: .ok, detail: "\(e.id): \(version)"))
            case let .unavailable(reason): findings.append(HostFinding(check: "language", level: .warn, detail: "\(e.id) unavailable: \(reason)"))
            case let .invalid(reason): findings.append(HostFinding(check: "language", level: .warn, detail: "\(e.id) invalid: \(reason)"))
            }
        }
        if json {
            let object: [String: Any] = [
                "ok": !failed,
                "checks": findings.map { ["check": $0.check, "level": $0.level.rawValue, "detail": $0.detail] },
            ]
            let data = try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes])
            print(String(decoding: data, as: UTF8.self))
        } else {
            for f in findings {
                let mark = switch f.level { case .ok: "ok  "; case .warn: "WARN"; case .fail: "FAIL" }
                print("\(mark)  \(f.check.padding(toLength: 11, withPad: " ", startingAt: 0)) \(f.detail)")
            }
            print(failed ? "\nThe daemon could not run safely on this host: fix the FAIL lines above." : "\nThis host can run pebble-judged.")
        }
        if failed { throw ExitCode(1) }
    }
}
