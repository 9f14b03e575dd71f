// Gives the first unplaced person team 1 and then sweeps the whole list of
// pairs again and again, placing anyone whose rival is placed, until a sweep
// changes nothing. Correct, but a long chain listed backwards needs one sweep
// per person: O(n * m).
#include <bits/stdc++.h>
using namespace std;

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int n, m;
    cin >> n >> m;
    vector<int> xs(m), ys(m), team(n + 1, 0);
    for (int i = 0; i < m; i++) cin >> xs[i] >> ys[i];
    for (int s = 1; s <= n; s++) {
        if (team[s]) continue;
        team[s] = 1;
        bool changed = true;
        while (changed) {
            changed = false;
            for (int i = 0; i < m; i++) {
                int a = xs[i], b = ys[i];
                if (team[a] && !team[b]) {
                    team[b] = 3 - team[a];
                    changed = true;
                } else if (team[b] && !team[a]) {
                    team[a] = 3 - team[b];
                    changed = true;
                }
            }
        }
    }
    for (int i = 0; i < m; i++)
        if (team[xs[i]] == team[ys[i]]) {
            cout << "IMPOSSIBLE\n";
            return 0;
        }
    for (int i = 1; i <= n; i++) cout << team[i] << (i == n ? '\n' : ' ');
}
