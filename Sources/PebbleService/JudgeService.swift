public import PebbleOps
public import Foundation
public import Logging
public import PebbleLanguages
public import PebbleJSON
public import PebbleProblems
import Metrics
import PebbleSandbox
public import PebbleWire

/// Where a job's frames go: a connection. `send` queues a frame for the peer; `offer` is for
/// events a slow peer may lose (a subscriber never slows judging).
public protocol ResponseSink: AnyObject, Sendable {
    func send(_ response: Response)
    func offer(_ response: Response) -> Bool
}

public struct ServiceConfiguration: Sendable {
    public var concurrency: Int
    public var queueCapacity: Int
    public var maxFrameBytes: Int
    public var maxSourceBytes: Int
    public var maxBatchSubmissions: Int
    public var resultTTLHours: Double
    public var problemsDirectory: String
    public var version: String

    public init(concurrency: Int = ProcessInfo.processInfo.activeProcessorCount, queueCapacity: Int = 10_000,
                maxFrameBytes: Int = PebbleProtocol.defaultMaxFrameBytes, maxSourceBytes: Int = 1 << 20,
                maxBatchSubmissions: Int = 5000, resultTTLHours: Double = 168,
                problemsDirectory: String = ShippedData.directory("problems"), version: String = "0.5.0") {
        self.concurrency = concurrency
        self.queueCapacity = queueCapacity
        self.maxFrameBytes = maxFrameBytes
        self.maxSourceBytes = maxSourceBytes
        self.maxBatchSubmissions = maxBatchSubmissions
        self.resultTTLHours = resultTTLHours
        self.problemsDirectory = problemsDirectory
        self.version = version
    }
}

