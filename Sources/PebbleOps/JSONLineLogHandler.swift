public import Foundation
public import Logging
import PebbleJSON

/// One JSON object per line on stderr (journald keeps it; `jq` reads it): time, level, message,
/// and the metadata as fields.
public struct JSONLineLogHandler: LogHandler {
    public var metadata: Logger.Metadata = [:]
    public var logLevel: Logger.Level
    let label: String

    public init(label: String, level: Logger.Level) {
        self.label = label
        logLevel = level
    }

    public subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    public func log(level: Logger.Level, message: Logger.Message, metadata extra: Logger.Metadata?, source: String,
             file: String, function: String, line: UInt) {
        var o: [String: JSONValue] = [
            "ts": .string(ISO8601DateFormatter.string(from: Date(), timeZone: .gmt, formatOptions: [.withInternetDateTime, .withFractionalSeconds])),
            "level": .string(level.rawValue), "msg": .string(message.description), "logger": .string(label),
        ]
        for (k, v) in metadata.merging(extra ?? [:], uniquingKeysWith: { _, new in new }) { o[k] = .string("\(v)") }
        FileHandle.standardError.write(Data((JSONValue.object(o).compactJSON + "\n").utf8))
    }
}
