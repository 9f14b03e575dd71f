public import Foundation
public import PebbleLanguages

/// One student's submission for one problem, read from a class folder or a manifest — or the
/// reason it cannot be graded (listed in the report; never a reason to stop the batch).
public struct HandIn: Sendable {
    public var student: String
    public var problem: String
    public var language: String?
    /// File name in the box → content; the main file first in `order`.
    public var files: [String: Data]
    public var order: [String]
    /// Where it came from, as given.
    public var path: String
    public var skipped: String?

    /// The submission's id in the batch (unique per student and problem).
    public var id: String { student + "/" + problem }
    /// The main file as text, for similarity (nil when it is not UTF-8).
    public var mainSource: String? { order.first.flatMap { files[$0] }.flatMap { String(validating: $0, as: UTF8.self) } }
}

/// Reads hand-ins: each file of a class folder is one student's submission (named by its stem,
/// language by its extension), each sub-folder one student's multi-file program; or a manifest
/// CSV with columns `student,problem,language,path`.
public struct HandInReader: Sendable {
    public let catalog: ToolchainCatalog
    public let maxBytes: Int

    public init(catalog: ToolchainCatalog, maxBytes: Int = 1 << 20) {
        self.catalog = catalog
        self.maxBytes = maxBytes
    }

    public func classFolder(_ dir: String, problem: String, language: String?) throws -> [HandIn] {
        let fm = FileManager.default
        let names = try fm.contentsOfDirectory(atPath: dir).filter { !$0.hasPrefix(".") }.sorted()
        return names.map { name in
            let path = dir + "/" + name
            var isDir: ObjCBool = false
            _ = fm.fileExists(atPath: path, isDirectory: &isDir)
            if isDir.boolValue { return folder(path, student: name, problem: problem, language: language) }
            let stem = (name as NSString).deletingPathExtension
            return file(path, student: stem.isEmpty ? name : stem, problem: problem, language: language)
        }
    }

    /// `student,problem,language,path` (a header row; paths relative to the manifest's folder;
    /// an empty language means "by extension").
    public func manifest(_ path: String) throws -> [HandIn] {
        let text = try String(contentsOfFile: path, encoding: .utf8)
        let base = (path as NSString).deletingLastPathComponent
        var rows = CSV.parse(text)
        guard let header = rows.first?.map({ $0.lowercased() }) else { return [] }
        rows.removeFirst()
        func column(_ name: String) throws -> Int {
            guard let i = header.firstIndex(of: name) else { throw GradeError.usage("the manifest has no '\(name)' column (it needs student,problem,language,path)") }
            return i
        }
        let (s, p, l, f) = (try column("student"), try column("problem"), try column("language"), try column("path"))
        return rows.filter { $0.count > 1 || !($0.first ?? "").isEmpty }.map { row in
            func at(_ i: Int) -> String { i < row.count ? row[i].trimmingCharacters(in: .whitespaces) : "" }
            let given = at(f).hasPrefix("/") ? at(f) : base + "/" + at(f)
            let language = at(l).isEmpty ? nil : at(l)
            var isDir: ObjCBool = false
            if FileManager.default.fileExists(atPath: given, isDirectory: &isDir), isDir.boolValue {
                return folder(given, student: at(s), problem: at(p), language: language)
            }
            return file(given, student: at(s), problem: at(p), language: language)
        }
    }

    func file(_ path: String, student: String, problem: String, language: String?) -> HandIn {
        let name = (path as NSString).lastPathComponent
        var h = HandIn(student: student, problem: problem, language: language, files: [:], order: [], path: path)
        let ext = (name as NSString).pathExtension
        guard let id = language ?? catalog.language(forExtension: ext)?.id else {
            h.skipped = ext.isEmpty ? "no file extension to tell its language (give --language)" : "unknown language for '.\(ext)' files (give --language)"
            return h
        }
        h.language = id
        guard let t = catalog.available[id] else {
            h.skipped = "the language '\(id)' is not available here"
            return h
        }
        do {
            let data = try read(path)
            h.files = [t.source: data]
            h.order = [t.source]
        } catch let GradeError.skip(reason) {
            h.skipped = reason
        } catch {
            h.skipped = "unreadable: \(error.localizedDescription)"
        }
        return h
    }

