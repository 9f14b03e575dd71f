import Foundation

/// Logistic regression on standardised features, fitted by full-batch gradient descent with an
/// L2 penalty (the intercept is not penalised). Small, exact and dependency-free.
public struct LogisticRegression: Sendable, Codable, Equatable {
    public var mean: [Double]
    public var scale: [Double]
    public var weights: [Double]
    public var bias: Double

    public struct Options: Sendable {
        public var learningRate = 0.5
        public var iterations = 400
        public var l2 = 0.01
        public init() {}
    }

    public static func fit(_ x: [[Double]], _ y: [Double], options: Options = Options()) -> LogisticRegression {
        let n = x.count, k = x.first?.count ?? 0
        var mean = [Double](repeating: 0, count: k), scale = [Double](repeating: 1, count: k)
        for j in 0..<k {
            let m = x.reduce(0) { $0 + $1[j] } / Double(max(1, n))
            let v = x.reduce(0) { $0 + ($1[j] - m) * ($1[j] - m) } / Double(max(1, n))
            mean[j] = m
            scale[j] = v > 1e-12 ? sqrt(v) : 1
        }
        let z = x.map { row in (0..<k).map { (row[$0] - mean[$0]) / scale[$0] } }
        var w = [Double](repeating: 0, count: k)
        let positives = y.reduce(0, +)
        var b = n == 0 ? 0 : log(max(positives, 0.5) / max(Double(n) - positives, 0.5))
        for _ in 0..<options.iterations {
            var gw = [Double](repeating: 0, count: k)
            var gb = 0.0
            for i in 0..<n {
                var s = b
                for j in 0..<k { s += w[j] * z[i][j] }
                let err = sigmoid(s) - y[i]
                gb += err
                for j in 0..<k { gw[j] += err * z[i][j] }
            }
            let scaleN = 1 / Double(max(1, n))
            for j in 0..<k { w[j] -= options.learningRate * (gw[j] * scaleN + options.l2 * w[j]) }
            b -= options.learningRate * gb * scaleN
        }
        return LogisticRegression(mean: mean, scale: scale, weights: w, bias: b)
    }

    public func probability(_ x: [Double]) -> Double {
        var s = bias
        for j in 0..<min(x.count, weights.count) { s += weights[j] * (x[j] - mean[j]) / scale[j] }
        return Self.sigmoid(s)
    }

    static func sigmoid(_ s: Double) -> Double { s >= 0 ? 1 / (1 + exp(-s)) : exp(s) / (1 + exp(s)) }
}

/// The area under the ROC curve: the probability that a random positive scores above a random
/// negative (ties count half), from ranks (Mann–Whitney U) in O(n log n). nil without both classes.
public func areaUnderROC(scores: [Double], labels: [Double]) -> Double? {
    let n = scores.count
    let positives = labels.filter { $0 > 0.5 }.count
    let negatives = n - positives
    guard positives > 0, negatives > 0 else { return nil }
    let order = (0..<n).sorted { scores[$0] < scores[$1] }
    var ranks = [Double](repeating: 0, count: n)
    var i = 0
    while i < n {
        var j = i
        while j + 1 < n, scores[order[j + 1]] == scores[order[i]] { j += 1 }
        let average = Double(i + j) / 2 + 1
        for k in i...j { ranks[order[k]] = average }
        i = j + 1
    }
    let positiveRanks = (0..<n).filter { labels[$0] > 0.5 }.reduce(0) { $0 + ranks[$1] }
    return (positiveRanks - Double(positives) * Double(positives + 1) / 2) / (Double(positives) * Double(negatives))
}
