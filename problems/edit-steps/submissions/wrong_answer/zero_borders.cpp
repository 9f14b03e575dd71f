// Fills the first row and column of the table with 0 instead of j and i: turning a
// prefix into the empty word (or back) is treated as free.
#include <bits/stdc++.h>
using namespace std;

int main() {
    string s, t;
    cin >> s >> t;
    int n = s.size(), m = t.size();
    vector<vector<int>> d(n + 1, vector<int>(m + 1, 0));
    for (int i = 1; i <= n; i++)
        for (int j = 1; j <= m; j++) {
            if (s[i - 1] == t[j - 1])
                d[i][j] = d[i - 1][j - 1];
            else
                d[i][j] = 1 + min({d[i - 1][j - 1], d[i - 1][j], d[i][j - 1]});
        }
    cout << d[n][m] << "\n";
}
