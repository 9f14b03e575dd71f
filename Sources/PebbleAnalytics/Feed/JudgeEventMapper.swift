public import Foundation
public import PebbleJSON

/// pebble-judged's `job.finished` events as learning events (docs/analytics.md, "From the
/// judge"). Only jobs whose `meta` names a `learner` (and are not the coach's own checks,
/// `purpose: coach`) are the platform's; `meta.eventId` is the
/// front end's id for the same event, so whichever path arrives first stores it and the other is
/// a duplicate.
public enum JudgeEventMapper {
    /// Languages without a separate compiler: their CE is the parser refusing the program.
    static let parsedLanguages: Set<String> = ["python3", "pypy3", "python", "javascript", "typescript", "ruby", "php", "bash"]

    public static func event(from f: [String: JSONValue], now: Date = Date()) -> LearningEvent? {
        guard f["event"]?.string == "job.finished", let kind = f["kind"]?.string, kind == "judge" || kind == "run" else { return nil }
        let meta = f["meta"]?.object ?? [:]
        guard let learner = meta["learner"]?.string, !learner.isEmpty, learner.utf8.count <= EventValidator.maxNameLength else { return nil }
        // The coach judging a learner's code to ground its help (`purpose: coach`) is not the
        // learner's own run or submission.
        if meta["purpose"]?.string == "coach" { return nil }
        let job = f["job"]?.string ?? UUID().uuidString
        var id = "judge-" + job
        if let eventID = meta["eventId"]?.string, EventValidator.isValidID(eventID) { id = eventID }
        let language = clip(f["language"]?.string ?? meta["language"]?.string ?? "unknown", EventValidator.maxLanguageLength)
        let problem = clip(f["problem"]?.string ?? meta["problem"]?.string ?? "scratch", EventValidator.maxNameLength)
        let finished = f["finishedAt"]?.int ?? Int64(now.timeIntervalSince1970 * 1000)
        let code = f["verdict"]?.string ?? f["status"]?.string ?? "IE"
        let override = meta["errorType"]?.string.flatMap(ErrorType.init(rawValue:))
        var e = LearningEvent(id: id, type: kind == "judge" ? .submit : .run, learner: learner, problem: problem, language: language,
                              timestamp: finished, source: .judge)
        if kind == "judge" {
            let total = max(0, Int(f["total"]?.int ?? 0))
            let accepted = code == "AC"
            e.accepted = accepted
            e.testsTotal = total
            e.testsPassed = accepted ? total : min(total, max(0, Int(f["passed"]?.int ?? 0)))
            e.errorType = accepted ? nil : override ?? errorType(code, language: language)
        } else {
            let passed = code == "OK" || code == "AC"
            e.passed = passed
            e.errorType = passed ? nil : override ?? errorType(code, language: language)
            e.executionTimeMs = f["timeMs"]?.number.map { min(max(0, $0), EventValidator.maxExecutionMs) }
        }
        return e
    }

    /// CE → compile (syntax for parsed languages), RE → runtime, WA → logic, TLE → timeout,
    /// MLE → memory; anything else (OLE, SV, IE, JE) → runtime.
    public static func errorType(_ code: String, language: String) -> ErrorType {
        switch code {
        case "CE": parsedLanguages.contains(language) ? .syntax : .compile
        case "WA", "PE": .logic
        case "TLE": .timeout
        case "MLE": .memory
        default: .runtime
        }
    }

    static func clip(_ s: String, _ n: Int) -> String {
        var out = s
        while out.utf8.count > n { out.removeLast() }
        return out.isEmpty ? "unknown" : out
    }
}
