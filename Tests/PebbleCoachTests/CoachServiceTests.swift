import Foundation
import JWTKit
import NIOCore
import NIOHTTP1
import PebbleTestSupport
import Testing

/// The real pebble-coach, started as a process on a free port, grounded by a real pebble-judged;
/// every response is checked against docs/api/coach.yaml.
@Suite(.serialized, .timeLimit(.minutes(10))) struct CoachServiceTests {
    static let spec = try! OpenAPIDocument(yamlFile: CLIProcess.repositoryRoot.appendingPathComponent("docs/api/coach.yaml").path)
    static let problems = CLIProcess.repositoryRoot.appendingPathComponent("problems").path
    nonisolated(unsafe) static var exercised = Set<String>()

    /// One request, checked against the OpenAPI document.
    @discardableResult
    static func call(_ s: TestService, _ method: String, _ path: String, json: Any? = nil, body: Data? = nil,
                     headers: [String: String] = [:], sourceLocation: SourceLocation = #_sourceLocation) throws -> TestService.HTTPAnswer {
        let a = try s.request(method, path, json: json, body: body, headers: headers)
        let problems = spec.validateResponse(method: method, path: path, status: a.status, contentType: a.contentType, body: a.body)
        #expect(problems.isEmpty, "\(method) \(path) → \(a.status): \(problems.joined(separator: "; ")) \(a.text.prefix(300))", sourceLocation: sourceLocation)
        exercised.insert(method + " " + (path.split(separator: "?").first.map(String.init) ?? path).replacingOccurrences(of: #"/learners/[^/]+/"#, with: "/learners/{id}/", options: .regularExpression))
        return a
    }

    static func coach(problemsDir: String = problems, socket: String, extra: String = "", arguments: [String] = [],
                      environment: [String: String] = [:]) throws -> TestService {
        try TestService("pebble-coach", config: "judgeSocket: \(socket)\nproblemsDir: \(problemsDir)\n" + extra, arguments: arguments, environment: environment)
    }

    static let keyError = """
        class Solution:
            def twoSum(self, nums, target):
                later = {x: i for i, x in enumerate(nums) if i > 0}
                return [0, later[target - nums[0]]]
        """

    @Test func groundsHelpInTheJudgesRunOfTheVisibleTests() throws {
        let daemon = try TestDaemon(config: "problemsDir: \(Self.problems)\n")
        defer { daemon.stop() }
        let s = try Self.coach(socket: daemon.socket)
        defer { s.stop() }
        #expect(try Self.call(s, "GET", "/health").object["judgeReachable"] as? Bool == true)
        var texts: Set<String> = []
        for tier in ["hint", "explain", "next"] {
            let a = try Self.call(s, "POST", "/v1/coach", json: ["learner": "ada", "problem": "two-sum", "language": "python3",
                                                                  "code": Self.keyError, "tier": tier])
            #expect(a.status == 200, "\(a.text)")
            let o = a.object, ev = o["evidence"] as? [String: Any] ?? [:]
            #expect(ev["source"] as? String == "judge")
            #expect(ev["verdict"] as? String == "RE")
            #expect(ev["errorClass"] as? String == "key-missing")
            #expect(ev["errorLine"] as? Int == 4, "the learner's own line, not the harness's")
            let failing = ev["failingTest"] as? [String: Any]
            #expect(failing?["name"] as? String == "sample/02")
            let text = o["text"] as? String ?? ""
            #expect(text.contains("line 4"), "\(text)")
            #expect(!text.contains("```"))
            #expect(text.split(separator: " ").count <= 160 && text.split(separator: "\n").count <= 6)
            texts.insert(text)
        }
        #expect(texts.count == 3, "each tier answers differently")
        // A judge that does not know the language says so; the coach passes it on.
        let bad = try Self.call(s, "POST", "/v1/coach", json: ["learner": "ada", "problem": "two-sum", "language": "cobol", "code": "x", "tier": "hint"])
        #expect(bad.status == 400)
        #expect((bad.object["error"] as? [String: Any])?["code"] as? String == "unknown_language")
        // A problem neither bank knows is refused; one only the platform knows is helped with from its run.
        let none = try Self.call(s, "POST", "/v1/coach", json: ["learner": "ada", "problem": "no-such-problem", "language": "python3", "code": "print(1)", "tier": "hint"])
        #expect(none.status == 404 && (none.object["error"] as? [String: Any])?["code"] as? String == "unknown_problem")
        let elsewhere = try Self.call(s, "POST", "/v1/coach", json: ["learner": "ada", "problem": "contest-a", "language": "python3", "code": "print(1)", "tier": "hint",
                                                                    "lastRun": ["verdict": "WA", "tests": [["name": "sample/1", "sample": true, "verdict": "WA", "input": "2", "expected": "4", "actual": "1"]]]])
        #expect(elsewhere.status == 200 && (elsewhere.object["text"] as? String ?? "").contains("sample/1"))
    }

    @Test func theStruggleEngineRisesWithRepeatedFailuresAndNudges() throws {
        let s = try Self.coach(socket: "/nonexistent/judge.sock")
        defer { s.stop() }
        let run: [String: Any] = ["verdict": "RE", "passed": 0, "total": 3,
                                  "tests": [["name": "sample/01", "sample": true, "verdict": "RE", "message": "IndexError: list index out of range",
                                             "diagnostics": [["file": "main.py", "line": 2, "message": "IndexError: list index out of range", "severity": "error"]]]]]
        var levels: [Int] = []
        for i in 0..<6 {
            // The same error, from a slightly different program each time (a new run).
            let a = try Self.call(s, "POST", "/v1/runs", json: ["learner": "bo", "problem": "aplusb", "language": "python3",
                                                                 "code": "a=[1]\nprint(a[3])\n# try \(i)\n", "run": run])
            #expect(a.status == 200)
            levels.append(a.object["level"] as? Int ?? -1)
        }
        #expect(levels == levels.sorted(), "struggle never falls while the same error repeats: \(levels)")
        #expect(levels.first == 0 && (levels.last ?? 0) >= 2, "\(levels)")
        let state = try Self.call(s, "GET", "/v1/learners/bo/struggle?problem=aplusb").object
        #expect(state["consecutiveFailures"] as? Int == 6)
        #expect(state["repeatedError"] as? Int == 6)
        #expect(state["nudge"] as? Bool == true)
        // Asking for help is counted, and a clearly stuck learner gets a question back.
        let help = try Self.call(s, "POST", "/v1/coach", json: ["learner": "bo", "problem": "aplusb", "language": "python3",
                                                                "code": "a=[1]\nprint(a[3])\n# try 5\n", "tier": "hint", "lastRun": run]).object
        #expect((help["struggleLevel"] as? Int ?? 0) >= 2)
        #expect(try Self.call(s, "GET", "/v1/learners/bo/struggle?problem=aplusb").object["helpUsed"] as? Int == 1)
        // The same run reported again (a second tier about it) is not a new failure.
        _ = try Self.call(s, "POST", "/v1/coach", json: ["learner": "bo", "problem": "aplusb", "language": "python3",
                                                         "code": "a=[1]\nprint(a[3])\n# try 5\n", "tier": "explain", "lastRun": run])
        #expect(try Self.call(s, "GET", "/v1/learners/bo/struggle?problem=aplusb").object["consecutiveFailures"] as? Int == 6)
        // An accepted run resets it.
        let ok = try Self.call(s, "POST", "/v1/runs", json: ["learner": "bo", "problem": "aplusb", "language": "python3", "code": "print(3)",
                                                              "run": ["verdict": "AC", "passed": 3, "total": 3, "tests": []]]).object
        #expect(ok["level"] as? Int == 0 && ok["nudge"] as? Bool == false)
    }

    @Test func badRequestsGetPreciseErrorsAndTheServiceKeepsServing() throws {
        let s = try Self.coach(socket: "/nonexistent/judge.sock", extra: "rateLimit: {burst: 3, perMinute: 6}\n")
        defer { s.stop() }
        func code(_ a: TestService.HTTPAnswer) -> String? { (a.object["error"] as? [String: Any])?["code"] as? String }
        let good: [String: Any] = ["learner": "cy", "problem": "aplusb", "language": "python3", "code": "print(1)", "tier": "hint"]
        var a = try Self.call(s, "POST", "/v1/coach", body: Data("{not json".utf8))
        #expect(a.status == 400 && code(a) == "bad_request")
        a = try Self.call(s, "POST", "/v1/coach", json: [1, 2])
        #expect(a.status == 400 && code(a) == "bad_request")
        for missing in ["learner", "problem", "language", "code", "tier"] {
            var body = good
            body[missing] = nil
            a = try Self.call(s, "POST", "/v1/coach", json: body)
            #expect(a.status == 400 && a.text.contains(missing), "\(missing): \(a.text)")
        }
        var body = good
        body["tier"] = "solution"
        a = try Self.call(s, "POST", "/v1/coach", json: body)
        #expect(a.status == 400 && a.text.contains("tier"))
        body = good
        body["code"] = 42
        a = try Self.call(s, "POST", "/v1/coach", json: body)
        #expect(a.status == 400 && a.text.contains("code"))
        body = good
        body["learner"] = "x'; DROP TABLE run; --"
        a = try Self.call(s, "POST", "/v1/coach", json: body)
        #expect(a.status == 400 && a.text.contains("learner"))
        body = good
        body["code"] = String(repeating: "x", count: 70_000)
        a = try Self.call(s, "POST", "/v1/coach", json: body)
        #expect(a.status == 413 && code(a) == "too_large")
        a = try Self.call(s, "POST", "/v1/coach", body: Data(String(repeating: "y", count: 400_000).utf8))
        #expect(a.status == 413)
        body = good
        body["problem"] = "no-such-problem"
        a = try Self.call(s, "POST", "/v1/coach", json: body)
        #expect(a.status == 404 && code(a) == "unknown_problem")
        body = good
        body["lastRun"] = ["passed": 1]
        a = try Self.call(s, "POST", "/v1/coach", json: body)
        #expect(a.status == 400 && a.text.contains("lastRun"))
        a = try Self.call(s, "GET", "/v1/learners/cy/struggle")
        #expect(a.status == 400 && a.text.contains("problem"))
        // Without a judge, the coach still answers from the code, and says it had no evidence.
        body = ["learner": "dee", "problem": "aplusb", "language": "python3", "code": "print(1)", "tier": "hint"]
        a = try Self.call(s, "POST", "/v1/coach", json: body)
        #expect(a.status == 200 && (a.object["evidence"] as? [String: Any])?["source"] as? String == "none")
        // Per-learner rate limit: a burst of 3, then 429 with Retry-After; others unaffected.
        var statuses: [Int] = []
        for _ in 0..<3 { statuses.append(try Self.call(s, "POST", "/v1/coach", json: body).status) }
        a = try Self.call(s, "POST", "/v1/coach", json: body)
        #expect(statuses == [200, 200, 429], "a burst of 3 (one used above), then refused: \(statuses)")
        #expect(a.status == 429 && code(a) == "rate_limited" && Int(a.headers["retry-after"] ?? "") ?? 0 >= 1)
        body["learner"] = "eve"
        #expect(try Self.call(s, "POST", "/v1/coach", json: body).status == 200)
        let metrics = try Self.call(s, "GET", "/metrics").text
        #expect(metrics.contains("coach_answers_total"))
    }

    @Test func anLLMWritesTheAnswerAndTheSafetyLayerAndFallbacksStillHold() async throws {
        let llm = try await LoopbackHTTPServer.start()
        let s = try Self.coach(socket: "/nonexistent/judge.sock", extra: """
            llm: {kind: openai, baseURL: "\(llm.baseURL)/v1", model: tutor, apiKey: k-test, timeoutMs: 700, retries: 0, breakerFailures: 100}
            rateLimit: {burst: 50, perMinute: 600}

            """)
        defer { s.stop() }
        let run: [String: Any] = ["verdict": "WA", "passed": 0, "total": 3,
                                  "tests": [["name": "sample/01", "sample": true, "verdict": "WA", "input": "1 2\n", "expected": "3\n", "actual": "2\n"]]]
        let request: [String: Any] = ["learner": "fay", "problem": "aplusb", "language": "python3",
                                      "code": "a, b = map(int, input().split())\nprint(a + b - 1)\n", "tier": "hint", "lastRun": run]
        func reply(_ text: String) -> ScriptedResponse {
            let escaped = String(data: try! JSONSerialization.data(withJSONObject: [text], options: [.fragmentsAllowed]), encoding: .utf8)!.dropFirst().dropLast()
            return .json(#"{"id":"c1","object":"chat.completion","model":"tutor","choices":[{"index":0,"message":{"role":"assistant","content":\#(escaped)},"finish_reason":"stop"}],"usage":{"prompt_tokens":10,"completion_tokens":10,"total_tokens":20}}"#)
        }
        // 1. A good reply is used, written by the LLM; the prompt carries the evidence, not the tests' secrets.
        llm.enqueue(reply("Look at line 2 on sample/01: your sum is one less than expected. What does the `- 1` do there?"))
        var o = try Self.call(s, "POST", "/v1/coach", json: request).object
        #expect((o["author"] as? String ?? "").hasPrefix("llm:"))
        #expect((o["text"] as? String ?? "").contains("line 2"))
        let sent = try #require(llm.requests.last)
        #expect(sent.path == "/v1/chat/completions" && sent.headers["authorization"].first == "Bearer k-test")
        let payload = try sent.jsonBody()
        #expect(payload["max_tokens"] as? Int == 240 && payload["temperature"] as? Double == 0.35 && payload["model"] as? String == "tutor")
        let prompt = ((payload["messages"] as? [[String: Any]])?.last?["content"] as? String) ?? ""
        #expect(prompt.contains("sample/01") && prompt.contains("print(a + b - 1)"))
        #expect(!prompt.contains("map(int, input().split())\nprint(a + b)"), "the reference solution never reaches the LLM")
        // 2. A reply that hands over the solution is rewritten or replaced, and says so.
        llm.enqueue(reply("Here is the fix:\n```python\na, b = map(int, input().split())\nprint(a + b)\n```\nThat prints the sum."))
        o = try Self.call(s, "POST", "/v1/coach", json: request).object
        let text = o["text"] as? String ?? ""
        let safety = o["safety"] as? [String: Any] ?? [:]
        #expect(!text.contains("```") && !text.contains("print(a + b)\n") && !text.contains("print(a + b)"), "\(text)")
        #expect(safety["changed"] as? Bool == true && ((safety["reasons"] as? [String]) ?? []).contains("code-block"))
        // 3. A slow provider: the built-in coach answers in time.
        llm.enqueue(ScriptedResponse(body: "{}", delay: .seconds(3)))
        let start = Date()
        o = try Self.call(s, "POST", "/v1/coach", json: request).object
        #expect(o["author"] as? String == "builtin" && Date().timeIntervalSince(start) < 2.5)
        // 4. A failing provider: the built-in coach answers.
        llm.enqueue(.json(#"{"error":"overloaded"}"#, status: 503))
        o = try Self.call(s, "POST", "/v1/coach", json: request).object
        #expect(o["author"] as? String == "builtin" && !(o["text"] as? String ?? "").isEmpty)
        try await llm.stop()
    }

    @Test func bedrockThroughTheCoachWithSigV4AndItsFallback() async throws {
        let aws = try await LoopbackHTTPServer.start()
        let s = try Self.coach(socket: "/nonexistent/judge.sock", extra: """
            llm: {kind: bedrock, region: us-east-1, modelId: "anthropic.claude-3-haiku-20240307-v1:0", endpoint: "\(aws.baseURL)",
                  auth: sigv4, timeoutMs: 700, retries: 0, breakerFailures: 100}

            """, environment: ["AWS_ACCESS_KEY_ID": "AKIDEXAMPLE", "AWS_SECRET_ACCESS_KEY": "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY"])
        defer { s.stop() }
        let request: [String: Any] = ["learner": "jo", "problem": "aplusb", "language": "python3", "code": "print(a+b-1)", "tier": "explain",
                                      "lastRun": ["verdict": "WA", "passed": 0, "total": 1,
                                                  "tests": [["name": "sample/01", "sample": true, "verdict": "WA", "input": "1 2", "expected": "3", "actual": "2"]]]]
        aws.enqueue(.json(#"{"output":{"message":{"role":"assistant","content":[{"text":"On sample/01 your result is one less than expected: look at line 1 and what the subtraction does."}]}},"stopReason":"end_turn","usage":{"inputTokens":50,"outputTokens":20,"totalTokens":70}}"#))
        var o = try Self.call(s, "POST", "/v1/coach", json: request).object
        #expect((o["author"] as? String ?? "").hasPrefix("llm:"), "\(o)")
        let sent = try #require(aws.requests.last)
        #expect(sent.method == "POST" && sent.path == "/model/anthropic.claude-3-haiku-20240307-v1%3A0/converse")
        let auth = sent.headers["authorization"].first ?? ""
        #expect(auth.hasPrefix("AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/") && auth.contains("/us-east-1/bedrock/aws4_request") && auth.contains("Signature="))
        let body = try sent.jsonBody()
        let config = body["inferenceConfig"] as? [String: Any]
        #expect(config?["maxTokens"] as? Int == 240 && config?["temperature"] as? Double == 0.35)
        #expect(((body["system"] as? [[String: Any]])?.first?["text"] as? String ?? "").contains("Never write code"))
        aws.enqueue(.json(#"{"message":"throttled"}"#, status: 429))
        o = try Self.call(s, "POST", "/v1/coach", json: request).object
        #expect(o["author"] as? String == "builtin")
        try await aws.stop()
    }

    @Test func withAuthOnlyTheLearnerOrAServiceMayAsk() async throws {
        let key = try EdDSA.PrivateKey(curve: .ed25519)
        let jwks = LoopbackHTTPServer.self
        let server = try await jwks.start()
        let x = key.publicKey.rawRepresentation.base64EncodedString().replacingOccurrences(of: "+", with: "-")
            .replacingOccurrences(of: "/", with: "_").replacingOccurrences(of: "=", with: "")
        server.setFallback(.json(#"{"keys":[{"kty":"OKP","crv":"Ed25519","alg":"EdDSA","use":"sig","kid":"k1","x":"\#(x)"}]}"#))
        let s = try Self.coach(socket: "/nonexistent/judge.sock", arguments: ["--auth-jwks", server.baseURL + "/.well-known/jwks.json"])
        defer { s.stop() }
        let signer = JWTKeyCollection()
        await signer.add(eddsa: key, kid: "k1")
        let forger = JWTKeyCollection()
        await forger.add(eddsa: try EdDSA.PrivateKey(curve: .ed25519), kid: "k1")
        func token(_ sub: String, scope: String = "learner", keys: JWTKeyCollection? = nil, aud: String = "pebble-coach") async throws -> String {
            try await (keys ?? signer).sign(AccessClaims(iss: "pebble-auth", aud: [aud], sub: sub, exp: Date().addingTimeInterval(300), scope: scope), kid: "k1")
        }
        let body: [String: Any] = ["learner": "gus", "problem": "aplusb", "language": "python3", "code": "print(1)", "tier": "hint"]
        #expect(try Self.call(s, "POST", "/v1/coach", json: body).status == 401)
        #expect(try Self.call(s, "POST", "/v1/coach", json: body, headers: ["Authorization": "Bearer " + (try await token("gus"))]).status == 200)
        #expect(try Self.call(s, "POST", "/v1/coach", json: body, headers: ["Authorization": "Bearer " + (try await token("hal"))]).status == 403)
        #expect(try Self.call(s, "POST", "/v1/coach", json: body, headers: ["Authorization": "Bearer " + (try await token("platform", scope: "service"))]).status == 200)
        #expect(try Self.call(s, "POST", "/v1/coach", json: body, headers: ["Authorization": "Bearer " + (try await token("gus", keys: forger))]).status == 401)
        #expect(try Self.call(s, "POST", "/v1/coach", json: body, headers: ["Authorization": "Bearer " + (try await token("gus", aud: "elsewhere"))]).status == 401)
        #expect(try Self.call(s, "GET", "/v1/learners/gus/struggle?problem=aplusb", headers: ["Authorization": "Bearer " + (try await token("hal"))]).status == 403)
        #expect(try Self.call(s, "GET", "/v1/learners/gus/struggle?problem=aplusb", headers: ["Authorization": "Bearer " + (try await token("gus"))]).status == 200)
        try await server.stop()
    }

    /// Every HTTP service's unit (the coach's, auth's, analytics'): one tool checks them alike.
    @Test func theSystemdUnitIsVerifiedHardenedAndNotified() throws {
        let state = "/run/pebble-tests/pebble-coach-units-\(getpid())"
        defer { try? FileManager.default.removeItem(atPath: state) }
        let bin = URL(fileURLWithPath: CLIProcess.pebble).deletingLastPathComponent().path
        let (status, output) = try CLIProcess.runAll(["python3", CLIProcess.repositoryRoot.appendingPathComponent("Tests/PebbleCoachTests/Tools/service_units.py").path,
                                                      bin, CLIProcess.repositoryRoot.appendingPathComponent("systemd").path, state, "pebble-coach", "pebble-auth", "pebble-analytics"])
        #expect(status == 0, "\(output)")
    }

    @Test func everyOperationOfTheDocumentAnswersAsDocumented() throws {
        let s = try Self.coach(socket: "/nonexistent/judge.sock")
        defer {
            // Stopped by its pid: the process is gone and its state folder removed.
            #expect(s.stop() == 0, "pebble-coach exits cleanly on SIGTERM")
            #expect(kill(s.pid, 0) != 0 && !FileManager.default.fileExists(atPath: s.state))
        }
        Self.exercised = []
        let run: [String: Any] = ["verdict": "WA", "passed": 0, "total": 1, "tests": [["name": "sample/01", "sample": true, "verdict": "WA", "input": "1 2", "expected": "3", "actual": "4"]]]
        try Self.call(s, "GET", "/health")
        try Self.call(s, "GET", "/metrics")
        try Self.call(s, "POST", "/v1/runs", json: ["learner": "ivy", "problem": "aplusb", "language": "c", "code": "int main(){}", "run": run])
        try Self.call(s, "POST", "/v1/coach", json: ["learner": "ivy", "problem": "aplusb", "language": "c", "code": "int main(){}", "tier": "next", "lastRun": run])
        try Self.call(s, "GET", "/v1/learners/ivy/struggle?problem=aplusb")
        let all = Set(Self.spec.operations.map { $0.method + " " + $0.path })
        #expect(all.subtracting(Self.exercised).isEmpty, "not exercised: \(all.subtracting(Self.exercised).sorted())")
        #expect(all.count == 5)
    }
}

struct AccessClaims: JWTPayload {
    var iss: String
    var aud: [String]
    var sub: String
    var exp: Date
    var scope: String

    func verify(using algorithm: some JWTAlgorithm) async throws {}

    enum CodingKeys: String, CodingKey { case iss, aud, sub, exp, scope }
    func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(iss, forKey: .iss)
        try c.encode(aud, forKey: .aud)
        try c.encode(sub, forKey: .sub)
        try c.encode(Int(exp.timeIntervalSince1970), forKey: .exp)
        try c.encode(scope, forKey: .scope)
    }
}
