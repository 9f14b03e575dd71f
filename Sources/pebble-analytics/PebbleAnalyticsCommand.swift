import PebbleOps
import ArgumentParser
import AsyncHTTPClient
import Foundation
import Logging
import PebbleAnalytics
import PebbleHTTP
import PebbleJSON

@main
struct PebbleAnalyticsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pebble-analytics",
        abstract: "Learning analytics: events in, principled insights out.",
        subcommands: [Serve.self, Train.self, Generate.self],
        defaultSubcommand: Serve.self)
}

struct Serve: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Serve the analytics HTTP API (the default).")

    @OptionGroup var service: ServiceOptions

    @Option(name: .customLong("judge-socket"), help: "pebble-judged's socket: its job events become run and submit events.")
    var judgeSocket: String?

    @Option(name: .customLong("problems-dir"), help: "The problem bank (difficulty and topics for recommendations).")
    var problemsDir: String?

    func run() async throws {
        let file = try ConfigFile.load(AnalyticsConfig.self, from: service.config)
        let (logger, registry) = HTTPService.bootstrap(label: "pebble-analytics", level: service.logLevel)
        let stateDir = service.stateDirectory(configured: file?.stateDir, service: "pebble-analytics")
        try HTTPService.prepareStateDir(stateDir)
        let store = try SQLiteAnalyticsStore(path: stateDir + "/analytics.sqlite")
        let bank = ProblemBank(directory: problemsDir ?? file?.problemsDir ?? ShippedData.directory("problems"))
        let socket = judgeSocket ?? file?.judgeSocket ?? "/run/pebble/judge.sock"
        let http = HTTPClient(eventLoopGroupProvider: .singleton)
        let gate = try AccessGate(jwksURL: service.authJWKS ?? file?.authJWKS, settings: file?.auth, service: "pebble-analytics", httpClient: http)
        let updates = LearnerUpdates()
        let speech = SpeechSynthesizer(executable: file?.speech?.executable ?? "espeak-ng", voice: file?.speech?.voice ?? "en",
                                       wordsPerMinute: file?.speech?.wordsPerMinute ?? 160, timeoutSeconds: file?.speech?.timeoutSec ?? 20,
                                       directory: stateDir + "/recaps")
        var feed: JudgeEventFeed?
        if file?.judgeEvents ?? true {
            let f = JudgeEventFeed(socket: socket, logger: logger) { events in
                do {
                    let fresh = try store.insert(events)
                    let learners = Set(zip(events, fresh).filter(\.1).map(\.0.learner))
                    if !learners.isEmpty { Task { await updates.publish(learners) } }
                } catch {
                    logger.error("cannot store judge events", metadata: ["error": "\(error)"])
                }
            }
            f.start()
            feed = f
        }
        let routes = AnalyticsRoutes(
            store: store, engine: InsightsEngine(bank: bank), gate: gate, updates: updates, speech: speech,
            audioLimiter: RateLimiter(file?.recapAudioRateLimit, burst: 5, perMinute: 10),
            maxBatchEvents: max(1, file?.maxBatchEvents ?? 1000), heartbeatSeconds: max(0.2, file?.liveHeartbeatSec ?? 15),
            maxLiveStreams: max(1, file?.maxLiveStreams ?? 200), logger: logger)
        let judgeFeed = feed
        let router = HTTPService.router(name: "pebble-analytics", registry: registry) {
            var body: [String: JSONValue] = [
                "events": .int(Int64((try? store.eventCount(learner: nil)) ?? 0)),
                "problems": .int(Int64(bank.problems.count)), "auth": .bool(gate.enabled),
                "judgeSocket": .string(socket), "judgeConnected": .bool(judgeFeed?.connected ?? false),
                "judgeDroppedEvents": .int(Int64(judgeFeed?.droppedEvents ?? 0)),
                "liveStreams": .int(Int64(await updates.count)),
            ]
            body["streakRiskModel"] = ((try? StreakRiskModel.load(from: store)) ?? nil).map { .int($0.trainedAt) } ?? .null
            return body
        }
        routes.add(to: router)
        logger.notice("pebble-analytics starting", metadata: ["stateDir": "\(stateDir)", "judge": "\(socket)", "problems": "\(bank.problems.count)"])
        do {
            try await HTTPService.run(router, name: "pebble-analytics", host: service.host, port: service.port ?? file?.port ?? 8702,
                                      stateDir: stateDir, logger: logger)
        } catch {
            try? await http.shutdown()
            throw error
        }
        try await http.shutdown()
    }
}

