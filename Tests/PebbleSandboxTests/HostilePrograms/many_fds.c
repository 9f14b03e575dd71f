/* Open files until refused; print how many. */
#include <fcntl.h>
#include <stdio.h>
int main(void) { int n = 0; while (open("/dev/null", O_RDONLY) >= 0) n++; printf("%d\n", n); return 0; }
