// Flood fill every island with an explicit stack (no recursion), counting the fills.
#include <bits/stdc++.h>
using namespace std;

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int r, c;
    cin >> r >> c;
    vector<string> g(r);
    for (auto &row : g) cin >> row;
    vector<int> stack;
    stack.reserve(r * c);
    long long islands = 0;
    const int dr[] = {1, -1, 0, 0}, dc[] = {0, 0, 1, -1};
    for (int i = 0; i < r; i++)
        for (int j = 0; j < c; j++) {
            if (g[i][j] != '#') continue;
            islands++;
            g[i][j] = '.';
            stack.push_back(i * c + j);
            while (!stack.empty()) {
                int p = stack.back();
                stack.pop_back();
                int x = p / c, y = p % c;
                for (int k = 0; k < 4; k++) {
                    int nx = x + dr[k], ny = y + dc[k];
                    if (nx < 0 || ny < 0 || nx >= r || ny >= c || g[nx][ny] != '#') continue;
                    g[nx][ny] = '.';
                    stack.push_back(nx * c + ny);
                }
            }
        }
    cout << islands << "\n";
}
