import Foundation
import Hummingbird
import Logging
import PebbleAuth
import PebbleHTTP
import PebbleJSON

/// pebble-auth's HTTP API (docs/api/auth.yaml). Handlers read and check the JSON strictly, take
/// the per-address rate limits, call `AuthService` and map its `AuthError`s to the common error body.
struct AuthRoutes: Sendable {
    let auth: AuthService
    /// Unauthenticated endpoints that send mail or create things, per address.
    let limiter: RateLimiter
    /// `username/available` enumerates by design: its own, tighter budget per address.
    let usernameLimiter: RateLimiter
    /// Peers whose `X-Forwarded-For` is believed (a reverse proxy on the same host).
    let trustedProxies: Set<String>
    let logger: Logger

    static let bodyLimit = 16 * 1024

    func add(to router: Router<AuthRequestContext>) {
        router.post("/v1/signup") { r, c in try await handle { try await signup(r, c) } }
        router.post("/v1/confirm") { r, c in try await handle { try await confirm(r, c) } }
        router.post("/v1/resend") { r, c in try await handle { try await resend(r, c) } }
        router.post("/v1/login") { r, c in try await handle { try await login(r, c) } }
        router.post("/v1/refresh") { r, c in try await handle { try await refresh(r, c) } }
        router.post("/v1/logout") { r, c in try await handle { try await logout(r, c) } }
        router.post("/v1/username/available") { r, c in try await handle { try await usernameAvailable(r, c) } }
        router.get("/v1/me") { r, _ in try await handle { try await me(r) } }
        router.patch("/v1/me") { r, _ in try await handle { try await patchMe(r) } }
        router.post("/v1/password/change") { r, _ in try await handle { try await changePassword(r) } }
        router.post("/v1/password/reset") { r, c in try await handle { try await requestReset(r, c) } }
        router.post("/v1/password/reset/confirm") { r, c in try await handle { try await confirmReset(r, c) } }
        router.get("/.well-known/jwks.json") { _, _ in try await handle { try await jwks() } }
    }

    // MARK: - Plumbing

    /// AuthError → the common error body; anything unexpected → a generic 500 (logged without
    /// the request's contents).
    func handle(_ body: () async throws -> Response) async throws -> Response {
        do {
            return try await body()
        } catch let e as AuthError {
            throw APIError(HTTPResponse.Status(code: e.status), code: e.code, e.message, retryAfterSeconds: e.retryAfterSeconds)
        } catch let e as APIError {
            throw e
        } catch {
            logger.error("request failed", metadata: ["error": "\(type(of: error))"])
            throw APIError(.internalServerError, code: "internal", "something went wrong on our side; try again")
        }
    }

    func address(_ request: Request, _ context: AuthRequestContext) -> String {
        let peer = context.remoteAddress?.ipAddress ?? "unknown"
        if trustedProxies.contains(peer), let forwarded = request.headers[.init("X-Forwarded-For")!],
           let last = forwarded.split(separator: ",").last?.trimmingCharacters(in: .whitespaces), !last.isEmpty, last.count <= 64 {
            return last
        }
        return peer
    }

    func limit(_ limiter: RateLimiter, _ key: String) async throws {
        if let wait = await limiter.take(key) {
            let seconds = max(1, Int((Double(wait.components.seconds) + Double(wait.components.attoseconds) / 1e18).rounded(.up)))
            throw APIError(.tooManyRequests, code: "too_many_requests", "too many requests from this address; try again in \(seconds) s",
                           retryAfterSeconds: seconds)
        }
    }

    func fields(_ request: Request, _ allowed: Set<String>) async throws -> RequestFields {
        try RequestFields(try await JSONBody.read(request, limit: Self.bodyLimit), allowed: allowed)
    }

    func locale(_ request: Request, _ f: RequestFields) throws -> String? {
        let requested = try f.optionalString("locale", max: 35)
        return MailTexts.locale(requested: requested, acceptLanguage: request.headers[.acceptLanguage])
    }

    static let accepted: JSONValue = .object([
        "status": .string("accepted"),
        "message": .string("If the address can receive mail, a message is on its way. Check your inbox."),
    ])

    // MARK: - Accounts

    func signup(_ request: Request, _ context: AuthRequestContext) async throws -> Response {
        let ip = address(request, context)
        try await limit(limiter, "signup:" + ip)
        let f = try await fields(request, ["email", "username", "password", "displayName", "locale"])
        try await auth.signup(email: try f.string("email", max: 320), username: try f.string("username", max: 256),
                              password: try f.string("password", max: 1024), displayName: try f.string("displayName", max: 512),
                              locale: try locale(request, f), address: ip)
        return JSONBody.response(Self.accepted, status: .accepted)
    }

    func confirm(_ request: Request, _ context: AuthRequestContext) async throws -> Response {
        let f = try await fields(request, ["email", "code"])
        try await auth.confirm(email: try f.string("email", max: 320), code: try f.string("code", max: 16), address: address(request, context))
        return JSONBody.response(.object(["status": .string("confirmed")]))
    }

    func resend(_ request: Request, _ context: AuthRequestContext) async throws -> Response {
        let ip = address(request, context)
        try await limit(limiter, "mail:" + ip)
        let f = try await fields(request, ["email", "locale"])
        try await auth.resend(email: try f.string("email", max: 320), locale: try locale(request, f), address: ip)
        return JSONBody.response(Self.accepted, status: .accepted)
    }

    func usernameAvailable(_ request: Request, _ context: AuthRequestContext) async throws -> Response {
        try await limit(usernameLimiter, "username:" + address(request, context))
        let f = try await fields(request, ["username"])
        let a = try await auth.usernameAvailable(try f.string("username", max: 256))
        var o: [String: JSONValue] = ["available": .bool(a.available)]
        if let u = a.username { o["username"] = .string(u) }
        if let r = a.reason { o["reason"] = .string(r) }
        return JSONBody.response(.object(o))
    }

