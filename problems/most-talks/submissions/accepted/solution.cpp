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
    // Always take the talk that finishes first among those that are still reachable.
    long long freeAt = 0;
    int count = 0;
    for (auto [e, s] : t) {
        if (s >= freeAt) {
            count++;
            freeAt = e;
        }
    }
    cout << count << "\n";
}
