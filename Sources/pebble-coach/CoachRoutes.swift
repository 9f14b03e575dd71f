import Foundation
import Hummingbird
import Logging
import PebbleCoach
import PebbleHTTP
import PebbleJSON

/// The coach's HTTP API (docs/api/coach.yaml).
struct CoachRoutes: Sendable {
    let coach: Coach
    let limiter: RateLimiter
    let gate: AccessGate
    let logger: Logger

    func add(to router: Router<BasicRequestContext>) {
        router.post("/v1/coach") { request, _ in try await self.coach(request) }
        router.post("/v1/runs") { request, _ in try await self.reportRun(request) }
        router.get("/v1/learners/{id}/struggle") { request, context in
            guard let learner = context.parameters.get("id"), !learner.isEmpty else { throw APIError.badRequest("a learner id is required") }
            guard let problem = request.uri.queryParameters.get("problem"), !problem.isEmpty else {
                throw APIError.badRequest("`problem` (a query parameter) is required")
            }
            try await self.gate.check(request, learner: learner)
            let state = try self.coach.struggle(learner: learner, problem: problem)
            return JSONBody.response(Self.json(state))
        }
    }

    func coach(_ request: Request) async throws -> Response {
        let body = try await JSONBody.read(request, limit: CoachRequest.maxCodeBytes + 32 * 1024)
        let req: CoachRequest
        do { req = try CoachRequest(json: body) } catch { throw APIError(status: error.status, code: error.code, error.message) }
        try await gate.check(request, learner: req.learner)
        if let wait = await limiter.take(req.learner) {
            let seconds = max(1, Int((Double(wait.components.seconds) + Double(wait.components.attoseconds) / 1e18).rounded(.up)))
            throw APIError(.tooManyRequests, code: "rate_limited", "too many requests for this learner; try again in \(seconds) s", retryAfterSeconds: seconds)
        }
        do {
            let answer = try await coach.coach(req)
            logger.info("coached", metadata: ["learner": "\(req.learner)", "problem": "\(req.problem)", "tier": "\(req.tier.rawValue)",
                                              "errorClass": "\(answer.evidence.errorClass)", "author": "\(answer.author)",
                                              "safety": "\(answer.safety.reasons.joined(separator: ","))"])
            return JSONBody.response(answer.json)
        } catch let r as Coach.Refusal {
            throw APIError(status: r.status, code: r.code, r.message)
        } catch {
            // The store or something else of ours failed: say so in the documented shape.
            logger.error("coach failed", metadata: ["error": "\(error)", "learner": "\(req.learner)"])
            throw APIError(.internalServerError, code: "internal", "the coach failed; try again")
        }
    }

    func reportRun(_ request: Request) async throws -> Response {
        let body = try await JSONBody.read(request, limit: CoachRequest.maxCodeBytes + 32 * 1024)
        guard let o = body.object else { throw APIError.badRequest("the body must be a JSON object") }
        func field(_ k: String) throws -> String {
            guard let s = o[k]?.string, !s.isEmpty, s.utf8.count <= (k == "code" ? CoachRequest.maxCodeBytes : 128) else {
                throw APIError.badRequest("`\(k)` is required (a non-empty string)")
            }
            return s
        }
        let learner = try field("learner"), problem = try field("problem"), language = try field("language")
        try await gate.check(request, learner: learner)
        let code = (o["code"]?.string) ?? ""
        guard let r = o["run"] else { throw APIError.badRequest("`run` (a judge result) is required") }
        let run: RunOutcome
        do { run = try RunOutcome(json: r) } catch { throw APIError.badRequest("`run`: \(error)") }
        let state = try coach.report(learner: learner, problem: problem, language: language, code: code, run: run)
        return JSONBody.response(Self.json(state))
    }

    static func json(_ s: StruggleState) -> JSONValue {
        .object([
            "learner": .string(s.learner), "problem": .string(s.problem), "level": .int(Int64(s.level)), "nudge": .bool(s.nudge),
            "consecutiveFailures": .int(Int64(s.consecutiveFailures)), "repeatedError": .int(Int64(s.repeatedError)),
            "lastErrorClass": s.lastErrorClass.map(JSONValue.string) ?? .null,
            "secondsSinceProgress": .int(Int64(s.secondsSinceProgress)), "helpUsed": .int(Int64(s.helpUsed)),
            "runs": .int(Int64(s.runs)), "reasons": .array(s.reasons.map(JSONValue.string)),
        ])
    }
}
