#include <iostream>
int main() {
    int x = "not a number";
    std::cout << x << std::endl;
}
