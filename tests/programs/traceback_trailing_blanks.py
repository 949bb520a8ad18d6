import traceback


def total(items):
    return sum(items)   


def show(items):
    print(total(items))  # print the total


try:
    show([1, "2"])
except TypeError:
    traceback.print_exc()
show([1, None])   
