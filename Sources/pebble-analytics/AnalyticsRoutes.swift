import Foundation
import Hummingbird
import Logging
import Metrics
import PebbleAnalytics
import PebbleHTTP
import PebbleJSON

/// The analytics HTTP API (docs/api/analytics.yaml).
struct AnalyticsRoutes: Sendable {
    let store: any AnalyticsStore
    let engine: InsightsEngine
    let gate: AccessGate
    let updates: LearnerUpdates
    let speech: SpeechSynthesizer
    let audioLimiter: RateLimiter
    let maxBatchEvents: Int
    let heartbeatSeconds: Double
    let maxLiveStreams: Int
    let logger: Logger

    func add(to router: Router<BasicRequestContext>) {
        router.post("/v1/events") { request, _ in try await self.ingest(request) }
        router.get("/v1/learners/{id}") { request, context in
            let learner = try await self.learner(request, context)
            return JSONBody.response(try self.profile(learner))
        }
        router.put("/v1/learners/{id}") { request, context in
            let learner = try await self.learner(request, context)
            return try await self.setProfile(request, learner: learner)
        }
        router.get("/v1/learners/{id}/events") { request, context in
            let learner = try await self.learner(request, context)
            let limit = try Self.intParameter(request, "limit", default: 100, range: 1...1000)
            let events = try self.store.recentEvents(learner: learner, limit: limit)
            return JSONBody.response(.object(["learner": .string(learner), "events": .array(events.map(\.json))]))
        }
        router.get("/v1/learners/{id}/insights") { request, context in
            let learner = try await self.learner(request, context)
            let insights = try self.insights(learner, window: try Self.window(request), asOf: try Self.asOf(request))
            return JSONBody.response(insights.json)
        }
        router.get("/v1/learners/{id}/recap") { request, context in
            let learner = try await self.learner(request, context)
            return try await self.recap(request, learner: learner)
        }
        router.get("/v1/learners/{id}/recap/audio") { request, context in
            let learner = try await self.learner(request, context)
            return try await self.recapAudio(request, learner: learner)
        }
        router.get("/v1/learners/{id}/live") { request, context in
            let learner = try await self.learner(request, context)
            return try await self.live(request, learner: learner)
        }
        router.get("/v1/cohorts/insights") { request, _ in
            try await self.gate.check(request, learner: nil)
            return JSONBody.response(try self.cohort(request))
        }
    }

    // MARK: Parameters

