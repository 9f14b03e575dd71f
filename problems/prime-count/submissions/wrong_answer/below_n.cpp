// Counts the primes strictly below n, so a distance that is itself prime is missed.
#include <bits/stdc++.h>
using namespace std;

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    const int N = 5000000;
    vector<char> composite(N + 1, 0);
    composite[0] = composite[1] = 1;
    for (long long i = 2; i * i <= N; i++)
        if (!composite[i])
            for (long long j = i * i; j <= N; j += i) composite[j] = 1;
    vector<int> below(N + 2, 0);  // below[k] = primes < k
    for (int k = 1; k <= N + 1; k++) below[k] = below[k - 1] + (composite[k - 1] ? 0 : 1);
    int q;
    cin >> q;
    while (q--) {
        int n;
        cin >> n;
        cout << below[n] << '\n';
    }
}
