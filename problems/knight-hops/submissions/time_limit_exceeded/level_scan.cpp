// For each distance d, scans the whole board for squares at distance d and
// hops from them: O(R * C * answer), hopeless when the answer is large.
#include <bits/stdc++.h>
using namespace std;

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int R, C;
    cin >> R >> C;
    vector<string> board(R);
    for (auto& row : board) cin >> row;
    int r1, c1, r2, c2;
    cin >> r1 >> c1 >> r2 >> c2;
    r1--, c1--, r2--, c2--;
    vector<vector<int>> dist(R, vector<int>(C, -1));
    const int dr[8] = {1, 1, -1, -1, 2, 2, -2, -2};
    const int dc[8] = {2, -2, 2, -2, 1, -1, 1, -1};
    dist[r1][c1] = 0;
    for (int d = 0; dist[r2][c2] < 0; d++) {
        bool grew = false;
        for (int r = 0; r < R; r++)
            for (int c = 0; c < C; c++) {
                if (dist[r][c] != d) continue;
                for (int k = 0; k < 8; k++) {
                    int a = r + dr[k], b = c + dc[k];
                    if (a < 0 || a >= R || b < 0 || b >= C || board[a][b] == '#' || dist[a][b] >= 0)
                        continue;
                    dist[a][b] = d + 1;
                    grew = true;
                }
            }
        if (!grew) break;
    }
    cout << dist[r2][c2] << "\n";
}
