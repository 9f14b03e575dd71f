import Foundation

/// The stored streak-risk model: P(the learner does not practise tomorrow | features today).
public struct StreakRiskModel: Sendable, Codable, Equatable {
    public static let storeName = "streak-risk"

    public var features: [String]
    public var regression: LogisticRegression
    public var trainedAt: Int64
    public var trainLearners: Int
    public var testLearners: Int
    public var trainSamples: Int
    public var testSamples: Int
    public var testPositiveRate: Double
    /// On the held-out learners.
    public var auc: Double?
    /// Held-out AUC of one feature alone (fewer active days in 14 → more risk), for comparison.
    public var baselineAUC: Double?

    public func probability(_ x: [Double]) -> Double { regression.probability(x) }

    /// Held out: about one learner in five, chosen by a hash of the id (stable across runs).
    public static func isHeldOut(_ learner: String) -> Bool {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in learner.utf8 {
            h ^= UInt64(b)
            h = h &* 0x100_0000_01b3
        }
        return h % 5 == 0
    }

    /// Trains on the store's history up to `asOf` (the last whole local day of each learner is the
    /// last one labelled) and evaluates on the held-out learners.
    public static func train(store: any AnalyticsStore, asOf: Int64, options: LogisticRegression.Options = .init()) throws -> StreakRiskModel {
        var train: [(x: [Double], y: Double)] = [], test: [(x: [Double], y: Double)] = []
        var trainLearners = 0, testLearners = 0
        for learner in try store.learners() {
            let zone = try store.timeZone(learner: learner).flatMap(TimeZone.init(identifier:)) ?? TimeZone(identifier: "UTC")!
            let days = LocalDays(zone)
            let times = try store.events(learner: learner, from: nil, through: asOf).filter(\.isPractice).map(\.timestamp)
            let samples = StreakFeatures.samples(practiceTimes: times, days: days, lastObservedDay: days.day(asOf) - 1)
            if isHeldOut(learner) {
                test += samples
                testLearners += 1
            } else {
                train += samples
                trainLearners += 1
            }
        }
        let regression = LogisticRegression.fit(train.map(\.x), train.map(\.y), options: options)
        let labels = test.map(\.y)
        let auc = areaUnderROC(scores: test.map { regression.probability($0.x) }, labels: labels)
        let baseline = areaUnderROC(scores: test.map { -$0.x[1] }, labels: labels)
        return StreakRiskModel(features: StreakFeatures.names, regression: regression, trainedAt: asOf, trainLearners: trainLearners,
                               testLearners: testLearners, trainSamples: train.count, testSamples: test.count,
                               testPositiveRate: labels.isEmpty ? 0 : labels.reduce(0, +) / Double(labels.count),
                               auc: auc, baselineAUC: baseline)
    }

    public func save(to store: any AnalyticsStore) throws {
        let data = try JSONEncoder().encode(self)
        try store.saveModel(name: Self.storeName, json: String(decoding: data, as: UTF8.self), at: trainedAt)
    }

    public static func load(from store: any AnalyticsStore) throws -> StreakRiskModel? {
        guard let (json, _) = try store.model(name: storeName) else { return nil }
        return try? JSONDecoder().decode(StreakRiskModel.self, from: Data(json.utf8))
    }
}
