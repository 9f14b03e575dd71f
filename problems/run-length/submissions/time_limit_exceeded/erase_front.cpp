// Correct, but erases each block from the front of the string, shifting the rest of
// it every time: O(n * blocks), quadratic when blocks are short.
#include <bits/stdc++.h>
using namespace std;

int main() {
    ios::sync_with_stdio(false);
    string s;
    cin >> s;
    string out;
    while (!s.empty()) {
        size_t k = 1;
        while (k < s.size() && s[k] == s[0]) k++;
        out += s[0];
        out += to_string(k);
        s.erase(0, k);
    }
    cout << out << "\n";
}
