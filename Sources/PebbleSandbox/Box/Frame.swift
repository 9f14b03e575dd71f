import CPebbleKernel

/// A frame body for the channel to a box's pid 1 (format: pebble_box_protocol.h).
struct FrameWriter {
    private(set) var bytes: [UInt8] = []

    mutating func put(_ tag: Int, _ value: some Collection<UInt8>) {
        var t = UInt16(tag)
        var n = UInt32(value.count)
        withUnsafeBytes(of: &t) { bytes.append(contentsOf: $0) }
        withUnsafeBytes(of: &n) { bytes.append(contentsOf: $0) }
        bytes.append(contentsOf: value)
    }

    mutating func put(_ tag: Int, _ value: UInt64) {
        var v = value
        withUnsafeBytes(of: &v) { put(tag, Array($0)) }
    }

    mutating func put(_ tag: Int, _ value: String) { put(tag, Array(value.utf8)) }

    mutating func flag(_ tag: Int) { put(tag, [UInt8]()) }
}

/// A received frame: its type and fields in order (repeated tags are kept).
struct Frame {
    var type: Int
    var fields: [(tag: Int, value: ArraySlice<UInt8>)]

    init(type: Int, body: [UInt8]) throws {
        self.type = type
        fields = []
        var offset = 0
        while offset < body.count {
            guard body.count - offset >= 6 else { throw SandboxError.protocolViolation("truncated field") }
            let tag = Int(body[offset]) | Int(body[offset + 1]) << 8
            let length = body[(offset + 2)..<(offset + 6)].reversed().reduce(0) { $0 << 8 | Int($1) }
            guard body.count - offset - 6 >= length else { throw SandboxError.protocolViolation("field overruns frame") }
            fields.append((tag, body[(offset + 6)..<(offset + 6 + length)]))
            offset += 6 + length
        }
    }

    func bytes(_ tag: Int) -> ArraySlice<UInt8>? { fields.first { $0.tag == tag }?.value }

    func string(_ tag: Int) -> String? { bytes(tag).map { String(decoding: $0, as: UTF8.self) } }

    func number(_ tag: Int) -> UInt64 {
        guard let b = bytes(tag), b.count == 8 else { return 0 }
        return b.reversed().reduce(0) { $0 << 8 | UInt64($1) }
    }
}
