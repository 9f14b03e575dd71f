import PebbleOps
public import Foundation
public import PebbleJSON
public import PebbleLanguages
public import PebbleProblems
public import PebbleWire

/// `pebble grade`: a class's hand-ins graded as one resumable `batch`, then grades.csv,
/// results.json and report.html in the output folder (docs/grading.md).
public struct Grader: Sendable {
    public struct Options: Sendable {
        public var out: String
        public var tests = "all"
        public var resume = false
        public var rejudge = false
        public var similarity = Similarity.Options()
        /// Where problems are read for starter code and test counts (the bank, or a teacher's package).
        public var problems: [String: ProblemPackage] = [:]
        public var templates = ShippedData.directory("harness-templates")
        public init(out: String) { self.out = out }
    }

    /// What is kept in the output folder between runs: the batch's idempotency key.
    struct State: Codable {
        var key: String
        var created: String
        var submissions: Int
    }

    public let options: Options
    public init(options: Options) { self.options = options }

    public var statePath: String { options.out + "/grading.json" }

    /// The key of this grading: the saved one with `--resume`; a new one otherwise (an output folder
    /// that holds a grading needs `--resume` or `--rejudge`, so nothing is graded twice by accident).
    public func key(submissions: Int) throws -> String {
        let fm = FileManager.default
        try fm.createDirectory(atPath: options.out, withIntermediateDirectories: true)
        if let data = fm.contents(atPath: statePath), let state = try? JSONDecoder().decode(State.self, from: data) {
            if options.resume { return state.key }
            guard options.rejudge else {
                throw GradeError.usage("\(options.out) holds a grading already: --resume continues it, --rejudge grades everything again")
            }
            // The previous reports stay, in previous-<time>/.
            let previous = options.out + "/previous-" + Self.stamp()
            try fm.createDirectory(atPath: previous, withIntermediateDirectories: true)
            for name in ["grades.csv", "results.json", "report.html", "grading.json"] where fm.fileExists(atPath: options.out + "/" + name) {
                try fm.moveItem(atPath: options.out + "/" + name, toPath: previous + "/" + name)
            }
        } else if options.resume {
            throw GradeError.usage("nothing to resume in \(options.out) (no grading.json): run without --resume")
        }
        let key = "grade-" + Self.stamp() + "-" + String(UInt64.random(in: 0..<(1 << 40)), radix: 36)
        let state = State(key: key, created: ISO8601DateFormatter().string(from: Date()), submissions: submissions)
        try JSONEncoder().encode(state).write(to: URL(fileURLWithPath: statePath), options: .atomic)
        return key
    }

    static func stamp() -> String {
        let f = DateFormatter()
        f.dateFormat = "yyyyMMdd-HHmmss"
        f.timeZone = TimeZone(identifier: "UTC")
        return f.string(from: Date())
    }

    /// The batch request for the hand-ins that can be graded.
    public func batch(_ handIns: [HandIn], key: String) -> [String: JSONValue] {
        let submissions: [JSONValue] = handIns.filter { $0.skipped == nil }.map { h in
            var o: [String: JSONValue] = ["id": .string(h.id), "problem": .string(h.problem), "language": .string(h.language ?? "")]
            if h.order.count == 1, let text = h.mainSource {
                o["source"] = .string(text)
            } else {
                o["files"] = .array(h.order.map { name in
                    let data = h.files[name] ?? Data()
                    if let text = String(validating: data, as: UTF8.self) {
                        return .object(["name": .string(name), "content": .string(text), "encoding": .string("utf8")])
                    }
                    return .object(["name": .string(name), "content": .string(data.base64EncodedString()), "encoding": .string("base64")])
                })
            }
            o["meta"] = .object(["student": .string(h.student), "path": .string(h.path)])
            return .object(o)
        }
        return ["type": .string("batch"), "key": .string(key), "submissions": .array(submissions),
                "tests": .string(options.tests), "stopOnFirstFailure": .bool(false)]
    }

