import PebbleOps
import ArgumentParser
import Foundation
import PebbleLanguages

/// `pebble languages`: every toolchain file, whether it is usable here, and its warm pools.
struct Languages: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "List the languages, their versions and warm pools.")

    @Flag(name: .customLong("json"), help: "Print one JSON array.") var json = false

    func run() async throws {
        let catalog = ToolchainCatalog.load(directory: ShippedData.directory("Toolchains"))
        // Without a daemon no pool is running: each language shows the pools its file asks for, idle.
        let states = catalog.entries.map { e -> [String: Any] in
            var pools: [[String: Any]] = []
            if e.toolchain?.run.worker != nil { pools.append(["stage": "run", "state": "not running (no daemon)"]) }
            if e.toolchain?.compile?.worker != nil { pools.append(["stage": "compile", "state": "not running (no daemon)"]) }
            var reason: Any = NSNull()
            switch e.state {
            case let .unavailable(r), let .invalid(r): reason = r
            case .available: break
            }
            return ["id": e.id, "name": e.toolchain?.name ?? e.id, "version": e.version as Any? ?? NSNull(),
                    "available": e.isAvailable, "reason": reason, "extensions": e.toolchain?.extensions ?? [],
                    "compiled": e.toolchain?.compile != nil, "warmPools": pools]
        }
        if json {
            print(ReportText.encode(states))
            return
        }
        for (e, s) in zip(catalog.entries, states) {
            let mark = e.isAvailable ? "ok  " : (s["reason"] as? String)?.hasPrefix(e.id + ".yaml") == true || { if case .invalid = e.state { true } else { false } }() ? "BAD " : "--  "
            let detail = e.version ?? (s["reason"] as? String ?? "")
            let pools = (s["warmPools"] as? [[String: Any]] ?? []).compactMap { $0["stage"] as? String }
            let warm = pools.isEmpty ? "" : "  [warm: \(pools.joined(separator: ", "))]"
            print("\(mark) \(e.id.padding(toLength: 11, withPad: " ", startingAt: 0)) \((e.toolchain?.name ?? "").padding(toLength: 26, withPad: " ", startingAt: 0)) \(detail)\(warm)")
        }
    }
}
