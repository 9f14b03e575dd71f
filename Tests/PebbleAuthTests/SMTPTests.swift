import Foundation
import PebbleAuth
import PebbleTestSupport
import Testing

/// A tiny SMTP server on loopback that records the conversation: a real socket, one thread per
/// connection, the replies a relay gives.
final class RecordingSMTPServer: @unchecked Sendable {
    let port: Int
    private let fd: Int32
    private let lock = NSLock()
    private var lines: [String] = []
    private var messages: [String] = []

    init() throws {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        self.fd = fd
        var yes: Int32 = 1
        setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &yes, socklen_t(MemoryLayout<Int32>.size))
        var addr = sockaddr_in()
        addr.sin_family = sa_family_t(AF_INET)
        addr.sin_addr.s_addr = inet_addr("127.0.0.1")
        addr.sin_port = 0
        var len = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafePointer(to: &addr) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, len) } }
        guard bound == 0, listen(fd, 8) == 0 else { throw MailError("cannot listen") }
        _ = withUnsafeMutablePointer(to: &addr) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &len) } }
        port = Int(UInt16(bigEndian: addr.sin_port))
        let listener = fd
        Thread.detachNewThread { [self] in
            while true {
                let client = accept(listener, nil, nil)
                guard client >= 0 else { return }
                Thread.detachNewThread { self.serve(client) }
            }
        }
    }

    func stop() { shutdown(fd, Int32(SHUT_RDWR)); close(fd) }

    var conversation: [String] { lock.withLock { lines } }
    var received: [String] { lock.withLock { messages } }

    private func serve(_ c: Int32) {
        defer { close(c) }
        func say(_ s: String) { _ = s.withCString { send(c, $0, strlen($0), Int32(MSG_NOSIGNAL)) } }
        var buffer = [UInt8]()
        func readLine() -> String? {
            while true {
                if let i = buffer.firstIndex(of: 10) {
                    let line = String(decoding: buffer[..<i].filter { $0 != 13 }, as: UTF8.self)
                    buffer.removeSubrange(...i)
                    return line
                }
                var chunk = [UInt8](repeating: 0, count: 4096)
                let n = recv(c, &chunk, chunk.count, 0)
                if n <= 0 { return nil }
                buffer += chunk[..<n]
            }
        }
        say("220 test.local ESMTP recorder\r\n")
        while let line = readLine() {
            lock.withLock { lines.append(line) }
            let verb = line.split(separator: " ").first.map { $0.uppercased() } ?? ""
            switch verb {
            case "EHLO": say("250-test.local\r\n250-8BITMIME\r\n250 SIZE 1000000\r\n")
            case "MAIL", "RCPT": say("250 OK\r\n")
            case "DATA":
                say("354 go ahead\r\n")
                var message: [String] = []
                while let l = readLine(), l != "." { message.append(l) }
                lock.withLock { messages.append(message.joined(separator: "\n")) }
                say("250 queued\r\n")
            case "QUIT": say("221 bye\r\n"); return
            default: say("502 not implemented\r\n")
            }
        }
    }
}

@Suite("SMTP against a recording loopback server")
struct SMTPTests {
    @Test("SMTPMailer speaks EHLO, MAIL FROM, RCPT TO, DATA (dot-stuffed), QUIT")
    func mailerConversation() async throws {
        let server = try RecordingSMTPServer()
        defer { server.stop() }
        let mailer = SMTPMailer(settings: .init(host: "127.0.0.1", port: server.port, helo: "auth.test", timeoutSeconds: 30))
        let message = MailMessage(from: "PebbleCode <no-reply@pebble.test>", to: "learner@example.org", subject: "Hello",
                                  body: "line one\n.starts with a dot\nend", domain: "pebble.test")
        try await mailer.send(message)
        let c = server.conversation
        #expect(c.first == "EHLO auth.test")
        #expect(c.contains("MAIL FROM:<no-reply@pebble.test>"))
        #expect(c.contains("RCPT TO:<learner@example.org>"))
        #expect(c.contains("DATA"))
        #expect(c.last == "QUIT")
        let received = try #require(server.received.first)
        #expect(received.contains("Subject: Hello"))
        #expect(received.contains("\n..starts with a dot\n"))
    }

    @Test("a refusing server is an error, not a silent loss")
    func refusal() async throws {
        let mailer = SMTPMailer(settings: .init(host: "127.0.0.1", port: 1, helo: nil, timeoutSeconds: 2))
        await #expect(throws: (any Error).self) {
            try await mailer.send(MailMessage(from: "a@b.test", to: "c@d.test", subject: "s", body: "b", domain: "b.test"))
        }
    }

    @Test("the service mails its codes over SMTP when `smtp:` is configured")
    func serviceOverSMTP() throws {
        let server = try RecordingSMTPServer()
        defer { server.stop() }
        let h = try AuthHarness(extra: "smtp: {host: 127.0.0.1, port: \(server.port), helo: pebble-auth.test}\nmailFrom: \"PebbleCode <no-reply@pebble.test>\"")
        #expect(try h.call("GET", "/health").object["mailer"] as? String == "smtp")
        #expect(try h.call("POST", "/v1/signup", json: ["email": "smtp@example.org", "username": "mailer", "password": "letters travel by night train",
                                                        "displayName": "M"]).status == 202)
        var message: String?
        for _ in 0..<100 where message == nil { message = server.received.first; usleep(30_000) }
        let text = try #require(message)
        #expect(server.conversation.contains("RCPT TO:<smtp@example.org>"))
        #expect(server.conversation.contains("MAIL FROM:<no-reply@pebble.test>"))
        let code = try #require(text.range(of: #"\b[0-9]{6}\b"#, options: .regularExpression).map { String(text[$0]) })
        #expect(try h.call("POST", "/v1/confirm", json: ["email": "smtp@example.org", "code": code]).status == 200)
        #expect(!FileManager.default.fileExists(atPath: h.stateDir + "/outbox"))
    }
}
