// Correct two-pointer walk, but the total is a 32-bit int: it overflows as soon as
// more than about 2.1e9 units of water are trapped.
#include <bits/stdc++.h>
using namespace std;

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int n;
    cin >> n;
    vector<int> h(n);
    for (auto& x : h) cin >> x;
    int lo = 0, hi = n - 1, leftMax = 0, rightMax = 0, total = 0;
    while (lo <= hi) {
        if (leftMax <= rightMax) {
            if (h[lo] > leftMax) leftMax = h[lo];
            else total += leftMax - h[lo];
            lo++;
        } else {
            if (h[hi] > rightMax) rightMax = h[hi];
            else total += rightMax - h[hi];
            hi--;
        }
    }
    cout << total << "\n";
}
