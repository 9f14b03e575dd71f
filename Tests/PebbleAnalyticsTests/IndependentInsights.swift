import Foundation

/// A second, straightforward computation of the insights, written differently from the service
/// (docs/insights.md is the spec both follow): pairs instead of sessions, blocks of failures
/// instead of a streaming state machine, Calendar arithmetic instead of day numbers.
struct Independent {
    struct E {
        var id: String, type: String, problem: String, t: Int64
        var passed: Bool? = nil, error: String? = nil, accepted: Bool? = nil, tier: String? = nil, timeSpent: Double? = nil
        init(_ o: [String: Any]) {
            id = o["id"] as! String
            type = o["type"] as! String
            problem = o["problem"] as! String
            t = (o["timestamp"] as! NSNumber).int64Value
            passed = o["passed"] as? Bool
            error = o["errorType"] as? String
            accepted = o["accepted"] as? Bool
            tier = o["helpTier"] as? String
            timeSpent = (o["timeSpent"] as? NSNumber)?.doubleValue
        }
        var failed: Bool { (type == "run" && passed == false) || (type == "submit" && accepted == false) }
        var succeeded: Bool { (type == "run" && passed == true) || (type == "submit" && accepted == true) || type == "solve" }
        var attempt: Bool { type == "run" || type == "submit" || type == "solve" }
    }

    var counts: [String: Int] = [:]
    var issues: [(String, Int, Double)] = []
    var eq: Double?
    var red: Double?
    var episodes = 0, recovered = 0
    var recoveryEffectiveness: Double?
    var avgRecoverySec: Double?
    var solved = 0
    var autonomyRate: Double?
    var guidance = 0.0
    var radar: [String: Int] = [:]
    var streakCurrent = 0, streakBest = 0
    var todayComplete = false

