print(f"{x["a"]}")
