// Merges only bookings that overlap by more than one moment: [1, 4] and [4, 6]
// stay separate although they share moment 4.
#include <bits/stdc++.h>
using namespace std;

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int n;
    cin >> n;
    vector<pair<long long, long long>> b(n);
    for (auto& [l, r] : b) cin >> l >> r;
    sort(b.begin(), b.end());
    vector<pair<long long, long long>> merged;
    for (auto [l, r] : b) {
        if (!merged.empty() && l < merged.back().second) {
            merged.back().second = max(merged.back().second, r);
        } else {
            merged.push_back({l, r});
        }
    }
    cout << merged.size() << "\n";
    for (auto [l, r] : merged) cout << l << " " << r << "\n";
}
