import Dispatch

/// Box calls block their thread until the box answers. They run on Dispatch's threads, never on
/// the few threads Swift concurrency shares among all tasks.
enum Blocking {
    private static let queue = DispatchQueue(label: "pebble.boxes", qos: .userInitiated, attributes: .concurrent)

    static func run<T: Sendable>(_ body: @escaping @Sendable () throws -> T) async throws -> T {
        try await withCheckedThrowingContinuation { continuation in
            queue.async { continuation.resume(with: Result { try body() }) }
        }
    }
}
