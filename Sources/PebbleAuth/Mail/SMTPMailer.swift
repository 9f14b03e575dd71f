public import Foundation
import NIOCore
import NIOPosix

/// Plain SMTP (RFC 5321) over SwiftNIO to a relay: EHLO, MAIL FROM, RCPT TO, DATA with
/// dot-stuffing, QUIT — one connection per message. No TLS and no AUTH: meant for a relay on the
/// same host or a private network (a local Postfix that does TLS onward). Every reply is checked;
/// a timeout bounds the whole conversation.
public struct SMTPMailer: Mailer {
    public struct Settings: Sendable, Decodable {
        public var host: String
        public var port: Int
        /// The name given in EHLO (default: "localhost").
        public var helo: String?
        public var timeoutSeconds: Double?

        public init(host: String, port: Int, helo: String? = nil, timeoutSeconds: Double? = nil) {
            self.host = host
            self.port = port
            self.helo = helo
            self.timeoutSeconds = timeoutSeconds
        }
    }

    public let settings: Settings
    public var name: String { "smtp" }

    public init(settings: Settings) {
        self.settings = settings
    }

    public func send(_ message: MailMessage) async throws {
        let timeout = settings.timeoutSeconds ?? 15
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { try await self.converse(message) }
            group.addTask {
                try await Task.sleep(for: .seconds(timeout))
                throw MailError("SMTP to \(self.settings.host):\(self.settings.port) timed out after \(Int(timeout)) s")
            }
            try await group.next()
            group.cancelAll()
        }
    }

    static func address(_ header: String) -> String {
        if let open = header.lastIndex(of: "<"), let close = header.lastIndex(of: ">"), open < close {
            return String(header[header.index(after: open)..<close])
        }
        return header.trimmingCharacters(in: .whitespaces)
    }

    func converse(_ message: MailMessage) async throws {
        let channel = try await ClientBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .connectTimeout(.seconds(10))
            .connect(host: settings.host, port: settings.port) { channel in
                channel.eventLoop.makeCompletedFuture {
                    try channel.pipeline.syncOperations.addHandler(ByteToMessageHandler(LineDecoder()))
                    return try NIOAsyncChannel<ByteBuffer, ByteBuffer>(wrappingChannelSynchronously: channel)
                }
            }
        try await channel.executeThenClose { inbound, outbound in
            var lines = inbound.makeAsyncIterator()
            func reply(expect codes: Set<Int>, after step: String) async throws {
                var text: [String] = []
                while true {
                    guard let buffer = try await lines.next() else { throw MailError("SMTP server closed the connection after \(step)") }
                    let line = String(buffer: buffer)
                    text.append(line)
                    guard line.count >= 3, let code = Int(line.prefix(3)) else { throw MailError("SMTP: unreadable reply after \(step)") }
                    if line.count > 3, line[line.index(line.startIndex, offsetBy: 3)] == "-" { continue }
                    guard codes.contains(code) else {
                        throw MailError("SMTP: \(step) answered \(String(line.prefix(120)))")
                    }
                    return
                }
            }
            func command(_ line: String) async throws {
                try await outbound.write(ByteBuffer(string: line + "\r\n"))
            }
            try await reply(expect: [220], after: "connecting")
            try await command("EHLO \(settings.helo ?? "localhost")")
            try await reply(expect: [250], after: "EHLO")
            try await command("MAIL FROM:<\(Self.address(message.from))>")
            try await reply(expect: [250], after: "MAIL FROM")
            try await command("RCPT TO:<\(Self.address(message.to))>")
            try await reply(expect: [250, 251], after: "RCPT TO")
            try await command("DATA")
            try await reply(expect: [354], after: "DATA")
            try await outbound.write(ByteBuffer(string: Self.dotStuffed(message.rfc5322) + ".\r\n"))
            try await reply(expect: [250], after: "the message")
            try await command("QUIT")
            try? await reply(expect: [221], after: "QUIT")
        }
    }

    /// RFC 5321 §4.5.2: a line starting with "." gets another, so no line ends DATA early.
    static func dotStuffed(_ text: String) -> String {
        text.split(separator: "\r\n", omittingEmptySubsequences: false)
            .map { $0.hasPrefix(".") ? "." + $0 : String($0) }
            .joined(separator: "\r\n")
    }
}

/// CRLF- (or LF-) terminated lines, at most 4 KiB each (a reply line is ≤ 512 bytes).
struct LineDecoder: ByteToMessageDecoder {
    typealias InboundOut = ByteBuffer

    mutating func decode(context: ChannelHandlerContext, buffer: inout ByteBuffer) throws -> DecodingState {
        guard let newline = buffer.readableBytesView.firstIndex(of: UInt8(ascii: "\n")) else {
            if buffer.readableBytes > 4096 { throw MailError("SMTP: a reply line is longer than 4 KiB") }
            return .needMoreData
        }
        let length = newline - buffer.readerIndex
        var line = buffer.readSlice(length: length)!
        buffer.moveReaderIndex(forwardBy: 1)
        if line.readableBytesView.last == UInt8(ascii: "\r") { line = line.getSlice(at: line.readerIndex, length: line.readableBytes - 1)! }
        context.fireChannelRead(Self.wrapInboundOut(line))
        return .continue
    }
}
