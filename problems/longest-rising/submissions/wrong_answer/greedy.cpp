// Greedy: take every value larger than the last one taken. Misses better choices later on.
#include <bits/stdc++.h>
using namespace std;

int main() {
    ios::sync_with_stdio(false);
    int n;
    cin >> n;
    long long last = LLONG_MIN;
    int taken = 0;
    for (int i = 0; i < n; i++) {
        long long x;
        cin >> x;
        if (x > last) {
            last = x;
            taken++;
        }
    }
    cout << taken << "\n";
}
