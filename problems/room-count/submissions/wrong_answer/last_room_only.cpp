// In start order, checks only the room opened most recently instead of the room that
// frees up first, so it opens a new room although an older one is already free.
#include <bits/stdc++.h>
using namespace std;

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int n;
    cin >> n;
    vector<pair<long long, long long>> m(n);
    for (auto& [s, e] : m) cin >> s >> e;
    sort(m.begin(), m.end());
    vector<long long> rooms;  // end time of each room's latest meeting
    for (auto [s, e] : m) {
        if (!rooms.empty() && rooms.back() <= s) rooms.back() = e;
        else rooms.push_back(e);
    }
    cout << rooms.size() << "\n";
}
