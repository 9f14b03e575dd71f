#include <bits/stdc++.h>
using namespace std;

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int n;
    cin >> n;
    vector<long long> h(n);
    for (auto& x : h) cin >> x;
    vector<long long> ans(n, -1);
    vector<int> st;  // towers still waiting for a higher roof, heights non-increasing
    st.reserve(n);
    for (int i = 0; i < n; i++) {
        while (!st.empty() && h[st.back()] < h[i]) {
            ans[st.back()] = h[i];
            st.pop_back();
        }
        st.push_back(i);
    }
    string out;
    out.reserve((size_t)n * 11);
    for (int i = 0; i < n; i++) {
        if (i) out += ' ';
        out += to_string(ans[i]);
    }
    out += '\n';
    cout << out;
}
