#include <bits/stdc++.h>
using namespace std;

int main() {
    const int MOD = 1000000007;
    int n, amount;
    if (scanf("%d %d", &n, &amount) != 2) return 0;
    vector<int> coins(n);
    for (auto& c : coins) scanf("%d", &c);
    // ways[x]: ways to pay x with the denominations handled so far (outer loop over
    // denominations, so each choice of coins is counted once).
    vector<int> ways(amount + 1, 0);
    ways[0] = 1;
    for (int c : coins) {
        if (c > amount) continue;
        for (int x = c; x <= amount; x++) {
            int v = ways[x] + ways[x - c];  // both below MOD: the sum fits in int
            ways[x] = v >= MOD ? v - MOD : v;
        }
    }
    printf("%d\n", ways[amount]);
}
