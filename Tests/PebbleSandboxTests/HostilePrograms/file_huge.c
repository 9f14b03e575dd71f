/* Write one file until the kernel stops it (RLIMIT_FSIZE). */
#include <fcntl.h>
#include <string.h>
#include <unistd.h>
int main(void) {
    int fd = open("/box/huge", O_WRONLY | O_CREAT | O_TRUNC, 0644);
    char b[65536]; memset(b, 'x', sizeof b);
    for (;;) if (write(fd, b, sizeof b) < 0) return 1;
}
