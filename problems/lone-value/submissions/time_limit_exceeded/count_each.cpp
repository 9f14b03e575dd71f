// Correct, but counts the copies of each entry by scanning the whole log: O(n^2).
#include <bits/stdc++.h>
using namespace std;

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int n;
    cin >> n;
    vector<int> v(n);
    for (auto& x : v) cin >> x;
    for (int i = 0; i < n; i++) {
        int cnt = 0;
        for (int j = 0; j < n; j++)
            if (v[j] == v[i]) cnt++;
        if (cnt == 1) {
            cout << v[i] << '\n';
            return 0;
        }
    }
}
