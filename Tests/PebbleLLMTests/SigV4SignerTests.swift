import PebbleTestSupport
import Foundation
import PebbleLLM
import XCTest

/// Vectors from AWS's Signature Version 4 test suite ("aws-sig-v4-test-suite", 2015-08-30
/// edition, as kept in awslabs/aws-c-auth `tests/aws-signing-test-suite/v4/*` and
/// boto/botocore `tests/unit/auth/aws4_testsuite`), plus the IAM `ListUsers` example from
/// AWS's SigV4 documentation. Expected canonical requests are written out from the suite's
/// requests; every one was checked to produce the suite's published signature.
final class SigV4SignerTests: XCTestCase {
    struct Vector {
        var name: String
        var method: String
        var path: String
        var query = ""
        var headers: [(name: String, value: String)] = [(name: "Host", value: "example.amazonaws.com")]
        var body = ""
        var sessionToken: String? = nil
        var normalizesPath = true
        var service = "service"
        var canonicalRequest: String
        /// Hex SHA-256 of the canonical request, the last line of the string to sign.
        var canonicalRequestHash: String
        var authorization: String
    }

    static let date = Date(timeIntervalSince1970: 1_440_938_160)  // 2015-08-30T12:36:00Z
    static let emptyHash = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"
    static let hostAndDate = "host:example.amazonaws.com\nx-amz-date:20150830T123600Z\n"
    static let credential = "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/service/aws4_request"
    static let stsToken =
        "AQoDYXdzEPT//////////wEXAMPLEtc764bNrC9SAPBSM22wDOk4x4HIZ8j4FZTwdQWLWsKWHGBuFqwAeMicRXmxfpSPfIeoIYRqTflfKD8YUuwthAx7mSEI/qkPpKPi/kMcGdQrmGdeehM4IC1NtBmUpp2wUE8phUZampKsburEDy0KPkyQDYwT7WZ0wq5VSXDvp75YU9HFvlRd8Tx6q6fE8YQcHNVXAkiY9q6d+xo0rKwT38xVqr7ZD0u0iPPkUL64lIZbqBAz+scqKmlzm8FDrypNC9Yjc8fPOLn9FX9KSYvKTr4rvx3iSIlTJabIQwj2ICCR/oLxBA=="
    static let unreserved = "-._~0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"

