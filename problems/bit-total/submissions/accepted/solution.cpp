#include <bits/stdc++.h>
using namespace std;

// The number of 1 bits in 1, 2, ..., n. Among 0..n, bit k is set in a pattern that repeats
// every 2^(k+1) numbers: 2^k zeros, then 2^k ones.
static long long total(long long n) {
    long long cnt = n + 1;  // how many numbers 0..n there are
    long long res = 0;
    for (int k = 0; (1LL << k) <= n; k++) {
        long long block = 1LL << (k + 1), half = 1LL << k;
        res += (cnt / block) * half + max(0LL, cnt % block - half);
    }
    return res;
}

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int q;
    cin >> q;
    string out;
    while (q--) {
        long long n;
        cin >> n;
        out += to_string(total(n));
        out += '\n';
    }
    cout << out;
}
