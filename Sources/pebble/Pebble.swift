import ArgumentParser

@main
struct Pebble: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pebble",
        abstract: "PebbleCode's judge: run untrusted code in sandboxed boxes.",
        subcommands: [Exec.self, Run.self, JudgeCommand.self, Grade.self, Problems.self, Languages.self, Status.self, Doctor.self])
}
