a, b = map(int, input().split())
while a < b + 10 ** 18:
    a += 1
print(a + b)
