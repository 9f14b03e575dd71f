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
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.0"),
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
                "PebbleLanguages",
                "PebbleSandbox",
                .product(name: "Yams", package: "Yams"),
            ],
            swiftSettings: upcoming
        ),
        .executableTarget(
            name: "pebble",
            dependencies: [
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
                "PebbleSandbox",
                "PebbleLanguages",
                "PebbleProblems",
                "CPebbleKernel",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: upcoming
        ),
        // What the test targets share: running the built executables, the checkout's folders.
        .target(
            name: "PebbleTestSupport",
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
            dependencies: ["PebbleProblems", "PebbleLanguages", "PebbleSandbox", "PebbleTestSupport"],
            exclude: ["Packages"],
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
