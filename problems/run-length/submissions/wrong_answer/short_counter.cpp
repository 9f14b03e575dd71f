// Counts the length of a block in an unsigned short: a block of 65536 or more beads
// wraps around and is written with a wrong length.
#include <bits/stdc++.h>
using namespace std;

int main() {
    ios::sync_with_stdio(false);
    string s;
    cin >> s;
    string out;
    for (size_t i = 0; i < s.size();) {
        unsigned short cnt = 0;
        size_t j = i;
        while (j < s.size() && s[j] == s[i]) {
            j++;
            cnt++;
        }
        out += s[i];
        out += to_string(cnt);
        i = j;
    }
    cout << out << "\n";
}
