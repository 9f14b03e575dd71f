// Breadth-first search from S over the open cells; the first time E is reached is the answer.
#include <bits/stdc++.h>
using namespace std;

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int r, c;
    cin >> r >> c;
    vector<string> g(r);
    for (auto &row : g) cin >> row;
    int start = -1, end = -1;
    for (int i = 0; i < r; i++)
        for (int j = 0; j < c; j++) {
            if (g[i][j] == 'S') start = i * c + j;
            if (g[i][j] == 'E') end = i * c + j;
        }
    vector<int> dist(r * c, -1), queue;
    queue.reserve(r * c);
    dist[start] = 0;
    queue.push_back(start);
    const int dr[] = {1, -1, 0, 0}, dc[] = {0, 0, 1, -1};
    for (size_t head = 0; head < queue.size(); head++) {
        int p = queue[head];
        if (p == end) break;
        int i = p / c, j = p % c;
        for (int k = 0; k < 4; k++) {
            int ni = i + dr[k], nj = j + dc[k];
            if (ni < 0 || nj < 0 || ni >= r || nj >= c || g[ni][nj] == '#') continue;
            int q = ni * c + nj;
            if (dist[q] != -1) continue;
            dist[q] = dist[p] + 1;
            queue.push_back(q);
        }
    }
    cout << dist[end] << "\n";
}
