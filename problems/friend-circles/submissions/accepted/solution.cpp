#include <bits/stdc++.h>
using namespace std;

static vector<int> parent_, size_;

static int find(int x) {
    while (parent_[x] != x) {
        parent_[x] = parent_[parent_[x]];
        x = parent_[x];
    }
    return x;
}

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int n, q;
    cin >> n >> q;
    parent_.resize(n + 1);
    size_.assign(n + 1, 1);
    iota(parent_.begin(), parent_.end(), 0);
    int groups = n;
    string out;
    out.reserve(q * 7);
    for (int i = 0; i < q; i++) {
        int a, b;
        cin >> a >> b;
        a = find(a);
        b = find(b);
        if (a != b) {
            if (size_[a] < size_[b]) swap(a, b);
            parent_[b] = a;
            size_[a] += size_[b];
            groups--;
        }
        out += to_string(groups);
        out += '\n';
    }
    cout << out;
}
