/* Allocate and touch argv[1] MiB, hold it briefly, exit 0. */
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
int main(int argc, char **argv) {
    size_t mb = argc > 1 ? (size_t)atol(argv[1]) : 100;
    volatile char *p = malloc(mb << 20);
    if (!p) return 1;
    for (size_t i = 0; i < (mb << 20); i += 4096) p[i] = 1;
    usleep(20000);
    return p[0] == 1 ? 0 : 2;
}
