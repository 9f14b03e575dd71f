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
    // Two pointers: a too-small sum can only grow by moving i right, a too-large one only
    // shrink by moving j left; every pair skipped is no better than one already seen.
    int i = 0, j = n - 1;
    long long best = LLONG_MAX;
    while (i < j) {
        long long d = a[i] + a[j] - t;
        best = min(best, d < 0 ? -d : d);
        if (d < 0) i++;
        else if (d > 0) j--;
        else break;
    }
    cout << best << "\n";
}
