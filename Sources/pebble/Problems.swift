import PebbleOps
import ArgumentParser
import Foundation
import PebbleLanguages
import PebbleProblems
import PebbleSandbox

/// `pebble problems`: the bank — list, show, verify.
struct Problems: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "List, show and verify problems.",
                                                    subcommands: [List.self, Show.self, Verify.self])

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List the bank's problems.")
        @Option(help: "Only problems with this topic.") var topic: String?
        @Option(help: "Only problems of this difficulty.") var difficulty: String?
        @Option(help: "Words that must appear in the id, a title or a topic.") var search: String?
        @Option(name: .customLong("problems-dir"), help: "Another folder of packages.") var problemsDir: String?
        @Flag(help: "Print one JSON array.") var json = false

        func run() async throws {
            let bank = ProblemBank.load(problemsDir ?? ShippedData.directory("problems"))
            let found = bank.filter(topic: topic, difficulty: difficulty, search: search)
            if json {
                print(ReportText.encode(found.map { p -> [String: Any] in
                    ["id": p.id, "name": p.metadata.name, "titles": p.metadata.names, "difficulty": p.metadata.difficulty as Any? ?? NSNull(),
                     "topics": p.metadata.topics, "tests": p.tests.count, "samples": p.samples.count,
                     "timeLimitSeconds": p.statedTimeLimit as Any? ?? NSNull(), "memoryMB": p.metadata.memoryMB]
                }))
                return
            }
            for p in found {
                print("\(p.id.padding(toLength: 24, withPad: " ", startingAt: 0)) \((p.metadata.difficulty ?? "-").padding(toLength: 7, withPad: " ", startingAt: 0)) \(p.metadata.name)  [\(p.metadata.topics.joined(separator: ", "))]")
            }
            for b in bank.broken { print("BROKEN \(b.id): \(b.reason)") }
        }
    }

    struct Show: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Show a problem: statement, limits, samples, starter code.")
        @Option(name: .customLong("language"), help: "Programming language of the starter code (function-mode problems).") var language: String?
        @Option(name: .customLong("locale"), help: "Language of the title and statement (en, hi, es…).") var locale = "en"
        @Option(name: .customLong("problems-dir"), help: "Another folder of packages.") var problemsDir: String?
        @Flag(help: "Print one JSON object.") var json = false
        @Argument(help: "The problem id, or a package folder.") var id: String

        func run() async throws {
            let p: ProblemPackage
            do {
                p = FileManager.default.fileExists(atPath: id + "/problem.yaml") ? try ProblemPackage.load(id)
                    : try ProblemBank.load(problemsDir ?? ShippedData.directory("problems")).package(id)
            } catch { throw ValidationError("\(error)") }
            let samples = p.samples.map { s -> [String: String] in
                ["name": s.name, "input": String(decoding: FileManager.default.contents(atPath: s.inputPath) ?? Data(), as: UTF8.self),
                 "output": String(decoding: FileManager.default.contents(atPath: s.answerPath) ?? Data(), as: UTF8.self)]
            }
            let title = p.metadata.names[locale] ?? p.metadata.name
            var starter: String?
            if let signature = p.metadata.signature {
                let lang = language ?? "python3"
                do {
                    starter = try Harness.load(language: lang, templates: ShippedData.directory("harness-templates")).starter(for: signature)
                } catch { throw ValidationError("\(error)") }
            }
            if json {
                print(ReportText.encode([
                    "id": p.id, "title": title, "statement": p.statement(language: locale) ?? "", "samples": samples,
                    "starter": starter as Any? ?? NSNull(), "mode": p.metadata.signature == nil ? "stdio" : "function",
                    "timeLimitSeconds": p.statedTimeLimit as Any? ?? NSNull(), "memoryMB": p.metadata.memoryMB,
                    "difficulty": p.metadata.difficulty as Any? ?? NSNull(), "topics": p.metadata.topics,
                ] as [String: Any]))
                return
            }
            print("# \(title)\n")
            print("time limit: \(p.statedTimeLimit.map { "\($0) s" } ?? "derived from its submissions"), memory: \(p.metadata.memoryMB) MiB\n")
            print(p.statement(language: locale) ?? "(no statement)")
            for s in samples { print("\n--- sample \(s["name"]!) input ---\n\(s["input"]!)--- output ---\n\(s["output"]!)", terminator: "") }
            if let starter { print("\n--- starter code (\(language ?? "python3")) ---\n\(starter)") }
        }
    }

    struct Verify: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Judge every submission of packages and check each gets the verdict of its folder.",
            discussion: "Exit status: 0 when every judged submission matched (skipped ones, in languages not installed here, do not count), 1 otherwise.")
        @Flag(help: "Print one JSON array, one object per submission.") var json = false
        @Argument(help: "Problem ids of the bank or package folders (default: the whole bank).") var problems: [String] = []

        func run() async throws {
            let bank = ProblemBank.load(ShippedData.directory("problems"))
            var packages: [ProblemPackage] = []
            do {
                for name in problems {
                    packages.append(FileManager.default.fileExists(atPath: name + "/problem.yaml") ? try ProblemPackage.load(name) : try bank.package(name))
                }
            } catch { throw ValidationError("\(error)") }
            if problems.isEmpty { packages = bank.packages }
            var configuration = EngineConfiguration()
            configuration.workers = 1
            let engine = try LanguageEngine(configuration: configuration)
            let verifier = PackageVerifier(judge: Judge(engine: engine))
            var entries: [PackageVerifier.Entry] = []
            var failed = !bank.broken.isEmpty && problems.isEmpty
            for p in packages {
                let report: PackageVerifier.Report
                do { report = try await verifier.verify(p) } catch {
                    await engine.shutdown()
                    throw error
                }
                entries += report.entries
                if !report.ok { failed = true }
                if !json {
                    let limit = String(format: "%.1f s%@", report.timeLimitSeconds, report.timeLimitDerived ? " (derived)" : "")
                    print("\(report.ok ? "ok  " : "FAIL") \(p.id)  time limit \(limit)")
                    for e in report.entries where e.match != true {
                        let got = e.got?.rawValue ?? "-"
                        print("     \(e.match == nil ? "skip" : "MISMATCH") \(e.path.replacingOccurrences(of: p.directory + "/", with: "")): expected \(e.expected.rawValue), got \(got) \(e.note ?? "")")
                    }
                }
            }
            await engine.shutdown()
            if !json { for b in bank.broken where problems.isEmpty { print("FAIL \(b.id): \(b.reason)") } }
            if json {
                print(ReportText.encode(entries.map { e -> [String: Any] in
                    ["problem": e.problem, "path": e.path, "expected": e.expected.rawValue, "got": e.got?.rawValue as Any? ?? NSNull(),
                     "match": e.match as Any? ?? NSNull(), "language": e.language as Any? ?? NSNull(), "note": e.note as Any? ?? NSNull()]
                }))
            }
            if failed { throw ExitCode(1) }
        }
    }
}
