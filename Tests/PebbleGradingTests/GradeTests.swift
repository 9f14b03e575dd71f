import Foundation
import PebbleTestSupport
import Testing

/// `pebble grade` as a teacher meets it: a generated class (Tools/make_class.py) graded end to end
/// with the real engine, interrupted and resumed, and its report opened in headless Chromium.
@Suite(.serialized, .timeLimit(.minutes(30))) struct GradeTests {
    static let tools = CLIProcess.repositoryRoot.appendingPathComponent("Tests/PebbleGradingTests/Tools").path
    static let daemonBinary = URL(fileURLWithPath: CLIProcess.pebble).deletingLastPathComponent().appendingPathComponent("pebble-judged").path

    /// The class's size: 3 problems × 4 languages × this (25: the 300 of the issue).
    static var perCell: Int { ProcessInfo.processInfo.environment["PEBBLE_GRADE_PER_CELL"].flatMap(Int.init) ?? 25 }

    struct Expected {
        var student, problem, language, verdict, copyOf, kind: String
    }

    /// A fresh folder with the generated packages, hand-ins, manifest and expectations.
    static func makeClass(perCell: Int) throws -> (String, [Expected]) {
        let dir = "/run/pebble-tests/grade-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        let (status, out) = try run(["python3", tools + "/make_class.py", dir, "--per-cell", "\(perCell)"])
        guard status == 0 else { throw Failure("make_class.py failed: \(out)") }
        let rows = try csv(dir + "/expected.csv").dropFirst()
        return (dir, rows.map { Expected(student: $0[0], problem: $0[1], language: $0[2], verdict: $0[3], copyOf: $0[4], kind: $0[5]) })
    }

    struct Failure: Error, CustomStringConvertible {
        var description: String
        init(_ d: String) { description = d }
    }

    static func run(_ arguments: [String]) throws -> (Int32, String) { try CLIProcess.runAll(arguments) }

    /// Plain CSV as the generator and `pebble grade` write it (quoted fields only around commas).
    static func csv(_ path: String) throws -> [[String]] {
        let text = try String(contentsOfFile: path, encoding: .utf8)
        return text.split(whereSeparator: \.isNewline).map { line in
            var fields: [String] = [], field = "", quoted = false
            for c in line {
                if c == "\"" { quoted.toggle() } else if c == "," && !quoted { fields.append(field); field = "" } else { field.append(c) }
            }
            fields.append(field)
            return fields
        }
    }

    static func grades(_ out: String) throws -> [String: [String: String]] {
        let rows = try csv(out + "/grades.csv")
        let header = rows[0]
        var byStudent: [String: [String: String]] = [:]
        for r in rows.dropFirst() { byStudent[r[0]] = Dictionary(uniqueKeysWithValues: zip(header, r)) }
        return byStudent
    }

    static func json(_ path: String) throws -> [String: Any] {
        (try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: path)))) as? [String: Any] ?? [:]
    }

    /// Every submission the verdict it must get; copies flagged with their original; nothing else flagged.
    static func checkVerdicts(_ out: String, _ expected: [Expected]) throws {
        let g = try grades(out)
        #expect(g.count == expected.count, "\(g.count) rows for \(expected.count) submissions")
        var wrong: [String] = []
        for e in expected {
            guard let row = g[e.student] else { wrong.append("\(e.student): no row"); continue }
            if row["verdict"] != e.verdict { wrong.append("\(e.student) \(e.problem) \(e.language) \(e.kind): \(row["verdict"] ?? "?") (expected \(e.verdict))") }
            let similar = Set((row["similarTo"] ?? "").split(separator: " ").map { String($0.split(separator: "/")[0]) })
            if !e.copyOf.isEmpty && !similar.contains(e.copyOf) { wrong.append("\(e.student) (a copy of \(e.copyOf)) not flagged: \(similar)") }
            if e.kind == "correct-b" && !similar.isEmpty { wrong.append("\(e.student), an independent solution, flagged with \(similar)") }
            if e.copyOf.isEmpty && e.kind != "correct-a" && !similar.isEmpty { wrong.append("\(e.student) (\(e.kind)) flagged with \(similar)") }
        }
        #expect(wrong.isEmpty, "\(wrong.count) wrong:\n\(wrong.prefix(40).joined(separator: "\n"))")
    }

    @Test func aGeneratedClassGradesEndToEndWithTheRightVerdictsAndFlags() throws {
        let (dir, expected) = try Self.makeClass(perCell: Self.perCell)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let out = dir + "/grades"
        let started = Date()
        let (status, output) = try Self.run([CLIProcess.pebble, "grade", "--manifest", dir + "/manifest.csv", "--problem-dir", dir + "/problems",
                                             "--local", "--out", out])
        let seconds = Date().timeIntervalSince(started)
        #expect(status == 0, "\(output.suffix(3000))")
        #expect(output.contains("graded \(expected.filter { $0.verdict != "SKIPPED" }.count) of \(expected.count)"), "\(output.suffix(2000))")
        print("graded \(expected.count) submissions in \(String(format: "%.1f", seconds)) s (\(String(format: "%.0f", Double(expected.count) / seconds * 60))/min)")
        try Self.checkVerdicts(out, expected)

        // results.json has every test of every graded submission, and why the others were not graded.
        let results = try Self.json(out + "/results.json")
        let subs = results["submissions"] as? [[String: Any]] ?? []
        #expect(subs.count == expected.count)
        let empty = subs.filter { ($0["verdict"] as? String) == "SKIPPED" }
        #expect(!empty.isEmpty && empty.allSatisfy { ($0["reason"] as? String) == "empty" }, "\(empty.prefix(3))")
        let graded = subs.filter { ($0["verdict"] as? String) != "SKIPPED" }
        #expect(graded.allSatisfy { (($0["tests"] as? [Any])?.count ?? 0) == 6 || ($0["verdict"] as? String) == "CE" })
        let ce = graded.first { ($0["verdict"] as? String) == "CE" && ($0["language"] as? String) == "c" }
        #expect(((ce?["compile"] as? [String: Any])?["diagnostics"] as? [[String: Any]])?.first?["line"] as? Int == 1, "\(String(describing: ce))")

        try Self.checkReportInChromium(out + "/report.html", rows: expected.count)
    }

    /// What cannot be graded is listed with its reason; a folder is one multi-file program; a
    /// graded folder is refused without --resume or --rejudge, and --rejudge keeps the old reports.
    @Test func handInsThatCannotBeGradedAreListedAndRejudgeKeepsThePreviousReport() throws {
        let dir = "/run/pebble-tests/grade-handins-\(getpid())"
        try? FileManager.default.removeItem(atPath: dir)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let hand = dir + "/class"
        try FileManager.default.createDirectory(atPath: hand + "/eve", withIntermediateDirectories: true)
        func put(_ name: String, _ text: String) throws { try text.write(toFile: hand + "/" + name, atomically: true, encoding: .utf8) }
        try put("ana.py", "a, b = map(int, input().split())\nprint(a + b)\n")
        try put("ben.py", "  \n\n")
        try put("cy.xyz", "print(1)\n")
        try put("fay", "print(1)\n")
        try put("dan.py", "# " + String(repeating: "x", count: 2 << 20) + "\n")
        try put("eve/main.py", "from helper import add\na, b = map(int, input().split())\nprint(add(a, b))\n")
        try put("eve/helper.py", "def add(a, b):\n    return a + b\n")
        let out = dir + "/out"
        let args = [CLIProcess.pebble, "grade", "--problem", "aplusb", hand, "--local", "--out", out, "--quiet"]
        let (status, output) = try Self.run(args)
        #expect(status == 0, "\(output)")
        let g = try Self.grades(out)
        #expect(g["ana"]?["verdict"] == "AC" && g["eve"]?["verdict"] == "AC", "\(g)")
        let results = try Self.json(out + "/results.json")
        let reasons = Dictionary(uniqueKeysWithValues: (results["submissions"] as? [[String: Any]] ?? []).map {
            ($0["student"] as? String ?? "", $0["reason"] as? String ?? "")
        })
        #expect(reasons["ben"] == "empty")
        #expect(reasons["cy"]?.contains("unknown language for '.xyz'") == true, "\(reasons)")
        #expect(reasons["fay"]?.contains("no file extension") == true, "\(reasons)")
        #expect(reasons["dan"]?.contains("too large") == true, "\(reasons)")
        #expect(["ben", "cy", "fay", "dan"].allSatisfy { g[$0]?["verdict"] == "SKIPPED" })
        #expect(output.contains("graded 2 of 6") && output.contains("not graded: 4"), "\(output)")

        let (again, refusal) = try Self.run(args)
        #expect(again != 0 && refusal.contains("--rejudge"), "\(refusal)")
        try put("ana.py", "print(0)\n")
        let (rejudged, rejudgeOut) = try Self.run(args + ["--rejudge"])
        #expect(rejudged == 0, "\(rejudgeOut)")
        #expect(try Self.grades(out)["ana"]?["verdict"] == "WA")
        let previous = try FileManager.default.contentsOfDirectory(atPath: out).filter { $0.hasPrefix("previous-") }
        #expect(previous.count == 1)
        #expect(try Self.grades(out + "/" + (previous.first ?? ""))["ana"]?["verdict"] == "AC", "the previous report is kept")
    }

    /// A package whose groups give points (`accept_score` in testdata.yaml): the score is the share
    /// of the points won, not of the tests passed.
    @Test func aProblemsPointsDecideTheScore() throws {
        let dir = "/run/pebble-tests/grade-points-\(getpid())"
        try? FileManager.default.removeItem(atPath: dir)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let pkg = dir + "/sums"
        func put(_ path: String, _ text: String) throws {
            try FileManager.default.createDirectory(atPath: (pkg + "/" + path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try text.write(toFile: pkg + "/" + path, atomically: true, encoding: .utf8)
        }
        try put("problem.yaml", "name: Sums\ntype: scoring\n")
        try put("data/sample/1.in", "1 2\n"); try put("data/sample/1.ans", "3\n")
        try put("data/secret/small/testdata.yaml", "accept_score: 30\n")
        try put("data/secret/small/1.in", "5 6\n"); try put("data/secret/small/1.ans", "11\n")
        try put("data/secret/large/testdata.yaml", "accept_score: 70\n")
        try put("data/secret/large/1.in", "500 600\n"); try put("data/secret/large/1.ans", "1100\n")
        let hand = dir + "/class"
        try FileManager.default.createDirectory(atPath: hand, withIntermediateDirectories: true)
        try "a, b = map(int, input().split())\nprint(a + b if a < 100 else 0)\n".write(toFile: hand + "/half.py", atomically: true, encoding: .utf8)
        try "a, b = map(int, input().split())\nprint(a + b)\n".write(toFile: hand + "/full.py", atomically: true, encoding: .utf8)
        let (status, output) = try Self.run([CLIProcess.pebble, "grade", "--problem-dir", pkg, hand, "--out", dir + "/out", "--quiet"])
        #expect(status == 0, "\(output)")
        let g = try Self.grades(dir + "/out")
        #expect(g["half"]?["score"] == "30" && g["half"]?["passed"] == "2" && g["half"]?["verdict"] == "WA", "\(g)")
        #expect(g["full"]?["score"] == "100" && g["full"]?["verdict"] == "AC", "\(g)")
    }

    /// report.html opened from disk in headless Chromium: it renders, its table sorts by every
    /// column (the page's own #selftest), no script error; and a screenshot of it.
    static func checkReportInChromium(_ page: String, rows: Int) throws {
        guard let chromium = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].first(where: { FileManager.default.isExecutableFile(atPath: $0) }) else {
            Issue.record("chromium is not installed (.ci/setup installs the Debian package)")
            return
        }
        let profile = "/run/pebble-tests/chromium-\(getpid())"
        defer { try? FileManager.default.removeItem(atPath: profile) }
        let flags = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run", "--user-data-dir=" + profile,
                     "--enable-logging=stderr", "--v=0", "--virtual-time-budget=5000"]
        let (status, dom) = try run([chromium] + flags + ["--dump-dom", "file://" + page + "#selftest"])
        #expect(status == 0, "\(dom.suffix(2000))")
        #expect(dom.contains("data-selftest=\"pass \(rows)\""), "the table did not sort: \(dom.components(separatedBy: "data-selftest").dropFirst().first?.prefix(300) ?? "no self-test ran")")
        #expect(!dom.contains("data-errors="), "script errors: \(dom.components(separatedBy: "data-errors=").dropFirst().first?.prefix(500) ?? "")")
        #expect(!dom.contains("Uncaught"), "console: \(dom.components(separatedBy: "Uncaught").dropFirst().first?.prefix(500) ?? "")")
        #expect(dom.contains("Pass rate per test") && dom.contains("Similar submissions") && dom.contains("<tr data-row="))
        let shot = (page as NSString).deletingLastPathComponent + "/report.png"
        _ = try run([chromium] + flags + ["--window-size=1280,1800", "--screenshot=" + shot, "file://" + page])
        #expect(((try? FileManager.default.attributesOfItem(atPath: shot))?[.size] as? Int ?? 0) > 20_000, "no screenshot")
    }

    /// Started in the background; ended by its pid.
    final class Background {
        let process = Process()
        let log: String
        init(_ arguments: [String], log: String) throws {
            self.log = log
            FileManager.default.createFile(atPath: log, contents: nil)
            process.executableURL = URL(fileURLWithPath: arguments[0])
            process.arguments = Array(arguments.dropFirst())
            process.standardOutput = FileHandle(forWritingAtPath: log)
            process.standardError = FileHandle(forWritingAtPath: log)
            try process.run()
        }
        var output: String { (try? String(contentsOfFile: log, encoding: .utf8)) ?? "" }
        func kill9() {
            if process.isRunning { kill(process.processIdentifier, SIGKILL) }
            process.waitUntilExit()
        }
    }

    /// Finished jobs in a journal (read with Python's sqlite3, as an operator would).
    static func finishedInJournal(_ path: String) -> Int {
        let script = "import sqlite3,sys\nc=sqlite3.connect('file:'+sys.argv[1]+'?mode=ro',uri=True)\nprint(c.execute(\"select count(*) from job where state='finished'\").fetchone()[0])"
        guard let (status, out) = try? run(["python3", "-c", script, path]), status == 0 else { return 0 }
        return Int(out.trimmingCharacters(in: .whitespacesAndNewlines)) ?? 0
    }

    static func journalCounts(_ path: String) throws -> (jobs: Int, finished: Int, batches: Int) {
        let script = "import sqlite3,sys\nc=sqlite3.connect(sys.argv[1])\nprint(c.execute('select count(*) from job').fetchone()[0], c.execute(\"select count(*) from job where state='finished'\").fetchone()[0], c.execute('select count(*) from batch').fetchone()[0])"
        let (status, out) = try run(["python3", "-c", script, path])
        let n = out.split(whereSeparator: { $0 == " " || $0 == "\n" }).compactMap { Int($0) }
        guard status == 0, n.count == 3 else { throw Failure("journal: \(out)") }
        return (n[0], n[1], n[2])
    }

    static func waitUntil(_ seconds: Double, _ condition: () -> Bool) -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            if condition() { return true }
            usleep(50_000)
        }
        return condition()
    }

    @Test func killingTheGraderHalfWayAndResumingGradesEverySubmissionOnce() throws {
        let (dir, expected) = try Self.makeClass(perCell: 8)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let out = dir + "/grades"
        let gradable = expected.filter { $0.verdict != "SKIPPED" }.count
        let args = [CLIProcess.pebble, "grade", "--manifest", dir + "/manifest.csv", "--problem-dir", dir + "/problems", "--local", "--out", out]
        let first = try Background(args, log: dir + "/first.log")
        let halfway = Self.waitUntil(240) { Self.finishedInJournal(out + "/journal.sqlite") >= gradable / 3 }
        first.kill9()
        let before = Self.finishedInJournal(out + "/journal.sqlite")
        #expect(halfway && before < gradable, "killed after \(before) of \(gradable): \(first.output.suffix(1000))")

        // Without --resume the folder is refused (nothing graded twice by accident).
        let (refused, refusal) = try Self.run(args)
        #expect(refused != 0 && refusal.contains("--resume"), "\(refusal.suffix(500))")
        let (status, output) = try Self.run(args + ["--resume"])
        #expect(status == 0, "\(output.suffix(2000))")
        try Self.checkVerdicts(out, expected)
        let results = try Self.json(out + "/results.json")
        let subs = (results["submissions"] as? [[String: Any]] ?? []).filter { ($0["verdict"] as? String) != "SKIPPED" }
        let replayed = subs.filter { $0["replayed"] as? Bool == true }.count
        #expect(replayed >= before && replayed < gradable, "replayed \(replayed), finished before the kill \(before)")
        let journal = try Self.journalCounts(out + "/journal.sqlite")
        #expect(journal.batches == 1 && journal.jobs == gradable && journal.finished == gradable, "\(journal)")
    }

    @Test func killingTheDaemonHalfWayAndResumingGradesEverySubmissionOnce() throws {
        let (dir, expected) = try Self.makeClass(perCell: 8)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let out = dir + "/grades", state = dir + "/daemon", socket = dir + "/judge.sock"
        try "problemsDir: \(dir)/problems\nlogLevel: warning\n".write(toFile: dir + "/judged.yaml", atomically: true, encoding: .utf8)
        let daemonArgs = [Self.daemonBinary, "--config", dir + "/judged.yaml", "--socket", socket, "--state-dir", state, "--workers", "1"]
        func startDaemon(_ log: String) throws -> Background {
            try? FileManager.default.removeItem(atPath: socket)
            let d = try Background(daemonArgs, log: log)
            #expect(Self.waitUntil(60) { FileManager.default.fileExists(atPath: socket) }, "the daemon did not start: \(d.output)")
            return d
        }
        let gradable = expected.filter { $0.verdict != "SKIPPED" }.count
        let args = [CLIProcess.pebble, "grade", "--manifest", dir + "/manifest.csv", "--socket", socket, "--out", out]
        let daemon = try startDaemon(dir + "/daemon1.log")
        let grader = try Background(args, log: dir + "/grader.log")
        let halfway = Self.waitUntil(240) { Self.finishedInJournal(state + "/journal.sqlite") >= gradable / 3 }
        daemon.kill9()
        grader.process.waitUntilExit()
        let before = Self.finishedInJournal(state + "/journal.sqlite")
        #expect(halfway && before < gradable && grader.process.terminationStatus != 0, "killed after \(before) of \(gradable): \(grader.output.suffix(800))")

        let again = try startDaemon(dir + "/daemon2.log")
        defer { again.kill9() }
        let (status, output) = try Self.run(args + ["--resume"])
        #expect(status == 0, "\(output.suffix(2000))\n\(again.output.suffix(1000))")
        try Self.checkVerdicts(out, expected)
        let journal = try Self.journalCounts(state + "/journal.sqlite")
        #expect(journal.batches == 1 && journal.jobs == gradable && journal.finished == gradable, "\(journal)")
        kill(again.process.processIdentifier, SIGTERM)
        again.process.waitUntilExit()
    }
}
