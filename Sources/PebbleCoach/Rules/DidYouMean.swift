/// "Did you mean …?" for a name the compiler or runtime did not know: the closest identifier of
/// the learner's own code or of the language's common built-ins (Damerau–Levenshtein distance).
enum DidYouMean {
    static let builtins: [String: [String]] = [
        "python": ["print", "input", "range", "len", "int", "str", "float", "list", "dict", "set", "tuple", "sorted", "sum", "max", "min",
                   "abs", "enumerate", "zip", "map", "filter", "append", "split", "strip", "join", "True", "False", "None", "return"],
        "c": ["printf", "scanf", "int", "long", "char", "double", "return", "main", "malloc", "free", "strlen", "include", "stdio"],
        "java": ["System", "String", "Integer", "Long", "Math", "Scanner", "ArrayList", "HashMap", "length", "size", "println", "return"],
        "javascript": ["console", "log", "length", "push", "pop", "Math", "parseInt", "Number", "String", "require", "return", "const", "let"],
    ]

    /// Words that are never a variable's intended name.
    static let keywords: Set<String> = ["int", "for", "if", "in", "do", "or", "and", "not", "def", "let", "var", "new", "try", "char", "long",
                                        "void", "else", "elif", "while", "return", "const", "class", "public", "static", "import", "from",
                                        "true", "false", "True", "False", "None", "null", "auto", "bool", "double", "float", "struct", "include"]

    static let synonyms: [String: String] = [
        "push": "append", "add": "append", "length": "len", "size": "len", "lenght": "len", "contains": "in",
        "toUpperCase": "upper", "toLowerCase": "lower", "trim": "strip", "indexOf": "index", "substring": "slicing",
    ]

    static func closest(to name: String, in code: SourceCode) -> String? {
        let family = code.family == .python ? "python" : (["c", "cpp", "cpp20"].contains(code.language) ? "c" : (code.language == "java" ? "java" : "javascript"))
        let candidates = code.identifiers.filter { $0 != name && !keywords.contains($0) } + (builtins[family] ?? []).filter { !keywords.contains($0) }
        var best: (String, Int)?
        for c in candidates where abs(c.count - name.count) <= 2 {
            let d = c.lowercased() == name.lowercased() ? 0 : distance(name, c)
            let limit = name.count <= 3 ? 1 : 2
            if d <= limit, best == nil || d < best!.1 { best = (c, d) }
        }
        return best?.0
    }

    static func attribute(_ name: String, type: String?) -> String? {
        synonyms[name]
    }

    /// Optimal string alignment distance: insertions, deletions, substitutions, transpositions.
    static func distance(_ a: String, _ b: String) -> Int {
        let x = Array(a), y = Array(b)
        if x.isEmpty { return y.count }
        if y.isEmpty { return x.count }
        var d = [[Int]](repeating: [Int](repeating: 0, count: y.count + 1), count: x.count + 1)
        for i in 0...x.count { d[i][0] = i }
        for j in 0...y.count { d[0][j] = j }
        for i in 1...x.count {
            for j in 1...y.count {
                let cost = x[i - 1] == y[j - 1] ? 0 : 1
                d[i][j] = min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost)
                if i > 1, j > 1, x[i - 1] == y[j - 2], x[i - 2] == y[j - 1] { d[i][j] = min(d[i][j], d[i - 2][j - 2] + 1) }
            }
        }
        return d[x.count][y.count]
    }
}
