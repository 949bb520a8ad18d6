a if b if c else d else e
