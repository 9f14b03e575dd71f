import Foundation

/// Box calls block their thread until the box answers (a run, a worker's start-up). Each gets a
/// thread of its own: never one of the few threads Swift concurrency shares among all tasks, and
/// not Dispatch's pool either, whose width on Linux is the core count — twenty workers refilling
/// in the background would hold it while a job's runs waited behind them.
enum Blocking {
    static func run<T: Sendable>(_ body: @escaping @Sendable () throws -> T) async throws -> T {
        try await withCheckedThrowingContinuation { continuation in
            let thread = Thread { continuation.resume(with: Result { try body() }) }
            thread.stackSize = 1 << 20
            thread.start()
        }
    }
}
