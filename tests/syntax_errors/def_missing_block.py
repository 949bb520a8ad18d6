def count_down(name, delay):
    pass

def main():
pass
