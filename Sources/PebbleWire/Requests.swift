public import Foundation
public import PebbleJSON

/// A request, decoded and checked (docs/protocol.md, "Requests").
public enum Request: Sendable {
    case hello(Hello)
    case run(RunRequest)
    case judge(JudgeRequest)
    case batch(BatchRequest)
    case cancel(job: String)
    case result(job: String)
    case status
    case languages
    case problems(ProblemsRequest)
    case subscribe(SubscribeRequest)

    public var type: String {
        switch self {
        case .hello: "hello"
        case .run: "run"
        case .judge: "judge"
        case .batch: "batch"
        case .cancel: "cancel"
        case .result: "result"
        case .status: "status"
        case .languages: "languages"
        case .problems: "problems"
        case .subscribe: "subscribe"
        }
    }
}

public struct Hello: Decodable, Sendable {
    public var `protocol`: Int?
    public var protocols: [Int]?
    public var client: String?

    /// The newest version both sides speak.
    public func agreedVersion() -> Int? {
        let offered = Set((protocols ?? []) + (self.protocol.map { [$0] } ?? []))
        if offered.isEmpty { return PebbleProtocol.version }
        // `protocol` is the client's highest: every version up to it is assumed spoken.
        return PebbleProtocol.versions.last { v in offered.contains(v) || (self.protocol.map { v <= $0 } ?? false) }
    }
}

/// One file of a program: UTF-8 text, or base64 bytes.
public struct SourceFile: Decodable, Sendable {
    public var name: String
    public var content: String
    public var encoding: String?
}

/// A program as a request carries it: `source` (the main file), or `files`.
public struct ProgramSource: Sendable {
    public var language: String
    public var files: [String: Data]
    /// The main file's name when `files` named it; nil: the toolchain's source name.
    public var mainFile: String?
    public var totalBytes: Int { files.values.reduce(0) { $0 + $1.count } }

    public init(language: String, files: [String: Data], mainFile: String?) {
        self.language = language
        self.files = files
        self.mainFile = mainFile
    }
}

public struct RunLimitsRequest: Decodable, Sendable {
    public var cpuMs: UInt64?
    public var wallMs: UInt64?
    public var memoryMB: UInt64?
    public var outputKB: UInt64?
}

public struct RunRequest: Sendable {
    public var program: ProgramSource
    public var stdin: Data
    public var limits: RunLimitsRequest?
    public var meta: JSONValue?
}

public enum TestsSelection: String, Sendable, Codable {
    case sample, all
}

public struct JudgeRequest: Sendable, Codable {
    public var problem: String
    public var program: ProgramSourceCodable
    public var tests: TestsSelection
    public var stopOnFirstFailure: Bool
    public var meta: JSONValue?

    public init(problem: String, program: ProgramSourceCodable, tests: TestsSelection, stopOnFirstFailure: Bool, meta: JSONValue?) {
        self.problem = problem
        self.program = program
        self.tests = tests
        self.stopOnFirstFailure = stopOnFirstFailure
        self.meta = meta
    }
}

/// A program kept in the journal (base64 files), so a job can be re-run after a restart.
public struct ProgramSourceCodable: Sendable, Codable {
    public var language: String
    public var files: [String: Data]
    public var mainFile: String?

    public init(_ p: ProgramSource) {
        language = p.language
        files = p.files
        mainFile = p.mainFile
    }

    public var program: ProgramSource { ProgramSource(language: language, files: files, mainFile: mainFile) }
}

public struct BatchSubmission: Sendable, Codable {
    public var id: String
    public var problem: String
    public var program: ProgramSourceCodable
    public var meta: JSONValue?
}

public struct BatchRequest: Sendable {
    public var key: String
    public var submissions: [BatchSubmission]
    public var tests: TestsSelection
    public var stopOnFirstFailure: Bool
}

public struct ProblemsRequest: Decodable, Sendable {
    public var problem: String?
    public var language: String?
    public var locale: String?
}

public struct SubscribeRequest: Decodable, Sendable {
    public var kinds: [String]?
}
