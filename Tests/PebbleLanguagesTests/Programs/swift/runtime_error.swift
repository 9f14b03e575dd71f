func at(_ xs: [Int], _ i: Int) -> Int {
    return xs[i]
}
let xs = [1, 2]
print(at(xs, (readLine() ?? "").count + 5))
