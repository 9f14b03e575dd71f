public import Foundation
import Yams

/// A problem directory in the Kattis/ICPC problem package format (legacy version, which nearly
/// every public package uses), plus PebbleCode's additions in `problem.yaml` (docs/problems.md).
public struct ProblemPackage: Sendable {
    public var id: String
    public var directory: String
    public var metadata: ProblemMetadata
    /// Samples first, then secret cases, each group in lexicographic order.
    public var tests: [TestCase]
    /// The time limit in seconds, when the package states one (problem.yaml `limits.time_limit`,
    /// `.timelimit`, or `domjudge-problem.ini`). Otherwise it is derived when the package is verified.
    public var statedTimeLimit: Double?
    /// `output_validators/<name>/` (or a single program file there), when the validation is custom.
    public var outputValidator: String?

    public var samples: [TestCase] { tests.filter(\.isSample) }

    public static func load(_ directory: String) throws -> ProblemPackage {
        let dir = (directory as NSString).standardizingPath
        let id = (dir as NSString).lastPathComponent
        let yamlPath = dir + "/problem.yaml"
        guard FileManager.default.fileExists(atPath: yamlPath) else { throw ProblemError.notAPackage(dir) }
        let text = try String(contentsOfFile: yamlPath, encoding: .utf8)
        let metadata: ProblemMetadata
        do {
            metadata = try ProblemMetadata(yaml: text)
        } catch let error as ProblemError {
            throw error
        } catch {
            throw ProblemError.invalid(id, "problem.yaml: \(error)")
        }
        let tests = try TestCase.load(dataDirectory: dir + "/data", functionMode: metadata.signature != nil)
        var validator: String?
        if metadata.validation.hasPrefix("custom") {
            let root = dir + "/output_validators"
            let entries = ((try? FileManager.default.contentsOfDirectory(atPath: root)) ?? []).filter { !$0.hasPrefix(".") }.sorted()
            guard let first = entries.first else { throw ProblemError.invalid(id, "validation is '\(metadata.validation)' but output_validators/ is empty") }
            validator = root + "/" + first
        }
        return ProblemPackage(id: id, directory: dir, metadata: metadata, tests: tests,
                              statedTimeLimit: metadata.timeLimit ?? Self.timeLimitFile(dir), outputValidator: validator)
    }

    /// `include/<language>/`: files copied over the submission's before it compiles (a driver, a header).
    public func includedFiles(for language: String) -> [String: Data] {
        for code in [language, Submission.kattisCode(for: language)].compactMap({ $0 }) {
            let dir = directory + "/include/" + code
            guard let names = try? FileManager.default.contentsOfDirectory(atPath: dir) else { continue }
            var files: [String: Data] = [:]
            for name in names where !name.hasPrefix(".") {
                if let data = FileManager.default.contents(atPath: dir + "/" + name) { files[name] = data }
            }
            return files
        }
        return [:]
    }

    /// `.timelimit` (seconds) or `domjudge-problem.ini` (`timelimit = 2`), the DOMjudge conventions.
    static func timeLimitFile(_ dir: String) -> Double? {
        if let text = try? String(contentsOfFile: dir + "/.timelimit", encoding: .utf8),
           let v = Double(text.trimmingCharacters(in: .whitespacesAndNewlines)), v > 0 { return v }
        if let ini = try? String(contentsOfFile: dir + "/domjudge-problem.ini", encoding: .utf8) {
            for line in ini.split(separator: "\n") {
                let parts = line.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
                guard parts.count == 2, parts[0] == "timelimit" else { continue }
                let value = parts[1].trimmingCharacters(in: CharacterSet(charactersIn: "'\""))
                if let v = Double(value), v > 0 { return v }
            }
        }
        return nil
    }
}

/// One test case: its input and answer files, its group, and the group's settings.
public struct TestCase: Sendable, Equatable {
    /// 1-based, in judging order.
    public var index: Int
    /// The path below `data/` without extension: `sample/1`, `secret/group1/03`.
    public var name: String
    /// The folder below `data/`: `sample`, `secret`, `secret/group1`.
    public var group: String
    public var isSample: Bool
    public var inputPath: String
    public var answerPath: String
    public var settings: GroupSettings

    /// Finds every `.in` (with its `.ans`) below `data/sample` then `data/secret`, walking each
    /// folder's files and sub-folders together in lexicographic order, with `testdata.yaml`
    /// settings inherited downwards.
    /// Function mode reads `*.json` cases (`{"args": [...], "expected": ...}`) instead of `.in`/`.ans`.
    static func load(dataDirectory: String, functionMode: Bool) throws -> [TestCase] {
        var out: [TestCase] = []
        let root = GroupSettings.read(dataDirectory, inherited: GroupSettings())
        for top in ["sample", "secret"] {
            let dir = dataDirectory + "/" + top
            guard FileManager.default.fileExists(atPath: dir) else { continue }
            walk(dir, group: top, settings: GroupSettings.read(dir, inherited: root), isSample: top == "sample",
                 suffix: functionMode ? ".json" : ".in", into: &out)
        }
        for i in out.indices { out[i].index = i + 1 }
        return out
    }

    private static func walk(_ dir: String, group: String, settings: GroupSettings, isSample: Bool, suffix: String, into out: inout [TestCase]) {
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: dir)) ?? []).filter { !$0.hasPrefix(".") }.sorted()
        for name in names {
            let path = dir + "/" + name
            var isDir: ObjCBool = false
            FileManager.default.fileExists(atPath: path, isDirectory: &isDir)
            if isDir.boolValue {
                walk(path, group: group + "/" + name, settings: GroupSettings.read(path, inherited: settings), isSample: isSample,
                     suffix: suffix, into: &out)
            } else if name.hasSuffix(suffix) {
                let base = String(name.dropLast(suffix.count))
                out.append(TestCase(index: 0, name: group + "/" + base, group: group, isSample: isSample,
                                    inputPath: path, answerPath: suffix == ".in" ? dir + "/" + base + ".ans" : path, settings: settings))
            }
        }
    }
}

/// A test group's `testdata.yaml`, inherited by the folders below it.
public struct GroupSettings: Sendable, Equatable {
    /// `on_reject: continue` judges the rest of the group after a rejected case.
    public var continueOnReject = false
    public var outputValidatorFlags: [String] = []
    /// `accept_score`: the points an accepted test of the group is worth (scoring problems).
    public var acceptScore: Double?

    static func read(_ dir: String, inherited: GroupSettings) -> GroupSettings {
        var s = inherited
        guard let text = try? String(contentsOfFile: dir + "/testdata.yaml", encoding: .utf8),
              let node = try? Yams.load(yaml: text) as? [String: Any] else { return s }
        if let onReject = node["on_reject"] as? String { s.continueOnReject = onReject == "continue" }
        if let flags = node["output_validator_flags"] { s.outputValidatorFlags = DefaultValidator.flags("\(flags)") }
        if let score = node["accept_score"] { s.acceptScore = Double("\(score)".trimmingCharacters(in: .whitespaces)) }
        return s
    }
}
