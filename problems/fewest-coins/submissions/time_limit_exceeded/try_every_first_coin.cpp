// Tries every denomination as the next coin, recursively, and remembers nothing:
// the same remainders are solved again and again (exponential time).
#include <bits/stdc++.h>
using namespace std;

vector<long long> coins;
const int IMPOSSIBLE = INT_MAX;

int fewest(long long rest) {
    if (rest == 0) return 0;
    int best = IMPOSSIBLE;
    for (long long c : coins) {
        if (c > rest) continue;
        int sub = fewest(rest - c);
        if (sub != IMPOSSIBLE) best = min(best, sub + 1);
    }
    return best;
}

int main() {
    int n;
    long long amount;
    cin >> n >> amount;
    coins.resize(n);
    for (auto& c : coins) cin >> c;
    int r = fewest(amount);
    cout << (r == IMPOSSIBLE ? -1 : r) << "\n";
}