    func folder(_ path: String, student: String, problem: String, language: String?) -> HandIn {
        var h = HandIn(student: student, problem: problem, language: language, files: [:], order: [], path: path)
        let names = ((FileManager.default.enumerator(atPath: path)?.allObjects as? [String]) ?? [])
            .filter { name in
                var isDir: ObjCBool = false
                return !name.split(separator: "/").contains { $0.hasPrefix(".") }
                    && FileManager.default.fileExists(atPath: path + "/" + name, isDirectory: &isDir) && !isDir.boolValue
            }.sorted()
        // The language: as given, else the one most of its files' extensions name.
        var votes: [String: Int] = [:]
        for n in names { if let t = catalog.language(forExtension: (n as NSString).pathExtension) { votes[t.id, default: 0] += 1 } }
        guard let id = language ?? votes.max(by: { ($0.value, $1.key) < ($1.value, $0.key) })?.key, let t = catalog.available[id] else {
            h.skipped = names.isEmpty ? "an empty folder" : "no file in the folder names a known language (give --language)"
            return h
        }
        h.language = id
        var total = 0
        for n in names {
            do {
                let data = try read(path + "/" + n, allowEmpty: true)
                total += data.count
                h.files[n] = data
            } catch let GradeError.skip(reason) {
                h.skipped = "\(n): \(reason)"
                return h
            } catch {
                h.skipped = "\(n): unreadable: \(error.localizedDescription)"
                return h
            }
        }
        if total == 0 { h.skipped = "every file is empty" }
        if total > maxBytes { h.skipped = "too large (\(total / 1024) KiB; at most \(maxBytes / 1024) KiB)" }
        // The main file first: the toolchain's own name, else one called main, else the first.
        let main = names.first { $0 == t.source } ?? names.first { ($0 as NSString).deletingPathExtension.lowercased() == "main" }
            ?? names.first { t.extensions.contains(($0 as NSString).pathExtension) } ?? names.first
        h.order = (main.map { [$0] } ?? []) + names.filter { $0 != main }
        return h
    }

    func read(_ path: String, allowEmpty: Bool = false) throws -> Data {
        let attributes = try FileManager.default.attributesOfItem(atPath: path)
        let size = (attributes[.size] as? NSNumber)?.intValue ?? 0
        if size > maxBytes { throw GradeError.skip("too large (\(size / 1024) KiB; at most \(maxBytes / 1024) KiB)") }
        guard let data = FileManager.default.contents(atPath: path) else { throw GradeError.skip("unreadable (permission denied)") }
        if !allowEmpty && data.allSatisfy({ $0 == 32 || $0 == 10 || $0 == 13 || $0 == 9 }) { throw GradeError.skip("empty") }
        return data
    }
}

public enum GradeError: Error, CustomStringConvertible {
    case usage(String)
    case skip(String)
    case backend(String)

    public var description: String {
        switch self {
        case let .usage(m), let .skip(m), let .backend(m): m
        }
    }
}

/// RFC 4180 CSV, as spreadsheets write and read it.
enum CSV {
    static func parse(_ text: String) -> [[String]] {
        var rows: [[String]] = [], row: [String] = [], field = "", quoted = false
        var chars = Array(text).makeIterator()
        var pending: Character? = nil
        while let c = pending ?? chars.next() {
            pending = nil
            if quoted {
                if c == "\"" {
                    if let n = chars.next() {
                        if n == "\"" { field.append("\"") } else { quoted = false; pending = n }
                    } else { quoted = false }
                } else { field.append(c) }
                continue
            }
            switch c {
            case "\"": quoted = true
            case ",": row.append(field); field = ""
            case "\n", "\r\n":
                row.append(field); field = ""
                rows.append(row); row = []
            case "\r": break
            default: field.append(c)
            }
        }
        if !field.isEmpty || !row.isEmpty { row.append(field); rows.append(row) }
        return rows
    }

    static func field(_ s: String) -> String {
        s.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) ? "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : s
    }
}
