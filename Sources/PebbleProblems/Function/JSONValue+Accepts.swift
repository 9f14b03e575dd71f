public import PebbleJSON

extension JSONValue {
    /// Whether `got` is the value `self` expects for `type`: doubles within `tolerance` (absolute
    /// or relative), integers exactly, bools as bools, lists element by element.
    public func accepts(_ got: JSONValue, as type: ValueType, tolerance: Double?) -> Bool {
        switch (type, self, got) {
        case (.double, _, _):
            guard let e = self.number, let g = got.number else { return false }
            let eps = tolerance ?? 1e-9
            return abs(e - g) <= eps || abs(e - g) <= eps * abs(e)
        case let (.array(inner), .array(es), .array(gs)):
            return es.count == gs.count && zip(es, gs).allSatisfy { $0.accepts($1, as: inner, tolerance: tolerance) }
        case (.listNode, .array(let es), .array(let gs)), (.treeNode, .array(let es), .array(let gs)):
            return es == gs
        case (.int, .int(let e), .int(let g)), (.long, .int(let e), .int(let g)):
            return e == g
        default:
            return self == got
        }
    }
}
