/// A judged submission's verdict (docs/verdicts.md). Every layer above the sandbox uses this type.
public enum Verdict: String, Sendable, Codable, CaseIterable {
    case accepted = "AC"
    case wrongAnswer = "WA"
    case compileError = "CE"
    case runtimeError = "RE"
    case timeLimit = "TLE"
    case memoryLimit = "MLE"
    case outputLimit = "OLE"
    case securityViolation = "SV"
    /// A checker, validator or interactor failed: the problem is at fault, not the submission.
    case judgeError = "JE"
    case internalError = "IE"

    /// The verdict of a test whose run ended with `status` (a clean exit still needs a checker).
    public init?(runStatus status: RunStatus) {
        switch status {
        case .ok: return nil
        case .runtimeError: self = .runtimeError
        case .timeLimit: self = .timeLimit
        case .memoryLimit: self = .memoryLimit
        case .outputLimit: self = .outputLimit
        case .securityViolation: self = .securityViolation
        case .internalError: self = .internalError
        }
    }

    /// Highest wins when verdicts are combined.
    public var priority: Int {
        switch self {
        case .internalError: 9
        case .judgeError: 8
        case .compileError: 7
        case .securityViolation: 6
        case .timeLimit: 5
        case .memoryLimit: 4
        case .outputLimit: 3
        case .runtimeError: 2
        case .wrongAnswer: 1
        case .accepted: 0
        }
    }

    /// The verdict that stands for all of them: the highest priority, AC only when every one is AC.
    public static func combined(_ verdicts: some Sequence<Verdict>) -> Verdict {
        verdicts.max { $0.priority < $1.priority } ?? .accepted
    }
}
