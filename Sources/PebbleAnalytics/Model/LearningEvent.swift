public import Foundation
public import PebbleJSON

/// What happened (docs/analytics.md, "Events"). ProgSnap2 names: run → `Run.Program`,
/// submit → `Submit`, assist → `Intervention`, solve → `X-Solve`, placement → `X-Placement`.
public enum EventType: String, Sendable, CaseIterable, Codable {
    case run, submit, assist, solve, placement
}

/// The class of a failure, as the front end and the judge mapping name it.
public enum ErrorType: String, Sendable, CaseIterable, Codable, Comparable {
    case syntax, compile, runtime, logic, timeout, memory

    public static func < (a: ErrorType, b: ErrorType) -> Bool { a.rawValue < b.rawValue }
}

/// The coach's tiers (pebble-coach's `Tier`): each asks for more of the answer.
public enum HelpTier: String, Sendable, CaseIterable, Codable {
    case hint, explain, next

    /// How much of the work the help did: a guiding question (1) … the concrete next step (3).
    public var weight: Double {
        switch self {
        case .hint: 1
        case .explain: 2
        case .next: 3
        }
    }
}

/// Where an event came from: the platform's front end (`POST /v1/events`) or pebble-judged's
/// job events.
public enum EventSource: String, Sendable, Codable {
    case api, judge
}

/// One learning event, validated. `timestamp` is milliseconds since the Unix epoch.
public struct LearningEvent: Sendable, Equatable {
    public var id: String
    public var type: EventType
    public var learner: String
    public var problem: String
    public var language: String
    public var timestamp: Int64
    public var source: EventSource
    // run
    public var passed: Bool?
    public var errorType: ErrorType?
    public var executionTimeMs: Double?
    // submit
    public var accepted: Bool?
    public var testsPassed: Int?
    public var testsTotal: Int?
    // assist
    public var helpTier: HelpTier?
    public var struggleLevel: Int?
    // solve
    public var attempts: Int?
    /// Seconds spent on the problem until it was solved.
    public var timeSpent: Double?

    public init(id: String, type: EventType, learner: String, problem: String, language: String, timestamp: Int64,
                source: EventSource = .api, passed: Bool? = nil, errorType: ErrorType? = nil, executionTimeMs: Double? = nil,
                accepted: Bool? = nil, testsPassed: Int? = nil, testsTotal: Int? = nil, helpTier: HelpTier? = nil,
                struggleLevel: Int? = nil, attempts: Int? = nil, timeSpent: Double? = nil) {
        self.id = id
        self.type = type
        self.learner = learner
        self.problem = problem
        self.language = language
        self.timestamp = timestamp
        self.source = source
        self.passed = passed
        self.errorType = errorType
        self.executionTimeMs = executionTimeMs
        self.accepted = accepted
        self.testsPassed = testsPassed
        self.testsTotal = testsTotal
        self.helpTier = helpTier
        self.struggleLevel = struggleLevel
        self.attempts = attempts
        self.timeSpent = timeSpent
    }

    /// A run or submit that failed.
    public var isFailure: Bool {
        switch type {
        case .run: passed == false
        case .submit: accepted == false
        default: false
        }
    }

    /// A run that passed, an accepted submit, or a solve: the learner got there.
    public var isSuccess: Bool {
        switch type {
        case .run: passed == true
        case .submit: accepted == true
        case .solve: true
        default: false
        }
    }

    /// Practice that keeps a streak alive (an assist or a placement alone does not).
    public var isPractice: Bool { type == .run || type == .submit || type == .solve }

    public var date: Date { Date(timeIntervalSince1970: Double(timestamp) / 1000) }

    /// The event as the API shows it (the fields of its type only).
    public var json: JSONValue {
        var o: [String: JSONValue] = ["id": .string(id), "type": .string(type.rawValue), "learner": .string(learner),
                                      "problem": .string(problem), "language": .string(language),
                                      "timestamp": .int(timestamp), "source": .string(source.rawValue)]
        if let passed { o["passed"] = .bool(passed) }
        if let errorType { o["errorType"] = .string(errorType.rawValue) }
        if let executionTimeMs { o["executionTimeMs"] = .double(executionTimeMs) }
        if let accepted { o["accepted"] = .bool(accepted) }
        if let testsPassed { o["testsPassed"] = .int(Int64(testsPassed)) }
        if let testsTotal { o["testsTotal"] = .int(Int64(testsTotal)) }
        if let helpTier { o["helpTier"] = .string(helpTier.rawValue) }
        if let struggleLevel { o["struggleLevel"] = .int(Int64(struggleLevel)) }
        if let attempts { o["attempts"] = .int(Int64(attempts)) }
        if let timeSpent { o["timeSpent"] = .double(timeSpent) }
        return .object(o)
    }
}
