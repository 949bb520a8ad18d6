try:
    with 5:
        pass
except TypeError as e:
    print(e)
with 3.5 as x:
    pass
