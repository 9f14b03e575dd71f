public import Foundation
public import PebbleJSON

/// Turns a frame's body into a request, or into the error the client gets (docs/protocol.md,
/// "Frames"): bad_frame for what is not a JSON object, bad_request for a wrong or missing field.
public enum RequestDecoder {
    public struct Limits: Sendable {
        public var maxSourceBytes: Int
        public var maxBatchSubmissions: Int

        public init(maxSourceBytes: Int = 1 << 20, maxBatchSubmissions: Int = 5000) {
            self.maxSourceBytes = maxSourceBytes
            self.maxBatchSubmissions = maxBatchSubmissions
        }
    }

    public enum Outcome: Sendable {
        case request(id: String, Request)
        case failure(id: String, WireError)
    }

    public static func decode(_ body: [UInt8], limits: Limits = Limits()) -> Outcome {
        guard !body.isEmpty else { return .failure(id: "", WireError(.badFrame, "an empty frame (length 0)")) }
        guard String(validating: body, as: UTF8.self) != nil else {
            return .failure(id: "", WireError(.badFrame, "the frame is not valid UTF-8"))
        }
        guard nestingDepth(body) <= PebbleProtocol.maxNesting else {
            return .failure(id: "", WireError(.badFrame, "JSON nested deeper than \(PebbleProtocol.maxNesting) levels"))
        }
        let data = Data(body)
        guard let any = try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed]) else {
            return .failure(id: "", WireError(.badFrame, "the frame is not valid JSON"))
        }
        guard let object = any as? [String: Any] else {
            return .failure(id: "", WireError(.badFrame, "the frame is JSON but not an object"))
        }
        guard let id = object["id"] as? String else {
            return .failure(id: "", WireError(.badRequest, object["id"] == nil ? "missing field 'id' (a string)" : "field 'id' must be a string"))
        }
        guard (1...PebbleProtocol.maxIdLength).contains(id.count) else {
            return .failure(id: "", WireError(.badRequest, "field 'id' must be 1 to \(PebbleProtocol.maxIdLength) characters"))
        }
        guard let type = object["type"] as? String else {
            return .failure(id: id, WireError(.badRequest, object["type"] == nil ? "missing field 'type' (a string)" : "field 'type' must be a string"))
        }
        do {
            return .request(id: id, try request(type: type, data: data, limits: limits))
        } catch let error as WireError {
            return .failure(id: id, error)
        } catch let error as DecodingError {
            return .failure(id: id, WireError(.badRequest, describe(error)))
        } catch {
            return .failure(id: id, WireError(.badRequest, "\(error)"))
        }
    }

    static func request(type: String, data: Data, limits: Limits) throws -> Request {
        let decoder = JSONDecoder()
        switch type {
        case "hello": return .hello(try decoder.decode(Hello.self, from: data))
        case "run":
            let r = try decoder.decode(RunWire.self, from: data)
            let program = try r.program(limits: limits)
            let stdin = try bytes(r.stdin ?? "", encoding: r.stdinEncoding, field: "stdin")
            return .run(RunRequest(program: program, stdin: stdin, limits: r.limits, meta: r.meta))
        case "judge":
            let r = try decoder.decode(JudgeWire.self, from: data)
            let program = try ProgramWire(language: r.language, source: r.source, files: r.files).program(limits: limits)
            return .judge(JudgeRequest(problem: r.problem, program: ProgramSourceCodable(program), tests: r.tests ?? .all,
                                       stopOnFirstFailure: r.stopOnFirstFailure ?? true, meta: r.meta))
        case "batch":
            let r = try decoder.decode(BatchWire.self, from: data)
            guard (1...200).contains(r.key.count) else { throw WireError(.badRequest, "field 'key' must be 1 to 200 characters") }
            guard r.submissions.count <= limits.maxBatchSubmissions else {
                throw WireError(.tooLarge, "a batch of \(r.submissions.count) submissions (at most \(limits.maxBatchSubmissions))")
            }
            var seen = Set<String>()
            var submissions: [BatchSubmission] = []
            for (i, s) in r.submissions.enumerated() {
                guard (1...PebbleProtocol.maxIdLength).contains(s.id.count) else {
                    throw WireError(.badRequest, "submissions[\(i)].id must be 1 to \(PebbleProtocol.maxIdLength) characters")
                }
                guard seen.insert(s.id).inserted else { throw WireError(.badRequest, "submissions[\(i)].id '\(s.id)' appears twice") }
                let program = try ProgramWire(language: s.language, source: s.source, files: s.files).program(limits: limits, field: "submissions[\(i)]")
                submissions.append(BatchSubmission(id: s.id, problem: s.problem, program: ProgramSourceCodable(program), meta: s.meta))
            }
            return .batch(BatchRequest(key: r.key, submissions: submissions, tests: r.tests ?? .all, stopOnFirstFailure: r.stopOnFirstFailure ?? true))
        case "cancel": return .cancel(job: try decoder.decode(JobWire.self, from: data).job)
        case "result": return .result(job: try decoder.decode(JobWire.self, from: data).job)
        case "status": return .status
        case "languages": return .languages
        case "problems": return .problems(try decoder.decode(ProblemsRequest.self, from: data))
        case "subscribe": return .subscribe(try decoder.decode(SubscribeRequest.self, from: data))
        default: throw WireError(.badRequest, "unknown request type '\(type)'")
        }
    }

    struct ProgramWire {
        var language: String
        var source: String?
        var files: [SourceFile]?

        func program(limits: Limits, field: String = "") throws -> ProgramSource {
                let at = field.isEmpty ? "" : field + "."
                var out: [String: Data] = [:]
                var main: String?
                if let source {
                    guard files == nil else { throw WireError(.badRequest, "\(at)source and \(at)files: send one of them") }
                    out[""] = Data(source.utf8)
                } else if let files, !files.isEmpty {
                    for (i, f) in files.enumerated() {
                        guard isSafeName(f.name) else { throw WireError(.badRequest, "\(at)files[\(i)].name '\(f.name)' is not a plain relative path") }
                        guard out[f.name] == nil else { throw WireError(.badRequest, "\(at)files[\(i)].name '\(f.name)' appears twice") }
                        out[f.name] = try bytes(f.content, encoding: f.encoding, field: "\(at)files[\(i)].content")
                    }
                    main = files.count == 1 ? files[0].name : nil
                } else {
                    throw WireError(.badRequest, "\(at)source (a string) or \(at)files (a non-empty array) is required")
                }
                let total = out.values.reduce(0) { $0 + $1.count }
                guard total <= limits.maxSourceBytes else {
                    throw WireError(.tooLarge, "the program is \(total) bytes (at most \(limits.maxSourceBytes))")
                }
                return ProgramSource(language: language, files: out, mainFile: main)
        }
    }

    static func isSafeName(_ name: String) -> Bool {
        let parts = name.split(separator: "/", omittingEmptySubsequences: false)
        return !name.isEmpty && name.utf8.count <= 255 && !name.hasPrefix("/") && !name.contains("\0")
            && parts.allSatisfy { !$0.isEmpty && $0 != "." && $0 != ".." }
    }

    static func bytes(_ text: String, encoding: String?, field: String) throws -> Data {
        switch encoding ?? "utf8" {
        case "utf8", "utf-8": return Data(text.utf8)
        case "base64":
            guard let d = Data(base64Encoded: text) else { throw WireError(.badRequest, "\(field) is not valid base64") }
            return d
        case let other: throw WireError(.badRequest, "\(field): encoding '\(other)' is not utf8 or base64")
        }
    }

    /// How deeply arrays and objects nest, counted without parsing (strings skipped).
    static func nestingDepth(_ bytes: [UInt8]) -> Int {
        var depth = 0, deepest = 0, inString = false, escaped = false
        for b in bytes {
            if inString {
                if escaped { escaped = false } else if b == UInt8(ascii: "\\") { escaped = true } else if b == UInt8(ascii: "\"") { inString = false }
                continue
            }
            switch b {
            case UInt8(ascii: "\""): inString = true
            case UInt8(ascii: "["), UInt8(ascii: "{"):
                depth += 1
                deepest = max(deepest, depth)
                if deepest > PebbleProtocol.maxNesting { return deepest }
            case UInt8(ascii: "]"), UInt8(ascii: "}"): depth -= 1
            default: break
            }
        }
        return deepest
    }

    /// "field 'limits.cpuMs' must be an integer", from what JSONDecoder says.
    static func describe(_ error: DecodingError) -> String {
        func path(_ keys: [any CodingKey]) -> String {
            keys.map { $0.intValue.map { "[\($0)]" } ?? "." + $0.stringValue }.joined().trimmingCharacters(in: CharacterSet(charactersIn: "."))
                .replacingOccurrences(of: ".[", with: "[")
        }
        switch error {
        case let .typeMismatch(type, context):
            return "field '\(path(context.codingPath))' must be \(name(type))"
        case let .valueNotFound(type, context):
            return "field '\(path(context.codingPath))' must be \(name(type)), not null"
        case let .keyNotFound(key, context):
            return "missing field '\(path(context.codingPath + [key]))'"
        case let .dataCorrupted(context):
            return context.codingPath.isEmpty ? context.debugDescription : "field '\(path(context.codingPath))': \(context.debugDescription)"
        @unknown default:
            return "\(error)"
        }
    }

    static func name(_ type: Any.Type) -> String {
        let t = "\(type)"
        if t.hasPrefix("Int") || t.hasPrefix("UInt") { return "an integer" }
        if t == "Bool" { return "a boolean" }
        if t == "String" { return "a string" }
        if t == "Double" { return "a number" }
        if t.hasPrefix("Array") { return "an array" }
        if t.hasPrefix("Dictionary") { return "an object" }
        return "a " + t
    }
}

// The wire shapes of requests with programs, before the program is checked.
struct RunWire: Decodable {
    var language: String
    var source: String?
    var files: [SourceFile]?
    var stdin: String?
    var stdinEncoding: String?
    var limits: RunLimitsRequest?
    var meta: JSONValue?

    func program(limits: RequestDecoder.Limits) throws -> ProgramSource {
        try RequestDecoder.ProgramWire(language: language, source: source, files: files).program(limits: limits)
    }
}

struct JudgeWire: Decodable {
    var problem: String
    var language: String
    var source: String?
    var files: [SourceFile]?
    var tests: TestsSelection?
    var stopOnFirstFailure: Bool?
    var meta: JSONValue?
}

struct BatchSubmissionWire: Decodable {
    var id: String
    var problem: String
    var language: String
    var source: String?
    var files: [SourceFile]?
    var meta: JSONValue?
}

struct BatchWire: Decodable {
    var key: String
    var submissions: [BatchSubmissionWire]
    var tests: TestsSelection?
    var stopOnFirstFailure: Bool?
}

struct JobWire: Decodable {
    var job: String
}
