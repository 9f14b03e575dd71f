#include <cstdio>
int main() { int n; scanf("%d", &n); for (int d = n; d >= 1; d--) if (n % d == 0) printf("%d\n", d); }
