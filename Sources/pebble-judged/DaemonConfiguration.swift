import Foundation
import PebbleService
import Yams

/// pebble-judged's configuration: `/etc/pebble/judged.yaml` (or `--config`), every key
/// documented with its default in docs/operations.md. Flags override the file.
struct DaemonConfiguration {
    var socket = "/run/pebble/judge.sock"
    /// The socket file's mode and group: who may connect at all (SO_PEERCRED decides the rest).
    var socketMode = 0o660
    var socketGroup: String? = "pebble"
    var stateDirectory = "/var/lib/pebble"
    var cacheDirectory: String?
    var problemsDirectory: String?
    var toolchainsDirectory: String?
    var concurrency = ProcessInfo.processInfo.activeProcessorCount
    var queueCapacity = 10_000
    var maxConnections = 1024
    var maxFrameBytes = 8 << 20
    var maxSourceBytes = 1 << 20
    var maxBatchSubmissions = 5000
    var resultTTLHours = 168.0
    /// Pre-started workers per language (0: none).
    var workers = 2
    var workersPerLanguage: [String: Int] = [:]
    var languages: [String]?
    var shutdownTimeoutSeconds = 20.0
    var logLevel = "info"
    /// A loopback address for Prometheus metrics (`127.0.0.1:9464`); none by default.
    var metricsListen: String?
    var callers = CallerPolicy.defaults

    static let defaultPath = "/etc/pebble/judged.yaml"

    static func load(path: String?) throws -> DaemonConfiguration {
        var c = DaemonConfiguration()
        let file = path ?? defaultPath
        guard FileManager.default.fileExists(atPath: file) else {
            if path != nil { throw ConfigurationError("no configuration file at \(file)") }
            return c
        }
        let text = try String(contentsOfFile: file, encoding: .utf8)
        guard let node = try Yams.load(yaml: text) as? [String: Any] else {
            if text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty { return c }
            throw ConfigurationError("\(file): not a mapping of keys")
        }
        let known: Set = ["socket", "socketMode", "socketGroup", "stateDir", "cacheDir", "problemsDir", "toolchainsDir", "concurrency",
                          "queueCapacity", "maxConnections", "maxFrameBytes", "maxSourceBytes", "maxBatchSubmissions", "resultTTLHours",
                          "workers", "workersPerLanguage", "languages", "shutdownTimeoutSec", "logLevel", "metricsListen", "callers"]
        for key in node.keys where !known.contains(key) { throw ConfigurationError("\(file): unknown key '\(key)'") }
        func int(_ k: String) throws -> Int? {
            guard let v = node[k] else { return nil }
            guard let i = v as? Int else { throw ConfigurationError("\(file): \(k) must be an integer") }
            return i
        }
        func string(_ k: String) throws -> String? {
            guard let v = node[k] else { return nil }
            guard let s = v as? String else { throw ConfigurationError("\(file): \(k) must be a string") }
            return s
        }
        if let v = try string("socket") { c.socket = v }
        if let v = node["socketMode"] {
            guard let mode = (v as? Int).map({ Int(String($0), radix: 8) ?? $0 }) ?? (v as? String).flatMap({ Int($0, radix: 8) }) else {
                throw ConfigurationError("\(file): socketMode must be an octal mode such as \"0660\"")
            }
            c.socketMode = mode
        }
        if node.keys.contains("socketGroup") { c.socketGroup = node["socketGroup"] as? String }
        if let v = try string("stateDir") { c.stateDirectory = v }
        if let v = try string("cacheDir") { c.cacheDirectory = v }
        if let v = try string("problemsDir") { c.problemsDirectory = v }
        if let v = try string("toolchainsDir") { c.toolchainsDirectory = v }
        if let v = try int("concurrency") { c.concurrency = max(1, v) }
        if let v = try int("queueCapacity") { c.queueCapacity = max(1, v) }
        if let v = try int("maxConnections") { c.maxConnections = max(1, v) }
        if let v = try int("maxFrameBytes") { c.maxFrameBytes = max(1024, v) }
        if let v = try int("maxSourceBytes") { c.maxSourceBytes = max(1, v) }
        if let v = try int("maxBatchSubmissions") { c.maxBatchSubmissions = max(1, v) }
        if let v = node["resultTTLHours"] { c.resultTTLHours = (v as? Double) ?? Double(v as? Int ?? 168) }
        if let v = try int("workers") { c.workers = max(0, v) }
        if let v = node["workersPerLanguage"] as? [String: Int] { c.workersPerLanguage = v }
        if let v = node["languages"] as? [String] { c.languages = v }
        if let v = node["shutdownTimeoutSec"] { c.shutdownTimeoutSeconds = (v as? Double) ?? Double(v as? Int ?? 20) }
        if let v = try string("logLevel") { c.logLevel = v }
        if let v = try string("metricsListen") { c.metricsListen = v }
        if let list = node["callers"] {
            guard let rules = list as? [[String: Any]] else { throw ConfigurationError("\(file): callers must be a list of rules") }
            c.callers = CallerPolicy(rules: try rules.map { try rule($0, file: file) })
        }
        return c
    }

    static func rule(_ r: [String: Any], file: String) throws -> CallerPolicy.Rule {
        var rule = CallerPolicy.Rule()
        rule.uid = (r["uid"] as? Int).map { UInt32($0) }
        rule.user = r["user"] as? String
        rule.gid = (r["gid"] as? Int).map { UInt32($0) }
        rule.group = r["group"] as? String
        rule.name = r["name"] as? String
        if let p = r["priority"] as? String {
            guard let priority = Scheduler.Priority(rawValue: p) else { throw ConfigurationError("\(file): priority must be interactive or bulk") }
            rule.priority = priority
        }
        if let v = r["maxRunning"] as? Int { rule.maxRunning = v }
        if let v = r["maxQueued"] as? Int { rule.maxQueued = v }
        if let v = r["requestsPerMinute"] as? Int { rule.requestsPerMinute = v }
        if let v = r["admin"] as? Bool { rule.admin = v }
        return rule
    }
}

struct ConfigurationError: Error, CustomStringConvertible {
    var description: String
    init(_ d: String) { description = d }
}
