// Uses the fare itself as "impossible", one too small: a fare that needs exactly A
// coins (A coins of 1) is reported as impossible.
#include <bits/stdc++.h>
using namespace std;

int main() {
    int n, amount;
    cin >> n >> amount;
    vector<long long> coins(n);
    for (auto& c : coins) cin >> c;
    const int INF = amount;
    vector<int> best(amount + 1, INF);
    best[0] = 0;
    for (long long c : coins)
        for (long long x = c; x <= amount; x++) best[x] = min(best[x], best[x - c] + 1);
    cout << (amount > 0 && best[amount] >= INF ? -1 : best[amount]) << "\n";
}
