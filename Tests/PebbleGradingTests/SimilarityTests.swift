@testable import PebbleGrading
import Testing

/// The winnowing fingerprints flag what was copied and hidden, and only that.
@Suite struct SimilarityTests {
    static let original = """
        import sys

        def read_values(text):
            parts = text.split()
            count = int(parts[0])
            return [int(item) for item in parts[1:count + 1]]

        def longest(values):
            best = 1
            current = 1
            for index in range(1, len(values)):
                if values[index] == values[index - 1]:
                    current += 1
                    best = max(best, current)
                else:
                    current = 1
            return best

        print(longest(read_values(sys.stdin.read())))

        """

    /// Names renamed, comments and blank lines added, the two functions swapped.
    static let hidden = """
        import sys
        # my own solution, honestly

        def streak_of(arr):
            record = 1
            run   = 1
            for pos in range(1, len(arr)):   # walk the list
                if arr[pos] == arr[pos - 1]:
                    run += 1
                    record = max(record, run)
                else:
                    run = 1
            return record


        def load(blob):
            chunks = blob.split()
            size = int(chunks[0])
            return [int(x) for x in chunks[1:size + 1]]

        print(streak_of(load(sys.stdin.read())))

        """

    static let independent = """
        from itertools import groupby
        import sys

        data = sys.stdin.read().split()
        n = int(data[0])
        seq = data[1:n + 1]
        lengths = [len(list(group)) for _, group in groupby(seq)]
        answer = max(lengths) if lengths else 0
        if answer < 1:
            raise SystemExit("n is at least one")
        sys.stdout.write(str(answer) + "\\n")
        print("done", file=sys.stderr) if answer > 10 ** 9 else None

        """

    func programs(_ pairs: [(String, String)]) -> [Similarity.Program] {
        pairs.map { Similarity.Program(id: $0.0, language: "python3", source: $0.1) }
    }

    @Test func aRenamedReformattedReorderedCopyIsFlaggedAndAnIndependentSolutionIsNot() {
        let pairs = Similarity().flagged(programs([("ana", Self.original), ("ben", Self.hidden), ("cy", Self.independent)]))
        #expect(pairs.count == 1, "\(pairs)")
        let p = pairs.first
        #expect(p?.first == "ana" && p?.second == "ben")
        #expect((p?.score ?? 0) >= 0.7, "\(String(describing: p))")
        // The regions point at the two functions in both files, wherever each put them.
        #expect((p?.regions.count ?? 0) >= 2, "\(String(describing: p?.regions))")
        #expect(p?.regions.contains { $0.firstLines.contains(11) && $0.secondLines.contains(7) } == true, "\(String(describing: p?.regions))")
    }

    @Test func codeEveryoneWasGivenDoesNotCount() {
        let starter = Self.original
        let a = Self.original + "\nprint('ana was here')\n"
        let b = Self.original + "\nimport os\nprint(os.getpid())\n"
        #expect(!Similarity().flagged(programs([("ana", a), ("ben", b)])).isEmpty, "without the starter the two are alike")
        #expect(Similarity().flagged(programs([("ana", a), ("ben", b)]), given: ["python3": [starter]]).isEmpty,
                "with the starter removed, what is left is too short and not alike")
    }

    @Test func shortProgramsAreNotCompared() {
        let obvious = "a, b = map(int, input().split())\nprint(a + b)\n"
        #expect(Similarity().flagged(programs([("ana", obvious), ("ben", obvious)])).isEmpty)
        var loose = Similarity.Options()
        loose.minimumTokens = 5
        #expect(Similarity(options: loose).flagged(programs([("ana", obvious), ("ben", obvious)])).count == 1)
    }

    @Test func onlyTheSameLanguageIsCompared() {
        let c = [Similarity.Program(id: "ana", language: "python3", source: Self.original),
                 Similarity.Program(id: "ben", language: "pypy3", source: Self.original)]
        #expect(Similarity().flagged(c).isEmpty)
    }
}
