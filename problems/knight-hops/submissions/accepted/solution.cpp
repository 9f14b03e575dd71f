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
    vector<int> dist(R * C, -1);
    const int dr[8] = {1, 1, -1, -1, 2, 2, -2, -2};
    const int dc[8] = {2, -2, 2, -2, 1, -1, 1, -1};
    vector<int> queue_;
    queue_.reserve(R * C);
    dist[r1 * C + c1] = 0;
    queue_.push_back(r1 * C + c1);
    for (size_t h = 0; h < queue_.size(); h++) {
        int r = queue_[h] / C, c = queue_[h] % C;
        for (int k = 0; k < 8; k++) {
            int a = r + dr[k], b = c + dc[k];
            if (a < 0 || a >= R || b < 0 || b >= C || board[a][b] == '#') continue;
            if (dist[a * C + b] >= 0) continue;
            dist[a * C + b] = dist[queue_[h]] + 1;
            queue_.push_back(a * C + b);
        }
    }
    cout << dist[r2 * C + c2] << "\n";
}
