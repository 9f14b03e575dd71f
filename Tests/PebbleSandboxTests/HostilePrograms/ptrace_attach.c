/* Attach to pid 1 (the box's init). */
#include <sys/ptrace.h>
int main(void) { return (int)ptrace(PTRACE_ATTACH, 1, 0, 0); }
