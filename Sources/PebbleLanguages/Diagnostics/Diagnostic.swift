/// One message from a compiler, an interpreter's syntax check, or a runtime error, located in the
/// learner's own file where the line is knowable.
public struct Diagnostic: Sendable, Codable, Equatable, CustomStringConvertible {
    public enum Severity: String, Sendable, Codable {
        case error, warning, note
    }

    /// The file as the learner knows it (`main.cpp`), not the box's path.
    public var file: String?
    public var line: Int?
    public var column: Int?
    public var severity: Severity
    public var message: String

    public init(file: String?, line: Int?, column: Int? = nil, severity: Severity = .error, message: String) {
        self.file = file
        self.line = line
        self.column = column
        self.severity = severity
        self.message = message
    }

    public var description: String {
        let place = [file, line.map(String.init), column.map(String.init)].compactMap { $0 }.joined(separator: ":")
        return (place.isEmpty ? "" : place + ": ") + "\(severity.rawValue): \(message)"
    }
}
