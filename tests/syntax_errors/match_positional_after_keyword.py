point = (1, 2)
match point:
    case Point(x=1, 2):
        pass
