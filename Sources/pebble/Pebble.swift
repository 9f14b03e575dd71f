import ArgumentParser

@main
struct Pebble: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pebble",
        abstract: "PebbleCode's judge: run untrusted code in sandboxed boxes.",
        subcommands: [Exec.self, Doctor.self])
}
