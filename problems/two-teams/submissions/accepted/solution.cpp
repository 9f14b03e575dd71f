#include <bits/stdc++.h>
using namespace std;

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int n, m;
    cin >> n >> m;
    vector<vector<int>> adj(n + 1);
    for (int i = 0; i < m; i++) {
        int a, b;
        cin >> a >> b;
        adj[a].push_back(b);
        adj[b].push_back(a);
    }
    vector<int> team(n + 1, 0), queue_;
    queue_.reserve(n);
    for (int s = 1; s <= n; s++) {
        if (team[s]) continue;
        team[s] = 1;
        queue_.assign(1, s);
        for (size_t h = 0; h < queue_.size(); h++) {
            int u = queue_[h];
            for (int v : adj[u]) {
                if (team[v] == 0) {
                    team[v] = 3 - team[u];
                    queue_.push_back(v);
                } else if (team[v] == team[u]) {
                    cout << "IMPOSSIBLE\n";
                    return 0;
                }
            }
        }
    }
    string out;
    out.reserve(2 * n);
    for (int i = 1; i <= n; i++) {
        out += char('0' + team[i]);
        out += i == n ? '\n' : ' ';
    }
    cout << out;
}
