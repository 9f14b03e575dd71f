public import Foundation
import Crypto
public import Logging
import Metrics

/// Writes the text of an answer from the evidence: the built-in coach, or an LLM (which the
/// coach falls back from, to the built-in one, whenever it fails, is slow or writes something the
/// safety layer cannot rescue).
public protocol ReplyWriter: Sendable {
    var name: String { get }
    func write(_ context: ReplyContext) async throws -> String
}

/// Everything a writer may use — never hidden tests or reference solutions.
public struct ReplyContext: Sendable {
    public var request: CoachRequest
    public var code: SourceCode
    public var finding: Finding
    public var run: RunOutcome?
    public var problem: ProblemContext?
    public var struggle: StruggleState
    /// The learner's last error classes on this problem, newest last (at most three).
    public var recentErrors: [String]
    /// What the built-in coach would say: a grounded draft an LLM may improve on.
    public var builtInText: String
}

/// The coach: evidence (the request's run, or the judge on the visible tests), a finding, the
/// struggle state, a text from the writer, the safety layer, and the record of it all.
public final class Coach: Sendable {
    public let library: ProblemLibrary
    let judge: (any JudgeGrounding)?
    let writer: (any ReplyWriter)?
    let store: CoachStore
    let logger: Logger
    let diagnoser = Diagnoser()
    let builtIn = BuiltInCoach()
    let safety = SafetyLayer()
    let struggleEngine = StruggleEngine()

    public init(library: ProblemLibrary, store: CoachStore, judge: (any JudgeGrounding)?, writer: (any ReplyWriter)?, logger: Logger) {
        self.library = library
        self.store = store
        self.judge = judge
        self.writer = writer
        self.logger = logger
    }

    public struct Refusal: Error, CustomStringConvertible {
        public var status: Int
        public var code: String
        public var message: String
        public var description: String { "\(code): \(message)" }
    }

