/* Try to kill the box's init, every process it may see, and its parent. Exit 0 if still alive. */
#include <signal.h>
#include <stdio.h>
#include <unistd.h>
int main(void) {
    int a = kill(1, SIGKILL), b = kill(getppid(), SIGKILL);
    signal(SIGTERM, SIG_IGN);
    kill(-1, SIGTERM);
    printf("kill(1)=%d kill(ppid)=%d\n", a, b);
    return 0;
}
