// Everything in 32-bit ints: a_i + a_j - t overflows when the target is far from the sums.
#include <bits/stdc++.h>
using namespace std;

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int n, t;
    cin >> n >> t;
    vector<int> a(n);
    for (auto& x : a) cin >> x;
    sort(a.begin(), a.end());
    int i = 0, j = n - 1;
    long long best = LLONG_MAX;
    while (i < j) {
        int d = a[i] + a[j] - t;
        best = min(best, (long long)abs(d));
        if (d < 0) i++;
        else if (d > 0) j--;
        else break;
    }
    cout << best << "\n";
}
