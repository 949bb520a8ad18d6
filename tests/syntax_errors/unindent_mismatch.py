for x in range(3):
        a=1
    b=2
