// Searches k only up to 999999999, assuming the root of a number up to 10^18 is
// below 10^9; but the root of 10^18 itself is exactly 10^9.
#include <bits/stdc++.h>
using namespace std;

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int q;
    cin >> q;
    while (q--) {
        long long x;
        cin >> x;
        long long lo = 0, hi = 999999999;
        while (lo < hi) {
            long long mid = (lo + hi + 1) / 2;
            if (mid * mid <= x) lo = mid;
            else hi = mid - 1;
        }
        cout << lo << "\n";
    }
}
