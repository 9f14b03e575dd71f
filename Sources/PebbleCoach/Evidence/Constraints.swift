import Foundation

/// What a problem statement's `## Constraints` section says about sizes and values: enough to tell
/// a learner which running time the limits demand and which edge cases exist.
public struct Constraints: Sendable, Equatable {
    /// The largest bound on a size (n, q, the length of a list or string), if any.
    public var maxSize: Double?
    /// The smallest size allowed (0: the input may be empty; 1: it may be a single element).
    public var minSize: Double?
    /// The largest absolute bound on a value.
    public var maxValue: Double?
    public var negativesAllowed: Bool

    public init(maxSize: Double? = nil, minSize: Double? = nil, maxValue: Double? = nil, negativesAllowed: Bool = false) {
        self.maxSize = maxSize
        self.minSize = minSize
        self.maxValue = maxValue
        self.negativesAllowed = negativesAllowed
    }

    /// Reads the `## Constraints` section of a Markdown statement (or the whole text when there is
    /// none): bounds like `1 ≤ n ≤ 2·10⁵`, `0 ≤ A ≤ 30 000`, `−10⁹ ≤ a_i ≤ 10⁹`.
    public init(statement: String) {
        self.init()
        let section = Constraints.section(statement)
        for raw in section.split(separator: "\n") {
            var line = Constraints.normalise(String(raw)).trimmingCharacters(in: .whitespaces)
            if line.hasPrefix("- ") || line.hasPrefix("+ ") { line.removeFirst(2) } // a Markdown bullet
            if let r = line.range(of: "at most ") {
                // "The product … is at most 10^15": a bound on a value, or on a size when it says so.
                if let v = Constraints.numbers(in: String(line[r.upperBound...])).first {
                    if Constraints.mentionsSize(line) && v <= 1e8 { maxSize = max(maxSize ?? 0, v) } else { maxValue = max(maxValue ?? 0, abs(v)) }
                }
            }
            let parts = line.components(separatedBy: "<=")
            guard parts.count >= 2 else { continue }
            // The lower bound is the last number before the first `<=`; each upper bound the first after.
            let bounds = parts.enumerated().map { i, p in i == 0 ? Constraints.numbers(in: p).last : Constraints.numbers(in: p).first }
            let isSize = Constraints.mentionsSize(line)
            if let low = bounds.first ?? nil, low < 0 { negativesAllowed = true }
            for i in parts.indices.dropFirst() {
                guard let upper = bounds[i] else { continue }
                // The variable this bound closes: the text just before it.
                let variable = parts[i - 1].trimmingCharacters(in: .whitespaces)
                let sizeLike = isSize || Constraints.isSizeVariable(variable)
                if sizeLike && upper <= 1e8 {
                    maxSize = max(maxSize ?? 0, upper)
                    // `low <= n <= high`: the lower bound sits two parts back.
                    if i >= 2, let low = bounds[i - 2] { minSize = min(minSize ?? low, low) }
                } else if !sizeLike {
                    maxValue = max(maxValue ?? 0, abs(upper))
                }
            }
        }
    }

    /// The running time the limits allow, as a learner reads it, or nil when sizes are small.
    public var demandedComplexity: String? {
        guard let n = maxSize else { return nil }
        switch n {
        case ..<25: return nil
        case ..<600: return "O(n³)"
        case ..<6000: return "O(n²)"
        case ..<2_000_001: return "O(n log n)"
        default: return "O(n)"
        }
    }

    /// The largest nesting of loops over n that fits in about a second (~10⁸ simple steps).
    public var allowedNesting: Int? {
        guard let n = maxSize, n >= 25 else { return nil }
        var k = 1
        while pow(n, Double(k + 1)) <= 2e8 { k += 1 }
        return k
    }

    /// `2·10⁵` written as a learner reads it.
    public static func pretty(_ x: Double) -> String {
        if x < 10_000 { return String(Int(x)) }
        let e = Int(log10(x).rounded(.down))
        let m = x / pow(10, Double(e))
        let mantissa = abs(m - m.rounded()) < 1e-9 ? String(Int(m.rounded())) : String(format: "%.1f", m)
        return (mantissa == "1" ? "" : mantissa + "·") + "10^\(e)"
    }

    static func section(_ statement: String) -> String {
        guard let r = statement.range(of: "## Constraints") else { return statement }
        let rest = statement[r.upperBound...]
        if let end = rest.range(of: "\n#") { return String(rest[..<end.lowerBound]) }
        return String(rest)
    }

    /// ≤ → <=, superscript exponents → ^n, minus signs → -, thin spaces and emphasis removed.
    static func normalise(_ s: String) -> String {
        let sup: [Character: Character] = ["⁰": "0", "¹": "1", "²": "2", "³": "3", "⁴": "4", "⁵": "5", "⁶": "6", "⁷": "7", "⁸": "8", "⁹": "9"]
        var out = ""
        var inSup = false
        for ch in s {
            if let d = sup[ch] {
                if !inSup { out += "^"; inSup = true }
                out.append(d)
                continue
            }
            inSup = false
            switch ch {
            case "≤", "⩽": out += "<="
            case "−", "–": out += "-"
            case "·", "×", "⋅": out += "*"
            case "*", "`": out += " " // emphasis and code marks
            case "\u{2009}", "\u{202F}", "\u{00A0}": out += " "
            default: out.append(ch)
            }
        }
        return out.replacingOccurrences(of: "< =", with: "<=")
    }

    /// The numbers a part of a bound states, in order: `2*10^5`, `10^9`, `30 000`, `-10^9`, `100`.
    static func numbers(in part: String) -> [Double] {
        let power = /(-?)\s*(?:(\d+(?:\.\d+)?)\s*\*\s*)?10\s*\^\s*(\d+)/
        let plain = /(-?)(\d(?:\d| (?=\d{3}(?!\d)))*(?:\.\d+)?)/
        var out: [Double] = []
        var rest = part[...]
        while !rest.isEmpty {
            let p = try? power.firstMatch(in: rest), q = try? plain.firstMatch(in: rest)
            // Whichever starts first; at the same place the power form (it is the longer read).
            if let p, q == nil || p.range.lowerBound <= q!.range.lowerBound {
                var v = pow(10, Double(p.3) ?? 0) * (p.2.flatMap { Double($0) } ?? 1)
                if !p.1.isEmpty { v = -v }
                out.append(v)
                rest = rest[p.range.upperBound...]
            } else if let q {
                var v = Double(q.2.replacingOccurrences(of: " ", with: "")) ?? 0
                if !q.1.isEmpty { v = -v }
                out.append(v)
                rest = rest[q.range.upperBound...]
            } else {
                break
            }
        }
        return out
    }

    static func isSizeVariable(_ text: String) -> Bool {
        let words = SourceCode.words(text)
        guard let last = words.last else { return false }
        return ["n", "m", "q", "k", "t", "N", "M", "Q", "K", "len", "length", "size", "count", "rows", "cols", "h", "w"].contains(last)
            && !text.contains("[") && !text.contains("_")
    }

    static func mentionsSize(_ line: String) -> Bool {
        let l = line.lowercased()
        return l.contains("length of") || l.contains("number of") || l.contains("size of") || l.contains("|")
    }
}
