public import Foundation
import Yams

/// A strict check, for tests, that what a running service answers conforms to its OpenAPI 3.0/3.1
/// document: the path and method are documented, the status has a response, the Content-Type is one
/// the response lists, and a JSON body fits the schema (a JSON Schema subset: `$ref`, `type`, 3.0's
/// `nullable`, 3.1's type arrays, `enum`, `const`, `required`, `properties`, `patternProperties`,
/// `additionalProperties`, `items`, `prefixItems`, item, length, property and number bounds,
/// `multipleOf`, `uniqueItems`, `pattern`, the formats `date-time`, `date` and `uuid`, `allOf`,
/// `anyOf`, `oneOf` and `not`). Each problem is one line: "METHOD /path STATUS: $.pointer: what".
///
/// Integers and doubles are kept apart as JSONSerialization parsed them: `1.5`, `1.0` and `1e2` are
/// numbers, not integers; `true` is a boolean, never the number 1.
public struct OpenAPIDocument: Sendable {
    private let root: OpenAPIValue
    private let templates: [OpenAPIPathTemplate]

    /// Reads and parses the document at `yamlFile` (YAML or JSON).
    public init(yamlFile: String) throws {
        let text: String
        do {
            text = try String(contentsOfFile: yamlFile, encoding: .utf8)
        } catch {
            throw OpenAPIDocumentError("cannot read \(yamlFile): \(error)")
        }
        try self.init(yaml: text)
    }

    /// Parses a document given as YAML (or JSON) text. It throws when the text is not YAML, is not
    /// an OpenAPI 3 document, or has a `$ref` that does not resolve inside it.
    public init(yaml: String) throws {
        let node: Node?
        do {
            node = try Yams.compose(yaml: yaml)
        } catch {
            throw OpenAPIDocumentError("not YAML: \(error)")
        }
        guard let node else { throw OpenAPIDocumentError("the document is empty") }
        let root = try OpenAPIValue(yaml: node)
        guard let top = root.object else { throw OpenAPIDocumentError("the document is not a mapping") }
        guard let version = top["openapi"]?.string, version.hasPrefix("3.") else {
            throw OpenAPIDocumentError("not an OpenAPI 3 document (no `openapi: 3.x`)")
        }
        var templates: [OpenAPIPathTemplate] = []
        for (template, item) in top["paths"]?.object?.pairs ?? [] {
            guard template.hasPrefix("/") else { throw OpenAPIDocumentError("path \(template) does not start with /") }
            templates.append(OpenAPIPathTemplate(template: template, item: item))
        }
        var refs: [String] = []
        root.collectRefs(into: &refs)
        for ref in Set(refs).sorted() {
            guard ref.hasPrefix("#") else { throw OpenAPIDocumentError("$ref \(ref) is not local (only #/... refs are supported)") }
            guard root.resolve(pointer: ref) != nil else { throw OpenAPIDocumentError("$ref \(ref) does not resolve") }
        }
        self.root = root
        self.templates = templates
    }

    /// Every operation the document lists, methods upper-cased, paths as templated in the document,
    /// in document order.
    public var operations: [(method: String, path: String)] {
        var result: [(method: String, path: String)] = []
        for template in templates {
            guard let item = root.follow(template.item)?.object else { continue }
            for method in OpenAPIPathTemplate.methods where item[method] != nil {
                result.append((method: method.uppercased(), path: template.template))
            }
        }
        return result
    }

