// Tries every number of coins of every denomination, recursively, without
// remembering any result: exponential in the number of denominations.
#include <bits/stdc++.h>
using namespace std;

const long long MOD = 1000000007LL;
int n;
vector<long long> coins;

long long go(int i, long long rest) {
    if (rest == 0) return 1;
    if (i == n) return 0;
    long long total = 0;
    for (long long k = 0; k * coins[i] <= rest; k++) total += go(i + 1, rest - k * coins[i]);
    return total % MOD;
}

int main() {
    long long amount;
    cin >> n >> amount;
    coins.resize(n);
    for (auto& c : coins) cin >> c;
    cout << go(0, amount) << "\n";
}
