// Reads q with cin >> q and then calls getline at once: the first getline returns the
// rest of the first line (empty), so every answer is shifted down by one line.
#include <bits/stdc++.h>
using namespace std;

int main() {
    int q;
    cin >> q;
    string line;
    for (int t = 0; t < q; t++) {
        getline(cin, line);
        istringstream ss(line);
        vector<string> words;
        string w;
        while (ss >> w) words.push_back(w);
        cout << words.size();
        for (size_t k = words.size(); k-- > 0;) cout << ' ' << words[k];
        cout << '\n';
    }
}