/// The daemon's service: admits requests, schedules jobs, runs them through the engine, streams
/// their frames, journals what must survive a crash (docs/protocol.md). No socket code here.
public actor JudgeService {
    public let configuration: ServiceConfiguration
    /// The engine new jobs start on; SIGHUP replaces it (`reloadToolchains`).
    var current: EngineGeneration
    /// Engines replaced by a reload, shut down once the jobs that started on them have ended.
    var retiring: [EngineGeneration] = []
    var engine: LanguageEngine { current.engine }
    let journal: Journal
    /// Set by `shutdown`: jobs ended by it are not the caller's cancellations.
    let stopping = Flag()
    public let scheduler: Scheduler
    let logger: Logger
    let limiter = RateLimiter()
    var bank: ProblemBank
    let started = Date()

    /// Jobs in flight, with who listens to them.
    var live: [String: LiveJob] = [:]
    var batches: [String: LiveBatch] = [:]
    var subscribers: [ObjectIdentifier: Subscriber] = [:]
    var counters: [String: Int] = [:]
    var connections = 0

    public init(engine: LanguageEngine, journal: Journal, configuration: ServiceConfiguration, logger: Logger) {
        current = EngineGeneration(engine)
        self.journal = journal
        self.configuration = configuration
        self.logger = logger
        scheduler = Scheduler(concurrency: configuration.concurrency, capacity: configuration.queueCapacity)
        bank = ProblemBank.load(configuration.problemsDirectory)
    }

    public var decoderLimits: RequestDecoder.Limits {
        RequestDecoder.Limits(maxSourceBytes: configuration.maxSourceBytes, maxBatchSubmissions: configuration.maxBatchSubmissions)
    }

    // MARK: Start, reload, stop

    /// Runs again every journalled job that had not finished when the daemon last stopped.
    public func recover() async throws -> Int {
        let unfinished = try journal.unfinished()
        for job in unfinished {
            do {
                if let batchID = job.batch {
                    if batches[batchID] == nil, let b = try journal.batch(id: batchID) {
                        let all = try journal.jobs(batch: batchID)
                        batches[batchID] = LiveBatch(id: batchID, key: b.key, caller: b.caller, jobs: all.map(\.id),
                                                     remaining: Set(all.filter { $0.state != "finished" && $0.state != "cancelled" }.map(\.id)))
                    }
                }
                try await enqueueJournalled(job, caller: nil)
            } catch {
                logger.error("could not re-queue job", metadata: ["job": "\(job.id)", "error": "\(error)"])
            }
        }
        if !unfinished.isEmpty { logger.notice("re-queued unfinished jobs", metadata: ["count": "\(unfinished.count)"]) }
        try? journal.expire(olderThan: configuration.resultTTLHours * 3600)
        return unfinished.count
    }

    /// SIGHUP: the bank is read again; jobs in flight keep the packages they started with.
    public func reloadProblems() {
        bank = ProblemBank.load(configuration.problemsDirectory)
        logger.notice("problems reloaded", metadata: ["problems": "\(bank.packages.count)", "broken": "\(bank.broken.count)"])
    }

    /// SIGHUP: the toolchain files are read and probed again into a new engine (its pools fill in
    /// the background); new jobs start on it, jobs already running finish on the engine they
    /// started on, which is then shut down. A new engine that cannot be made leaves the old one.
    public func reloadToolchains() async {
        let configuration = current.engine.configuration
        let made = await Task.detached { Result { try LanguageEngine(configuration: configuration) } }.value
        switch made {
        case let .failure(error):
            logger.error("toolchains not reloaded: the new engine could not start", metadata: ["error": "\(error)"])
        case let .success(fresh):
            let old = current
            current = EngineGeneration(fresh)
            retiring.append(old)
            Task { await fresh.warmUp(seconds: 60) }
            Task { await self.retire(old) }
            logger.notice("toolchains reloaded", metadata: ["languages": "\(fresh.toolchains.count)"])
        }
    }

    private func retire(_ old: EngineGeneration) async {
        while !old.idle { try? await Task.sleep(nanoseconds: 50_000_000) }
        await old.shutdown()
        retiring.removeAll { $0 === old }
    }

    /// Ends every engine (after `shutdown`): their boxes, workers and cgroups.
    public func shutdownEngines() async {
        for g in retiring + [current] { await g.shutdown() }
    }

    /// The engine a job runs on, counted as in use until `end()`.
    func beginJob() -> EngineGeneration {
        current.begin()
        return current
    }

    /// SIGTERM: no new work; running jobs get `timeout` seconds to finish. Journalled jobs that do
    /// not finish stay in the journal and run again at the next start.
    public func shutdown(timeout: Double) async {
        stopping.set()
        let dropped = await scheduler.drain()
        for job in dropped { live[job]?.finishWith(error: WireError(.internal, "the daemon is stopping; the job runs again when it restarts"), job: job) }
        if !(await scheduler.waitIdle(timeout: timeout)) {
            await scheduler.cancelRunning()
            _ = await scheduler.waitIdle(timeout: 5)
        }
    }

    // MARK: Connections

    public func connected() { connections += 1 }

    public func disconnected(_ sink: any ResponseSink) {
        connections -= 1
        subscribers[ObjectIdentifier(sink)] = nil
        for job in live.values { job.remove(sink) }
        for b in batches.values { b.remove(sink) }
    }

    public func helloFields(caller: Caller) -> [String: JSONValue] {
        [
            "server": .string("pebble-judged"), "version": .string(configuration.version),
            "maxFrameBytes": .int(Int64(configuration.maxFrameBytes)), "maxSourceBytes": .int(Int64(configuration.maxSourceBytes)),
            "maxBatchSubmissions": .int(Int64(configuration.maxBatchSubmissions)),
            "caller": .object(["uid": .int(Int64(caller.uid)), "name": .string(caller.name), "priority": .string(caller.rule.priority.rawValue)]),
        ]
    }

    // MARK: Requests

    /// Answers one request (after `hello`). Job requests are admitted here and run by the scheduler.
    public func handle(_ request: Request, id: String, caller: Caller, sink: any ResponseSink) async {
        if let wait = await limiter.allow(caller) {
            sink.send(.error(id: id, WireError(.overloaded, "over \(caller.rule.requestsPerMinute) requests a minute", retryAfterMs: wait)))
            return
        }
        do {
            switch request {
            case .hello: sink.send(.error(id: id, WireError(.badRequest, "hello was already said on this connection")))
            case let .run(r): try await admitRun(r, id: id, caller: caller, sink: sink)
            case let .judge(r): try await admitJudge(r, id: id, caller: caller, sink: sink)
            case let .batch(r): try await admitBatch(r, id: id, caller: caller, sink: sink)
            case let .cancel(job): try await cancel(job, id: id, caller: caller, sink: sink)
            case let .result(job): try fetch(job, id: id, caller: caller, sink: sink)
            case .status: sink.send(await status(id: id))
            case .languages: sink.send(await languages(id: id))
            case let .problems(p): try problems(p, id: id, sink: sink)
            case let .subscribe(s):
                guard caller.rule.admin else { throw WireError(.forbidden, "this caller may not subscribe to job events") }
                subscribers[ObjectIdentifier(sink)] = Subscriber(sink: sink, id: id, kinds: s.kinds.map(Set.init))
                sink.send(Response(type: "subscribed", id: id))
            }
        } catch let e as WireError {
            sink.send(.error(id: id, e))
        } catch {
            logger.error("request failed", metadata: ["type": "\(request.type)", "error": "\(error)"])
            sink.send(.error(id: id, WireError(.internal, "\(error)")))
        }
    }

    func toolchain(_ language: String) throws -> Toolchain {
        guard let t = try? engine.toolchain(language) else {
            throw WireError(.unknownLanguage, "no language '\(language)' (languages lists them)")
        }
        return t
    }

    func package(_ id: String) throws -> ProblemPackage {
        guard let p = try? bank.package(id) else { throw WireError(.unknownProblem, "no problem '\(id)' (problems lists them)") }
        return p
    }

    static func newID(_ prefix: String) -> String {
        let t = UInt64(Date().timeIntervalSince1970 * 1000)
        return prefix + "-" + String(t, radix: 36) + String(UInt64.random(in: 0..<(1 << 40)), radix: 36)
    }

    // MARK: run

    func admitRun(_ r: RunRequest, id: String, caller: Caller, sink: any ResponseSink) async throws {
        let t = try toolchain(r.program.language)
        let job = Self.newID("r")
        let waiting = await scheduler.waiting
        let listener = LiveJob(id: job, kind: "run", caller: caller.uid, meta: r.meta, gated: true)
        listener.language = t.id
        listener.add(sink, requestID: id)
        live[job] = listener
        do {
            try await scheduler.submit(job: job, caller: caller.uid, priority: caller.rule.priority, quota: caller.quota) { [self] in
                await self.execute(run: r, toolchain: t, job: listener)
            }
        } catch {
            live[job] = nil
            throw error
        }
        sink.send(Response(type: "accepted", id: id, ["job": .string(job), "queued": .int(Int64(waiting))]))
        listener.open()
    }

    nonisolated func execute(run r: RunRequest, toolchain t: Toolchain, job: LiveJob) async {
        let started = Date()
        let generation = await beginJob()
        defer { generation.end() }
        let engine = generation.engine
        var fields: [String: JSONValue]
        do {
            let (files, main) = Self.files(r.program, toolchain: t)
            let program = try await engine.prepare(language: t.id, files: files, mainFile: main)
            if let stage = program.compile {
                job.broadcast { Frames.compiled(id: $0, job: job.id, stage) }
                Self.recordCompile(stage, language: t.id)
            }
            let outputCap = Int(min(r.limits?.outputKB ?? 1024, 64 * 1024)) * 1024
            if let stage = program.compile, !stage.succeeded {
                fields = Frames.runResult(job: job.id, compile: stage, run: nil, outputCap: outputCap)
            } else {
                let limits = LimitSettings(cpuMs: r.limits?.cpuMs, wallMs: r.limits?.wallMs, memoryMB: r.limits?.memoryMB,
                                           outputMB: r.limits?.outputKB.map { max(1, ($0 + 1023) / 1024) })
                let run = try await engine.run(program, stdin: r.stdin, limits: limits)
                // A cancelled run's program was killed: the answer is the cancellation, not its report.
                try Task.checkCancellation()
                fields = Frames.runResult(job: job.id, compile: program.compile, run: run, outputCap: outputCap)
            }
        } catch is CancellationError {
            await finished(job, error: WireError(.cancelled, "the job was cancelled"))
            return
        } catch {
            await finished(job, error: WireError(.internal, "\(error)"))
            return
        }
        await finished(job, result: fields, started: started)
    }

    /// The request's files by box path: a lone `source` becomes the toolchain's source file.
    nonisolated static func files(_ p: ProgramSource, toolchain t: Toolchain) -> ([String: Data], String?) {
        if let only = p.files[""] { return ([t.source: only], nil) }
        if p.files.count == 1, let (name, data) = p.files.first {
            return t.keepsMainFileName ? ([name: data], name) : ([t.source: data], nil)
        }
        return (p.files, p.mainFile)
    }

    // MARK: judge

    func admitJudge(_ r: JudgeRequest, id: String, caller: Caller, sink: any ResponseSink) async throws {
        _ = try toolchain(r.program.language)
        _ = try package(r.problem)
        let job = Self.newID("j")
        let record = Journal.Job(id: job, kind: "judge", caller: caller.uid, request: try JSONEncoder().encode(r))
        let listener = LiveJob(id: job, kind: "judge", caller: caller.uid, meta: r.meta, gated: true)
        listener.add(sink, requestID: id)
        live[job] = listener
        do {
            try journal.insert([record])
            try await enqueueJournalled(record, caller: caller)
        } catch {
            live[job] = nil
            try? journal.finish(job, state: "cancelled", result: Data())
            throw error
        }
        sink.send(Response(type: "accepted", id: id, ["job": .string(job), "queued": .int(Int64(await scheduler.waiting))]))
        listener.open()
    }

    /// Schedules a journalled judge job (a batch's submission is one too).
    func enqueueJournalled(_ record: Journal.Job, caller: Caller?) async throws {
        let request: JudgeRequest
        if record.kind == "batch" {
            let s = try JSONDecoder().decode(BatchJobRequest.self, from: record.request)
            request = JudgeRequest(problem: s.problem, program: s.program, tests: s.tests, stopOnFirstFailure: s.stopOnFirstFailure, meta: s.meta)
        } else {
            request = try JSONDecoder().decode(JudgeRequest.self, from: record.request)
        }
        let listener = live[record.id] ?? LiveJob(id: record.id, kind: record.kind, caller: record.caller, meta: request.meta, submission: record.submission)
        listener.batch = record.batch
        live[record.id] = listener
        let priority: Scheduler.Priority = record.kind == "batch" ? .bulk : (caller?.rule.priority ?? .interactive)
        let quota = caller?.quota ?? Scheduler.Quota(maxRunning: Int.max, maxQueued: Int.max)
        try await scheduler.submit(job: record.id, caller: record.caller, priority: priority, quota: quota) { [self] in
            await self.execute(judge: request, job: listener)
        }
    }

    nonisolated func execute(judge r: JudgeRequest, job: LiveJob) async {
        let started = Date()
        let generation = await beginJob()
        defer { generation.end() }
        let judge = generation.judge
        do {
            try journal.setState(job.id, "running")
            let package = try await self.package(r.problem)
            let t = try await toolchain(r.program.language)
            let (files, main) = Self.files(r.program.program, toolchain: t)
            let submission = Submission(language: t.id, files: files, mainFile: main)
            var options = Judge.Options()
            options.tests = r.tests == .sample ? .sample : .all
            options.stopOnFirstFailure = r.stopOnFirstFailure
            let result = try await judge.judge(submission, on: package, options: options, onTest: { test in
                job.broadcast { Frames.test(id: $0, job: job.id, test) }
            }, onCompiled: { stage in
                job.broadcast { Frames.compiled(id: $0, job: job.id, stage) }
                Self.recordCompile(stage, language: t.id)
            })
            try Task.checkCancellation()
            var fields = Frames.judgeResult(job: job.id, result)
            if job.batch != nil { fields["tests"] = Frames.tests(result, job: job.id) }
            await finished(job, result: fields, started: started)
        } catch is CancellationError {
            // Ended by a `cancel`: cancelled. Ended because the service is stopping: it stays
            // unfinished in the journal and runs again at the next start.
            if !stopping.isSet { try? journal.finish(job.id, state: "cancelled", result: Data()) }
            await finished(job, error: WireError(.cancelled, "the job was cancelled"))
        } catch let e as WireError {
            try? journal.finish(job.id, state: "finished", result: Data(JSONValue.object(["type": .string("error"), "code": .string(e.code.rawValue), "message": .string(e.message)]).compactJSON.utf8))
            await finished(job, error: e)
        } catch {
            // Not the learner's fault: left unfinished in the journal only if the daemon is stopping.
            let e = WireError(.internal, "\(error)")
            try? journal.finish(job.id, state: "finished", result: Data(JSONValue.object(["type": .string("error"), "code": .string("internal"), "message": .string(e.message)]).compactJSON.utf8))
            await finished(job, error: e)
        }
    }

    // MARK: Finishing

    nonisolated static func recordCompile(_ stage: CompileStage, language: String) {
        Counter(label: "pebble_compiles_total", dimensions: [("language", language), ("cached", stage.cached ? "yes" : "no")]).increment()
        if let ms = stage.report?.wallMs {
            Timer(label: "pebble_compile_seconds", dimensions: [("language", language)]).recordNanoseconds(Int64(ms * 1e6))
        }
    }

    /// Sets the gauges a scrape reads: queue depth, running jobs, connections, pools.
    public func refreshGauges() async {
        let s = await scheduler.snapshot()
        for (p, n) in s.queued { Gauge(label: "pebble_queue_depth", dimensions: [("priority", p.rawValue)]).record(n) }
        Gauge(label: "pebble_jobs_running").record(s.running)
        Gauge(label: "pebble_connections").record(connections)
        for l in await engine.languages() {
            for p in l.pools {
                let d = [("language", l.id), ("stage", p.stage)]
                Gauge(label: "pebble_pool_ready", dimensions: d).record(p.ready)
                Gauge(label: "pebble_pool_hits", dimensions: d).record(p.hits)
                Gauge(label: "pebble_pool_misses", dimensions: d).record(p.misses)
            }
        }
        Gauge(label: "pebble_daemon_rss_bytes").record(ProcessStats.rssKB() * 1024)
    }

    func finished(_ job: LiveJob, result fields: [String: JSONValue], started: Date) {
        if job.kind != "run" {
            do { try journal.finish(job.id, result: Data(JSONValue.object(fields).compactJSON.utf8)) } catch {
                logger.error("could not store a result", metadata: ["job": "\(job.id)", "error": "\(error)"])
            }
        }
        var fields = fields
        if let s = job.submission { fields["submission"] = .string(s) }
        let verdict = fields["verdict"]?.string ?? fields["status"]?.string ?? "?"
        counters["\(job.kind).\(verdict)", default: 0] += 1
        let language = fields["language"]?.string ?? job.language ?? ""
        Counter(label: "pebble_jobs_total", dimensions: [("kind", job.kind), ("verdict", verdict), ("language", language)]).increment()
        Timer(label: "pebble_job_seconds", dimensions: [("kind", job.kind), ("language", language)])
            .recordNanoseconds(Int64(Date().timeIntervalSince(started) * 1e9))
        if let ms = fields["wallMs"]?.number {
            Timer(label: "pebble_sandbox_run_seconds", dimensions: [("language", language)]).recordNanoseconds(Int64(ms * 1e6))
        }
        logger.info("job finished", metadata: [
            "job": "\(job.id)", "kind": "\(job.kind)", "caller": "\(job.caller)", "language": "\(fields["language"]?.string ?? "")",
            "verdict": "\(verdict)", "ms": "\(Int(Date().timeIntervalSince(started) * 1000))",
        ])
        let frame = fields
        job.broadcast { id in Response(fields: frame.merging(["id": .string(id)]) { _, new in new }) }
        live[job.id] = nil
        publish(job, fields: fields)
        if let b = job.batch, let batch = batches[b] { batchProgress(batch, job: job.id, fields: fields) }
    }

    func finished(_ job: LiveJob, error: WireError) {
        counters["\(job.kind).\(error.code.rawValue)", default: 0] += 1
        job.finishWith(error: error, job: job.id)
        live[job.id] = nil
        if let b = job.batch, let batch = batches[b] {
            var fields = Response.error(id: "", error, job: job.id).fields
            fields["id"] = nil
            batchProgress(batch, job: job.id, fields: fields)
        }
    }

    func publish(_ job: LiveJob, fields: [String: JSONValue]) {
        guard !subscribers.isEmpty else { return }
        var event: [String: JSONValue] = [
            "event": .string("job.finished"), "job": .string(job.id), "kind": .string(job.kind), "caller": .int(Int64(job.caller)),
            "finishedAt": .int(Int64(Date().timeIntervalSince1970 * 1000)),
        ]
        for key in ["language", "problem", "verdict", "status", "passed", "total", "timeMs", "memoryKB", "submission"] {
            if let v = fields[key] { event[key] = v }
        }
        if let m = job.meta { event["meta"] = m }
        for s in subscribers.values where s.kinds?.contains(job.kind) ?? true {
            if s.pendingDrops > 0, s.sink.offer(Response(type: "event", id: s.id, ["event": .string("dropped"), "count": .int(Int64(s.pendingDrops))])) {
                s.pendingDrops = 0
            }
            if !s.sink.offer(Response(type: "event", id: s.id, event)) { s.pendingDrops += 1 }
        }
    }

    // MARK: Small requests

    func cancel(_ job: String, id: String, caller: Caller, sink: any ResponseSink) async throws {
        let stored = try journal.job(job)?.caller ?? journal.batch(id: job)?.caller
        let owner = live[job]?.caller ?? batches[job]?.caller ?? stored
        guard let owner else { throw WireError(.unknownJob, "no job '\(job)'") }
        guard owner == caller.uid || caller.rule.admin else { throw WireError(.forbidden, "job '\(job)' is another caller's") }
        if let batch = batches[job] {
            for j in batch.remaining { _ = await cancelOne(j) }
            sink.send(Response(type: "cancel", id: id, ["job": .string(job), "state": .string("cancelled")]))
            return
        }
        let state = await cancelOne(job)
        sink.send(Response(type: "cancel", id: id, ["job": .string(job), "state": .string(state)]))
    }

    func cancelOne(_ job: String) async -> String {
        switch await scheduler.cancel(job: job) {
        case .dequeued:
            try? journal.finish(job, state: "cancelled", result: Data())
            if let l = live[job] { finished(l, error: WireError(.cancelled, "the job was cancelled")) }
            return "cancelled"
        case .stopping:
            return "cancelled"
        case .unknown:
            return "finished"
        }
    }

    func fetch(_ job: String, id: String, caller: Caller, sink: any ResponseSink) throws {
        if let b = try journal.batch(id: job) {
            guard b.caller == caller.uid || caller.rule.admin else { throw WireError(.forbidden, "job '\(job)' is another caller's") }
            let jobs = try journal.jobs(batch: job)
            guard jobs.allSatisfy({ $0.state == "finished" || $0.state == "cancelled" }) else {
                sink.send(Response(type: "pending", id: id, ["job": .string(job), "state": .string("running"),
                                                              "graded": .int(Int64(jobs.filter { $0.state == "finished" }.count)), "total": .int(Int64(jobs.count))]))
                return
            }
            sendBatchReplay(jobs, batch: job, id: id, sink: sink, replayed: false)
            return
        }
        guard let record = try journal.job(job) else { throw WireError(.unknownJob, "no job '\(job)' (or its result expired)") }
        guard record.caller == caller.uid || caller.rule.admin else { throw WireError(.forbidden, "job '\(job)' is another caller's") }
        guard let data = record.result, record.state == "finished" || record.state == "cancelled" else {
            sink.send(Response(type: "pending", id: id, ["job": .string(job), "state": .string(record.state)]))
            return
        }
        sink.send(Self.stored(data, id: id, job: job))
    }

    static func stored(_ data: Data, id: String, job: String) -> Response {
        guard !data.isEmpty, case var .object(o)? = try? JSONValue.parse(data) else {
            return .error(id: id, WireError(.cancelled, "the job was cancelled"), job: job)
        }
        o["id"] = .string(id)
        return Response(fields: o)
    }

    func languages(id: String) async -> Response {
        let states = await engine.languages()
        let templates = ShippedData.directory("harness-templates")
        let list: [JSONValue] = states.filter(\.available).map { l in
            let t = try? engine.toolchain(l.id)
            return .object([
                "id": .string(l.id), "name": .string(l.name), "version": l.version.map { .string($0) } ?? .null,
                "extensions": .array(l.extensions.map { .string($0) }), "compiled": .bool(t?.compile != nil),
                "functionMode": .bool((try? Harness.load(language: l.id, templates: templates)) != nil),
            ])
        }
        return Response(type: "languages", id: id, ["languages": .array(list)])
    }

    func problems(_ p: ProblemsRequest, id: String, sink: any ResponseSink) throws {
        func summary(_ pkg: ProblemPackage, locale: String) -> [String: JSONValue] {
            [
                "id": .string(pkg.id), "title": .string(pkg.metadata.names[locale] ?? pkg.metadata.names["en"] ?? pkg.id),
                "titles": .object(pkg.metadata.names.mapValues { .string($0) }),
                "difficulty": pkg.metadata.difficulty.map { .string($0) } ?? .null,
                "topics": .array(pkg.metadata.topics.map { .string($0) }),
                "mode": .string(pkg.metadata.signature == nil ? "stdio" : "function"),
                "timeLimitMs": pkg.statedTimeLimit.map { .int(Int64($0 * 1000)) } ?? .null,
                "memoryMB": .int(Int64(pkg.metadata.memoryMB)),
            ]
        }
        let locale = p.locale ?? "en"
        guard let one = p.problem else {
            sink.send(Response(type: "problems", id: id, ["problems": .array(bank.packages.map { .object(summary($0, locale: locale)) })]))
            return
        }
        let pkg = try package(one)
        var o = summary(pkg, locale: locale)
        o["statement"] = pkg.statement(language: locale).map { .string($0) } ?? pkg.statement().map { .string($0) } ?? .null
        o["samples"] = .array(pkg.samples.map { s in
            .object([
                "name": .string(s.name),
                "input": .string(String(decoding: FileManager.default.contents(atPath: s.inputPath) ?? Data(), as: UTF8.self)),
                "answer": .string(String(decoding: FileManager.default.contents(atPath: s.answerPath) ?? Data(), as: UTF8.self)),
            ])
        })
        if let sig = pkg.metadata.signature, let data = try? JSONEncoder().encode(sig), let v = try? JSONValue.parse(data) {
            o["signature"] = v
            if let lang = p.language {
                guard let h = try? Harness.load(language: lang, templates: ShippedData.directory("harness-templates")) else {
                    throw WireError(.unknownLanguage, "no function-mode harness for '\(lang)'")
                }
                o["starter"] = .string(h.starter(for: sig))
            }
        }
        sink.send(Response(type: "problem", id: id, ["problem": .object(o)]))
    }

    public func status(id: String) async -> Response {
        let s = await scheduler.snapshot()
        let states = await engine.languages()
        var pools: [String: JSONValue] = [:]
        for l in states where !l.pools.isEmpty {
            pools[l.id] = .object(Dictionary(uniqueKeysWithValues: l.pools.map { p in
                (p.stage, JSONValue.object(["kind": .string(p.kind), "ready": .int(Int64(p.ready)), "target": .int(Int64(p.size)), "starting": .int(Int64(p.starting)),
                                            "busy": .int(Int64(p.busy)), "hits": .int(Int64(p.hits)), "misses": .int(Int64(p.misses)),
                                            "failure": p.failure.map { .string($0) } ?? .null]))
            }))
        }
        let workers = ProcessStats.workerRSS()
        return Response(type: "status", id: id, [
            "version": .string(configuration.version), "protocol": .int(Int64(PebbleProtocol.version)),
            "uptimeSec": .double(Date().timeIntervalSince(started)),
            "queue": .object([
                "queued": .int(Int64(s.queued.values.reduce(0, +))), "running": .int(Int64(s.running)),
                "capacity": .int(Int64(s.capacity)),
                "byPriority": .object(Dictionary(uniqueKeysWithValues: s.queued.map { ($0.key.rawValue, JSONValue.int(Int64($0.value))) })),
            ]),
            "concurrency": .int(Int64(s.concurrency)),
            "pools": .object(pools),
            "counters": .object(counters.mapValues { .int(Int64($0)) }),
            "callers": .array(s.byCaller.map { .object(["uid": .int(Int64($0.key)), "running": .int(Int64($0.value.running)), "queued": .int(Int64($0.value.queued))]) }),
            "connections": .int(Int64(connections)),
            "memory": .object(["rssKB": .int(Int64(ProcessStats.rssKB())), "workersRssKB": .int(Int64(workers.kb)), "workers": .int(Int64(workers.count))]),
            "journal": .object(["jobs": .int(Int64((try? journal.count()) ?? 0))]),
            "problems": .int(Int64(bank.packages.count)),
        ])
    }
}

