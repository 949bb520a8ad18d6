status = 404
match status:
    case 200:
        print("ok")
    case not_found:
        print("not found")
    case 500:
        print("server error")