    init(events raw: [[String: Any]], asOf: Int64, windowMs: Int64?, zone: TimeZone, difficulty: [String: String]) {
        let all = raw.map(E.init).filter { $0.t <= asOf }.sorted { ($0.t, $0.id) < ($1.t, $1.id) }
        let ev = all.filter { e in windowMs.map { e.t > asOf - $0 } ?? true }
        for e in ev { counts[e.type, default: 0] += 1 }
        counts["events"] = ev.count

        // Issue profile.
        let failures = ev.filter { $0.failed && $0.error != nil }
        var byType: [String: Int] = [:]
        for f in failures { byType[f.error!, default: 0] += 1 }
        issues = byType.map { ($0.key, $0.value, 100 * Double($0.value) / Double(failures.count)) }
            .sorted { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0 < $1.0 }

        // EQ and RED from explicit pairs: consecutive runs on the same problem, ≤ 30 min apart.
        let runs = ev.filter { $0.type == "run" }.sorted { ($0.problem, $0.t, $0.id) < ($1.problem, $1.t, $1.id) }
        var pairs: [(i: Int, score: Double, repeat: Bool)] = []
        for i in 0..<max(0, runs.count - 1) where runs[i].problem == runs[i + 1].problem && runs[i + 1].t - runs[i].t <= 30 * 60_000 {
            let a = runs[i].passed == true ? nil : runs[i].error, b = runs[i + 1].passed == true ? nil : runs[i + 1].error
            let both = a != nil && b != nil
            pairs.append((i, both ? (a == b ? 1.0 : 8.0 / 11) : 0, both && a == b))
        }
        if !pairs.isEmpty {
            eq = pairs.map(\.score).reduce(0, +) / Double(pairs.count)
            var total = 0.0, length = 0, lastIndex = -10
            for p in pairs {
                if p.repeat, p.i == lastIndex + 1, length > 0 { length += 1 } else if p.repeat {
                    total += length == 0 ? 0 : Double(length * length) / Double(length + 1)
                    length = 1
                } else {
                    total += length == 0 ? 0 : Double(length * length) / Double(length + 1)
                    length = 0
                }
                lastIndex = p.i
            }
            total += length == 0 ? 0 : Double(length * length) / Double(length + 1)
            red = total
        }

        // Recovery: per problem, bursts of attempts (a gap > 30 min splits); in a burst each block
        // of failures is an episode, recovered when a success follows it in the burst.
        var times: [Int64] = []
        for problem in Set(ev.map(\.problem)) {
            let attempts = ev.filter { $0.problem == problem && $0.attempt }
            var bursts: [[E]] = []
            for a in attempts {
                if let last = bursts.last?.last, a.t - last.t <= 30 * 60_000 { bursts[bursts.count - 1].append(a) } else { bursts.append([a]) }
            }
            for (bi, burst) in bursts.enumerated() {
                var blockStart: Int64?
                for a in burst {
                    if a.failed, blockStart == nil { blockStart = a.t }
                    if a.succeeded, let s = blockStart {
                        episodes += 1
                        recovered += 1
                        times.append(a.t - s)
                        blockStart = nil
                    }
                }
                let inProgress = bi == bursts.count - 1 && asOf - burst.last!.t <= 30 * 60_000
                if blockStart != nil, !inProgress { episodes += 1 }
            }
        }
        recoveryEffectiveness = episodes == 0 ? nil : 100 * Double(recovered) / Double(episodes)
        avgRecoverySec = times.isEmpty ? nil : Double(times.reduce(0, +)) / Double(times.count) / 1000

        // Solves, autonomy, guidance.
        var solveTimes: [Double] = []
        var autonomous = 0
        var points = 0
        for problem in Set(ev.map(\.problem)).sorted() {
            let mine = ev.filter { $0.problem == problem }
            guard let s = mine.first(where: { $0.type == "solve" || ($0.type == "submit" && $0.accepted == true) }) else { continue }
            solved += 1
            if let spent = mine.first(where: { $0.type == "solve" && $0.timeSpent != nil })?.timeSpent {
                solveTimes.append(spent.rounded())
            } else {
                let first = mine.first { $0.type == "run" || $0.type == "submit" }?.t ?? s.t
                solveTimes.append(Double(max(0, (s.t - first) / 1000)))
            }
            if !mine.contains(where: { $0.type == "assist" && $0.t <= s.t && $0.tier != "hint" }) { autonomous += 1 }
            points += ["easy": 1, "medium": 2, "hard": 3][difficulty[problem] ?? "easy"] ?? 1
        }
        autonomyRate = solved == 0 ? nil : 100 * Double(autonomous) / Double(solved)
        let weights = ["hint": 1.0, "explain": 2.0, "next": 3.0]
        guidance = ev.filter { $0.type == "assist" }.map { weights[$0.tier ?? "hint"]! }.reduce(0, +) / Double(max(1, solved))

        // Days with practice, as calendar dates in the zone.
        var cal = Calendar(identifier: .gregorian)
        cal.timeZone = zone
        func key(_ d: Date) -> String {
            let c = cal.dateComponents([.year, .month, .day], from: d)
            return "\(c.year!)-\(c.month!)-\(c.day!)"
        }
        let practiced = Set(all.filter { $0.type == "run" || $0.type == "submit" || $0.type == "solve" }
            .map { key(Date(timeIntervalSince1970: Double($0.t) / 1000)) })
        let now = Date(timeIntervalSince1970: Double(asOf) / 1000)
        todayComplete = practiced.contains(key(now))
        var cursor = todayComplete ? now : cal.date(byAdding: .day, value: -1, to: now)!
        while practiced.contains(key(cursor)) {
            streakCurrent += 1
            cursor = cal.date(byAdding: .day, value: -1, to: cursor)!
        }
        if let first = all.first {
            var d = cal.startOfDay(for: Date(timeIntervalSince1970: Double(first.t) / 1000))
            var run = 0
            while d <= now {
                run = practiced.contains(key(d)) ? run + 1 : 0
                streakBest = max(streakBest, run)
                d = cal.date(byAdding: .day, value: 1, to: d)!
                d = cal.startOfDay(for: cal.date(byAdding: .hour, value: 3, to: d)!)  // robust across DST
            }
        }
        var activeLast14 = 0
        for back in 0..<14 where practiced.contains(key(cal.date(byAdding: .day, value: -back, to: now)!)) { activeLast14 += 1 }

        func score(_ x: Double) -> Int { Int(min(100, max(0, x)).rounded()) }
        let sortedTimes = solveTimes.sorted()
        let median = sortedTimes.isEmpty ? 0 : sortedTimes.count % 2 == 1 ? sortedTimes[sortedTimes.count / 2]
            : (sortedTimes[sortedTimes.count / 2 - 1] + sortedTimes[sortedTimes.count / 2]) / 2
        var firstSubmits: [String: Bool] = [:]
        for e in ev where e.type == "submit" && firstSubmits[e.problem] == nil { firstSubmits[e.problem] = e.accepted }
        radar["speed"] = sortedTimes.isEmpty ? 0 : score(100 * pow(2, -median / 600))
        radar["accuracy"] = firstSubmits.isEmpty ? 0 : score(100 * Double(firstSubmits.values.filter { $0 }.count) / Double(firstSubmits.count))
        radar["consistency"] = score(100 * Double(activeLast14) / 14)
        radar["autonomy"] = score(autonomyRate ?? 0)
        radar["debugging"] = score(eq.map { 100 * (1 - $0) } ?? recoveryEffectiveness ?? 0)
        radar["complexity"] = score(100 * (1 - pow(2, -Double(points) / 10)))
    }
}