    static let vectors: [Vector] = [
        Vector(
            name: "get-vanilla", method: "GET", path: "/",
            canonicalRequest: "GET\n/\n\n\(hostAndDate)\nhost;x-amz-date\n\(emptyHash)",
            canonicalRequestHash: "bb579772317eb040ac9ed261061d46c1f17a8133879d6129b6e1c25292927e63",
            authorization: "\(credential), SignedHeaders=host;x-amz-date, Signature=5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31"
        ),
        Vector(
            name: "get-vanilla-query-order-key-case", method: "GET", path: "/", query: "Param2=value2&Param1=value1",
            canonicalRequest: "GET\n/\nParam1=value1&Param2=value2\n\(hostAndDate)\nhost;x-amz-date\n\(emptyHash)",
            canonicalRequestHash: "816cd5b414d056048ba4f7c5386d6e0533120fb1fcfa93762cf0fc39e2cf19e0",
            authorization: "\(credential), SignedHeaders=host;x-amz-date, Signature=b97d918cfa904a5beff61c982a1b6f458b799221646efd99d3219ec94cdf2500"
        ),
        Vector(
            name: "get-header-value-trim", method: "GET", path: "/",
            headers: [
                (name: "Host", value: "example.amazonaws.com"),
                (name: "My-Header1", value: " value1"),
                (name: "My-Header2", value: "\"a   b   c\""),
            ],
            canonicalRequest:
                "GET\n/\n\nhost:example.amazonaws.com\nmy-header1:value1\nmy-header2:\"a b c\"\nx-amz-date:20150830T123600Z\n\nhost;my-header1;my-header2;x-amz-date\n\(emptyHash)",
            canonicalRequestHash: "a726db9b0df21c14f559d0a978e563112acb1b9e05476f0a6a1c7d68f28605c7",
            authorization:
                "\(credential), SignedHeaders=host;my-header1;my-header2;x-amz-date, Signature=acc3ed3afb60bb290fc8d2dd0098b9911fcaa05412b367055dee359757a9c736"
        ),
        Vector(
            name: "get-header-key-duplicate", method: "GET", path: "/",
            headers: [
                (name: "Host", value: "example.amazonaws.com"),
                (name: "My-Header1", value: "value2"),
                (name: "My-Header1", value: "value2"),
                (name: "My-Header1", value: "value1"),
            ],
            canonicalRequest:
                "GET\n/\n\nhost:example.amazonaws.com\nmy-header1:value2,value2,value1\nx-amz-date:20150830T123600Z\n\nhost;my-header1;x-amz-date\n\(emptyHash)",
            canonicalRequestHash: "dc7f04a3abfde8d472b0ab1a418b741b7c67174dad1551b4117b15527fbe966c",
            authorization:
                "\(credential), SignedHeaders=host;my-header1;x-amz-date, Signature=c9d5ea9f3f72853aea855b47ea873832890dbdd183b4468f858259531a5138ea"
        ),
        Vector(
            name: "get-vanilla-utf8-query", method: "GET", path: "/", query: "ሴ=bar",
            canonicalRequest: "GET\n/\n%E1%88%B4=bar\n\(hostAndDate)\nhost;x-amz-date\n\(emptyHash)",
            canonicalRequestHash: "eb30c5bed55734080471a834cc727ae56beb50e5f39d1bff6d0d38cb192a7073",
            authorization: "\(credential), SignedHeaders=host;x-amz-date, Signature=2cdec8eed098649ff3a119c94853b13c643bcf08f8b0a1d91e12c9027818dd04"
        ),
        Vector(
            name: "get-vanilla-query-unreserved", method: "GET", path: "/", query: "\(unreserved)=\(unreserved)",
            canonicalRequest: "GET\n/\n\(unreserved)=\(unreserved)\n\(hostAndDate)\nhost;x-amz-date\n\(emptyHash)",
            canonicalRequestHash: "c30d4703d9f799439be92736156d47ccfb2d879ddf56f5befa6d1d6aab979177",
            authorization: "\(credential), SignedHeaders=host;x-amz-date, Signature=9c3e54bfcdf0b19771a7f523ee5669cdf59bc7cc0884027167c21bb143a40197"
        ),
        Vector(
            name: "get-utf8", method: "GET", path: "/ሴ",
            canonicalRequest: "GET\n/%E1%88%B4\n\n\(hostAndDate)\nhost;x-amz-date\n\(emptyHash)",
            canonicalRequestHash: "2a0a97d02205e45ce2e994789806b19270cfbbb0921b278ccf58f5249ac42102",
            authorization: "\(credential), SignedHeaders=host;x-amz-date, Signature=8318018e0b0f223aa2bbf98705b62bb787dc9c0e678f255a891fd03141be5d85"
        ),
        Vector(
            name: "get-space-normalized", method: "GET", path: "/example space/",
            canonicalRequest: "GET\n/example%20space/\n\n\(hostAndDate)\nhost;x-amz-date\n\(emptyHash)",
            canonicalRequestHash: "63ee75631ed7234ae61b5f736dfc7754cdccfedbff4b5128a915706ee9390d86",
            authorization: "\(credential), SignedHeaders=host;x-amz-date, Signature=652487583200325589f1fba4c7e578f72c47cb61beeca81406b39ddec1366741"
        ),
        Vector(
            name: "get-slashes-normalized", method: "GET", path: "//example//",
            canonicalRequest: "GET\n/example/\n\n\(hostAndDate)\nhost;x-amz-date\n\(emptyHash)",
            canonicalRequestHash: "cb96b4ac96d501f7c5c15bc6d67b3035061cfced4af6585ad927f7e6c985c015",
            authorization: "\(credential), SignedHeaders=host;x-amz-date, Signature=9a624bd73a37c9a373b5312afbebe7a714a789de108f0bdfe846570885f57e84"
        ),
        Vector(
            name: "get-relative-relative-normalized", method: "GET", path: "/example1/example2/../..",
            canonicalRequest: "GET\n/\n\n\(hostAndDate)\nhost;x-amz-date\n\(emptyHash)",
            canonicalRequestHash: "bb579772317eb040ac9ed261061d46c1f17a8133879d6129b6e1c25292927e63",
            authorization: "\(credential), SignedHeaders=host;x-amz-date, Signature=5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31"
        ),
        Vector(
            name: "get-relative-relative-unnormalized", method: "GET", path: "/example1/example2/../..", normalizesPath: false,
            canonicalRequest: "GET\n/example1/example2/../..\n\n\(hostAndDate)\nhost;x-amz-date\n\(emptyHash)",
            canonicalRequestHash: "76115030c0f3ff06c20fdff5ceb6d5e0b835a1743e00b94fea7c7f381269437b",
            authorization: "\(credential), SignedHeaders=host;x-amz-date, Signature=dc33e0856fd4baca4d7aa2146c38958283844764f38c74252a333df5e613003b"
        ),
        Vector(
            name: "post-vanilla", method: "POST", path: "/",
            canonicalRequest: "POST\n/\n\n\(hostAndDate)\nhost;x-amz-date\n\(emptyHash)",
            canonicalRequestHash: "553f88c9e4d10fc9e109e2aeb65f030801b70c2f6468faca261d401ae622fc87",
            authorization: "\(credential), SignedHeaders=host;x-amz-date, Signature=5da7c1a2acd57cee7505fc6676e4e544621c30862966e37dddb68e92efbe5d6b"
        ),
        Vector(
            name: "post-x-www-form-urlencoded", method: "POST", path: "/",
            headers: [
                (name: "Content-Type", value: "application/x-www-form-urlencoded"),
                (name: "Host", value: "example.amazonaws.com"),
            ],
            body: "Param1=value1",
            canonicalRequest:
                "POST\n/\n\ncontent-type:application/x-www-form-urlencoded\n\(hostAndDate)\ncontent-type;host;x-amz-date\n9095672bbd1f56dfc5b65f3e153adc8731a4a654192329106275f4c7b24d0b6e",
            canonicalRequestHash: "42a5e5bb34198acb3e84da4f085bb7927f2bc277ca766e6d19c73c2154021281",
            authorization:
                "\(credential), SignedHeaders=content-type;host;x-amz-date, Signature=ff11897932ad3f4e8b18135d722051e5ac45fc38421b1da7b9d196a0fe09473a"
        ),
        Vector(
            name: "post-sts-token/post-sts-header-before", method: "POST", path: "/", sessionToken: stsToken,
            canonicalRequest:
                "POST\n/\n\n\(hostAndDate)x-amz-security-token:\(stsToken)\n\nhost;x-amz-date;x-amz-security-token\n\(emptyHash)",
            canonicalRequestHash: "c237e1b440d4c63c32ca95b5b99481081cb7b13c7e40434868e71567c1a882f6",
            authorization:
                "\(credential), SignedHeaders=host;x-amz-date;x-amz-security-token, Signature=85d96828115b5dc0cfc3bd16ad9e210dd772bbebba041836c64533a82be05ead"
        ),
        Vector(
            name: "get-vanilla-with-session-token", method: "GET", path: "/",
            sessionToken: "6e86291e8372ff2a2260956d9b8aae1d763fbf315fa00fa31553b73ebf194267",
            canonicalRequest:
                "GET\n/\n\n\(hostAndDate)x-amz-security-token:6e86291e8372ff2a2260956d9b8aae1d763fbf315fa00fa31553b73ebf194267\n\nhost;x-amz-date;x-amz-security-token\n\(emptyHash)",
            canonicalRequestHash: "067b36aa60031588cea4a4cde1f21215227a047690c72247f1d70b32fbbfad2b",
            authorization:
                "\(credential), SignedHeaders=host;x-amz-date;x-amz-security-token, Signature=07ec1639c89043aa0e3e2de82b96708f198cceab042d4a97044c66dd9f74e7f8"
        ),
        Vector(
            name: "iam-list-users (AWS docs example)", method: "GET", path: "/", query: "Action=ListUsers&Version=2010-05-08",
            headers: [
                (name: "Host", value: "iam.amazonaws.com"),
                (name: "Content-Type", value: "application/x-www-form-urlencoded; charset=utf-8"),
            ],
            service: "iam",
            canonicalRequest:
                "GET\n/\nAction=ListUsers&Version=2010-05-08\ncontent-type:application/x-www-form-urlencoded; charset=utf-8\nhost:iam.amazonaws.com\nx-amz-date:20150830T123600Z\n\ncontent-type;host;x-amz-date\n\(emptyHash)",
            canonicalRequestHash: "f536975d06c0309214f805bb90ccff089219ecd68b2577efef23edd43b7e1a59",
            authorization:
                "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/iam/aws4_request, SignedHeaders=content-type;host;x-amz-date, Signature=5d672d79c15b13162d9279b0855cfba6789a8edb4c82c400e06b5924a6f2b5d7"
        ),
    ]

