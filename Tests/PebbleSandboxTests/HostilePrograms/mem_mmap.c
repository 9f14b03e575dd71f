/* Ask the kernel to populate 1 GiB at once. */
#include <sys/mman.h>
int main(void) {
    void *p = mmap(0, 1ul << 30, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_POPULATE, -1, 0);
    return p == MAP_FAILED;
}
