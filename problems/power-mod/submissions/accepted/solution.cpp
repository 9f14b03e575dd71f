#include <bits/stdc++.h>
using namespace std;

// a^b mod m by repeated squaring; every factor is below m <= 10^9, so each product
// stays below 10^18 and fits in 64 bits.
static unsigned long long powMod(unsigned long long a, unsigned long long b, unsigned long long m) {
    unsigned long long result = 1 % m, base = a % m;
    while (b > 0) {
        if (b & 1) result = result * base % m;
        base = base * base % m;
        b >>= 1;
    }
    return result;
}

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int q;
    cin >> q;
    string out;
    while (q--) {
        unsigned long long a, b, m;
        cin >> a >> b >> m;
        out += to_string(powMod(a, b, m));
        out += '\n';
    }
    cout << out;
}