    /// Grades through `backend`, showing progress on `progress`, and writes the reports.
    /// `key` comes from `key(submissions:)`, asked before the backend is made.
    public func run(_ handIns: [HandIn], key: String, backend: any GradingBackend, progress: Progress) async throws -> Report {
        let collected = Collected()
        let gradable = handIns.filter { $0.skipped == nil }.count
        progress.start(total: gradable)
        if gradable > 0 {
            try await backend.send(batch(handIns, key: key)) { frame in
                guard let submission = frame["submission"]?.string, frame.type == "result" || frame.type == "error" else { return }
                if collected.add(submission, frame) {
                    progress.update(done: collected.count, verdicts: collected.verdicts, replayed: collected.replayed)
                }
            }
        }
        progress.finish(done: collected.count, verdicts: collected.verdicts, replayed: collected.replayed)
        let report = Report.build(handIns: handIns, results: collected.results, options: options, backend: backend.name, key: key)
        try report.write(to: options.out)
        return report
    }
}

/// The result frames, one per submission (a replayed one and a live one never both count).
final class Collected: @unchecked Sendable {
    private let lock = NSLock()
    private var frames: [String: Response] = [:]
    private var replays = 0

    func add(_ submission: String, _ frame: Response) -> Bool {
        lock.withLock {
            guard frames[submission] == nil else { return false }
            frames[submission] = frame
            if frame["replayed"]?.bool == true { replays += 1 }
            return true
        }
    }

    var count: Int { lock.withLock { frames.count } }
    var replayed: Int { lock.withLock { replays } }
    var results: [String: Response] { lock.withLock { frames } }
    var verdicts: [String: Int] {
        lock.withLock {
            frames.values.reduce(into: [:]) { $0[$1.type == "error" ? "IE" : ($1["verdict"]?.string ?? "IE"), default: 0] += 1 }
        }
    }
}

/// The live progress line: done/total, rate, ETA and verdict counts (redrawn on a terminal, a
/// line every tenth elsewhere), and the summary at the end.
public final class Progress: @unchecked Sendable {
    private let lock = NSLock()
    private let out: FileHandle
    private let terminal: Bool
    private var total = 0
    private var started = Date()
    private var lastTenth = -1
    private var lastDraw = Date.distantPast
    public let quiet: Bool

    public init(out: FileHandle = .standardError, quiet: Bool = false) {
        self.out = out
        self.quiet = quiet
        terminal = isatty(out.fileDescriptor) == 1
    }

    func start(total: Int) {
        lock.withLock {
            self.total = total
            started = Date()
        }
    }

    func line(done: Int, verdicts: [String: Int], replayed: Int) -> String {
        let elapsed = max(0.001, Date().timeIntervalSince(started))
        let graded = max(0, done - replayed)
        let rate = Double(graded) / elapsed
        let left = total - done
        let eta = rate > 0 ? Self.clock(Double(left) / rate) : "--:--"
        let width = 24
        let filled = total == 0 ? width : width * done / max(1, total)
        let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
        let counts = verdicts.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.map { "\($0.key) \($0.value)" }.joined(separator: "  ")
        return "\(bar) \(done)/\(total)  \(String(format: "%.1f", rate * 60))/min  ETA \(eta)  \(counts)" + (replayed > 0 ? "  (\(replayed) from before)" : "")
    }

    static func clock(_ seconds: Double) -> String {
        let s = Int(seconds.rounded())
        return s >= 3600 ? String(format: "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60) : String(format: "%d:%02d", s / 60, s % 60)
    }

    func update(done: Int, verdicts: [String: Int], replayed: Int) {
        guard !quiet else { return }
        lock.withLock {
            if terminal {
                guard Date().timeIntervalSince(lastDraw) > 0.1 || done == total else { return }
                lastDraw = Date()
                out.write(Data(("\r\u{1B}[K" + line(done: done, verdicts: verdicts, replayed: replayed)).utf8))
            } else {
                let tenth = total == 0 ? 10 : done * 10 / total
                guard tenth != lastTenth else { return }
                lastTenth = tenth
                out.write(Data((line(done: done, verdicts: verdicts, replayed: replayed) + "\n").utf8))
            }
        }
    }

    func finish(done: Int, verdicts: [String: Int], replayed: Int) {
        guard !quiet else { return }
        lock.withLock {
            if terminal { out.write(Data(("\r\u{1B}[K" + line(done: done, verdicts: verdicts, replayed: replayed) + "\n").utf8)) }
        }
    }
}
