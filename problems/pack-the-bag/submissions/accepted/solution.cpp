#include <bits/stdc++.h>
using namespace std;

int main() {
    int n, cap;
    if (scanf("%d %d", &n, &cap) != 2) return 0;
    // best[x]: the most coins earned by goods weighing at most x grams in total; x runs
    // downwards so that every good is used at most once. Totals reach 10^11: 64-bit.
    vector<long long> best(cap + 1, 0);
    for (int i = 0; i < n; i++) {
        int w;
        long long v;
        scanf("%d %lld", &w, &v);
        for (int x = cap; x >= w; x--) best[x] = max(best[x], best[x - w] + v);
    }
    printf("%lld\n", best[cap]);
}
