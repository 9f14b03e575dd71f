#include <bits/stdc++.h>
using namespace std;

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int n, q;
    cin >> n >> q;
    vector<long long> a(n);
    for (auto& v : a) cin >> v;
    string out;
    out.reserve((size_t)q * 8);
    for (int j = 0; j < q; j++) {
        long long x;
        cin >> x;
        // Binary search for the first index with a[i] >= x, in [0, n].
        int lo = 0, hi = n;
        while (lo < hi) {
            int mid = lo + (hi - lo) / 2;
            if (a[mid] >= x) hi = mid;
            else lo = mid + 1;
        }
        out += to_string(lo + 1);
        out += '\n';
    }
    cout << out;
}
