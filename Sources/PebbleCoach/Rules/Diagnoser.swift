import Foundation

/// Reads the judge's evidence and the learner's code and names the one thing to work on: the
/// first error a compiler or the runtime reported, or, for a wrong answer or a slow run, what the
/// failing visible test and the code's shape point at. Deterministic and per language.
public struct Diagnoser: Sendable {
    public init() {}

    public func diagnose(code: SourceCode, run: RunOutcome, problem: ProblemContext?) -> Finding {
        switch run.verdict {
        case "AC", "OK":
            return Finding(kind: .accepted, verdict: run.verdict)
        case "CE":
            return compileError(code: code, run: run)
        case "RE":
            return runtimeError(code: code, run: run, problem: problem)
        case "TLE":
            return slow(code: code, run: run, problem: problem)
        case "MLE":
            let recursive = Self.recursiveFunction(in: code)
            return Finding(kind: recursive != nil ? .recursionDepth : .memoryLimit, line: recursive?.line ?? code.loops.first?.line,
                           test: run.firstVisibleFailure, verdict: run.verdict, message: run.firstFailure?.message,
                           facts: ["function": recursive?.name ?? ""])
        case "OLE":
            return Finding(kind: .outputLimit, line: Self.printLines(code).first, test: run.firstVisibleFailure, verdict: run.verdict,
                           message: run.firstFailure?.message)
        case "SV":
            return Finding(kind: .securityViolation, line: nil, verdict: run.verdict, message: run.firstFailure?.message ?? run.message)
        case "WA":
            return wrongAnswer(code: code, run: run, problem: problem)
        default:
            return Finding(kind: .noEvidence, verdict: run.verdict, message: run.message)
        }
    }

    // MARK: compile errors

    func compileError(code: SourceCode, run: RunOutcome) -> Finding {
        let diags = run.compileDiagnostics.filter { $0.severity == "error" }
        guard let d = diags.first ?? run.compileDiagnostics.first else {
            return Finding(kind: .compileError, verdict: "CE", message: run.message)
        }
        var f = classify(message: d.message, code: code, line: d.line, verdict: "CE")
        if f.kind == .runtimeError { f.kind = .compileError }
        // javac puts the missing name on the next line of its output.
        if f.kind == .undefinedName, f.facts["name"] == nil, let line = d.line, let text = code.line(line), let col = d.column {
            let chars = Array(text)
            var start = max(0, min(col - 1, chars.count)), end = start
            while end < chars.count, chars[end] == "_" || chars[end].isLetter || chars[end].isNumber { end += 1 }
            while start > 0, chars[start - 1] == "_" || chars[start - 1].isLetter { start -= 1 }
            if end > start { f.facts["name"] = String(chars[start..<end]) }
            if let name = f.facts["name"], let close = DidYouMean.closest(to: name, in: code) { f.facts["closest"] = close }
        }
        return f
    }

    // MARK: runtime errors

