// Tries every first day and extends the stretch one day at a time: O(n^2), about
// 2*10^10 additions for n = 2*10^5.
#include <bits/stdc++.h>
using namespace std;

int main() {
    int n;
    scanf("%d", &n);
    vector<long long> a(n);
    for (auto& x : a) scanf("%lld", &x);
    long long best = LLONG_MIN;
    for (int l = 0; l < n; l++) {
        long long sum = 0;
        for (int r = l; r < n; r++) {
            sum += a[r];
            if (sum > best) best = sum;
        }
    }
    printf("%lld\n", best);
}
