// Adds up the pattern of bits 0..31 only, as if n always fitted in 32 bits: the lamps
// for bits 32 and higher are forgotten.
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
        long long cnt = n + 1, res = 0;
        for (int k = 0; k < 32; k++) {
            long long block = 1LL << (k + 1), half = 1LL << k;
            res += (cnt / block) * half + max(0LL, cnt % block - half);
        }
        cout << res << '\n';
    }
}
