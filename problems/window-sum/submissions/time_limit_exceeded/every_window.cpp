// Recomputes the sum of every window from scratch: correct, but O((n - k + 1) * k),
// about 10^10 additions when k is close to n / 2.
#include <bits/stdc++.h>
using namespace std;

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int n, k;
    cin >> n >> k;
    vector<long long> a(n);
    for (auto& x : a) cin >> x;
    long long best = LLONG_MIN;
    for (int i = 0; i + k <= n; i++) {
        long long s = 0;
        for (int j = i; j < i + k; j++) s += a[j];
        best = max(best, s);
    }
    cout << best << "\n";
}
