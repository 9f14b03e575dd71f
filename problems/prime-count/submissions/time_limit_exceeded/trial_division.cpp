// Correct, but answers every batch from scratch, testing each number up to n by trial
// division: about n * sqrt(n) / log(n) steps per batch.
#include <bits/stdc++.h>
using namespace std;

static bool isPrime(int k) {
    if (k < 2) return false;
    for (int d = 2; (long long)d * d <= k; d++)
        if (k % d == 0) return false;
    return true;
}

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int q;
    cin >> q;
    while (q--) {
        int n;
        cin >> n;
        int cnt = 0;
        for (int k = 2; k <= n; k++)
            if (isPrime(k)) cnt++;
        cout << cnt << '\n';
    }
}
