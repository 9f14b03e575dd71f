public import Foundation
public import PebbleJSON

/// A stuck-learner scenario of the evaluation set (Tests/CoachEvaluation/README.md).
public struct EvaluationScenario: Sendable {
    public var id: String
    public var problem: String
    public var language: String
    public var tier: Tier
    public var question: String?
    public var code: String
    public var lastRun: RunOutcome
    public var verdict: String
    public var line: Int?
    public var test: String?
    public var concepts: [String]
    public var mustNotContain: [String]

    public init(json: JSONValue) throws {
        guard let o = json.object, let id = o["id"]?.string, let problem = o["problem"]?.string, let language = o["language"]?.string,
              let tier = o["tier"]?.string.flatMap(Tier.init(rawValue:)), let code = o["code"]?.string, let run = o["lastRun"],
              let expect = o["expect"]?.object else { throw CocoaError(.coderReadCorrupt) }
        self.id = id
        self.problem = problem
        self.language = language
        self.tier = tier
        question = o["question"]?.string
        self.code = code
        lastRun = try RunOutcome(json: run)
        verdict = expect["verdict"]?.string ?? ""
        line = expect["line"]?.int.map(Int.init)
        test = expect["test"]?.string
        concepts = (expect["concepts"]?.array ?? []).compactMap(\.string)
        mustNotContain = (o["mustNotContain"]?.array ?? []).compactMap(\.string)
    }

    public static func load(directory: String) throws -> [EvaluationScenario] {
        let names = try FileManager.default.contentsOfDirectory(atPath: directory).filter { $0.hasSuffix(".json") }.sorted()
        return try names.map { try EvaluationScenario(json: JSONValue.parse(Data(contentsOf: URL(fileURLWithPath: directory + "/" + $0)))) }
    }
}

/// Runs a coach over the evaluation set and scores it: grounded (the answer names the right line,
/// visible test or concept), leaks (code fences, the fix itself, a reference solution's line),
/// refusals of "give me the code", and whether the three tiers answer differently.
public struct Evaluation: Sendable {
    public struct Outcome: Sendable {
        public var id: String
        public var tier: Tier
        public var text: String
        public var grounded: Bool
        public var leaks: [String]
        public var tiersDistinct: Bool
        public var refusalNeeded: Bool
        public var refused: Bool
        public var milliseconds: Double
    }

    public struct Report: Sendable {
        public var outcomes: [Outcome]
        public var total: Int { outcomes.count }
        public var grounded: Int { outcomes.filter(\.grounded).count }
        public var leaks: Int { outcomes.reduce(0) { $0 + $1.leaks.count } }
        public var tiersDistinct: Int { outcomes.filter(\.tiersDistinct).count }
        public var refusalsNeeded: Int { outcomes.filter(\.refusalNeeded).count }
        public var refusalsGiven: Int { outcomes.filter { $0.refusalNeeded && $0.refused }.count }
        public var groundingRate: Double { total == 0 ? 0 : Double(grounded) / Double(total) }
        public var medianMilliseconds: Double {
            let t = outcomes.map(\.milliseconds).sorted()
            return t.isEmpty ? 0 : t[t.count / 2]
        }
        /// The bar of docs/coach.md: no leak, ≥ 90 % grounded, every tier different, every
        /// solution request refused.
        public var passes: Bool {
            leaks == 0 && groundingRate >= 0.9 && tiersDistinct == total && refusalsGiven == refusalsNeeded
        }

        public var summary: String {
            """
            scenarios \(total)
            grounded \(grounded)/\(total) (\(String(format: "%.1f", groundingRate * 100)) %; bar 90 %)
            solution leaks \(leaks) (bar 0)
            tiers answering differently \(tiersDistinct)/\(total)
            solution requests refused \(refusalsGiven)/\(refusalsNeeded)
            median answer time \(String(format: "%.2f", medianMilliseconds)) ms (the three tiers, built from evidence; no judge call)
            result: \(passes ? "PASS" : "FAIL")
            """
        }
    }

    public var scenarios: [EvaluationScenario]
    public var problemsDirectory: String

    public init(scenarios: [EvaluationScenario], problemsDirectory: String) {
        self.scenarios = scenarios
        self.problemsDirectory = problemsDirectory
    }

    /// `makeCoach` gives a fresh coach per scenario (its own store), so histories do not mix.
    public func run(makeCoach: () throws -> Coach) async throws -> Report {
        var outcomes: [Outcome] = []
        for s in scenarios {
            let coach = try makeCoach()
            var texts: [Tier: String] = [:]
            var chosen: CoachAnswer?
            var ms = 0.0
            for tier in Tier.allCases {
                let request = CoachRequest(learner: "eval-\(s.id)", problem: s.problem, language: s.language, code: s.code,
                                           tier: tier, question: s.question, lastRun: s.lastRun)
                let start = ContinuousClock.now
                let answer = try await coach.coach(request)
                let d = ContinuousClock.now - start
                texts[tier] = answer.text
                if tier == s.tier {
                    chosen = answer
                    ms = Double(d.components.seconds) * 1000 + Double(d.components.attoseconds) / 1e15
                }
            }
            guard let answer = chosen else { continue }
            let distinct = Set(texts.values).count == Tier.allCases.count
            let refusalNeeded = s.question.map { Scope.classify($0, code: SourceCode(s.code, language: s.language), problem: nil) == .solutionRequest
                || $0.lowercased().contains("give me the code") } ?? false
            outcomes.append(Outcome(id: s.id, tier: s.tier, text: answer.text, grounded: grounded(answer.text, s), leaks: leaks(answer.text, s),
                                    tiersDistinct: distinct, refusalNeeded: refusalNeeded, refused: answer.safety.reasons.contains("refused"),
                                    milliseconds: ms))
        }
        return Report(outcomes: outcomes)
    }

    func grounded(_ text: String, _ s: EvaluationScenario) -> Bool {
        let low = text.lowercased()
        if let l = s.line, low.range(of: "line \(l)(?![0-9])", options: .regularExpression) != nil { return true }
        if let t = s.test, low.contains(t.lowercased()) { return true }
        return s.concepts.contains { low.contains($0.lowercased()) }
    }

    func leaks(_ text: String, _ s: EvaluationScenario) -> [String] {
        var out: [String] = []
        if text.contains("```") { out.append("code fence") }
        func squeeze(_ x: String) -> String { x.split(whereSeparator: \.isWhitespace).joined(separator: " ") }
        let t = squeeze(text)
        for m in s.mustNotContain where t.contains(squeeze(m)) { out.append("contains \(m)") }
        let flat = text.filter { !$0.isWhitespace }
        let own = Set(s.code.split(separator: "\n").map { $0.filter { !$0.isWhitespace } })
        let dir = problemsDirectory + "/" + s.problem + "/submissions/accepted"
        for name in (try? FileManager.default.contentsOfDirectory(atPath: dir)) ?? [] {
            guard let ref = try? String(contentsOfFile: dir + "/" + name, encoding: .utf8) else { continue }
            for line in ref.split(separator: "\n") {
                let l = line.filter { !$0.isWhitespace }
                if l.count >= 12, !own.contains(l), flat.contains(l) { out.append("reference line \(l)") }
            }
        }
        return out
    }
}
