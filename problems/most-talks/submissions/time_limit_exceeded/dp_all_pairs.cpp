// Dynamic programming over the talks sorted by finish: best[i] = the most talks ending
// with talk i, found by looking at every earlier talk. Correct, but Theta(n^2).
#include <bits/stdc++.h>
using namespace std;

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int n;
    cin >> n;
    vector<pair<long long, long long>> t(n);  // (finish, start)
    for (auto& [e, s] : t) cin >> s >> e;
    sort(t.begin(), t.end());
    vector<int> best(n);
    int answer = 0;
    for (int i = 0; i < n; i++) {
        int b = 0;
        for (int j = 0; j < i; j++)
            if (t[j].first <= t[i].second && best[j] > b) b = best[j];
        best[i] = b + 1;
        answer = max(answer, best[i]);
    }
    cout << answer << "\n";
}
