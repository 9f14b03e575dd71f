/// What the coach concluded from the evidence: one error class, where it is, and the facts the
/// answer may use. Every reply (built-in or LLM) is written from a finding.
public struct Finding: Sendable, Equatable {
    /// The error classes the built-in coach knows (docs/coach.md lists them with examples).
    public enum Kind: String, Sendable, Codable, CaseIterable {
        case syntax, indentation, unbalanced
        case undefinedName = "undefined-name"
        case typeMismatch = "type-mismatch"
        case missingReturn = "missing-return"
        case compileError = "compile-error"
        case indexOutOfRange = "index-out-of-range"
        case keyMissing = "key-missing"
        case nullDereference = "null-dereference"
        case divisionByZero = "division-by-zero"
        case recursionDepth = "recursion-depth"
        case stackOverflow = "stack-overflow"
        case badInputParsing = "input-parsing"
        case runtimeError = "runtime-error"
        case integerOverflow = "integer-overflow"
        case offByOne = "off-by-one"
        case wrongFormat = "wrong-format"
        case missingOutput = "missing-output"
        case forgotReturn = "forgot-return"
        case mutatesInput = "mutates-input"
        case edgeCase = "edge-case"
        case wrongAnswer = "wrong-answer"
        case infiniteLoop = "infinite-loop"
        case tooSlow = "too-slow"
        case memoryLimit = "memory-limit"
        case outputLimit = "output-limit"
        case securityViolation = "security-violation"
        case accepted
        case noEvidence = "no-evidence"
    }

    public var kind: Kind
    /// The learner's line the finding is about.
    public var line: Int?
    /// The first failing visible test (never a hidden one's data).
    public var test: TestOutcome?
    /// The judge's verdict of the run.
    public var verdict: String
    /// The raw message the finding came from (compiler or runtime), shortened.
    public var message: String?
    /// Facts the templates fill in: `name`, `closest`, `expected`, `actual`, `nesting`, `complexity`,
    /// `maxN`, `edge`, `hidden` ("1" when only hidden tests failed), …
    public var facts: [String: String]

    public init(kind: Kind, line: Int? = nil, test: TestOutcome? = nil, verdict: String, message: String? = nil, facts: [String: String] = [:]) {
        self.kind = kind
        self.line = line
        self.test = test
        self.verdict = verdict
        self.message = message
        self.facts = facts
    }

    /// The class a learner reads in `evidence.errorClass` and analytics counts.
    public var errorClass: String { kind.rawValue }

    /// The analytics error type (syntax, compile, runtime, logic, timeout, memory).
    public var errorType: String {
        switch kind {
        case .syntax, .indentation, .unbalanced: "syntax"
        case .undefinedName, .typeMismatch, .missingReturn, .compileError: "compile"
        case .indexOutOfRange, .keyMissing, .nullDereference, .divisionByZero, .recursionDepth, .stackOverflow,
             .badInputParsing, .runtimeError, .securityViolation: "runtime"
        case .infiniteLoop, .tooSlow: "timeout"
        case .memoryLimit: "memory"
        default: "logic"
        }
    }
}
