public import Foundation

/// One plain-text message. Subjects and bodies come from `MailTexts`: nothing a requester typed
/// (a display name, a username) ever goes into a mail, so signing up with someone else's address
/// cannot send them the attacker's words.
public struct MailMessage: Sendable, Equatable {
    public var from: String
    public var to: String
    public var subject: String
    public var body: String
    public var messageID: String
    public var date: Date

    public init(from: String, to: String, subject: String, body: String, domain: String, date: Date = Date()) {
        self.from = from
        self.to = to
        self.subject = subject
        self.body = body
        self.messageID = "<\(Secrets.base64URL(Secrets.randomBytes(12)))@\(domain)>"
        self.date = date
    }

    /// The RFC 5322 message: CRLF lines, UTF-8 text (8bit), RFC 2047 subject when not ASCII.
    public var rfc5322: String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss '+0000'"
        let subjectHeader = subject.allSatisfy(\.isASCII) ? subject : "=?UTF-8?B?\(Data(subject.utf8).base64EncodedString())?="
        let headers = [
            "From: \(Self.headerSafe(from))", "To: \(Self.headerSafe(to))", "Subject: \(Self.headerSafe(subjectHeader))",
            "Date: \(formatter.string(from: date))", "Message-ID: \(messageID)", "MIME-Version: 1.0",
            "Content-Type: text/plain; charset=utf-8", "Content-Transfer-Encoding: 8bit", "Auto-Submitted: auto-generated",
        ]
        let bodyLines = body.replacingOccurrences(of: "\r\n", with: "\n").split(separator: "\n", omittingEmptySubsequences: false)
        return headers.joined(separator: "\r\n") + "\r\n\r\n" + bodyLines.joined(separator: "\r\n") + "\r\n"
    }

    /// Header values never carry a line break (header injection).
    static func headerSafe(_ s: String) -> String {
        String(s.filter { $0 != "\r" && $0 != "\n" })
    }
}

/// Where mail goes: a file outbox (the default, needs no mail server) or SMTP.
public protocol Mailer: Sendable {
    var name: String { get }
    func send(_ message: MailMessage) async throws
}

/// One `.eml` file per message in a folder (mode 0600: they hold codes), written atomically so a
/// reader never sees half a message. The embedded default: an operator or a test reads the codes
/// there; a relay can pick the files up.
public struct FileOutboxMailer: Mailer {
    public let directory: String
    public var name: String { "outbox" }

    public init(directory: String) throws {
        self.directory = directory
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
    }

    public func send(_ message: MailMessage) async throws {
        let stamp = String(format: "%.6f", message.date.timeIntervalSince1970)
        let name = "\(stamp)-\(Secrets.base64URL(Secrets.randomBytes(6))).eml"
        let temp = directory + "/." + name + ".tmp"
        let data = Data(message.rfc5322.utf8)
        let fd = open(temp, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw MailError("cannot create a file in the outbox \(directory): \(String(cString: strerror(errno)))") }
        let written = data.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
        close(fd)
        guard written == data.count, rename(temp, directory + "/" + name) == 0 else {
            unlink(temp)
            throw MailError("cannot write to the outbox \(directory)")
        }
    }
}

public struct MailError: Error, CustomStringConvertible {
    public var description: String
    public init(_ d: String) { description = d }
}
