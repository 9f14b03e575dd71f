public import Foundation
public import PebbleJSON
public import PebbleProblems
public import PebbleWire

/// A graded class: one row per student and problem, the similar pairs, and everything per test.
public struct Report: Sendable {
    public struct Row: Sendable {
        public var student: String
        public var problem: String
        public var language: String
        public var path: String
        /// A judge verdict, or `SKIPPED` (with `skipped` saying why).
        public var verdict: String
        public var passed: Int
        public var total: Int
        public var score: Double
        public var timeMs: Double
        public var memoryKB: Int
        public var similarTo: [String]
        public var skipped: String?
        public var replayed: Bool
        /// The result frame as the daemon sent it (tests, compile diagnostics, message).
        public var result: JSONValue?
        public var source: String?
        public var id: String { student + "/" + problem }
    }

    public var rows: [Row]
    /// The flagged pairs, best first (at most `maxPairs` of `pairCount`).
    public var pairs: [Similarity.Pair]
    public var pairCount: Int
    public var json: JSONValue

    static let maxPairs = 1000
    /// Partners listed per row in grades.csv (the rest counted).
    static let maxPartners = 10

    static func build(handIns: [HandIn], results: [String: Response], options: Grader.Options, backend: String, key: String) -> Report {
        var rows: [Row] = handIns.map { h in
            let frame = results[h.id]
            let testCount = options.problems[h.problem]?.tests.filter { options.tests == "all" || $0.isSample }.count ?? 0
            var row = Row(student: h.student, problem: h.problem, language: h.language ?? "", path: h.path, verdict: "SKIPPED",
                          passed: 0, total: testCount, score: 0, timeMs: 0, memoryKB: 0, similarTo: [], skipped: h.skipped,
                          replayed: frame?["replayed"]?.bool ?? false, result: frame.map { .object($0.fields) },
                          source: h.order.compactMap { name in h.files[name].flatMap { String(validating: $0, as: UTF8.self) } }.joined(separator: "\n"))
            guard h.skipped == nil else { return row }
            guard let frame else {
                row.verdict = "IE"
                row.skipped = "no result came back for it"
                return row
            }
            if frame.type == "error" {
                row.verdict = frame["code"]?.string == "unknown_problem" ? "SKIPPED" : "IE"
                row.skipped = frame["message"]?.string
                return row
            }
            row.verdict = frame["verdict"]?.string ?? "IE"
            row.passed = frame["passed"]?.int.map(Int.init) ?? 0
            row.total = frame["total"]?.int.map(Int.init) ?? testCount
            row.score = row.total > 0 ? (1000 * Double(row.passed) / Double(row.total)).rounded() / 10 : 0
            if let pkg = options.problems[h.problem], let points = Self.points(pkg, tests: options.tests) {
                // A problem that gives its groups points (`accept_score`): the share of the points won.
                let won = (frame["tests"]?.array ?? []).filter { $0["verdict"]?.string == "AC" }
                    .reduce(0.0) { $0 + (points.each[$1["name"]?.string ?? ""] ?? 0) }
                row.score = points.total > 0 ? (1000 * won / points.total).rounded() / 10 : 0
            }
            row.timeMs = frame["timeMs"]?.number ?? 0
            row.memoryKB = frame["memoryKB"]?.int.map(Int.init) ?? 0
            return row
        }
        // Similarity within each problem (and language), the code every student was given removed.
        var pairs: [Similarity.Pair] = []
        let checker = Similarity(options: options.similarity)
        for problem in Set(rows.map(\.problem)).sorted() {
            let programs = rows.filter { $0.problem == problem && $0.skipped == nil && !($0.source ?? "").isEmpty }
                .map { Similarity.Program(id: $0.id, language: $0.language, source: $0.source ?? "") }
            pairs += checker.flagged(programs, given: given(problem: problem, languages: Set(programs.map(\.language)), options: options))
        }
        var index: [String: Int] = [:]
        for (i, r) in rows.enumerated() { index[r.id] = i }
        for p in pairs {
            if let i = index[p.first] { rows[i].similarTo.append(p.second) }
            if let j = index[p.second] { rows[j].similarTo.append(p.first) }
        }
        // A class that handed in one program many times would list every pair: the reports keep the
        // best ones and say how many there were.
        let pairCount = pairs.count
        pairs = Array(pairs.prefix(Self.maxPairs))
        rows.sort { ($0.student, $0.problem) < ($1.student, $1.problem) }
        let json = Self.json(rows: rows, pairs: pairs, pairCount: pairCount, options: options, backend: backend, key: key)
        return Report(rows: rows, pairs: pairs, pairCount: pairCount, json: json)
    }

