// Walks east from every tower until a higher roof: correct, but O(n^2) when the
// towers get lower towards the east (or are all the same height).
#include <bits/stdc++.h>
using namespace std;

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int n;
    cin >> n;
    vector<long long> h(n);
    for (auto& x : h) cin >> x;
    for (int i = 0; i < n; i++) {
        long long a = -1;
        for (int j = i + 1; j < n; j++) {
            if (h[j] > h[i]) {
                a = h[j];
                break;
            }
        }
        cout << a << (i + 1 < n ? ' ' : '\n');
    }
}
