import ArgumentParser
import Foundation
import PebbleClient
import PebbleJSON
import PebbleLanguages
import PebbleWire

/// `pebble-bench daemon`: hello-world `run` requests through pebble-judged's socket from
/// concurrent clients, for C (binary cached) and Python (warm pool): median latency and requests
/// per second; the baseline, measured in the same run, is the same runs made in-process, one at a
/// time, with no socket or scheduler.
struct DaemonSuite: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "daemon", abstract: "Run requests per second through pebble-judged.")

    @Option(help: "Requests per language and client.") var requests = 300
    @Option(help: "Concurrent clients.") var clients = 2
    @Option(help: "Warm Python boxes (zygotes) in the daemon.") var workers = 3
    @Flag(help: "Print one JSON object.") var json = false

    static let programs: [(String, String)] = [
        ("c", "#include <stdio.h>\nint main(void) { puts(\"hello\"); return 0; }\n"),
        ("python3", "print('hello')\n"),
    ]

    func run() async throws {
        let state = "/run/pebble-bench-daemon-\(getpid())"
        defer { try? FileManager.default.removeItem(atPath: state) }
        try FileManager.default.createDirectory(atPath: state, withIntermediateDirectories: true)
        let binary = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
            .appendingPathComponent("pebble-judged").path
        let daemon = Process()
        daemon.executableURL = URL(fileURLWithPath: binary)
        let socket = state + "/judge.sock"
        let config = state + "/judged.yaml"
        try "workersPerLanguage: {python3: \(workers)}\nlanguages: [c, python3]\nlogLevel: warning\n".write(toFile: config, atomically: true, encoding: .utf8)
        daemon.arguments = ["--config", config, "--socket", socket, "--state-dir", state + "/state", "--workers", "1"]
        daemon.standardError = FileHandle.nullDevice
        try daemon.run()
        defer {
            kill(daemon.processIdentifier, SIGTERM)
            daemon.waitUntilExit()
        }
        while !FileManager.default.fileExists(atPath: socket) { usleep(20_000) }
        let warm = try PebbleClient(socket: socket)
        // Fill the pool and the compile cache before measuring.
        for (language, source) in Self.programs { _ = try warm.run(language: language, source: source) }
        try await Task.sleep(nanoseconds: 5_000_000_000)

        // The baseline: the same runs in-process, one at a time.
        var engineConfig = EngineConfiguration(stateDirectory: state + "/baseline")
        engineConfig.workers = 0
        engineConfig.workersPerLanguage = ["python3": workers]
        engineConfig.languages = ["c", "python3"]
        let engine = try LanguageEngine(configuration: engineConfig)
        await engine.warmUp(seconds: 30, full: true)

        var rows: [[String: Any]] = []
        for (language, source) in Self.programs {
            let program = try await engine.prepare(language: language, files: [try engine.toolchain(language).source: Data(source.utf8)])
            let baselineCount = min(requests, 100)
            var baselineLatency: [Double] = []
            let baselineStart = Measure.now()
            for _ in 0..<baselineCount {
                baselineLatency.append(try await Measure.ms { _ = try await engine.run(program, stdin: Data()) })
                if language == "python3" { try? await Task.sleep(nanoseconds: 2_000_000) }
            }
            let baselineRate = Double(baselineCount) / (Double(Measure.now() - baselineStart) / 1e9)

            let latencies = LockedArray()
            let failures = LockedArray()
            let start = Measure.now()
            DispatchQueue.concurrentPerform(iterations: clients) { _ in
                guard let c = try? PebbleClient(socket: socket) else { failures.append(1); return }
                for _ in 0..<requests {
                    let t0 = Measure.now()
                    let r = try? c.run(language: language, source: source)
                    latencies.append(Double(Measure.now() - t0) / 1e6)
                    if r?["stdout"]?.string != "hello\n" { failures.append(1) }
                }
            }
            let seconds = Double(Measure.now() - start) / 1e9
            let rate = Double(requests * clients) / seconds
            rows.append(["language": language, "clients": clients, "requests": requests * clients, "failed": failures.count,
                         "medianMs": Measure.round3(Measure.median(latencies.values)), "perSecond": Measure.round3(rate),
                         "baselineMedianMs": Measure.round3(Measure.median(baselineLatency)), "baselinePerSecond": Measure.round3(baselineRate),
                         "ratioToBaseline": Measure.round3(rate / baselineRate)])
        }
        await engine.shutdown()
        let status = try warm.status()
        let rss = status["memory"]?["rssKB"]?.int ?? 0
        if json {
            print(Measure.json(["suite": "daemon", "rows": rows, "daemonRssKB": rss]))
        } else {
            print("pebble-bench daemon: hello-world runs through the socket (\(clients) clients) vs in-process one at a time")
            for r in rows {
                print(String(format: "  %-8@ %8.1f runs/s  median %6.2f ms   baseline %8.1f runs/s  median %6.2f ms   ratio %.2f  failed %d",
                             r["language"] as! String, r["perSecond"] as! Double, r["medianMs"] as! Double,
                             r["baselinePerSecond"] as! Double, r["baselineMedianMs"] as! Double, r["ratioToBaseline"] as! Double, r["failed"] as! Int))
            }
            print("  daemon RSS \(rss / 1024) MiB")
        }
    }
}

final class LockedArray: @unchecked Sendable {
    private let lock = NSLock()
    private var items: [Double] = []
    func append(_ v: Double) { lock.withLock { items.append(v) } }
    var values: [Double] { lock.withLock { items } }
    var count: Int { values.count }
}
