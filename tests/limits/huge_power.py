print("computing")
x = 10**10**8
print(len(str(x)))
