class P:
    def __init__(self, n): self.n = n
    def __repr__(self): return f"P({self.n})"
    def go(self): pass
    @classmethod
    def make(cls): pass
print(P(1).go, P.make, [P(2).go])
print(f"{P(3).go}", str(P(4).go))
