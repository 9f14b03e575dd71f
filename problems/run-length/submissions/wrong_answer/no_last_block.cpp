// Writes a block when the colour changes, but forgets the block that is still open
// when the string ends.
#include <bits/stdc++.h>
using namespace std;

int main() {
    string s;
    cin >> s;
    string out;
    int cnt = 1;
    for (size_t i = 1; i < s.size(); i++) {
        if (s[i] == s[i - 1]) {
            cnt++;
        } else {
            out += s[i - 1] + to_string(cnt);
            cnt = 1;
        }
    }
    cout << out << "\n";
}
