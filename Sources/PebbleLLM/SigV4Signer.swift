import Crypto
public import Foundation

/// AWS credentials for Signature Version 4.
public struct SigV4Credentials: Sendable, Equatable {
    public var accessKeyId: String
    public var secretAccessKey: String
    /// Temporary credentials' token, sent (and signed) as `x-amz-security-token`.
    public var sessionToken: String?

    public init(accessKeyId: String, secretAccessKey: String, sessionToken: String? = nil) {
        self.accessKeyId = accessKeyId
        self.secretAccessKey = secretAccessKey
        self.sessionToken = sessionToken
    }
}

/// A general AWS Signature Version 4 signer (header-based, `AWS4-HMAC-SHA256`).
///
/// Paths: pass the path exactly as it goes on the wire (for Bedrock,
/// `/model/us.anthropic.claude-3-5-haiku-20241022-v1%3A0/converse`). For every service but S3,
/// AWS builds the canonical URI by URI-encoding each segment of that path once more, so a
/// model id's `:` is `%3A` on the wire and `%253A` in the canonical request ("encode twice":
/// once to build the URL, once to sign it). S3 signs the wire path as it is and does not
/// normalise it: use `normalizesPath: false, encodesPath: false` there. A raw, unencoded path
/// (as in AWS's test suite, e.g. `/ሴ` or `/example space/`) comes out encoded once, as the
/// suite expects.
public struct SigV4Signer: Sendable {
    public static let algorithm = "AWS4-HMAC-SHA256"

    public var credentials: SigV4Credentials
    public var region: String
    public var service: String
    /// Remove empty, `.` and `..` segments before signing (true for all services but S3).
    public var normalizesPath: Bool
    /// URI-encode each segment of the given path when signing (true for all services but S3).
    public var encodesPath: Bool

    public init(
        credentials: SigV4Credentials,
        region: String,
        service: String,
        normalizesPath: Bool = true,
        encodesPath: Bool = true
    ) {
        self.credentials = credentials
        self.region = region
        self.service = service
        self.normalizesPath = normalizesPath
        self.encodesPath = encodesPath
    }

    /// The parts of an HTTP request that SigV4 signs.
    public struct Request: Sendable {
        public var method: String
        /// The path as sent in the request line (may already be percent-encoded).
        public var path: String
        /// The query string as sent, without `?` (may be empty).
        public var query: String
        /// Headers to sign; must include `host`. Names are case-insensitive; repeated names are joined with `,`.
        public var headers: [(name: String, value: String)]
        /// Lower-case hex SHA-256 of the body.
        public var payloadHash: String

        public init(method: String, path: String, query: String = "", headers: [(name: String, value: String)], body: [UInt8] = []) {
            self.init(method: method, path: path, query: query, headers: headers, payloadHash: SigV4Signer.hexSHA256(body))
        }

        public init(method: String, path: String, query: String = "", headers: [(name: String, value: String)], payloadHash: String) {
            self.method = method
            self.path = path
            self.query = query
            self.headers = headers
            self.payloadHash = payloadHash
        }
    }

    /// Every intermediate of a signature, for tests and debugging.
    public struct Signed: Sendable {
        public var canonicalRequest: String
        public var stringToSign: String
        public var signature: String
        public var signedHeaders: String
        public var credentialScope: String
        public var amzDate: String
        /// The `Authorization` header's value.
        public var authorization: String
        /// Headers to add to the request: `x-amz-date` and `x-amz-security-token` when the
        /// request did not have them, then `authorization`.
        public var headersToAdd: [(name: String, value: String)]
    }

