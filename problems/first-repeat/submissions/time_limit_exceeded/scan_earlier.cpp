// Correct: compares each word with every earlier word. O(n^2) string comparisons, about
// 2*10^10 when all 2*10^5 words are different.
#include <bits/stdc++.h>
using namespace std;

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int n;
    cin >> n;
    vector<string> words(n);
    for (auto& w : words) cin >> w;
    for (int j = 1; j < n; j++) {
        for (int i = 0; i < j; i++) {
            if (words[i] == words[j]) {
                cout << words[j] << "\n";
                return 0;
            }
        }
    }
    cout << -1 << "\n";
}
