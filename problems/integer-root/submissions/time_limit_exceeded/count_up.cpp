// Tries k = 1, 2, 3, ... until k * k is too big: correct, but up to 10^9 steps per
// query, and there are up to 10^5 queries.
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
        long long k = 0;
        while ((k + 1) * (k + 1) <= x) k++;
        cout << k << "\n";
    }
}
