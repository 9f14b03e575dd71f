import Foundation

/// Warm boxes ready for jobs: namespaces, mounts and launcher are built off the critical path.
/// `acquire` hands out a box (building one when none is idle and the pool is below its size,
/// else waiting); `release` resets it — fresh /box, /tmp, /dev/shm, no IPC objects — on a thread
/// of its own, off the finished job's path, then keeps it, or retires it when the reset fails.
/// Boxes never serve two jobs at once, and a box is handed out only after its reset.
public actor BoxPool {
    public let sandbox: Sandbox
    public let size: Int
    private var idle: [Box] = []
    private var leased = 0
    /// Released boxes being reset (they count against the size until they are back).
    private var resetting = 0
    private var closed = false
    private var waiters: [CheckedContinuation<Void, Never>] = []
    private var settledWaiters: [CheckedContinuation<Void, Never>] = []
    private let resets = DispatchQueue(label: "pebble.box-reset")

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
            if leased + idle.count + resetting < size {
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
            if size - leased - resetting >= count {
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
        resetting += 1
        resets.async {
            let ok = (try? box.reset()) != nil
            Task { await self.returned(box, ok: ok) }
        }
    }

    private func returned(_ box: Box, ok: Bool) {
        resetting -= 1
        if ok && !closed { idle.append(box) } else { box.close() }
        // Every waiter looks again: one that wants two boxes must not sit on a wake-up one box would use.
        let woken = waiters
        waiters.removeAll()
        for waiter in woken { waiter.resume() }
        if resetting == 0 {
            for w in settledWaiters { w.resume() }
            settledWaiters.removeAll()
        }
    }

    /// Waits until every released box is back from its reset.
    public func settled() async {
        if resetting == 0 { return }
        await withCheckedContinuation { settledWaiters.append($0) }
    }

    /// Runs `body` with a box and always gives it back.
    public func withBox<T: Sendable>(_ body: @Sendable (Box) throws -> T) async throws -> T {
        let box = try await acquire()
        defer { release(box) }
        return try body(box)
    }

    public var counts: (idle: Int, leased: Int) { (idle.count, leased) }

    /// Closes the idle boxes, and each released one when its reset is done.
    public func close() async {
        closed = true
        for box in idle { box.close() }
        idle.removeAll()
        await settled()
    }
}
