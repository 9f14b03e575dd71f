import PebbleOps
import ArgumentParser
import Foundation
import PebbleLanguages
import PebbleSandbox

/// `pebble-bench languages`: hello world compile+run per language, cold against warm, measured
/// interleaved in one run; the C++ precompiled header against the same compile without it; Java
/// with the pre-started javac against cold javac + java; and the per-test cost of a 20-test job.
struct LanguagesSuite: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "languages", abstract: "Cold against warm compile+run for every language.")

    @Option(help: "Samples per median.") var runs = 9
    @Option(help: "Only these languages (comma-separated ids).") var languages: String?
    @Flag(help: "Print one JSON object.") var json = false

    /// Hello world, reading nothing; `%N` becomes a per-sample comment so no compile is a cache hit.
    static let hello: [String: String] = [
        "c": "#include <stdio.h>\n// %N\nint main(void) { puts(\"hello\"); return 0; }\n",
        "cpp": "#include <iostream>\n// %N\nint main() { std::cout << \"hello\" << std::endl; }\n",
        "cpp20": "#include <iostream>\n// %N\nint main() { std::cout << \"hello\" << std::endl; }\n",
        "python3": "# %N\nprint('hello')\n",
        "pypy3": "# %N\nprint('hello')\n",
        "javascript": "// %N\nconsole.log('hello');\n",
        "typescript": "// %N\nconst greeting: string = 'hello';\nconsole.log(greeting);\n",
        "java": "// %N\npublic class Main { public static void main(String[] a) { System.out.println(\"hello\"); } }\n",
        "go": "package main\n// %N\nimport \"fmt\"\nfunc main() { fmt.Println(\"hello\") }\n",
        "rust": "// %N\nfn main() { println!(\"hello\"); }\n",
        "swift": "// %N\nprint(\"hello\")\n",
        "ruby": "# %N\nputs 'hello'\n",
        "php": "<?php\n// %N\necho \"hello\\n\";\n",
        "bash": "# %N\necho hello\n",
        "sql": "-- %N\nSELECT 'hello' AS greeting;\n",
    ]
    static let bitsHello = "#include <bits/stdc++.h>\n// %N\nusing namespace std;\nint main() { vector<int> v{1}; cout << v[0] << endl; }\n"

    func run() async throws {
        let toolchains = try Self.benchToolchains()
        defer { try? FileManager.default.removeItem(atPath: toolchains) }
        let state = NSTemporaryDirectory() + "pebble-bench-\(getpid())"
        defer { try? FileManager.default.removeItem(atPath: state) }
        var configuration = EngineConfiguration(toolchainsDirectory: toolchains, stateDirectory: state)
        configuration.workers = 2
        configuration.boxPoolSize = 4
        let wanted = languages.map { Set($0.split(separator: ",").map(String.init)) }
        if let wanted { configuration.languages = wanted.union(wanted.contains("cpp") ? ["cpp-nopch"] : []) }
        let engine = try LanguageEngine(configuration: configuration)
        await engine.warmUp()
        var counter = 0
        func source(_ template: String) -> String {
            counter += 1
            return template.replacingOccurrences(of: "%N", with: "sample \(counter) of \(getpid())")
        }

        var rows: [(id: String, cold: Double, warm: Double, how: String, hit: Double?, perTest: Double)] = []
        let ids = engine.toolchains.keys.filter { Self.hello[$0] != nil }.sorted()
        for id in ids {
            let t = engine.toolchains[id]!
            let stdin = Data()
            // One of each first, so prebuilt files and the first JIT of everything are not in the samples.
            _ = try await engine.execute(language: id, source: source(Self.hello[id]!), stdin: stdin, warm: false)
            var cold: [Double] = [], warm: [Double] = []
            for _ in 0..<runs {
                let c = source(Self.hello[id]!), w = source(Self.hello[id]!)
                cold.append(try await Measure.ms { try await Self.expectHello(engine.execute(language: id, source: c, stdin: stdin, warm: false)) })
                await engine.warmUp()
                if t.run.worker == nil && t.compile?.worker == nil && t.compile != nil {
                    // Compiled without a pre-started compiler: the warm path is the compile cache.
                    _ = try await engine.prepare(language: id, source: w)
                }
                warm.append(try await Measure.ms { try await Self.expectHello(engine.execute(language: id, source: w, stdin: stdin)) })
            }
            var hit: Double?
            if t.compile != nil {
                let s = source(Self.hello[id]!)
                _ = try await engine.prepare(language: id, source: s)
                hit = Measure.median(try await (0..<runs).asyncMap { _ in try await Measure.ms { _ = try await engine.prepare(language: id, source: s) } })
            }
            // A 20-test job: compile once, then 20 runs (warm pool), per test.
            let program = try await engine.prepare(language: id, source: source(Self.hello[id]!))
            var tests: [Double] = []
            for _ in 0..<20 {
                await engine.warmUp(seconds: 5)
                tests.append(try await Measure.ms { _ = try await engine.run(program, stdin: stdin) })
            }
            let how = t.run.worker != nil ? "pre-started worker" : t.compile?.worker != nil ? "pre-started compiler" : t.compile != nil ? "compile cache" : "warm box"
            rows.append((id, Measure.median(cold), Measure.median(warm), how, hit, Measure.median(tests)))
        }

        // C++ with <bits/stdc++.h>: the same compile with and without the precompiled header.
        var pch: (with: Double, without: Double)?
        if engine.toolchains["cpp"] != nil, engine.toolchains["cpp-nopch"] != nil {
            _ = try await engine.execute(language: "cpp", source: source(Self.bitsHello))
            var with: [Double] = [], without: [Double] = []
            for _ in 0..<runs {
                let a = source(Self.bitsHello), b = source(Self.bitsHello)
                with.append(try await Measure.ms { try await Self.expectOK(engine.execute(language: "cpp", source: a)) })
                without.append(try await Measure.ms { try await Self.expectOK(engine.execute(language: "cpp-nopch", source: b)) })
            }
            pch = (Measure.median(with), Measure.median(without))
        }
        await engine.shutdown()

        var object: [String: Any] = [:]
        for r in rows {
            var entry: [String: Any] = ["coldMs": Measure.round3(r.cold), "warmMs": Measure.round3(r.warm),
                                        "ratio": Measure.round3(r.warm / r.cold), "warmPath": r.how,
                                        "perTestMs": Measure.round3(r.perTest)]
            if let hit = r.hit { entry["cacheHitMs"] = Measure.round3(hit) }
            object[r.id] = entry
        }
        if let java = rows.first(where: { $0.id == "java" }) {
            object["javaWarmMs"] = Measure.round3(java.warm)
            object["javaColdMs"] = Measure.round3(java.cold)
        }
        if let pch {
            object["cppPchMs"] = Measure.round3(pch.with)
            object["cppNoPchMs"] = Measure.round3(pch.without)
        }
        if json {
            print(Measure.json(object))
            return
        }
        print("hello world, compile + run, medians of \(runs) (cold and warm interleaved, this machine)")
        print("language     cold ms   warm ms   warm/cold  warm path              cache hit ms  per test ms (20-test job)")
        for r in rows {
            let hit = r.hit.map { String(format: "%12.1f", $0) } ?? String(repeating: " ", count: 11) + "-"
            let numbers = String(format: "%8.1f  %8.1f   %8.2f   ", r.cold, r.warm, r.warm / r.cold)
            print(r.id.padding(toLength: 11, withPad: " ", startingAt: 0) + " " + numbers
                + r.how.padding(toLength: 22, withPad: " ", startingAt: 0) + " " + hit + String(format: "  %10.2f", r.perTest))
        }
        if let pch {
            print(String(format: "\nC++ with <bits/stdc++.h>: %.1f ms with the precompiled header, %.1f ms without (%.2f×)",
                         pch.with, pch.without, pch.with / pch.without))
        }
        if let java = rows.first(where: { $0.id == "java" }) {
            print(String(format: "Java compile+run: warm %.1f ms, cold javac+java %.1f ms (%.2f×)", java.warm, java.cold, java.warm / java.cold))
        }
    }

    static func expectHello(_ e: Execution) throws {
        try expectOK(e)
        let out = String(decoding: e.run?.report.stdout ?? Data(), as: UTF8.self)
        guard out.contains("hello") else { throw ValidationError("\(e.language) printed \(out.debugDescription)") }
    }

    static func expectOK(_ e: Execution) throws {
        guard e.status == .ok else {
            throw ValidationError("\(e.language) hello ended \(e.status.rawValue): \(e.compile?.output ?? "") \(String(decoding: e.run?.report.stderr ?? Data(), as: UTF8.self))")
        }
    }

    /// A copy of the shipped toolchains plus `cpp-nopch`: the cpp file without the -I of its
    /// precompiled header — the same compile a host without one would do.
    static func benchToolchains() throws -> String {
        let source = ShippedData.directory("Toolchains")
        let copy = NSTemporaryDirectory() + "pebble-bench-toolchains-\(getpid())"
        try? FileManager.default.removeItem(atPath: copy)
        try FileManager.default.copyItem(atPath: source, toPath: copy)
        let cpp = try String(contentsOfFile: copy + "/cpp.yaml", encoding: .utf8)
        let noPch = cpp.replacingOccurrences(of: "id: cpp\n", with: "id: cpp-nopch\n")
            .replacingOccurrences(of: "\"-I{prebuilt}/pch\", ", with: "")
            .replacingOccurrences(of: "extensions: [cc, cpp, cxx, c++, C]", with: "extensions: []")
        guard noPch != cpp, !noPch.contains("-I{prebuilt}/pch") else { throw ValidationError("cpp.yaml has no -I{prebuilt}/pch to take out") }
        try noPch.write(toFile: copy + "/cpp-nopch.yaml", atomically: true, encoding: .utf8)
        chmod(copy, 0o755)
        return copy
    }
}

extension Sequence {
    func asyncMap<T>(_ transform: (Element) async throws -> T) async rethrows -> [T] {
        var out: [T] = []
        for e in self { out.append(try await transform(e)) }
        return out
    }
}
