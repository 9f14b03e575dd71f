// Stores the counts in 64-bit integers and never reduces them: the counts quickly
// pass 2^63 and wrap around, and the final "% MOD" is applied to garbage.
#include <bits/stdc++.h>
using namespace std;

int main() {
    int n, amount;
    cin >> n >> amount;
    vector<long long> coins(n);
    for (auto& c : coins) cin >> c;
    vector<unsigned long long> ways(amount + 1, 0);
    ways[0] = 1;
    for (long long c : coins)
        for (long long x = c; x <= amount; x++) ways[x] += ways[x - c];
    cout << ways[amount] % 1000000007ULL << "\n";
}
