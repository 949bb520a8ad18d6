name = "ann"
match name:
    case f"{name}":
        print("same")
