import Foundation
@testable import PebbleLanguages
import PebbleSandbox
import Testing

/// The shipped toolchain files, and how bad files are reported.
@Suite struct ToolchainCatalogTests {
    @Test func everyShippedToolchainFileIsValid() throws {
        let catalog = ToolchainCatalog.load(directory: TestEngine.toolchainsDirectory, probe: false)
        let ids = Set(catalog.entries.map(\.id))
        for required in ["c", "cpp", "cpp20", "python3", "pypy3", "javascript", "typescript", "java", "go", "rust",
                         "swift", "ruby", "php", "bash", "sql"] {
            #expect(ids.contains(required), "no toolchain file for \(required)")
        }
        for e in catalog.entries {
            if case let .invalid(reason) = e.state { Issue.record("\(e.id): \(reason)") }
        }
    }

    @Test func aBadFileIsListedAsInvalidWithItsReasonAndTheOthersStillLoad() throws {
        let dir = try TestEngine.temporaryDirectory("catalog")
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try "id: good\nname: Good\nsource: main.sh\nversion: [/bin/bash, --version]\nrun: {command: [/bin/bash, main.sh]}\n"
            .write(toFile: dir + "/good.yaml", atomically: true, encoding: .utf8)
        try "id: nope\nname: [unclosed\n".write(toFile: dir + "/broken.yaml", atomically: true, encoding: .utf8)
        try "id: other\nname: X\nsource: main.x\nversion: [/bin/true]\nrun: {command: [/bin/true]}\n"
            .write(toFile: dir + "/mismatch.yaml", atomically: true, encoding: .utf8)
        try "id: missing\nname: Missing\nsource: main.zz\nversion: [/usr/bin/no-such-compiler, --version]\nrun: {command: [/usr/bin/no-such-compiler, main.zz]}\n"
            .write(toFile: dir + "/missing.yaml", atomically: true, encoding: .utf8)
        try "id: nokey\nname: No key\nversion: [/bin/true]\nrun: {command: [/bin/true]}\n"
            .write(toFile: dir + "/nokey.yaml", atomically: true, encoding: .utf8)
        let catalog = ToolchainCatalog.load(directory: dir)
        #expect(catalog.entry("good")?.isAvailable == true)
        #expect(catalog.entry("good")?.version?.contains("bash") == true)
        guard case .invalid = catalog.entry("broken")?.state else { Issue.record("broken file not invalid"); return }
        guard case let .invalid(why) = catalog.entry("mismatch")?.state else { Issue.record("id mismatch not invalid"); return }
        #expect(why.contains("does not match"))
        guard case let .unavailable(reason) = catalog.entry("missing")?.state else { Issue.record("missing compiler not unavailable"); return }
        #expect(reason.contains("/usr/bin/no-such-compiler"))
        guard case let .invalid(noKey) = catalog.entry("nokey")?.state else { Issue.record("missing key not invalid"); return }
        #expect(noKey.contains("source"))
    }

    @Test func limitsTakeDefaultsCapsAndAllowances() throws {
        let catalog = ToolchainCatalog.load(directory: TestEngine.toolchainsDirectory, probe: false)
        let java = try #require(catalog.entry("java")?.toolchain)
        // 1000 ms asked: +200 ms JVM allowance, wall derived from the CPU limit; memory + 128 MiB.
        let asked = LanguageEngine.effectiveLimits(java, LimitSettings(cpuMs: 1000, memoryMB: 256))
        #expect(asked.cpuMs == 1200)
        #expect(asked.memoryBytes == (256 + 128) << 20)
        #expect((asked.wallMs ?? 0) >= 3000)
        // Above the maximum: capped first, then the allowance.
        let huge = LanguageEngine.effectiveLimits(java, LimitSettings(cpuMs: 10_000_000, memoryMB: 100_000))
        #expect(huge.cpuMs == 60_000 + 200)
        #expect(huge.memoryBytes == (4096 + 128) << 20)
        let python = try #require(catalog.entry("python3")?.toolchain)
        let defaults = LanguageEngine.effectiveLimits(python, LimitSettings())
        #expect(defaults.cpuMs == 2000)
        #expect(defaults.memoryBytes == 256 << 20)
    }
}