    // MARK: - Sessions

    static func tokens(_ p: AuthService.TokenPair) -> Response {
        var response = JSONBody.response(.object([
            "accessToken": .string(p.accessToken), "refreshToken": .string(p.refreshToken),
            "expiresIn": .int(Int64(p.expiresIn)), "tokenType": .string(p.tokenType),
        ]))
        response.headers[.cacheControl] = "no-store"
        return response
    }

    func login(_ request: Request, _ context: AuthRequestContext) async throws -> Response {
        let f = try await fields(request, ["login", "password"])
        let pair = try await auth.login(login: try f.string("login", max: 320), password: try f.string("password", max: 1024),
                                        address: address(request, context))
        return Self.tokens(pair)
    }

    func refresh(_ request: Request, _ context: AuthRequestContext) async throws -> Response {
        try await limit(limiter, "refresh:" + address(request, context))
        let f = try await fields(request, ["refreshToken"])
        return Self.tokens(try await auth.refresh(try f.string("refreshToken", max: 128)))
    }

    func logout(_ request: Request, _ context: AuthRequestContext) async throws -> Response {
        let f = try await fields(request, ["refreshToken"])
        try await auth.logout(try f.string("refreshToken", max: 128))
        return JSONBody.response(.object(["status": .string("logged_out")]))
    }

    func jwks() async throws -> Response {
        let snapshot = try await auth.keyRing.snapshot()
        var response = Response(status: .ok, headers: [.contentType: "application/jwk-set+json"],
                                body: .init(byteBuffer: ByteBuffer(string: snapshot.jwksJSON)))
        response.headers[.cacheControl] = "public, max-age=60"
        return response
    }

    // MARK: - Profile and passwords

    static func json(_ p: Profile) -> JSONValue {
        .object([
            "id": .string(p.id), "email": .string(p.email), "username": .string(p.username), "displayName": .string(p.displayName),
            "bio": .string(p.bio), "track": p.track.map { .string($0.rawValue) } ?? .null, "level": p.level.map { .string($0.rawValue) } ?? .null,
            "locale": .string(p.locale), "emailConfirmed": .bool(p.emailConfirmed),
            "createdAt": .string(ISO8601DateFormatter().string(from: p.createdAt)),
        ])
    }

    func me(_ request: Request) async throws -> Response {
        let account = try await auth.authenticate(authorization: request.headers[.authorization])
        return JSONBody.response(Self.json(auth.profile(account)))
    }

    func patchMe(_ request: Request) async throws -> Response {
        let account = try await auth.authenticate(authorization: request.headers[.authorization])
        let f = try await fields(request, ["displayName", "username", "bio", "track", "level"])
        var changes = AuthStore.ProfileChanges()
        if let v = try f.optionalString("displayName", max: 512) {
            changes.displayName = try ProfileText.clean(v, field: "displayName", max: ProfileText.maxDisplayName, allowEmpty: false, allowNewlines: false)
        }
        if let v = try f.optionalString("bio", max: 4096) {
            changes.bio = try ProfileText.clean(v, field: "bio", max: ProfileText.maxBio, allowEmpty: true, allowNewlines: true)
        }
        if let v = try f.optionalString("username", max: 256) {
            do { changes.username = try Username(v) } catch {
                switch error {
                case .reserved: throw AuthError(400, "username_reserved", "`username`: this username is reserved; choose another")
                case .invalid(let why): throw AuthError(400, "invalid_username", "`username`: \(why)")
                }
            }
        }
        if f.has("track") {
            if let v = try f.optionalString("track", max: 32) {
                guard let t = Track(rawValue: v) else { throw AuthError.invalidField("track", "must be one of \(Track.allCases.map(\.rawValue).joined(separator: ", ")) or null") }
                changes.track = .some(t.rawValue)
            } else { changes.track = .some(nil) }
        }
        if f.has("level") {
            if let v = try f.optionalString("level", max: 32) {
                guard let l = Level(rawValue: v) else { throw AuthError.invalidField("level", "must be one of \(Level.allCases.map(\.rawValue).joined(separator: ", ")) or null") }
                changes.level = .some(l.rawValue)
            } else { changes.level = .some(nil) }
        }
        let profile = try await auth.updateProfile(account, changes)
        return JSONBody.response(Self.json(profile))
    }

    func changePassword(_ request: Request) async throws -> Response {
        let account = try await auth.authenticate(authorization: request.headers[.authorization])
        let f = try await fields(request, ["currentPassword", "newPassword"])
        try await auth.changePassword(account, current: try f.string("currentPassword", max: 1024), new: try f.string("newPassword", max: 1024))
        return JSONBody.response(.object(["status": .string("changed")]))
    }

    func requestReset(_ request: Request, _ context: AuthRequestContext) async throws -> Response {
        let ip = address(request, context)
        try await limit(limiter, "mail:" + ip)
        let f = try await fields(request, ["email", "locale"])
        try await auth.requestReset(email: try f.string("email", max: 320), locale: try locale(request, f), address: ip)
        return JSONBody.response(Self.accepted, status: .accepted)
    }

    func confirmReset(_ request: Request, _ context: AuthRequestContext) async throws -> Response {
        let f = try await fields(request, ["email", "code", "newPassword"])
        try await auth.confirmReset(email: try f.string("email", max: 320), code: try f.string("code", max: 16),
                                    newPassword: try f.string("newPassword", max: 1024), address: address(request, context))
        return JSONBody.response(.object(["status": .string("reset")]))
    }
}