    /// Validates one response of the real service. `path` is the concrete request path (e.g.
    /// "/v1/learners/u1/struggle"), matched against the document's templated paths
    /// ("/v1/learners/{id}/struggle"); query strings ignored. Empty = valid; else human-readable
    /// problems with JSON pointers, e.g.
    /// "POST /v1/coach 200: $.evidence.errorLine: expected integer or null, got string".
    public func validateResponse(method: String, path: String, status: Int, contentType: String?, body: Data) -> [String] {
        let method = method.uppercased()
        let path = OpenAPIPathTemplate.clean(path)
        let prefix = "\(method) \(path) \(status)"
        let operation: OpenAPIObject
        switch findOperation(method: method, path: path) {
        case .failure(let problem): return ["\(prefix): \(problem.message)"]
        case .success(let found): operation = found
        }
        guard let responses = root.follow(operation["responses"])?.object, !responses.keys.isEmpty else {
            return ["\(prefix): the operation documents no responses"]
        }
        let exact = String(status)
        let range = "\(status / 100)XX"
        guard let key = responses.keys.first(where: { $0 == exact })
            ?? responses.keys.first(where: { $0.uppercased() == range })
            ?? responses.keys.first(where: { $0 == "default" })
        else {
            return ["\(prefix): status \(status) is not documented (documented: \(responses.keys.joined(separator: ", ")))"]
        }
        guard let response = root.follow(responses[key])?.object else {
            return ["\(prefix): response \(key) is not an object, or its $ref does not resolve"]
        }
        guard let content = root.follow(response["content"])?.object, !content.keys.isEmpty else {
            if body.isEmpty { return [] }
            return ["\(prefix): response \(key) documents no body, but the body has \(body.count) bytes"]
        }
        let documented = content.keys.joined(separator: ", ")
        guard let contentType, !OpenAPIMedia.essence(contentType).isEmpty else {
            return ["\(prefix): no Content-Type, but response \(key) documents a body (\(documented))"]
        }
        let essence = OpenAPIMedia.essence(contentType)
        guard let mediaKey = OpenAPIMedia.match(essence, in: content.keys) else {
            return ["\(prefix): Content-Type \(contentType) is not documented for response \(key) (documented: \(documented))"]
        }
        guard OpenAPIMedia.isJSON(essence) else { return [] }  // text/event-stream, text/plain, ...: the type only
        let media = root.follow(content[mediaKey])?.object
        return validateJSON(body, schema: media?["schema"], prefix: prefix)
    }

    /// Validates a request body against the operation's `requestBody` (its JSON media type's schema).
    /// Problems read "METHOD /path request: $.pointer: what".
    public func validateRequestBody(method: String, path: String, body: Data) -> [String] {
        let method = method.uppercased()
        let path = OpenAPIPathTemplate.clean(path)
        let prefix = "\(method) \(path) request"
        let operation: OpenAPIObject
        switch findOperation(method: method, path: path) {
        case .failure(let problem): return ["\(prefix): \(problem.message)"]
        case .success(let found): operation = found
        }
        guard operation["requestBody"] != nil else {
            if body.isEmpty { return [] }
            return ["\(prefix): the operation documents no request body, but the body has \(body.count) bytes"]
        }
        guard let requestBody = root.follow(operation["requestBody"])?.object else {
            return ["\(prefix): requestBody is not an object, or its $ref does not resolve"]
        }
        if body.isEmpty {
            return requestBody["required"]?.bool == true ? ["\(prefix): the request body is required, but it is empty"] : []
        }
        let content = root.follow(requestBody["content"])?.object
        guard let content, let mediaKey = content.keys.first(where: { OpenAPIMedia.isJSON(OpenAPIMedia.essence($0)) }) else {
            return []  // no JSON media type: nothing to check the bytes against
        }
        let media = root.follow(content[mediaKey])?.object
        return validateJSON(body, schema: media?["schema"], prefix: prefix)
    }

    private func validateJSON(_ body: Data, schema: OpenAPIValue?, prefix: String) -> [String] {
        let value: OpenAPIValue
        do {
            value = try OpenAPIValue(json: body)
        } catch {
            let head = String(decoding: body.prefix(60), as: UTF8.self)
            return ["\(prefix): the body is not valid JSON (\(body.count) bytes: \(OpenAPIValue.string(head).rendered))"]
        }
        guard let schema else { return [] }
        let validator = OpenAPISchemaValidator(root: root)
        return validator.check(value, schema, "$").map { "\(prefix): \($0.pointer): \($0.message)" }
    }

