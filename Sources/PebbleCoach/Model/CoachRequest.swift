public import PebbleJSON

/// `POST /v1/coach` (docs/api/coach.yaml).
public struct CoachRequest: Sendable {
    public var learner: String
    public var problem: String
    public var language: String
    public var code: String
    public var tier: Tier
    public var question: String?
    /// A judge result the platform already has (fresh): then the coach does not run the code.
    public var lastRun: RunOutcome?

    public init(learner: String, problem: String, language: String, code: String, tier: Tier, question: String? = nil, lastRun: RunOutcome? = nil) {
        self.learner = learner
        self.problem = problem
        self.language = language
        self.code = code
        self.tier = tier
        self.question = question
        self.lastRun = lastRun
    }

    public static let maxCodeBytes = 64 * 1024
    public static let maxQuestionChars = 2000

    /// A request the coach refuses, with the HTTP status and a stable code.
    public struct Invalid: Error, CustomStringConvertible {
        public var status: Int
        public var code: String
        public var message: String
        public var description: String { "\(code): \(message)" }
    }

    /// Reads and checks a request body: every field's type and bounds, with the field named.
    public init(json: JSONValue) throws(Invalid) {
        guard let o = json.object else { throw Invalid(status: 400, code: "bad_request", message: "the body must be a JSON object") }
        func string(_ k: String, max: Int) throws(Invalid) -> String {
            guard let v = o[k] else { throw Invalid(status: 400, code: "bad_request", message: "`\(k)` is required") }
            guard let s = v.string else { throw Invalid(status: 400, code: "bad_request", message: "`\(k)` must be a string") }
            guard !s.isEmpty else { throw Invalid(status: 400, code: "bad_request", message: "`\(k)` must not be empty") }
            guard s.utf8.count <= max else { throw Invalid(status: 413, code: "too_large", message: "`\(k)` is longer than \(max) bytes") }
            return s
        }
        let learner = try string("learner", max: 128)
        guard learner.allSatisfy({ $0.isLetter || $0.isNumber || "-_.@:+".contains($0) }) else {
            throw Invalid(status: 400, code: "bad_request", message: "`learner` may hold letters, digits and - _ . @ : + only")
        }
        let problem = try string("problem", max: 128)
        let language = try string("language", max: 32)
        let code = try string("code", max: CoachRequest.maxCodeBytes)
        let tierText = try string("tier", max: 16)
        guard let tier = Tier(rawValue: tierText) else {
            throw Invalid(status: 400, code: "bad_request", message: "`tier` must be hint, explain or next, not '\(tierText.prefix(16))'")
        }
        var question: String?
        if let q = o["question"], q != .null {
            guard let s = q.string else { throw Invalid(status: 400, code: "bad_request", message: "`question` must be a string") }
            guard s.count <= CoachRequest.maxQuestionChars else { throw Invalid(status: 413, code: "too_large", message: "`question` is longer than \(CoachRequest.maxQuestionChars) characters") }
            question = s.isEmpty ? nil : s
        }
        var lastRun: RunOutcome?
        if let r = o["lastRun"], r != .null {
            do { lastRun = try RunOutcome(json: r) } catch {
                throw Invalid(status: 400, code: "bad_request", message: "`lastRun`: \(error)")
            }
        }
        self.init(learner: learner, problem: problem, language: language, code: code, tier: tier, question: question, lastRun: lastRun)
    }
}

/// The coach's answer.
public struct CoachAnswer: Sendable {
    public struct Evidence: Sendable {
        public var verdict: String?
        public var passed: Int?
        public var total: Int?
        /// The first failing *visible* test; a hidden one is only counted.
        public var failingTest: TestOutcome?
        public var hiddenFailure: Bool
        public var errorLine: Int?
        public var errorClass: String
        public var errorType: String
        /// Where the evidence came from: `lastRun`, `judge` (visible tests, run now), `none`.
        public var source: String
    }

    public var text: String
    public var tier: Tier
    public var evidence: Evidence
    public var struggle: StruggleState
    public var safety: SafetyLayer.Report
    /// Who wrote the text: `builtin` or the LLM provider's name.
    public var author: String

    public var json: JSONValue {
        var ev: [String: JSONValue] = [
            "verdict": evidence.verdict.map(JSONValue.string) ?? .null,
            "passed": evidence.passed.map { .int(Int64($0)) } ?? .null,
            "total": evidence.total.map { .int(Int64($0)) } ?? .null,
            "hiddenFailure": .bool(evidence.hiddenFailure),
            "errorLine": evidence.errorLine.map { .int(Int64($0)) } ?? .null,
            "errorClass": .string(evidence.errorClass),
            "errorType": .string(evidence.errorType),
            "source": .string(evidence.source),
        ]
        if let t = evidence.failingTest {
            func opt(_ s: String?) -> JSONValue { s.map { .string(String($0.prefix(4096))) } ?? .null }
            ev["failingTest"] = .object(["name": .string(t.name), "verdict": .string(t.verdict), "input": opt(t.input),
                                         "expected": opt(t.expected), "actual": opt(t.actual)])
        } else {
            ev["failingTest"] = .null
        }
        return .object([
            "text": .string(text),
            "tier": .string(tier.rawValue),
            "evidence": .object(ev),
            "struggleLevel": .int(Int64(struggle.level)),
            "nudge": .bool(struggle.nudge),
            "safety": .object(["changed": .bool(safety.changed), "reasons": .array(safety.reasons.map(JSONValue.string))]),
            "author": .string(author),
        ])
    }
}
