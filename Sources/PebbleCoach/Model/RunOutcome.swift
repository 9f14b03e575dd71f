public import PebbleJSON

/// A diagnostic located in the learner's own code (the judge maps harness lines back).
public struct Diagnostic: Sendable, Equatable, Codable {
    public var file: String?
    public var line: Int?
    public var column: Int?
    public var severity: String
    public var message: String

    public init(file: String? = nil, line: Int? = nil, column: Int? = nil, severity: String = "error", message: String) {
        self.file = file
        self.line = line
        self.column = column
        self.severity = severity
        self.message = message
    }
}

/// One test of a judged run. Only visible (sample) tests carry data; a hidden test carries its
/// verdict and nothing the coach may repeat.
public struct TestOutcome: Sendable, Equatable {
    public var name: String
    public var sample: Bool
    public var verdict: String
    public var message: String?
    public var input: String?
    public var expected: String?
    public var actual: String?
    public var stderr: String?
    public var diagnostics: [Diagnostic]
    public var timeMs: Double?
}

/// The judge's evidence about one run of the learner's code: a `judge` result with its tests (as
/// the protocol's `test`/`result` frames or `pebble judge --json` give it), or a plain `run` result.
public struct RunOutcome: Sendable, Equatable {
    public var verdict: String
    public var passed: Int?
    public var total: Int?
    public var message: String?
    public var compileDiagnostics: [Diagnostic]
    public var tests: [TestOutcome]
    public var timeLimitMs: Double?
    /// stderr of a plain `run` (no tests).
    public var stderr: String?
    /// The judge's job id when known: the same run reported twice is counted once.
    public var job: String?

    public var accepted: Bool { verdict == "AC" || verdict == "OK" }

    /// The first rejected test, visible or hidden.
    public var firstFailure: TestOutcome? { tests.first { $0.verdict != "AC" } }
    /// The first rejected visible test: the only one whose data the coach may show.
    public var firstVisibleFailure: TestOutcome? { tests.first { $0.verdict != "AC" && $0.sample } }

    /// Every diagnostic in the learner's code: the compiler's, then the first failing test's.
    public var diagnostics: [Diagnostic] {
        compileDiagnostics + (firstFailure?.diagnostics ?? [])
    }

    public init(verdict: String, passed: Int? = nil, total: Int? = nil, message: String? = nil,
                compileDiagnostics: [Diagnostic] = [], tests: [TestOutcome] = [], timeLimitMs: Double? = nil,
                stderr: String? = nil, job: String? = nil) {
        self.verdict = verdict
        self.passed = passed
        self.total = total
        self.message = message
        self.compileDiagnostics = compileDiagnostics
        self.tests = tests
        self.timeLimitMs = timeLimitMs
        self.stderr = stderr
        self.job = job
    }

    public enum ParseError: Error, CustomStringConvertible {
        case notAnObject, noVerdict
        public var description: String {
            switch self {
            case .notAnObject: "lastRun must be a JSON object (a judge or run result)"
            case .noVerdict: "lastRun has neither `verdict` nor `status`"
            }
        }
    }

    /// Reads a judge result (`verdict`, `tests`, `compile`) or a run result (`status`, `stderr`,
    /// `diagnostics`). A test's data may sit at its top level (protocol frames) or under
    /// `feedback` (`pebble judge --json`).
    public init(json: JSONValue) throws {
        guard let o = json.object else { throw ParseError.notAnObject }
        guard let verdict = o["verdict"]?.string ?? o["status"]?.string else { throw ParseError.noVerdict }
        self.verdict = verdict == "OK" && o["tests"] != nil ? "AC" : verdict
        passed = o["passed"]?.int.map(Int.init)
        total = o["total"]?.int.map(Int.init)
        message = o["message"]?.string
        timeLimitMs = o["timeLimitMs"]?.number
        stderr = o["stderr"]?.string
        job = o["job"]?.string
        var compile = RunOutcome.diagnostics(o["compile"]?["diagnostics"])
        if o["tests"] == nil { compile += RunOutcome.diagnostics(o["diagnostics"]) }
        if compile.isEmpty, self.verdict == "CE" {
            // An interpreter's syntax error can arrive only as text: `main.py:2:18: error: …`.
            compile = RunOutcome.diagnostics(text: (o["compile"]?["output"]?.string ?? "") + "\n" + (message ?? ""))
        }
        compileDiagnostics = compile
        tests = (o["tests"]?.array ?? []).compactMap { t -> TestOutcome? in
            guard let to = t.object else { return nil }
            let feedback = to["feedback"]?.object ?? [:]
            func field(_ k: String) -> String? { to[k]?.string ?? feedback[k]?.string }
            return TestOutcome(
                name: to["name"]?.string ?? "test \(to["index"]?.int ?? 0)",
                sample: to["sample"]?.bool ?? (to["group"]?.string == "sample"),
                verdict: to["verdict"]?.string ?? "AC",
                message: to["message"]?.string,
                input: field("input"), expected: field("expected"), actual: field("actual"),
                stderr: field("stderr"),
                diagnostics: RunOutcome.diagnostics(to["diagnostics"]),
                timeMs: to["timeMs"]?.number)
        }
    }

    /// `file:line[:column]: severity: message` lines, as compilers print them.
    static func diagnostics(text: String) -> [Diagnostic] {
        let re = /^(?<file>[^\s:]+):(?<line>\d+):(?:(?<col>\d+):)?\s*(?<sev>error|warning|fatal error):\s*(?<msg>.+)$/
        return text.split(separator: "\n").compactMap { l in
            guard let m = try? re.wholeMatch(in: String(l)) else { return nil }
            return Diagnostic(file: String(m.file), line: Int(m.line), column: m.col.flatMap { Int($0) },
                              severity: m.sev == "warning" ? "warning" : "error", message: String(m.msg))
        }
    }

    static func diagnostics(_ v: JSONValue?) -> [Diagnostic] {
        (v?.array ?? []).compactMap { d in
            guard let o = d.object, let message = o["message"]?.string else { return nil }
            return Diagnostic(file: o["file"]?.string, line: o["line"]?.int.map(Int.init),
                              column: o["column"]?.int.map(Int.init), severity: o["severity"]?.string ?? "error",
                              message: message)
        }
    }
}
