import Foundation

/// Everything the service keeps, behind one protocol: SQLite is the default
/// (`SQLiteAnalyticsStore`); the SQL is kept portable so a PostgreSQL store (postgres-nio) can
/// implement the same protocol with the same statements.
public protocol AnalyticsStore: Sendable {
    /// Stores each event not stored yet — an event is identified by its learner and id, so a
    /// retried batch, or the same event from the front end and from the judge, is stored once.
    /// Answers, per event, whether it was new.
    func insert(_ events: [LearningEvent]) throws -> [Bool]
    /// The learner's events with `from < timestamp <= through` (nil: unbounded), oldest first.
    func events(learner: String, from: Int64?, through: Int64?) throws -> [LearningEvent]
    /// The learner's newest events, newest first.
    func recentEvents(learner: String, limit: Int) throws -> [LearningEvent]
    func eventCount(learner: String?) throws -> Int
    func learners() throws -> [String]
    /// The learner's IANA time zone, when set.
    func timeZone(learner: String) throws -> String?
    func setTimeZone(_ identifier: String, learner: String, at: Int64) throws
    /// Aggregates over every learner (SQL), optionally for one language.
    func cohort(language: String?, from: Int64?, through: Int64) throws -> CohortSummary
    func saveModel(name: String, json: String, at: Int64) throws
    func model(name: String) throws -> (json: String, at: Int64)?
}

/// What `GET /v1/cohorts/insights` answers: counts and rates over all learners.
public struct CohortSummary: Sendable, Equatable {
    public struct ProblemRow: Sendable, Equatable {
        public var problem: String
        public var attempts: Int
        public var failures: Int
        public var learners: Int
    }

    public struct LanguageRow: Sendable, Equatable {
        public var language: String
        public var learners: Int
        public var events: Int
    }

    public var learners = 0
    public var events = 0
    public var runs = 0
    public var failedRuns = 0
    public var submits = 0
    public var acceptedSubmits = 0
    public var solves = 0
    public var assists = 0
    public var avgAttemptsPerSolve: Double?
    public var avgTimeSpentSec: Double?
    public var avgExecutionTimeMs: Double?
    public var errors: [(ErrorType, Int)] = []
    public var assistsByTier: [(HelpTier, Int)] = []
    public var problems: [ProblemRow] = []
    public var languages: [LanguageRow] = []

    public init() {}

    public static func == (a: CohortSummary, b: CohortSummary) -> Bool {
        a.learners == b.learners && a.events == b.events && a.runs == b.runs && a.failedRuns == b.failedRuns
            && a.submits == b.submits && a.acceptedSubmits == b.acceptedSubmits && a.solves == b.solves && a.assists == b.assists
            && a.errors.map(\.0) == b.errors.map(\.0) && a.errors.map(\.1) == b.errors.map(\.1) && a.problems == b.problems
            && a.languages == b.languages
    }
}
