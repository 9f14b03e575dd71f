#include <bits/stdc++.h>
using namespace std;

int main() {
    int n, amount;
    if (scanf("%d %d", &n, &amount) != 2) return 0;
    vector<long long> coins(n);
    for (auto& c : coins) scanf("%lld", &c);
    // best[x]: fewest coins adding up to x; amount + 1 means "impossible" (no payment
    // needs more than `amount` coins).
    const int INF = amount + 1;
    vector<int> best(amount + 1, INF);
    best[0] = 0;
    for (long long cl : coins) {
        if (cl > amount) continue;
        int c = (int)cl;
        for (int x = c; x <= amount; x++) best[x] = min(best[x], best[x - c] + 1);
    }
    printf("%d\n", best[amount] < INF ? best[amount] : -1);
}
