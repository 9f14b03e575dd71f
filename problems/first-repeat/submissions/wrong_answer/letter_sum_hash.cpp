// Hashes a word by the sum of its letters and remembers only the hashes: anagrams
// ("stone", "notes") and other words with the same letter sum look like repeats.
#include <bits/stdc++.h>
using namespace std;

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int n;
    cin >> n;
    unordered_set<int> seen;
    string w;
    for (int i = 0; i < n; i++) {
        cin >> w;
        int h = 0;
        for (char c : w) h += c - 'a' + 1;
        if (!seen.insert(h).second) {
            cout << w << "\n";
            return 0;
        }
    }
    cout << -1 << "\n";
}
