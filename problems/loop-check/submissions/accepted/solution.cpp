#include <bits/stdc++.h>
using namespace std;

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int n, m;
    cin >> n >> m;
    vector<vector<int>> out(n + 1);
    vector<int> indeg(n + 1, 0);
    for (int i = 0; i < m; i++) {
        int a, b;
        cin >> a >> b;
        out[a].push_back(b);
        indeg[b]++;
    }
    // Kahn's algorithm: a loop exists exactly when some station is never freed.
    vector<int> order;
    order.reserve(n);
    for (int v = 1; v <= n; v++)
        if (indeg[v] == 0) order.push_back(v);
    for (size_t h = 0; h < order.size(); h++)
        for (int v : out[order[h]])
            if (--indeg[v] == 0) order.push_back(v);
    cout << ((int)order.size() == n ? "NO" : "YES") << "\n";
}
