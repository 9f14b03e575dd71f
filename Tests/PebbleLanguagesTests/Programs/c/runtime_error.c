#include <stdio.h>
int get(const int *p) {
    return *p;
}
int main(int argc, char **argv) {
    int x = 1;
    const int *p = argc > 5 ? &x : NULL;
    printf("%d\n", get(p));
    return 0;
}
