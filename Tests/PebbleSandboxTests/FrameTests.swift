import CPebbleKernel
import Foundation
@testable import PebbleSandbox
import Testing

@Suite("Box channel frames")
struct FrameTests {
    @Test func roundTripKeepsRepeatedFieldsInOrder() throws {
        var w = FrameWriter()
        w.put(PB_ARG, "python3")
        w.put(PB_ARG, "-c")
        w.put(PB_CPU_MS, 1500)
        w.flag(PB_PRESTART)
        let f = try Frame(type: PB_MSG_RUN, body: w.bytes)
        #expect(f.fields.filter { $0.tag == PB_ARG }.map { String(decoding: $0.value, as: UTF8.self) } == ["python3", "-c"])
        #expect(f.number(PB_CPU_MS) == 1500)
        #expect(f.bytes(PB_PRESTART)?.isEmpty == true)
        #expect(f.bytes(PB_WALL_MS) == nil)
    }

    @Test func truncatedBodyIsRejected() {
        var w = FrameWriter()
        w.put(PB_ARG, "hello")
        #expect(throws: SandboxError.self) { try Frame(type: PB_MSG_RUN, body: Array(w.bytes.dropLast(2))) }
        #expect(throws: SandboxError.self) { try Frame(type: PB_MSG_RUN, body: [1, 0, 0]) }
    }

    @Test func cFramesOverASocketPairCarryDescriptors() throws {
        var pair: [Int32] = [-1, -1]
        #expect(socketpair(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0, &pair) == 0)
        defer { close(pair[0]); close(pair[1]) }
        var w = FrameWriter()
        w.put(PB_R_MESSAGE, String(repeating: "x", count: 300_000))
        let devnull = open("/dev/null", O_RDONLY)
        defer { close(devnull) }
        let bytes = w.bytes, sender = pair[0]
        let writer = Thread {
            _ = bytes.withUnsafeBufferPointer { pb_send(sender, UInt16(PB_MSG_READY), $0.baseAddress, $0.count, [devnull], 1) }
        }
        writer.start()
        var type: UInt16 = 0
        var body: UnsafeMutablePointer<UInt8>?
        var length = 0
        var fds = [Int32](repeating: -1, count: Int(PB_MAX_FDS))
        var nfds: Int32 = 0
        #expect(pb_recv(pair[1], &type, &body, &length, &fds, &nfds) == 0)
        defer { free(body) }
        #expect(Int(type) == PB_MSG_READY)
        #expect(length == w.bytes.count)
        #expect(nfds == 1)
        if nfds == 1 { close(fds[0]) }
    }
}
