#include <bits/stdc++.h>
using namespace std;

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int n, k;
    cin >> n >> k;
    vector<long long> a(n);
    for (auto& x : a) cin >> x;
    // Prefix sums: the stretch ending at day i (0-based) is p[i + 1] - p[i + 1 - k].
    vector<long long> p(n + 1, 0);
    for (int i = 0; i < n; i++) p[i + 1] = p[i] + a[i];
    long long best = LLONG_MIN;
    for (int i = k; i <= n; i++) best = max(best, p[i] - p[i - k]);
    cout << best << "\n";
}
