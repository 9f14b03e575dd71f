/* Recurse with big frames until the stack or the memory cap gives out. */
#include <string.h>
static int deep(int n) { char frame[65536]; memset(frame, n, sizeof frame); return deep(n + 1) + frame[n % 65536]; }
int main(void) { return deep(0); }
