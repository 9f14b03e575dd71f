#include <cmath>
#include <cstdio>
int main() { double n; if (scanf("%lf", &n) != 1) return 1; printf("%.4f\n", std::sqrt(n)); }
