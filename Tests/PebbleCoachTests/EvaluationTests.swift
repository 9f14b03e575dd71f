import Foundation
import Logging
import PebbleCoach
import PebbleTestSupport
import Testing

/// The evaluation set (Tests/CoachEvaluation) against the built-in coach: no solution leaks,
/// ≥ 90 % of answers grounded in the right line, test or concept, every tier different, every
/// request for the solution refused.
@Suite struct EvaluationTests {
    @Test func theBuiltInCoachPassesTheEvaluationSet() async throws {
        let root = CLIProcess.repositoryRoot.path
        let scenarios = try EvaluationScenario.load(directory: root + "/Tests/CoachEvaluation/scenarios")
        #expect(scenarios.count >= 60)
        #expect(Set(scenarios.map(\.language)).isSuperset(of: ["python3", "c", "cpp", "java", "javascript"]))
        #expect(Set(scenarios.map(\.verdict)).isSuperset(of: ["CE", "RE", "WA", "TLE"]))
        let library = ProblemLibrary(directory: root + "/problems")
        let scratch = "/run/pebble-tests/coach-eval-\(getpid())"
        try FileManager.default.createDirectory(atPath: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: scratch) }
        var n = 0
        let report = try await Evaluation(scenarios: scenarios, problemsDirectory: root + "/problems").run {
            n += 1
            return Coach(library: library, store: try CoachStore(path: "\(scratch)/\(n).sqlite"), judge: nil, writer: nil, logger: Logger(label: "eval"))
        }
        print(report.summary)
        #expect(report.total == scenarios.count)
        #expect(report.leaks == 0, "\(report.outcomes.filter { !$0.leaks.isEmpty }.map { "\($0.id): \($0.leaks)" })")
        #expect(report.groundingRate >= 0.9, "\(report.outcomes.filter { !$0.grounded }.map(\.id))")
        #expect(report.tiersDistinct == report.total)
        #expect(report.refusalsNeeded >= 2 && report.refusalsGiven == report.refusalsNeeded)
        #expect(report.passes)
    }
}
