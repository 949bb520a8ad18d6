total = 0
for value in [1, 2, "3"]:
    try:
        total += value
    except TypeError as e:
        print(e)
n = 2
try:
    n **= "x"
except TypeError as e:
    print(e)
s = "a"
try:
    s += 1
except TypeError as e:
    print(e)
count = 1
count -= None
