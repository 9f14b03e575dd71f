// Adds the friendship to an adjacency list and counts the circles again with
// a BFS over the whole camp after every introduction: O(q * (n + q)).
#include <bits/stdc++.h>
using namespace std;

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int n, q;
    cin >> n >> q;
    vector<vector<int>> adj(n + 1);
    vector<int> seen(n + 1, -1), queue_(n);
    for (int i = 0; i < q; i++) {
        int a, b;
        cin >> a >> b;
        adj[a].push_back(b);
        adj[b].push_back(a);
        int groups = 0;
        for (int s = 1; s <= n; s++) {
            if (seen[s] == i) continue;
            groups++;
            int h = 0, t = 0;
            queue_[t++] = s;
            seen[s] = i;
            while (h < t) {
                int u = queue_[h++];
                for (int v : adj[u])
                    if (seen[v] != i) {
                        seen[v] = i;
                        queue_[t++] = v;
                    }
            }
        }
        cout << groups << '\n';
    }
}
