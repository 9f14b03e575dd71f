#include <bits/stdc++.h>
using namespace std;

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    string s;
    cin >> s;
    vector<char> st;
    st.reserve(s.size());
    size_t best = 0;
    for (char c : s) {
        if (c == '(' || c == '[' || c == '{') {
            st.push_back(c);
            best = max(best, st.size());
        } else {
            char want = c == ')' ? '(' : c == ']' ? '[' : '{';
            if (st.empty() || st.back() != want) {
                cout << -1 << "\n";
                return 0;
            }
            st.pop_back();
        }
    }
    if (st.empty()) cout << best << "\n";
    else cout << -1 << "\n";
}
