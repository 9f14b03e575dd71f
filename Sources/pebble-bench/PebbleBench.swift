import ArgumentParser

@main
struct PebbleBench: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pebble-bench",
        abstract: "PebbleCode's benchmarks: medians and ratios against a baseline measured in the same run.",
        subcommands: [SandboxSuite.self, LanguagesSuite.self, JudgeSuite.self, DaemonSuite.self, CoachSuite.self, AnalyticsSuite.self, AuthSuite.self])
}
