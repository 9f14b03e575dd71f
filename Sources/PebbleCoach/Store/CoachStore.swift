public import Foundation
import GRDB

/// The coach's SQLite file (WAL): each learner's runs and the help they got, per problem — what
/// the struggle engine reads. Plain SQL, so the store can move to PostgreSQL unchanged.
public final class CoachStore: Sendable {
    public struct Run: Sendable, Equatable {
        public var at: Date
        public var verdict: String
        public var passed: Int?
        public var signature: String
        public init(at: Date, verdict: String, passed: Int?, signature: String) {
            self.at = at
            self.verdict = verdict
            self.passed = passed
            self.signature = signature
        }
    }

    public struct Assist: Sendable, Equatable {
        public var at: Date
        public var tier: String
        public init(at: Date, tier: String) {
            self.at = at
            self.tier = tier
        }
    }

    private let db: DatabasePool

    public init(path: String) throws {
        var config = Configuration()
        config.prepareDatabase { db in try db.execute(sql: "PRAGMA synchronous = NORMAL") }
        db = try DatabasePool(path: path, configuration: config)
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1") { db in
            try db.execute(sql: """
                CREATE TABLE run (
                    id INTEGER PRIMARY KEY, learner TEXT NOT NULL, problem TEXT NOT NULL, language TEXT NOT NULL,
                    at REAL NOT NULL, verdict TEXT NOT NULL, passed INTEGER, total INTEGER, signature TEXT NOT NULL,
                    codeHash TEXT NOT NULL, job TEXT UNIQUE);
                CREATE INDEX run_learner ON run(learner, problem, at);
                CREATE TABLE assist (
                    id INTEGER PRIMARY KEY, learner TEXT NOT NULL, problem TEXT NOT NULL, at REAL NOT NULL,
                    tier TEXT NOT NULL, source TEXT NOT NULL, errorClass TEXT, line INTEGER, safety TEXT NOT NULL);
                CREATE INDEX assist_learner ON assist(learner, problem, at);
                """)
        }
        try migrator.migrate(db)
    }

    /// Records a run once: a run with a judge job id is stored once whatever reports it, and the
    /// same code with the same verdict reported again right after (a learner asking for a second
    /// tier about one run) is the same run.
    @discardableResult
    public func record(learner: String, problem: String, language: String, run: RunOutcome, signature: String,
                       codeHash: String, at: Date) throws -> Bool {
        try db.write { db in
            if let job = run.job, try Bool.fetchOne(db, sql: "SELECT 1 FROM run WHERE job = ?", arguments: [job]) == true { return false }
            if run.job == nil, let last = try Row.fetchOne(db, sql: "SELECT verdict, codeHash FROM run WHERE learner = ? AND problem = ? ORDER BY at DESC, id DESC LIMIT 1",
                                                           arguments: [learner, problem]),
               last["verdict"] as String == run.verdict, last["codeHash"] as String == codeHash { return false }
            try db.execute(sql: """
                INSERT INTO run (learner, problem, language, at, verdict, passed, total, signature, codeHash, job)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, arguments: [learner, problem, language, at.timeIntervalSince1970, run.verdict, run.passed, run.total, signature, codeHash, run.job])
            return true
        }
    }

    public func recordAssist(learner: String, problem: String, tier: Tier, source: String, finding: Finding, safety: SafetyLayer.Report, at: Date) throws {
        try db.write { db in
            try db.execute(sql: "INSERT INTO assist (learner, problem, at, tier, source, errorClass, line, safety) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                           arguments: [learner, problem, at.timeIntervalSince1970, tier.rawValue, source, finding.errorClass, finding.line,
                                       safety.reasons.joined(separator: ",")])
        }
    }

    /// The learner's last `limit` runs and the help since the earliest of them, oldest first.
    public func history(learner: String, problem: String, limit: Int = 50) throws -> (runs: [Run], assists: [Assist]) {
        try db.read { db in
            let runs = try Row.fetchAll(db, sql: "SELECT at, verdict, passed, signature FROM run WHERE learner = ? AND problem = ? ORDER BY at DESC, id DESC LIMIT ?",
                                        arguments: [learner, problem, limit]).reversed().map {
                Run(at: Date(timeIntervalSince1970: $0["at"]), verdict: $0["verdict"], passed: $0["passed"], signature: $0["signature"])
            }
            let since = runs.first?.at.timeIntervalSince1970 ?? 0
            let assists = try Row.fetchAll(db, sql: "SELECT at, tier FROM assist WHERE learner = ? AND problem = ? AND at >= ? ORDER BY at, id",
                                           arguments: [learner, problem, since]).map {
                Assist(at: Date(timeIntervalSince1970: $0["at"]), tier: $0["tier"])
            }
            return (Array(runs), assists)
        }
    }

    public func counts() throws -> (runs: Int, assists: Int) {
        try db.read { db in
            (try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM run") ?? 0, try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM assist") ?? 0)
        }
    }
}