    func testAWSTestSuiteVectors() {
        XCTAssertGreaterThanOrEqual(Self.vectors.count, 6)
        for vector in Self.vectors {
            let signer = SigV4Signer(
                credentials: SigV4Credentials(
                    accessKeyId: "AKIDEXAMPLE",
                    secretAccessKey: "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY",
                    sessionToken: vector.sessionToken
                ),
                region: "us-east-1",
                service: vector.service,
                normalizesPath: vector.normalizesPath
            )
            let signed = signer.sign(
                SigV4Signer.Request(
                    method: vector.method, path: vector.path, query: vector.query,
                    headers: vector.headers, body: Array(vector.body.utf8)
                ),
                date: Self.date
            )
            XCTAssertEqual(signed.canonicalRequest, vector.canonicalRequest, "canonical request of \(vector.name)")
            XCTAssertEqual(
                signed.stringToSign,
                "AWS4-HMAC-SHA256\n20150830T123600Z\n20150830/us-east-1/\(vector.service)/aws4_request\n\(vector.canonicalRequestHash)",
                "string to sign of \(vector.name)"
            )
            XCTAssertEqual(signed.authorization, vector.authorization, "authorization of \(vector.name)")
            XCTAssertTrue(vector.authorization.hasSuffix("Signature=\(signed.signature)"), vector.name)
            XCTAssertEqual(signed.amzDate, "20150830T123600Z")
            let added = Dictionary(uniqueKeysWithValues: signed.headersToAdd.map { ($0.name, $0.value) })
            XCTAssertEqual(added["x-amz-date"], "20150830T123600Z", vector.name)
            XCTAssertEqual(added["x-amz-security-token"], vector.sessionToken, vector.name)
            XCTAssertEqual(added["authorization"], vector.authorization, vector.name)
        }
    }

