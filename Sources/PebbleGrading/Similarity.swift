public import Foundation

/// Pairs of submissions whose code is suspiciously alike, found in the manner of MOSS (Schleimer,
/// Wilkerson and Aiken, "Winnowing: local algorithms for document fingerprinting", SIGMOD 2003):
/// each program becomes a token stream in which every name is the same token (renaming does
/// nothing) and layout and comments are gone (reformatting does nothing); hashes of every k
/// consecutive tokens are winnowed (the minimum of each window of w hashes is kept), and two
/// programs are compared by the fingerprints they share — a set, so reordering functions does
/// nothing either. Fingerprints of code every student was given (starter code, templates) are
/// removed first, and programs with too few tokens of their own are not compared.
public struct Similarity: Sendable {
    public struct Options: Sendable {
        /// Tokens per hashed k-gram, and hashes per winnowing window: any shared run of at least
        /// k + w - 1 tokens is sure to be found.
        public var k = 10
        public var window = 5
        /// Programs with fewer tokens of their own (outside the given code) are not compared.
        public var minimumTokens = 60
        /// A pair is flagged at or above this share of the smaller program's fingerprints.
        public var threshold = 0.6
        public init() {}
    }

    public struct Program: Sendable {
        public var id: String
        public var language: String
        public var source: String
    }

    /// A stretch of one program that matches a stretch of the other (1-based lines, inclusive).
    public struct Region: Sendable, Codable, Equatable {
        public var firstLines: ClosedRange<Int>
        public var secondLines: ClosedRange<Int>
        public var tokens: Int
    }

    public struct Pair: Sendable, Codable {
        public var first: String
        public var second: String
        /// Shared fingerprints over the smaller program's fingerprints, 0…1.
        public var score: Double
        public var regions: [Region]
    }

    public var options: Options
    public init(options: Options = Options()) { self.options = options }

    struct Token {
        var text: Substring
        var line: Int
    }

    struct Fingerprints {
        /// hash → the token index where its k-gram starts (the first occurrence)
        var positions: [UInt64: Int]
        var tokens: [Token]
        var ownTokens: Int
    }

    /// Every flagged pair among `programs` (only programs of the same language are compared),
    /// best first. `given` is the code every student was given, by language.
    public func flagged(_ programs: [Program], given: [String: [String]] = [:]) -> [Pair] {
        var prints: [(Program, Fingerprints)] = []
        for p in programs {
            let excluded = (given[p.language] ?? []).reduce(into: Set<UInt64>()) { set, code in
                set.formUnion(allHashes(Self.tokens(code, language: p.language)))
            }
            let f = fingerprints(Self.tokens(p.source, language: p.language), excluding: excluded)
            if f.ownTokens >= options.minimumTokens && !f.positions.isEmpty { prints.append((p, f)) }
        }
        var pairs: [Pair] = []
        for i in prints.indices {
            for j in prints.indices where j > i && prints[i].0.language == prints[j].0.language {
                let (a, fa) = prints[i], (b, fb) = prints[j]
                let shared = Set(fa.positions.keys).intersection(fb.positions.keys)
                let score = Double(shared.count) / Double(min(fa.positions.count, fb.positions.count))
                guard score >= options.threshold else { continue }
                pairs.append(Pair(first: a.id, second: b.id, score: (score * 1000).rounded() / 1000,
                                  regions: regions(shared, fa, fb)))
            }
        }
        return pairs.sorted { ($0.score, $1.first) > ($1.score, $0.first) }
    }

    // MARK: Tokens

    /// Words that keep their identity (everything else named is one token, `V`).
    static let keywords: Set<Substring> = [
        "if", "else", "elif", "for", "while", "do", "return", "break", "continue", "switch", "case", "default",
        "def", "class", "struct", "fn", "func", "function", "lambda", "let", "var", "const", "static", "public",
        "private", "protected", "void", "int", "long", "short", "char", "bool", "boolean", "double", "float",
        "unsigned", "signed", "auto", "new", "delete", "try", "catch", "except", "finally", "raise", "throw",
        "import", "from", "include", "using", "namespace", "in", "and", "or", "not", "is", "None", "null", "nil",
        "true", "false", "True", "False", "yield", "with", "as", "pass", "global", "end", "begin", "then",
        "unless", "until", "match", "loop", "mut", "impl", "self", "this", "string", "String", "vector", "map",
    ]

