import Foundation

/// Warm boxes ready for jobs: namespaces, mounts and launcher are built off the critical path.
/// `acquire` hands out a box (building one when none is idle and the pool is below its size,
/// else waiting); `release` resets it — fresh /box, /tmp, /dev/shm, no IPC objects — and keeps it,
/// or retires it when the reset fails. Boxes never serve two jobs at once.
public actor BoxPool {
    public let sandbox: Sandbox
    public let size: Int
    private var idle: [Box] = []
    private var leased = 0
    private var waiters: [CheckedContinuation<Void, Never>] = []

    public init(sandbox: Sandbox, size: Int) {
        self.sandbox = sandbox
        self.size = max(1, size)
    }

    /// Builds boxes until `count` are idle (or the pool is full).
    public func warm(_ count: Int) throws {
        while idle.count < count && idle.count + leased < size {
            idle.append(try sandbox.makeBox())
        }
    }

    public func acquire() async throws -> Box {
        while true {
            if let box = idle.popLast() {
                leased += 1
                return box
            }
            if leased + idle.count < size {
                leased += 1
                do {
                    return try sandbox.makeBox()
                } catch {
                    leased -= 1
                    throw error
                }
            }
            await withCheckedContinuation { waiters.append($0) }
        }
    }

    /// `count` boxes at once, for programs that run together (an interactive problem's two sides).
    /// It never holds part of a set while it waits, so two callers cannot each hold one box and
    /// wait for the other's.
    public func acquire(_ count: Int) async throws -> [Box] {
        guard count <= size else { throw SandboxError.busy("asked for \(count) boxes at once from a pool of \(size)") }
        while true {
            if idle.count + (size - leased - idle.count) >= count {
                var taken: [Box] = []
                leased += count
                do {
                    while taken.count < count {
                        if let box = idle.popLast() { taken.append(box) } else { taken.append(try sandbox.makeBox()) }
                    }
                } catch {
                    leased -= count - taken.count
                    for box in taken { release(box) }
                    throw error
                }
                return taken
            }
            await withCheckedContinuation { waiters.append($0) }
        }
    }

    public func release(_ box: Box) {
        leased -= 1
        do {
            try box.reset()
            idle.append(box)
        } catch {
            box.close()
        }
        // Every waiter looks again: one that wants two boxes must not sit on a wake-up one box would use.
        let woken = waiters
        waiters.removeAll()
        for waiter in woken { waiter.resume() }
    }

    /// Runs `body` with a box and always gives it back.
    public func withBox<T: Sendable>(_ body: @Sendable (Box) throws -> T) async throws -> T {
        let box = try await acquire()
        defer { release(box) }
        return try body(box)
    }

    public var counts: (idle: Int, leased: Int) { (idle.count, leased) }

    public func close() {
        for box in idle { box.close() }
        idle.removeAll()
    }
}
