// Fast exponentiation, but squares a before reducing it modulo m: for a >= 2^32 the
// product a * a overflows 64 bits and the answer is garbage.
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
        unsigned long long result = 1 % m, base = a;
        while (b > 0) {
            if (b & 1) result = result * base % m;
            base = base * base % m;
            b >>= 1;
        }
        cout << result % m << '\n';
    }
}
