// Greedy by length: takes the shortest talks first whenever they fit between the talks
// already chosen. A short talk that straddles two others can block both of them.
#include <bits/stdc++.h>
using namespace std;

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int n;
    cin >> n;
    vector<pair<long long, long long>> t(n);
    for (auto& [s, e] : t) cin >> s >> e;
    sort(t.begin(), t.end(), [](auto& a, auto& b) {
        return a.second - a.first < b.second - b.first;
    });
    map<long long, long long> chosen;  // start -> finish
    for (auto [s, e] : t) {
        auto it = chosen.lower_bound(s);
        if (it != chosen.end() && it->first < e) continue;           // next one starts too early
        if (it != chosen.begin() && prev(it)->second > s) continue;  // previous one ends too late
        chosen[s] = e;
    }
    cout << chosen.size() << "\n";
}