    func runtimeError(code: SourceCode, run: RunOutcome, problem: ProblemContext?) -> Finding {
        let failing = run.firstFailure
        let diag = failing?.diagnostics.first { $0.severity == "error" } ?? failing?.diagnostics.first
            ?? run.compileDiagnostics.first
        let message = diag?.message ?? failing?.message ?? Self.lastErrorLine(failing?.stderr ?? run.stderr) ?? run.message ?? ""
        var f = classify(message: message, code: code, line: diag?.line, verdict: "RE")
        f.test = run.firstVisibleFailure
        if let failing, !failing.sample {
            // A hidden test's error may quote its data (`KeyError: 40213`): keep only the error's class.
            f.message = message.split(separator: ":").first.map(String.init)
            f.facts["key"] = nil
            f.facts["hidden"] = "1"
        }
        if f.kind == .stackOverflow, let r = Self.recursiveFunction(in: code) {
            f.line = f.line ?? r.line
            f.facts["function"] = r.name
        } else if f.kind == .runtimeError, message.lowercased().contains("sigsegv") || message.lowercased().contains("segmentation") {
            let deref = code.firstLine(matching: #"\w+->\w+"#)
            if let r = Self.recursiveFunction(in: code), (problem?.constraints.maxSize ?? 0) > 10_000 {
                f.kind = .stackOverflow
                f.line = r.line
                f.facts["function"] = r.name
            } else if let deref, code.contains(#"\bNULL\b|\bnullptr\b|->next"#) {
                // Linked structures: following a pointer that is NULL.
                f.kind = .nullDereference
                f.facts["native"] = "1"
                if f.line == nil || f.line == 1 { f.line = code.firstLine(matching: #"\w+->\w+->\w+"#) ?? deref }
            } else {
                f.kind = .indexOutOfRange
                f.facts["native"] = "1"
                if f.line == nil || f.line == 1, let l = code.firstLine(matching: #"\w\s*\[[^\]]*[+\-<=]"#) ?? code.firstLine(matching: #"\w\[[^\]]+\]"#) { f.line = l }
            }
        }
        if f.kind == .recursionDepth || f.kind == .stackOverflow, f.facts["function"] == nil, let r = Self.recursiveFunction(in: code) {
            f.facts["function"] = r.name
            f.line = f.line ?? r.line
        }
        return f
    }

    /// One message (compiler or runtime, any seed language) → a finding.
    func classify(message raw: String, code: SourceCode, line: Int?, verdict: String) -> Finding {
        let m = raw.replacingOccurrences(of: "\u{2018}", with: "'").replacingOccurrences(of: "\u{2019}", with: "'")
        let low = m.lowercased()
        var f = Finding(kind: .runtimeError, line: line, verdict: verdict, message: Self.shorten(m))
        func name(_ pattern: String) -> String? { Patterns.capture(pattern, m) }
        func undefined(_ n: String?) {
            f.kind = .undefinedName
            if let n {
                f.facts["name"] = n
                if let close = DidYouMean.closest(to: n, in: code) { f.facts["closest"] = close }
            }
            if let gccHint = self.gccSuggestion(m), f.facts["closest"] == nil { f.facts["closest"] = gccHint }
        }
        if low.contains("sigsegv") || low.contains("segmentation fault") {
            // Decided by the caller from the code's shape: an index, a null pointer, or the stack.
            f.kind = .runtimeError
            return f
        }
        if low.contains("indentationerror") || low.contains("unexpected indent") || low.contains("expected an indented block") || low.contains("unindent does not match") {
            f.kind = .indentation
        } else if low.contains("was never closed") || low.contains("unexpected eof") || low.contains("end of input") || low.contains("reached end of file")
                    || low.contains("unmatched") || low.contains("does not match opening") || low.contains("expected '}' at end") || low.contains("missing ) after") {
            f.kind = .unbalanced
        } else if low.contains("nameerror") || low.contains("is not defined") || low.contains("undeclared") || low.contains("was not declared")
                    || low.contains("cannot find symbol") || low.contains("unboundlocalerror") || low.contains("use of undeclared identifier") {
            undefined(name(#"name '(\w+)'"#) ?? name(#"'(\w+)' (?:undeclared|was not declared)"#) ?? name(#"(\w+) is not defined"#)
                ?? name(#"symbol:\s+(?:variable|method|class)\s+(\w+)"#) ?? name(#"local variable '(\w+)'"#) ?? name(#"identifier '(\w+)'"#))
        } else if low.contains("attributeerror"), !low.contains("nonetype") {
            f.kind = .undefinedName
            if let attr = name(#"has no attribute '(\w+)'"#) {
                f.facts["name"] = attr
                f.facts["attribute"] = "1"
                if let type = name(#"'(\w+)' object"#) { f.facts["type"] = type }
                if let close = DidYouMean.attribute(attr, type: f.facts["type"]) { f.facts["closest"] = close }
            }
        } else if low.contains("syntaxerror") || low.contains("expected") || low.contains("syntax error") || low.contains("unexpected token")
                    || low.contains("illegal start") || low.contains("not a statement") || low.contains("invalid syntax") || low.contains("unterminated") {
            f.kind = .syntax
            // gcc says "expected ',' or ';' before …": the semicolon is the one a learner forgot.
            if m.contains("';'") && low.contains("expected") { f.facts["expected"] = ";" }
            else if let what = name(#"expected '([^']+)'"#) ?? name(#"'([^']+)' expected"#) { f.facts["expected"] = what }
        } else if low.contains("missing return") || low.contains("control reaches end of non-void") || low.contains("no return statement") {
            f.kind = .missingReturn
        } else if low.contains("indexerror") || low.contains("index out of range") || low.contains("out of bounds") || low.contains("outofbounds")
                    || low.contains("out_of_range") || low.contains("index out of") || low.contains("vector::_m_range_check") {
            f.kind = .indexOutOfRange
            if low.contains("empty") { f.facts["empty"] = "1" }
        } else if low.contains("keyerror") {
            f.kind = .keyMissing
            f.facts["key"] = name(#"KeyError: (.+)"#) ?? ""
        } else if low.contains("nonetype") || low.contains("nullpointer") || low.contains("of undefined") || low.contains("of null")
                    || low.contains("undefined is not") || low.contains("null is not") {
            f.kind = .nullDereference
        } else if low.contains("zerodivision") || low.contains("/ by zero") || low.contains("division by zero") || low.contains("sigfpe") || low.contains("divide by zero") {
            f.kind = .divisionByZero
        } else if low.contains("recursionerror") || low.contains("maximum recursion") {
            f.kind = .recursionDepth
        } else if low.contains("stackoverflow") || low.contains("call stack size") || low.contains("stack overflow") {
            f.kind = .stackOverflow
        } else if low.contains("invalid literal") || low.contains("numberformat") || low.contains("inputmismatch") || low.contains("nosuchelement")
                    || low.contains("eoferror") || low.contains("could not convert string") || (low.contains("valueerror") && low.contains("unpack")) {
            f.kind = .badInputParsing
        } else if low.contains("typeerror") || low.contains("incompatible types") || low.contains("cannot convert") || low.contains("invalid conversion")
                    || low.contains("lossy conversion") || low.contains("bad operand") || low.contains("is not a function") || low.contains("no match for")
                    || low.contains("invalid operands") || low.contains("not subscriptable") || low.contains("not callable") || low.contains("not iterable") {
            f.kind = .typeMismatch
            if low.contains("lossy conversion") { f.facts["lossy"] = "1" }
        } else if verdict == "CE" {
            f.kind = .compileError
        }
        return f
    }

    /// gcc's own "did you mean 'x'?".
    func gccSuggestion(_ m: String) -> String? {
        guard let r = m.range(of: "did you mean '") else { return nil }
        let rest = m[r.upperBound...]
        guard let end = rest.firstIndex(of: "'") else { return nil }
        return String(rest[..<end])
    }

    // MARK: time limits

    func slow(code: SourceCode, run: RunOutcome, problem: ProblemContext?) -> Finding {
        let failing = run.firstFailure
        let loops = code.loops
        let nesting = code.maxLoopNesting
        var facts: [String: String] = ["nesting": String(nesting)]
        let deepest = loops.max { $0.depth < $1.depth }
        if let c = problem?.constraints {
            if let n = c.maxSize { facts["maxN"] = Constraints.pretty(n) }
            if let d = c.demandedComplexity { facts["complexity"] = d }
            if let a = c.allowedNesting { facts["allowedNesting"] = String(a) }
        }
        // A visible test is small: a time-out there is a loop that never ends (or input never read).
        if let f = failing, f.sample {
            let whileLine = loops.first { $0.keyword == "while" || $0.keyword == "do" }?.line
            return Finding(kind: .infiniteLoop, line: whileLine ?? deepest?.line, test: f, verdict: "TLE", message: f.message, facts: facts)
        }
        if let r = Self.recursiveFunction(in: code), r.calls >= 2 {
            facts["function"] = r.name
            facts["exponential"] = "1"
            return Finding(kind: .tooSlow, line: r.line, test: nil, verdict: "TLE", message: failing?.message, facts: facts)
        }
        if let hidden = Self.hiddenLinearWork(in: code, family: code.family), let inLoop = loops.first(where: { $0.line < hidden.line }) {
            facts["hiddenLoop"] = hidden.operation
            facts["nesting"] = String(max(nesting, 2))
            _ = inLoop
            return Finding(kind: .tooSlow, line: hidden.line, test: nil, verdict: "TLE", message: failing?.message, facts: facts)
        }
        if nesting == 0, let whileLine = loops.first?.line {
            return Finding(kind: .infiniteLoop, line: whileLine, test: nil, verdict: "TLE", message: failing?.message, facts: facts)
        }
        return Finding(kind: .tooSlow, line: deepest?.line ?? loops.first?.line, test: nil, verdict: "TLE", message: failing?.message, facts: facts)
    }

    /// A call inside a loop that walks a whole list or string on every turn.
    static func hiddenLinearWork(in code: SourceCode, family: SourceCode.Family) -> (line: Int, operation: String)? {
        let patterns: [(String, String)] = family == .python
            ? [(#"\.index\("#, ".index()"), (#"\.count\("#, ".count()"), (#"\.remove\("#, ".remove()"), (#"\.pop\(0\)"#, ".pop(0)"),
               (#"\.insert\(0"#, ".insert(0, …)"), (#"\bif\s+\w+\s+(not\s+)?in\s+\w+\s*(\[|:)"#, "`in` on a list"), (#"\bsum\(\w+\[.*:"#, "sum() of a slice"),
               (#"\b(sum|max|min|sorted)\("#, "sum()/max()/min()/sorted()")]
            : [(#"\.indexOf\("#, ".indexOf()"), (#"\.includes\("#, ".includes()"), (#"\.shift\(\)"#, ".shift()"), (#"\.splice\("#, ".splice()"),
               (#"\.contains\("#, ".contains()"), (#"\.remove\(0\)"#, ".remove(0)"), (#"\.erase\("#, ".erase()"), (#"\.slice\("#, ".slice()"),
               (#"\.substring\("#, ".substring()"), (#"\bstrlen\("#, "strlen()"), (#"\.insert\(\w+\.begin"#, ".insert(begin, …)")]
        let loops = code.loops
        guard !loops.isEmpty else { return nil }
        for (i, l) in code.codeLines.enumerated() {
            let lineNo = i + 1
            guard let enclosing = loops.last(where: { $0.line < lineNo }), isInside(line: lineNo, loop: enclosing, code: code) else { continue }
            for (p, name) in patterns where Patterns.matches(p, l) { return (lineNo, name) }
        }
        return nil
    }

    /// Whether `line` is in the body of `loop` (by indentation for Python, braces otherwise).
    static func isInside(line: Int, loop: SourceCode.Loop, code: SourceCode) -> Bool {
        guard line > loop.line else { return false }
        if code.family == .python {
            func indent(_ n: Int) -> Int { code.codeLines[n - 1].prefix { $0 == " " || $0 == "\t" }.count }
            let base = indent(loop.line)
            for n in (loop.line + 1)...line {
                let t = code.codeLines[n - 1].trimmingCharacters(in: .whitespaces)
                if t.isEmpty { continue }
                if indent(n) <= base { return false }
            }
            return true
        }
        var depth = 0
        var opened = false
        for n in loop.line...line {
            for ch in code.codeLines[n - 1] {
                if ch == "{" { depth += 1; opened = true }
                if ch == "}" { depth -= 1; if opened && depth == 0 && n < line { return false } }
            }
        }
        return opened ? depth > 0 || line == loop.line : line == loop.line + 1
    }

    // MARK: wrong answers

    func wrongAnswer(code: SourceCode, run: RunOutcome, problem: ProblemContext?) -> Finding {
        let functionMode = problem?.function != nil
        guard let t = run.firstVisibleFailure else {
            return hiddenWrongAnswer(code: code, run: run, problem: problem)
        }
        let expected = (t.expected ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        let actual = (t.actual ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        var facts: [String: String] = ["expected": expected, "actual": actual]
        func finding(_ k: Finding.Kind, line: Int? = nil) -> Finding {
            Finding(kind: k, line: line, test: t, verdict: "WA", message: t.message, facts: facts)
        }
        if actual.isEmpty || ["null", "None", "undefined", "nil"].contains(actual) {
            if functionMode || actual == "null" || actual == "None" {
                let def = code.firstLine(matching: problem?.function.map { #"\b\#($0)\b"# } ?? #"\bdef\b|\bfunction\b"#)
                return finding(.forgotReturn, line: Self.returnlessLine(code) ?? def)
            }
            return finding(.missingOutput, line: nil)
        }
        if Self.sameTokens(expected, actual) || Self.sameTokens(expected.lowercased(), actual.lowercased()) {
            let returns = code.codeLines.enumerated().filter { SourceCode.words($0.element).first == "return" }.map { $0.offset + 1 }
            return finding(.wrongFormat, line: functionMode ? returns.last : Self.printLines(code).first)
        }
        if actual.contains(expected), actual.count > expected.count {
            facts["extra"] = "1"
            return finding(.wrongFormat, line: Self.printLines(code).first)
        }
        let e = Self.numbers(expected), a = Self.numbers(actual)
        if Self.usesNarrowInt(code), e.contains(where: { abs($0) > 2_147_483_647 }) || (a.contains { $0 < 0 } && !e.contains { $0 < 0 })
            || Self.overflowRisk(code, inputs: Self.numbers(t.input ?? ""), expected: e, constraints: nil) {
            return finding(.integerOverflow, line: Self.narrowIntLine(code))
        }
        let nanAsNull = code.family == .cLike && ["javascript", "typescript"].contains(code.language) && actual.contains("null") && !expected.contains("null")
        if actual.contains("NaN") || actual.contains("Infinity") || actual.lowercased().contains("inf") || actual.contains("nan") || nanAsNull {
            facts["nan"] = "1"
            return finding(.divisionByZero, line: code.firstLine(matching: #"[^/]/[^/*]"#))
        }
        if !e.isEmpty, e.count == a.count {
            let diffs = zip(e, a).filter { $0 != $1 }
            if !diffs.isEmpty, diffs.allSatisfy({ abs($0 - $1) == 1 }) {
                return finding(.offByOne, line: Self.offByOneSuspect(code))
            }
        } else if !e.isEmpty, abs(e.count - a.count) == 1, e.count > 1 || a.count > 1 {
            facts["countDiff"] = a.count < e.count ? "fewer" : "more"
            // Which end is missing: the last item (a leftover after the loop) or the first.
            if a.count < e.count { facts["missingEnd"] = Array(e.prefix(a.count)) == a ? "last" : (Array(e.suffix(a.count)) == a ? "first" : "") }
            return finding(.offByOne, line: Self.offByOneSuspect(code))
        }
        if functionMode, Self.answersPositions(problem), let line = Self.inPlaceMutation(code, parameters: problem?.parameters ?? []) {
            return finding(.mutatesInput, line: line)
        }
        if let edge = Self.edgeOf(input: t.input ?? "") {
            facts["edge"] = edge
            return finding(.edgeCase, line: nil)
        }
        // Nothing more specific: point at where the answer is produced (one print, or one return).
        let prints = Self.printLines(code)
        let returns = code.codeLines.enumerated().filter { SourceCode.words($0.element).first == "return" }.map { $0.offset + 1 }
        return finding(.wrongAnswer, line: functionMode ? (returns.count == 1 ? returns[0] : nil) : (prints.count == 1 ? prints[0] : nil))
    }

    /// Only hidden tests failed: their data cannot be shown, so point at what in the code and the
    /// constraints makes such tests fail.
    func hiddenWrongAnswer(code: SourceCode, run: RunOutcome, problem: ProblemContext?) -> Finding {
        var facts: [String: String] = ["hidden": "1"]
        if let failed = run.firstFailure { facts["hiddenTest"] = failed.name }
        let c = problem?.constraints ?? Constraints()
        // A hidden test's checker message may say what it expected; it is used here to choose the
        // advice, and never repeated.
        let (judge, user) = Self.checkerNumbers(run.firstFailure?.message)
        if Self.overflowRisk(code, inputs: [], expected: judge, constraints: c)
            || (Self.usesNarrowInt(code) && user.contains { $0 < 0 } && !judge.contains { $0 < 0 }) {
            if let v = c.maxValue { facts["maxValue"] = Constraints.pretty(v) }
            return Finding(kind: .integerOverflow, line: Self.narrowIntLine(code), verdict: "WA", facts: facts)
        }
        if judge.count == 1, user.count == 1, abs(judge[0] - user[0]) == 1 {
            return Finding(kind: .offByOne, line: Self.offByOneSuspect(code), verdict: "WA", facts: facts)
        }
        if problem?.function != nil, Self.answersPositions(problem), let line = Self.inPlaceMutation(code, parameters: problem?.parameters ?? []) {
            return Finding(kind: .mutatesInput, line: line, verdict: "WA", facts: facts)
        }
        var edges: [String] = []
        if let low = c.minSize {
            if low <= 0 { edges.append("an empty input") } else if low <= 1 { edges.append("a single element") }
        }
        if c.negativesAllowed { edges.append("negative numbers") }
        // The most specific topics first (a stack problem's edges before a string's), two each.
        let generic: Set<String> = ["arrays", "strings", "math"]
        let topics = (problem?.topics ?? []).filter { !generic.contains($0) } + (problem?.topics ?? []).filter { generic.contains($0) }
        let topical = topics.flatMap { (TopicEdges.cases[$0] ?? []).prefix(2) }
        edges += topical.isEmpty ? ["repeated values"] : topical
        if let v = c.maxValue, v >= 1e9 { edges.append("the largest values allowed") }
        var seen = Set<String>()
        edges = edges.filter { seen.insert($0).inserted }.prefix(4).map { $0 }
        facts["edges"] = edges.joined(separator: ", ")
        if let line = Self.offByOneSuspect(code) {
            facts["suspect"] = "1"
            return Finding(kind: .edgeCase, line: line, verdict: "WA", facts: facts)
        }
        return Finding(kind: .edgeCase, line: nil, verdict: "WA", facts: facts)
    }

    // MARK: code shapes

    /// A function that calls itself: its name, line, and how many self-calls its body makes.
    static func recursiveFunction(in code: SourceCode) -> (name: String, line: Int, calls: Int)? {
        let defs: Regex<(Substring, Substring)>
        switch code.family {
        case .python: defs = /^\s*def\s+(\w+)\s*\(/
        default: defs = /(?:^|\s)(?:function\s+)?(\w+)\s*\([^;{]*\)\s*(?:\{|$|throws|const)/
        }
        var found: [(String, Int)] = []
        let keywords: Set<String> = ["if", "for", "while", "switch", "return", "catch", "main", "sizeof", "else"]
        for (i, l) in code.codeLines.enumerated() {
            if let m = try? defs.firstMatch(in: l) {
                let name = String(m.1)
                if !keywords.contains(name) { found.append((name, i + 1)) }
            }
        }
        for (k, (name, line)) in found.enumerated() {
            let end = k + 1 < found.count ? found[k + 1].1 - 1 : code.codeLines.count
            guard end > line else { continue }
            var calls = 0
            for l in code.codeLines[line..<end] {
                calls += SourceCode.words(l).filter { $0 == name }.count
            }
            if calls > 0 { return (name, line, calls) }
        }
        return nil
    }

    static func printLines(_ code: SourceCode) -> [Int] {
        let p = #"\bprint\s*\(|\bprintf\s*\(|\bcout\b|System\.out\.print|console\.log|\bputs\s*\(|process\.stdout\.write|sys\.stdout\.write"#
        return code.codeLines.enumerated().filter { Patterns.matches(p, $0.element) }.map { $0.offset + 1 }
    }

    /// In Python, a `def` whose body never says `return` (the function then answers None).
    static func returnlessLine(_ code: SourceCode) -> Int? {
        guard code.family == .python else { return nil }
        let defs = code.codeLines.enumerated().filter { $0.element.trimmingCharacters(in: .whitespaces).hasPrefix("def ") }.map { $0.offset + 1 }
        for d in defs where !defs.isEmpty {
            let next = defs.first { $0 > d } ?? code.codeLines.count + 1
            let body = code.codeLines[d..<(next - 1)]
            if !body.contains(where: { SourceCode.words($0).first == "return" }) { return d }
        }
        return nil
    }

    static func usesNarrowInt(_ code: SourceCode) -> Bool {
        guard ["c", "cpp", "cpp20", "java", "go", "rust", "swift"].contains(code.language) else { return false }
        return code.contains(#"\bint\b(?!\s*main)"#) || code.contains(#"\bi32\b"#) || code.contains(#"\bInt32\b"#)
    }

    /// The line that declares an `int` that accumulates (a sum, a product, a count) or reads values.
    static func narrowIntLine(_ code: SourceCode) -> Int? {
        // Not a loop counter: the variable that accumulates, multiplies or holds the answer.
        let notLoop = #"^(?!.*\bfor\s*\()"#
        return code.firstLine(matching: notLoop + #".*\bint\s+\w*(sum|total|ans|res|best|prod|count|mid|cur|acc)\w*"#)
            ?? code.firstLine(matching: notLoop + #".*\bint\s+\w+\s*=\s*[01]\s*[;,]"#)
            ?? code.firstLine(matching: notLoop + #".*\w+\s*\*\s*\w+"#).flatMap { l in code.codeLines[l - 1].contains("int") || usesNarrowInt(code) ? l : nil }
            ?? code.firstLine(matching: notLoop + #".*\bint\b(?!\s*main)"#)
    }

    /// Whether `int` arithmetic can overflow here: a modulus near 10^9 (two residues added or
    /// multiplied overflow), a product of values above √(2^31), or inputs and answers past 2^31.
    /// `constraints` (used when only hidden tests failed) adds the statement's bounds, for code
    /// that accumulates.
    static func overflowRisk(_ code: SourceCode, inputs: [Double], expected: [Double], constraints c: Constraints?) -> Bool {
        guard usesNarrowInt(code) else { return false }
        let multiplies = hasMultiplication(code)
        if code.contains(#"1000000007|1e9\s*\+\s*7|998244353|1000000009"#), multiplies || code.contains(#"\+="#) { return true }
        let biggestIn = inputs.map(abs).max() ?? 0, biggestOut = expected.map(abs).max() ?? 0
        if biggestIn > 2_147_483_647 || biggestOut > 2_147_483_647 { return true }
        if biggestIn >= 46_341, multiplies { return true }
        if let c, let v = c.maxValue {
            if v > 2_147_483_647 { return true }
            let accumulates = code.contains(#"\+=|\*=|\b(sum|total|prod|acc)\w*\s*=\s*\w+\s*[+*]"#)
            if accumulates, v * max(c.maxSize ?? 2, 2) > 2_147_483_647 { return true }
        }
        return false
    }

    /// A product of two values (not a pointer declaration like `char *s` or `ListNode* p`).
    static func hasMultiplication(_ code: SourceCode) -> Bool {
        let types: Set<String> = ["int", "char", "long", "void", "double", "float", "auto", "string", "struct", "const", "unsigned", "short", "bool", "size_t"]
        for l in code.codeLines where l.contains("*") && !l.contains("#include") {
            let chars = Array(l)
            for (i, ch) in chars.enumerated() where ch == "*" {
                guard i > 0, i + 1 < chars.count, chars[i + 1] != "*", chars[i + 1] != "=", chars[i - 1] != "/", chars[i + 1] != "/" else { continue }
                let before = String(chars[..<i]).trimmingCharacters(in: .whitespaces)
                let after = String(chars[(i + 1)...]).trimmingCharacters(in: .whitespaces)
                guard let last = before.last, let first = after.first, last.isLetter || last.isNumber || last == ")" || last == "]" || last == "_",
                      first.isLetter || first.isNumber || first == "(" || first == "_" else { continue }
                let word = SourceCode.words(before).last ?? ""
                if types.contains(word) || word.first?.isUppercase == true && !before.hasSuffix(")") && !before.hasSuffix("]") { continue }
                return true
            }
        }
        return false
    }

    /// A loop bound or index that is a classic off-by-one: `range(1, n)`, `len(x) - 1`, `<= n`, `i < n - 1`.
    static func offByOneSuspect(_ code: SourceCode) -> Int? {
        let patterns = [#"range\(\s*1\s*,"#, #"range\([^)]*-\s*1\s*\)"#, #"len\(\w+\)\s*-\s*[12]\b"#, #"<=\s*\w+\.(length|size\(\))"#,
                        #"<\s*\w+\s*-\s*1\s*;"#, #"<\s*\w+\.(length|size\(\))\s*-\s*1"#, #"<=\s*n\s*;"#, #"\[\s*\w+\s*\+\s*1\s*\]"#, #"\[\s*\w+\s*-\s*1\s*\]"#]
        for p in patterns { if let l = code.firstLine(matching: p) { return l } }
        return nil
    }

    /// The numbers a checker's message gives for the judge's answer and the program's
    /// (`Judge: "3", User: "1"`).
    static func checkerNumbers(_ message: String?) -> (judge: [Double], user: [Double]) {
        guard let m = message, let j = m.range(of: "Judge:"), let u = m.range(of: "User:") else { return ([], []) }
        let judge = j.upperBound < u.lowerBound ? String(m[j.upperBound..<u.lowerBound]) : ""
        return (numbers(judge), numbers(String(m[u.upperBound...])))
    }

    /// Whether the problem's answer refers to positions in the input (then sorting it in place loses them).
    static func answersPositions(_ p: ProblemContext?) -> Bool {
        guard let s = p?.statement.lowercased() else { return false }
        return s.contains("position") || s.contains("index") || s.contains("indices") || s.contains("0-based") || s.contains("1-based")
    }

    /// A parameter sorted or changed in place (the caller's list is then not what it passed).
    static func inPlaceMutation(_ code: SourceCode, parameters: [String]) -> Int? {
        for p in parameters {
            let pats = [#"\b\#(p)\.sort\("#, #"\bsort\(\s*\#(p)\b"#, #"Arrays\.sort\(\s*\#(p)\b"#, #"\b\#(p)\.(reverse|splice|pop|shift|remove)\("#, #"std::sort\(\s*\#(p)\."#]
            for pat in pats { if let l = code.firstLine(matching: pat) { return l } }
        }
        return nil
    }

    /// What is special about a failing visible test's input, if anything.
    static func edgeOf(input: String) -> String? {
        let nums = numbers(input)
        let tokens = input.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "," || $0 == "[" || $0 == "]" })
        if tokens.isEmpty || input.contains("[]") { return "an empty input" }
        if nums.contains(where: { $0 < 0 }) { return "negative numbers" }
        if Set(nums).count < nums.count / 2 + 1, nums.count >= 3 { return "repeated values" }
        if nums.contains(where: { abs($0) >= 1e9 }) { return "very large values" }
        if nums.contains(0) { return "zeros" }
        return nil
    }

    static func numbers(_ s: String) -> [Double] {
        var out: [Double] = [], cur = ""
        for ch in s + " " {
            if ch.isNumber || ch == "." || (ch == "-" && cur.isEmpty) { cur.append(ch) } else {
                if let v = Double(cur) { out.append(v) }
                cur = ""
            }
        }
        return out
    }

    static func sameTokens(_ a: String, _ b: String) -> Bool {
        func tokens(_ s: String) -> [String] {
            s.split(whereSeparator: { !($0.isLetter || $0.isNumber || $0 == "-" || $0 == ".") }).map(String.init)
        }
        return a != b && tokens(a) == tokens(b) && !tokens(a).isEmpty
    }

    static func lastErrorLine(_ stderr: String?) -> String? {
        stderr?.split(separator: "\n").last { !$0.hasPrefix(" ") && $0.contains(":") }.map(String.init)
    }

    static func shorten(_ s: String) -> String {
        let first = s.split(separator: "\n").first.map(String.init) ?? s
        return first.count > 160 ? String(first.prefix(157)) + "…" : first
    }
}
