// Reads the data set (one INSERT per row) from stdin and prints the result table as SQLite
// would: a header row, then one tab-separated row per customer without orders (nothing
// when there is none).
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
    vector<pair<long long, string>> customers;
    unordered_set<long long> ordered;
    string line;
    const string prefix = "INSERT INTO ";
    while (getline(cin, line)) {
        if (line.compare(0, prefix.size(), prefix) != 0) continue;
        size_t sp = line.find(' ', prefix.size());
        string table = line.substr(prefix.size(), sp - prefix.size());
        vector<string> v = values(line, sp);
        if (table == "customers") customers.push_back({stoll(v[0]), v[1]});
        else if (table == "orders" && v[1] != "NULL") ordered.insert(stoll(v[1]));
    }
    string out;
    for (auto& [id, name] : customers) {
        if (ordered.count(id)) continue;
        out += to_string(id);
        out += '\t';
        out += name;
        out += '\n';
    }
    if (!out.empty()) cout << "customer_id\tname\n" << out;
}
