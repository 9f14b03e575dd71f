// Kruskal that decides whether a cable closes a loop by searching the cables
// chosen so far (BFS from one end, looking for the other): O(m * n).
#include <bits/stdc++.h>
using namespace std;

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int n, m;
    cin >> n >> m;
    vector<array<int, 3>> cables(m);
    for (auto& e : cables) cin >> e[1] >> e[2] >> e[0];
    sort(cables.begin(), cables.end());
    vector<vector<int>> tree(n + 1);
    vector<int> seen(n + 1, -1), queue_(n);
    long long total = 0;
    int joined = 0;
    for (int k = 0; k < m && joined < n - 1; k++) {
        int a = cables[k][1], b = cables[k][2];
        int h = 0, t = 0;
        queue_[t++] = a;
        seen[a] = k;
        bool found = false;
        while (h < t && !found) {
            int u = queue_[h++];
            for (int v : tree[u])
                if (seen[v] != k) {
                    if (v == b) {
                        found = true;
                        break;
                    }
                    seen[v] = k;
                    queue_[t++] = v;
                }
        }
        if (!found) {
            tree[a].push_back(b);
            tree[b].push_back(a);
            total += cables[k][0];
            joined++;
        }
    }
    cout << (joined == n - 1 ? total : -1) << "\n";
}
