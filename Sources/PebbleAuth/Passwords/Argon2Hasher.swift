import CArgon2
public import Foundation
import NIOPosix

/// Argon2id password hashes (Debian's libargon2, the reference implementation) as PHC strings
/// (`$argon2id$v=19$m=19456,t=2,p=1$<salt>$<hash>`) that carry their parameters, so a stored hash
/// can be verified with the parameters it was made with and upgraded on the next login.
///
/// Hashing is slow and memory-hard by design (19 MiB, tens of milliseconds): it runs on its own
/// small thread pool, never on the server's event loops or Swift's cooperative pool, and the pool's
/// size bounds the memory all concurrent hashes can take (threads × memoryKiB).
public final class Argon2Hasher: Sendable {
    public struct Parameters: Sendable, Equatable, Codable {
        /// Memory in KiB (OWASP: 19456 = 19 MiB).
        public var memoryKiB: UInt32
        /// Passes over the memory (OWASP: 2).
        public var iterations: UInt32
        /// Lanes (OWASP: 1).
        public var parallelism: UInt32

        /// OWASP Password Storage Cheat Sheet's first Argon2id configuration.
        public static let owasp = Parameters(memoryKiB: 19456, iterations: 2, parallelism: 1)

        public init(memoryKiB: UInt32, iterations: UInt32, parallelism: UInt32) {
            self.memoryKiB = memoryKiB
            self.iterations = iterations
            self.parallelism = parallelism
        }

        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            memoryKiB = try c.decodeIfPresent(UInt32.self, forKey: .memoryKiB) ?? Self.owasp.memoryKiB
            iterations = try c.decodeIfPresent(UInt32.self, forKey: .iterations) ?? Self.owasp.iterations
            parallelism = try c.decodeIfPresent(UInt32.self, forKey: .parallelism) ?? Self.owasp.parallelism
        }

        /// Weaker than OWASP's minimum (allowed for tests; the service logs a warning).
        public var belowOWASP: Bool {
            memoryKiB < Self.owasp.memoryKiB || iterations < Self.owasp.iterations
        }
    }

    public struct Failure: Error, CustomStringConvertible {
        public var description: String
    }

    public let parameters: Parameters
    static let saltBytes = 16
    static let hashBytes = 32
    private let pool: NIOThreadPool

    /// `threads` hashes may run at once; more wait their turn.
    public init(parameters: Parameters, threads: Int = 2) throws {
        guard parameters.memoryKiB >= 8 * parameters.parallelism, parameters.memoryKiB <= 4 * 1024 * 1024,
              parameters.iterations >= 1, parameters.iterations <= 100,
              parameters.parallelism >= 1, parameters.parallelism <= 16
        else {
            throw Failure(description: "Argon2 parameters out of range (memoryKiB 8·p…4194304, iterations 1…100, parallelism 1…16)")
        }
        self.parameters = parameters
        pool = NIOThreadPool(numberOfThreads: max(1, threads))
        pool.start()
    }

    deinit { pool.shutdownGracefully { _ in } }

    /// A new PHC string for `password` with a fresh random salt and the current parameters.
    public func hash(_ password: String) async throws -> String {
        let p = parameters
        return try await pool.runIfActive { try Self.hashNow(password, parameters: p) }
    }

    /// True when `password` matches `encoded` (with the parameters the string carries). A malformed
    /// string is a mismatch.
    public func verify(_ password: String, encoded: String) async -> Bool {
        (try? await pool.runIfActive { Self.verifyNow(password, encoded: encoded) }) ?? false
    }

    /// True when `encoded` was made with weaker settings than the current ones (or is not Argon2id
    /// v1.3): the password should be hashed again after a successful login.
    public func needsRehash(_ encoded: String) -> Bool {
        guard let stored = Self.parameters(of: encoded) else { return true }
        return stored.memoryKiB < parameters.memoryKiB || stored.iterations < parameters.iterations
            || stored.parallelism < parameters.parallelism
    }

    /// The parameters of a `$argon2id$v=19$m=…,t=…,p=…$…$…` string.
    public static func parameters(of encoded: String) -> Parameters? {
        let parts = encoded.split(separator: "$", omittingEmptySubsequences: false)
        guard parts.count == 6, parts[0].isEmpty, parts[1] == "argon2id", parts[2] == "v=19" else { return nil }
        var m: UInt32?, t: UInt32?, p: UInt32?
        for field in parts[3].split(separator: ",") {
            let kv = field.split(separator: "=", maxSplits: 1)
            guard kv.count == 2, let v = UInt32(kv[1]) else { return nil }
            switch kv[0] {
            case "m": m = v
            case "t": t = v
            case "p": p = v
            default: return nil
            }
        }
        guard let m, let t, let p else { return nil }
        return Parameters(memoryKiB: m, iterations: t, parallelism: p)
    }

    // MARK: - Blocking calls into libargon2 (pool threads only)

    static func hashNow(_ password: String, parameters p: Parameters) throws -> String {
        let salt = Secrets.randomBytes(saltBytes)
        let pwd = Array(password.utf8)
        let length = argon2_encodedlen(p.iterations, p.memoryKiB, p.parallelism, UInt32(saltBytes), UInt32(hashBytes), Argon2_id)
        var out = [CChar](repeating: 0, count: length + 1)
        let rc = pwd.withUnsafeBytes { pw in
            salt.withUnsafeBytes { s in
                argon2id_hash_encoded(p.iterations, p.memoryKiB, p.parallelism, pw.baseAddress, pw.count,
                                      s.baseAddress, s.count, hashBytes, &out, out.count)
            }
        }
        guard rc == ARGON2_OK.rawValue else {
            throw Failure(description: "argon2id_hash_encoded: \(String(cString: argon2_error_message(rc)))")
        }
        return String(decoding: out.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    static func verifyNow(_ password: String, encoded: String) -> Bool {
        // Only strings this type could have made: the library would otherwise allocate whatever
        // memory an `m=` asks for.
        guard let p = parameters(of: encoded), p.memoryKiB <= 4 * 1024 * 1024, p.iterations <= 100 else { return false }
        let pwd = Array(password.utf8)
        let rc = pwd.withUnsafeBytes { pw in
            encoded.withCString { argon2id_verify($0, pw.baseAddress, pw.count) }
        }
        return rc == ARGON2_OK.rawValue
    }
}
