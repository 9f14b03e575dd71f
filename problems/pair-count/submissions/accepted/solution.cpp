#include <bits/stdc++.h>
using namespace std;

// splitmix64, so that no input can make the hash table degenerate.
struct SplitMix {
    size_t operator()(long long x) const {
        static const unsigned long long salt =
            chrono::steady_clock::now().time_since_epoch().count();
        unsigned long long z = (unsigned long long)x + salt + 0x9e3779b97f4a7c15ULL;
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        return z ^ (z >> 31);
    }
};

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int n;
    long long k;
    cin >> n >> k;
    unordered_map<long long, int, SplitMix> seen;  // value -> count among earlier tokens
    seen.reserve(2 * n + 1);
    long long total = 0;
    for (int i = 0; i < n; i++) {
        long long x;
        cin >> x;
        auto it = seen.find(k - x);
        if (it != seen.end()) total += it->second;
        seen[x]++;
    }
    cout << total << "\n";
}
