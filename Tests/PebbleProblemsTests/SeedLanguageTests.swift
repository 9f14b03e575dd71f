import Foundation
import PebbleJSON
import PebbleLanguages
@testable import PebbleProblems
import PebbleSandbox
import Testing

/// For every function-mode problem of the bank and every seed language (and for two-sum in every
/// other language with a harness), a learner's program made from the problem's own starter code:
/// one that returns the type's empty value is WA on the first case expecting something else, one
/// that crashes is RE at the learner's line, and one that does not compile is CE at the learner's
/// line and column. (Correct solutions: BankTests' verify, and PackageJudgingTests' treelist and
/// inplace packages, which hold one in every language.)
@Suite(.serialized, .timeLimit(.minutes(20))) struct SeedLanguageTests {
    static let seeds = ["python3", "javascript", "c", "cpp", "java"]
    static let others = ["typescript", "ruby", "php", "go", "rust", "swift"]
    static let problems = ProblemBank.load(BankTests.directory).packages.filter { $0.metadata.signature != nil }.map(\.id)
    static let cases = problems.flatMap { id in seeds.map { (id, $0) } } + others.map { ("two-sum", $0) }
    static let templates = TestJudge.root.appendingPathComponent("harness-templates").path

    /// A statement that fails at run time, on one line.
    static let crash = [
        "python3": "return [][1]",
        "javascript": "throw new RangeError(\"index 7 is out of range\");",
        "c": "volatile int *nothing = NULL; *nothing = 1;",
        "cpp": "volatile int *nothing = nullptr; *nothing = 1;",
        "java": "int[] none = new int[0]; none[1] = 1; throw new AssertionError();",
        "typescript": "throw new RangeError(\"index 7 is out of range\");",
        "ruby": "nil.fetch(1)",
        "php": "$none = null; $none->x();",
        "go": "var none []int; none[3] = 1; panic(\"unreachable\")",
        "rust": "let none: Vec<i32> = Vec::new(); let _ = none[3]; unreachable!()",
        "swift": "let none: [Int] = []; _ = none[3]; fatalError()",
    ]
    /// A line that does not compile, and the text its error's column points at (nil: the language
    /// reports no column).
    static let broken: [String: (String, String?)] = [
        "python3": ("x = (1 +", "("),
        "javascript": ("let x = 1 +;", ";"),
        "c": ("int x = undefined_name;", "undefined_name"),
        "cpp": ("int x = undefined_name;", "undefined_name"),
        "java": ("int x = undefinedName;", "undefinedName"),
        "typescript": ("return undefinedName;", "undefinedName"),
        "ruby": ("x = = 1", "= 1"),
        "php": ("$x = = 1;", nil),
        "go": ("_ = undefinedName", "undefinedName"),
        "rust": ("let _x: i32 = undefined_name;", "undefined_name"),
        "swift": ("let _ = undefinedName", "undefinedName"),
    ]

    @Test func everyFunctionProblemIsCovered() {
        #expect(Self.problems.contains("two-sum"))
    }

    @Test func everyLanguageWithAToolchainHasAHarness() throws {
        let toolchains = try FileManager.default.contentsOfDirectory(atPath: TestJudge.root.appendingPathComponent("Toolchains").path)
            .filter { $0.hasSuffix(".yaml") }.map { String($0.dropLast(5)) }
        // Bash and SQL have no functions to call; every other language has a driver.
        for id in toolchains where !["bash", "sql"].contains(id) {
            #expect((try? Harness.load(language: id, templates: Self.templates)) != nil, "no harness for \(id)")
        }
        #expect(Set(Self.seeds + Self.others).isSubset(of: Set(toolchains)))
    }

    @Test(arguments: cases)
    func theLearnersMistakesAreReportedInTheirOwnTerms(id: String, language: String) async throws {
        let package = try ProblemBank.load(BankTests.directory).package(id)
        let signature = try #require(package.metadata.signature)
        let harness = try Harness.load(language: language, templates: Self.templates)
        let starter = harness.starter(for: signature).components(separatedBy: "\n")
        let body = try #require(Self.bodyLine(starter, function: signature.function), "\(id): no body in \(language)'s starter")
        let indent = String(repeating: " ", count: 4 * Self.depth(language))
        func program(_ line: String) -> Submission {
            var lines = starter
            lines[body] = indent + line
            return Submission(language: language, files: [harness.learnerFile: Data(lines.joined(separator: "\n").utf8)])
        }
        let options = Judge.Options(tests: .sample)
        try await TestJudge.with { judge in
            // Empty values: WA on the first sample that expects something else, and only there.
            let cases = try package.samples.map { try FunctionCase.load($0.inputPath) }
            let empty = Self.emptyResult(language, signature.returns)
            let wrongAt = try #require(cases.firstIndex { c in
                let got = signature.returns == .void ? c.args.first ?? .null : Self.emptyJSON(signature.returns)
                return !Judge.matches(got, expected: c.expected, signature: signature)
            }, "\(id): every sample expects the empty value")
            let wrong = try await judge.judge(program(empty), on: package, options: options)
            #expect(wrong.verdict == .wrongAnswer, "\(id) \(language): \(wrong.verdict) \(wrong.message ?? "")")
            #expect(wrong.tests.firstIndex { $0.verdict != .accepted } == wrongAt, "\(id) \(language): \(wrong.tests.map(\.verdict))")

            let crashed = try await judge.judge(program(Self.crash[language]!), on: package, options: options)
            #expect(crashed.verdict == .runtimeError, "\(id) \(language): \(crashed.verdict) \(crashed.message ?? "")")
            let where_ = crashed.tests.first?.diagnostics.first
            #expect(where_?.file == harness.learnerFile && where_?.line == body + 1, "\(id) \(language): \(String(describing: where_))")

            let (line, marker) = Self.broken[language]!
            let failed = try await judge.judge(program(line), on: package, options: options)
            #expect(failed.verdict == .compileError, "\(id) \(language): \(failed.verdict)")
            let d = failed.compile?.diagnostics.first { $0.severity == .error }
            let column = marker.map { indent.count + line.distance(from: line.startIndex, to: line.range(of: $0)!.lowerBound) + 1 }
            #expect(d?.file == harness.learnerFile && d?.line == body + 1 && d?.column == column,
                    "\(id) \(language): \(String(describing: d)), expected line \(body + 1) column \(column)")
        }
    }

    /// The line of the starter's empty body: the one after the function's declaration.
    static func bodyLine(_ lines: [String], function: String) -> Int? {
        let declaration = lines.firstIndex { line in
            let t = line.trimmingCharacters(in: .whitespaces)
            // Ruby and Rust name the method in snake_case.
            return (t.contains(function) || t.contains(Harness.snakeCase(function))) && t.contains("(") && !t.hasPrefix("*") && !t.hasPrefix("/") && !t.hasPrefix("#")
        }
        return declaration.map { $0 + 1 }.flatMap { $0 < lines.count ? $0 : nil }
    }

    /// How deep the body is nested: in a class method (Python, C++, Java) or a function (JS, C).
    static func depth(_ language: String) -> Int { ["javascript": 1, "typescript": 1, "c": 1, "ruby": 1, "go": 1][language] ?? 2 }

    /// A body that returns the type's empty value, as a learner would write it.
    static func emptyResult(_ language: String, _ t: ValueType) -> String {
        if t == .void { return ["python3": "pass", "ruby": "nil", "go": "return", "rust": "", "swift": "return"][language] ?? "return;" }
        switch language {
        case "python3", "javascript":
            let none = language == "python3" ? "None" : "null"
            switch t {
            case .int, .long: return "return 0" + (language == "javascript" ? ";" : "")
            case .double: return "return 0.0" + (language == "javascript" ? ";" : "")
            case .bool: return language == "python3" ? "return False" : "return false;"
            case .string, .char: return "return \"\"" + (language == "javascript" ? ";" : "")
            case .listNode, .treeNode: return "return " + none + (language == "javascript" ? ";" : "")
            default: return "return []" + (language == "javascript" ? ";" : "")
            }
        case "cpp":
            return "return {};"
        case "typescript":
            return emptyResult("javascript", t)
        case "ruby", "php":
            let semicolon = language == "php" ? ";" : ""
            switch t {
            case .int, .long: return "return 0" + semicolon
            case .double: return "return 0.0" + semicolon
            case .bool: return "return false" + semicolon
            case .string, .char: return "return \"\"" + semicolon
            case .listNode, .treeNode: return (language == "php" ? "return null" : "return nil") + semicolon
            default: return "return []" + semicolon
            }
        case "go":
            switch t {
            case .bool: return "return false"
            case .string: return "return \"\""
            case .array, .listNode, .treeNode: return "return nil"
            default: return "return 0"
            }
        case "rust":
            switch t {
            case .bool: return "false"
            case .string: return "String::new()"
            case .char: return "'\\0'"
            case .double: return "0.0"
            case .array: return "vec![]"
            case .listNode, .treeNode: return "None"
            default: return "0"
            }
        case "swift":
            switch t {
            case .bool: return "return false"
            case .string: return "return \"\""
            case .char: return "return \"\\0\""
            case .array: return "return []"
            case .listNode, .treeNode: return "return nil"
            default: return "return 0"
            }
        case "c":
            switch t {
            case .array(.array): return "*returnSize = 0; *returnColumnSizes = NULL; return NULL;"
            case .array: return "*returnSize = 0; return NULL;"
            case .string: return "return \"\";"
            default: return "return 0;"
            }
        default:  // java
            switch t {
            case .bool: return "return false;"
            case .string: return "return \"\";"
            case .char: return "return '\\0';"
            case .listNode, .treeNode: return "return null;"
            case let .array(inner):
                if case let .array(base) = inner { return "return new \(Harness.java(base))[0][];" }
                return "return new \(Harness.java(inner))[0];"
            default: return "return 0;"
            }
        }
    }

    /// What the driver reports for that empty value.
    static func emptyJSON(_ t: ValueType) -> JSONValue {
        switch t {
        case .int, .long, .double: .int(0)
        case .bool: .bool(false)
        case .string: .string("")
        case .char: .string("\u{0}")
        default: .array([])
        }
    }
}
