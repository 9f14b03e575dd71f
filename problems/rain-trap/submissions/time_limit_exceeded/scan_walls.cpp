// Scans left and right from every column for the tallest walls: correct, but
// Theta(n^2) on every input.
#include <bits/stdc++.h>
using namespace std;

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int n;
    cin >> n;
    vector<long long> h(n);
    for (auto& x : h) cin >> x;
    long long total = 0;
    for (int i = 0; i < n; i++) {
        long long l = 0, r = 0;
        for (int j = 0; j <= i; j++) l = max(l, h[j]);
        for (int j = i; j < n; j++) r = max(r, h[j]);
        total += min(l, r) - h[i];
    }
    cout << total << "\n";
}
