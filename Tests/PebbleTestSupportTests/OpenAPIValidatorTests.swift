import Foundation
import PebbleTestSupport
import XCTest

/// An OpenAPI 3.0 document with refs, nullable fields, enums, bounded arrays, oneOf, closed objects,
/// path templates, ranged and default responses, a recursive schema and a ref cycle.
let sample30 = """
openapi: 3.0.3
info: {title: sample, version: "1"}
paths:
  /v1/learners/{id}/struggle:
    get:
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema: {$ref: '#/components/schemas/Struggle'}
        '404': {$ref: '#/components/responses/NotFound'}
        default: {$ref: '#/components/responses/Error'}
  /v1/learners/me/struggle:
    get:
      responses:
        200:
          description: the caller's own
          content:
            application/json:
              schema:
                type: object
                required: [me]
                properties: {me: {type: boolean}}
  /v1/coach:
    post:
      requestBody:
        required: true
        content:
          application/json:
            schema: {$ref: '#/components/schemas/CoachRequest'}
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema: {$ref: '#/components/schemas/CoachReply'}
        4XX: {$ref: '#/components/responses/Error'}
  /v1/events:
    get:
      responses:
        '200':
          description: a stream
          content:
            text/event-stream:
              schema: {type: string}
  /v1/health:
    get:
      responses:
        '200':
          description: plain
          content:
            text/plain: {schema: {type: string}}
  /v1/items/{id}:
    delete:
      responses:
        '204': {description: gone}
  /v1/shapes:
    get:
      responses:
        '200':
          description: shapes
          content:
            application/json:
              schema:
                type: array
                maxItems: 3
                items: {$ref: '#/components/schemas/Shape'}
  /v1/tree:
    get:
      responses:
        '200':
          description: a tree
          content:
            application/json:
              schema: {$ref: '#/components/schemas/Node'}
  /v1/ratio:
    get:
      responses:
        '200':
          description: a ratio
          content:
            application/json:
              schema: {$ref: '#/components/schemas/Ratio'}
  /v1/loop:
    get:
      responses:
        '200':
          description: a ref cycle
          content:
            application/json:
              schema: {$ref: '#/components/schemas/Loop'}
components:
  responses:
    NotFound: {$ref: '#/components/responses/Error'}
    Error:
      description: an error
      content:
        application/json:
          schema: {$ref: '#/components/schemas/Error'}
  schemas:
    Struggle:
      type: object
      additionalProperties: false
      required: [learnerId, level, topics, updatedAt]
      properties:
        learnerId: {type: string, format: uuid}
        level: {type: string, enum: [low, medium, high]}
        score: {type: number, minimum: 0, maximum: 1}
        attempts: {type: integer, minimum: 0}
        topics:
          type: array
          maxItems: 3
          items: {type: string, minLength: 1, maxLength: 10}
        updatedAt: {type: string, format: date-time}
        note: {type: string, nullable: true}
        streak: {$ref: '#/components/schemas/Streak'}
    Streak:
      type: object
      required: [days]
      properties:
        days: {type: integer}
        active: {type: boolean}
    CoachRequest:
      type: object
      required: [question]
      properties:
        question: {type: string, minLength: 1, maxLength: 200}
        language: {type: string, enum: [swift, python]}
    CoachReply:
      type: object
      required: [answer, evidence]
      properties:
        answer: {type: string}
        evidence: {$ref: '#/components/schemas/Evidence'}
    Evidence:
      type: object
      required: [errorLine]
      properties:
        errorLine: {type: integer, nullable: true}
        file: {type: string}
    Error:
      type: object
      required: [code, message]
      properties:
        code: {type: string, pattern: '^[A-Z_]+$'}
        message: {type: string}
    Shape:
      oneOf:
        - {$ref: '#/components/schemas/Circle'}
        - {$ref: '#/components/schemas/Square'}
      discriminator:
        propertyName: kind
        mapping: {circle: '#/components/schemas/Circle', square: '#/components/schemas/Square'}
    Circle:
      type: object
      required: [kind, radius]
      properties:
        kind: {type: string, enum: [circle]}
        radius: {type: number, minimum: 0, exclusiveMinimum: true}
    Square:
      type: object
      required: [kind, side]
      properties:
        kind: {type: string, enum: [square]}
        side: {type: number}
    Node:
      type: object
      required: [name]
      properties:
        name: {type: string}
        children:
          type: array
          items: {$ref: '#/components/schemas/Node'}
    Ratio:
      enum: [0.5, 1, 2]
    Loop: {$ref: '#/components/schemas/Loop2'}
    Loop2: {$ref: '#/components/schemas/Loop'}
"""

