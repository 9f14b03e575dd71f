import Foundation
import PebbleTestSupport
import XCTest

/// With `--auth-jwks`: learner paths need the learner's own token or a service scope, cohorts a
/// service scope, ingestion a service token or the learner's own events only.
final class AccessTests: XCTestCase {
    func testTokensDecideWhoMayReadAndWrite() async throws {
        let jwks = try await JWKSFixture.start()
        let a = try Analytics(arguments: ["--auth-jwks", jwks.url])
        let ana = try await jwks.token(subject: "ana")
        let ben = try await jwks.token(subject: "ben")
        let service = try await jwks.token(subject: "pebble-web", scope: "service")
        let expired = try await jwks.token(subject: "ana", expiresIn: -120)
        let elsewhere = try await jwks.token(subject: "ana", audience: "pebble-coach")
        func status(_ m: String, _ p: String, _ t: String?, json: Any? = nil) throws -> Int { try a.call(m, p, json: json, token: t).status }

        XCTAssertEqual(try a.call("GET", "/health").object["auth"] as? Bool, true)
        XCTAssertEqual(try status("GET", "/health", nil), 200, "health needs no token")
        // Ingestion.
        let anaEvent = Make.run("e1", "ana", "two-sum", at: anchor, passed: true)
        let benEvent = Make.run("e2", "ben", "two-sum", at: anchor, passed: true)
        XCTAssertEqual(try status("POST", "/v1/events", nil, json: ["events": [anaEvent]]), 401)
        XCTAssertEqual(try status("POST", "/v1/events", expired, json: ["events": [anaEvent]]), 401)
        XCTAssertEqual(try status("POST", "/v1/events", elsewhere, json: ["events": [anaEvent]]), 401)
        let mixed = try a.call("POST", "/v1/events", json: ["events": [anaEvent, benEvent]], token: ana)
        XCTAssertEqual(mixed.status, 200, mixed.text)
        XCTAssertEqual(mixed.object["stored"] as? Int, 1)
        let rejected = mixed.object["rejected"] as! [[String: Any]]
        XCTAssertEqual(rejected.count, 1)
        XCTAssertEqual(rejected[0]["index"] as? Int, 1)
        XCTAssertTrue((rejected[0]["reason"] as! String).contains("may not send events for learner 'ben'"))
        let onlyBen = try a.call("POST", "/v1/events", json: ["events": [benEvent]], token: ana)
        XCTAssertEqual(onlyBen.status, 403, onlyBen.text)
        XCTAssertEqual(try a.call("POST", "/v1/events", json: ["events": [benEvent]], token: service).object["stored"] as? Int, 1)
        // Learner paths.
        for path in ["/v1/learners/ana", "/v1/learners/ana/insights", "/v1/learners/ana/events", "/v1/learners/ana/recap?week=2026-W48"] {
            XCTAssertEqual(try status("GET", path, nil), 401, path)
            XCTAssertEqual(try status("GET", path, ana), 200, path)
            XCTAssertEqual(try status("GET", path, ben), 403, path)
            XCTAssertEqual(try status("GET", path, service), 200, path)
        }
        XCTAssertEqual(try status("PUT", "/v1/learners/ana", ben, json: ["timeZone": "UTC"]), 403)
        XCTAssertEqual(try status("PUT", "/v1/learners/ana", ana, json: ["timeZone": "Asia/Kolkata"]), 200)
        // Cohorts: a service token only.
        XCTAssertEqual(try status("GET", "/v1/cohorts/insights", nil), 401)
        XCTAssertEqual(try status("GET", "/v1/cohorts/insights", ana), 403)
        let cohort = try a.call("GET", "/v1/cohorts/insights?window=all&asOf=\(anchor + day)", token: service)
        XCTAssertEqual(cohort.status, 200)
        XCTAssertEqual(cohort.object["learners"] as? Int, 2)
        // The live stream is a learner path too.
        let denied = try SSEReader(port: a.service.port, path: "/v1/learners/ana/live", token: ben)
        denied.read(until: { $0.contains("\r\n\r\n") })
        XCTAssertEqual(denied.status, 403)
        let allowed = try SSEReader(port: a.service.port, path: "/v1/learners/ana/live", token: ana)
        XCTAssertTrue(allowed.read(until: { $0.contains("event: insights") }))
        XCTAssertEqual(allowed.status, 200)
        allowed.close()
        XCTAssertFalse(a.service.log.contains(ana), "tokens never reach the log")
        a.stop()
        await jwks.stop()
    }
}
