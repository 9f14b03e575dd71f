/* Touch 1 GiB of heap, 1 MiB at a time. */
#include <stdlib.h>
#include <string.h>
int main(void) {
    for (int i = 0; i < 1024; i++) {
        volatile char *p = malloc(1 << 20);
        if (!p) return 1;
        for (int k = 0; k < (1 << 20); k += 4096) p[k] = 1;
    }
    return 0;
}
