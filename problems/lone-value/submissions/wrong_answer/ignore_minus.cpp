// Reads the numbers with a hand-written fast reader that skips everything but digits,
// so the minus sign is lost: a negative lonely value comes out positive.
#include <bits/stdc++.h>
using namespace std;

static long long readNum() {
    int c = getchar();
    while (c != EOF && (c < '0' || c > '9')) c = getchar();
    long long v = 0;
    while (c >= '0' && c <= '9') {
        v = v * 10 + (c - '0');
        c = getchar();
    }
    return v;
}

int main() {
    int n = (int)readNum();
    long long acc = 0;
    for (int i = 0; i < n; i++) acc ^= readNum();
    printf("%lld\n", acc);
}
