// Counts in a 32-bit int: right until there are more than 2^31 - 1 pairs.
#include <bits/stdc++.h>
using namespace std;

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int n;
    long long k;
    cin >> n >> k;
    unordered_map<long long, int> seen;
    seen.reserve(2 * n + 1);
    int total = 0;
    for (int i = 0; i < n; i++) {
        long long x;
        cin >> x;
        auto it = seen.find(k - x);
        if (it != seen.end()) total += it->second;
        seen[x]++;
    }
    cout << total << "\n";
}
