// Correct, but counts the bits of every number from 1 to n: n can be 10^15.
#include <bits/stdc++.h>
using namespace std;

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int q;
    cin >> q;
    while (q--) {
        long long n;
        cin >> n;
        long long res = 0;
        for (long long i = 1; i <= n; i++) res += __builtin_popcountll(i);
        cout << res << '\n';
    }
}
