// Patience method: tails[k] is the smallest last value of a rising subsequence of length k + 1.
#include <bits/stdc++.h>
using namespace std;

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int n;
    cin >> n;
    vector<long long> tails;
    for (int i = 0; i < n; i++) {
        long long x;
        cin >> x;
        auto it = lower_bound(tails.begin(), tails.end(), x);  // strictly rising: replace an equal value
        if (it == tails.end())
            tails.push_back(x);
        else
            *it = x;
    }
    cout << tails.size() << "\n";
}
