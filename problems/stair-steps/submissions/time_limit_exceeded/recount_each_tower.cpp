// Runs the linear recurrence again for every tower: O(q * n), 10^11 steps at the
// upper limits.
#include <bits/stdc++.h>
using namespace std;

int main() {
    const long long MOD = 1000000007LL;
    int q;
    scanf("%d", &q);
    while (q--) {
        int n;
        scanf("%d", &n);
        long long a = 0, b = 0, c = 1;  // ways[-2], ways[-1], ways[0]
        for (int i = 1; i <= n; i++) {
            long long d = (a + b + c) % MOD;
            a = b;
            b = c;
            c = d;
        }
        printf("%lld\n", c);
    }
}
