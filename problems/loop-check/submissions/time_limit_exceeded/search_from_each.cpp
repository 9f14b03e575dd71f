// For every station, a BFS along the belts to see whether it can come back to
// itself: correct, but O(n * (n + m)).
#include <bits/stdc++.h>
using namespace std;

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int n, m;
    cin >> n >> m;
    vector<vector<int>> out(n + 1);
    for (int i = 0; i < m; i++) {
        int a, b;
        cin >> a >> b;
        out[a].push_back(b);
    }
    vector<int> seen(n + 1, 0), queue_(n + 1);
    for (int s = 1; s <= n; s++) {
        int h = 0, t = 0;
        queue_[t++] = s;
        while (h < t) {
            int u = queue_[h++];
            for (int v : out[u]) {
                if (v == s) {
                    cout << "YES\n";
                    return 0;
                }
                if (seen[v] != s) {
                    seen[v] = s;
                    queue_[t++] = v;
                }
            }
        }
    }
    cout << "NO\n";
}
