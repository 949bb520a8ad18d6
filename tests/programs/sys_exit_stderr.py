import sys

def main():
    print("to stdout")
    print("to stderr", file=sys.stderr)
    try:
        sys.exit(3)
    except SystemExit as e:
        print("caught SystemExit", e.args)
    print("exiting with 2")
    sys.exit(2)

main()
print("never")
