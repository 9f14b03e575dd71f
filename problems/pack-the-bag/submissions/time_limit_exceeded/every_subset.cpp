// Tries every subset of the goods: take it or leave it, recursively. Correct, and
// 2^n leaves: hopeless beyond about 30 goods.
#include <bits/stdc++.h>
using namespace std;

int n;
long long cap;
vector<long long> w, v;

long long go(int i, long long weight) {
    if (i == n) return 0;
    long long best = go(i + 1, weight);
    if (weight + w[i] <= cap) best = max(best, v[i] + go(i + 1, weight + w[i]));
    return best;
}

int main() {
    cin >> n >> cap;
    w.resize(n);
    v.resize(n);
    for (int i = 0; i < n; i++) cin >> w[i] >> v[i];
    cout << go(0, 0) << "\n";
}
