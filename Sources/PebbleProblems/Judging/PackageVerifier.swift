public import Foundation
public import PebbleLanguages
public import PebbleSandbox

/// Proves a package: every submission in `submissions/<expected verdict>/` is judged and must get
/// the verdict of its folder (Kattis's problemtools semantics). Without a stated time limit, the
/// limit is derived from the slowest accepted submission × `time_multiplier`; a submission that
/// matches only at the limit × `time_safety_margin` matches "with extra time". A submission in a
/// language not installed here is skipped, not a mismatch.
public struct PackageVerifier: Sendable {
    public let judge: Judge

    public init(judge: Judge) {
        self.judge = judge
    }

    public struct Entry: Sendable, Codable, Equatable {
        public var problem: String
        public var path: String
        public var language: String?
        public var expected: Verdict
        public var got: Verdict?
        /// nil when skipped.
        public var match: Bool?
        public var note: String?
        /// The slowest test's CPU time, ms.
        public var timeMs: Double?
    }

    public struct Report: Sendable, Codable, Equatable {
        public var problem: String
        public var timeLimitSeconds: Double
        public var timeLimitDerived: Bool
        public var entries: [Entry]
        public var ok: Bool { entries.allSatisfy { $0.match != false } }
    }

    /// The folders Kattis defines, and the verdict each means.
    public static let folders: [(String, Verdict)] = [
        ("accepted", .accepted), ("wrong_answer", .wrongAnswer), ("time_limit_exceeded", .timeLimit),
        ("run_time_error", .runtimeError), ("memory_limit_exceeded", .memoryLimit), ("output_limit_exceeded", .outputLimit),
        ("compile_error", .compileError),
    ]

    struct Candidate {
        var path: String
        var expected: Verdict
        var submission: Submission?
        var skipped: String?
    }

    public func verify(_ package: ProblemPackage) async throws -> Report {
        var candidates: [Candidate] = []
        let available = Set(judge.engine.toolchains.keys)
        for (folder, verdict) in Self.folders {
            let dir = package.directory + "/submissions/" + folder
            for name in ((try? FileManager.default.contentsOfDirectory(atPath: dir)) ?? []).sorted() where !name.hasPrefix(".") {
                let path = dir + "/" + name
                var isDir: ObjCBool = false
                FileManager.default.fileExists(atPath: path, isDirectory: &isDir)
                let ext = isDir.boolValue ? Submission.folderExtension(path) : (name as NSString).pathExtension
                let (id, known) = Submission.kattisLanguage(forExtension: ext ?? "", available: available)
                guard let id, let t = judge.engine.toolchains[id] else {
                    let why = known ? "no \(ext ?? "") toolchain is installed here" : "no language for '.\(ext ?? "")' in Kattis's table"
                    candidates.append(Candidate(path: path, expected: verdict, skipped: why))
                    continue
                }
                do {
                    candidates.append(Candidate(path: path, expected: verdict, submission: try Submission.read(path, toolchain: t)))
                } catch {
                    candidates.append(Candidate(path: path, expected: verdict, skipped: "\(error)"))
                }
            }
        }
        var entries: [Entry] = []
        var limit = package.statedTimeLimit
        let derived = limit == nil
        // Accepted submissions first: without a stated limit they decide it.
        var slowest = 0.0
        var judgedAccepted: [String: JudgeResult] = [:]
        if derived {
            for c in candidates where c.expected == .accepted {
                guard let s = c.submission else { continue }
                let r = try await judge.judge(s, on: package, options: .init(tests: .all, stopOnFirstFailure: true, timeLimitSeconds: 60))
                judgedAccepted[c.path] = r
                slowest = max(slowest, r.tests.map(\.timeMs).max() ?? 0)
            }
            // problemtools: max(1, ceil(slowest × ac_to_time_limit / resolution)) × resolution, resolution 1 s.
            limit = max(1, (slowest / 1000 * package.metadata.timeMultiplier).rounded(.up))
        }
        let timeLimit = limit ?? Judge.fallbackTimeLimit
        for c in candidates {
            guard let s = c.submission else {
                entries.append(Entry(problem: package.id, path: c.path, language: nil, expected: c.expected, got: nil, match: nil, note: "skipped: \(c.skipped ?? "")"))
                continue
            }
            var r: JudgeResult
            if let earlier = judgedAccepted[c.path], (earlier.tests.map(\.timeMs).max() ?? 0) <= timeLimit * 1000 {
                r = earlier
            } else {
                r = try await judge.judge(s, on: package, options: .init(tests: .all, stopOnFirstFailure: true, timeLimitSeconds: timeLimit))
            }
            var note: String?
            if r.verdict != c.expected && c.expected != .timeLimit && r.verdict == .timeLimit {
                let high = try await judge.judge(s, on: package, options: .init(tests: .all, stopOnFirstFailure: true,
                                                                                   timeLimitSeconds: timeLimit * package.metadata.timeSafetyMargin))
                if high.verdict == c.expected {
                    r = high
                    note = "matches with extra time (limit × time_safety_margin)"
                }
            }
            if r.verdict == .compileError || r.verdict == .judgeError || r.verdict == .internalError {
                note = [note, r.message ?? r.tests.first { $0.verdict == r.verdict }?.message].compactMap { $0 }.joined(separator: "; ")
            }
            entries.append(Entry(problem: package.id, path: c.path, language: s.language, expected: c.expected, got: r.verdict,
                                 match: r.verdict == c.expected, note: note, timeMs: r.tests.map(\.timeMs).max()))
        }
        return Report(problem: package.id, timeLimitSeconds: timeLimit, timeLimitDerived: derived, entries: entries)
    }
}
