// Detects cycles correctly, but orders the tasks by how many rules point at them directly,
// which ignores rules between tasks that wait equally long.
#include <bits/stdc++.h>
using namespace std;

int main() {
    ios::sync_with_stdio(false);
    int n, m;
    cin >> n >> m;
    vector<vector<int>> after(n + 1);
    vector<int> waiting(n + 1, 0);
    for (int i = 0; i < m; i++) {
        int a, b;
        cin >> a >> b;
        after[a].push_back(b);
        waiting[b]++;
    }
    vector<int> original = waiting, ready;
    for (int t = 1; t <= n; t++)
        if (waiting[t] == 0) ready.push_back(t);
    for (size_t h = 0; h < ready.size(); h++)
        for (int b : after[ready[h]])
            if (--waiting[b] == 0) ready.push_back(b);
    if ((int)ready.size() < n) {
        cout << "IMPOSSIBLE\n";
        return 0;
    }
    vector<int> order(n);
    iota(order.begin(), order.end(), 1);
    stable_sort(order.begin(), order.end(), [&](int x, int y) { return original[x] < original[y]; });
    for (int i = 0; i < n; i++) cout << order[i] << (i + 1 < n ? ' ' : '\n');
}
