public import Foundation
public import PebbleLanguages
import PebbleSandbox

/// A program as a person hands it in: one file, or a folder of files (a multi-file program, or a
/// validator with `build`/`run` scripts), with the language it is in.
public struct Submission: Sendable {
    public var language: String
    /// Paths in /box: the main one under the toolchain's source name, or under `mainFile`.
    public var files: [String: Data]
    /// The main file's own name, kept when the toolchain allows it (Java's class name).
    public var mainFile: String?
    public var path: String?

    public init(language: String, files: [String: Data], mainFile: String? = nil, path: String? = nil) {
        self.language = language
        self.files = files
        self.mainFile = mainFile
        self.path = path
    }

    /// Kattis's language table (problemtools' languages.yaml): the extension decides, C++ is judged
    /// at the newest standard installed, Python 3 under PyPy where it is installed. The ids are tried
    /// in order among the available toolchains.
    public static let kattisLanguages: [String: [String]] = [
        "c": ["c"],
        "cc": ["cpp20", "cpp"], "cpp": ["cpp20", "cpp"], "cxx": ["cpp20", "cpp"], "c++": ["cpp20", "cpp"], "C": ["cpp20", "cpp"],
        "py": ["pypy3", "python3"], "py3": ["pypy3", "python3"],
        "java": ["java"], "js": ["javascript"], "ts": ["typescript"], "go": ["go"], "rs": ["rust"],
        "swift": ["swift"], "rb": ["ruby"], "php": ["php"], "sh": ["bash"], "sql": ["sql"],
    ]

    /// Kattis's language code for a toolchain id where the two differ (C++20 is Kattis's `cpp`, PyPy
    /// its `python3`): the folder names of `include/<language>/` and of `harness-templates/`.
    public static func kattisCode(for id: String) -> String? {
        ["cpp20": "cpp", "pypy3": "python3"][id]
    }

    /// The language Kattis would judge a file with this extension in, among `available` (nil: none
    /// is installed here); `known` is false when Kattis's table has no such extension.
    public static func kattisLanguage(forExtension ext: String, available: Set<String>) -> (id: String?, known: Bool) {
        guard let candidates = kattisLanguages[ext] else { return (nil, false) }
        return (candidates.first { available.contains($0) }, true)
    }

    /// Reads a submission file or folder for `toolchain`: a single file becomes the toolchain's
    /// source; in a folder, the one source file of the language (or the one named like the
    /// toolchain's source) is the main file and the others keep their names.
    public static func read(_ path: String, toolchain t: Toolchain) throws -> Submission {
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDir) else { throw ProblemError.invalid("", "\(path) does not exist") }
        guard isDir.boolValue else {
            guard let data = FileManager.default.contents(atPath: path) else { throw ProblemError.invalid("", "cannot read \(path)") }
            let name = (path as NSString).lastPathComponent
            if t.keepsMainFileName && (try? Box.components(name)) != nil { return Submission(language: t.id, files: [name: data], mainFile: name, path: path) }
            return Submission(language: t.id, files: [t.source: data], path: path)
        }
        var files: [String: Data] = [:]
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []).filter { !$0.hasPrefix(".") }.sorted()
        for name in names {
            var sub: ObjCBool = false
            FileManager.default.fileExists(atPath: path + "/" + name, isDirectory: &sub)
            if !sub.boolValue, let data = FileManager.default.contents(atPath: path + "/" + name) { files[name] = data }
        }
        let ext = (t.source as NSString).pathExtension
        let sources = files.keys.filter { ($0 as NSString).pathExtension == ext || t.extensions.contains(($0 as NSString).pathExtension) }.sorted()
        if files[t.source] == nil {
            let main = sources.count == 1 ? sources[0] : sources.first { String(decoding: files[$0]!, as: UTF8.self).contains("main") }
            guard let main else { throw ProblemError.invalid("", "\(path): no \(t.name) source file") }
            if t.keepsMainFileName { return Submission(language: t.id, files: files, mainFile: main, path: path) }
            files[t.source] = files.removeValue(forKey: main)
        }
        return Submission(language: t.id, files: files, path: path)
    }

    /// The language of a folder: the extension most of its files have, among those Kattis knows.
    public static func folderExtension(_ path: String) -> String? {
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: path)) ?? [])
        var counts: [String: Int] = [:]
        for n in names where kattisLanguages[(n as NSString).pathExtension] != nil && !n.hasSuffix(".h") {
            counts[(n as NSString).pathExtension, default: 0] += 1
        }
        return counts.max { $0.value < $1.value || ($0.value == $1.value && $0.key > $1.key) }?.key
    }
}
