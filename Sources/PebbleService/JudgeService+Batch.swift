import Foundation
import PebbleJSON
import PebbleWire

/// `batch`: many submissions under one idempotency key. The whole batch is journalled before
/// `accepted`; a batch re-sent with a known key replays what is graded and grades only the rest.
extension JudgeService {
    func admitBatch(_ r: BatchRequest, id: String, caller: Caller, sink: any ResponseSink) async throws {
        if let known = try journal.batch(caller: caller.uid, key: r.key) {
            try resume(known, id: id, sink: sink)
            return
        }
        for s in r.submissions {
            _ = try toolchain(s.program.language)
            _ = try package(s.problem)
        }
        let batchID = Self.newID("b")
        var records: [Journal.Job] = []
        for s in r.submissions {
            let job = BatchJobRequest(problem: s.problem, program: s.program, tests: r.tests, stopOnFirstFailure: r.stopOnFirstFailure, meta: s.meta)
            records.append(Journal.Job(id: Self.newID("s"), kind: "batch", caller: caller.uid, batch: batchID, submission: s.id,
                                       request: try JSONEncoder().encode(job)))
        }
        let options = try JSONEncoder().encode(["tests": r.tests.rawValue])
        let live = LiveBatch(id: batchID, key: r.key, caller: caller.uid, jobs: records.map(\.id), remaining: Set(records.map(\.id)), gated: true)
        live.add(sink, requestID: id, replayed: 0)
        batches[batchID] = live
        try journal.insert(records, batch: Journal.Batch(id: batchID, caller: caller.uid, key: r.key, total: records.count, options: options))
        let waiting = await scheduler.waiting
        for record in records {
            do {
                try await enqueueJournalled(record, caller: caller)
            } catch let e as WireError {
                // The queue filled up part-way: the rest stays journalled and runs when the batch is re-sent.
                sink.send(Response(type: "accepted", id: id, ["job": .string(batchID), "total": .int(Int64(records.count)), "queued": .int(Int64(waiting))]))
                live.open()
                sink.send(.error(id: id, e, job: batchID))
                return
            }
        }
        sink.send(Response(type: "accepted", id: id, ["job": .string(batchID), "total": .int(Int64(records.count)), "queued": .int(Int64(waiting))]))
        live.open()
        if records.isEmpty { sendDone(live) }
    }

    /// A re-sent batch: the graded submissions' stored results, then the rest as they finish.
    func resume(_ b: Journal.Batch, id: String, sink: any ResponseSink) throws {
        let jobs = try journal.jobs(batch: b.id)
        let finished = jobs.filter { $0.state == "finished" || $0.state == "cancelled" }
        let live = batches[b.id]
        sink.send(Response(type: "accepted", id: id, ["job": .string(b.id), "total": .int(Int64(jobs.count)), "queued": .int(0),
                                                       "replaying": .int(Int64(finished.count))]))
        for job in finished { sink.send(replay(job, id: id)) }
        if let live, !live.remaining.isEmpty {
            live.add(sink, requestID: id, replayed: finished.count)
            return
        }
        if finished.count == jobs.count {
            sink.send(doneFrame(id: id, batch: b.id, jobs: jobs, replayed: finished.count))
            return
        }
        // Unfinished, not in flight (the queue was full when it was sent): schedule the rest now.
        let rest = jobs.filter { $0.state != "finished" && $0.state != "cancelled" }
        let again = LiveBatch(id: b.id, key: b.key, caller: b.caller, jobs: jobs.map(\.id), remaining: Set(rest.map(\.id)))
        again.graded = finished.count
        again.add(sink, requestID: id, replayed: finished.count)
        batches[b.id] = again
        Task { for job in rest { try? await self.enqueueJournalled(job, caller: nil) } }
    }

    func replay(_ job: Journal.Job, id: String) -> Response {
        var r = Self.stored(job.result ?? Data(), id: id, job: job.id)
        r["submission"] = job.submission.map { .string($0) } ?? .null
        r["replayed"] = .bool(true)
        return r
    }

    /// One submission finished: its result to the batch's listeners, and `done` after the last.
    func batchProgress(_ batch: LiveBatch, job: String, fields: [String: JSONValue]) {
        guard batch.remaining.remove(job) != nil else { return }
        batch.graded += 1
        let verdict = fields["verdict"]?.string ?? fields["code"]?.string ?? "?"
        batch.verdicts[verdict, default: 0] += 1
        for l in batch.currentListeners {
            var r = Response(fields: fields)
            r["id"] = .string(l.requestID)
            if r["type"] == nil { r["type"] = .string("result") }
            batch.send(r, to: l.sink)
        }
        if batch.remaining.isEmpty { sendDone(batch) }
    }

    func sendDone(_ batch: LiveBatch) {
        let jobs = (try? journal.jobs(batch: batch.id)) ?? []
        for l in batch.currentListeners { batch.send(doneFrame(id: l.requestID, batch: batch.id, jobs: jobs, replayed: l.replayed), to: l.sink) }
        batch.clearListeners()
        batches[batch.id] = nil
    }

    func doneFrame(id: String, batch: String, jobs: [Journal.Job], replayed: Int) -> Response {
        var verdicts: [String: JSONValue] = [:]
        var graded = 0
        for j in jobs where j.state == "finished" {
            graded += 1
            let v = (j.result.flatMap { try? JSONValue.parse($0) }).flatMap { $0["verdict"]?.string ?? $0["code"]?.string } ?? "?"
            verdicts[v] = .int((verdicts[v]?.int ?? 0) + 1)
        }
        return Response(type: "done", id: id, ["job": .string(batch), "total": .int(Int64(jobs.count)), "graded": .int(Int64(graded)),
                                               "replayed": .int(Int64(replayed)), "verdicts": .object(verdicts)])
    }

    func sendBatchReplay(_ jobs: [Journal.Job], batch: String, id: String, sink: any ResponseSink, replayed: Bool) {
        for job in jobs { sink.send(replay(job, id: id)) }
        sink.send(doneFrame(id: id, batch: batch, jobs: jobs, replayed: jobs.count))
    }
}
