// testlib's calling convention without testlib.h: check <input> <output> <answer>;
// exit 0 accepts, 1 rejects (a message on stderr).
#include <fstream>
#include <iostream>

int main(int argc, char **argv) {
    if (argc < 4) return 3;
    std::ifstream out(argv[2]), ans(argv[3]);
    long long got, want;
    if (!(ans >> want)) return 3;
    if (!(out >> got)) { std::cerr << "no number"; return 1; }
    if (got != want) { std::cerr << "expected " << want << ", got " << got; return 1; }
    return 0;
}
