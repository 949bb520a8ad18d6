y = f"a {b} {c("q")} d"
