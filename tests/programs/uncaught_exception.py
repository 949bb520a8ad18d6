def divide(a, b):
    return a / b

def main():
    print("start")
    print(divide(1, 0))

main()
