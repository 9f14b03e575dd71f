import Foundation
import PebbleJSON
import PebbleLanguages
import PebbleProblems
import PebbleSandbox
import PebbleWire

/// The engine's results as protocol frames (docs/protocol.md, "Responses").
enum Frames {
    static func diagnostics(_ ds: [Diagnostic]) -> JSONValue {
        .array(ds.map { d in
            var o: [String: JSONValue] = ["severity": .string(d.severity.rawValue), "message": .string(d.message)]
            if let f = d.file { o["file"] = .string(f) }
            if let l = d.line { o["line"] = .int(Int64(l)) }
            if let c = d.column { o["column"] = .int(Int64(c)) }
            return .object(o)
        })
    }

    static func compiled(id: String, job: String, _ stage: CompileStage) -> Response {
        var r = Response(type: "compiled", id: id, [
            "job": .string(job), "ok": .bool(stage.succeeded), "cached": .bool(stage.cached),
            "timeMs": .double(stage.report?.cpuMs ?? 0), "diagnostics": diagnostics(stage.diagnostics),
        ])
        if !stage.succeeded {
            r["output"] = .string(String(stage.output.prefix(Feedback.limit)))
            if let m = stage.message { r["message"] = .string(m) }
        }
        return r
    }

    /// Every test a batch submission ran, as its `test` frames would say (in its `result`: a
    /// grading keeps them all; a `judge` streams them instead).
    static func tests(_ j: JudgeResult, job: String) -> JSONValue {
        .array(j.tests.map { t in
            var fields = test(id: "", job: job, t).fields
            for key in ["type", "id", "job"] { fields[key] = nil }
            return .object(fields)
        })
    }

    static func test(id: String, job: String, _ t: TestResult) -> Response {
        var r = Response(type: "test", id: id, [
            "job": .string(job), "index": .int(Int64(t.index)), "name": .string(t.name), "group": .string(t.group),
            "sample": .bool(t.isSample), "verdict": .string(t.verdict.rawValue), "timeMs": .double(t.timeMs),
            "memoryKB": .int(Int64(t.memoryKB)), "diagnostics": diagnostics(t.diagnostics),
        ])
        if let m = t.message { r["message"] = .string(m) }
        // Only a failed sample shows its data; a hidden test never does.
        if t.isSample, let f = t.feedback {
            r["input"] = .string(f.input)
            r["expected"] = .string(f.expected)
            r["actual"] = .string(f.actual)
            if !f.stderr.isEmpty { r["stderr"] = .string(f.stderr) }
            if let d = f.difference { r["difference"] = .string(d) }
        }
        return r
    }

    /// A judge's result, without `id` (stored in the journal, then sent with the request's id).
    static func judgeResult(job: String, _ j: JudgeResult) -> [String: JSONValue] {
        var o: [String: JSONValue] = [
            "type": .string("result"), "job": .string(job), "problem": .string(j.problem), "language": .string(j.language),
            "verdict": .string(j.verdict.rawValue), "passed": .int(Int64(j.passed)), "total": .int(Int64(j.total)),
            "timeMs": .double(j.tests.map(\.timeMs).max() ?? 0), "memoryKB": .int(Int64(j.tests.map(\.memoryKB).max() ?? 0)),
            "timeLimitMs": .int(Int64(j.timeLimitMs)),
        ]
        if let m = j.message { o["message"] = .string(m) }
        if let c = j.compile { o["compile"] = .object(["ok": .bool(c.succeeded), "cached": .bool(c.cached), "diagnostics": diagnostics(c.diagnostics)]) }
        return o
    }

    static func runResult(job: String, compile: CompileStage?, run: RunStage?, outputCap: Int) -> [String: JSONValue] {
        var o: [String: JSONValue] = ["type": .string("result"), "job": .string(job)]
        if let compile, !compile.succeeded {
            o["status"] = .string(compile.internalError ? "IE" : "CE")
            o["diagnostics"] = diagnostics(compile.diagnostics)
            o["stdout"] = .string("")
            o["stderr"] = .string(String(compile.output.prefix(outputCap)))
            if let m = compile.message { o["message"] = .string(m) }
            return o
        }
        guard let run else { return o }
        let r = run.report
        o["status"] = .string(run.status.rawValue)
        o["exitCode"] = r.exitCode.map { .int(Int64($0)) } ?? .null
        o["signal"] = r.signal.map { .int(Int64($0)) } ?? .null
        o["timeMs"] = .double(r.cpuMs)
        o["wallMs"] = .double(r.wallMs)
        o["memoryKB"] = .int(Int64(r.memoryKB))
        o["limitHit"] = r.limitHit.map { .string($0.rawValue) } ?? .null
        o["warm"] = .bool(run.warm)
        o["diagnostics"] = diagnostics(run.diagnostics)
        JSONValue.text(r.stdout.prefix(outputCap), field: "stdout", into: &o)
        JSONValue.text(r.stderr.prefix(outputCap), field: "stderr", into: &o)
        if r.stdout.count > outputCap || r.stdoutTruncated { o["stdoutTruncated"] = .bool(true) }
        o["message"] = r.message.map { .string($0) } ?? .null
        return o
    }
}
