import PebbleOps
import ArgumentParser
import Foundation
import Logging
import PebbleCoach
import PebbleLanguages

/// `pebble-bench coach`: the built-in coach's answer time, judge call excluded — every scenario
/// of the evaluation set at its tier, through `Coach` with its SQLite store (the work a request
/// does), against a baseline measured in the same run: the store's own part of that work (record
/// the run, read the history twice, record the help).
struct CoachSuite: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "coach", abstract: "Built-in coach answer latency (no judge call).")

    @Option(help: "Passes over the evaluation set.") var rounds = 5
    @Flag(help: "Print one JSON object.") var json = false

    func run() async throws {
        let root = ShippedData.directory("problems")
        let scenarios = try EvaluationScenario.load(directory: ShippedData.directory("Tests/CoachEvaluation/scenarios"))
        let library = ProblemLibrary(directory: root)
        let dir = NSTemporaryDirectory() + "pebble-bench-coach-\(getpid())"
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let coach = Coach(library: library, store: try CoachStore(path: dir + "/coach.sqlite"), judge: nil, writer: nil, logger: Logger(label: "bench"))
        let store = try CoachStore(path: dir + "/baseline.sqlite")
        var answer: [Double] = [], baseline: [Double] = []
        for round in 0..<rounds {
            for (i, s) in scenarios.enumerated() {
                // A new learner each time: the store grows as in service, histories stay short.
                let learner = "bench-\(round)-\(i)"
                let request = CoachRequest(learner: learner, problem: s.problem, language: s.language, code: s.code, tier: s.tier,
                                           question: s.question, lastRun: s.lastRun)
                answer.append(try await Measure.ms { _ = try await coach.coach(request) })
                let finding = Finding(kind: .wrongAnswer, verdict: s.verdict)
                baseline.append(try Measure.ms {
                    try store.record(learner: learner, problem: s.problem, language: s.language, run: s.lastRun, signature: "x@1", codeHash: "h\(i)", at: Date())
                    _ = try store.history(learner: learner, problem: s.problem)
                    try store.recordAssist(learner: learner, problem: s.problem, tier: s.tier, source: "builtin", finding: finding, safety: .init(), at: Date())
                    _ = try store.history(learner: learner, problem: s.problem)
                })
            }
        }
        let sorted = answer.sorted()
        let p95 = sorted[Int(Double(sorted.count - 1) * 0.95)]
        let a = Measure.median(answer), b = Measure.median(baseline)
        if json {
            print(Measure.json(["suite": "coach", "answers": answer.count, "medianMs": Measure.round3(a), "p95Ms": Measure.round3(p95),
                                "baselineStoreMedianMs": Measure.round3(b), "ratio": Measure.round3(a / b)]))
        } else {
            print("coach: \(answer.count) built-in answers (\(scenarios.count) scenarios × \(rounds)), judge call excluded")
            print("  answer  median \(String(format: "%.3f", a)) ms  p95 \(String(format: "%.3f", p95)) ms   (goal: median ≤ 10 ms)")
            print("  baseline (its store work alone) median \(String(format: "%.3f", b)) ms   ratio \(String(format: "%.2f", a / b))×")
        }
    }
}
