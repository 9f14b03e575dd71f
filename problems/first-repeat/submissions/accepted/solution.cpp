#include <bits/stdc++.h>
using namespace std;

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int n;
    cin >> n;
    unordered_set<string> seen;
    seen.reserve(2 * n);
    string w;
    for (int i = 0; i < n; i++) {
        cin >> w;
        // insert() reports whether the word was new; the first one that is not is the answer.
        if (!seen.insert(w).second) {
            cout << w << "\n";
            return 0;
        }
    }
    cout << -1 << "\n";
}
