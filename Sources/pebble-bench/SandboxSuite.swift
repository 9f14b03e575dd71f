import ArgumentParser
import CPebbleKernel
import Foundation
import PebbleSandbox

/// `pebble-bench sandbox`: what a run of /bin/true costs bare, in a fresh box and in a warm one,
/// the sustained rate with one and two callers, and what an idle box holds in memory.
struct SandboxSuite: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "sandbox", abstract: "Sandbox overhead against bare fork+exec+wait.")

    @Option(help: "Back-to-back warm runs for the rate measurements.") var runs = 200
    @Option(help: "Runs for each median (bare, cold, warm).") var samples = 100
    @Flag(help: "Print one JSON object.") var json = false

    func run() throws {
        let sandbox = try Sandbox()
        defer { sandbox.shutdown() }
        let spec = RunSpec(command: ["/bin/true"], limits: Limits(cpuMs: 1000, wallMs: 5000))

        // Interleave bare and warm samples so machine noise hits both alike.
        let box = try sandbox.makeBox()
        _ = try box.run(spec)
        var bare: [Double] = [], warm: [Double] = [], warmReset: [Double] = [], inside: [Double] = []
        for _ in 0..<samples {
            bare.append(Measure.ms { Self.bareTrue() })
            warm.append(try Measure.ms { inside.append(try box.run(spec).wallMs) })
            warmReset.append(try Measure.ms { _ = try box.run(spec); try box.reset() })
        }
        var cold: [Double] = []
        for _ in 0..<max(10, samples / 5) {
            cold.append(try Measure.ms {
                let fresh = try sandbox.makeBox()
                _ = try fresh.run(spec)
                fresh.close()
            })
        }

        let one = try Measure.ms { for _ in 0..<runs { _ = try box.run(spec) } }
        let second = try sandbox.makeBox()
        _ = try second.run(spec)
        let failures = Failures()
        let two = Measure.ms {
            let group = DispatchGroup()
            for b in [box, second] {
                group.enter()
                Thread {
                    for _ in 0..<(runs / 2) where (try? b.run(spec))?.status != .ok { failures.add() }
                    group.leave()
                }.start()
            }
            group.wait()
        }
        // Idle memory as a warm pool holds it: eight boxes, each having run once.
        let pool = try (0..<6).map { _ in try sandbox.makeBox() } + [box, second]
        for b in pool { _ = try b.run(spec) }
        let idle = Self.idleMemory(of: pool, sandbox: sandbox)
        for b in pool { b.close() }

        let bareMs = Measure.median(bare), warmMs = Measure.median(warm), coldMs = Measure.median(cold)
        let result: [String: Any] = [
            "bareMs": Measure.round3(bareMs), "coldMs": Measure.round3(coldMs), "warmMs": Measure.round3(warmMs),
            "warmForkToReapMs": Measure.round3(Measure.median(inside)),
            "warmWithResetMs": Measure.round3(Measure.median(warmReset)),
            "warmOverBare": Measure.round3(warmMs / bareMs), "coldOverBare": Measure.round3(coldMs / bareMs),
            "runsPerSecond1": Measure.round3(Double(runs) / one * 1000),
            "runsPerSecond2": Measure.round3(Double(runs / 2 * 2) / two * 1000),
            "idleBoxKB": idle, "failedRuns": failures.count, "samples": samples, "runs": runs,
            "cgroups": sandbox.cgroups?.version.rawValue ?? "none",
        ]
        if json {
            print(Measure.json(result))
            return
        }
        print("sandbox: /bin/true, medians of \(samples) (cold: \(cold.count)), cgroups \(result["cgroups"]!)")
        print(String(format: "  bare fork+exec+wait     %8.3f ms   1.00x", bareMs))
        print(String(format: "  warm box                %8.3f ms   %.2fx bare", warmMs, warmMs / bareMs))
        print(String(format: "    of which fork→reap    %8.3f ms   (measured by the box's pid 1)", Measure.median(inside)))
        print(String(format: "  warm box + reset        %8.3f ms   %.2fx bare", Measure.median(warmReset), Measure.median(warmReset) / bareMs))
        print(String(format: "  cold (fresh box)        %8.3f ms   %.2fx bare", coldMs, coldMs / bareMs))
        print(String(format: "  %d back-to-back runs:   %8.0f runs/s with one caller, %.0f runs/s with two", runs,
                     Double(runs) / one * 1000, Double(runs / 2 * 2) / two * 1000))
        print("  idle box memory         \(idle) KiB per box in a pool of 8 (PSS of pid 1 and launcher + cgroup charge)")
        if failures.count > 0 { print("  WARNING: \(failures.count) runs did not end OK") }
    }

    /// fork+exec+wait of /bin/true through the same posix_spawn path the daemon uses.
    static func bareTrue() {
        let pid = withCStrings(["/bin/true"]) { argv in
            withCStrings([]) { envp in pb_spawn("/bin/true", argv, envp, nil, nil, 0) }
        }
        var status: Int32 = 0
        waitpid(pid, &status, 0)
    }

    /// PSS of each box's two init processes plus what the kernel charges to its cgroup, averaged.
    static func idleMemory(of boxes: [Box], sandbox: Sandbox) -> Int {
        var total = 0
        for box in boxes {
            // pid 1 of the box and its launcher (the process that started pid 1 has exited).
            let inner = box.initPid
            for pid in [inner] + Self.children(of: inner) { total += Self.pssKB(pid) }
            if let path = sandbox.cgroups?.instancePaths.first(where: { $0.contains("/memory") }),
               let usage = try? String(contentsOfFile: path + "/box-\(box.uid)/memory.usage_in_bytes", encoding: .utf8),
               let bytes = Int(usage.trimmingCharacters(in: .whitespacesAndNewlines)) {
                total += bytes / 1024
            }
        }
        return total / max(boxes.count, 1)
    }

    static func pssKB(_ pid: Int32) -> Int {
        guard let text = try? String(contentsOfFile: "/proc/\(pid)/smaps_rollup", encoding: .utf8) else { return 0 }
        for line in text.split(separator: "\n") where line.hasPrefix("Pss:") {
            return Int(line.split(separator: " ")[1]) ?? 0
        }
        return 0
    }

    static func children(of pid: Int32) -> [Int32] {
        let text = (try? String(contentsOfFile: "/proc/\(pid)/task/\(pid)/children", encoding: .utf8)) ?? ""
        return text.split(separator: " ").compactMap { Int32($0.trimmingCharacters(in: .whitespacesAndNewlines)) }
    }
}

final class Failures: @unchecked Sendable {
    private var n = 0
    private let lock = NSLock()
    func add() { lock.withLock { n += 1 } }
    var count: Int { lock.withLock { n } }
}
