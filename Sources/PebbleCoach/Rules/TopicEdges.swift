/// The edge cases that hidden tests of a topic usually hold (the bank's topics, docs/problems.md):
/// what a learner whose code passes the samples should try next.
enum TopicEdges {
    static let cases: [String: [String]] = [
        "arrays": ["a single element", "all values equal"],
        "strings": ["strings of different lengths", "upper- and lower-case letters", "a one-character string"],
        "hashing": ["a value that pairs with itself", "duplicates"],
        "two-pointers": ["pointers that meet", "duplicates at both ends"],
        "sliding-window": ["a window as long as the whole input", "a window of size 1"],
        "stacks": ["something still left open on the stack at the end", "a closing item when the stack is empty"],
        "linked-lists": ["an empty list", "a single node", "a list of even length"],
        "trees": ["an empty tree", "a single node", "a tree that is one long chain"],
        "graphs": ["disconnected parts", "a cycle", "a single node"],
        "bfs-dfs": ["disconnected parts", "a start that is also the goal"],
        "binary-search": ["the answer at the first or last position", "no answer at all", "a midpoint that overflows"],
        "sorting": ["ties (equal keys)", "input already sorted or reversed"],
        "heaps": ["ties", "k equal to the size of the input"],
        "greedy": ["a case where the locally best choice is not best overall"],
        "dp": ["the base cases (0 and 1)", "a case where the greedy choice fails"],
        "math": ["zero and one", "perfect squares and exact boundaries", "results that need 64 bits"],
        "bit-manipulation": ["zero", "negative numbers", "the highest bit"],
        "intervals": ["intervals that only touch", "one interval inside another"],
        "simulation": ["the very first and very last step"],
        "prefix-sums": ["a range that starts at the first element", "a range of length 1"],
        "sql": ["NULL values", "ties", "rows with no match in the other table"],
    ]
}
