import Foundation
import PebbleSandbox

/// Boxes of one language and stage, each holding a single-use worker that has started, announced it
/// is ready, and waits for its job (docs/languages.md, "Workers"), or a zygote that forks a fresh
/// process per job ("Zygotes"). A job takes a ready box; when it is given back, the box is reset
/// and, in the background, a fresh worker started in it (a zygote stays, or is restarted if the
/// job ended it). A worker never serves two jobs, and a box never holds two workers.
actor WorkerPool {
    enum Kind: String, Sendable {
        case worker, zygote
    }

    struct State: Sendable {
        var size: Int
        var ready: Int
        var starting: Int
        var busy: Int
        var failure: String?
        /// Jobs a ready worker took, and jobs that found none (and ran cold).
        var hits = 0
        var misses = 0
    }

    let name: String
    let kind: Kind
    let sandbox: Sandbox
    /// The worker's command, environment and start-up limits.
    let spec: RunSpec
    let size: Int
    private var ready: [Box] = []
    private var starting = 0
    private var busy = 0
    private var consecutiveFailures = 0
    private var lastFailure: String?
    private var closed = false
    private var hits = 0
    private var misses = 0
    private var drained: [CheckedContinuation<Void, Never>] = []

    /// After this many workers in a row fail to start, the pool stops trying (jobs run cold).
    static let failureLimit = 3

    init(name: String, kind: Kind = .worker, sandbox: Sandbox, spec: RunSpec, size: Int) {
        self.name = name
        self.kind = kind
        self.sandbox = sandbox
        self.spec = spec
        self.size = size
    }

    var state: State {
        State(size: size, ready: ready.count, starting: starting, busy: busy,
              failure: consecutiveFailures >= Self.failureLimit ? lastFailure : nil, hits: hits, misses: misses)
    }

    /// Starts workers until the pool is full.
    func fill() {
        while !closed && consecutiveFailures < Self.failureLimit && ready.count + starting + busy < size {
            start(in: nil)
        }
    }

    /// A box whose worker is ready, or nil when none is (the caller runs cold instead of waiting).
    func take() -> Box? {
        defer { fill() }
        guard !closed, let box = ready.popLast() else {
            misses += 1
            return nil
        }
        hits += 1
        busy += 1
        return box
    }

    /// Waits until a worker is ready — or, with `full`, every worker of the pool — up to `seconds`.
    func waitUntilReady(seconds: Double, full: Bool = false) async -> Bool {
        fill()
        let deadline = Date().addingTimeInterval(seconds)
        func waiting() -> Bool { full ? ready.count < size - busy : ready.isEmpty }
        while waiting() && Date() < deadline && !closed && consecutiveFailures < Self.failureLimit {
            try? await Task.sleep(nanoseconds: 2_000_000)
        }
        return !ready.isEmpty
    }

    /// Gives a box back after its job: reset, and a new worker started in it. A zygote's box is
    /// ready again once reset (a fraction of a millisecond), before the caller goes on, so job after
    /// job finds it warm; a zygote the job ended is started again in the background.
    func giveBack(_ box: Box) async {
        var reused = false
        if kind == .zygote && !closed {
            reused = (try? await Blocking.run { (try? box.reset()) != nil && box.hasZygote }) ?? false
        }
        busy -= 1
        if reused && !closed {
            ready.append(box)
            return
        }
        if closed {
            box.close()
            return
        }
        start(in: box)
    }

    private func start(in reused: Box?) {
        starting += 1
        let sandbox = self.sandbox, spec = self.spec, kind = self.kind
        Task {
            let outcome: Result<Box, WorkerStartFailure>
            do {
                outcome = .success(try await Blocking.run { try Self.startWorker(kind, sandbox: sandbox, spec: spec, reusing: reused) })
            } catch let failure as WorkerStartFailure {
                outcome = .failure(failure)
            } catch {
                outcome = .failure(WorkerStartFailure(reason: "\(error)"))
            }
            self.started(outcome)
        }
    }

    /// Resets the box (or makes one) and starts a worker in it; blocks until the worker is ready.
    private nonisolated static func startWorker(_ kind: Kind, sandbox: Sandbox, spec: RunSpec, reusing reused: Box?) throws -> Box {
        let box: Box
        if let reused {
            do {
                try reused.reset()
                box = reused
            } catch {
                reused.close()
                box = try sandbox.makeBox()
            }
        } else {
            box = try sandbox.makeBox()
        }
        if kind == .zygote {
            if box.hasZygote { return box }
            let failure: String?
            do { failure = try box.startZygote(spec) } catch {
                box.close()
                throw error
            }
            if let failure {
                box.close()
                throw WorkerStartFailure(reason: "the zygote did not start: \(failure)")
            }
            return box
        }
        do {
            if let report = try box.prestart(spec, waitForReady: true) {
                let said = String(decoding: report.stderr.suffix(400), as: UTF8.self)
                throw WorkerStartFailure(reason: "the worker ended before it was ready (\(report.status.rawValue)): \(said)")
            }
        } catch {
            box.close()
            throw error
        }
        return box
    }

    private func started(_ outcome: Result<Box, WorkerStartFailure>) {
        starting -= 1
        switch outcome {
        case let .success(box):
            consecutiveFailures = 0
            if closed { box.close() } else { ready.append(box) }
        case let .failure(failure):
            consecutiveFailures += 1
            lastFailure = failure.reason
            fill()
        }
        if starting == 0 {
            for waiter in drained { waiter.resume() }
            drained.removeAll()
        }
    }

    /// Closes every idle box and waits for workers still starting, so nothing is left behind.
    func close() async {
        closed = true
        for box in ready { box.close() }
        ready.removeAll()
        if starting > 0 { await withCheckedContinuation { drained.append($0) } }
    }
}

struct WorkerStartFailure: Error {
    var reason: String
}
