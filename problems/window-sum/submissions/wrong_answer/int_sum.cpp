// A correct sliding window, but the running sum is a 32-bit int: three days with a
// change of 10^9 already overflow it.
#include <bits/stdc++.h>
using namespace std;

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int n, k;
    cin >> n >> k;
    vector<int> a(n);
    for (auto& x : a) cin >> x;
    int cur = 0;
    for (int i = 0; i < k; i++) cur += a[i];
    int best = cur;
    for (int i = k; i < n; i++) {
        cur += a[i] - a[i - k];
        best = max(best, cur);
    }
    cout << best << "\n";
}
