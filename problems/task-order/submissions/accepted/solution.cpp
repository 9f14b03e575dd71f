// Kahn's algorithm: repeatedly take a task that no remaining rule holds back.
#include <bits/stdc++.h>
using namespace std;

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
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
    vector<int> order;
    order.reserve(n);
    for (int t = 1; t <= n; t++)
        if (waiting[t] == 0) order.push_back(t);
    for (size_t head = 0; head < order.size(); head++)
        for (int b : after[order[head]])
            if (--waiting[b] == 0) order.push_back(b);
    if ((int)order.size() < n) {
        cout << "IMPOSSIBLE\n";
        return 0;
    }
    string out;
    out.reserve(7 * n + 1);
    for (int i = 0; i < n; i++) {
        if (i) out += ' ';
        out += to_string(order[i]);
    }
    out += '\n';
    cout << out;
}