/// A journalled batch submission: what its job needs to run again.
struct BatchJobRequest: Codable {
    var problem: String
    var program: ProgramSourceCodable
    var tests: TestsSelection
    var stopOnFirstFailure: Bool
    var meta: JSONValue?
}

final class Subscriber {
    let sink: any ResponseSink
    let id: String
    let kinds: Set<String>?
    var pendingDrops = 0

    init(sink: any ResponseSink, id: String, kinds: Set<String>?) {
        self.sink = sink
        self.id = id
        self.kinds = kinds
    }
}

/// An engine and the judge on it, with a count of the jobs running on them: a reload makes a new
/// one, and the old one is shut down only when its count is back to zero.
final class EngineGeneration: @unchecked Sendable {
    let engine: LanguageEngine
    let judge: Judge
    private let lock = NSLock()
    private var running = 0
    private var closed = false

    init(_ engine: LanguageEngine) {
        self.engine = engine
        judge = Judge(engine: engine)
    }

    func begin() { lock.withLock { running += 1 } }
    func end() { lock.withLock { running -= 1 } }
    var idle: Bool { lock.withLock { running == 0 } }

    /// Shuts the engine down once, whoever asks first.
    func shutdown() async {
        let first = lock.withLock {
            defer { closed = true }
            return !closed
        }
        if first { await engine.shutdown() }
    }
}

/// A flag set once, read from any task.
final class Flag: @unchecked Sendable {
    private let lock = NSLock()
    private var value = false
    func set() { lock.withLock { value = true } }
    var isSet: Bool { lock.withLock { value } }
}
