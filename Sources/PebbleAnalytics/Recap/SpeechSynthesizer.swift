public import Foundation
import Crypto

/// Speaks a text to a WAV file with espeak-ng (offline), as a subprocess with a timeout. Files
/// are named by a hash of the learner, the week and the text, so a repeated request reuses one.
public struct SpeechSynthesizer: Sendable {
    public struct Failure: Error, CustomStringConvertible {
        public var description: String
    }

    public var executable: String
    public var voice: String
    public var wordsPerMinute: Int
    public var timeoutSeconds: Double
    public var directory: String

    public init(executable: String = "espeak-ng", voice: String = "en", wordsPerMinute: Int = 160, timeoutSeconds: Double = 20,
                directory: String) {
        self.executable = executable
        self.voice = voice
        self.wordsPerMinute = wordsPerMinute
        self.timeoutSeconds = timeoutSeconds
        self.directory = directory
    }

    public static func hex(_ s: String, _ n: Int) -> String {
        SHA256.hash(data: Data(s.utf8)).map { String(format: "%02x", $0) }.joined().prefix(n).description
    }

    public func fileName(learner: String, week: String, text: String) -> String {
        "\(Self.hex(learner, 16))-\(week)-\(Self.hex(text + "|\(voice)|\(wordsPerMinute)", 12)).wav"
    }

    /// The WAV's path (made now, or earlier for the same text).
    public func speak(_ text: String, learner: String, week: String) async throws -> String {
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        let path = directory + "/" + fileName(learner: learner, week: week, text: text)
        if let info = try? WAVInfo(path: path), info.durationSeconds > 0 { return path }
        let partial = path + ".part-\(UUID().uuidString.prefix(8))"
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable.hasPrefix("/") ? executable : "/usr/bin/env")
        let args = ["-v", voice, "-s", String(wordsPerMinute), "-w", partial, "--stdin"]
        process.arguments = executable.hasPrefix("/") ? args : [executable] + args
        let input = Pipe()
        process.standardInput = input
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        let finished = AsyncStream<Int32>.makeStream()
        process.terminationHandler = { p in
            finished.continuation.yield(p.terminationStatus)
            finished.continuation.finish()
        }
        do { try process.run() } catch { throw Failure(description: "cannot start \(executable): \(error)") }
        try? input.fileHandleForWriting.write(contentsOf: Data(text.utf8))
        try? input.fileHandleForWriting.close()
        let pid = process.processIdentifier
        let timeout = timeoutSeconds
        let flag = TimeoutFlag()
        let killer = Task {
            try await Task.sleep(for: .seconds(timeout))
            flag.set()
            kill(pid, SIGKILL)
        }
        var status: Int32 = -1
        for await s in finished.stream { status = s }
        killer.cancel()
        let timedOut = flag.value
        guard status == 0 else {
            try? FileManager.default.removeItem(atPath: partial)
            throw Failure(description: timedOut ? "\(executable) took longer than \(Int(timeout)) s" : "\(executable) exited with status \(status)")
        }
        guard (try? WAVInfo(path: partial)) != nil else {
            try? FileManager.default.removeItem(atPath: partial)
            throw Failure(description: "\(executable) wrote no valid WAV file")
        }
        try? FileManager.default.removeItem(atPath: path)
        try FileManager.default.moveItem(atPath: partial, toPath: path)
        return path
    }
}

final class TimeoutFlag: @unchecked Sendable {
    private let lock = NSLock()
    private var fired = false
    func set() { lock.withLock { fired = true } }
    var value: Bool { lock.withLock { fired } }
}

/// The header of a RIFF/WAVE file: format, rate, and the length of the samples.
public struct WAVInfo: Sendable, Equatable {
    public var channels: Int
    public var sampleRate: Int
    public var bitsPerSample: Int
    public var byteRate: Int
    public var dataBytes: Int

    public var durationSeconds: Double { byteRate > 0 ? Double(dataBytes) / Double(byteRate) : 0 }

    public struct Invalid: Error {}

    public init(path: String) throws {
        guard let data = FileManager.default.contents(atPath: path) else { throw Invalid() }
        try self.init(data: data)
    }

    public init(data: Data) throws {
        let b = [UInt8](data)
        func u32(_ i: Int) -> Int { Int(b[i]) | Int(b[i + 1]) << 8 | Int(b[i + 2]) << 16 | Int(b[i + 3]) << 24 }
        func u16(_ i: Int) -> Int { Int(b[i]) | Int(b[i + 1]) << 8 }
        guard b.count >= 44, b[0..<4].elementsEqual("RIFF".utf8), b[8..<12].elementsEqual("WAVE".utf8) else { throw Invalid() }
        var i = 12
        var fmt: (Int, Int, Int, Int)?
        var dataBytes: Int?
        while i + 8 <= b.count {
            let id = String(decoding: b[i..<(i + 4)], as: UTF8.self)
            let size = u32(i + 4)
            if id == "fmt ", i + 24 <= b.count { fmt = (u16(i + 10), u32(i + 12), u32(i + 16), u16(i + 22)) }
            if id == "data" {
                dataBytes = min(size, b.count - i - 8)
                break
            }
            i += 8 + size + (size & 1)
        }
        guard let (channels, rate, byteRate, bits) = fmt, let dataBytes, rate > 0, byteRate > 0 else { throw Invalid() }
        self.channels = channels
        sampleRate = rate
        self.byteRate = byteRate
        bitsPerSample = bits
        self.dataBytes = dataBytes
    }
}
