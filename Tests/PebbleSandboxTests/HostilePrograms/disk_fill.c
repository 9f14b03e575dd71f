/* Fill /tmp with 1 MiB files until it is full. */
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>
int main(void) {
    char b[1 << 16]; memset(b, 'x', sizeof b);
    for (int i = 0;; i++) {
        char name[64]; snprintf(name, sizeof name, "/tmp/fill%d", i);
        int fd = open(name, O_WRONLY | O_CREAT, 0644);
        if (fd < 0) return 1;
        for (int k = 0; k < 16; k++) if (write(fd, b, sizeof b) < 0) return 1;
        close(fd);
    }
}
