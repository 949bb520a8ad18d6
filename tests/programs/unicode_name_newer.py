# SHAKING FACE came in Unicode 15.0; CPython 3.11 knows Unicode 14.0 names.
print("\N{SMILING FACE WITH TEAR}")  # Unicode 13.0: fine
mood = "\N{SHAKING FACE}"  # a SyntaxError in 3.11