/// OpenAPI 3.1: type arrays, const, numeric exclusiveMinimum, uniqueItems, additionalProperties as a
/// schema, an ambiguous oneOf, anyOf.
let sample31 = """
openapi: 3.1.0
info: {title: sample 3.1, version: "1"}
paths:
  /v1/things/{id}:
    get:
      responses:
        2XX:
          description: ok
          content:
            application/json:
              schema: {$ref: '#/components/schemas/Thing'}
components:
  schemas:
    Thing:
      type: object
      required: [label, count, kind]
      properties:
        label: {type: [string, 'null']}
        count: {type: integer, exclusiveMinimum: 0}
        kind: {const: thing}
        tags: {type: array, uniqueItems: true, items: {type: string}}
        labels: {type: object, additionalProperties: {type: integer}}
        id:
          oneOf:
            - {type: string}
            - {type: string, format: uuid}
        size:
          anyOf:
            - {type: integer}
            - {type: string, enum: [small, large]}
"""

final class OpenAPIValidatorTests: XCTestCase {
    let doc = try! OpenAPIDocument(yaml: sample30)
    let doc31 = try! OpenAPIDocument(yaml: sample31)

    let validStruggle: [String: Any] = [
        "learnerId": "7f0c2a4e-1b2c-4d3e-8f90-a1b2c3d4e5f6",
        "level": "medium",
        "score": 0.25,
        "attempts": 3,
        "topics": ["loops", "recursion"],
        "updatedAt": "2026-11-20T10:15:00.123Z",
        "note": NSNull(),
        "streak": ["days": 4, "active": true],
    ]

    func json(_ object: Any) -> Data {
        try! JSONSerialization.data(withJSONObject: object, options: [.fragmentsAllowed, .sortedKeys])
    }

    func struggle(_ change: (inout [String: Any]) -> Void) -> [String] {
        var body = validStruggle
        change(&body)
        return doc.validateResponse(method: "GET", path: "/v1/learners/u1/struggle", status: 200,
                                    contentType: "application/json", body: json(body))
    }

    /// Exactly one problem, and it contains `fragment`.
    func assertOne(_ problems: [String], _ fragment: String, file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertEqual(problems.count, 1, "\(problems)", file: file, line: line)
        XCTAssertTrue(problems.first?.contains(fragment) == true, "expected \"\(fragment)\" in \(problems)", file: file, line: line)
    }

    // MARK: valid bodies

    func testValidBodyPasses() {
        XCTAssertEqual(struggle { _ in }, [])
        XCTAssertEqual(doc.validateResponse(method: "get", path: "/v1/learners/u1/struggle?verbose=1", status: 200,
                                            contentType: "application/json; charset=utf-8", body: json(validStruggle)), [])
        XCTAssertEqual(struggle { $0["note"] = "fine"; $0["streak"] = nil; $0["score"] = 1 }, [])
    }

    func testNestedNullableRefPassesAndReportsThePointer() {
        let ok = json(["answer": "look at line 3", "evidence": ["errorLine": NSNull()]])
        XCTAssertEqual(doc.validateResponse(method: "POST", path: "/v1/coach", status: 200, contentType: "application/json", body: ok), [])
        let bad = json(["answer": "x", "evidence": ["errorLine": "12"]])
        XCTAssertEqual(doc.validateResponse(method: "POST", path: "/v1/coach", status: 200, contentType: "application/json", body: bad),
                       ["POST /v1/coach 200: $.evidence.errorLine: expected integer or null, got string"])
    }

    // MARK: numbers and booleans

    func testIntegerRejectsFraction() {
        assertOne(struggle { $0["attempts"] = 1.5 }, "GET /v1/learners/u1/struggle 200: $.attempts: expected integer, got number")
    }