    func testSigningKeyMatchesTheDocumentedDerivation() {
        // AWS docs ("Derive a signing key"): the IAM example's key, hex.
        let key = SigV4Signer.signingKey(
            secret: "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY", dateStamp: "20150830", region: "us-east-1", service: "iam"
        )
        XCTAssertEqual(
            key.map { String(format: "%02x", $0) }.joined(),
            "c4afb1cc5771d871763a393e44b703571b55cc28424d1a5e86da6ed3c154a4b9"
        )
    }

    func testNonS3PathsAreEncodedAgainWhenSigned() {
        // The wire path already carries %3A; the canonical URI encodes it once more.
        XCTAssertEqual(
            SigV4Signer.canonicalURI("/model/us.anthropic.claude-3-5-haiku-20241022-v1%3A0/converse", normalize: true, encode: true),
            "/model/us.anthropic.claude-3-5-haiku-20241022-v1%253A0/converse"
        )
        // S3 style: the wire path as it is.
        XCTAssertEqual(SigV4Signer.canonicalURI("/a%20b//c", normalize: false, encode: false), "/a%20b//c")
        XCTAssertEqual(SigV4Signer.canonicalURI("", normalize: true, encode: true), "/")
        XCTAssertEqual(SigV4Signer.canonicalURI("/./example/.", normalize: true, encode: true), "/example/")
        XCTAssertEqual(SigV4Signer.uriEncode("a:b/c d~", encodeSlash: true), "a%3Ab%2Fc%20d~")
        XCTAssertEqual(SigV4Signer.uriEncode("a/b", encodeSlash: false), "a/b")
    }

    func testCanonicalQuerySortsByNameThenValueAndEncodes() {
        XCTAssertEqual(SigV4Signer.canonicalQuery("b=2&a=2&a=1&c"), "a=1&a=2&b=2&c=")
        XCTAssertEqual(SigV4Signer.canonicalQuery("k=a%2Fb&k2=x y"), "k=a%2Fb&k2=x%20y")
        XCTAssertEqual(SigV4Signer.canonicalQuery(""), "")
    }

    func testRepeatedHeadersAreJoinedInOrder() {
        let (canonical, signed) = SigV4Signer.canonicalHeaders([
            (name: "My-Header1", value: "value2"),
            (name: "host", value: "example.amazonaws.com"),
            (name: "my-header1", value: "value2"),
            (name: "MY-HEADER1", value: "value1"),
        ])
        XCTAssertEqual(canonical, "host:example.amazonaws.com\nmy-header1:value2,value2,value1\n")
        XCTAssertEqual(signed, "host;my-header1")
    }

    func testTimestampsAreUTC() {
        let (amzDate, dateStamp) = SigV4Signer.timestamps(Date(timeIntervalSince1970: 0))
        XCTAssertEqual(amzDate, "19700101T000000Z")
        XCTAssertEqual(dateStamp, "19700101")
    }
}
