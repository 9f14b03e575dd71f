public import Foundation
import Logging
public import PebbleClient
public import PebbleJSON
public import PebbleLanguages
import PebbleService
public import PebbleWire

/// Where a grading's `batch` goes: pebble-judged, or the same service run in-process with its
/// journal in the output folder. Either way the frames are the protocol's (docs/protocol.md).
public protocol GradingBackend: Sendable {
    /// Said in `--verbose`, and in the report.
    var name: String { get }
    /// Sends the batch and calls `onFrame` for every frame answering it, through `done`.
    func send(_ batch: [String: JSONValue], onFrame: @escaping @Sendable (Response) -> Void) async throws
    /// Everything it started is ended.
    func close() async
}

/// Through pebble-judged's socket. The batch keeps running in the daemon if the grader is
/// interrupted; sending it again with the same key replays what is done and waits for the rest.
public final class DaemonGradingBackend: GradingBackend, @unchecked Sendable {
    public let name: String
    let client: PebbleClient

    public init(client: PebbleClient, socket: String) {
        self.client = client
        name = "pebble-judged at \(socket)"
    }

    public func send(_ batch: [String: JSONValue], onFrame: @escaping @Sendable (Response) -> Void) async throws {
        let client = self.client
        try await withCheckedThrowingContinuation { (done: CheckedContinuation<Void, any Error>) in
            Thread.detachNewThread {
                do {
                    // A submission's own `error` is its outcome; the batch ends at `done` or an error of its own.
                    try client.requestFrames(batch, endingWhen: { $0.type == "done" || ($0.type == "error" && $0["submission"] == nil) }, onFrame: onFrame)
                    done.resume()
                } catch {
                    done.resume(throwing: error)
                }
            }
        }
    }

    public func close() async {}
}

/// The daemon's own service, in this process: the same scheduler, journal and batch replay, with
/// the journal in the output folder, so an interrupted grading resumes from it.
public final class LocalGradingBackend: GradingBackend, @unchecked Sendable {
    public let name = "the in-process engine"
    let service: JudgeService
    let engine: LanguageEngine

    public init(journalPath: String, problemsDirectory: String, concurrency: Int, engine configuration: EngineConfiguration) async throws {
        engine = try LanguageEngine(configuration: configuration)
        let journal = try Journal(path: journalPath)
        var logger = Logger(label: "pebble-grade")
        logger.logLevel = .error
        service = JudgeService(engine: engine, journal: journal,
                               configuration: ServiceConfiguration(concurrency: concurrency, problemsDirectory: problemsDirectory),
                               logger: logger)
        Task { [engine] in await engine.warmUp(seconds: 30) }
        // A grading interrupted before: its unfinished submissions run again (its finished ones stay).
        _ = try await service.recover()
    }

    public func send(_ batch: [String: JSONValue], onFrame: @escaping @Sendable (Response) -> Void) async throws {
        var fields = batch
        fields["id"] = .string("grade")
        let body = Response(fields: fields).encoded()
        guard case let .request(id, request) = RequestDecoder.decode(Array(body.dropFirst(4)), limits: RequestDecoder.Limits(maxSourceBytes: 1 << 20, maxBatchSubmissions: 1_000_000)) else {
            throw GradeError.backend("the batch could not be encoded")
        }
        let sink = FrameSink(onFrame)
        let caller = Caller(uid: getuid(), gid: getgid(), pid: getpid(), name: "pebble grade",
                            rule: CallerPolicy.Rule(priority: .bulk, maxRunning: 1_000_000, maxQueued: 1_000_000, requestsPerMinute: 1_000_000))
        await service.handle(request, id: id, caller: caller, sink: sink)
        try await sink.finished()
    }

    public func close() async {
        await service.shutdown(timeout: 5)
        await service.shutdownEngines()
    }
}

/// Frames from the in-process service to a callback; `finished` returns at `done` (or throws at `error`).
final class FrameSink: ResponseSink, @unchecked Sendable {
    private let onFrame: @Sendable (Response) -> Void
    private let lock = NSLock()
    private var end: Result<Void, any Error>?
    private var waiter: CheckedContinuation<Void, any Error>?

    init(_ onFrame: @escaping @Sendable (Response) -> Void) { self.onFrame = onFrame }

    func send(_ response: Response) {
        onFrame(response)
        let outcome: Result<Void, any Error>?
        switch response.type {
        case "done": outcome = .success(())
        // An error naming a submission is that submission's outcome; one without ends the batch.
        case "error" where response["submission"] == nil:
            outcome = .failure(GradeError.backend("\(response["code"]?.string ?? "error"): \(response["message"]?.string ?? "")"))
        default: outcome = nil
        }
        guard let outcome else { return }
        let w: CheckedContinuation<Void, any Error>? = lock.withLock {
            if end == nil { end = outcome }
            defer { waiter = nil }
            return waiter
        }
        w?.resume(with: outcome)
    }

    func offer(_ response: Response) -> Bool {
        send(response)
        return true
    }

    func finished() async throws {
        try await withCheckedThrowingContinuation { (c: CheckedContinuation<Void, any Error>) in
            let ended: Result<Void, any Error>? = lock.withLock {
                if end == nil { waiter = c }
                return end
            }
            if let ended { c.resume(with: ended) }
        }
    }
}
