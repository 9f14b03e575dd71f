// The textbook recursion without memoisation: every mismatch branches three ways,
// so the number of calls grows exponentially with the lengths of the words.
#include <bits/stdc++.h>
using namespace std;

string s, t;

int dist(int i, int j) {
    if (i == (int)s.size()) return t.size() - j;
    if (j == (int)t.size()) return s.size() - i;
    if (s[i] == t[j]) return dist(i + 1, j + 1);
    return 1 + min({dist(i + 1, j + 1), dist(i + 1, j), dist(i, j + 1)});
}

int main() {
    cin >> s >> t;
    cout << dist(0, 0) << "\n";
}
