// Reads the data set (one INSERT per row) from stdin and prints the result table as SQLite
// would: a header row, then one tab-separated row per top scorer (nothing when no rows).
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
    unordered_map<long long, string> className;
    struct Student { string name; long long cls, score; };
    vector<Student> students;
    string line;
    const string prefix = "INSERT INTO ";
    while (getline(cin, line)) {
        if (line.compare(0, prefix.size(), prefix) != 0) continue;
        size_t sp = line.find(' ', prefix.size());
        string table = line.substr(prefix.size(), sp - prefix.size());
        vector<string> v = values(line, sp);
        if (table == "classes") className[stoll(v[0])] = v[1];
        else if (table == "students") students.push_back({v[1], stoll(v[2]), stoll(v[3])});
    }
    unordered_map<long long, long long> best;
    for (auto& s : students) {
        auto it = best.find(s.cls);
        if (it == best.end()) best[s.cls] = s.score;
        else it->second = max(it->second, s.score);
    }
    string out;
    for (auto& s : students) {
        if (s.score != best[s.cls]) continue;
        out += className[s.cls];
        out += '\t';
        out += s.name;
        out += '\t';
        out += to_string(s.score);
        out += '\n';
    }
    if (!out.empty()) cout << "class_name\tstudent_name\tscore\n" << out;
}
