/// Frames: a 4-byte big-endian length, then that many bytes of UTF-8 JSON (one object).
/// The decoder is fed bytes as they arrive and hands out whole frames; it knows nothing of sockets.
public struct FrameDecoder: Sendable {
    public enum Event: Sendable, Equatable {
        /// A whole frame's body.
        case frame([UInt8])
        /// A frame announced a length over the maximum: the connection must close (its body is not read).
        case oversize(Int)
    }

    public let maxFrameBytes: Int
    private var buffer: [UInt8] = []
    private var start = 0
    private var failed = false

    public init(maxFrameBytes: Int = PebbleProtocol.defaultMaxFrameBytes) {
        self.maxFrameBytes = maxFrameBytes
    }

    public mutating func push<S: Sequence>(_ bytes: S) where S.Element == UInt8 {
        buffer.append(contentsOf: bytes)
    }

    /// The next frame, if a whole one has arrived.
    public mutating func next() -> Event? {
        guard !failed, buffer.count - start >= 4 else { return nil }
        let length = Int(buffer[start]) << 24 | Int(buffer[start + 1]) << 16 | Int(buffer[start + 2]) << 8 | Int(buffer[start + 3])
        if length > maxFrameBytes {
            failed = true
            return .oversize(length)
        }
        guard buffer.count - start - 4 >= length else { return nil }
        let body = Array(buffer[(start + 4)..<(start + 4 + length)])
        start += 4 + length
        if start > 1 << 16 && start * 2 > buffer.count {
            buffer.removeFirst(start)
            start = 0
        }
        return .frame(body)
    }

    /// Bytes of a frame that has not arrived whole: at the end of the stream, a truncated frame.
    public var pendingBytes: Int { buffer.count - start }
}

public enum FrameEncoder {
    public static func frame(_ body: [UInt8]) -> [UInt8] {
        let n = UInt32(body.count)
        return [UInt8(n >> 24), UInt8(n >> 16 & 0xff), UInt8(n >> 8 & 0xff), UInt8(n & 0xff)] + body
    }
}