    public func coach(_ request: CoachRequest, now: Date = Date()) async throws -> CoachAnswer {
        // A problem the coach's bank does not hold can still be helped with when the platform
        // sends the run, or the judge knows it (its bank may be larger); otherwise it is unknown.
        let problem = library[request.problem]
        let unknown = Refusal(status: 404, code: "unknown_problem", message: "no problem '\(request.problem.prefix(64))' in the bank")
        let code = SourceCode(request.code, language: request.language)
        // Evidence: the run the platform sent, or a fresh judge of the visible tests.
        var run = request.lastRun
        var source = run == nil ? "none" : "lastRun"
        if run == nil, let judge {
            do {
                run = try await judge.judgeVisible(problem: request.problem, language: request.language, code: request.code, learner: request.learner)
                source = "judge"
            } catch let DaemonJudge.Failure.rejected(code, message) where code == "unknown_language" || code == "too_large" {
                throw Refusal(status: code == "too_large" ? 413 : 400, code: code, message: message)
            } catch let DaemonJudge.Failure.rejected(code, _) where code == "unknown_problem" {
                throw unknown
            } catch {
                logger.warning("judge unavailable; answering from the code alone", metadata: ["error": "\(error)"])
                Counter(label: "coach_judge_failures_total").increment()
            }
        }
        if problem == nil, run == nil, !library.problems.isEmpty { throw unknown }
        let finding = run.map { diagnoser.diagnose(code: code, run: $0, problem: problem) }
            ?? Finding(kind: .noEvidence, verdict: "none")
        if let run {
            let signature = "\(finding.errorClass)@\(finding.line.map(String.init) ?? "-")"
            try store.record(learner: request.learner, problem: request.problem, language: request.language, run: run,
                             signature: signature, codeHash: Self.hash(request.code), at: now)
        }
        let history = try store.history(learner: request.learner, problem: request.problem)
        let struggle = struggleEngine.state(learner: request.learner, problem: request.problem, runs: history.runs, assists: history.assists, now: now)
        let scope = Scope.classify(request.question, code: code, problem: problem)

        let draft = builtIn.answer(finding, tier: request.tier, code: code, problem: problem, struggle: struggle.level, question: request.question)
        var text = draft
        var author = "builtin"
        var reasons: [String] = []
        switch scope {
        case .solutionRequest:
            // The push stays; the solution never comes. Said once, kindly, then the hint.
            text = "I can't write the solution for you — working it out is how it sticks. Here is a push instead: " + draft
            reasons.append("refused")
        case .offTopic:
            text = "I can only help with this problem and your code. Ask me about an error, a failing test, or what to try next."
            reasons.append("off-topic")
        case .onTopic:
            if let writer {
                let context = ReplyContext(request: request, code: code, finding: finding, run: run, problem: problem, struggle: struggle,
                                           recentErrors: history.runs.suffix(3).map { String($0.signature.split(separator: "@").first ?? "") },
                                           builtInText: draft)
                do {
                    let written = try await writer.write(context)
                    text = written
                    author = writer.name
                } catch {
                    logger.notice("LLM writer failed; the built-in coach answers", metadata: ["error": "\(error)"])
                    Counter(label: "coach_llm_fallbacks_total").increment()
                }
            }
        }
        var (safe, report) = safety.check(text, code: code, problem: problem, run: run)
        report.reasons = reasons + report.reasons
        if author != "builtin", SafetyLayer.tooThin(safe) || report.reasons.contains(where: { ["reference-overlap", "hidden-data"].contains($0) }) {
            // What the LLM wrote could not be rescued: the learner gets the built-in answer.
            let again = safety.check(draft, code: code, problem: problem, run: run)
            safe = again.text
            report.reasons.append("replaced")
            report.reasons += again.report.reasons
            author = "builtin"
        }
        report.changed = !report.reasons.isEmpty
        for r in report.reasons { Counter(label: "coach_safety_events_total", dimensions: [("reason", r)]).increment() }
        Counter(label: "coach_answers_total", dimensions: [("tier", request.tier.rawValue), ("author", author == "builtin" ? "builtin" : "llm")]).increment()
        try store.recordAssist(learner: request.learner, problem: request.problem, tier: request.tier, source: author, finding: finding, safety: report, at: now)
        let evidence = CoachAnswer.Evidence(
            verdict: run?.verdict, passed: run?.passed, total: run?.total, failingTest: run?.firstVisibleFailure,
            hiddenFailure: run.map { $0.firstFailure != nil && $0.firstVisibleFailure == nil } ?? false,
            errorLine: finding.line, errorClass: finding.errorClass, errorType: finding.errorType, source: source)
        // The struggle the platform sees includes this request's help.
        let after = try store.history(learner: request.learner, problem: request.problem)
        let state = struggleEngine.state(learner: request.learner, problem: request.problem, runs: after.runs, assists: after.assists, now: now)
        return CoachAnswer(text: safe, tier: request.tier, evidence: evidence, struggle: state, safety: report, author: author)
    }

    /// Records a run the platform reports without asking for help (the struggle engine's input).
    public func report(learner: String, problem: String, language: String, code: String, run: RunOutcome, now: Date = Date()) throws -> StruggleState {
        let finding = diagnoser.diagnose(code: SourceCode(code, language: language), run: run, problem: library[problem])
        try store.record(learner: learner, problem: problem, language: language, run: run,
                         signature: "\(finding.errorClass)@\(finding.line.map(String.init) ?? "-")", codeHash: Self.hash(code), at: now)
        return try struggle(learner: learner, problem: problem, now: now)
    }

    public func struggle(learner: String, problem: String, now: Date = Date()) throws -> StruggleState {
        let h = try store.history(learner: learner, problem: problem)
        return struggleEngine.state(learner: learner, problem: problem, runs: h.runs, assists: h.assists, now: now)
    }

    static func hash(_ code: String) -> String {
        SHA256.hash(data: Data(code.utf8)).prefix(12).map { String(format: "%02x", $0) }.joined()
    }
}
