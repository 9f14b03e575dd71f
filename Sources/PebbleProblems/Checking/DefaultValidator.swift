public import Foundation

/// The Kattis default output validator, exactly as the problem package format specifies it: the
/// output is compared token by token with the answer (tokens are separated by runs of whitespace:
/// space, \f, \n, \r, \t, \v), case-insensitively (ASCII) and ignoring whitespace unless told
/// otherwise; with a float tolerance, an answer token that is a finite number accepts any number
/// within the absolute *or* the relative bound, however it is written.
public struct DefaultValidator: Sendable, Equatable {
    public var caseSensitive = false
    public var spaceChangeSensitive = false
    public var absoluteTolerance: Double?
    public var relativeTolerance: Double?

    public init() {}

    public enum FlagError: Error, Equatable, CustomStringConvertible {
        case unknown(String)
        case missingValue(String)
        case badValue(String, String)
        case repeated(String)

        public var description: String {
            switch self {
            case let .unknown(f): "unknown default validator flag '\(f)'"
            case let .missingValue(f): "flag '\(f)' needs a number after it"
            case let .badValue(f, v): "flag '\(f)': '\(v)' is not a number"
            case let .repeated(f): "flag '\(f)' is given twice"
            }
        }
    }

    /// Parses `validator_flags` / `output_validator_flags` (e.g. "float_tolerance 1e-6 case_sensitive").
    public init(flags: [String]) throws {
        var i = 0
        var seen = Set<String>()
        func number(_ flag: String) throws -> Double {
            guard i + 1 < flags.count else { throw FlagError.missingValue(flag) }
            i += 1
            guard let v = Double(flags[i]), v.isFinite, v >= 0 else { throw FlagError.badValue(flag, flags[i]) }
            return v
        }
        while i < flags.count {
            let flag = flags[i]
            if seen.contains(flag) { throw FlagError.repeated(flag) }
            seen.insert(flag)
            switch flag {
            case "case_sensitive": caseSensitive = true
            case "space_change_sensitive": spaceChangeSensitive = true
            case "float_tolerance":
                let v = try number(flag)
                absoluteTolerance = v
                relativeTolerance = v
            case "float_absolute_tolerance": absoluteTolerance = try number(flag)
            case "float_relative_tolerance": relativeTolerance = try number(flag)
            default: throw FlagError.unknown(flag)
            }
            i += 1
        }
    }