    /// The points of each test when the package defines them (a group's `accept_score`; samples
    /// are worth nothing unless theirs says so, other tests 1), else nil: score by tests passed.
    static func points(_ pkg: ProblemPackage, tests selection: String) -> (each: [String: Double], total: Double)? {
        guard pkg.tests.contains(where: { $0.settings.acceptScore != nil }) else { return nil }
        var each: [String: Double] = [:]
        for t in pkg.tests where selection == "all" || t.isSample {
            each[t.name] = t.settings.acceptScore ?? (t.isSample ? 0 : 1)
        }
        return (each, each.values.reduce(0, +))
    }

    /// Starter code (function mode) and `include/<language>/` files: what every student started from.
    static func given(problem: String, languages: Set<String>, options: Grader.Options) -> [String: [String]] {
        guard let pkg = options.problems[problem] else { return [:] }
        var out: [String: [String]] = [:]
        for language in languages {
            var code: [String] = pkg.includedFiles(for: language).values.compactMap { String(validating: $0, as: UTF8.self) }
            if let sig = pkg.metadata.signature, let h = try? Harness.load(language: language, templates: options.templates) {
                code.append(h.starter(for: sig))
            }
            out[language] = code
        }
        return out
    }

    public var csv: String {
        var lines = ["student,problem,language,verdict,passed,total,score,timeMs,memoryKB,similarTo"]
        for r in rows {
            lines.append([r.student, r.problem, r.language, r.verdict, "\(r.passed)", "\(r.total)", Self.number(r.score),
                          Self.number(r.timeMs), "\(r.memoryKB)", Self.partners(r.similarTo)].map(CSV.field).joined(separator: ","))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    static func partners(_ all: [String]) -> String {
        let shown = all.prefix(maxPartners).joined(separator: " ")
        return all.count > maxPartners ? shown + " +\(all.count - maxPartners) more" : shown
    }

    static func number(_ v: Double) -> String {
        v == v.rounded() ? String(Int(v)) : String(format: "%.1f", v)
    }

    static func json(rows: [Row], pairs: [Similarity.Pair], pairCount: Int, options: Grader.Options, backend: String, key: String) -> JSONValue {
        var verdicts: [String: JSONValue] = [:]
        for r in rows { verdicts[r.verdict] = .int((verdicts[r.verdict]?.int ?? 0) + 1) }
        // Pass rate per test, per problem: the tests most students fail are the teaching moments.
        var perTest: [String: [String: (passed: Int, ran: Int, index: Int)]] = [:]
        for r in rows where r.skipped == nil {
            for t in r.result?["tests"]?.array ?? [] {
                guard let name = t["name"]?.string else { continue }
                var entry = perTest[r.problem, default: [:]][name] ?? (0, 0, Int(t["index"]?.int ?? 0))
                entry.ran += 1
                if t["verdict"]?.string == "AC" { entry.passed += 1 }
                perTest[r.problem, default: [:]][name] = entry
            }
        }
        let tests: [String: JSONValue] = perTest.mapValues { byName in
            .array(byName.sorted { $0.value.index < $1.value.index }.map { name, e in
                .object(["name": .string(name), "passed": .int(Int64(e.passed)), "ran": .int(Int64(e.ran)),
                         "rate": .double(e.ran > 0 ? (1000 * Double(e.passed) / Double(e.ran)).rounded() / 1000 : 0)])
            })
        }
        let submissions: [JSONValue] = rows.map { r in
            var o: [String: JSONValue] = [
                "student": .string(r.student), "problem": .string(r.problem), "language": .string(r.language), "path": .string(r.path),
                "verdict": .string(r.verdict), "passed": .int(Int64(r.passed)), "total": .int(Int64(r.total)), "score": .double(r.score),
                "timeMs": .double(r.timeMs), "memoryKB": .int(Int64(r.memoryKB)), "similarTo": .array(r.similarTo.prefix(Self.maxPartners).map { .string($0) }), "similarCount": .int(Int64(r.similarTo.count)),
                "replayed": .bool(r.replayed),
            ]
            if let s = r.skipped { o["reason"] = .string(s) }
            if let result = r.result {
                o["message"] = result["message"] ?? .null
                o["compile"] = result["compile"] ?? .null
                o["tests"] = result["tests"] ?? .array([])
            }
            o["source"] = r.source.map { .string(String($0.prefix(64 * 1024))) } ?? .null
            return .object(o)
        }
        let pairList: [JSONValue] = pairs.map { p in
            .object(["first": .string(p.first), "second": .string(p.second), "score": .double(p.score),
                     "regions": .array(p.regions.map { g in
                         .object(["first": .array([.int(Int64(g.firstLines.lowerBound)), .int(Int64(g.firstLines.upperBound))]),
                                  "second": .array([.int(Int64(g.secondLines.lowerBound)), .int(Int64(g.secondLines.upperBound))]),
                                  "fingerprints": .int(Int64(g.tokens))])
                     })])
        }
        let graded = rows.filter { $0.skipped == nil }
        return .object([
            "generatedAt": .string(ISO8601DateFormatter().string(from: Date())),
            "backend": .string(backend), "key": .string(key), "tests": .string(options.tests),
            "summary": .object([
                "submissions": .int(Int64(rows.count)), "graded": .int(Int64(graded.count)),
                "skipped": .int(Int64(rows.count - graded.count)), "verdicts": .object(verdicts),
                "accepted": .int(Int64(graded.filter { $0.verdict == "AC" }.count)),
                "averageScore": .double(graded.isEmpty ? 0 : (10 * graded.map(\.score).reduce(0, +) / Double(graded.count)).rounded() / 10),
            ]),
            "passRateByTest": .object(tests),
            "similarity": .object([
                "method": .string(Self.similarityMethod(options.similarity)),
                "threshold": .double(options.similarity.threshold), "minimumTokens": .int(Int64(options.similarity.minimumTokens)),
                "pairs": .array(pairList), "pairCount": .int(Int64(pairCount)),
            ]),
            "submissions": .array(submissions),
        ])
    }

    static func similarityMethod(_ o: Similarity.Options) -> String {
        "Each program is read as a stream of tokens in which every name counts as the same word and layout and comments are ignored, "
            + "so renaming variables or reformatting changes nothing. Every run of \(o.k) consecutive tokens is hashed, and from each window of "
            + "\(o.window) hashes the smallest is kept as a fingerprint (winnowing, the method of MOSS: Schleimer, Wilkerson and Aiken, 2003); "
            + "a program's fingerprints form a set, so reordering its functions changes nothing either. Fingerprints of the code every student "
            + "was given (starter code, the problem's templates) are removed first, and programs with fewer than \(o.minimumTokens) tokens of "
            + "their own are not compared. Two programs of the same problem and language are flagged when they share at least "
            + "\(Int(o.threshold * 100))% of the smaller one's fingerprints. A flag is a reason to look, not proof: read the matching regions."
    }

    /// results.json as people read it: indented, keys sorted.
    static func pretty(_ v: JSONValue) throws -> Data {
        let any = try JSONSerialization.jsonObject(with: Data(v.compactJSON.utf8))
        return try JSONSerialization.data(withJSONObject: any, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]) + Data("\n".utf8)
    }

    public func write(to dir: String) throws {
        try Data(csv.utf8).write(to: URL(fileURLWithPath: dir + "/grades.csv"), options: .atomic)
        try Self.pretty(json).write(to: URL(fileURLWithPath: dir + "/results.json"), options: .atomic)
        try Data(ReportPage.html(json).utf8).write(to: URL(fileURLWithPath: dir + "/report.html"), options: .atomic)
    }
}

extension JSONValue {
    /// An integer or a floating-point number, as a Double.
    var number: Double? {
        switch self {
        case let .double(d): d
        case let .int(i): Double(i)
        default: nil
        }
    }
}
