import ArgumentParser
import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import GRDB
import PebbleAnalytics
import PebbleJSON

/// `pebble-bench analytics`: ingest throughput and insight latency, each beside a baseline
/// measured in the same run on the same machine (it is shared and noisy): raw SQLite inserts of
/// the same rows, a plain `SELECT count(*)`, and `GET /health`.
struct AnalyticsSuite: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "analytics", abstract: "pebble-analytics: ingest throughput and insight latency against same-run baselines.")

    @Option(help: "Learners in the generated history.") var learners = 200
    @Option(help: "Weeks of history.") var weeks = 8
    @Option(name: .customLong("heavy-events"), help: "Events of the one learner whose insights are timed.") var heavyEvents = 10_000
    @Option(help: "Timed repetitions per latency measurement.") var rounds = 40
    @Option(help: "Events per batch.") var batch = 1000
    @Flag(name: .customLong("no-http"), help: "Skip the HTTP measurements.") var noHTTP = false

    func run() async throws {
        let dir = "/tmp/pebble-analytics-bench-\(getpid())"
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let now = Int64(Date().timeIntervalSince1970 * 1000)
        var o = SyntheticHistory.Options(end: now)
        o.learners = learners
        o.weeks = weeks
        let history = SyntheticHistory.generate(o)
        let events = history.events
        print("generated \(events.count) events of \(learners) learners over \(weeks) weeks")
        let batches = stride(from: 0, to: events.count, by: batch).map { Array(events[$0..<min(events.count, $0 + batch)]) }

        // 1. Ingest through the store vs. raw SQLite inserts of the same rows.
        let store = try SQLiteAnalyticsStore(path: dir + "/store.sqlite")
        let storeSeconds = try time { for b in batches { _ = try store.insert(b) } }
        let rawSeconds = try rawInsert(batches, path: dir + "/raw.sqlite")
        let storeRate = Double(events.count) / storeSeconds, rawRate = Double(events.count) / rawSeconds
        print(String(format: "ingest, store:      %9.0f events/s  (%d events, batches of %d, dedup by (learner, id), 2 indexes)", storeRate, events.count, batch))
        print(String(format: "ingest, raw SQLite: %9.0f events/s  (same rows, plain table, no key or index)  ratio store/raw = %.2f", rawRate, storeRate / rawRate))
        let retrySeconds = try time { for b in batches { _ = try store.insert(b) } }
        print(String(format: "re-ingest (all duplicates): %9.0f events/s; stored %d (unchanged)", Double(events.count) / retrySeconds, try store.eventCount(learner: nil)))

        // 2. Insight latency for a learner with `heavyEvents` events.
        let heavy = (0..<heavyEvents).map { i -> LearningEvent in
            var e = events[i % events.count]
            e.learner = "bench-heavy"
            e.id = "heavy-\(i)"
            return e
        }
        for start in stride(from: 0, to: heavy.count, by: batch) { _ = try store.insert(Array(heavy[start..<min(heavy.count, start + batch)])) }
        let engine = InsightsEngine(bank: ProblemBank(problems: o.problems.map { .init(id: $0, title: $0, difficulty: "medium", topics: ["arrays"]) }))
        let utc = TimeZone(identifier: "UTC")!
        for window in [InsightWindow.all, .month] {
            let insight = try latencies(rounds) {
                let ev = try store.events(learner: "bench-heavy", from: nil, through: now)
                _ = engine.insights(learner: "bench-heavy", events: ev, window: window, asOf: now, timeZone: utc)
            }
            let fetch = try latencies(rounds) { _ = try store.events(learner: "bench-heavy", from: nil, through: now) }
            let count = try latencies(rounds) { _ = try store.eventCount(learner: "bench-heavy") }
            print(String(format: "insights (window %@, %d events): median %.2f ms, p95 %.2f ms | fetching the rows alone: median %.2f ms | SELECT count(*) baseline: median %.3f ms, p95 %.3f ms | ratio insights/count = %.0f",
                         window.rawValue, heavyEvents, insight.median, insight.p95, fetch.median, count.median, count.p95, insight.median / count.median))
        }

        // 3. The same through HTTP, against a real server process.
        if !noHTTP { try await http(batches: batches, heavy: heavy, dir: dir, storeRate: storeRate) }
    }

    func rawInsert(_ batches: [[LearningEvent]], path: String) throws -> Double {
        var config = Configuration()
        config.prepareDatabase { db in try db.execute(sql: "PRAGMA synchronous = NORMAL") }
        let db = try DatabasePool(path: path, configuration: config)
        try db.write { db in
            try db.execute(sql: """
                CREATE TABLE raw (learner TEXT, id TEXT, type TEXT, problem TEXT, language TEXT, ts BIGINT, source TEXT, passed INTEGER,
                    error_type TEXT, execution_ms DOUBLE PRECISION, accepted INTEGER, tests_passed INTEGER, tests_total INTEGER,
                    help_tier TEXT, struggle_level INTEGER, attempts INTEGER, time_spent DOUBLE PRECISION)
                """)
        }
        return try time {
            for b in batches {
                try db.write { db in
                    let st = try db.makeStatement(sql: "INSERT INTO raw VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                    for e in b {
                        let values: [(any DatabaseValueConvertible)?] = [
                            e.learner, e.id, e.type.rawValue, e.problem, e.language, e.timestamp, e.source.rawValue,
                            e.passed.map { $0 ? 1 : 0 }, e.errorType?.rawValue, e.executionTimeMs, e.accepted.map { $0 ? 1 : 0 },
                            e.testsPassed, e.testsTotal, e.helpTier?.rawValue, e.struggleLevel, e.attempts, e.timeSpent,
                        ]
                        try st.execute(arguments: StatementArguments(values))
                    }
                }
            }
        }
    }

    func http(batches: [[LearningEvent]], heavy: [LearningEvent], dir: String, storeRate: Double) async throws {
        let state = dir + "/http"
        try FileManager.default.createDirectory(atPath: state, withIntermediateDirectories: true)
        try "judgeEvents: false\n".write(toFile: dir + "/config.yaml", atomically: true, encoding: .utf8)
        let server = Process()
        // The pebble-analytics built beside this benchmark.
        let exe = try FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")
        server.executableURL = URL(fileURLWithPath: exe).deletingLastPathComponent().appendingPathComponent("pebble-analytics")
        server.arguments = ["serve", "--port", "0", "--state-dir", state, "--config", dir + "/config.yaml", "--log-level", "error"]
        server.standardOutput = FileHandle.nullDevice
        server.standardError = FileHandle.nullDevice
        try server.run()
        defer {
            kill(server.processIdentifier, SIGTERM)
            server.waitUntilExit()
        }
        var port = 0
        for _ in 0..<200 where port == 0 {
            try await Task.sleep(for: .milliseconds(50))
            port = Int((try? String(contentsOfFile: state + "/port", encoding: .utf8))?.trimmingCharacters(in: .whitespacesAndNewlines) ?? "") ?? 0
        }
        guard port > 0 else { print("http: the server did not start"); return }
        let base = "http://127.0.0.1:\(port)"
        let bodies = batches.map { b in Data(JSONValue.object(["events": .array(b.map(\.json))]).compactJSON.utf8) }
        let total = batches.reduce(0) { $0 + $1.count }
        let started = Date()
        for body in bodies { _ = try await post(base + "/v1/events", body) }
        let seconds = Date().timeIntervalSince(started)
        let httpRate = Double(total) / seconds
        print(String(format: "ingest, HTTP: %9.0f events/s (%d requests of %d events, one at a time, JSON encoding excluded)  ratio HTTP/store = %.2f",
                     httpRate, bodies.count, batch, httpRate / storeRate))
        for start in stride(from: 0, to: heavy.count, by: batch) {
            let slice = heavy[start..<min(heavy.count, start + batch)]
            _ = try await post(base + "/v1/events", Data(JSONValue.object(["events": .array(slice.map(\.json))]).compactJSON.utf8))
        }
        var insight: [Double] = [], health: [Double] = []
        for _ in 0..<rounds {
            insight.append(try await get(base + "/v1/learners/bench-heavy/insights?window=all"))
            health.append(try await get(base + "/health"))
        }
        let i = Self.summary(insight), h = Self.summary(health)
        print(String(format: "insights over HTTP (%d events): median %.2f ms, p95 %.2f ms | GET /health baseline: median %.2f ms, p95 %.2f ms | ratio = %.1f",
                     heavy.count, i.median, i.p95, h.median, h.p95, i.median / h.median))
    }

    func post(_ url: String, _ body: Data) async throws -> Int {
        var r = URLRequest(url: URL(string: url)!)
        r.httpMethod = "POST"
        r.httpBody = body
        r.setValue("application/json", forHTTPHeaderField: "Content-Type")
        let (_, response) = try await URLSession.shared.data(for: r)
        return (response as? HTTPURLResponse)?.statusCode ?? 0
    }

    /// Milliseconds for one GET.
    func get(_ url: String) async throws -> Double {
        let started = DispatchTime.now().uptimeNanoseconds
        _ = try await URLSession.shared.data(for: URLRequest(url: URL(string: url)!))
        return Double(DispatchTime.now().uptimeNanoseconds - started) / 1e6
    }

    func time(_ body: () throws -> Void) throws -> Double {
        let started = DispatchTime.now().uptimeNanoseconds
        try body()
        return Double(DispatchTime.now().uptimeNanoseconds - started) / 1e9
    }

    func latencies(_ n: Int, _ body: () throws -> Void) throws -> (median: Double, p95: Double) {
        try body()  // warm-up
        var ms: [Double] = []
        for _ in 0..<n { ms.append(try time(body) * 1000) }
        return Self.summary(ms)
    }

    static func summary(_ values: [Double]) -> (median: Double, p95: Double) {
        let s = values.sorted()
        guard !s.isEmpty else { return (0, 0) }
        return (s[s.count / 2], s[min(s.count - 1, Int((Double(s.count) * 0.95).rounded(.up)) - 1)])
    }
}
