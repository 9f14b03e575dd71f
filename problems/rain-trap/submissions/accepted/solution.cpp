#include <bits/stdc++.h>
using namespace std;

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int n;
    cin >> n;
    vector<long long> h(n);
    for (auto& x : h) cin >> x;
    // Prefix and suffix maxima: the level above column i is the lower of the two.
    vector<long long> right(n);
    long long best = 0;
    for (int i = n - 1; i >= 0; i--) {
        best = max(best, h[i]);
        right[i] = best;
    }
    long long left = 0, total = 0;
    for (int i = 0; i < n; i++) {
        left = max(left, h[i]);
        total += min(left, right[i]) - h[i];
    }
    cout << total << "\n";
}
