import Foundation
import PebbleHTTP

/// The service's config file (docs/analytics.md, "Configuration"); command-line options win.
struct AnalyticsConfig: Decodable {
    var host: String?
    var port: Int?
    var stateDir: String?
    var judgeSocket: String?
    /// false: do not subscribe to the judge's events (the front end sends everything).
    var judgeEvents: Bool?
    var problemsDir: String?
    var authJWKS: String?
    var auth: AccessGate.Settings?
    var maxBatchEvents: Int?
    var liveHeartbeatSec: Double?
    var maxLiveStreams: Int?
    var speech: Speech?
    var recapAudioRateLimit: RateLimiter.Settings?

    struct Speech: Decodable {
        var executable: String?
        var voice: String?
        var wordsPerMinute: Int?
        var timeoutSec: Double?
    }
}
