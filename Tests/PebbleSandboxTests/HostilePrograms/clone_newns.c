/* clone(2) asking for a namespace is refused; plain fork and threads are not. */
#define _GNU_SOURCE
#include <sched.h>
#include <signal.h>
#include <sys/syscall.h>
#include <unistd.h>
int main(void) { return (int)syscall(SYS_clone, CLONE_NEWNET | SIGCHLD, 0, 0, 0, 0); }