    public static func flags(_ text: String) -> [String] {
        text.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }).map(String.init)
    }

    /// The validator's answer: accepted, or wrong with the message a judge would read.
    public struct Outcome: Sendable, Equatable {
        public var accepted: Bool
        public var message: String?
        /// Where the first difference is (1-based line of the output), when known.
        public var outputLine: Int?
        public var answerLine: Int?
    }

    public func check(output: Data, answer: Data) -> Outcome {
        var team = Scanner(output), judge = Scanner(answer)
        while true {
            if spaceChangeSensitive {
                let (tw, jw) = (team.whitespace(), judge.whitespace())
                if tw != jw {
                    return wrong("Space change error: got \(Self.show(tw)), expected \(Self.show(jw))", team, judge)
                }
            } else {
                _ = team.whitespace()
                _ = judge.whitespace()
            }
            let teamLine = team.line, judgeLine = judge.line
            let j = judge.token(), t = team.token()
            switch (j, t) {
            case (nil, nil): return Outcome(accepted: true)
            case (nil, let t?):
                return Outcome(accepted: false, message: "Trailing output: \(Self.show(t))", outputLine: teamLine, answerLine: judgeLine)
            case (let j?, nil):
                let why = output.isEmpty ? "; user output was empty" : team.tokens == 0 ? "; user output contained no tokens" : ""
                return Outcome(accepted: false, message: "User EOF while judge had more output\(why) (next judge token: \(Self.show(j)))",
                               outputLine: teamLine, answerLine: judgeLine)
            case let (j?, t?):
                if let problem = compare(team: t, judge: j) {
                    return Outcome(accepted: false, message: problem, outputLine: teamLine, answerLine: judgeLine)
                }
            }
        }
    }

    /// The same comparison with order not mattering: the output's lines (or all its tokens) as a
    /// multiset against the answer's. Lines are compared by their tokens; blank lines do not count.
    public func checkUnordered(output: Data, answer: Data, byLine: Bool) -> Outcome {
        func units(_ data: Data) -> [[[UInt8]]] {
            var scanner = Scanner(data)
            var lines: [[[UInt8]]] = [[]]
            while true {
                let space = scanner.whitespace()
                if space.contains(10), !(lines.last?.isEmpty ?? true) { lines.append([]) }
                guard let token = scanner.token() else { break }
                if byLine { lines[lines.count - 1].append(token) } else { lines.append([token]) }
            }
            return lines.filter { !$0.isEmpty }
        }
        var wanted = units(answer), got = units(output)
        guard wanted.count == got.count else {
            return Outcome(accepted: false, message: "expected \(wanted.count) \(byLine ? "lines" : "tokens"), got \(got.count)")
        }
        // Canonical order, then pairwise: exact for strings (after case folding), toleranced numbers
        // sort by value, so a multiset match is a sorted match.
        func key(_ unit: [[UInt8]]) -> [String] {
            unit.map { t in
                if absoluteTolerance != nil || relativeTolerance != nil, let v = Self.finiteNumber(t) { return String(format: "n%030.12f", v + 1e15) }
                return "s" + String(decoding: caseSensitive ? t : Self.lowered(t), as: UTF8.self)
            }
        }
        wanted.sort { key($0).lexicographicallyPrecedes(key($1)) }
        got.sort { key($0).lexicographicallyPrecedes(key($1)) }
        for (w, g) in zip(wanted, got) {
            guard w.count == g.count else {
                return Outcome(accepted: false, message: "no output line matches the answer line \(Self.show(Array(w.joined(separator: [32]))))")
            }
            for (a, b) in zip(w, g) {
                if let problem = compare(team: b, judge: a) { return Outcome(accepted: false, message: problem) }
            }
        }
        return Outcome(accepted: true)
    }

    /// nil when the tokens match.
    func compare(team: [UInt8], judge: [UInt8]) -> String? {
        if absoluteTolerance != nil || relativeTolerance != nil, let expected = Self.finiteNumber(judge) {
            guard let got = Self.finiteNumber(team) else {
                return "Expected float, got: \(Self.show(team))"
            }
            let difference = abs(got - expected)
            if let a = absoluteTolerance, difference <= a { return nil }
            if let r = relativeTolerance, difference <= r * abs(expected) { return nil }
            return "Too large difference. Judge: \(Self.show(judge)), User: \(Self.show(team)), Difference: \(difference)"
        }
        if caseSensitive ? team == judge : Self.lowered(team) == Self.lowered(judge) { return nil }
        return "String tokens mismatch. Judge: \(Self.show(judge)), User: \(Self.show(team))"
    }

    private func wrong(_ message: String, _ team: Scanner, _ judge: Scanner) -> Outcome {
        Outcome(accepted: false, message: message, outputLine: team.line, answerLine: judge.line)
    }

    static func lowered(_ bytes: [UInt8]) -> [UInt8] {
        bytes.map { $0 >= 65 && $0 <= 90 ? $0 + 32 : $0 }
    }

    /// A token that is a finite number the way C's strtod reads one (the whole token).
    static func finiteNumber(_ bytes: [UInt8]) -> Double? {
        guard !bytes.isEmpty, bytes.count < 512 else { return nil }
        let text = String(decoding: bytes, as: UTF8.self)
        // strtod accepts hex floats, inf and nan; the spec counts only finite values as floats.
        let lower = text.lowercased()
        if lower.contains("inf") || lower.contains("nan") { return nil }
        guard let value = text.withCString({ pointer -> Double? in
            var end: UnsafeMutablePointer<CChar>?
            let v = strtod(pointer, &end)
            guard let end, end.pointee == 0, end != UnsafeMutablePointer(mutating: pointer) else { return nil }
            return v
        }), value.isFinite else { return nil }
        return value
    }

    static func show(_ bytes: [UInt8]) -> String {
        let text = String(decoding: bytes.prefix(100), as: UTF8.self)
        return "\"" + text.replacingOccurrences(of: "\n", with: "\\n").replacingOccurrences(of: "\r", with: "\\r")
            .replacingOccurrences(of: "\t", with: "\\t") + (bytes.count > 100 ? "…" : "") + "\""
    }

    /// Reads tokens and the whitespace between them, counting lines.
    struct Scanner {
        let bytes: [UInt8]
        var index = 0
        var line = 1

        init(_ data: Data) { bytes = [UInt8](data) }

        static func isSpace(_ b: UInt8) -> Bool { b == 32 || (b >= 9 && b <= 13) }

        mutating func whitespace() -> [UInt8] {
            let start = index
            while index < bytes.count, Self.isSpace(bytes[index]) {
                if bytes[index] == 10 { line += 1 }
                index += 1
            }
            return Array(bytes[start..<index])
        }

        var tokens = 0

        mutating func token() -> [UInt8]? {
            let start = index
            while index < bytes.count, !Self.isSpace(bytes[index]) { index += 1 }
            guard index > start else { return nil }
            tokens += 1
            return Array(bytes[start..<index])
        }
    }
}
