/// Why a language request could not be served. Each maps to one protocol error code later.
public enum LanguageError: Error, CustomStringConvertible, Sendable, Equatable {
    case unknownLanguage(String, known: [String])
    case unavailable(String, reason: String)
    case prebuiltFailed(String, String)
    case invalidFile(String)

    public var description: String {
        switch self {
        case let .unknownLanguage(id, known): "unknown language '\(id)' (known: \(known.joined(separator: ", ")))"
        case let .unavailable(id, reason): "language '\(id)' is not available on this host: \(reason)"
        case let .prebuiltFailed(id, why): "building the prebuilt files of '\(id)' failed: \(why)"
        case let .invalidFile(why): why
        }
    }
}
