/* Many threads, each touching 16 MiB. */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
static void *grab(void *arg) {
    volatile char *p = malloc(16 << 20);
    for (long i = 0; p && i < (16 << 20); i += 4096) p[i] = 1;
    sleep(30);
    return arg;
}
int main(void) {
    pthread_t t[64];
    for (int i = 0; i < 64; i++) pthread_create(&t[i], 0, grab, 0);
    for (int i = 0; i < 64; i++) pthread_join(t[i], 0);
    return 0;
}
