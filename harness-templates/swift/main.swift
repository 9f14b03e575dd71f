// PebbleCode's function-mode driver for Swift (docs/function-mode.md), rendered for one signature.
// It calls the learner's method once per case with the case's arguments and writes one JSON line
// per case to the results file. Expected values never enter the box. No Foundation: it starts fast.
import Glibc

public class ListNode {
    public var val: Int
    public var next: ListNode?
    public init() { self.val = 0; self.next = nil }
    public init(_ val: Int) { self.val = val; self.next = nil }
    public init(_ val: Int, _ next: ListNode?) { self.val = val; self.next = next }
}

public class TreeNode {
    public var val: Int
    public var left: TreeNode?
    public var right: TreeNode?
    public init() { self.val = 0; self.left = nil; self.right = nil }
    public init(_ val: Int) { self.val = val; self.left = nil; self.right = nil }
    public init(_ val: Int, _ left: TreeNode?, _ right: TreeNode?) { self.val = val; self.left = left; self.right = right }
}

enum PbJSON {
    case null, bool(Bool), int(Int), double(Double), string(String), array([PbJSON])

    var items: [PbJSON] { if case let .array(a) = self { return a }; return [] }
}

struct PbReader {
    let bytes: [UInt8]
    var p = 0

    mutating func space() { while p < bytes.count, [32, 9, 10, 13].contains(bytes[p]) { p += 1 } }

    mutating func value() -> PbJSON {
        space()
        guard p < bytes.count else { return .null }
        switch bytes[p] {
        case UInt8(ascii: "["):
            p += 1
            var out: [PbJSON] = []
            space()
            if bytes[p] == UInt8(ascii: "]") { p += 1; return .array(out) }
            while true {
                out.append(value())
                space()
                let c = bytes[p]
                p += 1
                if c != UInt8(ascii: ",") { return .array(out) }
            }
        case UInt8(ascii: "{"):  // {"args": [...]}: the one object the cases use
            p += 1
            var args = PbJSON.null
            while true {
                space()
                if bytes[p] == UInt8(ascii: "}") { p += 1; return args }
                let key = value()
                space()
                p += 1  // ':'
                let v = value()
                if case .string("args") = key { args = v }
                space()
                if bytes[p] == UInt8(ascii: ",") { p += 1 }
            }
        case UInt8(ascii: "\""):
            p += 1
            var out: [UInt8] = []
            while bytes[p] != UInt8(ascii: "\"") {
                if bytes[p] != UInt8(ascii: "\\") { out.append(bytes[p]); p += 1; continue }
                let e = bytes[p + 1]
                p += 2
                switch e {
                case UInt8(ascii: "n"): out.append(10)
                case UInt8(ascii: "t"): out.append(9)
                case UInt8(ascii: "r"): out.append(13)
                case UInt8(ascii: "b"): out.append(8)
                case UInt8(ascii: "f"): out.append(12)
                case UInt8(ascii: "u"):
                    let code = UInt32(String(decoding: bytes[p..<p + 4], as: UTF8.self), radix: 16) ?? 63
                    p += 4
                    out.append(contentsOf: Array(String(Character(Unicode.Scalar(code) ?? "?")).utf8))
                default: out.append(e)
                }
            }
            p += 1
            return .string(String(decoding: out, as: UTF8.self))
        case UInt8(ascii: "n"): p += 4; return .null
        case UInt8(ascii: "t"): p += 4; return .bool(true)
        case UInt8(ascii: "f"): p += 5; return .bool(false)
        default:
            let start = p
            while p < bytes.count, "+-.eE0123456789".utf8.contains(bytes[p]) { p += 1 }
            let text = String(decoding: bytes[start..<p], as: UTF8.self)
            if let i = Int(text) { return .int(i) }
            return .double(Double(text) ?? 0)
        }
    }
}

