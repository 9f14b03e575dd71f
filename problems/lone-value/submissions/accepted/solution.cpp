#include <bits/stdc++.h>
using namespace std;

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int n;
    cin >> n;
    // x ^ x = 0 and x ^ 0 = x, in any order: the two copies of every paired value cancel.
    int32_t acc = 0;
    for (int i = 0; i < n; i++) {
        int32_t v;
        cin >> v;
        acc ^= v;
    }
    cout << acc << '\n';
}
