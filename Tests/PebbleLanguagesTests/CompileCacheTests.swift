import Foundation
@testable import PebbleLanguages
import PebbleSandbox
import Testing

/// Compile once, run many: the content-addressed cache, its cap, and the C++ precompiled header.
@Suite struct CompileCacheTests {
    static let sumCpp = """
        #include <iostream>
        int main() { long a, b; std::cin >> a >> b; std::cout << a + b << std::endl; }

        """

    @Test func aTwentyTestJobCompilesOnceAndACacheHitSkipsTheCompiler() async throws {
        try await TestEngine.with(languages: ["cpp"], sharedCache: false) { engine in
            let program = try await engine.prepare(language: "cpp", source: Self.sumCpp)
            #expect(program.compile?.succeeded == true)
            #expect(program.compile?.cached == false)
            for i in 0..<20 {
                let run = try await engine.run(program, stdin: Data("\(i) \(i * 2)\n".utf8))
                #expect(String(decoding: run.report.stdout, as: UTF8.self) == "\(i * 3)\n")
            }
            // The same source again (another job): a hit, no compiler run at all.
            let again = try await engine.prepare(language: "cpp", source: Self.sumCpp)
            #expect(again.compile?.cached == true)
            #expect(again.compile?.report == nil)
            let stats = await engine.cache.statistics
            #expect(stats.compiles == 1)
            #expect(stats.hits == 1)
            // Another source is another key.
            _ = try await engine.prepare(language: "cpp", source: Self.sumCpp + "// changed\n")
            #expect(await engine.cache.statistics.compiles == 2)
        }
    }

    @Test func concurrentJobsWithTheSameSourceShareOneCompile() async throws {
        try await TestEngine.with(languages: ["c"], sharedCache: false) { engine in
            let source = "#include <stdio.h>\nint main(void) { puts(\"same\"); return 0; }\n"
            try await withThrowingTaskGroup(of: Bool.self) { group in
                for _ in 0..<6 { group.addTask { try await engine.prepare(language: "c", source: source).compile?.succeeded == true } }
                for try await ok in group { #expect(ok) }
            }
            #expect(await engine.cache.statistics.compiles == 1)
        }
    }

    @Test func compileErrorsAreCachedToo() async throws {
        try await TestEngine.with(languages: ["c"], sharedCache: false) { engine in
            let broken = "int main(void) { return x; }\n"
            let first = try await engine.prepare(language: "c", source: broken)
            let second = try await engine.prepare(language: "c", source: broken)
            #expect(first.compile?.succeeded == false && second.compile?.succeeded == false)
            #expect(second.compile?.cached == true)
            #expect(first.compile?.diagnostics == second.compile?.diagnostics)
            #expect(await engine.cache.statistics.compiles == 1)
        }
    }

    @Test func leastRecentlyUsedEntriesGoWhenTheCapIsPassed() async throws {
        let dir = try TestEngine.temporaryDirectory("cache")
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let cache = CompileCache(directory: dir, capacityBytes: 10_000)
        @Sendable func entry(_ byte: UInt8) -> CompileCache.Entry {
            CompileCache.Entry(stage: CompileStage(succeeded: true), artifacts: ["main": Data(repeating: byte, count: 3000)])
        }
        for (i, key) in ["a", "b", "c"].enumerated() {
            _ = try await cache.entry(for: key) { entry(UInt8(i)) }
            usleep(20_000) // folder times need to differ
        }
        // Using "a" makes "b" the least recently used.
        #expect(try await cache.entry(for: "a") { Issue.record("a was not cached"); return entry(9) }.stage.cached)
        usleep(20_000)
        _ = try await cache.entry(for: "d") { entry(3) }
        let left = Set(try FileManager.default.contentsOfDirectory(atPath: dir))
        #expect(left == ["a", "c", "d"], "\(left)")
        #expect(await cache.statistics.evictions == 1)
        // A new cache on the same folder (a restart) still has the entries, artifacts intact.
        let reopened = CompileCache(directory: dir, capacityBytes: 10_000)
        let hit = try await reopened.entry(for: "c") { Issue.record("c lost on restart"); return entry(9) }
        #expect(hit.artifacts["main"] == Data(repeating: 2, count: 3000))
    }

    @Test func bitsStdcxxUsesThePrecompiledHeaderAndNothingIsForceIncluded() async throws {
        try await TestEngine.with(languages: ["cpp"], sharedCache: false) { engine in
            let withBits = "#include <bits/stdc++.h>\nusing namespace std;\nint main() { vector<int> v{3, 1, 2}; sort(v.begin(), v.end()); cout << v[0] << endl; }\n"
            let e = try await engine.execute(language: "cpp", source: withBits)
            #expect(e.status == .ok, "\(e)")
            #expect(String(decoding: e.run?.report.stdout ?? Data(), as: UTF8.self) == "1\n")
            // A global named y1 clashes with <cmath>'s y1 only when bits/stdc++.h is included: without
            // it the program is valid, and it must compile (nothing force-included).
            let y1 = "#include <cstdio>\nint y1 = 7;\nint main() { std::printf(\"%d\\n\", y1); }\n"
            let plain = try await engine.execute(language: "cpp", source: y1)
            #expect(plain.status == .ok, "\(plain)")
            // gcc -H names the header it used: the .gch from the prebuilt folder, not the text header.
            let t = try engine.toolchain("cpp")
            let program = try await engine.prepare(language: "cpp", source: withBits)
            #expect(program.compile?.succeeded == true)
            let prebuilt = try #require(try FileManager.default.contentsOfDirectory(atPath: engine.configuration.stateDirectory + "/prebuilt").first { $0.hasPrefix("cpp-") })
            let command = t.compile!.command.map { $0.replacingOccurrences(of: "{prebuilt}", with: PrebuiltStore.boxRoot + "/" + prebuilt) } + ["-H"]
            let box = try engine.sandbox.makeBox()
            defer { box.close() }
            try box.writeFile("main.cpp", Data(withBits.utf8))
            let report = try box.run(RunSpec(command: command, limits: t.compile!.limits.sandboxLimits))
            let headers = String(decoding: report.stderr, as: UTF8.self)
            #expect(report.status == .ok)
            #expect(headers.contains("! \(PrebuiltStore.boxRoot)/\(prebuilt)/pch/bits/stdc++.h.gch"), "\(headers.prefix(500))")
        }
    }
}
