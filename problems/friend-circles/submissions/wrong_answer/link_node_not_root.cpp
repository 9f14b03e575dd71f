// Finds both roots correctly but then links camper a itself (not a's root)
// under b's root: a's old circle-mates lose their way to the new root.
#include <bits/stdc++.h>
using namespace std;

vector<int> parent_;

int find(int x) {
    while (parent_[x] != x) x = parent_[x];
    return x;
}

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int n, q;
    cin >> n >> q;
    parent_.resize(n + 1);
    iota(parent_.begin(), parent_.end(), 0);
    int groups = n;
    for (int i = 0; i < q; i++) {
        int a, b;
        cin >> a >> b;
        int ra = find(a), rb = find(b);
        if (ra != rb) {
            parent_[a] = rb;
            groups--;
        }
        cout << groups << '\n';
    }
}
