print("before")
print(undefined_thing)
