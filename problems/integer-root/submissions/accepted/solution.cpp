#include <bits/stdc++.h>
using namespace std;

// The largest k with k * k <= x, by binary search on [0, 10^9 + 1).
// Compares mid <= x / mid instead of mid * mid <= x, so nothing can overflow.
static long long isqrt(long long x) {
    long long lo = 0, hi = 1000000001;  // lo * lo <= x < hi * hi
    while (hi - lo > 1) {
        long long mid = lo + (hi - lo) / 2;
        if (mid <= x / mid) lo = mid;
        else hi = mid;
    }
    return lo;
}

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int q;
    cin >> q;
    string out;
    for (int i = 0; i < q; i++) {
        long long x;
        cin >> x;
        out += to_string(isqrt(x));
        out += '\n';
    }
    cout << out;
}
