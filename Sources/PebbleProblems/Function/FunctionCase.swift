public import Foundation
public import PebbleJSON

/// One function-mode case: the arguments (they enter the box) and the expected value (it never does).
public struct FunctionCase: Sendable {
    public var args: [JSONValue]
    public var expected: JSONValue

    public static func load(_ path: String) throws -> FunctionCase {
        guard let data = FileManager.default.contents(atPath: path) else { throw ProblemError.invalid("", "cannot read \(path)") }
        guard case let .object(o) = try JSONValue.parse(data), case let .array(args)? = o["args"], let expected = o["expected"] else {
            throw ProblemError.invalid("", "\(path): a case is {\"args\": [...], \"expected\": ...}")
        }
        return FunctionCase(args: args, expected: expected)
    }
}