    /// The `{id}` of a learner path, checked, and the caller allowed to read it.
    func learner(_ request: Request, _ context: BasicRequestContext) async throws -> String {
        guard let id = context.parameters.get("id"), !id.isEmpty else { throw APIError.badRequest("a learner id is required") }
        guard id.utf8.count <= EventValidator.maxNameLength, !id.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) else {
            throw APIError.badRequest("the learner id must be 1–\(EventValidator.maxNameLength) bytes without control characters")
        }
        try await gate.check(request, learner: id)
        return id
    }

    static func window(_ request: Request) throws -> InsightWindow {
        guard let text = request.uri.queryParameters.get("window") else { return .month }
        guard let w = InsightWindow(rawValue: text) else {
            throw APIError.badRequest("`window` must be one of 7d, 30d, all (not '\(text.prefix(20))')")
        }
        return w
    }

    static func asOf(_ request: Request) throws -> Int64 {
        guard let text = request.uri.queryParameters.get("asOf") else { return Int64(Date().timeIntervalSince1970 * 1000) }
        // Any instant from 2000 to 2100: an answer "as if now were then" (a replay, a test, a what-if).
        guard let ms = Int64(text), ms >= EventValidator.earliestTimestamp, ms < 4_102_444_800_000 else {
            throw APIError.badRequest("`asOf` must be milliseconds since the Unix epoch, from 2000 to 2100")
        }
        return ms
    }

    static func intParameter(_ request: Request, _ name: String, default value: Int, range: ClosedRange<Int>) throws -> Int {
        guard let text = request.uri.queryParameters.get(name) else { return value }
        guard let n = Int(text), range.contains(n) else {
            throw APIError.badRequest("`\(name)` must be an integer from \(range.lowerBound) to \(range.upperBound)")
        }
        return n
    }

    /// The learner's zone and its name as stored (UTC when unset; Foundation may call it GMT).
    func zone(_ learner: String) throws -> (TimeZone, String) {
        if let name = try store.timeZone(learner: learner), let tz = TimeZone(identifier: name) { return (tz, name) }
        return (TimeZone(identifier: "UTC")!, "UTC")
    }

    // MARK: Events

    func ingest(_ request: Request) async throws -> Response {
        let body = try await JSONBody.read(request, limit: 4 * 1024 * 1024)
        guard let items = body.object?["events"]?.array else {
            throw APIError.badRequest("the body must be {\"events\": [...]}")
        }
        guard !items.isEmpty else { throw APIError.badRequest("`events` is empty") }
        guard items.count <= maxBatchEvents else {
            throw APIError(.contentTooLarge, code: "too_many_events", "a batch holds at most \(maxBatchEvents) events (this one has \(items.count)); split it")
        }
        // A service token may send anyone's events; a learner's token only the learner's own.
        var allowed: Set<String>? = nil
        if gate.enabled {
            do {
                try await gate.check(request, learner: nil)
            } catch let e as APIError where e.status == .forbidden {
                allowed = []
                let learners = Set(items.compactMap { $0.object?["learner"]?.string }.prefix(maxBatchEvents))
                for l in learners {
                    if (try? await gate.check(request, learner: l)) != nil { allowed?.insert(l) }
                }
            }
        }
        let permitted = allowed
        let outcome = try engineIngestor.ingest(items, mayWrite: { permitted?.contains($0) ?? true })
        if !outcome.learners.isEmpty { await updates.publish(outcome.learners) }
        if outcome.kept == 0 {
            let forbidden = outcome.rejected.contains { $0.forbidden }
            let status: HTTPResponse.Status = forbidden ? .forbidden : .badRequest
            let code = forbidden ? "forbidden" : "no_valid_events"
            let message = forbidden ? "this token may not send these learners' events" : "no event in the batch is valid; see `rejected`"
            return JSONBody.response(.object(["error": .object(["code": .string(code), "message": .string(message)]),
                                              "rejected": outcome.rejectedJSON]), status: status)
        }
        return JSONBody.response(.object(["stored": .int(Int64(outcome.stored)), "duplicates": .int(Int64(outcome.duplicates)),
                                          "rejected": outcome.rejectedJSON]))
    }

    var engineIngestor: EventIngestor { EventIngestor(store: store) }

    // MARK: Learners

    func profile(_ learner: String) throws -> JSONValue {
        let tz = try store.timeZone(learner: learner)
        return .object(["learner": .string(learner), "timeZone": .string(tz ?? "UTC"), "timeZoneSet": .bool(tz != nil),
                        "events": .int(Int64(try store.eventCount(learner: learner)))])
    }

    func setProfile(_ request: Request, learner: String) async throws -> Response {
        let body = try await JSONBody.read(request, limit: 4096)
        guard let o = body.object else { throw APIError.badRequest("the body must be a JSON object") }
        guard let tz = o["timeZone"] else { throw APIError.badRequest("`timeZone` is required (an IANA time zone such as Asia/Kolkata)") }
        guard let name = tz.string, !name.isEmpty, name.utf8.count <= 64 else { throw APIError.badRequest("`timeZone` must be a string of 1–64 bytes") }
        guard TimeZone(identifier: name) != nil else {
            throw APIError.badRequest("`timeZone` '\(name)' is not a time zone this server knows (use an IANA name such as Asia/Kolkata)")
        }
        try store.setTimeZone(name, learner: learner, at: Int64(Date().timeIntervalSince1970 * 1000))
        await updates.publish([learner])
        return JSONBody.response(try profile(learner))
    }

    func insights(_ learner: String, window: InsightWindow, asOf: Int64) throws -> Insights {
        let events = try store.events(learner: learner, from: nil, through: asOf)
        let model = try StreakRiskModel.load(from: store)
        let (tz, name) = try zone(learner)
        var insights = engine.insights(learner: learner, events: events, window: window, asOf: asOf, timeZone: tz,
                                       risk: model, modelTrainedAt: model?.trainedAt ?? 0)
        insights.timeZone = name
        return insights
    }

    // MARK: Recaps

    func weeklyRecap(_ request: Request, learner: String) throws -> WeeklyRecap {
        let (tz, name) = try zone(learner)
        let now = Int64(Date().timeIntervalSince1970 * 1000)
        let week: ISOWeek
        if let text = request.uri.queryParameters.get("week") {
            guard let w = ISOWeek(text) else { throw APIError.badRequest("`week` must be an ISO week such as 2026-W48 (not '\(text.prefix(20))')") }
            week = w
        } else {
            week = ISOWeek(containing: now, timeZone: tz)
        }
        let (_, end) = week.bounds(in: tz)
        let events = try store.events(learner: learner, from: nil, through: end - 1)
        var recap = WeeklyRecap.make(learner: learner, week: week, events: events, timeZone: tz, engine: engine, now: now)
        recap.timeZone = name
        return recap
    }

    func recap(_ request: Request, learner: String) async throws -> Response {
        let recap = try weeklyRecap(request, learner: learner)
        let audioFlag = request.uri.queryParameters.get("audio")
        guard let audioFlag, audioFlag == "1" || audioFlag == "true" else {
            if let audioFlag, audioFlag != "0", audioFlag != "false" { throw APIError.badRequest("`audio` must be 1/true or 0/false") }
            return JSONBody.response(recap.json())
        }
        let path = try await speak(recap, learner: learner)
        let info = try WAVInfo(path: path)
        let url = "/v1/learners/\(Self.percentEncoded(learner))/recap/audio?week=\(recap.week)"
        let audio: JSONValue = .object(["url": .string(url), "contentType": .string("audio/wav"), "bytes": .int(Int64(info.dataBytes + 44)),
                                        "durationSec": .double((info.durationSeconds * 100).rounded() / 100),
                                        "sampleRate": .int(Int64(info.sampleRate))])
        return JSONBody.response(recap.json(audio: audio))
    }

    func recapAudio(_ request: Request, learner: String) async throws -> Response {
        let recap = try weeklyRecap(request, learner: learner)
        let path = try await speak(recap, learner: learner)
        guard let data = FileManager.default.contents(atPath: path) else {
            throw APIError(.internalServerError, code: "audio_missing", "the recap audio could not be read")
        }
        return Response(status: .ok, headers: [.contentType: "audio/wav", .cacheControl: "private, max-age=3600"],
                        body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }

    func speak(_ recap: WeeklyRecap, learner: String) async throws -> String {
        let existing = speech.directory + "/" + speech.fileName(learner: learner, week: recap.week.description, text: recap.narrative)
        if FileManager.default.fileExists(atPath: existing) { return existing }
        if let wait = await audioLimiter.take(learner) {
            let seconds = max(1, Int(wait.components.seconds) + 1)
            throw APIError(.tooManyRequests, code: "rate_limited", "too many recap recordings for this learner; try again in \(seconds) s",
                           retryAfterSeconds: seconds)
        }
        do {
            return try await speech.speak(recap.narrative, learner: learner, week: recap.week.description)
        } catch {
            logger.error("recap audio failed", metadata: ["error": "\(error)"])
            throw APIError(.serviceUnavailable, code: "speech_unavailable", "the recap could not be spoken: \(error)", retryAfterSeconds: 30)
        }
    }

    static func percentEncoded(_ s: String) -> String {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        return s.addingPercentEncoding(withAllowedCharacters: allowed) ?? s
    }

    // MARK: Live

    func live(_ request: Request, learner: String) async throws -> Response {
        let window = try Self.window(request)
        guard await updates.count < maxLiveStreams else {
            throw APIError(.serviceUnavailable, code: "too_many_streams", "too many live streams; try again later", retryAfterSeconds: 10)
        }
        let (token, ticks) = await updates.subscribe(learner)
        let updates = self.updates
        let heartbeat = heartbeatSeconds
        let gauge = Gauge(label: "analytics_live_streams")
        gauge.record(await updates.count)
        let body = ResponseBody { writer in
            let beats = Task {
                while !Task.isCancelled {
                    try await Task.sleep(for: .milliseconds(Int(heartbeat * 1000)))
                    await updates.heartbeat(learner, token)
                }
            }
            defer { beats.cancel() }
            var sequence = 0
            do {
                try await writer.write(ByteBuffer(string: "retry: 3000\n\n"))
                sequence += 1
                try await writer.write(ByteBuffer(string: self.sseInsights(learner, window: window, id: sequence)))
                for await tick in ticks {
                    switch tick {
                    case .heartbeat:
                        try await writer.write(ByteBuffer(string: ": heartbeat \(Int64(Date().timeIntervalSince1970 * 1000))\n\n"))
                    case .update:
                        sequence += 1
                        try await writer.write(ByteBuffer(string: self.sseInsights(learner, window: window, id: sequence)))
                    }
                }
            } catch {
                // The client went away (or the store failed): end this stream only.
            }
            await updates.unsubscribe(learner, token)
            gauge.record(await updates.count)
            try? await writer.finish(nil)
        }
        return Response(status: .ok, headers: [.contentType: "text/event-stream", .cacheControl: "no-cache"], body: body)
    }

    func sseInsights(_ learner: String, window: InsightWindow, id: Int) throws -> String {
        let now = Int64(Date().timeIntervalSince1970 * 1000)
        return "event: insights\nid: \(id)\ndata: \(try insights(learner, window: window, asOf: now).json.compactJSON)\n\n"
    }

    // MARK: Cohorts

    func cohort(_ request: Request) throws -> JSONValue {
        let window = try Self.window(request)
        let asOf = try Self.asOf(request)
        var language: String? = request.uri.queryParameters.get("language").map { String($0) }
        if language == "" { language = nil }
        if let l = language, l.utf8.count > EventValidator.maxLanguageLength { throw APIError.badRequest("`language` is too long") }
        let c = try store.cohort(language: language, from: window.milliseconds.map { asOf - $0 }, through: asOf)
        func int(_ n: Int) -> JSONValue { .int(Int64(n)) }
        func rate(_ a: Int, _ b: Int) -> JSONValue { b == 0 ? .null : .double((1000 * Double(a) / Double(b)).rounded() / 10) }
        func num(_ d: Double?) -> JSONValue { d.map { .double(($0 * 10).rounded() / 10) } ?? .null }
        let failures = c.errors.reduce(0) { $0 + $1.1 }
        var o: [String: JSONValue] = [:]
        o["window"] = .string(window.rawValue)
        o["asOf"] = .int(asOf)
        o["language"] = language.map(JSONValue.string) ?? .null
        o["learners"] = int(c.learners)
        o["counts"] = .object(["events": int(c.events), "runs": int(c.runs), "submits": int(c.submits), "solves": int(c.solves),
                               "assists": int(c.assists), "failedRuns": int(c.failedRuns), "acceptedSubmits": int(c.acceptedSubmits)])
        o["runPassRate"] = rate(c.runs - c.failedRuns, c.runs)
        o["submitAcceptRate"] = rate(c.acceptedSubmits, c.submits)
        o["avgAttemptsPerSolve"] = num(c.avgAttemptsPerSolve)
        o["avgTimeSpentSec"] = num(c.avgTimeSpentSec)
        o["avgExecutionTimeMs"] = num(c.avgExecutionTimeMs)
        o["assistsPerLearner"] = c.learners == 0 ? .null : .double((100 * Double(c.assists) / Double(c.learners)).rounded() / 100)
        o["issueProfile"] = .array(c.errors.map { t, n -> JSONValue in
            let share = (1000 * Double(n) / Double(max(1, failures))).rounded() / 10
            return .object(["errorType": .string(t.rawValue), "count": int(n), "percentage": .double(share)])
        })
        var tiers: [String: JSONValue] = [:]
        for (tier, n) in c.assistsByTier { tiers[tier.rawValue] = int(n) }
        o["assistsByTier"] = .object(tiers)
        o["hardestProblems"] = .array(c.problems.map { p -> JSONValue in
            .object(["problem": .string(p.problem), "attempts": int(p.attempts), "failures": int(p.failures), "learners": int(p.learners)])
        })
        o["languages"] = .array(c.languages.map { l -> JSONValue in
            .object(["language": .string(l.language), "learners": int(l.learners), "events": int(l.events)])
        })
        return .object(o)
    }
}
