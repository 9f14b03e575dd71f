public import AsyncHTTPClient
public import Foundation
public import Hummingbird
public import PebbleTokens

/// Who may ask about a learner: when auth is configured (`--auth-jwks`), a request needs a bearer
/// token from pebble-auth whose subject is that learner, or that carries a service scope (the
/// platform's backend). Without auth every request is served (the embedded default, loopback).
public struct AccessGate: Sendable {
    /// The `auth:` block of a service's config.
    public struct Settings: Decodable, Sendable {
        public var issuer: String?
        public var audiences: [String]?
        public var serviceScopes: [String]?
    }

    let verifier: TokenVerifier?

    public static let open = AccessGate(verifier: nil)

    public init(verifier: TokenVerifier?) {
        self.verifier = verifier
    }

    /// A gate that verifies against `jwksURL` with the settings' issuer (default `pebble-auth`)
    /// and audiences (default: the service's name and `pebblecode`).
    public init(jwksURL: String?, settings: Settings?, service: String, httpClient: HTTPClient) throws {
        guard let jwksURL else { self.init(verifier: nil); return }
        guard let url = URL(string: jwksURL), url.scheme == "http" || url.scheme == "https" else {
            throw APIError(.internalServerError, code: "bad_config", "--auth-jwks must be an http(s) URL, not '\(jwksURL)'")
        }
        let policy = TokenPolicy(issuer: settings?.issuer ?? "pebble-auth",
                                 audiences: Set(settings?.audiences ?? [service, "pebblecode"]),
                                 serviceScopes: Set(settings?.serviceScopes ?? ["service"]))
        self.init(verifier: TokenVerifier(jwksURL: url, policy: policy, httpClient: httpClient))
    }

    public var enabled: Bool { verifier != nil }

    /// Passes, or throws 401 (no or bad token) / 403 (a token for someone else) / 503 (keys unknown).
    public func check(_ request: Request, learner: String?) async throws {
        guard let verifier else { return }
        let token: VerifiedToken
        do {
            token = try await verifier.verify(authorizationHeader: request.headers[.authorization])
        } catch {
            if case .jwksUnavailable = error {
                throw APIError(.serviceUnavailable, code: "auth_unavailable", "the auth service's keys cannot be fetched; try again", retryAfterSeconds: 5)
            }
            throw APIError(.unauthorized, code: "unauthorized", "a valid bearer token is required (\(error.code))")
        }
        if let learner, !token.mayActFor(learner: learner) {
            throw APIError(.forbidden, code: "forbidden", "this token may not act for learner '\(learner.prefix(64))'")
        }
        if learner == nil, !token.isService {
            throw APIError(.forbidden, code: "forbidden", "this endpoint needs a service token")
        }
    }
}