    private func findOperation(method: String, path: String) -> Result<OpenAPIObject, OpenAPIDocumentError> {
        let matches = templates.filter { $0.matches(path) }
        guard let best = matches.max(by: { $0.literalSegments < $1.literalSegments }) else {
            return .failure(OpenAPIDocumentError("no path in the document matches \(path)"))
        }
        guard let item = root.follow(best.item)?.object else {
            return .failure(OpenAPIDocumentError("path item \(best.template) is not an object"))
        }
        guard let operation = root.follow(item[method.lowercased()])?.object else {
            let documented = OpenAPIPathTemplate.methods.filter { item[$0] != nil }.map { $0.uppercased() }
            return .failure(OpenAPIDocumentError(
                "\(best.template) has no \(method) operation (documented: \(documented.joined(separator: ", ")))"))
        }
        return .success(operation)
    }
}

/// Why a document could not be read.
public struct OpenAPIDocumentError: Error, CustomStringConvertible, Sendable {
    public let message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}

// MARK: - Values

/// A JSON-like value that keeps integers, doubles and booleans apart.
fileprivate indirect enum OpenAPIValue: Sendable {
    case null
    case bool(Bool)
    case int(Int)
    case double(Double)
    case string(String)
    case array([OpenAPIValue])
    case object(OpenAPIObject)

    var object: OpenAPIObject? { if case .object(let o) = self { return o }; return nil }
    var array: [OpenAPIValue]? { if case .array(let a) = self { return a }; return nil }
    var string: String? { if case .string(let s) = self { return s }; return nil }
    var bool: Bool? { if case .bool(let b) = self { return b }; return nil }
    var number: Double? {
        switch self {
        case .int(let i): return Double(i)
        case .double(let d): return d
        default: return nil
        }
    }

    /// The JSON Schema type name of this value.
    var typeName: String {
        switch self {
        case .null: return "null"
        case .bool: return "boolean"
        case .int: return "integer"
        case .double: return "number"
        case .string: return "string"
        case .array: return "array"
        case .object: return "object"
        }
    }

    // YAML: tags as Yams resolved them (a quoted "1" stays a string; keys are always strings).
    init(yaml node: Node) throws {
        switch node {
        case .scalar(let scalar):
            switch Tag.Name(rawValue: node.tag.rawValue) {
            case .null: self = .null
            case .bool: self = node.bool.map(OpenAPIValue.bool) ?? .string(scalar.string)
            case .int:
                if let i = node.int { self = .int(i) } else if let d = node.float { self = .double(d) } else { self = .string(scalar.string) }
            case .float: self = node.float.map(OpenAPIValue.double) ?? .string(scalar.string)
            default: self = .string(scalar.string)
            }
        case .mapping(let mapping):
            var object = OpenAPIObject()
            for (key, value) in mapping {
                guard let key = key.scalar?.string else {
                    throw OpenAPIDocumentError("a mapping key is not a scalar (line \(key.mark?.line ?? 0))")
                }
                object.set(key, try OpenAPIValue(yaml: value))
            }
            self = .object(object)
        case .sequence(let sequence):
            self = .array(try sequence.map { try OpenAPIValue(yaml: $0) })
        case .alias:
            throw OpenAPIDocumentError("unresolved YAML alias (line \(node.mark?.line ?? 0))")
        }
    }

    // JSON: JSONSerialization gives NSNumber for numbers and booleans alike; the NSNumber's own type
    // tells them apart (booleans are CFBoolean, "c"; doubles "d"; integers "i", "q", "Q").
    init(json data: Data) throws {
        self = try OpenAPIValue(foundation: JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed]))
    }

    private init(foundation any: Any) throws {
        if any is NSNull { self = .null; return }
        if let number = any as? NSNumber, !(any is String) {
            self = OpenAPIValue(number: number)
            return
        }
        if let string = any as? String { self = .string(string); return }
        if let array = any as? [Any] { self = .array(try array.map { try OpenAPIValue(foundation: $0) }); return }
        if let dictionary = any as? [String: Any] {
            var object = OpenAPIObject()
            for key in dictionary.keys.sorted() { object.set(key, try OpenAPIValue(foundation: dictionary[key]!)) }
            self = .object(object)
            return
        }
        throw OpenAPIDocumentError("unexpected JSON value of type \(type(of: any))")
    }

    private init(number: NSNumber) {
        if OpenAPIValue.isBoolean(number) { self = .bool(number.boolValue); return }
        switch String(cString: number.objCType) {
        case "d", "f":
            self = .double(number.doubleValue)
        case "Q", "L", "I", "S", "C":
            let u = number.uint64Value
            self = u <= UInt64(Int.max) ? .int(Int(u)) : .double(number.doubleValue)
        default:
            self = .int(number.intValue)
        }
    }

    private static func isBoolean(_ number: NSNumber) -> Bool {
        #if canImport(Darwin)
        if CFGetTypeID(number) == CFBooleanGetTypeID() { return true }
        #endif
        let kind = String(cString: number.objCType)
        return kind == "c" || kind == "B" || type(of: number) == type(of: NSNumber(value: true))
    }

    /// JSON Schema equality: numbers by value (1 == 1.0), booleans never equal to numbers.
    func equals(_ other: OpenAPIValue) -> Bool {
        switch (self, other) {
        case (.null, .null): return true
        case let (.bool(a), .bool(b)): return a == b
        case let (.string(a), .string(b)): return a == b
        case let (.int(a), .int(b)): return a == b
        case (.int, .double), (.double, .int), (.double, .double): return number == other.number
        case let (.array(a), .array(b)): return a.count == b.count && zip(a, b).allSatisfy { $0.equals($1) }
        case let (.object(a), .object(b)):
            return Set(a.keys) == Set(b.keys) && a.keys.allSatisfy { a[$0]!.equals(b[$0]!) }
        default: return false
        }
    }

    /// A short JSON-like rendering for messages.
    var rendered: String {
        let full = renderedFull
        return full.count > 80 ? String(full.prefix(77)) + "..." : full
    }

    private var renderedFull: String {
        switch self {
        case .null: return "null"
        case .bool(let b): return b ? "true" : "false"
        case .int(let i): return String(i)
        case .double(let d): return String(d)
        case .string(let s):
            var out = "\""
            for scalar in s.unicodeScalars {
                switch scalar {
                case "\"": out += "\\\""
                case "\\": out += "\\\\"
                case "\n": out += "\\n"
                case "\r": out += "\\r"
                case "\t": out += "\\t"
                default:
                    if scalar.value < 0x20 { out += String(format: "\\u%04x", scalar.value) } else { out.unicodeScalars.append(scalar) }
                }
            }
            return out + "\""
        case .array(let a): return "[" + a.map(\.renderedFull).joined(separator: ", ") + "]"
        case .object(let o): return "{" + o.pairs.map { "\(OpenAPIValue.string($0.0).renderedFull): \($0.1.renderedFull)" }.joined(separator: ", ") + "}"
        }
    }

    /// Resolves a local JSON pointer ref ("#/components/schemas/X").
    func resolve(pointer ref: String) -> OpenAPIValue? {
        guard ref.hasPrefix("#") else { return nil }
        var path = String(ref.dropFirst())
        path = path.removingPercentEncoding ?? path
        if path.isEmpty { return self }
        guard path.hasPrefix("/") else { return nil }
        var current = self
        for raw in path.dropFirst().split(separator: "/", omittingEmptySubsequences: false) {
            let token = raw.replacingOccurrences(of: "~1", with: "/").replacingOccurrences(of: "~0", with: "~")
            switch current {
            case .object(let o):
                guard let next = o[token] else { return nil }
                current = next
            case .array(let a):
                guard let i = Int(token), a.indices.contains(i) else { return nil }
                current = a[i]
            default:
                return nil
            }
        }
        return current
    }

    /// Follows `$ref`s (for responses, request bodies, media types, path items) to a non-ref value.
    func follow(_ value: OpenAPIValue?) -> OpenAPIValue? {
        var current = value
        var hops = 0
        while let ref = current?.object?["$ref"]?.string {
            hops += 1
            if hops > 32 { return nil }
            current = resolve(pointer: ref)
        }
        return current
    }

    func collectRefs(into refs: inout [String]) {
        switch self {
        case .object(let o):
            for (key, value) in o.pairs {
                if key == "$ref", let ref = value.string { refs.append(ref) } else { value.collectRefs(into: &refs) }
            }
        case .array(let a):
            for value in a { value.collectRefs(into: &refs) }
        default:
            break
        }
    }
}

