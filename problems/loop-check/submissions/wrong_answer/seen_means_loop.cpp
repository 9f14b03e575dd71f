// Depth-first search that reports a loop whenever a belt leads to any station
// seen before, as for two-way roads. Two routes to the same station (or two
// parallel belts) are not a loop.
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
    vector<char> seen(n + 1, 0);
    for (int s = 1; s <= n; s++) {
        if (seen[s]) continue;
        vector<int> st = {s};
        seen[s] = 1;
        while (!st.empty()) {
            int u = st.back();
            st.pop_back();
            for (int v : out[u]) {
                if (seen[v]) {
                    cout << "YES\n";
                    return 0;
                }
                seen[v] = 1;
                st.push_back(v);
            }
        }
    }
    cout << "NO\n";
}
