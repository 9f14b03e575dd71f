#include <bits/stdc++.h>
using namespace std;

int main() {
    const long long MOD = 1000000007LL;
    int q;
    if (scanf("%d", &q) != 1) return 0;
    vector<int> ns(q);
    int top = 0;
    for (auto& n : ns) {
        scanf("%d", &n);
        top = max(top, n);
    }
    // ways[n] = ways[n-1] + ways[n-2] + ways[n-3]; ways[0] = 1 is the empty climb.
    vector<long long> ways(top + 1, 0);
    ways[0] = 1;
    for (int n = 1; n <= top; n++) {
        long long v = ways[n - 1];
        if (n >= 2) v += ways[n - 2];
        if (n >= 3) v += ways[n - 3];
        ways[n] = v % MOD;
    }
    string out;
    out.reserve((size_t)q * 11);
    for (int n : ns) {
        out += to_string(ways[n]);
        out += '\n';
    }
    fputs(out.c_str(), stdout);
}