/// An object that keeps its keys' order (for document order and messages).
fileprivate struct OpenAPIObject: Sendable {
    private(set) var keys: [String] = []
    private var storage: [String: OpenAPIValue] = [:]

    subscript(key: String) -> OpenAPIValue? { storage[key] }

    mutating func set(_ key: String, _ value: OpenAPIValue) {
        if storage.updateValue(value, forKey: key) == nil { keys.append(key) }
    }

    var pairs: [(String, OpenAPIValue)] { keys.map { ($0, storage[$0]!) } }
}

// MARK: - Paths and media types

fileprivate struct OpenAPIPathTemplate: Sendable {
    static let methods = ["get", "put", "post", "delete", "options", "head", "patch", "trace"]

    let template: String
    let item: OpenAPIValue
    private let segments: [Substring]
    /// Templates with more literal segments win ("/learners/me" over "/learners/{id}").
    let literalSegments: Int

    init(template: String, item: OpenAPIValue) {
        self.template = template
        self.item = item
        segments = template.split(separator: "/", omittingEmptySubsequences: false)
        literalSegments = segments.filter { !$0.contains("{") }.count
    }

    /// The concrete path without scheme and host, query or fragment.
    static func clean(_ path: String) -> String {
        var path = path
        if let r = path.range(of: "://"), let slash = path[r.upperBound...].firstIndex(of: "/") {
            path = String(path[slash...])
        }
        if let i = path.firstIndex(where: { $0 == "?" || $0 == "#" }) { path = String(path[..<i]) }
        return path
    }

    func matches(_ path: String) -> Bool {
        let concrete = path.split(separator: "/", omittingEmptySubsequences: false)
        guard concrete.count == segments.count else { return false }
        for (pattern, segment) in zip(segments, concrete) {
            if !pattern.contains("{") {
                guard pattern == segment else { return false }
            } else if pattern.hasPrefix("{"), pattern.hasSuffix("}"), pattern.dropFirst().firstIndex(of: "{") == nil {
                guard !segment.isEmpty else { return false }
            } else {
                guard OpenAPIPathTemplate.matchMixed(pattern, String(segment)) else { return false }
            }
        }
        return true
    }

    /// A segment like "{name}.{ext}" or "v{n}": literals exact, each parameter one or more characters.
    private static func matchMixed(_ pattern: Substring, _ segment: String) -> Bool {
        var regex = "^"
        var rest = pattern[...]
        while let open = rest.firstIndex(of: "{") {
            regex += NSRegularExpression.escapedPattern(for: String(rest[..<open]))
            guard let close = rest[open...].firstIndex(of: "}") else { return false }
            regex += "(.+?)"
            rest = rest[rest.index(after: close)...]
        }
        regex += NSRegularExpression.escapedPattern(for: String(rest)) + "$"
        guard let compiled = try? NSRegularExpression(pattern: regex) else { return false }
        return compiled.firstMatch(in: segment, range: NSRange(segment.startIndex..., in: segment)) != nil
    }
}

