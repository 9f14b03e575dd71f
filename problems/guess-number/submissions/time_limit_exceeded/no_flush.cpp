// Forgets to flush: the guess sits in the buffer and both sides wait for each other.
#include <cstdio>
#include <cstring>

int main() {
    long long lo = 1, hi = 1000000000;
    char reply[32];
    while (lo <= hi) {
        long long mid = (lo + hi) / 2;
        printf("? %lld\n", mid);
        if (scanf("%31s", reply) != 1 || strcmp(reply, "correct") == 0) break;
        if (strcmp(reply, "larger") == 0) lo = mid + 1;
        else hi = mid - 1;
    }
}
