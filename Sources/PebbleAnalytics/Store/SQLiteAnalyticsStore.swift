import Foundation
import GRDB

/// The default store: one SQLite file (WAL, `synchronous=NORMAL`), migrated on open. The SQL is
/// plain (no SQLite-only functions; `ON CONFLICT … DO NOTHING` and `CASE` are PostgreSQL too;
/// booleans are 0/1 integers) so the same statements serve a PostgreSQL store.
public final class SQLiteAnalyticsStore: AnalyticsStore {
    private let db: DatabasePool

    static let columns = "learner, id, type, problem, language, ts, source, passed, error_type, execution_ms, accepted, tests_passed, tests_total, help_tier, struggle_level, attempts, time_spent"

    public init(path: String) throws {
        var config = Configuration()
        config.prepareDatabase { db in try db.execute(sql: "PRAGMA synchronous = NORMAL") }
        db = try DatabasePool(path: path, configuration: config)
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1") { db in
            try db.execute(sql: """
                CREATE TABLE event (
                    learner TEXT NOT NULL, id TEXT NOT NULL, type TEXT NOT NULL, problem TEXT NOT NULL,
                    language TEXT NOT NULL, ts BIGINT NOT NULL, source TEXT NOT NULL,
                    passed INTEGER, error_type TEXT, execution_ms DOUBLE PRECISION,
                    accepted INTEGER, tests_passed INTEGER, tests_total INTEGER,
                    help_tier TEXT, struggle_level INTEGER, attempts INTEGER, time_spent DOUBLE PRECISION,
                    PRIMARY KEY (learner, id));
                CREATE INDEX event_learner_ts ON event (learner, ts);
                CREATE INDEX event_ts ON event (ts);
                CREATE TABLE learner (
                    id TEXT PRIMARY KEY, time_zone TEXT NOT NULL, updated_at BIGINT NOT NULL);
                CREATE TABLE model (
                    name TEXT PRIMARY KEY, body TEXT NOT NULL, trained_at BIGINT NOT NULL);
                """)
        }
        try migrator.migrate(db)
    }

    public func insert(_ events: [LearningEvent]) throws -> [Bool] {
        guard !events.isEmpty else { return [] }
        return try db.write { db in
            let statement = try db.cachedStatement(sql: """
                INSERT INTO event (\(Self.columns)) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (learner, id) DO NOTHING
                """)
            var fresh: [Bool] = []
            fresh.reserveCapacity(events.count)
            for e in events {
                let values: [(any DatabaseValueConvertible)?] = [
                    e.learner, e.id, e.type.rawValue, e.problem, e.language, e.timestamp, e.source.rawValue,
                    e.passed.map { $0 ? 1 : 0 }, e.errorType?.rawValue, e.executionTimeMs,
                    e.accepted.map { $0 ? 1 : 0 }, e.testsPassed, e.testsTotal, e.helpTier?.rawValue, e.struggleLevel,
                    e.attempts, e.timeSpent,
                ]
                try statement.execute(arguments: StatementArguments(values))
                fresh.append(db.changesCount > 0)
            }
            return fresh
        }
    }

    /// A row of `SELECT \(columns)`, read by position (by-name lookups cost more than the rest).
    static func event(_ row: Row) -> LearningEvent {
        LearningEvent(
            id: row[1], type: EventType(rawValue: row[2]) ?? .run, learner: row[0], problem: row[3],
            language: row[4], timestamp: row[5], source: EventSource(rawValue: row[6]) ?? .api,
            passed: (row[7] as Int?).map { $0 != 0 }, errorType: (row[8] as String?).flatMap(ErrorType.init(rawValue:)),
            executionTimeMs: row[9], accepted: (row[10] as Int?).map { $0 != 0 },
            testsPassed: row[11], testsTotal: row[12],
            helpTier: (row[13] as String?).flatMap(HelpTier.init(rawValue:)), struggleLevel: row[14],
            attempts: row[15], timeSpent: row[16])
    }

    public func events(learner: String, from: Int64?, through: Int64?) throws -> [LearningEvent] {
        var sql = "SELECT \(Self.columns) FROM event WHERE learner = ?"
        var args: [(any DatabaseValueConvertible)?] = [learner]
        if let from { sql += " AND ts > ?"; args.append(from) }
        if let through { sql += " AND ts <= ?"; args.append(through) }
        sql += " ORDER BY ts, id"
        return try db.read { db in
            // A cursor reuses one row: no copy of each row before it becomes an event.
            let rows = try Row.fetchCursor(db, sql: sql, arguments: StatementArguments(args))
            var out: [LearningEvent] = []
            while let row = try rows.next() { out.append(Self.event(row)) }
            return out
        }
    }

    public func recentEvents(learner: String, limit: Int) throws -> [LearningEvent] {
        try db.read { db in
            try Row.fetchAll(db, sql: "SELECT \(Self.columns) FROM event WHERE learner = ? ORDER BY ts DESC, id DESC LIMIT ?",
                             arguments: [learner, limit]).map(Self.event)
        }
    }

    public func eventCount(learner: String?) throws -> Int {
        try db.read { db in
            if let learner { return try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM event WHERE learner = ?", arguments: [learner]) ?? 0 }
            return try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM event") ?? 0
        }
    }

    public func learners() throws -> [String] {
        try db.read { db in try String.fetchAll(db, sql: "SELECT DISTINCT learner FROM event ORDER BY learner") }
    }

    public func timeZone(learner: String) throws -> String? {
        try db.read { db in try String.fetchOne(db, sql: "SELECT time_zone FROM learner WHERE id = ?", arguments: [learner]) }
    }

    public func setTimeZone(_ identifier: String, learner: String, at: Int64) throws {
        try db.write { db in
            try db.execute(sql: """
                INSERT INTO learner (id, time_zone, updated_at) VALUES (?, ?, ?)
                ON CONFLICT (id) DO UPDATE SET time_zone = excluded.time_zone, updated_at = excluded.updated_at
                """, arguments: [learner, identifier, at])
        }
    }

    public func cohort(language: String?, from: Int64?, through: Int64) throws -> CohortSummary {
        var filter = "ts <= ?"
        var args: [(any DatabaseValueConvertible)?] = [through]
        if let from { filter += " AND ts > ?"; args.append(from) }
        if let language { filter += " AND language = ?"; args.append(language) }
        let arguments = StatementArguments(args)
        return try db.read { db in
            var c = CohortSummary()
            if let row = try Row.fetchOne(db, sql: """
                SELECT COUNT(DISTINCT learner) AS learners, COUNT(*) AS events,
                    SUM(CASE WHEN type = 'run' THEN 1 ELSE 0 END) AS runs,
                    SUM(CASE WHEN type = 'run' AND passed = 0 THEN 1 ELSE 0 END) AS failed_runs,
                    SUM(CASE WHEN type = 'submit' THEN 1 ELSE 0 END) AS submits,
                    SUM(CASE WHEN type = 'submit' AND accepted = 1 THEN 1 ELSE 0 END) AS accepted_submits,
                    SUM(CASE WHEN type = 'solve' THEN 1 ELSE 0 END) AS solves,
                    SUM(CASE WHEN type = 'assist' THEN 1 ELSE 0 END) AS assists,
                    AVG(CASE WHEN type = 'solve' THEN attempts END) AS avg_attempts,
                    AVG(CASE WHEN type = 'solve' THEN time_spent END) AS avg_time_spent,
                    AVG(CASE WHEN type = 'run' THEN execution_ms END) AS avg_execution_ms
                FROM event WHERE \(filter)
                """, arguments: arguments) {
                c.learners = row["learners"] ?? 0
                c.events = row["events"] ?? 0
                c.runs = row["runs"] ?? 0
                c.failedRuns = row["failed_runs"] ?? 0
                c.submits = row["submits"] ?? 0
                c.acceptedSubmits = row["accepted_submits"] ?? 0
                c.solves = row["solves"] ?? 0
                c.assists = row["assists"] ?? 0
                c.avgAttemptsPerSolve = row["avg_attempts"]
                c.avgTimeSpentSec = row["avg_time_spent"]
                c.avgExecutionTimeMs = row["avg_execution_ms"]
            }
            c.errors = try Row.fetchAll(db, sql: """
                SELECT error_type, COUNT(*) AS n FROM event
                WHERE \(filter) AND error_type IS NOT NULL AND ((type = 'run' AND passed = 0) OR (type = 'submit' AND accepted = 0))
                GROUP BY error_type ORDER BY n DESC, error_type
                """, arguments: arguments).compactMap { row in
                (ErrorType(rawValue: row["error_type"] as String)).map { ($0, row["n"] as Int) }
            }
            c.assistsByTier = try Row.fetchAll(db, sql: """
                SELECT help_tier, COUNT(*) AS n FROM event WHERE \(filter) AND type = 'assist'
                GROUP BY help_tier ORDER BY n DESC, help_tier
                """, arguments: arguments).compactMap { row in
                (HelpTier(rawValue: row["help_tier"] as String)).map { ($0, row["n"] as Int) }
            }
            c.problems = try Row.fetchAll(db, sql: """
                SELECT problem, COUNT(*) AS attempts,
                    SUM(CASE WHEN (type = 'run' AND passed = 0) OR (type = 'submit' AND accepted = 0) THEN 1 ELSE 0 END) AS failures,
                    COUNT(DISTINCT learner) AS learners
                FROM event WHERE \(filter) AND type IN ('run', 'submit')
                GROUP BY problem ORDER BY failures DESC, attempts DESC, problem LIMIT 10
                """, arguments: arguments).map { row in
                CohortSummary.ProblemRow(problem: row["problem"], attempts: row["attempts"], failures: row["failures"], learners: row["learners"])
            }
            c.languages = try Row.fetchAll(db, sql: """
                SELECT language, COUNT(DISTINCT learner) AS learners, COUNT(*) AS events
                FROM event WHERE \(filter) GROUP BY language ORDER BY events DESC, language
                """, arguments: arguments).map { row in
                CohortSummary.LanguageRow(language: row["language"], learners: row["learners"], events: row["events"])
            }
            return c
        }
    }

    public func saveModel(name: String, json: String, at: Int64) throws {
        try db.write { db in
            try db.execute(sql: """
                INSERT INTO model (name, body, trained_at) VALUES (?, ?, ?)
                ON CONFLICT (name) DO UPDATE SET body = excluded.body, trained_at = excluded.trained_at
                """, arguments: [name, json, at])
        }
    }

    public func model(name: String) throws -> (json: String, at: Int64)? {
        try db.read { db in
            try Row.fetchOne(db, sql: "SELECT body, trained_at FROM model WHERE name = ?", arguments: [name]).map { ($0["body"], $0["trained_at"]) }
        }
    }
}
