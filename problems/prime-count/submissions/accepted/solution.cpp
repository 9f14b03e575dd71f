#include <bits/stdc++.h>
using namespace std;

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int q;
    cin >> q;
    vector<int> ns(q);
    int top = 1;
    for (auto& n : ns) {
        cin >> n;
        top = max(top, n);
    }
    // Sieve once, then count[k] = number of primes <= k.
    vector<char> composite(top + 1, 0);
    composite[0] = composite[1] = 1;
    for (long long i = 2; i * i <= top; i++)
        if (!composite[i])
            for (long long j = i * i; j <= top; j += i) composite[j] = 1;
    vector<int> count(top + 1, 0);
    for (int k = 1; k <= top; k++) count[k] = count[k - 1] + (composite[k] ? 0 : 1);
    string out;
    for (int n : ns) {
        out += to_string(count[n]);
        out += '\n';
    }
    cout << out;
}
