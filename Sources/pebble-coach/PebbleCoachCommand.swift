import PebbleOps
import ArgumentParser
import AsyncHTTPClient
import Foundation
import PebbleLLM
import Logging
import PebbleCoach
import PebbleHTTP
import PebbleJSON
import PebbleLanguages

@main
struct PebbleCoachCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pebble-coach",
        abstract: "The coach: tiered help grounded in the learner's code and the judge's evidence, never the solution.",
        subcommands: [Serve.self, Eval.self],
        defaultSubcommand: Serve.self)
}

/// The coach's config file (docs/coach.md, "Configuration"); command-line options win.
struct CoachConfig: Decodable {
    var host: String?
    var port: Int?
    var stateDir: String?
    var judgeSocket: String?
    var problemsDir: String?
    var authJWKS: String?
    var judgeTimeoutMs: Int?
    var rateLimit: RateLimiter.Settings?
    /// An LLM provider (PebbleLLM's ProviderConfig): none means the built-in coach only.
    var llm: ProviderConfig?
    var auth: AccessGate.Settings?
}

struct Serve: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Serve the coach's HTTP API (the default).")

    @OptionGroup var service: ServiceOptions

    @Option(name: .customLong("judge-socket"), help: "pebble-judged's socket (grounding: the code judged on the visible tests).")
    var judgeSocket: String?

    @Option(name: .customLong("problems-dir"), help: "The problem bank (statements, visible tests; reference solutions for the safety layer).")
    var problemsDir: String?

    func run() async throws {
        let file = try ConfigFile.load(CoachConfig.self, from: service.config)
        let (logger, registry) = HTTPService.bootstrap(label: "pebble-coach", level: service.logLevel)
        let stateDir = service.stateDirectory(configured: file?.stateDir, service: "pebble-coach")
        try HTTPService.prepareStateDir(stateDir)
        let problems = problemsDir ?? file?.problemsDir ?? ShippedData.directory("problems")
        let socket = judgeSocket ?? file?.judgeSocket ?? "/run/pebble/judge.sock"
        let library = ProblemLibrary(directory: problems)
        let store = try CoachStore(path: stateDir + "/coach.sqlite")
        let judge = DaemonJudge(socket: socket, timeout: Double(file?.judgeTimeoutMs ?? 15000) / 1000)
        let http = HTTPClient(eventLoopGroupProvider: .singleton)
        let writer: (any ReplyWriter)? = try file?.llm.map {
            LLMCoach(provider: try $0.makeProvider(httpClient: http), maxTokens: $0.maxTokens ?? 240, temperature: $0.temperature ?? 0.35)
        }
        let gate = try AccessGate(jwksURL: service.authJWKS ?? file?.authJWKS, settings: file?.auth, service: "pebble-coach", httpClient: http)
        let coach = Coach(library: library, store: store, judge: judge, writer: writer, logger: logger)
        let limiter = RateLimiter(file?.rateLimit, burst: 10, perMinute: 30)
        let router = HTTPService.router(name: "pebble-coach", registry: registry) {
            ["problems": .int(Int64(library.problems.count)), "judgeSocket": .string(socket),
             "judgeReachable": .bool(FileManager.default.fileExists(atPath: socket)), "writer": .string(writer?.name ?? "builtin"),
             "auth": .bool(gate.enabled)]
        }
        CoachRoutes(coach: coach, limiter: limiter, gate: gate, logger: logger).add(to: router)
        logger.notice("pebble-coach starting", metadata: ["problems": "\(library.problems.count)", "stateDir": "\(stateDir)", "judge": "\(socket)"])
        do {
            try await HTTPService.run(router, name: "pebble-coach", host: service.host, port: service.port ?? file?.port ?? 8701,
                                      stateDir: stateDir, logger: logger)
        } catch {
            try? await http.shutdown()
            throw error
        }
        try await http.shutdown()
    }
}

struct Eval: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Run the coach over the evaluation set and print its scores (exit 1 below the bar).")

    @Option(help: "The scenarios folder (default: the checkout's Tests/CoachEvaluation/scenarios).")
    var scenarios: String?

    @Option(name: .customLong("problems-dir"), help: "The problem bank.")
    var problemsDir: String?

    @Flag(help: "Print every answer.") var verbose = false

    func run() async throws {
        let dir = scenarios ?? ShippedData.directory("Tests/CoachEvaluation/scenarios")
        let problems = problemsDir ?? ShippedData.directory("problems")
        let set = try EvaluationScenario.load(directory: dir)
        let library = ProblemLibrary(directory: problems)
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("pebble-coach-eval-\(getpid())").path
        try FileManager.default.createDirectory(atPath: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: scratch) }
        var n = 0
        let logger = Logger(label: "pebble-coach-eval")
        let report = try await Evaluation(scenarios: set, problemsDirectory: problems).run {
            n += 1
            return Coach(library: library, store: try CoachStore(path: "\(scratch)/\(n).sqlite"), judge: nil, writer: nil, logger: logger)
        }
        for o in report.outcomes where verbose || !o.grounded || !o.leaks.isEmpty || !o.tiersDistinct || (o.refusalNeeded && !o.refused) {
            var flags: [String] = []
            if !o.grounded { flags.append("NOT GROUNDED") }
            if !o.leaks.isEmpty { flags.append("LEAK: " + o.leaks.joined(separator: "; ")) }
            if !o.tiersDistinct { flags.append("TIERS ALIKE") }
            if o.refusalNeeded && !o.refused { flags.append("NOT REFUSED") }
            print("[\(o.id) · \(o.tier.rawValue)] \(flags.joined(separator: ", "))\n  \(o.text)\n")
        }
        print(report.summary)
        if !report.passes { throw ExitCode(1) }
    }
}
