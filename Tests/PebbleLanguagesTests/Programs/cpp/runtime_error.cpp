#include <iostream>
#include <vector>
int main() {
    std::vector<int> v(3);
    int i = 0;
    std::cin >> i;
    std::cout << v.at(i + 10) << std::endl;
}
