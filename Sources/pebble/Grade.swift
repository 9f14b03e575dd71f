import PebbleOps
import ArgumentParser
import Foundation
import PebbleGrading
import PebbleJSON
import PebbleClient
import PebbleWire
import PebbleLanguages
import PebbleProblems

/// `pebble grade`: a teacher's folder of hand-ins graded as one resumable batch (docs/grading.md).
struct Grade: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "grade",
        abstract: "Grade a class's submissions: grades.csv, results.json and report.html, with similarity flags.",
        discussion: """
            CLASS_DIR holds one file per student (named by the file's stem, its language by the extension)
            or one folder per student (a multi-file program). --manifest CSV (student,problem,language,path)
            grades several problems at once. The grading is one batch with an idempotency key kept in the
            output folder: after an interruption, --resume continues it and nothing is graded twice;
            --rejudge grades everything again and keeps the previous reports in previous-<time>/.
            """)

    @Option(name: .customLong("problem"), help: "A problem of the bank.") var problem: String?
    @Option(name: .customLong("problem-dir"), help: "A problem package of your own, or (with --manifest) a folder of them; graded in-process.") var problemDir: String?
    @Option(name: .customLong("manifest"), help: "A CSV with columns student,problem,language,path.") var manifest: String?
    @Option(name: .customLong("out"), help: "The output folder (default: CLASS_DIR-grades, or grades/ beside the manifest).") var out: String?
    @Option(name: .customLong("language"), help: "The language of every submission (default: from each file's extension).") var language: String?
    @Option(name: .customLong("tests"), help: "all or sample.") var tests = "all"
    @Option(name: .customLong("jobs"), help: "Submissions graded at once by the in-process engine (default: the cores).") var jobs: Int?
    @Flag(name: .customLong("resume"), help: "Continue the grading in the output folder.") var resume = false
    @Flag(name: .customLong("rejudge"), help: "Grade everything again (the previous reports are kept).") var rejudge = false
    @Option(name: .customLong("similarity-threshold"), help: "Flag pairs sharing at least this share of fingerprints (0–1).") var threshold = 0.6
    @Option(name: .customLong("similarity-min-tokens"), help: "Programs with fewer tokens of their own are not compared.") var minTokens = 60
    @Flag(name: .customLong("quiet"), help: "No progress line.") var quiet = false
    @OptionGroup var backend: BackendOptions
    @Argument(help: "The folder of hand-ins.") var classDir: String?

    func validate() throws {
        if manifest != nil {
            guard classDir == nil, problem == nil else { throw ValidationError("--manifest replaces CLASS_DIR and --problem") }
        } else {
            guard classDir != nil else { throw ValidationError("give CLASS_DIR (and --problem or --problem-dir), or --manifest CSV") }
            guard (problem == nil) != (problemDir == nil) else { throw ValidationError("give --problem ID or --problem-dir PATH") }
        }
        guard ["all", "sample"].contains(tests) else { throw ValidationError("--tests is all or sample, not '\(tests)'") }
        guard !(resume && rejudge) else { throw ValidationError("--resume and --rejudge exclude each other") }
        guard (0...1).contains(threshold) else { throw ValidationError("--similarity-threshold is between 0 and 1") }
    }

    func run() async throws {
        let catalog = ToolchainCatalog.load(directory: ShippedData.directory("Toolchains"))
        let reader = HandInReader(catalog: catalog)
        // --problem-dir: one package, or (with a manifest) a folder of packages, a bank of the teacher's own.
        let ownBank = problemDir.flatMap { FileManager.default.fileExists(atPath: $0 + "/problem.yaml") ? nil : $0 }
        let bank = ProblemBank.load(ownBank ?? ShippedData.directory("problems"))
        var packages: [String: ProblemPackage] = [:]
        var handIns: [HandIn]
        let output: String
        do {
            if let manifest {
                handIns = try reader.manifest(manifest)
                output = out ?? ((manifest as NSString).deletingLastPathComponent.nonEmpty ?? ".") + "/grades"
            } else {
                guard ownBank == nil else { throw GradeError.usage("--problem-dir \(problemDir!) holds no problem.yaml: give one package (a folder of them goes with --manifest)") }
                let pkg = try problemDir.map { try ProblemPackage.load($0) } ?? bank.package(problem!)
                packages[pkg.id] = pkg
                handIns = try reader.classFolder(classDir!, problem: pkg.id, language: language)
                output = out ?? classDir!.trimmingTrailingSlashes + "-grades"
            }
        } catch {
            throw ValidationError("\(error)")
        }
        // A package of the teacher's own is graded here (the daemon has only its bank).
        let client = problemDir == nil ? try backend.client() : nil
        if problemDir != nil { backend.say("in-process engine (--problem-dir)") }
        // The problems the grading can use: the daemon's bank through the daemon, else ours.
        let known: Set<String>
        if let client {
            let listed = (try? client.request(["type": .string("problems")]).last?["problems"]?.array) ?? nil
            known = Set((listed ?? []).compactMap { $0["id"]?.string })
        } else {
            known = Set(bank.packages.map(\.id)).union(packages.keys)
        }
        for i in handIns.indices {
            let id = handIns[i].problem
            if packages[id] == nil, let pkg = try? bank.package(id) { packages[pkg.id] = pkg }
            if !known.contains(id) && handIns[i].skipped == nil {
                handIns[i].skipped = "no problem '\(id)' " + (client == nil ? "in the bank" : "on pebble-judged")
            }
        }

        var options = Grader.Options(out: output)
        options.tests = tests
        options.resume = resume
        options.rejudge = rejudge
        options.similarity.threshold = threshold
        options.similarity.minimumTokens = minTokens
        options.problems = packages
        let grader = Grader(options: options)
        // A folder that holds a grading is refused (or resumed) before any journal is touched.
        let key: String
        do { key = try grader.key(submissions: handIns.count) } catch { throw ValidationError("\(error)") }

        let gradingBackend: any GradingBackend
        if let client {
            gradingBackend = DaemonGradingBackend(client: client, socket: backend.socket ?? ProcessInfo.processInfo.environment["PEBBLE_SOCKET"] ?? "/run/pebble/judge.sock")
        } else {
            try FileManager.default.createDirectory(atPath: output, withIntermediateDirectories: true)
            var problems = ownBank ?? ShippedData.directory("problems")
            if ownBank == nil, let problemDir, let pkg = packages.values.first {
                // The service reads a bank folder: one holding a link to the teacher's package.
                problems = output + "/.problems"
                try? FileManager.default.removeItem(atPath: problems)
                try FileManager.default.createDirectory(atPath: problems, withIntermediateDirectories: true)
                try FileManager.default.createSymbolicLink(atPath: problems + "/" + pkg.id,
                                                           withDestinationPath: URL(fileURLWithPath: problemDir).standardizedFileURL.path)
            }
            var engine = EngineConfiguration()
            let concurrency = jobs ?? ProcessInfo.processInfo.activeProcessorCount
            engine.boxPoolSize = max(2, concurrency)
            gradingBackend = try await LocalGradingBackend(journalPath: output + "/journal.sqlite", problemsDirectory: problems,
                                                           concurrency: concurrency, engine: engine)
        }
        let report: Report
        do {
            report = try await grader.run(handIns, key: key, backend: gradingBackend, progress: Progress(quiet: quiet))
        } catch {
            await gradingBackend.close()
            throw ValidationError("\(error)")
        }
        await gradingBackend.close()
        let graded = report.rows.filter { $0.skipped == nil }
        var verdicts: [String: Int] = [:]
        for r in graded { verdicts[r.verdict, default: 0] += 1 }
        let counts = verdicts.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.map { "\($0.key) \($0.value)" }.joined(separator: ", ")
        print("graded \(graded.count) of \(report.rows.count) submissions through \(gradingBackend.name)" + (counts.isEmpty ? "" : ": \(counts)"))
        let skipped = report.rows.filter { $0.skipped != nil }
        if !skipped.isEmpty {
            print("not graded: \(skipped.count)")
            for r in skipped.prefix(10) { print("  \(r.student) (\(r.problem)): \(r.skipped ?? "")") }
            if skipped.count > 10 { print("  … and \(skipped.count - 10) more (see the report)") }
        }
        print("similar pairs: \(report.pairCount)" + report.pairs.prefix(5).map { "\n  \($0.first) ↔ \($0.second) \(Int($0.score * 100))%" }.joined())
        print("reports: \(output)/grades.csv, results.json, report.html")
    }
}

extension String {
    var nonEmpty: String? { isEmpty ? nil : self }
    var trimmingTrailingSlashes: String {
        var s = self
        while s.count > 1 && s.hasSuffix("/") { s.removeLast() }
        return s
    }
}
