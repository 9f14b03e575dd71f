// Accepts an answer within 1e-3 of the judge's, and says why when it does not.
#include <cmath>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <string>

int main(int argc, char **argv) {
    if (argc < 4) return 1;
    std::ifstream answer(argv[2]);
    std::ofstream message(std::string(argv[3]) + "judgemessage.txt");
    double expected = 0, got = 0;
    answer >> expected;
    if (!(std::cin >> got)) {
        message << "no number in the output";
        return 43;
    }
    std::string extra;
    if (std::cin >> extra) {
        message << "trailing output: " << extra;
        return 43;
    }
    if (std::fabs(got - expected) > 1e-3) {
        message << "off by " << std::fabs(got - expected);
        return 43;
    }
    return 42;
}