fileprivate enum OpenAPIMedia {
    /// "application/json; charset=utf-8" -> "application/json".
    static func essence(_ contentType: String) -> String {
        let head = contentType.split(separator: ";", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
        return head.trimmingCharacters(in: .whitespaces).lowercased()
    }

    static func isJSON(_ essence: String) -> Bool {
        essence == "application/json" || (essence.hasPrefix("application/") && essence.hasSuffix("+json"))
    }

    /// The documented media type key for an actual one: exact, then "type/*", then "*/*".
    static func match(_ essence: String, in keys: [String]) -> String? {
        if let exact = keys.first(where: { self.essence($0) == essence }) { return exact }
        let major = essence.split(separator: "/").first.map(String.init) ?? essence
        if let wild = keys.first(where: { self.essence($0) == "\(major)/*" }) { return wild }
        return keys.first(where: { self.essence($0) == "*/*" })
    }
}

// MARK: - Schemas

fileprivate struct OpenAPIProblem {
    let pointer: String
    let message: String
    /// The value's type did not fit `type` at this very pointer (used to pick the closest branch).
    var isTypeMismatch = false
}

fileprivate final class OpenAPISchemaValidator {
    private let root: OpenAPIValue
    private var activeRefs: Set<String> = []
    private var depth = 0
    private var regexes: [String: NSRegularExpression] = [:]

    init(root: OpenAPIValue) { self.root = root }

    func check(_ value: OpenAPIValue, _ schema: OpenAPIValue, _ pointer: String) -> [OpenAPIProblem] {
        depth += 1
        defer { depth -= 1 }
        if depth > 200 { return [OpenAPIProblem(pointer: pointer, message: "schema nesting is deeper than 200 (a $ref cycle?)")] }
        switch schema {
        case .bool(true): return []
        case .bool(false): return [OpenAPIProblem(pointer: pointer, message: "no value is allowed here (the schema is false)")]
        case .object(let s): return check(value, s, pointer)
        default: return [OpenAPIProblem(pointer: pointer, message: "the document's schema here is not an object")]
        }
    }

    private func check(_ value: OpenAPIValue, _ s: OpenAPIObject, _ pointer: String) -> [OpenAPIProblem] {
        let nullable = s["nullable"]?.bool == true
        if case .null = value, nullable { return [] }  // 3.0: null is allowed whatever else the schema says
        var problems: [OpenAPIProblem] = []
        func fail(_ message: String, _ at: String? = nil) {
            problems.append(OpenAPIProblem(pointer: at ?? pointer, message: message))
        }

        if let ref = s["$ref"]?.string {
            let key = ref + "\u{0}" + pointer
            if !activeRefs.contains(key) {  // the same ref at the same place again: a cycle that checks nothing new
                guard let target = root.resolve(pointer: ref) else {
                    fail("$ref \(ref) does not resolve")
                    return problems
                }
                activeRefs.insert(key)
                problems += check(value, target, pointer)
                activeRefs.remove(key)
            }
        }

        if let typeValue = s["type"] {
            var types = typeValue.string.map { [$0] } ?? typeValue.array?.compactMap(\.string) ?? []
            if nullable, !types.contains("null") { types.append("null") }
            if !types.isEmpty, !types.contains(where: { Self.value(value, hasType: $0) }) {
                problems.append(OpenAPIProblem(pointer: pointer, message: "expected \(types.joined(separator: " or ")), got \(value.typeName)",
                                               isTypeMismatch: true))
                return problems
            }
        }

        if let options = s["enum"]?.array, !options.contains(where: { value.equals($0) }) {
            fail("\(value.rendered) is not one of the enum values \(OpenAPIValue.array(options).rendered)")
        }
        if let constant = s["const"], !value.equals(constant) {
            fail("expected const \(constant.rendered), got \(value.rendered)")
        }

        switch value {
        case .string(let string): checkString(string, value, s, pointer, fail)
        case .int, .double: checkNumber(value.number!, value, s, pointer, fail)
        case .array(let items): problems += checkArray(items, s, pointer)
        case .object(let object): problems += checkObject(object, s, pointer)
        default: break
        }

        if let all = s["allOf"]?.array {
            for sub in all { problems += check(value, sub, pointer) }
        }
        if let any = s["anyOf"]?.array {
            let results = any.map { check(value, $0, pointer) }
            if !results.contains(where: \.isEmpty) {
                fail("matches none of the \(any.count) anyOf schemas" + closest(results, pointer: pointer))
            }
        }
        if let one = s["oneOf"]?.array {
            let results = one.map { check(value, $0, pointer) }
            let passing = results.indices.filter { results[$0].isEmpty }
            if passing.isEmpty {
                let preferred = discriminated(value, s, one)
                fail("matches none of the \(one.count) oneOf schemas" + closest(results, pointer: pointer, preferred: preferred))
            } else if passing.count > 1 {
                fail("matches \(passing.count) of the oneOf schemas (\(passing.map { "#\($0 + 1)" }.joined(separator: ", "))), expected exactly one")
            }
        }
        if let not = s["not"], check(value, not, pointer).isEmpty {
            fail("matches the schema under `not`")
        }
        return problems
    }

    private static func value(_ value: OpenAPIValue, hasType type: String) -> Bool {
        switch (type, value) {
        case ("null", .null), ("boolean", .bool), ("integer", .int), ("number", .int), ("number", .double),
             ("string", .string), ("array", .array), ("object", .object):
            return true
        default:
            return false
        }
    }

    private func checkString(_ string: String, _ value: OpenAPIValue, _ s: OpenAPIObject, _ pointer: String,
                             _ fail: (String, String?) -> Void) {
        let length = string.unicodeScalars.count
        if let min = s["minLength"]?.number, Double(length) < min {
            fail("string is \(length) characters, shorter than minLength \(Int(min))", nil)
        }
        if let max = s["maxLength"]?.number, Double(length) > max {
            fail("string is \(length) characters, longer than maxLength \(Int(max))", nil)
        }
        if let pattern = s["pattern"]?.string {
            if let regex = regex(pattern) {
                if regex.firstMatch(in: string, range: NSRange(string.startIndex..., in: string)) == nil {
                    fail("\(value.rendered) does not match pattern \(pattern)", nil)
                }
            } else {
                fail("the document's pattern \(pattern) is not a valid regular expression", nil)
            }
        }
        if let format = s["format"]?.string {
            let check: String? = switch format {
            case "date-time": #"^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])[Tt ]([01]\d|2[0-3]):[0-5]\d:([0-5]\d|60)(\.\d+)?([Zz]|[+-]([01]\d|2[0-3]):[0-5]\d)$"#
            case "date": #"^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$"#
            case "uuid": #"^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$"#
            default: nil  // other formats are annotations here
            }
            if let check, let regex = regex(check),
               regex.firstMatch(in: string, range: NSRange(string.startIndex..., in: string)) == nil {
                fail("\(value.rendered) is not a valid \(format)", nil)
            }
        }
    }

    private func checkNumber(_ number: Double, _ value: OpenAPIValue, _ s: OpenAPIObject, _ pointer: String,
                             _ fail: (String, String?) -> Void) {
        let shown = value.rendered
        if let min = s["minimum"]?.number {
            if s["exclusiveMinimum"]?.bool == true {  // 3.0: a flag on minimum
                if number <= min { fail("\(shown) is not greater than exclusiveMinimum \(Self.show(min))", nil) }
            } else if number < min {
                fail("\(shown) is less than minimum \(Self.show(min))", nil)
            }
        }
        if let max = s["maximum"]?.number {
            if s["exclusiveMaximum"]?.bool == true {
                if number >= max { fail("\(shown) is not less than exclusiveMaximum \(Self.show(max))", nil) }
            } else if number > max {
                fail("\(shown) is greater than maximum \(Self.show(max))", nil)
            }
        }
        if let min = s["exclusiveMinimum"]?.number, number <= min {  // 3.1: a number of its own
            fail("\(shown) is not greater than exclusiveMinimum \(Self.show(min))", nil)
        }
        if let max = s["exclusiveMaximum"]?.number, number >= max {
            fail("\(shown) is not less than exclusiveMaximum \(Self.show(max))", nil)
        }
        if let factor = s["multipleOf"]?.number, factor > 0 {
            let quotient = number / factor
            if abs(quotient - quotient.rounded()) > 1e-9 * Swift.max(1, abs(quotient)) {
                fail("\(shown) is not a multiple of \(Self.show(factor))", nil)
            }
        }
    }

    private func checkArray(_ items: [OpenAPIValue], _ s: OpenAPIObject, _ pointer: String) -> [OpenAPIProblem] {
        var problems: [OpenAPIProblem] = []
        if let min = s["minItems"]?.number, Double(items.count) < min {
            problems.append(OpenAPIProblem(pointer: pointer, message: "array has \(items.count) items, fewer than minItems \(Int(min))"))
        }
        if let max = s["maxItems"]?.number, Double(items.count) > max {
            problems.append(OpenAPIProblem(pointer: pointer, message: "array has \(items.count) items, more than maxItems \(Int(max))"))
        }
        if s["uniqueItems"]?.bool == true {
            outer: for i in items.indices {
                for j in items.indices where j > i && items[i].equals(items[j]) {
                    problems.append(OpenAPIProblem(pointer: pointer, message: "items [\(i)] and [\(j)] are equal, but uniqueItems is true"))
                    break outer
                }
            }
        }
        let prefix = s["prefixItems"]?.array ?? []
        for (i, item) in items.enumerated() {
            if i < prefix.count {
                problems += check(item, prefix[i], "\(pointer)[\(i)]")
            } else if let schema = s["items"], schema.array == nil {
                problems += check(item, schema, "\(pointer)[\(i)]")
            }
        }
        return problems
    }

    private func checkObject(_ object: OpenAPIObject, _ s: OpenAPIObject, _ pointer: String) -> [OpenAPIProblem] {
        var problems: [OpenAPIProblem] = []
        for name in s["required"]?.array?.compactMap(\.string) ?? [] where object[name] == nil {
            problems.append(OpenAPIProblem(pointer: pointer, message: "missing required property \"\(name)\""))
        }
        if let min = s["minProperties"]?.number, Double(object.keys.count) < min {
            problems.append(OpenAPIProblem(pointer: pointer, message: "object has \(object.keys.count) properties, fewer than minProperties \(Int(min))"))
        }
        if let max = s["maxProperties"]?.number, Double(object.keys.count) > max {
            problems.append(OpenAPIProblem(pointer: pointer, message: "object has \(object.keys.count) properties, more than maxProperties \(Int(max))"))
        }
        let properties = s["properties"]?.object
        let patterns = (s["patternProperties"]?.object?.pairs ?? []).compactMap { pair in regex(pair.0).map { ($0, pair.1) } }
        for (name, value) in object.pairs {
            let child = Self.child(pointer, name)
            var declared = false
            if let schema = properties?[name] {
                declared = true
                problems += check(value, schema, child)
            }
            for (regex, schema) in patterns where regex.firstMatch(in: name, range: NSRange(name.startIndex..., in: name)) != nil {
                declared = true
                problems += check(value, schema, child)
            }
            guard !declared, let additional = s["additionalProperties"] else { continue }
            if additional.bool == false {
                problems.append(OpenAPIProblem(pointer: child, message: "unexpected property (additionalProperties is false)"))
            } else {
                problems += check(value, additional, child)
            }
        }
        return problems
    }

    /// The branch whose problems say most about the value: the discriminator's, else the fewest
    /// problems, preferring branches whose type fits.
    private func closest(_ results: [[OpenAPIProblem]], pointer: String, preferred: Int? = nil) -> String {
        func score(_ problems: [OpenAPIProblem]) -> Int {
            problems.count + (problems.contains { $0.isTypeMismatch && $0.pointer == pointer } ? 1000 : 0)
        }
        guard let best = preferred ?? results.indices.min(by: { score(results[$0]) < score(results[$1]) }) else { return "" }
        let detail = results[best].prefix(3).map { "\($0.pointer): \($0.message)" }.joined(separator: "; ")
        return " (closest, #\(best + 1): \(detail)\(results[best].count > 3 ? "; ..." : ""))"
    }

    /// The oneOf branch the discriminator names, if it names one.
    private func discriminated(_ value: OpenAPIValue, _ s: OpenAPIObject, _ branches: [OpenAPIValue]) -> Int? {
        guard let discriminator = s["discriminator"]?.object, let property = discriminator["propertyName"]?.string,
              let tag = value.object?[property]?.string else { return nil }
        let ref = discriminator["mapping"]?.object?[tag]?.string ?? "#/components/schemas/\(tag)"
        return branches.firstIndex { $0.object?["$ref"]?.string == ref }
    }

    private func regex(_ pattern: String) -> NSRegularExpression? {
        if let cached = regexes[pattern] { return cached }
        guard let compiled = try? NSRegularExpression(pattern: pattern) else { return nil }
        regexes[pattern] = compiled
        return compiled
    }

    private static func child(_ pointer: String, _ name: String) -> String {
        let plain = !name.isEmpty && name.unicodeScalars.allSatisfy { ($0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0))) || $0 == "_" || $0 == "$" }
            && !("0"..."9").contains(name.unicodeScalars.first!)
        return plain ? "\(pointer).\(name)" : "\(pointer)[\(OpenAPIValue.string(name).rendered)]"
    }

    private static func show(_ number: Double) -> String {
        number.rounded() == number && abs(number) < 1e15 ? String(Int(number)) : String(number)
    }
}
