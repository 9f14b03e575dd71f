import Foundation

/// Box calls block their thread until the box answers (a run, a worker's start-up). They run on
/// threads of this pool: never on the few threads Swift concurrency shares among all tasks, and not
/// on Dispatch's, whose width on Linux is the core count — twenty workers refilling in the
/// background would hold it while a job's runs waited behind them. A call takes an idle thread or
/// starts one (starting a thread per call costs ~0.5 ms here); idle threads are kept for reuse.
enum Blocking {
    static func run<T: Sendable>(_ body: @escaping @Sendable () throws -> T) async throws -> T {
        try await withCheckedThrowingContinuation { continuation in
            BlockingThreads.shared.submit { continuation.resume(with: Result { try body() }) }
        }
    }
}

private final class BlockingThreads: @unchecked Sendable {
    static let shared = BlockingThreads()
    private let lock = NSCondition()
    private var work: [@Sendable () -> Void] = []
    private var idle = 0
    /// Threads kept waiting for work; more are started while calls block, and end when idle beyond this.
    private let keep = 32

    func submit(_ job: @escaping @Sendable () -> Void) {
        lock.lock()
        work.append(job)
        // Each idle thread takes one job; a job beyond them gets a new thread, never a queue.
        if work.count <= idle {
            lock.signal()
            lock.unlock()
            return
        }
        lock.unlock()
        let thread = Thread { [self] in loop() }
        thread.stackSize = 1 << 20
        thread.start()
    }

    private func loop() {
        lock.lock()
        while true {
            while work.isEmpty {
                if idle >= keep {
                    lock.unlock()
                    return
                }
                idle += 1
                lock.wait()
                idle -= 1
            }
            let job = work.removeFirst()
            lock.unlock()
            job()
            lock.lock()
        }
    }
}
