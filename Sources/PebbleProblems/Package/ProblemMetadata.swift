public import Foundation
import Yams

/// `problem.yaml`: the legacy Kattis keys, read leniently (a name may be one string or one per
/// language; numbers may be written as integers or decimals), and PebbleCode's additions.
public struct ProblemMetadata: Sendable, Equatable {
    /// Names by language code; `en` (or the only one) is the display name.
    public var names: [String: String]
    public var type: String
    public var author: String?
    public var source: String?
    public var license: String?
    /// `default`, `custom`, `custom interactive`, `custom score`.
    public var validation: String
    public var validatorFlags: [String]
    /// Time limit in seconds, when stated (`limits.time_limit`, the 2025-09 key the bank uses).
    public var timeLimit: Double?
    public var timeMultiplier: Double
    public var timeSafetyMargin: Double
    public var memoryMB: Int
    public var outputMB: Int
    public var compilationTimeSeconds: Double?
    public var compilationMemoryMB: Int?
    public var keywords: [String]
    // PebbleCode's additions.
    public var topics: [String]
    public var difficulty: String?
    /// How the default checker compares (PebbleCode): `tokens` (Kattis's default), `unordered-lines`
    /// (the lines in any order, each compared by tokens), `unordered-tokens` (any order at all).
    public var compare: String
    /// How a custom validator is called: `kattis` (`input answer feedback/ < output`, 42/43) or
    /// `testlib` (`input output answer`, exit 0 AC, 1 or 2 WA, anything else JE).
    public var validatorProtocol: String
    /// Function mode: the learner writes a function of this signature; the cases are JSON.
    public var signature: Signature?

    public var name: String { names["en"] ?? names.sorted { $0.key < $1.key }.first?.value ?? "" }
    public var isInteractive: Bool { validation.split(separator: " ").contains("interactive") }
    public var isCustom: Bool { validation.hasPrefix("custom") }

    public init(yaml text: String) throws {
        let node = (try Yams.load(yaml: text) as? [String: Any]) ?? [:]
        func string(_ key: String) -> String? { node[key].map { "\($0)" } }
        if let n = node["name"] as? [String: Any] {
            names = n.mapValues { "\($0)" }
        } else {
            names = string("name").map { ["en": $0] } ?? [:]
        }
        if let titles = node["titles"] as? [String: Any] {
            for (lang, title) in titles where names[lang] == nil { names[lang] = "\(title)" }
        }
        type = string("type") ?? "pass-fail"
        author = string("author")
        source = string("source")
        license = string("license")
        validation = (string("validation") ?? "default").trimmingCharacters(in: .whitespaces)
        let flags = node["validator_flags"].map { "\($0)" } ?? ""
        validatorFlags = DefaultValidator.flags(flags)
        let limits = node["limits"] as? [String: Any] ?? [:]
        func number(_ key: String) -> Double? {
            switch limits[key] {
            case let v as Int: Double(v)
            case let v as Double: v
            case let v as String: Double(v)
            default: nil
            }
        }
        timeLimit = number("time_limit")
        timeMultiplier = number("time_multiplier") ?? 5
        timeSafetyMargin = number("time_safety_margin") ?? 2
        memoryMB = number("memory").map { Int($0) } ?? 2048
        outputMB = number("output").map { Int($0) } ?? 8
        compilationTimeSeconds = number("compilation_time")
        compilationMemoryMB = number("compilation_memory").map { Int($0) }
        keywords = (string("keywords") ?? "").split(whereSeparator: { $0 == " " || $0 == "," }).map(String.init)
        topics = (node["topics"] as? [Any])?.map { "\($0)" } ?? []
        difficulty = string("difficulty")
        compare = string("compare") ?? "tokens"
        signature = try (node["signature"] as? [String: Any]).map { try Signature(node: $0) }
        validatorProtocol = string("validator_protocol") ?? "kattis"
        guard ["tokens", "unordered-lines", "unordered-tokens"].contains(compare) else {
            throw ProblemError.invalid("", "compare must be tokens, unordered-lines or unordered-tokens, not '\(compare)'")
        }
        guard ["kattis", "testlib"].contains(validatorProtocol) else {
            throw ProblemError.invalid("", "validator_protocol must be kattis or testlib, not '\(validatorProtocol)'")
        }
        if let t = timeLimit, t <= 0 { throw ProblemError.invalid("", "limits.time_limit must be positive") }
    }
}

/// Why a problem could not be loaded or judged.
public enum ProblemError: Error, CustomStringConvertible, Sendable, Equatable {
    case notAPackage(String)
    case unknownProblem(String, known: Int)
    case invalid(String, String)
    case unknownLanguage(String)

    public var description: String {
        switch self {
        case let .notAPackage(dir): "\(dir) is not a problem package (no problem.yaml)"
        case let .unknownProblem(id, known): "unknown problem '\(id)' (\(known) problems in the bank; `pebble problems list`)"
        case let .invalid(id, why): "problem \(id): \(why)"
        case let .unknownLanguage(what): what
        }
    }
}
