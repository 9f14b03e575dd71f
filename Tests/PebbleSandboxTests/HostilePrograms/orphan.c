/* Leave a daemonized grandchild behind and exit 0 at once. */
#include <unistd.h>
int main(void) {
    if (fork() == 0) { setsid(); if (fork() == 0) { for (;;) sleep(100); } _exit(0); }
    return 0;
}
