// Dijkstra without a heap: every step scans all towns for the closest unsettled
// one. Correct, but O(n^2): 4*10^10 steps when n = 2*10^5.
#include <bits/stdc++.h>
using namespace std;

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int n, m, s;
    cin >> n >> m >> s;
    vector<vector<pair<int, long long>>> adj(n + 1);
    for (int i = 0; i < m; i++) {
        int u, v;
        long long w;
        cin >> u >> v >> w;
        adj[u].push_back({v, w});
    }
    vector<long long> dist(n + 1, -1);
    vector<char> done(n + 1, 0);
    dist[s] = 0;
    for (int it = 0; it < n; it++) {
        int best = -1;
        for (int i = 1; i <= n; i++)
            if (!done[i] && dist[i] >= 0 && (best < 0 || dist[i] < dist[best])) best = i;
        if (best < 0) break;
        done[best] = 1;
        for (auto [v, w] : adj[best])
            if (dist[v] < 0 || dist[best] + w < dist[v]) dist[v] = dist[best] + w;
    }
    for (int i = 1; i <= n; i++) cout << dist[i] << (i == n ? '\n' : ' ');
}
