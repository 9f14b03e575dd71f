// Correct, but simulates the lever one pull at a time: b multiplications, and b can
// be 10^18.
#include <bits/stdc++.h>
using namespace std;

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int q;
    cin >> q;
    while (q--) {
        unsigned long long a, b, m;
        cin >> a >> b >> m;
        unsigned long long x = 1 % m, f = a % m;
        for (unsigned long long i = 0; i < b; i++) x = x * f % m;
        cout << x << '\n';
    }
}
