// Uses 64-bit sums, but starts the best difference at INT_MAX: when every pair misses the
// target by more than 2^31 - 1 it prints INT_MAX.
#include <bits/stdc++.h>
using namespace std;

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int n;
    long long t;
    cin >> n >> t;
    vector<long long> a(n);
    for (auto& x : a) cin >> x;
    sort(a.begin(), a.end());
    int i = 0, j = n - 1;
    long long best = INT_MAX;
    while (i < j) {
        long long d = a[i] + a[j] - t;
        best = min(best, llabs(d));
        if (d < 0) i++;
        else if (d > 0) j--;
        else break;
    }
    cout << best << "\n";
}
