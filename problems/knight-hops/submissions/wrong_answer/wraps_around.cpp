// Numbers the squares row by row and hops by adding offsets to the number,
// checking only that the result lies on the board: a hop off the left or right
// edge wraps around into the neighbouring row.
#include <bits/stdc++.h>
using namespace std;

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int R, C;
    cin >> R >> C;
    string cells;
    for (int i = 0; i < R; i++) {
        string row;
        cin >> row;
        cells += row;
    }
    int r1, c1, r2, c2;
    cin >> r1 >> c1 >> r2 >> c2;
    int s = (r1 - 1) * C + (c1 - 1), t = (r2 - 1) * C + (c2 - 1);
    int hops[8] = {-2 * C - 1, -2 * C + 1, -C - 2, -C + 2, C - 2, C + 2, 2 * C - 1, 2 * C + 1};
    vector<int> dist(R * C, -1);
    queue<int> q;
    dist[s] = 0;
    q.push(s);
    while (!q.empty()) {
        int u = q.front();
        q.pop();
        for (int h : hops) {
            int v = u + h;
            if (v < 0 || v >= R * C || cells[v] == '#' || dist[v] >= 0) continue;
            dist[v] = dist[u] + 1;
            q.push(v);
        }
    }
    cout << dist[t] << "\n";
}
