/* Installed setuid root by the test: prints the ids it really runs with. */
#include <stdio.h>
#include <unistd.h>
int main(void) { printf("%d %d\n", (int)geteuid(), (int)getegid()); return geteuid() == 0; }
