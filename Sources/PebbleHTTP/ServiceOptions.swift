public import ArgumentParser
public import Foundation

/// The options every PebbleCode HTTP service takes, so operators and scripts start them alike
/// (docs/operations.md): where to listen, where its state lives, its config file, and where the
/// auth service publishes its keys.
public struct ServiceOptions: ParsableArguments, Sendable {
    @Option(help: "Address to listen on.")
    public var host: String = "127.0.0.1"

    @Option(help: "Port to listen on (0: any free port; the chosen one is logged and written to STATE_DIR/port).")
    public var port: Int?

    @Option(name: .customLong("state-dir"), help: "Folder for the service's SQLite file and keys.")
    public var stateDir: String?

    @Option(help: "A YAML (or JSON) config file; command-line options win over it.")
    public var config: String?

    @Option(name: .customLong("auth-jwks"), help: "The auth service's JWKS URL: when set, requests need a bearer token it signed.")
    public var authJWKS: String?

    @Option(name: .customLong("log-level"), help: "trace, debug, info, notice, warning, error or critical.")
    public var logLevel: String = "info"

    public init() {}

    /// Where the service keeps its state: `--state-dir`, else the config file's `stateDir`, else
    /// systemd's `$STATE_DIRECTORY`, else /var/lib/<service>.
    public func stateDirectory(configured: String?, service: String) -> String {
        stateDir ?? configured ?? ProcessInfo.processInfo.environment["STATE_DIRECTORY"] ?? "/var/lib/" + service
    }
}

/// Reads a service's config file: YAML (JSON is YAML too), into the service's own Decodable type.
public enum ConfigFile {
    public struct Invalid: Error, CustomStringConvertible {
        public var path: String
        public var reason: String
        public var description: String { "config \(path): \(reason)" }
    }

    public static func load<T: Decodable>(_ type: T.Type, from path: String?) throws -> T? {
        guard let path else { return nil }
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { throw Invalid(path: path, reason: "cannot be read") }
        do {
            return try YAMLConfigDecoder.decode(type, from: text)
        } catch {
            throw Invalid(path: path, reason: "\(error)")
        }
    }
}
