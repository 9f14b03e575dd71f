public import Foundation
public import Hummingbird
public import Logging
import Metrics
public import PebbleJSON
import PebbleOps
public import Prometheus

/// Starting one of the HTTP services the same way: JSON-line logs, Prometheus metrics, request
/// logs and metrics middleware, `GET /health` and `GET /metrics`, systemd readiness, and a clean
/// stop on SIGTERM/SIGINT.
public enum HTTPService {
    /// Logging and metrics for the whole process (call once, first).
    public static func bootstrap(label: String, level: String) -> (Logger, PrometheusCollectorRegistry) {
        let lvl = Logger.Level(rawValue: level) ?? .info
        LoggingSystem.bootstrap { JSONLineLogHandler(label: $0, level: lvl) }
        let registry = PrometheusCollectorRegistry()
        MetricsSystem.bootstrap(PrometheusMetricsFactory(registry: registry))
        var logger = Logger(label: label)
        logger.logLevel = lvl
        return (logger, registry)
    }

    /// A router with the standard middleware and routes. `health` answers the body of
    /// `GET /health` (200) once the service is ready.
    public static func router(name: String, registry: PrometheusCollectorRegistry,
                              health: @escaping @Sendable () async -> [String: JSONValue]) -> Router<BasicRequestContext> {
        router(name: name, registry: registry, context: BasicRequestContext.self, health: health)
    }

    /// The same with a service's own request context (e.g. one that keeps the peer's address,
    /// which `BasicRequestContext` drops).
    public static func router<Context: RequestContext>(name: String, registry: PrometheusCollectorRegistry, context: Context.Type,
                                                       health: @escaping @Sendable () async -> [String: JSONValue]) -> Router<Context> {
        let router = Router(context: Context.self)
        router.add(middleware: LogRequestsMiddleware(.info))
        router.add(middleware: MetricsMiddleware())
        router.get("/health") { _, _ in
            var body = await health()
            body["status"] = body["status"] ?? .string("ok")
            body["service"] = .string(name)
            return JSONBody.response(.object(body))
        }
        router.get("/metrics") { _, _ in
            var out: [UInt8] = []
            registry.emit(into: &out)
            return Response(status: .ok, headers: [.contentType: "text/plain; version=0.0.4"], body: .init(byteBuffer: ByteBuffer(bytes: out)))
        }
        return router
    }

    /// Serves until SIGTERM/SIGINT. The port actually bound is logged and written to
    /// `STATE_DIR/port` (useful with `--port 0`); systemd hears READY=1 when it listens.
    public static func run<Context: RequestContext>(_ router: Router<Context>, name: String, host: String, port: Int, stateDir: String,
                                                    logger: Logger) async throws where Context.Source == ApplicationRequestContextSource {
        let app = Application(
            router: router,
            configuration: .init(address: .hostname(host, port: port), serverName: name),
            onServerRunning: { channel in
                let bound = channel.localAddress?.port ?? port
                try? "\(bound)\n".write(toFile: stateDir + "/port", atomically: true, encoding: .utf8)
                logger.notice("listening", metadata: ["address": "\(host):\(bound)"])
                SystemdNotify.send("READY=1\nSTATUS=listening on \(host):\(bound)")
            },
            logger: logger)
        try await app.runService()
        SystemdNotify.send("STOPPING=1")
    }

    /// Creates the state folder (mode 0700: it holds keys and learners' data).
    public static func prepareStateDir(_ path: String) throws {
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
    }
}
