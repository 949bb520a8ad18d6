print(round(1250, -19), round(-5, -19), round(1250, -18), round(-1250, -30))
print(round(1250, -2), round(1350, -2), round(15, -1), round(25, -1), round(-25, -1))
