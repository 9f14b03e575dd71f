import ArgumentParser
import Foundation
import PebbleOps
import Logging
import PebbleLanguages
import PebbleSandbox
import Metrics
import PebbleService
import Prometheus

/// pebble-judged: the judge daemon (docs/protocol.md, docs/operations.md).
@main
struct PebbleJudged: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "pebble-judged",
                                                    abstract: "The PebbleCode judge daemon: sandboxed runs and judging over a Unix socket.")

    @Option(help: "The configuration file (default /etc/pebble/judged.yaml, if it exists).") var config: String?
    @Option(help: "The socket to listen on (overrides the file).") var socket: String?
    @Option(name: .customLong("state-dir"), help: "Where the journal lives (overrides the file).") var stateDir: String?
    @Option(name: .customLong("problems-dir"), help: "The problem bank (overrides the file).") var problemsDir: String?
    @Option(help: "Pre-started workers per language (overrides the file).") var workers: Int?
    @Flag(name: .customLong("print-config"), help: "Print the effective configuration and exit.") var printConfig = false

    func run() async throws {
        var c = try DaemonConfiguration.load(path: config)
        if let socket { c.socket = socket }
        if let stateDir { c.stateDirectory = stateDir }
        if let problemsDir { c.problemsDirectory = problemsDir }
        if let workers { c.workers = workers }
        if printConfig {
            print(c)
            return
        }
        let level = Logger.Level(rawValue: c.logLevel) ?? .info
        LoggingSystem.bootstrap { JSONLineLogHandler(label: $0, level: level) }
        MetricsSystem.bootstrap(PrometheusMetricsFactory(registry: Daemon.registry))
        let logger = Logger(label: "pebble-judged")
        try await Daemon(configuration: c, logger: logger).run()
    }
}

/// Start, serve, reload on SIGHUP, stop on SIGTERM/SIGINT within a bound.
final class Daemon: @unchecked Sendable {
    static let registry = PrometheusCollectorRegistry()
    let configuration: DaemonConfiguration
    let logger: Logger

    init(configuration: DaemonConfiguration, logger: Logger) {
        self.configuration = configuration
        self.logger = logger
    }

    func run() async throws {
        let c = configuration
        try FileManager.default.createDirectory(atPath: c.stateDirectory, withIntermediateDirectories: true)
        var engineConfig = EngineConfiguration(toolchainsDirectory: c.toolchainsDirectory ?? ShippedData.directory("Toolchains"),
                                               stateDirectory: c.cacheDirectory ?? c.stateDirectory + "/cache")
        engineConfig.workers = c.workers
        engineConfig.workersPerLanguage = c.workersPerLanguage
        engineConfig.boxPoolSize = max(4, c.concurrency * 2)
        if let l = c.languages { engineConfig.languages = Set(l) }
        let engine = try LanguageEngine(configuration: engineConfig)
        let journal = try Journal(path: c.stateDirectory + "/journal.sqlite")
        let serviceConfig = ServiceConfiguration(concurrency: c.concurrency, queueCapacity: c.queueCapacity, maxFrameBytes: c.maxFrameBytes,
                                                 maxSourceBytes: c.maxSourceBytes, maxBatchSubmissions: c.maxBatchSubmissions,
                                                 resultTTLHours: c.resultTTLHours,
                                                 problemsDirectory: c.problemsDirectory ?? ShippedData.directory("problems"))
        let service = JudgeService(engine: engine, journal: journal, configuration: serviceConfig, logger: logger)
        let server = Server(service: service, configuration: c, logger: logger)
        try await server.start()
        var metrics: MetricsServer?
        if let listen = c.metricsListen {
            metrics = MetricsServer(registry: Daemon.registry, service: service, group: server.group)
            try await metrics?.start(listen, logger: logger)
        }
        let recovered = try await service.recover()
        SystemdNotify.send("READY=1\nSTATUS=serving on \(c.socket); \(recovered) jobs re-queued\nMAINPID=\(getpid())")
        logger.notice("ready", metadata: ["socket": "\(c.socket)", "recovered": "\(recovered)", "pid": "\(getpid())"])

        let watchdog = SystemdNotify.watchdogInterval.map { interval in
            Task {
                while !Task.isCancelled {
                    SystemdNotify.send("WATCHDOG=1")
                    try? await Task.sleep(nanoseconds: UInt64(interval / 2 * 1e9))
                }
            }
        }
        // The pools fill in the background; the socket answers at once (cold until they are ready).
        Task { await engine.warmUp(seconds: 60) }

        let stop = await Signals.wait(reload: {
            SystemdNotify.send("RELOADING=1")
            Task {
                await service.reloadToolchains()
                await service.reloadProblems()
                SystemdNotify.send("READY=1")
            }
        })
        logger.notice("stopping", metadata: ["signal": "\(stop)"])
        SystemdNotify.send("STOPPING=1")
        await server.stopAccepting()
        await metrics?.stop()
        await service.shutdown(timeout: c.shutdownTimeoutSeconds)
        watchdog?.cancel()
        await service.shutdownEngines()
        await server.shutdown()
        logger.notice("stopped")
    }
}

/// SIGTERM/SIGINT end the daemon; SIGHUP reloads.
enum Signals {
    static func wait(reload: @escaping @Sendable () -> Void) async -> Int32 {
        for s in [SIGTERM, SIGINT, SIGHUP] { signal(s, SIG_IGN) }
        return await withCheckedContinuation { (continuation: CheckedContinuation<Int32, Never>) in
            let queue = DispatchQueue(label: "signals")
            let once = OnceFlag()
            var sources: [any DispatchSourceSignal] = []
            for s in [SIGTERM, SIGINT] {
                let source = DispatchSource.makeSignalSource(signal: s, queue: queue)
                source.setEventHandler {
                    if once.take() { continuation.resume(returning: s) }
                }
                source.resume()
                sources.append(source)
            }
            let hup = DispatchSource.makeSignalSource(signal: SIGHUP, queue: queue)
            hup.setEventHandler(handler: reload)
            hup.resume()
            sources.append(hup)
            Keep.sources = sources
        }
    }
}

final class OnceFlag: @unchecked Sendable {
    private let lock = NSLock()
    private var done = false
    func take() -> Bool { lock.withLock { defer { done = true }; return !done } }
}

/// Keeps the signal sources alive for the process's life.
enum Keep {
    nonisolated(unsafe) static var sources: [any DispatchSourceSignal] = []
}