struct Train: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Train the streak-risk model on the stored history, print its held-out AUC, and store it.")

    @Option(name: .customLong("state-dir"), help: "The service's state folder (its analytics.sqlite).")
    var stateDir: String = ProcessInfo.processInfo.environment["STATE_DIRECTORY"] ?? "/var/lib/pebble-analytics"

    @Option(name: .customLong("as-of"), help: "Train as if now were this instant (ms since the epoch; default: now).")
    var asOf: Int64?

    @Option(help: "Gradient-descent iterations.") var iterations = 400
    @Option(help: "L2 penalty.") var l2 = 0.01
    @Flag(help: "Evaluate only: do not store the model.") var dryRun = false

    func run() async throws {
        let store = try SQLiteAnalyticsStore(path: stateDir + "/analytics.sqlite")
        var options = LogisticRegression.Options()
        options.iterations = iterations
        options.l2 = l2
        let started = Date()
        let model = try StreakRiskModel.train(store: store, asOf: asOf ?? Int64(Date().timeIntervalSince1970 * 1000), options: options)
        func f(_ d: Double?) -> String { d.map { String(format: "%.4f", $0) } ?? "n/a" }
        print("streak-risk model: logistic regression, \(model.features.count) standardised features, L2 \(l2), \(iterations) iterations")
        print("train: \(model.trainLearners) learners, \(model.trainSamples) learner-days")
        print("held out: \(model.testLearners) learners, \(model.testSamples) learner-days, \(f(model.testPositiveRate)) broke their streak")
        print("weights: " + zip(model.features, model.regression.weights).map { "\($0)=\(String(format: "%+.3f", $1))" }.joined(separator: " "))
        print("AUC (held-out learners): \(f(model.auc))")
        print("baseline AUC (active days in 14 alone): \(f(model.baselineAUC))")
        print(String(format: "trained in %.2f s", Date().timeIntervalSince(started)))
        if !dryRun, model.trainSamples > 0 {
            try model.save(to: store)
            print("stored in \(stateDir)/analytics.sqlite (model '\(StreakRiskModel.storeName)')")
        }
        if model.trainSamples == 0 { throw ValidationError("no learner-days to train on") }
    }
}

struct Generate: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Write a generated history as JSON event batches (demos, load tests).")

    @Option var learners = 200
    @Option var weeks = 8
    @Option var seed: UInt64 = 42
    @Option(help: "Events per batch file.") var batch = 1000
    @Argument(help: "Output folder.") var output: String

    func run() async throws {
        var o = SyntheticHistory.Options(end: Int64(Date().timeIntervalSince1970 * 1000))
        o.learners = learners
        o.weeks = weeks
        o.seed = seed
        let h = SyntheticHistory.generate(o)
        try FileManager.default.createDirectory(atPath: output, withIntermediateDirectories: true)
        var n = 0
        for start in stride(from: 0, to: h.events.count, by: batch) {
            let slice = h.events[start..<min(h.events.count, start + batch)]
            let body = JSONValue.object(["events": .array(slice.map(\.json))]).compactJSON
            try body.write(toFile: String(format: "%@/batch-%04d.json", output, n), atomically: true, encoding: .utf8)
            n += 1
        }
        let zones = JSONValue.object(h.timeZones.mapValues(JSONValue.string)).compactJSON
        try zones.write(toFile: output + "/time-zones.json", atomically: true, encoding: .utf8)
        print("\(h.events.count) events of \(learners) learners in \(n) batches under \(output)")
    }
}