    /// Signs `request` as of `date`. `x-amz-date` (and `x-amz-security-token` when the
    /// credentials have a token) are added to the signed headers unless already present.
    public func sign(_ request: Request, date: Date) -> Signed {
        let (amzDate, dateStamp) = Self.timestamps(date)
        var headers = request.headers
        var added: [(name: String, value: String)] = []
        func hasHeader(_ name: String) -> Bool { headers.contains { $0.name.lowercased() == name } }
        if !hasHeader("x-amz-date") {
            headers.append((name: "x-amz-date", value: amzDate))
            added.append((name: "x-amz-date", value: amzDate))
        }
        if let token = credentials.sessionToken, !token.isEmpty, !hasHeader("x-amz-security-token") {
            headers.append((name: "x-amz-security-token", value: token))
            added.append((name: "x-amz-security-token", value: token))
        }

        let (canonicalHeaders, signedHeaders) = Self.canonicalHeaders(headers)
        let canonicalRequest = [
            request.method.uppercased(),
            Self.canonicalURI(request.path, normalize: normalizesPath, encode: encodesPath),
            Self.canonicalQuery(request.query),
            canonicalHeaders,
            signedHeaders,
            request.payloadHash,
        ].joined(separator: "\n")

        let scope = "\(dateStamp)/\(region)/\(service)/aws4_request"
        let stringToSign = [
            Self.algorithm, amzDate, scope, Self.hexSHA256(Array(canonicalRequest.utf8)),
        ].joined(separator: "\n")

        let key = Self.signingKey(secret: credentials.secretAccessKey, dateStamp: dateStamp, region: region, service: service)
        let signature = Self.hex(Self.hmacSHA256(key: key, Array(stringToSign.utf8)))
        let authorization =
            "\(Self.algorithm) Credential=\(credentials.accessKeyId)/\(scope), SignedHeaders=\(signedHeaders), Signature=\(signature)"
        added.append((name: "authorization", value: authorization))

        return Signed(
            canonicalRequest: canonicalRequest,
            stringToSign: stringToSign,
            signature: signature,
            signedHeaders: signedHeaders,
            credentialScope: scope,
            amzDate: amzDate,
            authorization: authorization,
            headersToAdd: added
        )
    }

    // MARK: - Canonicalisation

    /// The canonical URI of `path` (see the type's notes on encoding).
    public static func canonicalURI(_ path: String, normalize: Bool, encode: Bool) -> String {
        var path = path.isEmpty ? "/" : path
        if normalize {
            let segments = path.split(separator: "/", omittingEmptySubsequences: true)
            var kept: [Substring] = []
            for segment in segments {
                switch segment {
                case ".": continue
                case "..": if !kept.isEmpty { kept.removeLast() }
                default: kept.append(segment)
                }
            }
            let endsAsDirectory = path.hasSuffix("/") || segments.last == "." || segments.last == ".."
            path = "/" + kept.joined(separator: "/")
            if endsAsDirectory && !kept.isEmpty { path += "/" }
        }
        guard encode else { return path }
        return path.split(separator: "/", omittingEmptySubsequences: false)
            .map { uriEncode(String($0)) }
            .joined(separator: "/")
    }

    /// The canonical query string: each name and value percent-decoded, then URI-encoded
    /// (`/` too), sorted by name then value, joined with `&`.
    public static func canonicalQuery(_ query: String) -> String {
        let pairs: [(String, String)] = query.split(separator: "&", omittingEmptySubsequences: true).map { item in
            let parts = item.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let name = String(parts[0])
            let value = parts.count > 1 ? String(parts[1]) : ""
            return (uriEncode(percentDecoded(name), encodeSlash: true), uriEncode(percentDecoded(value), encodeSlash: true))
        }
        return pairs.sorted { lhs, rhs in
            lhs.0 == rhs.0 ? lhs.1.utf8.lexicographicallyPrecedes(rhs.1.utf8) : lhs.0.utf8.lexicographicallyPrecedes(rhs.0.utf8)
        }
        .map { "\($0.0)=\($0.1)" }
        .joined(separator: "&")
    }

