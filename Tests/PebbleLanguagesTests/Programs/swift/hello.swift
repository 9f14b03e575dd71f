let name = readLine() ?? ""
print("hello " + name)
