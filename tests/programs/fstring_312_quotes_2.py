print(f"{", ".join(xs)}")
