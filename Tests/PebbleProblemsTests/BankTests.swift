import Foundation
@testable import PebbleProblems
import PebbleSandbox
import Testing

/// The bank proves itself: every problem loads, meets the bank's rules, and every submission of it
/// gets the verdict of its folder.
@Suite(.serialized, .timeLimit(.minutes(20))) struct BankTests {
    static let directory = TestJudge.root.appendingPathComponent("problems").path
    static let ids = ProblemBank.load(directory).packages.map(\.id) + ProblemBank.load(directory).broken.map(\.id)
    static let languages = ["en", "hi", "bn", "te", "mr", "ta", "ur", "gu", "kn", "ml", "pa", "es", "fr"]

    @Test func everyProblemLoads() {
        for b in ProblemBank.load(Self.directory).broken { Issue.record("\(b.id): \(b.reason)") }
        #expect(!Self.ids.isEmpty)
    }

    @Test(arguments: ids)
    func meetsTheBanksRules(id: String) throws {
        let p = try ProblemBank.load(Self.directory).package(id)
        #expect(p.statedTimeLimit != nil, "\(id): the bank states its time limits")
        #expect(p.samples.count >= 3, "\(id): at least 3 samples")
        #expect(p.tests.count - p.samples.count >= 15, "\(id): at least 15 hidden tests")
        #expect(p.statement() != nil, "\(id): a statement")
        #expect(["easy", "medium", "hard"].contains(p.metadata.difficulty ?? ""), "\(id): difficulty")
        #expect(!p.metadata.topics.isEmpty, "\(id): topics")
        for lang in Self.languages { #expect(p.metadata.names[lang]?.isEmpty == false, "\(id): no \(lang) title") }
        let accepted = (try? FileManager.default.contentsOfDirectory(atPath: p.directory + "/submissions/accepted")) ?? []
        for ext in ["py", "cpp", "java"] { #expect(accepted.contains { $0.hasSuffix("." + ext) }, "\(id): no \(ext) reference solution") }
        for folder in ["wrong_answer", "time_limit_exceeded"] {
            let files = (try? FileManager.default.contentsOfDirectory(atPath: p.directory + "/submissions/" + folder)) ?? []
            #expect(!files.isEmpty, "\(id): nothing in submissions/\(folder)")
        }
        for test in p.tests { #expect(FileManager.default.fileExists(atPath: test.answerPath), "\(test.name) has no .ans") }
    }

    @Test(arguments: ids)
    func everySubmissionGetsTheVerdictOfItsFolder(id: String) async throws {
        try await TestJudge.with { judge in
            let report = try await PackageVerifier(judge: judge).verify(try ProblemBank.load(Self.directory).package(id))
            for e in report.entries where e.match != true {
                Issue.record("\(id): \(e.path) expected \(e.expected.rawValue), got \(e.got?.rawValue ?? "-") \(e.note ?? "")")
            }
        }
    }
}
