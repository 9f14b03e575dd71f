// Uses upper_bound: finds the first altitude strictly greater than x,
// which is wrong whenever x itself appears on the trail.
#include <bits/stdc++.h>
using namespace std;

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int n, q;
    cin >> n >> q;
    vector<long long> a(n);
    for (auto& v : a) cin >> v;
    while (q--) {
        long long x;
        cin >> x;
        cout << (upper_bound(a.begin(), a.end(), x) - a.begin()) + 1 << "\n";
    }
}
