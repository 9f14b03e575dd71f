// Correct Kruskal, but adds the costs up in a 32-bit int.
#include <bits/stdc++.h>
using namespace std;

vector<int> parent_;

int find(int x) { return parent_[x] == x ? x : parent_[x] = find(parent_[x]); }

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int n, m;
    cin >> n >> m;
    vector<array<int, 3>> cables(m);
    for (auto& e : cables) cin >> e[1] >> e[2] >> e[0];
    sort(cables.begin(), cables.end());
    parent_.resize(n + 1);
    iota(parent_.begin(), parent_.end(), 0);
    int total = 0, joined = 0;
    for (auto& e : cables) {
        int x = find(e[1]), y = find(e[2]);
        if (x != y) {
            parent_[x] = y;
            total += e[0];
            joined++;
        }
    }
    cout << (joined == n - 1 ? total : -1) << "\n";
}
