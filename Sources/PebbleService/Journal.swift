public import Foundation
import GRDB

/// The daemon's durable record of jobs (SQLite, WAL): a `judge` or `batch` job is written before
/// `accepted` is sent, its result when it finishes; after a crash, what had not finished is run
/// again and what had is kept (docs/protocol.md, "judge", "batch").
public final class Journal: Sendable {
    public struct Job: Sendable, Equatable {
        public var id: String
        public var kind: String
        public var caller: UInt32
        public var batch: String?
        public var submission: String?
        /// The request as the service needs it to run the job again (JSON).
        public var request: Data
        public var state: String
        /// The `result` frame's fields, without `id` (JSON).
        public var result: Data?
        public var createdAt: Double
        public var finishedAt: Double?

        public init(id: String, kind: String, caller: UInt32, batch: String? = nil, submission: String? = nil, request: Data,
                    state: String = "queued", result: Data? = nil, createdAt: Double = Date().timeIntervalSince1970, finishedAt: Double? = nil) {
            self.id = id
            self.kind = kind
            self.caller = caller
            self.batch = batch
            self.submission = submission
            self.request = request
            self.state = state
            self.result = result
            self.createdAt = createdAt
            self.finishedAt = finishedAt
        }
    }

    public struct Batch: Sendable, Equatable {
        public var id: String
        public var caller: UInt32
        public var key: String
        public var total: Int
        public var options: Data
    }

    private let db: DatabasePool

    public init(path: String) throws {
        var config = Configuration()
        config.prepareDatabase { db in
            // WAL with NORMAL sync: a commit survives a process crash (the WAL is written before
            // the call returns); only a power loss can take the last commits, which `accepted` then
            // never acknowledged twice.
            try db.execute(sql: "PRAGMA synchronous = NORMAL")
        }
        db = try DatabasePool(path: path, configuration: config)
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1") { db in
            try db.execute(sql: """
                CREATE TABLE job (
                    id TEXT PRIMARY KEY, kind TEXT NOT NULL, caller INTEGER NOT NULL, batch TEXT, submission TEXT,
                    request BLOB NOT NULL, state TEXT NOT NULL, result BLOB, createdAt REAL NOT NULL, finishedAt REAL);
                CREATE INDEX job_batch ON job(batch);
                CREATE INDEX job_state ON job(state);
                CREATE TABLE batch (
                    id TEXT PRIMARY KEY, caller INTEGER NOT NULL, key TEXT NOT NULL, total INTEGER NOT NULL, options BLOB NOT NULL,
                    createdAt REAL NOT NULL, UNIQUE(caller, key));
                """)
        }
        try migrator.migrate(db)
    }

    public func insert(_ jobs: [Job], batch: Batch? = nil) throws {
        try db.write { db in
            if let b = batch {
                try db.execute(sql: "INSERT INTO batch (id, caller, key, total, options, createdAt) VALUES (?, ?, ?, ?, ?, ?)",
                               arguments: [b.id, Int64(b.caller), b.key, b.total, b.options, Date().timeIntervalSince1970])
            }
            for j in jobs {
                try db.execute(sql: """
                    INSERT INTO job (id, kind, caller, batch, submission, request, state, result, createdAt, finishedAt)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """, arguments: [j.id, j.kind, Int64(j.caller), j.batch, j.submission, j.request, j.state, j.result, j.createdAt, j.finishedAt])
            }
        }
    }

    public func setState(_ id: String, _ state: String) throws {
        try db.write { try $0.execute(sql: "UPDATE job SET state = ? WHERE id = ?", arguments: [state, id]) }
    }

    public func finish(_ id: String, state: String = "finished", result: Data) throws {
        try db.write { db in
            try db.execute(sql: "UPDATE job SET state = ?, result = ?, finishedAt = ? WHERE id = ?",
                           arguments: [state, result, Date().timeIntervalSince1970, id])
        }
    }

    public func job(_ id: String) throws -> Job? {
        try db.read { db in try Row.fetchOne(db, sql: "SELECT * FROM job WHERE id = ?", arguments: [id]).map(Self.job) }
    }

    public func jobs(batch: String) throws -> [Job] {
        try db.read { db in try Row.fetchAll(db, sql: "SELECT * FROM job WHERE batch = ? ORDER BY rowid", arguments: [batch]).map(Self.job) }
    }

    /// Jobs that had not finished when the daemon last stopped: to be run again.
    public func unfinished() throws -> [Job] {
        try db.read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM job WHERE state IN ('queued', 'running') ORDER BY rowid").map(Self.job)
        }
    }

    public func batch(caller: UInt32, key: String) throws -> Batch? {
        try db.read { db in
            try Row.fetchOne(db, sql: "SELECT * FROM batch WHERE caller = ? AND key = ?", arguments: [Int64(caller), key]).map(Self.batch)
        }
    }

    public func batch(id: String) throws -> Batch? {
        try db.read { db in try Row.fetchOne(db, sql: "SELECT * FROM batch WHERE id = ?", arguments: [id]).map(Self.batch) }
    }

    /// Removes finished jobs (and their batches) older than `age` seconds; returns how many.
    @discardableResult
    public func expire(olderThan age: Double) throws -> Int {
        let cutoff = Date().timeIntervalSince1970 - age
        return try db.write { db in
            try db.execute(sql: "DELETE FROM job WHERE state IN ('finished', 'cancelled') AND finishedAt < ?", arguments: [cutoff])
            let removed = db.changesCount
            try db.execute(sql: "DELETE FROM batch WHERE createdAt < ? AND NOT EXISTS (SELECT 1 FROM job WHERE job.batch = batch.id)",
                           arguments: [cutoff])
            return removed
        }
    }

    public func count() throws -> Int {
        try db.read { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM job") ?? 0 }
    }

    static func job(_ r: Row) -> Job {
        Job(id: r["id"], kind: r["kind"], caller: UInt32(truncatingIfNeeded: r["caller"] as Int64), batch: r["batch"], submission: r["submission"],
            request: r["request"], state: r["state"], result: r["result"], createdAt: r["createdAt"], finishedAt: r["finishedAt"])
    }

    static func batch(_ r: Row) -> Batch {
        Batch(id: r["id"], caller: UInt32(truncatingIfNeeded: r["caller"] as Int64), key: r["key"], total: r["total"], options: r["options"])
    }
}
