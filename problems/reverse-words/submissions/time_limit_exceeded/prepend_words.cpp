// Correct, but builds each answer by putting every word in front of the string built so
// far: each step copies the whole string, O(L^2) for a line of length L.
#include <bits/stdc++.h>
using namespace std;

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    string line;
    getline(cin, line);
    int q = stoi(line);
    for (int t = 0; t < q; t++) {
        if (!getline(cin, line)) line.clear();
        string res;
        long long k = 0;
        size_t i = 0, n = line.size();
        while (i < n) {
            while (i < n && line[i] == ' ') i++;
            size_t j = i;
            while (j < n && line[j] != ' ') j++;
            if (j > i) {
                string w = line.substr(i, j - i);
                res = (k == 0) ? w : w + " " + res;
                k++;
            }
            i = j;
        }
        cout << k;
        if (k) cout << ' ' << res;
        cout << '\n';
    }
}
