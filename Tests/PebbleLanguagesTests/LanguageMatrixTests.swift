import Foundation
@testable import PebbleLanguages
import PebbleSandbox
import Testing

/// Issue 3's "done when", in every installed language: a hello world runs OK, a compile error is a
/// CE at its file, line (and column, where the tool gives one), a runtime error is an RE at the
/// learner's line, and an infinite loop is a TLE. Every program passes the default seccomp policy.
@Suite struct LanguageMatrixTests {
    static let programs = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Programs").path
    static let languages = ((try? FileManager.default.contentsOfDirectory(atPath: programs)) ?? []).sorted()
    /// SQL's stdin is its data set.
    static let peopleTable = Data("CREATE TABLE people(id INTEGER PRIMARY KEY, name TEXT);\nINSERT INTO people VALUES (1, 'world');\n".utf8)

    struct Expectation {
        var compileLine: Int
        var compileColumn: Int?
        var runtimeLine: Int
    }

    static func program(_ language: String, _ name: String) throws -> String {
        let dir = programs + "/" + language
        let file = try #require(try FileManager.default.contentsOfDirectory(atPath: dir).first { $0.hasPrefix(name + ".") })
        return try String(contentsOfFile: dir + "/" + file, encoding: .utf8)
    }

    static func expectation(_ language: String) throws -> Expectation {
        let text = try String(contentsOfFile: programs + "/" + language + "/expect.txt", encoding: .utf8)
        var e = Expectation(compileLine: 0, compileColumn: nil, runtimeLine: 0)
        for line in text.split(separator: "\n") {
            let words = line.split(separator: " ")
            if words.first == "compile_error" {
                e.compileLine = Int(words[1])!
                e.compileColumn = words.count > 2 ? Int(words[2]) : nil
            }
            if words.first == "runtime_error" { e.runtimeLine = Int(words[1])! }
        }
        return e
    }

    @Test(arguments: languages)
    func helloCompileErrorRuntimeErrorAndLoop(language: String) async throws {
        let catalog = ToolchainCatalog.load(directory: TestEngine.toolchainsDirectory, probe: true)
        guard let entry = catalog.entry(language), entry.isAvailable else {
            // Not installed here: reported unavailable (with why), never a crash. Nothing else to check.
            let state = catalog.entry(language)?.state
            if case .invalid = state { Issue.record("\(language): invalid toolchain file: \(String(describing: state))") }
            return
        }
        let expect = try Self.expectation(language)
        try await TestEngine.with(languages: [language]) { engine in
            let t = try engine.toolchain(language)
            let stdin = language == "sql" ? Self.peopleTable : Data("world\n".utf8)

            let hello = try await engine.execute(language: language, source: try Self.program(language, "hello"), stdin: stdin)
            #expect(hello.status == .ok, "\(language) hello: \(hello)")
            let expected = language == "sql" ? "greeting\nhello world\n" : "hello world\n"
            #expect(String(decoding: hello.run?.report.stdout ?? Data(), as: UTF8.self) == expected, "\(language) hello output")
            #expect(hello.run?.report.syscall == nil)

            let ce = try await engine.execute(language: language, source: try Self.program(language, "compile_error"), stdin: stdin)
            #expect(ce.status == .compileError, "\(language) compile error: \(ce)")
            let diagnostics = ce.compile?.diagnostics.filter { $0.severity == .error } ?? ce.run?.diagnostics ?? []
            let first = diagnostics.first
            #expect(first?.file == t.source, "\(language) compile error file: \(diagnostics)")
            #expect(first?.line == expect.compileLine, "\(language) compile error line: \(diagnostics)")
            if let column = expect.compileColumn {
                #expect(first?.column == column, "\(language) compile error column: \(diagnostics)")
            }
            #expect((first?.message ?? "").isEmpty == false, "\(language): empty compile error message")
            if let compile = ce.compile { #expect(compile.output.isEmpty == false, "raw compiler output kept") }

            let re = try await engine.execute(language: language, source: try Self.program(language, "runtime_error"), stdin: stdin)
            #expect(re.status == .runtimeError, "\(language) runtime error: \(re)")
            let located = re.run?.diagnostics.first
            #expect(located?.file == t.source, "\(language) runtime error file: \(String(describing: re.run?.diagnostics))")
            #expect(located?.line == expect.runtimeLine, "\(language) runtime error line: \(String(describing: re.run?.diagnostics)) stderr: \(String(decoding: re.run?.report.stderr ?? Data(), as: UTF8.self))")
            #expect((located?.message ?? "").isEmpty == false, "\(language): empty runtime error message")

            let loop = try await engine.execute(language: language, source: try Self.program(language, "loop"), stdin: stdin,
                                                limits: LimitSettings(cpuMs: 500))
            #expect(loop.status == .timeLimit, "\(language) loop: \(loop)")
        }
    }

    @Test func javaHeapIsTheLearnersMemoryLimitAndTheAllowanceIsTheJVMs() async throws {
        guard ToolchainCatalog.load(directory: TestEngine.toolchainsDirectory).entry("java")?.isAvailable == true else { return }
        try await TestEngine.with(languages: ["java"]) { engine in
            let source = "public class Main { public static void main(String[] a) { System.out.println(Runtime.getRuntime().maxMemory() >> 20); } }\n"
            let e = try await engine.execute(language: "java", source: source, limits: LimitSettings(memoryMB: 300))
            #expect(e.status == .ok, "\(e)")
            let heapMB = Int(String(decoding: e.run?.report.stdout ?? Data(), as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)) ?? 0
            #expect(heapMB > 250 && heapMB <= 300, "heap \(heapMB) MiB for a 300 MiB limit")
        }
    }

    @Test func sqlPrintsCanonicalTablesWithHeadersAndNull() async throws {
        guard ToolchainCatalog.load(directory: TestEngine.toolchainsDirectory).entry("sql")?.isAvailable == true else { return }
        try await TestEngine.with(languages: ["sql"]) { engine in
            let data = Data("""
                CREATE TABLE scores(student TEXT, points INTEGER, grade REAL);
                INSERT INTO scores VALUES ('ana', 90, 4.5), ('bo', NULL, 3.0), ('cy', 75, NULL);

                """.utf8)
            let query = "SELECT student, points, grade FROM scores ORDER BY student;\nSELECT count(*) AS n, sum(points) AS total FROM scores;\n"
            let e = try await engine.execute(language: "sql", source: query, stdin: data)
            #expect(e.status == .ok, "\(e)")
            let out = String(decoding: e.run?.report.stdout ?? Data(), as: UTF8.self)
            #expect(out == "student\tpoints\tgrade\nana\t90\t4.5\nbo\tNULL\t3.0\ncy\t75\tNULL\nn\ttotal\n3\t165\n", "\(out.debugDescription)")
        }
    }
}
