/* A new user namespace would give this program every capability inside it. */
#define _GNU_SOURCE
#include <sched.h>
int main(void) { return unshare(CLONE_NEWUSER); }
