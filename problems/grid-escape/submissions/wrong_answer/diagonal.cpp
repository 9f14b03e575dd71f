// Breadth-first search that also allows diagonal moves (8 directions).
#include <bits/stdc++.h>
using namespace std;

int main() {
    ios::sync_with_stdio(false);
    int r, c;
    cin >> r >> c;
    vector<string> g(r);
    for (auto &row : g) cin >> row;
    int start = 0, end = 0;
    for (int i = 0; i < r; i++)
        for (int j = 0; j < c; j++) {
            if (g[i][j] == 'S') start = i * c + j;
            if (g[i][j] == 'E') end = i * c + j;
        }
    vector<int> dist(r * c, -1);
    deque<int> q{start};
    dist[start] = 0;
    while (!q.empty()) {
        int p = q.front();
        q.pop_front();
        int i = p / c, j = p % c;
        for (int di = -1; di <= 1; di++)
            for (int dj = -1; dj <= 1; dj++) {
                int ni = i + di, nj = j + dj;
                if (ni < 0 || nj < 0 || ni >= r || nj >= c || g[ni][nj] == '#') continue;
                if (dist[ni * c + nj] != -1) continue;
                dist[ni * c + nj] = dist[p] + 1;
                q.push_back(ni * c + nj);
            }
    }
    cout << dist[end] << "\n";
}
