// swift-tools-version:6.1
import PackageDescription

let upcoming: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("MemberImportVisibility"),
    .enableUpcomingFeature("InternalImportsByDefault"),
]

let package = Package(
    name: "PebbleCode",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "pebble", targets: ["pebble"]),
        .executable(name: "pebble-bench", targets: ["pebble-bench"]),
        .executable(name: "pebble-box-init", targets: ["pebble-box-init"]),
        .library(name: "PebbleSandbox", targets: ["PebbleSandbox"]),
        .library(name: "PebbleLanguages", targets: ["PebbleLanguages"]),
        .library(name: "PebbleProblems", targets: ["PebbleProblems"]),
        .executable(name: "pebble-judged", targets: ["pebble-judged"]),
        .executable(name: "pebble-coach", targets: ["pebble-coach"]),
        .executable(name: "pebble-auth", targets: ["pebble-auth"]),
        .executable(name: "pebble-analytics", targets: ["pebble-analytics"]),
        .library(name: "PebbleWire", targets: ["PebbleWire"]),
        .library(name: "PebbleClient", targets: ["PebbleClient"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        .package(url: "https://github.com/apple/swift-crypto", "3.12.0"..<"6.0.0"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.0"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.0"),
        .package(url: "https://github.com/apple/swift-metrics", from: "2.13.0"),
        .package(url: "https://github.com/swift-server/swift-prometheus", from: "2.4.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.0"),
        .package(url: "https://github.com/swift-server/async-http-client", from: "1.37.0"),
        .package(url: "https://github.com/vapor/jwt-kit", from: "5.7.0"),
    ],
    targets: [
        // The kernel path that Swift cannot do safely after fork: the frame codec shared with the
        // box's init, posix_spawn with closefrom, and host probes (libseccomp, libcap).
        .target(
            name: "CPebbleKernel",
            linkerSettings: [.linkedLibrary("seccomp"), .linkedLibrary("cap")]
        ),
        // pid 1 of every box: namespaces, mounts, pivot_root, and each run's fork -> exec.
        .executableTarget(
            name: "pebble-box-init",
            dependencies: ["CPebbleKernel"],
            cSettings: [.unsafeFlags(["-Wall", "-Wextra", "-Wno-unused-parameter", "-Wno-missing-field-initializers"])],
            linkerSettings: [.linkedLibrary("seccomp"), .linkedLibrary("cap")]
        ),
        // Boxes, limits, cgroups v1/v2, kernel-evidence verdicts.
        .target(
            name: "PebbleSandbox",
            dependencies: ["CPebbleKernel"],
            swiftSettings: upcoming
        ),
        // Toolchains from data, compile/run plans, the compile cache, warm per-language pools.
        .target(
            name: "PebbleLanguages",
            dependencies: [
                "PebbleOps",
                "PebbleSandbox",
                .product(name: "Yams", package: "Yams"),
                .product(name: "Crypto", package: "swift-crypto"),
            ],
            swiftSettings: upcoming
        ),
        // Problem packages (Kattis format), checkers, judging, package verification.
        .target(
            name: "PebbleProblems",
            dependencies: [
                "PebbleOps",
                "PebbleJSON",
                "PebbleLanguages",
                "PebbleSandbox",
                .product(name: "Yams", package: "Yams"),
            ],
            swiftSettings: upcoming
        ),
        // A JSON value that keeps ints, doubles and bools apart (function-mode cases, protocol fields).
        .target(
            name: "PebbleJSON",
            swiftSettings: upcoming
        ),
        // The protocol: frames, messages, error codes, versions. Foundation only, so a client links
        // nothing else.
        .target(
            name: "PebbleWire",
            dependencies: ["PebbleJSON"],
            swiftSettings: upcoming
        ),
        // The daemon's service: jobs, the scheduler, the journal, callers; no socket framing.
        .target(
            name: "PebbleService",
            dependencies: [
                "PebbleOps",
                "PebbleWire",
                "PebbleProblems",
                "PebbleLanguages",
                "PebbleSandbox",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Metrics", package: "swift-metrics"),
            ],
            swiftSettings: upcoming
        ),
        // The Swift client: one connection, many requests, streamed frames (Foundation only).
        .target(
            name: "PebbleClient",
            dependencies: ["PebbleWire", "PebbleJSON"],
            swiftSettings: upcoming
        ),
        // What every long-running executable shares: JSON-line logs, sd_notify, socket activation.
        .target(
            name: "PebbleOps",
            dependencies: ["PebbleJSON", .product(name: "Logging", package: "swift-log")],
            swiftSettings: upcoming
        ),
        .executableTarget(
            name: "pebble-judged",
            dependencies: [
                "PebbleOps",
                "PebbleService",
                "PebbleWire",
                "PebbleSandbox",
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Metrics", package: "swift-metrics"),
                .product(name: "Prometheus", package: "swift-prometheus"),
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Yams", package: "Yams"),
            ],
            swiftSettings: upcoming
        ),
        // `pebble grade`: hand-ins, resumable batches, reports, similarity.
        .target(
            name: "PebbleGrading",
            dependencies: [
                "PebbleOps",
                "PebbleClient",
                "PebbleService",
                "PebbleWire",
                "PebbleJSON",
                "PebbleLanguages",
                "PebbleProblems",
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: upcoming
        ),
        .executableTarget(
            name: "pebble",
            dependencies: [
                "PebbleOps",
                "PebbleGrading",
                "PebbleClient",
                "PebbleJSON",
                "PebbleWire",
                "PebbleSandbox",
                "PebbleLanguages",
                "PebbleProblems",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: upcoming
        ),
        .executableTarget(
            name: "pebble-bench",
            dependencies: [
                "PebbleOps",
                "PebbleCoach",
                "PebbleAnalytics",
                "PebbleAuth",
                "CArgon2",
                "PebbleTokens",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "JWTKit", package: "jwt-kit"),
                .product(name: "Logging", package: "swift-log"),
                "PebbleSandbox",
                "PebbleLanguages",
                "PebbleProblems",
                "PebbleClient",
                "PebbleJSON",
                "PebbleWire",
                "CPebbleKernel",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: upcoming
        ),
        // What the three HTTP services share: command-line options, config files, /health,
        // /metrics, JSON errors, rate limits, request logs.
        .target(
            name: "PebbleHTTP",
            dependencies: [
                "PebbleOps",
                "PebbleJSON",
                "PebbleTokens",
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Metrics", package: "swift-metrics"),
                .product(name: "Prometheus", package: "swift-prometheus"),
                .product(name: "Yams", package: "Yams"),
            ],
            swiftSettings: upcoming
        ),
        // LLM chat providers: OpenAI-compatible endpoints and AWS Bedrock (Converse; API key or
        // SigV4), with timeouts, retries and a circuit breaker.
        .target(
            name: "PebbleLLM",
            dependencies: [
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
            ],
            swiftSettings: upcoming
        ),
        // JWT access-token verification against the auth service's JWKS (fetched, cached, rotated).
        .target(
            name: "PebbleTokens",
            dependencies: [
                .product(name: "JWTKit", package: "jwt-kit"),
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: upcoming
        ),
        // The coach: evidence from the judge, the built-in rules, LLM replies, the safety layer,
        // the struggle engine, its store and its evaluation.
        .target(
            name: "PebbleCoach",
            dependencies: [
                "PebbleClient",
                "PebbleWire",
                "PebbleJSON",
                "PebbleProblems",
                "PebbleLLM",
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Metrics", package: "swift-metrics"),
                .product(name: "Yams", package: "Yams"),
            ],
            swiftSettings: upcoming
        ),
        .executableTarget(
            name: "pebble-coach",
            dependencies: [
                "PebbleOps",
                "PebbleCoach",
                "PebbleHTTP",
                "PebbleJSON",
                "PebbleLanguages",
                "PebbleLLM",
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: upcoming
        ),
        // Debian's libargon2 (`apt-get install libargon2-dev`): Argon2id password hashes.
        .systemLibrary(
            name: "CArgon2",
            pkgConfig: "libargon2",
            providers: [.apt(["libargon2-dev"])]
        ),
        // Accounts, passwords, codes, refresh-token families, signing keys, throttles, mail; no HTTP.
        .target(
            name: "PebbleAuth",
            dependencies: [
                "CArgon2",
                "PebbleJSON",
                "PebbleTokens",
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "JWTKit", package: "jwt-kit"),
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Metrics", package: "swift-metrics"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
            ],
            swiftSettings: upcoming
        ),
        // The HTTP API, the `serve`, `token`, `rotate-keys` and `bench` commands.
        .executableTarget(
            name: "pebble-auth",
            dependencies: [
                "PebbleAuth",
                "PebbleHTTP",
                "PebbleJSON",
                "PebbleTokens",
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "JWTKit", package: "jwt-kit"),
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Metrics", package: "swift-metrics"),
                .product(name: "NIOPosix", package: "swift-nio"),
            ],
            swiftSettings: upcoming
        ),
        .testTarget(
            name: "PebbleAuthTests",
            dependencies: [
                "PebbleAuth",
                "PebbleTokens",
                "PebbleTestSupport",
                .product(name: "JWTKit", package: "jwt-kit"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "GRDB", package: "GRDB.swift"),
            ],
            exclude: ["Tools"],
            swiftSettings: upcoming
        ),
        // Learning analytics: events, their validation, the store, the insight measures (recovery,
        // autonomy, Jadud's EQ, Becker's RED, streaks), recaps, the streak-risk model, and the
        // judge's event feed. No HTTP.
        .target(
            name: "PebbleAnalytics",
            dependencies: [
                "PebbleClient",
                "PebbleWire",
                "PebbleJSON",
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Metrics", package: "swift-metrics"),
                .product(name: "Yams", package: "Yams"),
            ],
            swiftSettings: upcoming
        ),
        .executableTarget(
            name: "pebble-analytics",
            dependencies: [
                "PebbleOps",
                "PebbleAnalytics",
                "PebbleHTTP",
                "PebbleJSON",
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Metrics", package: "swift-metrics"),
            ],
            swiftSettings: upcoming
        ),
        .testTarget(
            name: "PebbleAnalyticsTests",
            dependencies: [
                "PebbleAnalytics",
                "PebbleClient",
                "PebbleJSON",
                "PebbleWire",
                "PebbleTestSupport",
                .product(name: "JWTKit", package: "jwt-kit"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "NIOConcurrencyHelpers", package: "swift-nio"),
            ],
            swiftSettings: upcoming
        ),
        // What the test targets share: running the built executables, the checkout's folders.
        .target(
            name: "PebbleTestSupport",
            dependencies: [
                .product(name: "Yams", package: "Yams"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
            ],
            path: "Tests/PebbleTestSupport",
            swiftSettings: upcoming
        ),
        .testTarget(
            name: "PebbleSandboxTests",
            dependencies: ["PebbleSandbox", "PebbleTestSupport"],
            exclude: ["HostilePrograms"],
            swiftSettings: upcoming
        ),
        .testTarget(
            name: "PebbleProblemsTests",
            dependencies: ["PebbleProblems", "PebbleJSON", "PebbleLanguages", "PebbleSandbox", "PebbleTestSupport"],
            exclude: ["Packages"],
            swiftSettings: upcoming
        ),
        .testTarget(
            name: "PebbleDaemonTests",
            dependencies: ["PebbleTestSupport"],
            exclude: ["Tools"],
            swiftSettings: upcoming
        ),
        .testTarget(
            name: "PebbleGradingTests",
            dependencies: ["PebbleGrading", "PebbleTestSupport"],
            exclude: ["Tools"],
            swiftSettings: upcoming
        ),
        .testTarget(
            name: "PebbleCoachTests",
            dependencies: [
                "PebbleCoach",
                "PebbleTestSupport",
                .product(name: "JWTKit", package: "jwt-kit"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
            ],
            exclude: ["Tools"],
            swiftSettings: upcoming
        ),
        .testTarget(
            name: "PebbleLLMTests",
            dependencies: [
                "PebbleLLM",
                "PebbleTestSupport",
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
            ],
            swiftSettings: upcoming
        ),
        .testTarget(
            name: "PebbleTokensTests",
            dependencies: [
                "PebbleTokens",
                "PebbleTestSupport",
                .product(name: "JWTKit", package: "jwt-kit"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "NIOConcurrencyHelpers", package: "swift-nio"),
                .product(name: "Logging", package: "swift-log"),
            ],
            resources: [.copy("Fixtures")],
            swiftSettings: upcoming
        ),
        .testTarget(
            name: "PebbleTestSupportTests",
            dependencies: ["PebbleTestSupport"],
            swiftSettings: upcoming
        ),
        .testTarget(
            name: "PebbleLanguagesTests",
            dependencies: ["PebbleLanguages", "PebbleSandbox", "PebbleTestSupport"],
            exclude: ["Programs"],
            swiftSettings: upcoming
        ),
    ]
)