    /// A program as tokens: names are `V`, numbers `N`, strings `S`; comments and layout are gone.
    static func tokens(_ source: String, language: String) -> [Token] {
        let hashComments = ["python3", "pypy3", "ruby", "bash", "php"].contains(language)
        let s = Array(source.utf8)
        var out: [Token] = []
        var i = 0, line = 1
        func emit(_ text: Substring) { out.append(Token(text: text, line: line)) }
        while i < s.count {
            let c = s[i]
            if c == 10 { line += 1; i += 1; continue }
            if c == 32 || c == 9 || c == 13 { i += 1; continue }
            // Comments: // and /* */ everywhere but the #-languages' own; # in those.
            if (c == 35 && hashComments) || (c == 47 && i + 1 < s.count && s[i + 1] == 47 && !hashComments) {
                while i < s.count && s[i] != 10 { i += 1 }
                continue
            }
            if c == 47 && i + 1 < s.count && s[i + 1] == 42 {
                i += 2
                while i + 1 < s.count && !(s[i] == 42 && s[i + 1] == 47) {
                    if s[i] == 10 { line += 1 }
                    i += 1
                }
                i += 2
                continue
            }
            if c == 34 || c == 39 || c == 96 {
                let startLine = line
                i += 1
                while i < s.count && s[i] != c {
                    if s[i] == 92 { i += 1 }
                    if i < s.count && s[i] == 10 { line += 1 }
                    i += 1
                }
                i += 1
                out.append(Token(text: "S", line: startLine))
                continue
            }
            if (48...57).contains(c) {
                while i < s.count && (Self.isWord(s[i]) || s[i] == 46) { i += 1 }
                emit("N")
                continue
            }
            if Self.isWord(c) || c >= 128 {
                let start = i
                while i < s.count && (Self.isWord(s[i]) || s[i] >= 128) { i += 1 }
                let word = Substring(decoding: s[start..<i], as: UTF8.self)
                emit(Self.keywords.contains(word) ? word : "V")
                continue
            }
            emit(Substring(decoding: s[i...i], as: UTF8.self))
            i += 1
        }
        return out
    }

    static func isWord(_ c: UInt8) -> Bool { (65...90).contains(c) || (97...122).contains(c) || (48...57).contains(c) || c == 95 }

    // MARK: Fingerprints

    func kgramHashes(_ tokens: [Token]) -> [UInt64] {
        guard tokens.count >= options.k else { return [] }
        let each = tokens.map { t -> UInt64 in
            var h: UInt64 = 0xcbf2_9ce4_8422_2325
            for b in t.text.utf8 { h = (h ^ UInt64(b)) &* 0x100_0000_01b3 }
            return h
        }
        return (0...(tokens.count - options.k)).map { start in
            var h: UInt64 = 1469598103934665603
            for x in each[start..<(start + options.k)] { h = (h ^ x) &* 1099511628211 &+ 0x9e37_79b9 }
            return h
        }
    }

    func allHashes(_ tokens: [Token]) -> Set<UInt64> { Set(kgramHashes(tokens)) }

    /// Winnowing: the rightmost minimum of each window of `window` k-gram hashes, minus `excluded`.
    func fingerprints(_ tokens: [Token], excluding excluded: Set<UInt64>) -> Fingerprints {
        let hashes = kgramHashes(tokens)
        let own = hashes.enumerated().filter { !excluded.contains($0.element) }
        // Tokens of the program's own: those not covered by a k-gram of the given code.
        var given = [Bool](repeating: false, count: tokens.count)
        for (i, h) in hashes.enumerated() where excluded.contains(h) {
            for t in i..<min(tokens.count, i + options.k) { given[t] = true }
        }
        var positions: [UInt64: Int] = [:]
        if own.count <= options.window {
            if let m = own.min(by: { $0.element < $1.element }) { positions[m.element] = m.offset }
        } else {
            for w in 0...(own.count - options.window) {
                var best = own[w]
                for e in own[w..<(w + options.window)] where e.element <= best.element { best = e }
                if positions[best.element] == nil { positions[best.element] = best.offset }
            }
        }
        return Fingerprints(positions: positions, tokens: tokens, ownTokens: given.filter { !$0 }.count)
    }

    /// Shared fingerprints as line ranges in both programs: matches close together in both are one region.
    func regions(_ shared: Set<UInt64>, _ a: Fingerprints, _ b: Fingerprints) -> [Region] {
        let matches = shared.compactMap { h -> (Int, Int)? in
            guard let i = a.positions[h], let j = b.positions[h] else { return nil }
            return (i, j)
        }.sorted { $0.0 < $1.0 }
        var runs: [(a: ClosedRange<Int>, b: ClosedRange<Int>, count: Int)] = []
        let k = options.k
        for (i, j) in matches {
            if var last = runs.last, i <= last.a.upperBound + k, abs(j - last.b.upperBound) <= 2 * k {
                last.a = last.a.lowerBound...max(last.a.upperBound, i + k - 1)
                last.b = min(last.b.lowerBound, j)...max(last.b.upperBound, j + k - 1)
                last.count += 1
                runs[runs.count - 1] = last
            } else {
                runs.append((i...(i + k - 1), j...(j + k - 1), 1))
            }
        }
        func lines(_ f: Fingerprints, _ r: ClosedRange<Int>) -> ClosedRange<Int> {
            let lo = f.tokens[min(r.lowerBound, f.tokens.count - 1)].line
            let hi = f.tokens[min(r.upperBound, f.tokens.count - 1)].line
            return lo...max(lo, hi)
        }
        return runs.sorted { $0.a.count > $1.a.count }.prefix(6)
            .map { Region(firstLines: lines(a, $0.a), secondLines: lines(b, $0.b), tokens: $0.a.count) }
            .sorted { $0.firstLines.lowerBound < $1.firstLines.lowerBound }
    }
}