func pbQuote(_ s: String) -> String {
    var out = "\""
    for u in s.unicodeScalars {
        switch u {
        case "\"": out += "\\\""
        case "\\": out += "\\\\"
        case "\n": out += "\\n"
        default:
            if u.value < 0x20 {
                let hex = String(u.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            } else {
                out.unicodeScalars.append(u)
            }
        }
    }
    return out + "\""
}

protocol PbValue {
    static func pbFrom(_ j: PbJSON) -> Self
    func pbJSON() -> String
}

extension Int: PbValue {
    static func pbFrom(_ j: PbJSON) -> Int { if case let .int(i) = j { return i }; if case let .double(d) = j { return Int(d) }; return 0 }
    func pbJSON() -> String { String(self) }
}
extension Double: PbValue {
    static func pbFrom(_ j: PbJSON) -> Double { if case let .int(i) = j { return Double(i) }; if case let .double(d) = j { return d }; return 0 }
    func pbJSON() -> String { isFinite ? "\(self)" : "null" }
}
extension Bool: PbValue {
    static func pbFrom(_ j: PbJSON) -> Bool { if case let .bool(b) = j { return b }; return false }
    func pbJSON() -> String { self ? "true" : "false" }
}
extension String: PbValue {
    static func pbFrom(_ j: PbJSON) -> String { if case let .string(s) = j { return s }; return "" }
    func pbJSON() -> String { pbQuote(self) }
}
extension Character: PbValue {
    static func pbFrom(_ j: PbJSON) -> Character { String.pbFrom(j).first ?? "\0" }
    func pbJSON() -> String { self == "\0" ? "\"\"" : pbQuote(String(self)) }
}
extension Array: PbValue where Element: PbValue {
    static func pbFrom(_ j: PbJSON) -> [Element] { j.items.map(Element.pbFrom) }
    func pbJSON() -> String { "[" + map { $0.pbJSON() }.joined(separator: ",") + "]" }
}

protocol PbNode: AnyObject {
    static func pbNode(_ j: PbJSON) -> Self?
    static func pbJSON(_ node: Self?) -> String
}
extension Optional: PbValue where Wrapped: PbNode {
    static func pbFrom(_ j: PbJSON) -> Wrapped? { Wrapped.pbNode(j) }
    func pbJSON() -> String { Wrapped.pbJSON(self) }
}

extension ListNode: PbNode {
    static func pbNode(_ j: PbJSON) -> Self? {
        var head: ListNode?
        for v in j.items.reversed() { head = ListNode(Int.pbFrom(v), head) }
        return head as? Self
    }
    static func pbJSON(_ node: ListNode?) -> String {
        var out: [String] = []
        var n = node
        while let current = n {
            out.append(String(current.val))
            if out.count > 1_000_000 { fatalError("the returned list has a cycle") }
            n = current.next
        }
        return "[" + out.joined(separator: ",") + "]"
    }
}

extension TreeNode: PbNode {
    static func pbNode(_ j: PbJSON) -> Self? {
        let values = j.items
        guard let first = values.first, case .int = first else { return nil }
        let nodes: [TreeNode?] = values.map { if case let .int(v) = $0 { return TreeNode(v) }; return nil }
        var k = 1
        for case let n? in nodes {
            n.left = k < nodes.count ? nodes[k] : nil
            n.right = k + 1 < nodes.count ? nodes[k + 1] : nil
            k += 2
        }
        return nodes[0] as? Self
    }
    static func pbJSON(_ root: TreeNode?) -> String {
        var out: [String] = []
        var queue: [TreeNode?] = [root]
        var i = 0
        while i < queue.count {
            if queue.count > 2_000_000 { fatalError("the returned tree is too large or has a cycle") }
            let n = queue[i]
            i += 1
            guard let n else { out.append("null"); continue }
            out.append(String(n.val))
            queue.append(n.left)
            queue.append(n.right)
        }
        while out.last == "null" { out.removeLast() }
        return "[" + out.joined(separator: ",") + "]"
    }
}

func pbRead(_ path: String) -> [UInt8] {
    guard let f = fopen(path, "rb") else { return [] }
    defer { fclose(f) }
    var out: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 1 << 16)
    while true {
        let n = fread(&chunk, 1, chunk.count, f)
        if n <= 0 { break }
        out.append(contentsOf: chunk[0..<n])
    }
    return out
}

func pbCase(_ args: [PbJSON]) -> String {
{{swift_call}}
}

let pbResults = fopen(".pebble-results", "w")!
var pbReaderState = PbReader(bytes: pbRead("cases.json"))
remove("cases.json")
for (index, c) in pbReaderState.value().items.enumerated() {
    let start = clock()
    let result = pbCase(c.items)
    let ms = Double(clock() - start) * 1000 / Double(CLOCKS_PER_SEC)
    fputs("{\"case\":\(index),\"result\":\(result),\"ms\":\(ms)}\n", pbResults)
    fflush(pbResults)
}
fclose(pbResults)