    func testIntegerRejectsOnePointZero() {
        let body = Data(#"{"learnerId":"7f0c2a4e-1b2c-4d3e-8f90-a1b2c3d4e5f6","level":"low","topics":[],"updatedAt":"2026-01-01T00:00:00Z","attempts":1.0}"#.utf8)
        assertOne(doc.validateResponse(method: "GET", path: "/v1/learners/u1/struggle", status: 200, contentType: "application/json", body: body),
                  "$.attempts: expected integer, got number")
    }

    func testIntegerRejectsBoolean() {
        assertOne(struggle { $0["attempts"] = true }, "$.attempts: expected integer, got boolean")
        assertOne(struggle { $0["attempts"] = false }, "$.attempts: expected integer, got boolean")
    }

    func testBooleanRejectsNumbers() {
        assertOne(struggle { $0["streak"] = ["days": 1, "active": 1] }, "$.streak.active: expected boolean, got integer")
        assertOne(struggle { $0["streak"] = ["days": 1, "active": 0] }, "$.streak.active: expected boolean, got integer")
    }

    func testNumberRejectsBooleanAndAcceptsInteger() {
        assertOne(struggle { $0["score"] = true }, "$.score: expected number, got boolean")
        XCTAssertEqual(struggle { $0["score"] = 0 }, [])
    }

    func testRawJSONLiteralsKeepTheirTypes() {
        // Straight from bytes, as a service sends them: 1 vs true vs 1.5 vs "1".
        func active(_ literal: String) -> [String] {
            let body = Data(#"{"learnerId":"7f0c2a4e-1b2c-4d3e-8f90-a1b2c3d4e5f6","level":"low","topics":[],"updatedAt":"2026-01-01T00:00:00Z","streak":{"days":2,"active":\#(literal)}}"#.utf8)
            return doc.validateResponse(method: "GET", path: "/v1/learners/u1/struggle", status: 200, contentType: "application/json", body: body)
        }
        XCTAssertEqual(active("true"), [])
        XCTAssertEqual(active("false"), [])
        assertOne(active("1"), "expected boolean, got integer")
        assertOne(active("1.5"), "expected boolean, got number")
        assertOne(active("\"true\""), "expected boolean, got string")
        assertOne(active("null"), "expected boolean, got null")
    }

    func testMinimumMaximumAndExclusiveMinimum() {
        assertOne(struggle { $0["score"] = 1.5 }, "$.score: 1.5 is greater than maximum 1")
        assertOne(struggle { $0["attempts"] = -1 }, "$.attempts: -1 is less than minimum 0")
        let shapes = json([["kind": "circle", "radius": 0]])
        assertOne(doc.validateResponse(method: "GET", path: "/v1/shapes", status: 200, contentType: "application/json", body: shapes),
                  "(closest, #1: $[0].radius: 0 is not greater than exclusiveMinimum 0)")
    }

    func testNumericEnumComparesByValue() {
        func ratio(_ literal: String) -> [String] {
            doc.validateResponse(method: "GET", path: "/v1/ratio", status: 200, contentType: "application/json", body: Data(literal.utf8))
        }
        XCTAssertEqual(ratio("1"), [])
        XCTAssertEqual(ratio("1.0"), [])
        XCTAssertEqual(ratio("2"), [])
        XCTAssertEqual(ratio("0.5"), [])
        assertOne(ratio("3"), "$: 3 is not one of the enum values [0.5, 1, 2]")
        assertOne(ratio("true"), "$: true is not one of the enum values")
    }

    // MARK: objects

    func testMissingRequired() {
        assertOne(struggle { $0["level"] = nil }, "GET /v1/learners/u1/struggle 200: $: missing required property \"level\"")
        assertOne(struggle { $0["streak"] = ["active": true] }, "$.streak: missing required property \"days\"")
    }

    func testExtraPropertyWhenForbidden() {
        assertOne(struggle { $0["bogus"] = 1 }, "$.bogus: unexpected property (additionalProperties is false)")
        assertOne(struggle { $0["odd key"] = 1 }, "$[\"odd key\"]: unexpected property")
    }

    func testExtraPropertyAllowedByDefault() {
        XCTAssertEqual(struggle { $0["streak"] = ["days": 1, "extra": "yes"] }, [])
    }

    func testWrongEnum() {
        assertOne(struggle { $0["level"] = "extreme" }, "$.level: \"extreme\" is not one of the enum values [\"low\", \"medium\", \"high\"]")
    }

    func testNullWhereNotNullable() {
        assertOne(struggle { $0["level"] = NSNull() }, "$.level: expected string, got null")
    }

    // MARK: strings and arrays

    func testStringTooLongAndTooShort() {
        assertOne(struggle { $0["topics"] = ["ok", "abcdefghijk"] }, "$.topics[1]: string is 11 characters, longer than maxLength 10")
        assertOne(struggle { $0["topics"] = [""] }, "$.topics[0]: string is 0 characters, shorter than minLength 1")
    }

    func testArrayTooLong() {
        assertOne(struggle { $0["topics"] = ["a", "b", "c", "d"] }, "$.topics: array has 4 items, more than maxItems 3")
    }

    func testFormats() {
        assertOne(struggle { $0["learnerId"] = "u1" }, "$.learnerId: \"u1\" is not a valid uuid")
        assertOne(struggle { $0["updatedAt"] = "2026-11-20 late" }, "$.updatedAt: \"2026-11-20 late\" is not a valid date-time")
        XCTAssertEqual(struggle { $0["updatedAt"] = "2026-11-20T10:15:00+01:00" }, [])
    }

    func testPatternViaRangedResponse() {
        let body = json(["code": "bad-code", "message": "no"])
        assertOne(doc.validateResponse(method: "POST", path: "/v1/coach", status: 422, contentType: "application/json", body: body),
                  "POST /v1/coach 422: $.code: \"bad-code\" does not match pattern ^[A-Z_]+$")
        XCTAssertEqual(doc.validateResponse(method: "POST", path: "/v1/coach", status: 400, contentType: "application/json",
                                            body: json(["code": "BAD_INPUT", "message": "no"])), [])
    }

    // MARK: composition

    func testOneOfNoneAndDiscriminatorNamesTheBranch() {
        let shapes = json([["kind": "square", "side": "wide"]])
        assertOne(doc.validateResponse(method: "GET", path: "/v1/shapes", status: 200, contentType: "application/json", body: shapes),
                  "$[0]: matches none of the 2 oneOf schemas (closest, #2: $[0].side: expected number, got string)")
        let valid = json([["kind": "square", "side": 2], ["kind": "circle", "radius": 0.5]])
        XCTAssertEqual(doc.validateResponse(method: "GET", path: "/v1/shapes", status: 200, contentType: "application/json", body: valid), [])
    }

    func testOneOfMoreThanOne() {
        let body = json(["label": "x", "count": 1, "kind": "thing", "id": "7f0c2a4e-1b2c-4d3e-8f90-a1b2c3d4e5f6"])
        assertOne(doc31.validateResponse(method: "GET", path: "/v1/things/1", status: 200, contentType: "application/json", body: body),
                  "$.id: matches 2 of the oneOf schemas (#1, #2), expected exactly one")
    }

    func testAnyOf() {
        func size(_ value: Any) -> [String] {
            doc31.validateResponse(method: "GET", path: "/v1/things/1", status: 200, contentType: "application/json",
                                   body: json(["label": "x", "count": 1, "kind": "thing", "size": value]))
        }
        XCTAssertEqual(size(3), [])
        XCTAssertEqual(size("small"), [])
        assertOne(size("huge"), "$.size: matches none of the 2 anyOf schemas (closest, #2: $.size: \"huge\" is not one of the enum values")
    }

    func testShapesArrayTooLong() {
        let four = json(Array(repeating: ["kind": "square", "side": 1], count: 4))
        assertOne(doc.validateResponse(method: "GET", path: "/v1/shapes", status: 200, contentType: "application/json", body: four),
                  "$: array has 4 items, more than maxItems 3")
    }

    func testRecursiveSchemaDeepViolation() {
        let tree = json(["name": "root", "children": [["name": "a", "children": [["name": "b"], ["name": 7]]]]])
        assertOne(doc.validateResponse(method: "GET", path: "/v1/tree", status: 200, contentType: "application/json", body: tree),
                  "$.children[0].children[1].name: expected string, got integer")
    }

    func testRefCycleIsGuarded() {
        XCTAssertEqual(doc.validateResponse(method: "GET", path: "/v1/loop", status: 200, contentType: "application/json", body: Data("{}".utf8)), [])
    }

    // MARK: OpenAPI 3.1

    func testTypeArrayNull() {
        func thing(_ label: Any) -> [String] {
            doc31.validateResponse(method: "GET", path: "/v1/things/abc", status: 201, contentType: "application/json",
                                   body: json(["label": label, "count": 2, "kind": "thing"]))
        }
        XCTAssertEqual(thing(NSNull()), [])
        XCTAssertEqual(thing("named"), [])
        assertOne(thing(5), "GET /v1/things/abc 201: $.label: expected string or null, got integer")
    }

    func testConstExclusiveMinimumUniqueItemsAdditionalSchema() {
        func thing(_ change: (inout [String: Any]) -> Void) -> [String] {
            var body: [String: Any] = ["label": "x", "count": 2, "kind": "thing", "tags": ["a", "b"], "labels": ["x": 1]]
            change(&body)
            return doc31.validateResponse(method: "GET", path: "/v1/things/1", status: 200, contentType: "application/json", body: json(body))
        }
        XCTAssertEqual(thing { _ in }, [])
        assertOne(thing { $0["kind"] = "other" }, "$.kind: expected const \"thing\", got \"other\"")
        assertOne(thing { $0["count"] = 0 }, "$.count: 0 is not greater than exclusiveMinimum 0")
        assertOne(thing { $0["tags"] = ["a", "a"] }, "$.tags: items [0] and [1] are equal, but uniqueItems is true")
        assertOne(thing { $0["labels"] = ["x": "one"] }, "$.labels.x: expected integer, got string")
    }

    // MARK: routing, statuses, content types

    func testUnknownPath() {
        assertOne(doc.validateResponse(method: "GET", path: "/v2/nothing", status: 200, contentType: "application/json", body: Data("{}".utf8)),
                  "GET /v2/nothing 200: no path in the document matches /v2/nothing")
        assertOne(doc.validateResponse(method: "GET", path: "/v1/learners/u1/struggle/extra", status: 200, contentType: nil, body: Data()),
                  "no path in the document matches")
        assertOne(doc.validateResponse(method: "GET", path: "/v1/learners//struggle", status: 200, contentType: nil, body: Data()),
                  "no path in the document matches")
    }

    func testUnknownMethod() {
        assertOne(doc.validateResponse(method: "DELETE", path: "/v1/coach", status: 200, contentType: nil, body: Data()),
                  "DELETE /v1/coach 200: /v1/coach has no DELETE operation (documented: POST)")
    }

    func testLiteralPathWinsOverTemplate() {
        let me = json(["me": true])
        XCTAssertEqual(doc.validateResponse(method: "GET", path: "/v1/learners/me/struggle", status: 200, contentType: "application/json", body: me), [])
        assertOne(doc.validateResponse(method: "GET", path: "/v1/learners/me/struggle", status: 200, contentType: "application/json", body: json(validStruggle)),
                  "missing required property \"me\"")
    }

    func testUndocumentedStatus() {
        assertOne(doc.validateResponse(method: "GET", path: "/v1/learners/me/struggle", status: 500, contentType: "application/json", body: Data("{}".utf8)),
                  "GET /v1/learners/me/struggle 500: status 500 is not documented (documented: 200)")
        assertOne(doc.validateResponse(method: "POST", path: "/v1/coach", status: 500, contentType: "application/json", body: Data("{}".utf8)),
                  "status 500 is not documented (documented: 200, 4XX)")
    }

    func testDefaultAndNestedResponseRefs() {
        assertOne(doc.validateResponse(method: "GET", path: "/v1/learners/u1/struggle", status: 503, contentType: "application/json",
                                       body: json(["code": "DOWN"])),
                  "GET /v1/learners/u1/struggle 503: $: missing required property \"message\"")
        assertOne(doc.validateResponse(method: "GET", path: "/v1/learners/u1/struggle", status: 404, contentType: "application/json",
                                       body: json(["code": "not found", "message": "no"])),
                  "$.code: \"not found\" does not match pattern")
    }

    func testNonJSONBody() {
        assertOne(doc.validateResponse(method: "GET", path: "/v1/learners/u1/struggle", status: 200, contentType: "application/json",
                                       body: Data("<html>oops</html>".utf8)),
                  "GET /v1/learners/u1/struggle 200: the body is not valid JSON (17 bytes: \"<html>oops</html>\")")
        assertOne(doc.validateResponse(method: "GET", path: "/v1/learners/u1/struggle", status: 200, contentType: "application/json", body: Data()),
                  "the body is not valid JSON (0 bytes")
    }

    func testContentTypes() {
        XCTAssertEqual(doc.validateResponse(method: "GET", path: "/v1/events", status: 200, contentType: "text/event-stream",
                                            body: Data("data: {not json}\n\n".utf8)), [])
        XCTAssertEqual(doc.validateResponse(method: "GET", path: "/v1/health", status: 200, contentType: "text/plain; charset=utf-8",
                                            body: Data("ok".utf8)), [])
        assertOne(doc.validateResponse(method: "GET", path: "/v1/health", status: 200, contentType: "application/json", body: Data("{}".utf8)),
                  "Content-Type application/json is not documented for response 200 (documented: text/plain)")
        assertOne(doc.validateResponse(method: "GET", path: "/v1/learners/u1/struggle", status: 200, contentType: "text/html", body: Data("x".utf8)),
                  "Content-Type text/html is not documented")
        assertOne(doc.validateResponse(method: "GET", path: "/v1/learners/u1/struggle", status: 200, contentType: nil, body: json(validStruggle)),
                  "no Content-Type, but response 200 documents a body (application/json)")
    }

    func testNoContentResponse() {
        XCTAssertEqual(doc.validateResponse(method: "DELETE", path: "/v1/items/42", status: 204, contentType: nil, body: Data()), [])
        assertOne(doc.validateResponse(method: "DELETE", path: "/v1/items/42", status: 204, contentType: "application/json", body: Data("{}".utf8)),
                  "response 204 documents no body, but the body has 2 bytes")
    }

    // MARK: request bodies

    func testRequestBody() {
        XCTAssertEqual(doc.validateRequestBody(method: "POST", path: "/v1/coach", body: json(["question": "why?", "language": "swift"])), [])
        assertOne(doc.validateRequestBody(method: "POST", path: "/v1/coach", body: json(["language": "swift"])),
                  "POST /v1/coach request: $: missing required property \"question\"")
        assertOne(doc.validateRequestBody(method: "POST", path: "/v1/coach", body: json(["question": "why?", "language": "cobol"])),
                  "$.language: \"cobol\" is not one of the enum values")
        assertOne(doc.validateRequestBody(method: "POST", path: "/v1/coach", body: Data()), "the request body is required, but it is empty")
        assertOne(doc.validateRequestBody(method: "GET", path: "/v1/tree", body: Data("{}".utf8)), "the operation documents no request body")
        XCTAssertEqual(doc.validateRequestBody(method: "GET", path: "/v1/tree", body: Data()), [])
    }

    // MARK: the document

    func testOperationsListsEveryOperationInOrder() {
        let ops = doc.operations.map { "\($0.method) \($0.path)" }
        XCTAssertEqual(ops, [
            "GET /v1/learners/{id}/struggle", "GET /v1/learners/me/struggle", "POST /v1/coach", "GET /v1/events",
            "GET /v1/health", "DELETE /v1/items/{id}", "GET /v1/shapes", "GET /v1/tree", "GET /v1/ratio", "GET /v1/loop",
        ])
        XCTAssertEqual(doc31.operations.count, 1)
    }

    func testDocumentErrors() {
        XCTAssertThrowsError(try OpenAPIDocument(yaml: "openapi: 3.0.0\npaths:\n  /a:\n    get:\n      responses:\n        '200': {$ref: '#/components/responses/Nope'}\n")) {
            XCTAssertTrue("\($0)".contains("$ref #/components/responses/Nope does not resolve"), "\($0)")
        }
        XCTAssertThrowsError(try OpenAPIDocument(yaml: "swagger: '2.0'\npaths: {}\n")) {
            XCTAssertTrue("\($0)".contains("not an OpenAPI 3 document"), "\($0)")
        }
        XCTAssertThrowsError(try OpenAPIDocument(yaml: "openapi: 3.0.0\npaths: [unclosed\n"))
        XCTAssertThrowsError(try OpenAPIDocument(yamlFile: "/nonexistent/openapi.yaml"))
    }

    func testLoadsFromFileAndIsSendable() async throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("openapi-\(UUID().uuidString).yaml")
        try sample31.write(to: url, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: url) }
        let fromFile = try OpenAPIDocument(yamlFile: url.path)
        let body = json(["label": "x", "count": 1.5, "kind": "thing"])
        let problems = await Task.detached { fromFile.validateResponse(method: "GET", path: "/v1/things/9", status: 200, contentType: "application/json", body: body) }.value
        assertOne(problems, "$.count: expected integer, got number")
    }
}
