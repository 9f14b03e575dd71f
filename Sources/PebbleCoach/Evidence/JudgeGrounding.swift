import Dispatch
import Foundation
import PebbleClient
import PebbleWire
public import PebbleJSON

/// Where the coach gets fresh evidence when the request brings none: the learner's code judged
/// on the problem's visible tests.
public protocol JudgeGrounding: Sendable {
    func judgeVisible(problem: String, language: String, code: String, learner: String) async throws -> RunOutcome
}

/// Grounding through `pebble-judged` over its Unix socket (docs/protocol.md): a `judge` on the
/// sample tests, every test run, with the learner in `meta` so analytics can tell who ran it.
public struct DaemonJudge: JudgeGrounding {
    public var socket: String
    public var timeout: Double

    public init(socket: String, timeout: Double = 15) {
        self.socket = socket
        self.timeout = timeout
    }

    public enum Failure: Error, CustomStringConvertible {
        case unavailable(String)
        case rejected(code: String, message: String)
        public var description: String {
            switch self {
            case let .unavailable(why): "the judge is unavailable: \(why)"
            case let .rejected(code, message): "the judge refused: \(code): \(message)"
            }
        }
    }

    public func judgeVisible(problem: String, language: String, code: String, learner: String) async throws -> RunOutcome {
        let socket = self.socket, timeout = self.timeout
        // The client blocks on its socket: keep it off the cooperative pool.
        return try await withCheckedThrowingContinuation { (k: CheckedContinuation<RunOutcome, any Error>) in
            DispatchQueue.global(qos: .userInitiated).async {
                do {
                    let client = try PebbleClient(socket: socket, timeout: timeout)
                    var compile: JSONValue = .null
                    var tests: [JSONValue] = []
                    let frames = try client.request([
                        "type": .string("judge"), "problem": .string(problem), "language": .string(language),
                        "source": .string(code), "tests": .string("sample"), "stopOnFirstFailure": .bool(false),
                        "meta": .object(["learner": .string(learner), "purpose": .string("coach")]),
                    ]) { frame in
                        if frame.type == "compiled" { compile = .object(frame.fields) }
                        if frame.type == "test" { tests.append(.object(frame.fields)) }
                    }
                    guard var result = frames.last?.fields else { throw Failure.unavailable("no result") }
                    result["tests"] = .array(tests)
                    if result["compile"] == nil || result["compile"] == .null { result["compile"] = compile }
                    k.resume(returning: try RunOutcome(json: .object(result)))
                } catch let PebbleClient.ClientError.server(code, message, _) {
                    k.resume(throwing: Failure.rejected(code: code, message: message))
                } catch let e as Failure {
                    k.resume(throwing: e)
                } catch {
                    k.resume(throwing: Failure.unavailable("\(error)"))
                }
            }
        }
    }
}
