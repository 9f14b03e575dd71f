public import Foundation
public import PebbleLanguages
public import PebbleSandbox

/// One judged test case. Hidden tests say only how they went; a failed sample also shows its data.
public struct TestResult: Sendable, Codable, Equatable {
    public var index: Int
    public var name: String
    public var group: String
    public var isSample: Bool
    public var verdict: Verdict
    public var timeMs: Double
    public var memoryKB: UInt64
    /// What the checker or the sandbox said (a validator's judge message, a judge error's cause).
    public var message: String?
    /// For a failed *sample* only: its input, the expected and actual output, the first difference.
    public var feedback: Feedback?
    /// Where a runtime error happened in the learner's code (samples and hidden tests alike:
    /// the learner's own line, never the test's data).
    public var diagnostics: [Diagnostic]
}

/// What a learner may see of a failed visible test.
public struct Feedback: Sendable, Codable, Equatable {
    public var input: String
    public var expected: String
    public var actual: String
    public var stderr: String
    /// The first difference, in words ("line 3: expected "4", got "5"").
    public var difference: String?

    /// Shown text is capped: a learner needs the start of a difference, not megabytes.
    public static let limit = 4096

    static func text(_ data: Data) -> String {
        let s = String(decoding: data.prefix(limit), as: UTF8.self)
        return data.count > limit ? s + "\n[… \(data.count - limit) more bytes]" : s
    }
}

/// How a submission did on a problem.
public struct JudgeResult: Sendable, Codable, Equatable {
    public var problem: String
    public var language: String
    public var verdict: Verdict
    public var passed: Int
    /// The tests selected (samples, or all), including ones not run after a stop.
    public var total: Int
    public var timeLimitMs: UInt64
    public var compile: CompileStage?
    public var tests: [TestResult]
    /// For CE/IE: why, in words.
    public var message: String?
}

/// Which tests a judging runs.
public enum TestSelection: String, Sendable, Codable {
    case sample, all
}
