#include <bits/stdc++.h>
using namespace std;

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    string line;
    getline(cin, line);
    int q = stoi(line);
    string out;
    vector<pair<size_t, size_t>> words;  // [start, end) of each word in the line
    for (int t = 0; t < q; t++) {
        if (!getline(cin, line)) line.clear();
        words.clear();
        size_t i = 0, n = line.size();
        while (i < n) {
            while (i < n && (line[i] == ' ' || line[i] == '\r')) i++;
            size_t j = i;
            while (j < n && line[j] != ' ' && line[j] != '\r') j++;
            if (j > i) words.push_back({i, j});
            i = j;
        }
        out += to_string(words.size());
        for (size_t k = words.size(); k-- > 0;) {
            out += ' ';
            out.append(line, words[k].first, words[k].second - words[k].first);
        }
        out += '\n';
    }
    cout << out;
}
