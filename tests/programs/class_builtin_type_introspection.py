try:
    1/0
except Exception as e:
    print(e.__class__.__name__, type(e).__qualname__, e.__class__.__qualname__)
print(int.__qualname__, type(None).__name__, ValueError.__mro__, bool.__mro__, object.__bases__, int.__module__)
print(issubclass(ValueError, Exception), issubclass(ZeroDivisionError, (KeyError, ArithmeticError)))
print(ValueError.__bases__, bool.__base__, isinstance(ValueError, type), isinstance(ValueError(), type))
class E(ValueError): pass
print(issubclass(E, ValueError), issubclass(E, (TypeError,)), E.__bases__, E.__mro__)
print(callable(E), type(E), type(E()).__name__, E().__class__)
print(isinstance(E(), E), isinstance(E("x"), (KeyError, E)))
class O: pass
print(O.__bases__, O.__mro__, O.mro())
print(type(O()).__module__, O.__module__)
