#include <bits/stdc++.h>
using namespace std;

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int n, q;
    cin >> n >> q;
    vector<long long> pre(n + 1, 0);  // pre[i] = a_1 + ... + a_i
    for (int i = 1; i <= n; i++) {
        long long x;
        cin >> x;
        pre[i] = pre[i - 1] + x;
    }
    string out;
    out.reserve((size_t)q * 16);
    for (int i = 0; i < q; i++) {
        int l, r;
        cin >> l >> r;
        out += to_string(pre[r] - pre[l - 1]);
        out += '\n';
    }
    cout << out;
}
