import Foundation
import PebbleTestSupport
import Testing

/// `pebble run` and `pebble languages` as a person or a script uses them.
@Suite(.serialized, .timeLimit(.minutes(3)))
struct CLIRunTests {
    func run(_ arguments: [String], cache: String) throws -> (Int32, String) {
        try CLIProcess.run(arguments, environment: ["PATH": "/usr/bin:/bin", "PEBBLE_CACHE_DIR": cache, "PEBBLE_DATA": TestEngine.root.path])
    }

    func object(_ text: String) throws -> [String: Any] {
        try #require(JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any], "not JSON: \(text)")
    }

    @Test func runJsonHasACompileStageWithDiagnosticsAndARunStageWithTheReport() throws {
        let dir = try TestEngine.temporaryDirectory("cli-run")
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try "#include <stdio.h>\nint main(void) {\n    int n;\n    scanf(\"%d\", &n);\n    printf(\"%d\\n\", n * 2);\n    return 0;\n}\n"
            .write(toFile: dir + "/double.c", atomically: true, encoding: .utf8)
        try "21\n".write(toFile: dir + "/in.txt", atomically: true, encoding: .utf8)
        let (status, out) = try run(["run", "--json", "--stdin", dir + "/in.txt", dir + "/double.c"], cache: dir + "/cache")
        #expect(status == 0)
        let r = try object(out)
        #expect(r["status"] as? String == "OK")
        #expect(r["language"] as? String == "c")
        let compile = try #require(r["compile"] as? [String: Any])
        #expect(compile["succeeded"] as? Bool == true)
        #expect(compile["diagnostics"] is [Any])
        let runStage = try #require(r["run"] as? [String: Any])
        let report = try #require(runStage["report"] as? [String: Any])
        #expect(report["stdout"] as? String == "42\n")
        for key in ["status", "exitCode", "cpuMs", "wallMs", "memoryKB", "stderr"] { #expect(report[key] != nil, "missing \(key)") }

        try "#include <stdio.h>\nint main(void) {\n    return undefined_name;\n}\n".write(toFile: dir + "/broken.c", atomically: true, encoding: .utf8)
        let (ceStatus, ceOut) = try run(["run", "--json", dir + "/broken.c"], cache: dir + "/cache")
        #expect(ceStatus == 1)
        let ce = try object(ceOut)
        #expect(ce["status"] as? String == "CE")
        let diagnostics = try #require((ce["compile"] as? [String: Any])?["diagnostics"] as? [[String: Any]])
        let first = try #require(diagnostics.first)
        #expect(first["file"] as? String == "main.c" && first["line"] as? Int == 3 && first["column"] as? Int == 12)
        #expect(ce["run"] is NSNull)
    }

    @Test func runTakesTheLanguageFlagAndRefusesAnUnknownOneClearly() throws {
        let dir = try TestEngine.temporaryDirectory("cli-lang")
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try "print('from python')\n".write(toFile: dir + "/prog.txt", atomically: true, encoding: .utf8)
        let (status, out) = try run(["run", "--language", "python3", dir + "/prog.txt"], cache: dir + "/cache")
        #expect(status == 0)
        #expect(out.contains("from python"))
        let (bad, _) = try run(["run", "--language", "cobol", dir + "/prog.txt"], cache: dir + "/cache")
        #expect(bad == 64, "an unknown language is a usage error")
        let (noExt, _) = try run(["run", dir + "/prog.txt"], cache: dir + "/cache")
        #expect(noExt == 64)
    }

    @Test func languagesJsonListsEveryToolchainWithItsState() throws {
        let dir = try TestEngine.temporaryDirectory("cli-languages")
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let (status, out) = try run(["languages", "--json"], cache: dir)
        #expect(status == 0)
        let list = try #require(JSONSerialization.jsonObject(with: Data(out.utf8)) as? [[String: Any]])
        let python = try #require(list.first { $0["id"] as? String == "python3" })
        #expect(python["available"] as? Bool == true)
        #expect((python["version"] as? String)?.hasPrefix("Python 3") == true)
        #expect((python["warmPools"] as? [[String: Any]])?.first?["stage"] as? String == "run")
        for entry in list {
            for key in ["id", "name", "version", "available", "reason", "extensions", "warmPools"] { #expect(entry[key] != nil, "missing \(key)") }
        }
    }
}
