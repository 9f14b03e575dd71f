#include <bits/stdc++.h>
using namespace std;

static vector<int> parent_;

static int find(int x) {
    while (parent_[x] != x) {
        parent_[x] = parent_[parent_[x]];
        x = parent_[x];
    }
    return x;
}

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int n, m;
    cin >> n >> m;
    vector<array<int, 3>> cables(m);  // cost, a, b
    for (auto& e : cables) cin >> e[1] >> e[2] >> e[0];
    sort(cables.begin(), cables.end());
    parent_.resize(n + 1);
    iota(parent_.begin(), parent_.end(), 0);
    long long total = 0;
    int joined = 0;
    for (auto& e : cables) {
        int x = find(e[1]), y = find(e[2]);
        if (x != y) {
            parent_[x] = y;
            total += e[0];
            if (++joined == n - 1) break;
        }
    }
    cout << (joined == n - 1 ? total : -1) << "\n";
}
