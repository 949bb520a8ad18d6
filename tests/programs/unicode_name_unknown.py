# A misspelt name in a \N{...} escape is a SyntaxError: nothing runs.
print("before")
greeting = "caf\N{LATIN SMALL LETTER E ACUTE}"
print(greeting)
