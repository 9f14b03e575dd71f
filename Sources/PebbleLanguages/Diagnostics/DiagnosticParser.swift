import Foundation

/// Turns a tool's text into diagnostics with the patterns of its toolchain file. Named groups:
/// `file`, `line`, `column` (or `caret`: the spaces before a `^`, with `code` the line it points
/// into), `severity`, `message`. Locations in files that are not the learner's are dropped from
/// runtime errors, so a stack trace points at the learner's line, not the runtime's.
public struct DiagnosticParser: Sendable {
    /// The learner's files by name, to recover columns that a tool counted in a stripped line.
    public var sources: [String: String]
    /// The file of a located message that names none (SQLite's "near line 2").
    public var defaultFile: String?

    public init(sources: [String: String] = [:], defaultFile: String? = nil) {
        self.sources = sources
        self.defaultFile = defaultFile
    }

    /// Every match of every pattern, in the order they appear in `text`.
    public func all(_ text: String, patterns: [DiagnosticPattern]) -> [Diagnostic] {
        var found: [(offset: Int, diagnostic: Diagnostic)] = []
        for p in patterns {
            guard let regex = try? NSRegularExpression(pattern: p.pattern, options: [.anchorsMatchLines]) else { continue }
            let ns = text as NSString
            for m in regex.matches(in: text, range: NSRange(location: 0, length: ns.length)) {
                if let d = diagnostic(m, in: ns, pattern: p) { found.append((m.range.location, d)) }
            }
        }
        return found.sorted { $0.offset < $1.offset }.map(\.diagnostic)
    }

    /// The one place a runtime error happened: the first pattern that matches in a learner's file,
    /// taking its first or last match as the pattern says; the message from the first match that has one.
    public func runtimeError(_ text: String, patterns: [DiagnosticPattern]) -> Diagnostic? {
        let perPattern = patterns.map { all(text, patterns: [$0]) }
        let message = perPattern.lazy.compactMap { $0.first { !$0.message.isEmpty }?.message }.first
        for (p, matches) in zip(patterns, perPattern) {
            let located = matches.filter { $0.line != nil && isLearnerFile($0.file) }
            if var hit = p.pick == "last" ? located.last : located.first {
                if hit.message.isEmpty { hit.message = message ?? "" }
                return hit
            }
        }
        return message.map { Diagnostic(file: nil, line: nil, message: $0) }
    }

    func isLearnerFile(_ file: String?) -> Bool {
        guard let file else { return false }
        return sources.isEmpty || sources[file] != nil
    }

    private func diagnostic(_ m: NSTextCheckingResult, in text: NSString, pattern: DiagnosticPattern) -> Diagnostic? {
        func group(_ name: String) -> String? {
            let r = m.range(withName: name)
            return r.location == NSNotFound ? nil : text.substring(with: r)
        }
        let line = group("line").flatMap { Int($0) }
        let file = group("file").map(Self.learnerName) ?? (line != nil ? defaultFile : nil)
        var column = group("column").flatMap { Int($0) }
        if column == nil, let caret = group("caret") {
            column = caret.count + 1
            if let code = group("code") {
                // The tool showed the line with its indentation stripped (Python): add it back.
                let shownIndent = code.prefix { $0 == " " || $0 == "\t" }.count
                column = caret.count - shownIndent + 1 + indentation(file: file, line: line)
            }
        }
        let severityText = (group("severity") ?? pattern.severity ?? "error").lowercased()
        let severity: Diagnostic.Severity = severityText.contains("warn") ? .warning : severityText.contains("note") ? .note : .error
        let message = (group("message") ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        if file == nil && line == nil && message.isEmpty { return nil }
        return Diagnostic(file: file, line: line, column: column.map { max(1, $0) }, severity: severity, message: message)
    }

    private func indentation(file: String?, line: Int?) -> Int {
        guard let file, let line, line >= 1, let source = sources[file] else { return 0 }
        let lines = source.split(separator: "\n", omittingEmptySubsequences: false)
        guard line <= lines.count else { return 0 }
        return lines[line - 1].prefix { $0 == " " || $0 == "\t" }.count
    }

    /// `/box/src/main.py` and `./main.go` are `src/main.py` and `main.go` to the learner.
    static func learnerName(_ path: String) -> String {
        var p = path
        if p.hasPrefix("/box/") { p.removeFirst(5) }
        while p.hasPrefix("./") { p.removeFirst(2) }
        return p
    }
}
