// Reads the data set (one INSERT per row) from stdin and prints the result table as SQLite
// would: a header row, then one tab-separated row per day in day order (nothing when there
// are no sales). Totals need 64 bits: up to 10^5 sales of up to 10^6 each.
#include <bits/stdc++.h>
using namespace std;

// The values of one "INSERT INTO t VALUES (...);" line: strings unquoted, NULL as "NULL".
static vector<string> values(const string& line, size_t from) {
    vector<string> out;
    size_t i = line.find('(', from) + 1, end = line.rfind(')');
    while (i < end) {
        while (i < end && (line[i] == ' ' || line[i] == ',')) i++;
        if (i >= end) break;
        string v;
        if (line[i] == '\'') {
            for (i++; i < end; i++) {
                if (line[i] == '\'') {
                    if (i + 1 < end && line[i + 1] == '\'') { v += '\''; i++; }
                    else { i++; break; }
                } else v += line[i];
            }
        } else {
            while (i < end && line[i] != ',' && line[i] != ' ') v += line[i++];
        }
        out.push_back(v);
    }
    return out;
}

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    map<string, long long> revenue;  // 'YYYY-MM-DD' sorts in calendar order
    string line;
    const string prefix = "INSERT INTO ";
    while (getline(cin, line)) {
        if (line.compare(0, prefix.size(), prefix) != 0) continue;
        size_t sp = line.find(' ', prefix.size());
        if (line.substr(prefix.size(), sp - prefix.size()) != "sales") continue;
        vector<string> v = values(line, sp);
        revenue[v[1]] += stoll(v[2]);
    }
    string out;
    long long total = 0;
    for (auto& [day, r] : revenue) {
        total += r;
        out += day;
        out += '\t';
        out += to_string(r);
        out += '\t';
        out += to_string(total);
        out += '\n';
    }
    if (!out.empty()) cout << "sale_day\trevenue\trunning_total\n" << out;
}
