from numbers_helper import divisors

for d in reversed(divisors(int(input()))):
    print(d)
