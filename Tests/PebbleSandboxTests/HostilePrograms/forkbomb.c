/* Fork until the pids cap refuses, and keep trying. */
#include <unistd.h>
int main(void) { for (;;) fork(); }
