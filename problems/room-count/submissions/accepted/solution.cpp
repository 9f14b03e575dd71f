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
    // End times of the rooms in use; the top frees up first.
    priority_queue<long long, vector<long long>, greater<long long>> ends;
    for (auto [s, e] : m) {
        if (!ends.empty() && ends.top() <= s) ends.pop();
        ends.push(e);
    }
    cout << ends.size() << "\n";
}
