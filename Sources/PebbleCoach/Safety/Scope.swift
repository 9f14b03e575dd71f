import Foundation

/// What a learner's free-text question asks for: help with this problem (answered), the solution
/// itself or a change of the coach's rules (refused, with a push instead), or something off-topic.
public enum Scope: String, Sendable {
    case onTopic = "on-topic"
    case solutionRequest = "solution-request"
    case offTopic = "off-topic"

    static let solutionPatterns = [
        #"(?i)\b(give|show|write|send|tell|paste|provide)\b.{0,30}\b(full|whole|complete|entire|correct|working|final|right)?\s*(code|solution|answer|program|implementation)\b"#,
        #"(?i)\b(solve|do|finish|complete|fix)\b\s+(it|this|the (problem|exercise|task|code)|my code)\s+(for me)"#,
        #"(?i)\bjust\b.{0,20}\b(code|solution|answer)\b"#,
        #"(?i)\bignore\b.{0,30}\b(instructions|rules|previous|above|system)\b"#,
        #"(?i)\b(you are now|pretend (you are|to be)|act as|developer mode|jailbreak|system prompt)\b"#,
        #"(?i)\b(corrected|fixed|updated) (version|code)\b"#,
    ]

    static let programmingWords: Set<String> = [
        "code", "error", "line", "loop", "function", "variable", "test", "tests", "output", "input", "wrong", "fail", "fails", "failing",
        "index", "array", "list", "compile", "compiler", "run", "runs", "bug", "return", "print", "slow", "memory", "crash",
        "answer", "stuck", "hint", "type", "string", "int", "integer", "number", "sort",
        "recursion", "recursive", "stack", "overflow", "null", "none", "undefined", "exception", "syntax", "value", "result", "case",
        "edge", "problem", "algorithm", "complexity", "timeout", "limit", "verdict", "sample", "expected", "works", "fix",
        "dictionary", "map", "set", "hash", "pointer", "segfault", "python", "java", "javascript", "c", "cpp", "c++", "method", "class",
        "read", "parse", "format", "space", "newline", "condition", "if", "else", "while", "for", "approach", "idea", "logic", "step",
    ]

    public static func classify(_ question: String?, code: SourceCode, problem: ProblemContext?) -> Scope {
        guard let q = question?.trimmingCharacters(in: .whitespacesAndNewlines), !q.isEmpty else { return .onTopic }
        for p in solutionPatterns where q.range(of: p, options: .regularExpression) != nil { return .solutionRequest }
        let words = SourceCode.words(q.lowercased())
        guard words.count >= 3 else { return .onTopic }
        var known = programmingWords
        for id in code.identifiers { known.insert(id.lowercased()) }
        if let p = problem {
            for w in SourceCode.words((p.title + " " + p.topics.joined(separator: " ")).lowercased()) where w.count > 3 { known.insert(w) }
        }
        return words.contains(where: { known.contains($0) }) ? .onTopic : .offTopic
    }
}
