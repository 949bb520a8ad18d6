class Order:
    def __init__(self, items):
        self.items = items


def total(order):
    prices = {"apple": 3, "pear": 2}
    return sum(prices[item] for item in order.items)


def describe(order):
    count, first = len(order.items)
    return count


def report(orders):
    for order in orders:
        try:
            print(total(order))
        except KeyError as e:
            print("unknown item", e)
    try:
        describe(orders[0])
    except TypeError as e:
        print(e)
    assert len(orders) > 5, "too few orders"


try:
    report([Order(["apple"]), Order(["kiwi"])])
except AssertionError as e:
    print("assertion:", e)

cache = {}
try:
    cache[["a"]] = 1
except TypeError as e:
    print(e)

words = "a b c".split()
print(words[0].upper())
print(words.uppercase())
