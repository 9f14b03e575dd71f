import Foundation

/// The checks every answer passes before a learner sees it, whichever coach wrote it
/// (docs/coach.md, "Safety"): no code that completes the solution, no hidden-test data, nothing
/// from the problem's avoid-list, no secrets or personal data, and the length caps. An answer that
/// fails is rewritten (the offending sentences dropped); if too little is left, it is replaced.
public struct SafetyLayer: Sendable {
    public static let maxWords = 160
    public static let maxLines = 6

    public struct Report: Sendable, Equatable, Codable {
        /// Whether the text the learner gets differs from what the coach wrote.
        public var changed: Bool
        /// Why: `code-block`, `code-line`, `reference-overlap`, `hidden-data`, `avoid-list`,
        /// `redacted`, `too-long`, `replaced`, `refused`.
        public var reasons: [String]
        public init(changed: Bool = false, reasons: [String] = []) {
            self.changed = changed
            self.reasons = reasons
        }
    }

    /// How many tokens in a row a reply may share with a reference solution (and not with the
    /// learner's code or the statement) before it counts as handing over the solution.
    public static let referenceRun = 6

    public init() {}

    public func check(_ text: String, code: SourceCode, problem: ProblemContext?, run: RunOutcome?) -> (text: String, report: Report) {
        var reasons: [String] = []
        var t = text.replacingOccurrences(of: "\r", with: "")
        // 1. Fenced code blocks go entirely.
        if t.contains("```") || t.contains("~~~") {
            t = Self.removeFences(t)
            reasons.append("code-block")
        }
        // 2. Lines that are code (and not the learner's own lines).
        let own = Set(code.lines.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty })
        var kept: [String] = []
        for line in t.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if Self.looksLikeCode(trimmed), !own.contains(trimmed) {
                if !reasons.contains("code-line") { reasons.append("code-line") }
                continue
            }
            kept.append(line)
        }
        t = kept.joined(separator: "\n")
        // 3. Sentences that repeat the reference solution, hidden data or avoided words.
        let refGrams = problem.map { Self.referenceGrams($0, code: code) } ?? []
        let hidden = (problem?.hiddenLines ?? []).union(Self.hiddenMessages(run))
        let avoid = problem?.avoid ?? []
        var sentences: [String] = []
        for s in Self.sentences(t) {
            if !refGrams.isEmpty, !Self.grams(Self.tokens(s), Self.referenceRun).isDisjoint(with: refGrams) {
                if !reasons.contains("reference-overlap") { reasons.append("reference-overlap") }
                continue
            }
            if hidden.contains(where: { s.contains($0) }) {
                if !reasons.contains("hidden-data") { reasons.append("hidden-data") }
                continue
            }
            if avoid.contains(where: { Self.mentions(s, $0) }) {
                if !reasons.contains("avoid-list") { reasons.append("avoid-list") }
                continue
            }
            sentences.append(s)
        }
        t = sentences.joined(separator: " ")
        // 4. Secrets and personal data.
        let redacted = Self.redact(t)
        if redacted != t { reasons.append("redacted"); t = redacted }
        // 5. The caps: 6 lines, 160 words, cut at a sentence end.
        let capped = Self.cap(t)
        if capped != t.trimmingCharacters(in: .whitespacesAndNewlines) { reasons.append("too-long") }
        t = capped
        return (t, Report(changed: !reasons.isEmpty, reasons: reasons))
    }

    /// Whether a reply is too thin to give after rewriting (then the built-in answer replaces it).
    public static func tooThin(_ text: String) -> Bool {
        text.split(whereSeparator: \.isWhitespace).count < 8
    }

    // MARK: detection

    /// A line that reads as a statement of some programming language rather than prose.
    static func looksLikeCode(_ l: String) -> Bool {
        guard !l.isEmpty else { return false }
        let words = l.split(separator: " ")
        let starts = ["def ", "for (", "for(", "while (", "while(", "if (", "if(", "#include", "import ", "from ", "class ", "public ", "private ",
                      "static ", "return ", "int ", "long ", "void ", "const ", "let ", "var ", "function ", "elif ", "else:", "else {", "} else",
                      "print(", "printf(", "System.out", "console.log", "std::", "using namespace", "cin >>", "cout <<", "func ", "fn ", "#define"]
        if starts.contains(where: { l.hasPrefix($0) }) { return true }
        if l.hasPrefix("for ") && l.hasSuffix(":") { return true }
        if l.hasPrefix("if ") && l.hasSuffix(":") { return true }
        if l.hasSuffix(";") || l.hasSuffix("{") || l == "}" || l.hasSuffix("};") { return true }
        // An assignment or call with no prose around it: `x = y + 1`, `seen[v] = i`, `foo(a, b)`.
        let symbols = l.filter { "=()[]{};<>+-*/%".contains($0) }.count
        let letters = l.filter(\.isLetter).count
        if words.count <= 8, symbols >= 2, l.range(of: #"^[\w\.\[\]]+\s*(=|\+=|-=|\*=|==)\s*\S"#, options: .regularExpression) != nil,
           !l.hasSuffix("."), !l.hasSuffix("?") { return true }
        if symbols * 3 > letters, words.count <= 10, !l.hasSuffix("."), !l.hasSuffix("?") { return true }
        return false
    }

    static func removeFences(_ t: String) -> String {
        var out: [String] = []
        var inFence = false
        for line in t.split(separator: "\n", omittingEmptySubsequences: false) {
            let s = line.trimmingCharacters(in: .whitespaces)
            if s.hasPrefix("```") || s.hasPrefix("~~~") { inFence.toggle(); continue }
            if !inFence { out.append(String(line)) }
        }
        return out.joined(separator: "\n")
    }

    /// Code tokens: identifiers, numbers and each symbol, so prose and code compare alike.
    static func tokens(_ s: String) -> [String] {
        var out: [String] = [], cur = ""
        for ch in s {
            if ch.isLetter || ch.isNumber || ch == "_" { cur.append(ch); continue }
            if !cur.isEmpty { out.append(cur); cur = "" }
            if !ch.isWhitespace, "()[]{}=+-*/%<>!&|:;,.".contains(ch) { out.append(String(ch)) }
        }
        if !cur.isEmpty { out.append(cur) }
        return out
    }

    static func grams(_ tokens: [String], _ k: Int) -> Set<String> {
        guard tokens.count >= k else { return [] }
        var out = Set<String>()
        for i in 0...(tokens.count - k) { out.insert(tokens[i..<(i + k)].joined(separator: " ")) }
        return out
    }

    /// Runs of the reference solutions that carry code (a symbol) and that the statement does
    /// not already show.
    static func referenceGrams(references: [String], statement: String) -> Set<String> {
        var refs = Set<String>()
        for r in references {
            for line in r.split(separator: "\n") {
                for g in grams(tokens(String(line)), referenceRun) where g.contains(where: { "()[]=+-*/%<>;".contains($0) }) { refs.insert(g) }
            }
        }
        var seen = Set<String>()
        for line in statement.split(separator: "\n") { seen.formUnion(grams(tokens(String(line)), referenceRun)) }
        return refs.subtracting(seen)
    }

    /// The problem's reference runs minus what the learner's own code contains (repeating the
    /// learner's code is fine).
    static func referenceGrams(_ p: ProblemContext, code: SourceCode) -> Set<String> {
        guard !p.referenceGrams.isEmpty else { return [] }
        var own = Set<String>()
        for line in code.lines { own.formUnion(grams(tokens(line), referenceRun)) }
        return p.referenceGrams.subtracting(own)
    }

    /// A checker's message (WA) may quote the expected answer; a runtime error's message may
    /// quote a value of the input (`KeyError: 40213`): those parts are secret. The error's class
    /// is the learner's own program speaking, and may be named.
    static func hiddenMessages(_ run: RunOutcome?) -> Set<String> {
        var out = Set<String>()
        for t in run?.tests ?? [] where !t.sample {
            guard let m = t.message else { continue }
            if t.verdict == "WA" || t.verdict == "JE" {
                if m.count >= 8 { out.insert(m) }
                for part in m.components(separatedBy: "\"") where part.count >= 2 && part.contains(where: \.isNumber) { out.insert(part) }
            } else if let colon = m.firstIndex(of: ":") {
                let detail = m[m.index(after: colon)...].trimmingCharacters(in: .whitespaces)
                if detail.count >= 3, detail.contains(where: { $0.isNumber || $0 == "'" || $0 == "\"" }) { out.insert(detail) }
            }
        }
        return out
    }

    static func mentions(_ s: String, _ word: String) -> Bool {
        let pattern = "(?i)(?<![A-Za-z0-9_])" + NSRegularExpression.escapedPattern(for: word) + "(?![A-Za-z0-9_])"
        return s.range(of: pattern, options: .regularExpression) != nil
    }

    static func sentences(_ t: String) -> [String] {
        var out: [String] = [], cur = ""
        let chars = Array(t)
        for (i, ch) in chars.enumerated() {
            cur.append(ch == "\n" ? " " : ch)
            let next = i + 1 < chars.count ? chars[i + 1] : " "
            if (ch == "." || ch == "?" || ch == "!") && (next == " " || next == "\n"), !cur.hasSuffix("e.g."), !cur.hasSuffix("i.e.") {
                let s = cur.trimmingCharacters(in: .whitespaces)
                if !s.isEmpty { out.append(s) }
                cur = ""
            } else if ch == "\n", next == "\n" || next == "-" || next == "*" {
                let s = cur.trimmingCharacters(in: .whitespaces)
                if !s.isEmpty { out.append(s) }
                cur = ""
            }
        }
        let s = cur.trimmingCharacters(in: .whitespaces)
        if !s.isEmpty { out.append(s) }
        return out
    }

    static let secretPatterns: [(String, String)] = [
        (#"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}"#, "[email]"),
        (#"\bsk-[A-Za-z0-9_-]{16,}"#, "[secret]"),
        (#"\bAKIA[0-9A-Z]{16}\b"#, "[secret]"),
        (#"\bgh[pousr]_[A-Za-z0-9]{20,}"#, "[secret]"),
        (#"\beyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]*"#, "[token]"),
        (#"(?i)\bbearer\s+[A-Za-z0-9._~+/-]{16,}=*"#, "[token]"),
        (#"(?i)\b(password|passwd|api[_-]?key|secret)\s*[:=]\s*\S+"#, "$1: [secret]"),
        (#"\+\d{1,3}[ -]?\(?\d{2,4}\)?[ -]?\d{3,4}[ -]?\d{3,4}\b"#, "[phone]"),
        (#"\b\d{3}-\d{3}-\d{4}\b"#, "[phone]"),
    ]

    static func redact(_ t: String) -> String {
        var s = t
        for (p, r) in secretPatterns { s = s.replacingOccurrences(of: p, with: r, options: .regularExpression) }
        return s
    }

    static func cap(_ t: String) -> String {
        var lines = t.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        if lines.count > maxLines { lines = Array(lines.prefix(maxLines)) }
        var text = lines.joined(separator: "\n")
        let words = text.split(whereSeparator: { $0 == " " || $0 == "\n" })
        guard words.count > maxWords else { return text }
        // Cut after the last sentence that ends within the word limit.
        var count = 0, end = text.startIndex
        var idx = text.startIndex
        var inWord = false
        while idx < text.endIndex {
            let ch = text[idx]
            if ch == " " || ch == "\n" { inWord = false } else if !inWord { inWord = true; count += 1; if count > maxWords { break } }
            if ch == "." || ch == "?" || ch == "!" { end = text.index(after: idx) }
            idx = text.index(after: idx)
        }
        if end == text.startIndex { end = idx }
        text = String(text[..<end])
        return text.trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
