// For every meeting, counts the meetings running at its start minute and takes the
// maximum: correct (the busiest moment is some meeting's start), but Theta(n^2).
#include <bits/stdc++.h>
using namespace std;

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int n;
    cin >> n;
    vector<long long> s(n), e(n);
    for (int i = 0; i < n; i++) cin >> s[i] >> e[i];
    int best = 0;
    for (int i = 0; i < n; i++) {
        int c = 0;
        for (int j = 0; j < n; j++) c += (s[j] <= s[i] && s[i] < e[j]);
        best = max(best, c);
    }
    cout << best << "\n";
}
