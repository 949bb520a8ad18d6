value = 2
match value:
    case 1 + 1:
        print("two")