    /// Canonical headers (each `name:value\n`, names lower-cased and sorted, values trimmed
    /// with inner runs of whitespace collapsed, repeated names joined with `,`) and the
    /// signed-headers list.
    public static func canonicalHeaders(_ headers: [(name: String, value: String)]) -> (canonical: String, signed: String) {
        var merged: [String: [String]] = [:]
        for (name, value) in headers {
            merged[name.lowercased().trimmingCharacters(in: .whitespaces), default: []].append(normalizedHeaderValue(value))
        }
        let names = merged.keys.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
        let canonical = names.map { "\($0):\(merged[$0]!.joined(separator: ","))\n" }.joined()
        return (canonical, names.joined(separator: ";"))
    }

    static func normalizedHeaderValue(_ value: String) -> String {
        var out = ""
        var pendingSpace = false
        for character in value {
            if character == " " || character == "\t" || character == "\n" || character == "\r" {
                pendingSpace = !out.isEmpty
            } else {
                if pendingSpace { out.append(" ") }
                pendingSpace = false
                out.append(character)
            }
        }
        return out
    }

    /// URI-encodes per AWS: RFC 3986 unreserved characters (`A–Z a–z 0–9 - . _ ~`) are kept,
    /// every other UTF-8 byte becomes `%XX` (upper-case hex); `/` is kept unless `encodeSlash`.
    public static func uriEncode(_ string: String, encodeSlash: Bool = true) -> String {
        var out = ""
        out.reserveCapacity(string.utf8.count)
        for byte in string.utf8 {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
                UInt8(ascii: "0")...UInt8(ascii: "9"),
                UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"):
                out.unicodeScalars.append(Unicode.Scalar(byte))
            case UInt8(ascii: "/") where !encodeSlash:
                out.append("/")
            default:
                out.append("%")
                out.append(hexDigits[Int(byte >> 4)])
                out.append(hexDigits[Int(byte & 0x0F)])
            }
        }
        return out
    }

    private static let hexDigits: [Character] = Array("0123456789ABCDEF")

    static func percentDecoded(_ string: String) -> String {
        string.removingPercentEncoding ?? string
    }

    // MARK: - Crypto and time

    /// `kSigning = HMAC(HMAC(HMAC(HMAC("AWS4" + secret, date), region), service), "aws4_request")`.
    public static func signingKey(secret: String, dateStamp: String, region: String, service: String) -> [UInt8] {
        var key = Array("AWS4\(secret)".utf8)
        for part in [dateStamp, region, service, "aws4_request"] {
            key = hmacSHA256(key: key, Array(part.utf8))
        }
        return key
    }

    /// HMAC-SHA256 of `message` under `key`.
    public static func hmacSHA256(key: [UInt8], _ message: [UInt8]) -> [UInt8] {
        Array(HMAC<SHA256>.authenticationCode(for: message, using: SymmetricKey(data: key)))
    }

    /// Lower-case hex SHA-256.
    public static func hexSHA256(_ bytes: [UInt8]) -> String {
        hex(Array(SHA256.hash(data: bytes)))
    }

    /// Lower-case hex of `bytes`.
    public static func hex(_ bytes: [UInt8]) -> String {
        let digits = Array("0123456789abcdef")
        var out = ""
        out.reserveCapacity(bytes.count * 2)
        for byte in bytes {
            out.append(digits[Int(byte >> 4)])
            out.append(digits[Int(byte & 0x0F)])
        }
        return out
    }

    /// `("20150830T123600Z", "20150830")` for 2015-08-30 12:36:00 UTC.
    public static func timestamps(_ date: Date) -> (amzDate: String, dateStamp: String) {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(secondsFromGMT: 0)!
        let c = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
        func pad(_ value: Int?, _ width: Int) -> String {
            let digits = String(value ?? 0)
            return String(repeating: "0", count: max(0, width - digits.count)) + digits
        }
        let dateStamp = pad(c.year, 4) + pad(c.month, 2) + pad(c.day, 2)
        return (dateStamp + "T" + pad(c.hour, 2) + pad(c.minute, 2) + pad(c.second, 2) + "Z", dateStamp)
    }
}
