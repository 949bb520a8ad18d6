z = 3
match z:
    case 1+2j:
        print("complex")
