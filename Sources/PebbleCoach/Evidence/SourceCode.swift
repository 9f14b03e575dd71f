import Foundation

/// What the coach reads off the learner's code without running it: lines, identifiers, loops and
/// their nesting, returns and prints. Deliberately shallow (a lexer, not a parser): it must work on
/// code that does not compile, in every seed language.
public struct SourceCode: Sendable {
    public enum Family: Sendable { case python, cLike, other }

    public let text: String
    public let language: String
    public let family: Family
    /// The code's lines (1-based through `line(_:)`).
    public let lines: [String]
    /// Each line with comments and string contents blanked out, so keywords inside them do not count.
    public let codeLines: [String]

    public init(_ text: String, language: String) {
        self.text = text
        self.language = language
        family = SourceCode.family(of: language)
        lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        codeLines = SourceCode.blankCommentsAndStrings(lines, family: family)
    }

    public static func family(of language: String) -> Family {
        switch language {
        case "python3", "pypy3", "python": .python
        case "c", "cpp", "cpp20", "java", "javascript", "typescript", "go", "rust", "swift", "php", "kotlin", "csharp": .cLike
        default: .other
        }
    }

    public func line(_ n: Int) -> String? { n >= 1 && n <= lines.count ? lines[n - 1] : nil }

    /// Every identifier the code uses or declares, in order of first appearance.
    public var identifiers: [String] {
        var seen = Set<String>(), out: [String] = []
        for l in codeLines {
            for word in SourceCode.words(l) where seen.insert(word).inserted { out.append(word) }
        }
        return out
    }

    static func words(_ line: String) -> [String] {
        var out: [String] = [], cur = ""
        for ch in line {
            if ch == "_" || ch.isLetter || (ch.isNumber && !cur.isEmpty) { cur.append(ch) } else {
                if !cur.isEmpty { out.append(cur); cur = "" }
            }
        }
        if !cur.isEmpty { out.append(cur) }
        return out
    }

    /// A loop: the line it starts on and how many loops enclose it (0 = outermost).
    public struct Loop: Sendable, Equatable {
        public var line: Int
        public var depth: Int
        public var keyword: String
    }

    /// The loops of the code, with their nesting. Python nests by indentation; the brace languages
    /// by braces (a loop without braces covers its next statement).
    public var loops: [Loop] {
        family == .python ? pythonLoops() : braceLoops()
    }

    /// The deepest nesting of loops (1 = a single loop, 2 = a loop inside a loop).
    public var maxLoopNesting: Int { (loops.map(\.depth).max() ?? -1) + 1 }

    private func pythonLoops() -> [Loop] {
        var stack: [Int] = [] // indentation of the enclosing loops
        var out: [Loop] = []
        for (i, l) in codeLines.enumerated() {
            let trimmed = l.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty { continue }
            let indent = l.prefix { $0 == " " || $0 == "\t" }.count
            while let last = stack.last, indent <= last { stack.removeLast() }
            let first = SourceCode.words(trimmed).first ?? ""
            if first == "for" || first == "while" {
                out.append(Loop(line: i + 1, depth: stack.count, keyword: first))
                stack.append(indent)
            } else if trimmed.contains(" for ") && (trimmed.contains("[") || trimmed.contains("(")) {
                // A comprehension is a loop too.
                out.append(Loop(line: i + 1, depth: stack.count, keyword: "comprehension"))
            }
        }
        return out
    }

    private func braceLoops() -> [Loop] {
        var out: [Loop] = []
        var braceDepth = 0
        var loopBraceDepths: [Int] = [] // brace depth at which each open loop's body lives
        var pendingLoop: (line: Int, keyword: String)?
        var pendingParens = 0
        var bracelessBodies = 0
        for (i, l) in codeLines.enumerated() {
            let ws = SourceCode.words(l)
            var scan = l[...]
            for w in ws where w == "for" || w == "while" || w == "do" {
                // "} while (x);" closes a do-loop; it is not a new loop.
                if w == "while", l.trimmingCharacters(in: .whitespaces).hasPrefix("}") { continue }
                let depth = loopBraceDepths.count + bracelessBodies
                out.append(Loop(line: i + 1, depth: depth, keyword: w))
                pendingLoop = (i + 1, w)
                pendingParens = 0
            }
            while let ch = scan.first {
                scan = scan.dropFirst()
                switch ch {
                case "(": if pendingLoop != nil { pendingParens += 1 }
                case ")": if pendingLoop != nil { pendingParens -= 1 }
                case "{":
                    braceDepth += 1
                    if pendingLoop != nil { loopBraceDepths.append(braceDepth); pendingLoop = nil }
                case "}":
                    if loopBraceDepths.last == braceDepth { loopBraceDepths.removeLast() }
                    braceDepth -= 1
                case ";":
                    if pendingLoop != nil, pendingParens == 0 { pendingLoop = nil } // `for (...) x;`
                    if bracelessBodies > 0, pendingLoop == nil { bracelessBodies = 0 }
                default: break
                }
            }
            if let p = pendingLoop, p.line == i + 1, pendingParens == 0,
               !l.contains("{"), l.trimmingCharacters(in: .whitespaces).hasSuffix(")") {
                bracelessBodies += 1 // the loop's body is the next statement
                pendingLoop = nil
            }
        }
        return out
    }

    /// Whether any code line matches `pattern` (a regular expression), and the first such line.
    public func firstLine(matching pattern: String) -> Int? {
        for (i, l) in codeLines.enumerated() where Patterns.matches(pattern, l) { return i + 1 }
        return nil
    }

    public func contains(_ pattern: String) -> Bool { firstLine(matching: pattern) != nil }

    /// Blanks comments and the insides of string literals (keeping quotes and line lengths), so
    /// that `# for each` or `"while"` are not read as code.
    static func blankCommentsAndStrings(_ lines: [String], family: Family) -> [String] {
        var out: [String] = []
        var inBlock = false // /* ... */ or a Python triple-quoted string
        var tripleQuote: Character = "\""
        for line in lines {
            var result = ""
            var chars = Array(line)
            var i = 0
            var quote: Character?
            while i < chars.count {
                let c = chars[i]
                let next: Character? = i + 1 < chars.count ? chars[i + 1] : nil
                if inBlock {
                    if family == .python {
                        if c == tripleQuote, i + 2 < chars.count, chars[i + 1] == tripleQuote, chars[i + 2] == tripleQuote {
                            inBlock = false; result += "   "; i += 3; continue
                        }
                    } else if c == "*", next == "/" { inBlock = false; result += "  "; i += 2; continue }
                    result.append(" "); i += 1; continue
                }
                if let q = quote {
                    if c == "\\" { result += "  "; i += 2; continue }
                    if c == q { quote = nil; result.append(c) } else { result.append(" ") }
                    i += 1; continue
                }
                if family == .python, c == "#" { break }
                if family != .python, c == "/", next == "/" { break }
                if family != .python, c == "/", next == "*" { inBlock = true; result += "  "; i += 2; continue }
                if family == .python, c == "\"" || c == "'", i + 2 < chars.count, chars[i + 1] == c, chars[i + 2] == c {
                    inBlock = true; tripleQuote = c; result += "   "; i += 3; continue
                }
                if c == "\"" || c == "'" || (c == "`" && family != .python) { quote = c }
                result.append(c)
                i += 1
            }
            if i > chars.count { chars = [] }
            out.append(result)
        }
        return out
    }
}

