import ArgumentParser
import Foundation
import PebbleClient
import PebbleJSON
import PebbleWire

/// `pebble status`: the daemon's queue, pools, callers and counters at a glance.
struct Status: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Show what pebble-judged is doing: queue, pools, callers, counters.")

    @Option(help: "The daemon's socket.") var socket = ProcessInfo.processInfo.environment["PEBBLE_SOCKET"] ?? PebbleClient.defaultSocket
    @Flag(help: "Print the status frame as JSON.") var json = false

    func run() throws {
        let s: Response
        do {
            s = try PebbleClient(socket: socket).status()
        } catch {
            print("pebble-judged is not reachable at \(socket): \(error)")
            throw ExitCode(2)
        }
        if json {
            print(JSONValue.object(s.fields).compactJSON)
            return
        }
        let q = s["queue"]
        print("pebble-judged \(s["version"]?.string ?? "?") (protocol \(s["protocol"]?.int ?? 0)), up \(Int(s["uptimeSec"]?.number ?? 0)) s")
        print("queue:       \(q?["running"]?.int ?? 0) running, \(q?["queued"]?.int ?? 0) queued (capacity \(q?["capacity"]?.int ?? 0)), concurrency \(s["concurrency"]?.int ?? 0)")
        print("connections: \(s["connections"]?.int ?? 0)")
        let m = s["memory"]
        print("memory:      daemon \((m?["rssKB"]?.int ?? 0) / 1024) MiB, \(m?["workers"]?.int ?? 0) pre-started workers \((m?["workersRssKB"]?.int ?? 0) / 1024) MiB")
        print("journal:     \(s["journal"]?["jobs"]?.int ?? 0) jobs; \(s["problems"]?.int ?? 0) problems")
        if let pools = s["pools"]?.object, !pools.isEmpty {
            print("pools:")
            for (language, stages) in pools.sorted(by: { $0.key < $1.key }) {
                for (stage, p) in (stages.object ?? [:]).sorted(by: { $0.key < $1.key }) {
                    let failure = p["failure"]?.string.map { "  failing: \($0)" } ?? ""
                    print("  \(language.padding(toLength: 11, withPad: " ", startingAt: 0)) \(stage.padding(toLength: 8, withPad: " ", startingAt: 0)) ready \(p["ready"]?.int ?? 0)/\(p["target"]?.int ?? 0)  hits \(p["hits"]?.int ?? 0)  misses \(p["misses"]?.int ?? 0)\(failure)")
                }
            }
        }
        if let callers = s["callers"]?.array, !callers.isEmpty {
            print("callers:")
            for c in callers { print("  uid \(c["uid"]?.int ?? 0): \(c["running"]?.int ?? 0) running, \(c["queued"]?.int ?? 0) queued") }
        }
        if let counters = s["counters"]?.object, !counters.isEmpty {
            print("jobs:        " + counters.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value.int ?? 0)" }.joined(separator: ", "))
        }
    }
}
