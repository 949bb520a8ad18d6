try:
    print("''.upper()", repr(''.upper()))
except Exception as e:
    print("''.upper()", type(e).__name__, e)
try:
    print("''.lower()", repr(''.lower()))
except Exception as e:
    print("''.lower()", type(e).__name__, e)
try:
    print("''.strip()", repr(''.strip()))
except Exception as e:
    print("''.strip()", type(e).__name__, e)
try:
    print("''.lstrip()", repr(''.lstrip()))
except Exception as e:
    print("''.lstrip()", type(e).__name__, e)
try:
    print("''.rstrip()", repr(''.rstrip()))
except Exception as e:
    print("''.rstrip()", type(e).__name__, e)
try:
    print("''.strip('a ')", repr(''.strip('a ')))
except Exception as e:
    print("''.strip('a ')", type(e).__name__, e)
try:
    print("''.split()", repr(''.split()))
except Exception as e:
    print("''.split()", type(e).__name__, e)
try:
    print("''.split(',')", repr(''.split(',')))
except Exception as e:
    print("''.split(',')", type(e).__name__, e)
try:
    print("''.split(' ', 1)", repr(''.split(' ', 1)))
except Exception as e:
    print("''.split(' ', 1)", type(e).__name__, e)
try:
    print("''.rsplit(' ', 1)", repr(''.rsplit(' ', 1)))
except Exception as e:
    print("''.rsplit(' ', 1)", type(e).__name__, e)
try:
    print("''.split('a')", repr(''.split('a')))
except Exception as e:
    print("''.split('a')", type(e).__name__, e)
try:
    print("''.title()", repr(''.title()))
except Exception as e:
    print("''.title()", type(e).__name__, e)
try:
    print("''.capitalize()", repr(''.capitalize()))
except Exception as e:
    print("''.capitalize()", type(e).__name__, e)
try:
    print("''.swapcase()", repr(''.swapcase()))
except Exception as e:
    print("''.swapcase()", type(e).__name__, e)
try:
    print("''.isdigit()", repr(''.isdigit()))
except Exception as e:
    print("''.isdigit()", type(e).__name__, e)
try:
    print("''.isalpha()", repr(''.isalpha()))
except Exception as e:
    print("''.isalpha()", type(e).__name__, e)
try:
    print("''.isalnum()", repr(''.isalnum()))
except Exception as e:
    print("''.isalnum()", type(e).__name__, e)
try:
    print("''.isspace()", repr(''.isspace()))
except Exception as e:
    print("''.isspace()", type(e).__name__, e)
try:
    print("''.isupper()", repr(''.isupper()))
except Exception as e:
    print("''.isupper()", type(e).__name__, e)
try:
    print("''.islower()", repr(''.islower()))
except Exception as e:
    print("''.islower()", type(e).__name__, e)
try:
    print("''.center(15, '*')", repr(''.center(15, '*')))
except Exception as e:
    print("''.center(15, '*')", type(e).__name__, e)
try:
    print("''.ljust(12, '.')", repr(''.ljust(12, '.')))
except Exception as e:
    print("''.ljust(12, '.')", type(e).__name__, e)
try:
    print("''.rjust(12)", repr(''.rjust(12)))
except Exception as e:
    print("''.rjust(12)", type(e).__name__, e)
try:
    print("''.zfill(6)", repr(''.zfill(6)))
except Exception as e:
    print("''.zfill(6)", type(e).__name__, e)
try:
    print("''.find('l')", repr(''.find('l')))
except Exception as e:
    print("''.find('l')", type(e).__name__, e)
try:
    print("''.rfind('l')", repr(''.rfind('l')))
except Exception as e:
    print("''.rfind('l')", type(e).__name__, e)
try:
    print("''.count('a')", repr(''.count('a')))
except Exception as e:
    print("''.count('a')", type(e).__name__, e)
try:
    print("''.count('')", repr(''.count('')))
except Exception as e:
    print("''.count('')", type(e).__name__, e)
try:
    print("''.replace('a', 'XY')", repr(''.replace('a', 'XY')))
except Exception as e:
    print("''.replace('a', 'XY')", type(e).__name__, e)
try:
    print("''.replace('l', '', 1)", repr(''.replace('l', '', 1)))
except Exception as e:
    print("''.replace('l', '', 1)", type(e).__name__, e)
try:
    print("''.startswith('H')", repr(''.startswith('H')))
except Exception as e:
    print("''.startswith('H')", type(e).__name__, e)
try:
    print("''.endswith(('d', 'e'))", repr(''.endswith(('d', 'e'))))
except Exception as e:
    print("''.endswith(('d', 'e'))", type(e).__name__, e)
try:
    print("''.partition(' ')", repr(''.partition(' ')))
except Exception as e:
    print("''.partition(' ')", type(e).__name__, e)
try:
    print("''.rpartition(' ')", repr(''.rpartition(' ')))
except Exception as e:
    print("''.rpartition(' ')", type(e).__name__, e)
try:
    print("''.splitlines()", repr(''.splitlines()))
except Exception as e:
    print("''.splitlines()", type(e).__name__, e)
try:
    print("''.index('a')", repr(''.index('a')))
except Exception as e:
    print("''.index('a')", type(e).__name__, e)
try:
    print("''.join(['1', '2'])", repr(''.join(['1', '2'])))
except Exception as e:
    print("''.join(['1', '2'])", type(e).__name__, e)
try:
    print("''.format()", repr(''.format()))
except Exception as e:
    print("''.format()", type(e).__name__, e)
try:
    print("''[1:-1]", repr(''[1:-1]))
except Exception as e:
    print("''[1:-1]", type(e).__name__, e)
try:
    print("''[::-2]", repr(''[::-2]))
except Exception as e:
    print("''[::-2]", type(e).__name__, e)
try:
    print("''[5:]", repr(''[5:]))
except Exception as e:
    print("''[5:]", type(e).__name__, e)
try:
    print("''[-3:]", repr(''[-3:]))
except Exception as e:
    print("''[-3:]", type(e).__name__, e)
try:
    print("''* 2", repr(''* 2))
except Exception as e:
    print("''* 2", type(e).__name__, e)
try:
    print("''+ '!'", repr(''+ '!'))
except Exception as e:
    print("''+ '!'", type(e).__name__, e)
try:
    print("'a'.upper()", repr('a'.upper()))
except Exception as e:
    print("'a'.upper()", type(e).__name__, e)
try:
    print("'a'.lower()", repr('a'.lower()))
except Exception as e:
    print("'a'.lower()", type(e).__name__, e)
try:
    print("'a'.strip()", repr('a'.strip()))
except Exception as e:
    print("'a'.strip()", type(e).__name__, e)
try:
    print("'a'.lstrip()", repr('a'.lstrip()))
except Exception as e:
    print("'a'.lstrip()", type(e).__name__, e)
try:
    print("'a'.rstrip()", repr('a'.rstrip()))
except Exception as e:
    print("'a'.rstrip()", type(e).__name__, e)
try:
    print("'a'.strip('a ')", repr('a'.strip('a ')))
except Exception as e:
    print("'a'.strip('a ')", type(e).__name__, e)
try:
    print("'a'.split()", repr('a'.split()))
except Exception as e:
    print("'a'.split()", type(e).__name__, e)
try:
    print("'a'.split(',')", repr('a'.split(',')))
except Exception as e:
    print("'a'.split(',')", type(e).__name__, e)
try:
    print("'a'.split(' ', 1)", repr('a'.split(' ', 1)))
except Exception as e:
    print("'a'.split(' ', 1)", type(e).__name__, e)
try:
    print("'a'.rsplit(' ', 1)", repr('a'.rsplit(' ', 1)))
except Exception as e:
    print("'a'.rsplit(' ', 1)", type(e).__name__, e)
try:
    print("'a'.split('a')", repr('a'.split('a')))
except Exception as e:
    print("'a'.split('a')", type(e).__name__, e)
try:
    print("'a'.title()", repr('a'.title()))
except Exception as e:
    print("'a'.title()", type(e).__name__, e)
try:
    print("'a'.capitalize()", repr('a'.capitalize()))
except Exception as e:
    print("'a'.capitalize()", type(e).__name__, e)
try:
    print("'a'.swapcase()", repr('a'.swapcase()))
except Exception as e:
    print("'a'.swapcase()", type(e).__name__, e)
try:
    print("'a'.isdigit()", repr('a'.isdigit()))
except Exception as e:
    print("'a'.isdigit()", type(e).__name__, e)
try:
    print("'a'.isalpha()", repr('a'.isalpha()))
except Exception as e:
    print("'a'.isalpha()", type(e).__name__, e)
try:
    print("'a'.isalnum()", repr('a'.isalnum()))
except Exception as e:
    print("'a'.isalnum()", type(e).__name__, e)
try:
    print("'a'.isspace()", repr('a'.isspace()))
except Exception as e:
    print("'a'.isspace()", type(e).__name__, e)
try:
    print("'a'.isupper()", repr('a'.isupper()))
except Exception as e:
    print("'a'.isupper()", type(e).__name__, e)
try:
    print("'a'.islower()", repr('a'.islower()))
except Exception as e:
    print("'a'.islower()", type(e).__name__, e)
try:
    print("'a'.center(15, '*')", repr('a'.center(15, '*')))
except Exception as e:
    print("'a'.center(15, '*')", type(e).__name__, e)
try:
    print("'a'.ljust(12, '.')", repr('a'.ljust(12, '.')))
except Exception as e:
    print("'a'.ljust(12, '.')", type(e).__name__, e)
try:
    print("'a'.rjust(12)", repr('a'.rjust(12)))
except Exception as e:
    print("'a'.rjust(12)", type(e).__name__, e)
try:
    print("'a'.zfill(6)", repr('a'.zfill(6)))
except Exception as e:
    print("'a'.zfill(6)", type(e).__name__, e)
try:
    print("'a'.find('l')", repr('a'.find('l')))
except Exception as e:
    print("'a'.find('l')", type(e).__name__, e)
try:
    print("'a'.rfind('l')", repr('a'.rfind('l')))
except Exception as e:
    print("'a'.rfind('l')", type(e).__name__, e)
try:
    print("'a'.count('a')", repr('a'.count('a')))
except Exception as e:
    print("'a'.count('a')", type(e).__name__, e)
try:
    print("'a'.count('')", repr('a'.count('')))
except Exception as e:
    print("'a'.count('')", type(e).__name__, e)
try:
    print("'a'.replace('a', 'XY')", repr('a'.replace('a', 'XY')))
except Exception as e:
    print("'a'.replace('a', 'XY')", type(e).__name__, e)
try:
    print("'a'.replace('l', '', 1)", repr('a'.replace('l', '', 1)))
except Exception as e:
    print("'a'.replace('l', '', 1)", type(e).__name__, e)
try:
    print("'a'.startswith('H')", repr('a'.startswith('H')))
except Exception as e:
    print("'a'.startswith('H')", type(e).__name__, e)
try:
    print("'a'.endswith(('d', 'e'))", repr('a'.endswith(('d', 'e'))))
except Exception as e:
    print("'a'.endswith(('d', 'e'))", type(e).__name__, e)
try:
    print("'a'.partition(' ')", repr('a'.partition(' ')))
except Exception as e:
    print("'a'.partition(' ')", type(e).__name__, e)
try:
    print("'a'.rpartition(' ')", repr('a'.rpartition(' ')))
except Exception as e:
    print("'a'.rpartition(' ')", type(e).__name__, e)
try:
    print("'a'.splitlines()", repr('a'.splitlines()))
except Exception as e:
    print("'a'.splitlines()", type(e).__name__, e)
try:
    print("'a'.index('a')", repr('a'.index('a')))
except Exception as e:
    print("'a'.index('a')", type(e).__name__, e)
try:
    print("'a'.join(['1', '2'])", repr('a'.join(['1', '2'])))
except Exception as e:
    print("'a'.join(['1', '2'])", type(e).__name__, e)
try:
    print("'a'.format()", repr('a'.format()))
except Exception as e:
    print("'a'.format()", type(e).__name__, e)
try:
    print("'a'[1:-1]", repr('a'[1:-1]))
except Exception as e:
    print("'a'[1:-1]", type(e).__name__, e)
try:
    print("'a'[::-2]", repr('a'[::-2]))
except Exception as e:
    print("'a'[::-2]", type(e).__name__, e)
try:
    print("'a'[5:]", repr('a'[5:]))
except Exception as e:
    print("'a'[5:]", type(e).__name__, e)
try:
    print("'a'[-3:]", repr('a'[-3:]))
except Exception as e:
    print("'a'[-3:]", type(e).__name__, e)
try:
    print("'a'* 2", repr('a'* 2))
except Exception as e:
    print("'a'* 2", type(e).__name__, e)
try:
    print("'a'+ '!'", repr('a'+ '!'))
except Exception as e:
    print("'a'+ '!'", type(e).__name__, e)
try:
    print("'Hello World'.upper()", repr('Hello World'.upper()))
except Exception as e:
    print("'Hello World'.upper()", type(e).__name__, e)
try:
    print("'Hello World'.lower()", repr('Hello World'.lower()))
except Exception as e:
    print("'Hello World'.lower()", type(e).__name__, e)
try:
    print("'Hello World'.strip()", repr('Hello World'.strip()))
except Exception as e:
    print("'Hello World'.strip()", type(e).__name__, e)
try:
    print("'Hello World'.lstrip()", repr('Hello World'.lstrip()))
except Exception as e:
    print("'Hello World'.lstrip()", type(e).__name__, e)
try:
    print("'Hello World'.rstrip()", repr('Hello World'.rstrip()))
except Exception as e:
    print("'Hello World'.rstrip()", type(e).__name__, e)
try:
    print("'Hello World'.strip('a ')", repr('Hello World'.strip('a ')))
except Exception as e:
    print("'Hello World'.strip('a ')", type(e).__name__, e)
try:
    print("'Hello World'.split()", repr('Hello World'.split()))
except Exception as e:
    print("'Hello World'.split()", type(e).__name__, e)
try:
    print("'Hello World'.split(',')", repr('Hello World'.split(',')))
except Exception as e:
    print("'Hello World'.split(',')", type(e).__name__, e)
try:
    print("'Hello World'.split(' ', 1)", repr('Hello World'.split(' ', 1)))
except Exception as e:
    print("'Hello World'.split(' ', 1)", type(e).__name__, e)
try:
    print("'Hello World'.rsplit(' ', 1)", repr('Hello World'.rsplit(' ', 1)))
except Exception as e:
    print("'Hello World'.rsplit(' ', 1)", type(e).__name__, e)
try:
    print("'Hello World'.split('a')", repr('Hello World'.split('a')))
except Exception as e:
    print("'Hello World'.split('a')", type(e).__name__, e)
try:
    print("'Hello World'.title()", repr('Hello World'.title()))
except Exception as e:
    print("'Hello World'.title()", type(e).__name__, e)
try:
    print("'Hello World'.capitalize()", repr('Hello World'.capitalize()))
except Exception as e:
    print("'Hello World'.capitalize()", type(e).__name__, e)
try:
    print("'Hello World'.swapcase()", repr('Hello World'.swapcase()))
except Exception as e:
    print("'Hello World'.swapcase()", type(e).__name__, e)
try:
    print("'Hello World'.isdigit()", repr('Hello World'.isdigit()))
except Exception as e:
    print("'Hello World'.isdigit()", type(e).__name__, e)
try:
    print("'Hello World'.isalpha()", repr('Hello World'.isalpha()))
except Exception as e:
    print("'Hello World'.isalpha()", type(e).__name__, e)
try:
    print("'Hello World'.isalnum()", repr('Hello World'.isalnum()))
except Exception as e:
    print("'Hello World'.isalnum()", type(e).__name__, e)
try:
    print("'Hello World'.isspace()", repr('Hello World'.isspace()))
except Exception as e:
    print("'Hello World'.isspace()", type(e).__name__, e)
try:
    print("'Hello World'.isupper()", repr('Hello World'.isupper()))
except Exception as e:
    print("'Hello World'.isupper()", type(e).__name__, e)
try:
    print("'Hello World'.islower()", repr('Hello World'.islower()))
except Exception as e:
    print("'Hello World'.islower()", type(e).__name__, e)
try:
    print("'Hello World'.center(15, '*')", repr('Hello World'.center(15, '*')))
except Exception as e:
    print("'Hello World'.center(15, '*')", type(e).__name__, e)
try:
    print("'Hello World'.ljust(12, '.')", repr('Hello World'.ljust(12, '.')))
except Exception as e:
    print("'Hello World'.ljust(12, '.')", type(e).__name__, e)
try:
    print("'Hello World'.rjust(12)", repr('Hello World'.rjust(12)))
except Exception as e:
    print("'Hello World'.rjust(12)", type(e).__name__, e)
try:
    print("'Hello World'.zfill(6)", repr('Hello World'.zfill(6)))
except Exception as e:
    print("'Hello World'.zfill(6)", type(e).__name__, e)
try:
    print("'Hello World'.find('l')", repr('Hello World'.find('l')))
except Exception as e:
    print("'Hello World'.find('l')", type(e).__name__, e)
try:
    print("'Hello World'.rfind('l')", repr('Hello World'.rfind('l')))
except Exception as e:
    print("'Hello World'.rfind('l')", type(e).__name__, e)
try:
    print("'Hello World'.count('a')", repr('Hello World'.count('a')))
except Exception as e:
    print("'Hello World'.count('a')", type(e).__name__, e)
try:
    print("'Hello World'.count('')", repr('Hello World'.count('')))
except Exception as e:
    print("'Hello World'.count('')", type(e).__name__, e)
try:
    print("'Hello World'.replace('a', 'XY')", repr('Hello World'.replace('a', 'XY')))
except Exception as e:
    print("'Hello World'.replace('a', 'XY')", type(e).__name__, e)
try:
    print("'Hello World'.replace('l', '', 1)", repr('Hello World'.replace('l', '', 1)))
except Exception as e:
    print("'Hello World'.replace('l', '', 1)", type(e).__name__, e)
try:
    print("'Hello World'.startswith('H')", repr('Hello World'.startswith('H')))
except Exception as e:
    print("'Hello World'.startswith('H')", type(e).__name__, e)
try:
    print("'Hello World'.endswith(('d', 'e'))", repr('Hello World'.endswith(('d', 'e'))))
except Exception as e:
    print("'Hello World'.endswith(('d', 'e'))", type(e).__name__, e)
try:
    print("'Hello World'.partition(' ')", repr('Hello World'.partition(' ')))
except Exception as e:
    print("'Hello World'.partition(' ')", type(e).__name__, e)
try:
    print("'Hello World'.rpartition(' ')", repr('Hello World'.rpartition(' ')))
except Exception as e:
    print("'Hello World'.rpartition(' ')", type(e).__name__, e)
try:
    print("'Hello World'.splitlines()", repr('Hello World'.splitlines()))
except Exception as e:
    print("'Hello World'.splitlines()", type(e).__name__, e)
try:
    print("'Hello World'.index('a')", repr('Hello World'.index('a')))
except Exception as e:
    print("'Hello World'.index('a')", type(e).__name__, e)
try:
    print("'Hello World'.join(['1', '2'])", repr('Hello World'.join(['1', '2'])))
except Exception as e:
    print("'Hello World'.join(['1', '2'])", type(e).__name__, e)
try:
    print("'Hello World'.format()", repr('Hello World'.format()))
except Exception as e:
    print("'Hello World'.format()", type(e).__name__, e)
try:
    print("'Hello World'[1:-1]", repr('Hello World'[1:-1]))
except Exception as e:
    print("'Hello World'[1:-1]", type(e).__name__, e)
try:
    print("'Hello World'[::-2]", repr('Hello World'[::-2]))
except Exception as e:
    print("'Hello World'[::-2]", type(e).__name__, e)
try:
    print("'Hello World'[5:]", repr('Hello World'[5:]))
except Exception as e:
    print("'Hello World'[5:]", type(e).__name__, e)
try:
    print("'Hello World'[-3:]", repr('Hello World'[-3:]))
except Exception as e:
    print("'Hello World'[-3:]", type(e).__name__, e)
try:
    print("'Hello World'* 2", repr('Hello World'* 2))
except Exception as e:
    print("'Hello World'* 2", type(e).__name__, e)
try:
    print("'Hello World'+ '!'", repr('Hello World'+ '!'))
except Exception as e:
    print("'Hello World'+ '!'", type(e).__name__, e)
try:
    print("'  spaced  out  '.upper()", repr('  spaced  out  '.upper()))
except Exception as e:
    print("'  spaced  out  '.upper()", type(e).__name__, e)
try:
    print("'  spaced  out  '.lower()", repr('  spaced  out  '.lower()))
except Exception as e:
    print("'  spaced  out  '.lower()", type(e).__name__, e)
try:
    print("'  spaced  out  '.strip()", repr('  spaced  out  '.strip()))
except Exception as e:
    print("'  spaced  out  '.strip()", type(e).__name__, e)
try:
    print("'  spaced  out  '.lstrip()", repr('  spaced  out  '.lstrip()))
except Exception as e:
    print("'  spaced  out  '.lstrip()", type(e).__name__, e)
try:
    print("'  spaced  out  '.rstrip()", repr('  spaced  out  '.rstrip()))
except Exception as e:
    print("'  spaced  out  '.rstrip()", type(e).__name__, e)
try:
    print("'  spaced  out  '.strip('a ')", repr('  spaced  out  '.strip('a ')))
except Exception as e:
    print("'  spaced  out  '.strip('a ')", type(e).__name__, e)
try:
    print("'  spaced  out  '.split()", repr('  spaced  out  '.split()))
except Exception as e:
    print("'  spaced  out  '.split()", type(e).__name__, e)
try:
    print("'  spaced  out  '.split(',')", repr('  spaced  out  '.split(',')))
except Exception as e:
    print("'  spaced  out  '.split(',')", type(e).__name__, e)
try:
    print("'  spaced  out  '.split(' ', 1)", repr('  spaced  out  '.split(' ', 1)))
except Exception as e:
    print("'  spaced  out  '.split(' ', 1)", type(e).__name__, e)
try:
    print("'  spaced  out  '.rsplit(' ', 1)", repr('  spaced  out  '.rsplit(' ', 1)))
except Exception as e:
    print("'  spaced  out  '.rsplit(' ', 1)", type(e).__name__, e)
try:
    print("'  spaced  out  '.split('a')", repr('  spaced  out  '.split('a')))
except Exception as e:
    print("'  spaced  out  '.split('a')", type(e).__name__, e)
try:
    print("'  spaced  out  '.title()", repr('  spaced  out  '.title()))
except Exception as e:
    print("'  spaced  out  '.title()", type(e).__name__, e)
try:
    print("'  spaced  out  '.capitalize()", repr('  spaced  out  '.capitalize()))
except Exception as e:
    print("'  spaced  out  '.capitalize()", type(e).__name__, e)
try:
    print("'  spaced  out  '.swapcase()", repr('  spaced  out  '.swapcase()))
except Exception as e:
    print("'  spaced  out  '.swapcase()", type(e).__name__, e)
try:
    print("'  spaced  out  '.isdigit()", repr('  spaced  out  '.isdigit()))
except Exception as e:
    print("'  spaced  out  '.isdigit()", type(e).__name__, e)
try:
    print("'  spaced  out  '.isalpha()", repr('  spaced  out  '.isalpha()))
except Exception as e:
    print("'  spaced  out  '.isalpha()", type(e).__name__, e)
try:
    print("'  spaced  out  '.isalnum()", repr('  spaced  out  '.isalnum()))
except Exception as e:
    print("'  spaced  out  '.isalnum()", type(e).__name__, e)
try:
    print("'  spaced  out  '.isspace()", repr('  spaced  out  '.isspace()))
except Exception as e:
    print("'  spaced  out  '.isspace()", type(e).__name__, e)
try:
    print("'  spaced  out  '.isupper()", repr('  spaced  out  '.isupper()))
except Exception as e:
    print("'  spaced  out  '.isupper()", type(e).__name__, e)
try:
    print("'  spaced  out  '.islower()", repr('  spaced  out  '.islower()))
except Exception as e:
    print("'  spaced  out  '.islower()", type(e).__name__, e)
try:
    print("'  spaced  out  '.center(15, '*')", repr('  spaced  out  '.center(15, '*')))
except Exception as e:
    print("'  spaced  out  '.center(15, '*')", type(e).__name__, e)
try:
    print("'  spaced  out  '.ljust(12, '.')", repr('  spaced  out  '.ljust(12, '.')))
except Exception as e:
    print("'  spaced  out  '.ljust(12, '.')", type(e).__name__, e)
try:
    print("'  spaced  out  '.rjust(12)", repr('  spaced  out  '.rjust(12)))
except Exception as e:
    print("'  spaced  out  '.rjust(12)", type(e).__name__, e)
try:
    print("'  spaced  out  '.zfill(6)", repr('  spaced  out  '.zfill(6)))
except Exception as e:
    print("'  spaced  out  '.zfill(6)", type(e).__name__, e)
try:
    print("'  spaced  out  '.find('l')", repr('  spaced  out  '.find('l')))
except Exception as e:
    print("'  spaced  out  '.find('l')", type(e).__name__, e)
try:
    print("'  spaced  out  '.rfind('l')", repr('  spaced  out  '.rfind('l')))
except Exception as e:
    print("'  spaced  out  '.rfind('l')", type(e).__name__, e)
try:
    print("'  spaced  out  '.count('a')", repr('  spaced  out  '.count('a')))
except Exception as e:
    print("'  spaced  out  '.count('a')", type(e).__name__, e)
try:
    print("'  spaced  out  '.count('')", repr('  spaced  out  '.count('')))
except Exception as e:
    print("'  spaced  out  '.count('')", type(e).__name__, e)
try:
    print("'  spaced  out  '.replace('a', 'XY')", repr('  spaced  out  '.replace('a', 'XY')))
except Exception as e:
    print("'  spaced  out  '.replace('a', 'XY')", type(e).__name__, e)
try:
    print("'  spaced  out  '.replace('l', '', 1)", repr('  spaced  out  '.replace('l', '', 1)))
except Exception as e:
    print("'  spaced  out  '.replace('l', '', 1)", type(e).__name__, e)
try:
    print("'  spaced  out  '.startswith('H')", repr('  spaced  out  '.startswith('H')))
except Exception as e:
    print("'  spaced  out  '.startswith('H')", type(e).__name__, e)
try:
    print("'  spaced  out  '.endswith(('d', 'e'))", repr('  spaced  out  '.endswith(('d', 'e'))))
except Exception as e:
    print("'  spaced  out  '.endswith(('d', 'e'))", type(e).__name__, e)
try:
    print("'  spaced  out  '.partition(' ')", repr('  spaced  out  '.partition(' ')))
except Exception as e:
    print("'  spaced  out  '.partition(' ')", type(e).__name__, e)
try:
    print("'  spaced  out  '.rpartition(' ')", repr('  spaced  out  '.rpartition(' ')))
except Exception as e:
    print("'  spaced  out  '.rpartition(' ')", type(e).__name__, e)
try:
    print("'  spaced  out  '.splitlines()", repr('  spaced  out  '.splitlines()))
except Exception as e:
    print("'  spaced  out  '.splitlines()", type(e).__name__, e)
try:
    print("'  spaced  out  '.index('a')", repr('  spaced  out  '.index('a')))
except Exception as e:
    print("'  spaced  out  '.index('a')", type(e).__name__, e)
try:
    print("'  spaced  out  '.join(['1', '2'])", repr('  spaced  out  '.join(['1', '2'])))
except Exception as e:
    print("'  spaced  out  '.join(['1', '2'])", type(e).__name__, e)
try:
    print("'  spaced  out  '.format()", repr('  spaced  out  '.format()))
except Exception as e:
    print("'  spaced  out  '.format()", type(e).__name__, e)
try:
    print("'  spaced  out  '[1:-1]", repr('  spaced  out  '[1:-1]))
except Exception as e:
    print("'  spaced  out  '[1:-1]", type(e).__name__, e)
try:
    print("'  spaced  out  '[::-2]", repr('  spaced  out  '[::-2]))
except Exception as e:
    print("'  spaced  out  '[::-2]", type(e).__name__, e)
try:
    print("'  spaced  out  '[5:]", repr('  spaced  out  '[5:]))
except Exception as e:
    print("'  spaced  out  '[5:]", type(e).__name__, e)
try:
    print("'  spaced  out  '[-3:]", repr('  spaced  out  '[-3:]))
except Exception as e:
    print("'  spaced  out  '[-3:]", type(e).__name__, e)
try:
    print("'  spaced  out  '* 2", repr('  spaced  out  '* 2))
except Exception as e:
    print("'  spaced  out  '* 2", type(e).__name__, e)
try:
    print("'  spaced  out  '+ '!'", repr('  spaced  out  '+ '!'))
except Exception as e:
    print("'  spaced  out  '+ '!'", type(e).__name__, e)
try:
    print("'a,b,,c'.upper()", repr('a,b,,c'.upper()))
except Exception as e:
    print("'a,b,,c'.upper()", type(e).__name__, e)
try:
    print("'a,b,,c'.lower()", repr('a,b,,c'.lower()))
except Exception as e:
    print("'a,b,,c'.lower()", type(e).__name__, e)
try:
    print("'a,b,,c'.strip()", repr('a,b,,c'.strip()))
except Exception as e:
    print("'a,b,,c'.strip()", type(e).__name__, e)
try:
    print("'a,b,,c'.lstrip()", repr('a,b,,c'.lstrip()))
except Exception as e:
    print("'a,b,,c'.lstrip()", type(e).__name__, e)
try:
    print("'a,b,,c'.rstrip()", repr('a,b,,c'.rstrip()))
except Exception as e:
    print("'a,b,,c'.rstrip()", type(e).__name__, e)
try:
    print("'a,b,,c'.strip('a ')", repr('a,b,,c'.strip('a ')))
except Exception as e:
    print("'a,b,,c'.strip('a ')", type(e).__name__, e)
try:
    print("'a,b,,c'.split()", repr('a,b,,c'.split()))
except Exception as e:
    print("'a,b,,c'.split()", type(e).__name__, e)
try:
    print("'a,b,,c'.split(',')", repr('a,b,,c'.split(',')))
except Exception as e:
    print("'a,b,,c'.split(',')", type(e).__name__, e)
try:
    print("'a,b,,c'.split(' ', 1)", repr('a,b,,c'.split(' ', 1)))
except Exception as e:
    print("'a,b,,c'.split(' ', 1)", type(e).__name__, e)
try:
    print("'a,b,,c'.rsplit(' ', 1)", repr('a,b,,c'.rsplit(' ', 1)))
except Exception as e:
    print("'a,b,,c'.rsplit(' ', 1)", type(e).__name__, e)
try:
    print("'a,b,,c'.split('a')", repr('a,b,,c'.split('a')))
except Exception as e:
    print("'a,b,,c'.split('a')", type(e).__name__, e)
try:
    print("'a,b,,c'.title()", repr('a,b,,c'.title()))
except Exception as e:
    print("'a,b,,c'.title()", type(e).__name__, e)
try:
    print("'a,b,,c'.capitalize()", repr('a,b,,c'.capitalize()))
except Exception as e:
    print("'a,b,,c'.capitalize()", type(e).__name__, e)
try:
    print("'a,b,,c'.swapcase()", repr('a,b,,c'.swapcase()))
except Exception as e:
    print("'a,b,,c'.swapcase()", type(e).__name__, e)
try:
    print("'a,b,,c'.isdigit()", repr('a,b,,c'.isdigit()))
except Exception as e:
    print("'a,b,,c'.isdigit()", type(e).__name__, e)
try:
    print("'a,b,,c'.isalpha()", repr('a,b,,c'.isalpha()))
except Exception as e:
    print("'a,b,,c'.isalpha()", type(e).__name__, e)
try:
    print("'a,b,,c'.isalnum()", repr('a,b,,c'.isalnum()))
except Exception as e:
    print("'a,b,,c'.isalnum()", type(e).__name__, e)
try:
    print("'a,b,,c'.isspace()", repr('a,b,,c'.isspace()))
except Exception as e:
    print("'a,b,,c'.isspace()", type(e).__name__, e)
try:
    print("'a,b,,c'.isupper()", repr('a,b,,c'.isupper()))
except Exception as e:
    print("'a,b,,c'.isupper()", type(e).__name__, e)
try:
    print("'a,b,,c'.islower()", repr('a,b,,c'.islower()))
except Exception as e:
    print("'a,b,,c'.islower()", type(e).__name__, e)
try:
    print("'a,b,,c'.center(15, '*')", repr('a,b,,c'.center(15, '*')))
except Exception as e:
    print("'a,b,,c'.center(15, '*')", type(e).__name__, e)
try:
    print("'a,b,,c'.ljust(12, '.')", repr('a,b,,c'.ljust(12, '.')))
except Exception as e:
    print("'a,b,,c'.ljust(12, '.')", type(e).__name__, e)
try:
    print("'a,b,,c'.rjust(12)", repr('a,b,,c'.rjust(12)))
except Exception as e:
    print("'a,b,,c'.rjust(12)", type(e).__name__, e)
try:
    print("'a,b,,c'.zfill(6)", repr('a,b,,c'.zfill(6)))
except Exception as e:
    print("'a,b,,c'.zfill(6)", type(e).__name__, e)
try:
    print("'a,b,,c'.find('l')", repr('a,b,,c'.find('l')))
except Exception as e:
    print("'a,b,,c'.find('l')", type(e).__name__, e)
try:
    print("'a,b,,c'.rfind('l')", repr('a,b,,c'.rfind('l')))
except Exception as e:
    print("'a,b,,c'.rfind('l')", type(e).__name__, e)
try:
    print("'a,b,,c'.count('a')", repr('a,b,,c'.count('a')))
except Exception as e:
    print("'a,b,,c'.count('a')", type(e).__name__, e)
try:
    print("'a,b,,c'.count('')", repr('a,b,,c'.count('')))
except Exception as e:
    print("'a,b,,c'.count('')", type(e).__name__, e)
try:
    print("'a,b,,c'.replace('a', 'XY')", repr('a,b,,c'.replace('a', 'XY')))
except Exception as e:
    print("'a,b,,c'.replace('a', 'XY')", type(e).__name__, e)
try:
    print("'a,b,,c'.replace('l', '', 1)", repr('a,b,,c'.replace('l', '', 1)))
except Exception as e:
    print("'a,b,,c'.replace('l', '', 1)", type(e).__name__, e)
try:
    print("'a,b,,c'.startswith('H')", repr('a,b,,c'.startswith('H')))
except Exception as e:
    print("'a,b,,c'.startswith('H')", type(e).__name__, e)
try:
    print("'a,b,,c'.endswith(('d', 'e'))", repr('a,b,,c'.endswith(('d', 'e'))))
except Exception as e:
    print("'a,b,,c'.endswith(('d', 'e'))", type(e).__name__, e)
try:
    print("'a,b,,c'.partition(' ')", repr('a,b,,c'.partition(' ')))
except Exception as e:
    print("'a,b,,c'.partition(' ')", type(e).__name__, e)
try:
    print("'a,b,,c'.rpartition(' ')", repr('a,b,,c'.rpartition(' ')))
except Exception as e:
    print("'a,b,,c'.rpartition(' ')", type(e).__name__, e)
try:
    print("'a,b,,c'.splitlines()", repr('a,b,,c'.splitlines()))
except Exception as e:
    print("'a,b,,c'.splitlines()", type(e).__name__, e)
try:
    print("'a,b,,c'.index('a')", repr('a,b,,c'.index('a')))
except Exception as e:
    print("'a,b,,c'.index('a')", type(e).__name__, e)
try:
    print("'a,b,,c'.join(['1', '2'])", repr('a,b,,c'.join(['1', '2'])))
except Exception as e:
    print("'a,b,,c'.join(['1', '2'])", type(e).__name__, e)
try:
    print("'a,b,,c'.format()", repr('a,b,,c'.format()))
except Exception as e:
    print("'a,b,,c'.format()", type(e).__name__, e)
try:
    print("'a,b,,c'[1:-1]", repr('a,b,,c'[1:-1]))
except Exception as e:
    print("'a,b,,c'[1:-1]", type(e).__name__, e)
try:
    print("'a,b,,c'[::-2]", repr('a,b,,c'[::-2]))
except Exception as e:
    print("'a,b,,c'[::-2]", type(e).__name__, e)
try:
    print("'a,b,,c'[5:]", repr('a,b,,c'[5:]))
except Exception as e:
    print("'a,b,,c'[5:]", type(e).__name__, e)
try:
    print("'a,b,,c'[-3:]", repr('a,b,,c'[-3:]))
except Exception as e:
    print("'a,b,,c'[-3:]", type(e).__name__, e)
try:
    print("'a,b,,c'* 2", repr('a,b,,c'* 2))
except Exception as e:
    print("'a,b,,c'* 2", type(e).__name__, e)
try:
    print("'a,b,,c'+ '!'", repr('a,b,,c'+ '!'))
except Exception as e:
    print("'a,b,,c'+ '!'", type(e).__name__, e)
try:
    print("'ÄbC déf'.upper()", repr('ÄbC déf'.upper()))
except Exception as e:
    print("'ÄbC déf'.upper()", type(e).__name__, e)
try:
    print("'ÄbC déf'.lower()", repr('ÄbC déf'.lower()))
except Exception as e:
    print("'ÄbC déf'.lower()", type(e).__name__, e)
try:
    print("'ÄbC déf'.strip()", repr('ÄbC déf'.strip()))
except Exception as e:
    print("'ÄbC déf'.strip()", type(e).__name__, e)
try:
    print("'ÄbC déf'.lstrip()", repr('ÄbC déf'.lstrip()))
except Exception as e:
    print("'ÄbC déf'.lstrip()", type(e).__name__, e)
try:
    print("'ÄbC déf'.rstrip()", repr('ÄbC déf'.rstrip()))
except Exception as e:
    print("'ÄbC déf'.rstrip()", type(e).__name__, e)
try:
    print("'ÄbC déf'.strip('a ')", repr('ÄbC déf'.strip('a ')))
except Exception as e:
    print("'ÄbC déf'.strip('a ')", type(e).__name__, e)
try:
    print("'ÄbC déf'.split()", repr('ÄbC déf'.split()))
except Exception as e:
    print("'ÄbC déf'.split()", type(e).__name__, e)
try:
    print("'ÄbC déf'.split(',')", repr('ÄbC déf'.split(',')))
except Exception as e:
    print("'ÄbC déf'.split(',')", type(e).__name__, e)
try:
    print("'ÄbC déf'.split(' ', 1)", repr('ÄbC déf'.split(' ', 1)))
except Exception as e:
    print("'ÄbC déf'.split(' ', 1)", type(e).__name__, e)
try:
    print("'ÄbC déf'.rsplit(' ', 1)", repr('ÄbC déf'.rsplit(' ', 1)))
except Exception as e:
    print("'ÄbC déf'.rsplit(' ', 1)", type(e).__name__, e)
try:
    print("'ÄbC déf'.split('a')", repr('ÄbC déf'.split('a')))
except Exception as e:
    print("'ÄbC déf'.split('a')", type(e).__name__, e)
try:
    print("'ÄbC déf'.title()", repr('ÄbC déf'.title()))
except Exception as e:
    print("'ÄbC déf'.title()", type(e).__name__, e)
try:
    print("'ÄbC déf'.capitalize()", repr('ÄbC déf'.capitalize()))
except Exception as e:
    print("'ÄbC déf'.capitalize()", type(e).__name__, e)
try:
    print("'ÄbC déf'.swapcase()", repr('ÄbC déf'.swapcase()))
except Exception as e:
    print("'ÄbC déf'.swapcase()", type(e).__name__, e)
try:
    print("'ÄbC déf'.isdigit()", repr('ÄbC déf'.isdigit()))
except Exception as e:
    print("'ÄbC déf'.isdigit()", type(e).__name__, e)
try:
    print("'ÄbC déf'.isalpha()", repr('ÄbC déf'.isalpha()))
except Exception as e:
    print("'ÄbC déf'.isalpha()", type(e).__name__, e)
try:
    print("'ÄbC déf'.isalnum()", repr('ÄbC déf'.isalnum()))
except Exception as e:
    print("'ÄbC déf'.isalnum()", type(e).__name__, e)
try:
    print("'ÄbC déf'.isspace()", repr('ÄbC déf'.isspace()))
except Exception as e:
    print("'ÄbC déf'.isspace()", type(e).__name__, e)
try:
    print("'ÄbC déf'.isupper()", repr('ÄbC déf'.isupper()))
except Exception as e:
    print("'ÄbC déf'.isupper()", type(e).__name__, e)
try:
    print("'ÄbC déf'.islower()", repr('ÄbC déf'.islower()))
except Exception as e:
    print("'ÄbC déf'.islower()", type(e).__name__, e)
try:
    print("'ÄbC déf'.center(15, '*')", repr('ÄbC déf'.center(15, '*')))
except Exception as e:
    print("'ÄbC déf'.center(15, '*')", type(e).__name__, e)
try:
    print("'ÄbC déf'.ljust(12, '.')", repr('ÄbC déf'.ljust(12, '.')))
except Exception as e:
    print("'ÄbC déf'.ljust(12, '.')", type(e).__name__, e)
try:
    print("'ÄbC déf'.rjust(12)", repr('ÄbC déf'.rjust(12)))
except Exception as e:
    print("'ÄbC déf'.rjust(12)", type(e).__name__, e)
try:
    print("'ÄbC déf'.zfill(6)", repr('ÄbC déf'.zfill(6)))
except Exception as e:
    print("'ÄbC déf'.zfill(6)", type(e).__name__, e)
try:
    print("'ÄbC déf'.find('l')", repr('ÄbC déf'.find('l')))
except Exception as e:
    print("'ÄbC déf'.find('l')", type(e).__name__, e)
try:
    print("'ÄbC déf'.rfind('l')", repr('ÄbC déf'.rfind('l')))
except Exception as e:
    print("'ÄbC déf'.rfind('l')", type(e).__name__, e)
try:
    print("'ÄbC déf'.count('a')", repr('ÄbC déf'.count('a')))
except Exception as e:
    print("'ÄbC déf'.count('a')", type(e).__name__, e)
try:
    print("'ÄbC déf'.count('')", repr('ÄbC déf'.count('')))
except Exception as e:
    print("'ÄbC déf'.count('')", type(e).__name__, e)
try:
    print("'ÄbC déf'.replace('a', 'XY')", repr('ÄbC déf'.replace('a', 'XY')))
except Exception as e:
    print("'ÄbC déf'.replace('a', 'XY')", type(e).__name__, e)
try:
    print("'ÄbC déf'.replace('l', '', 1)", repr('ÄbC déf'.replace('l', '', 1)))
except Exception as e:
    print("'ÄbC déf'.replace('l', '', 1)", type(e).__name__, e)
try:
    print("'ÄbC déf'.startswith('H')", repr('ÄbC déf'.startswith('H')))
except Exception as e:
    print("'ÄbC déf'.startswith('H')", type(e).__name__, e)
try:
    print("'ÄbC déf'.endswith(('d', 'e'))", repr('ÄbC déf'.endswith(('d', 'e'))))
except Exception as e:
    print("'ÄbC déf'.endswith(('d', 'e'))", type(e).__name__, e)
try:
    print("'ÄbC déf'.partition(' ')", repr('ÄbC déf'.partition(' ')))
except Exception as e:
    print("'ÄbC déf'.partition(' ')", type(e).__name__, e)
try:
    print("'ÄbC déf'.rpartition(' ')", repr('ÄbC déf'.rpartition(' ')))
except Exception as e:
    print("'ÄbC déf'.rpartition(' ')", type(e).__name__, e)
try:
    print("'ÄbC déf'.splitlines()", repr('ÄbC déf'.splitlines()))
except Exception as e:
    print("'ÄbC déf'.splitlines()", type(e).__name__, e)
try:
    print("'ÄbC déf'.index('a')", repr('ÄbC déf'.index('a')))
except Exception as e:
    print("'ÄbC déf'.index('a')", type(e).__name__, e)
try:
    print("'ÄbC déf'.join(['1', '2'])", repr('ÄbC déf'.join(['1', '2'])))
except Exception as e:
    print("'ÄbC déf'.join(['1', '2'])", type(e).__name__, e)
try:
    print("'ÄbC déf'.format()", repr('ÄbC déf'.format()))
except Exception as e:
    print("'ÄbC déf'.format()", type(e).__name__, e)
try:
    print("'ÄbC déf'[1:-1]", repr('ÄbC déf'[1:-1]))
except Exception as e:
    print("'ÄbC déf'[1:-1]", type(e).__name__, e)
try:
    print("'ÄbC déf'[::-2]", repr('ÄbC déf'[::-2]))
except Exception as e:
    print("'ÄbC déf'[::-2]", type(e).__name__, e)
try:
    print("'ÄbC déf'[5:]", repr('ÄbC déf'[5:]))
except Exception as e:
    print("'ÄbC déf'[5:]", type(e).__name__, e)
try:
    print("'ÄbC déf'[-3:]", repr('ÄbC déf'[-3:]))
except Exception as e:
    print("'ÄbC déf'[-3:]", type(e).__name__, e)
try:
    print("'ÄbC déf'* 2", repr('ÄbC déf'* 2))
except Exception as e:
    print("'ÄbC déf'* 2", type(e).__name__, e)
try:
    print("'ÄbC déf'+ '!'", repr('ÄbC déf'+ '!'))
except Exception as e:
    print("'ÄbC déf'+ '!'", type(e).__name__, e)
try:
    print("'123'.upper()", repr('123'.upper()))
except Exception as e:
    print("'123'.upper()", type(e).__name__, e)
try:
    print("'123'.lower()", repr('123'.lower()))
except Exception as e:
    print("'123'.lower()", type(e).__name__, e)
try:
    print("'123'.strip()", repr('123'.strip()))
except Exception as e:
    print("'123'.strip()", type(e).__name__, e)
try:
    print("'123'.lstrip()", repr('123'.lstrip()))
except Exception as e:
    print("'123'.lstrip()", type(e).__name__, e)
try:
    print("'123'.rstrip()", repr('123'.rstrip()))
except Exception as e:
    print("'123'.rstrip()", type(e).__name__, e)
try:
    print("'123'.strip('a ')", repr('123'.strip('a ')))
except Exception as e:
    print("'123'.strip('a ')", type(e).__name__, e)
try:
    print("'123'.split()", repr('123'.split()))
except Exception as e:
    print("'123'.split()", type(e).__name__, e)
try:
    print("'123'.split(',')", repr('123'.split(',')))
except Exception as e:
    print("'123'.split(',')", type(e).__name__, e)
try:
    print("'123'.split(' ', 1)", repr('123'.split(' ', 1)))
except Exception as e:
    print("'123'.split(' ', 1)", type(e).__name__, e)
try:
    print("'123'.rsplit(' ', 1)", repr('123'.rsplit(' ', 1)))
except Exception as e:
    print("'123'.rsplit(' ', 1)", type(e).__name__, e)
try:
    print("'123'.split('a')", repr('123'.split('a')))
except Exception as e:
    print("'123'.split('a')", type(e).__name__, e)
try:
    print("'123'.title()", repr('123'.title()))
except Exception as e:
    print("'123'.title()", type(e).__name__, e)
try:
    print("'123'.capitalize()", repr('123'.capitalize()))
except Exception as e:
    print("'123'.capitalize()", type(e).__name__, e)
try:
    print("'123'.swapcase()", repr('123'.swapcase()))
except Exception as e:
    print("'123'.swapcase()", type(e).__name__, e)
try:
    print("'123'.isdigit()", repr('123'.isdigit()))
except Exception as e:
    print("'123'.isdigit()", type(e).__name__, e)
try:
    print("'123'.isalpha()", repr('123'.isalpha()))
except Exception as e:
    print("'123'.isalpha()", type(e).__name__, e)
try:
    print("'123'.isalnum()", repr('123'.isalnum()))
except Exception as e:
    print("'123'.isalnum()", type(e).__name__, e)
try:
    print("'123'.isspace()", repr('123'.isspace()))
except Exception as e:
    print("'123'.isspace()", type(e).__name__, e)
try:
    print("'123'.isupper()", repr('123'.isupper()))
except Exception as e:
    print("'123'.isupper()", type(e).__name__, e)
try:
    print("'123'.islower()", repr('123'.islower()))
except Exception as e:
    print("'123'.islower()", type(e).__name__, e)
try:
    print("'123'.center(15, '*')", repr('123'.center(15, '*')))
except Exception as e:
    print("'123'.center(15, '*')", type(e).__name__, e)
try:
    print("'123'.ljust(12, '.')", repr('123'.ljust(12, '.')))
except Exception as e:
    print("'123'.ljust(12, '.')", type(e).__name__, e)
try:
    print("'123'.rjust(12)", repr('123'.rjust(12)))
except Exception as e:
    print("'123'.rjust(12)", type(e).__name__, e)
try:
    print("'123'.zfill(6)", repr('123'.zfill(6)))
except Exception as e:
    print("'123'.zfill(6)", type(e).__name__, e)
try:
    print("'123'.find('l')", repr('123'.find('l')))
except Exception as e:
    print("'123'.find('l')", type(e).__name__, e)
try:
    print("'123'.rfind('l')", repr('123'.rfind('l')))
except Exception as e:
    print("'123'.rfind('l')", type(e).__name__, e)
try:
    print("'123'.count('a')", repr('123'.count('a')))
except Exception as e:
    print("'123'.count('a')", type(e).__name__, e)
try:
    print("'123'.count('')", repr('123'.count('')))
except Exception as e:
    print("'123'.count('')", type(e).__name__, e)
try:
    print("'123'.replace('a', 'XY')", repr('123'.replace('a', 'XY')))
except Exception as e:
    print("'123'.replace('a', 'XY')", type(e).__name__, e)
try:
    print("'123'.replace('l', '', 1)", repr('123'.replace('l', '', 1)))
except Exception as e:
    print("'123'.replace('l', '', 1)", type(e).__name__, e)
try:
    print("'123'.startswith('H')", repr('123'.startswith('H')))
except Exception as e:
    print("'123'.startswith('H')", type(e).__name__, e)
try:
    print("'123'.endswith(('d', 'e'))", repr('123'.endswith(('d', 'e'))))
except Exception as e:
    print("'123'.endswith(('d', 'e'))", type(e).__name__, e)
try:
    print("'123'.partition(' ')", repr('123'.partition(' ')))
except Exception as e:
    print("'123'.partition(' ')", type(e).__name__, e)
try:
    print("'123'.rpartition(' ')", repr('123'.rpartition(' ')))
except Exception as e:
    print("'123'.rpartition(' ')", type(e).__name__, e)
try:
    print("'123'.splitlines()", repr('123'.splitlines()))
except Exception as e:
    print("'123'.splitlines()", type(e).__name__, e)
try:
    print("'123'.index('a')", repr('123'.index('a')))
except Exception as e:
    print("'123'.index('a')", type(e).__name__, e)
try:
    print("'123'.join(['1', '2'])", repr('123'.join(['1', '2'])))
except Exception as e:
    print("'123'.join(['1', '2'])", type(e).__name__, e)
try:
    print("'123'.format()", repr('123'.format()))
except Exception as e:
    print("'123'.format()", type(e).__name__, e)
try:
    print("'123'[1:-1]", repr('123'[1:-1]))
except Exception as e:
    print("'123'[1:-1]", type(e).__name__, e)
try:
    print("'123'[::-2]", repr('123'[::-2]))
except Exception as e:
    print("'123'[::-2]", type(e).__name__, e)
try:
    print("'123'[5:]", repr('123'[5:]))
except Exception as e:
    print("'123'[5:]", type(e).__name__, e)
try:
    print("'123'[-3:]", repr('123'[-3:]))
except Exception as e:
    print("'123'[-3:]", type(e).__name__, e)
try:
    print("'123'* 2", repr('123'* 2))
except Exception as e:
    print("'123'* 2", type(e).__name__, e)
try:
    print("'123'+ '!'", repr('123'+ '!'))
except Exception as e:
    print("'123'+ '!'", type(e).__name__, e)
try:
    print("'x1y2'.upper()", repr('x1y2'.upper()))
except Exception as e:
    print("'x1y2'.upper()", type(e).__name__, e)
try:
    print("'x1y2'.lower()", repr('x1y2'.lower()))
except Exception as e:
    print("'x1y2'.lower()", type(e).__name__, e)
try:
    print("'x1y2'.strip()", repr('x1y2'.strip()))
except Exception as e:
    print("'x1y2'.strip()", type(e).__name__, e)
try:
    print("'x1y2'.lstrip()", repr('x1y2'.lstrip()))
except Exception as e:
    print("'x1y2'.lstrip()", type(e).__name__, e)
try:
    print("'x1y2'.rstrip()", repr('x1y2'.rstrip()))
except Exception as e:
    print("'x1y2'.rstrip()", type(e).__name__, e)
try:
    print("'x1y2'.strip('a ')", repr('x1y2'.strip('a ')))
except Exception as e:
    print("'x1y2'.strip('a ')", type(e).__name__, e)
try:
    print("'x1y2'.split()", repr('x1y2'.split()))
except Exception as e:
    print("'x1y2'.split()", type(e).__name__, e)
try:
    print("'x1y2'.split(',')", repr('x1y2'.split(',')))
except Exception as e:
    print("'x1y2'.split(',')", type(e).__name__, e)
try:
    print("'x1y2'.split(' ', 1)", repr('x1y2'.split(' ', 1)))
except Exception as e:
    print("'x1y2'.split(' ', 1)", type(e).__name__, e)
try:
    print("'x1y2'.rsplit(' ', 1)", repr('x1y2'.rsplit(' ', 1)))
except Exception as e:
    print("'x1y2'.rsplit(' ', 1)", type(e).__name__, e)
try:
    print("'x1y2'.split('a')", repr('x1y2'.split('a')))
except Exception as e:
    print("'x1y2'.split('a')", type(e).__name__, e)
try:
    print("'x1y2'.title()", repr('x1y2'.title()))
except Exception as e:
    print("'x1y2'.title()", type(e).__name__, e)
try:
    print("'x1y2'.capitalize()", repr('x1y2'.capitalize()))
except Exception as e:
    print("'x1y2'.capitalize()", type(e).__name__, e)
try:
    print("'x1y2'.swapcase()", repr('x1y2'.swapcase()))
except Exception as e:
    print("'x1y2'.swapcase()", type(e).__name__, e)
try:
    print("'x1y2'.isdigit()", repr('x1y2'.isdigit()))
except Exception as e:
    print("'x1y2'.isdigit()", type(e).__name__, e)
try:
    print("'x1y2'.isalpha()", repr('x1y2'.isalpha()))
except Exception as e:
    print("'x1y2'.isalpha()", type(e).__name__, e)
try:
    print("'x1y2'.isalnum()", repr('x1y2'.isalnum()))
except Exception as e:
    print("'x1y2'.isalnum()", type(e).__name__, e)
try:
    print("'x1y2'.isspace()", repr('x1y2'.isspace()))
except Exception as e:
    print("'x1y2'.isspace()", type(e).__name__, e)
try:
    print("'x1y2'.isupper()", repr('x1y2'.isupper()))
except Exception as e:
    print("'x1y2'.isupper()", type(e).__name__, e)
try:
    print("'x1y2'.islower()", repr('x1y2'.islower()))
except Exception as e:
    print("'x1y2'.islower()", type(e).__name__, e)
try:
    print("'x1y2'.center(15, '*')", repr('x1y2'.center(15, '*')))
except Exception as e:
    print("'x1y2'.center(15, '*')", type(e).__name__, e)
try:
    print("'x1y2'.ljust(12, '.')", repr('x1y2'.ljust(12, '.')))
except Exception as e:
    print("'x1y2'.ljust(12, '.')", type(e).__name__, e)
try:
    print("'x1y2'.rjust(12)", repr('x1y2'.rjust(12)))
except Exception as e:
    print("'x1y2'.rjust(12)", type(e).__name__, e)
try:
    print("'x1y2'.zfill(6)", repr('x1y2'.zfill(6)))
except Exception as e:
    print("'x1y2'.zfill(6)", type(e).__name__, e)
try:
    print("'x1y2'.find('l')", repr('x1y2'.find('l')))
except Exception as e:
    print("'x1y2'.find('l')", type(e).__name__, e)
try:
    print("'x1y2'.rfind('l')", repr('x1y2'.rfind('l')))
except Exception as e:
    print("'x1y2'.rfind('l')", type(e).__name__, e)
try:
    print("'x1y2'.count('a')", repr('x1y2'.count('a')))
except Exception as e:
    print("'x1y2'.count('a')", type(e).__name__, e)
try:
    print("'x1y2'.count('')", repr('x1y2'.count('')))
except Exception as e:
    print("'x1y2'.count('')", type(e).__name__, e)
try:
    print("'x1y2'.replace('a', 'XY')", repr('x1y2'.replace('a', 'XY')))
except Exception as e:
    print("'x1y2'.replace('a', 'XY')", type(e).__name__, e)
try:
    print("'x1y2'.replace('l', '', 1)", repr('x1y2'.replace('l', '', 1)))
except Exception as e:
    print("'x1y2'.replace('l', '', 1)", type(e).__name__, e)
try:
    print("'x1y2'.startswith('H')", repr('x1y2'.startswith('H')))
except Exception as e:
    print("'x1y2'.startswith('H')", type(e).__name__, e)
try:
    print("'x1y2'.endswith(('d', 'e'))", repr('x1y2'.endswith(('d', 'e'))))
except Exception as e:
    print("'x1y2'.endswith(('d', 'e'))", type(e).__name__, e)
try:
    print("'x1y2'.partition(' ')", repr('x1y2'.partition(' ')))
except Exception as e:
    print("'x1y2'.partition(' ')", type(e).__name__, e)
try:
    print("'x1y2'.rpartition(' ')", repr('x1y2'.rpartition(' ')))
except Exception as e:
    print("'x1y2'.rpartition(' ')", type(e).__name__, e)
try:
    print("'x1y2'.splitlines()", repr('x1y2'.splitlines()))
except Exception as e:
    print("'x1y2'.splitlines()", type(e).__name__, e)
try:
    print("'x1y2'.index('a')", repr('x1y2'.index('a')))
except Exception as e:
    print("'x1y2'.index('a')", type(e).__name__, e)
try:
    print("'x1y2'.join(['1', '2'])", repr('x1y2'.join(['1', '2'])))
except Exception as e:
    print("'x1y2'.join(['1', '2'])", type(e).__name__, e)
try:
    print("'x1y2'.format()", repr('x1y2'.format()))
except Exception as e:
    print("'x1y2'.format()", type(e).__name__, e)
try:
    print("'x1y2'[1:-1]", repr('x1y2'[1:-1]))
except Exception as e:
    print("'x1y2'[1:-1]", type(e).__name__, e)
try:
    print("'x1y2'[::-2]", repr('x1y2'[::-2]))
except Exception as e:
    print("'x1y2'[::-2]", type(e).__name__, e)
try:
    print("'x1y2'[5:]", repr('x1y2'[5:]))
except Exception as e:
    print("'x1y2'[5:]", type(e).__name__, e)
try:
    print("'x1y2'[-3:]", repr('x1y2'[-3:]))
except Exception as e:
    print("'x1y2'[-3:]", type(e).__name__, e)
try:
    print("'x1y2'* 2", repr('x1y2'* 2))
except Exception as e:
    print("'x1y2'* 2", type(e).__name__, e)
try:
    print("'x1y2'+ '!'", repr('x1y2'+ '!'))
except Exception as e:
    print("'x1y2'+ '!'", type(e).__name__, e)
try:
    print("'line1\\nline2\\n'.upper()", repr('line1\nline2\n'.upper()))
except Exception as e:
    print("'line1\\nline2\\n'.upper()", type(e).__name__, e)
try:
    print("'line1\\nline2\\n'.lower()", repr('line1\nline2\n'.lower()))
except Exception as e:
    print("'line1\\nline2\\n'.lower()", type(e).__name__, e)
try:
    print("'line1\\nline2\\n'.strip()", repr('line1\nline2\n'.strip()))
except Exception as e:
    print("'line1\\nline2\\n'.strip()", type(e).__name__, e)
try:
    print("'line1\\nline2\\n'.lstrip()", repr('line1\nline2\n'.lstrip()))
except Exception as e:
    print("'line1\\nline2\\n'.lstrip()", type(e).__name__, e)
try:
    print("'line1\\nline2\\n'.rstrip()", repr('line1\nline2\n'.rstrip()))
except Exception as e:
    print("'line1\\nline2\\n'.rstrip()", type(e).__name__, e)
try:
    print("'line1\\nline2\\n'.strip('a ')", repr('line1\nline2\n'.strip('a ')))
except Exception as e:
    print("'line1\\nline2\\n'.strip('a ')", type(e).__name__, e)
try:
    print("'line1\\nline2\\n'.split()", repr('line1\nline2\n'.split()))
except Exception as e:
    print("'line1\\nline2\\n'.split()", type(e).__name__, e)
try:
    print("'line1\\nline2\\n'.split(',')", repr('line1\nline2\n'.split(',')))
except Exception as e:
    print("'line1\\nline2\\n'.split(',')", type(e).__name__, e)
try:
    print("'line1\\nline2\\n'.split(' ', 1)", repr('line1\nline2\n'.split(' ', 1)))
except Exception as e:
    print("'line1\\nline2\\n'.split(' ', 1)", type(e).__name__, e)
try:
    print("'line1\\nline2\\n'.rsplit(' ', 1)", repr('line1\nline2\n'.rsplit(' ', 1)))
except Exception as e:
    print("'line1\\nline2\\n'.rsplit(' ', 1)", type(e).__name__, e)
try:
    print("'line1\\nline2\\n'.split('a')", repr('line1\nline2\n'.split('a')))
except Exception as e:
    print("'line1\\nline2\\n'.split('a')", type(e).__name__, e)
try:
    print("'line1\\nline2\\n'.title()", repr('line1\nline2\n'.title()))
except Exception as e:
    print("'line1\\nline2\\n'.title()", type(e).__name__, e)
try:
    print("'line1\\nline2\\n'.capitalize()", repr('line1\nline2\n'.capitalize()))
except Exception as e:
    print("'line1\\nline2\\n'.capitalize()", type(e).__name__, e)
try:
    print("'line1\\nline2\\n'.swapcase()", repr('line1\nline2\n'.swapcase()))
except Exception as e:
    print("'line1\\nline2\\n'.swapcase()", type(e).__name__, e)
try:
    print("'line1\\nline2\\n'.isdigit()", repr('line1\nline2\n'.isdigit()))
except Exception as e:
    print("'line1\\nline2\\n'.isdigit()", type(e).__name__, e)
try:
    print("'line1\\nline2\\n'.isalpha()", repr('line1\nline2\n'.isalpha()))
except Exception as e:
    print("'line1\\nline2\\n'.isalpha()", type(e).__name__, e)
try:
    print("'line1\\nline2\\n'.isalnum()", repr('line1\nline2\n'.isalnum()))
except Exception as e:
    print("'line1\\nline2\\n'.isalnum()", type(e).__name__, e)
try:
    print("'line1\\nline2\\n'.isspace()", repr('line1\nline2\n'.isspace()))
except Exception as e:
    print("'line1\\nline2\\n'.isspace()", type(e).__name__, e)
try:
    print("'line1\\nline2\\n'.isupper()", repr('line1\nline2\n'.isupper()))
except Exception as e:
    print("'line1\\nline2\\n'.isupper()", type(e).__name__, e)
try:
    print("'line1\\nline2\\n'.islower()", repr('line1\nline2\n'.islower()))
except Exception as e:
    print("'line1\\nline2\\n'.islower()", type(e).__name__, e)
try:
    print("'line1\\nline2\\n'.center(15, '*')", repr('line1\nline2\n'.center(15, '*')))
except Exception as e:
    print("'line1\\nline2\\n'.center(15, '*')", type(e).__name__, e)
try:
    print("'line1\\nline2\\n'.ljust(12, '.')", repr('line1\nline2\n'.ljust(12, '.')))
except Exception as e:
    print("'line1\\nline2\\n'.ljust(12, '.')", type(e).__name__, e)
try:
    print("'line1\\nline2\\n'.rjust(12)", repr('line1\nline2\n'.rjust(12)))
except Exception as e:
    print("'line1\\nline2\\n'.rjust(12)", type(e).__name__, e)
try:
    print("'line1\\nline2\\n'.zfill(6)", repr('line1\nline2\n'.zfill(6)))
except Exception as e:
    print("'line1\\nline2\\n'.zfill(6)", type(e).__name__, e)
try:
    print("'line1\\nline2\\n'.find('l')", repr('line1\nline2\n'.find('l')))
except Exception as e:
    print("'line1\\nline2\\n'.find('l')", type(e).__name__, e)
try:
    print("'line1\\nline2\\n'.rfind('l')", repr('line1\nline2\n'.rfind('l')))
except Exception as e:
    print("'line1\\nline2\\n'.rfind('l')", type(e).__name__, e)
try:
    print("'line1\\nline2\\n'.count('a')", repr('line1\nline2\n'.count('a')))
except Exception as e:
    print("'line1\\nline2\\n'.count('a')", type(e).__name__, e)
try:
    print("'line1\\nline2\\n'.count('')", repr('line1\nline2\n'.count('')))
except Exception as e:
    print("'line1\\nline2\\n'.count('')", type(e).__name__, e)
try:
    print("'line1\\nline2\\n'.replace('a', 'XY')", repr('line1\nline2\n'.replace('a', 'XY')))
except Exception as e:
    print("'line1\\nline2\\n'.replace('a', 'XY')", type(e).__name__, e)
try:
    print("'line1\\nline2\\n'.replace('l', '', 1)", repr('line1\nline2\n'.replace('l', '', 1)))
except Exception as e:
    print("'line1\\nline2\\n'.replace('l', '', 1)", type(e).__name__, e)
try:
    print("'line1\\nline2\\n'.startswith('H')", repr('line1\nline2\n'.startswith('H')))
except Exception as e:
    print("'line1\\nline2\\n'.startswith('H')", type(e).__name__, e)
try:
    print("'line1\\nline2\\n'.endswith(('d', 'e'))", repr('line1\nline2\n'.endswith(('d', 'e'))))
except Exception as e:
    print("'line1\\nline2\\n'.endswith(('d', 'e'))", type(e).__name__, e)
try:
    print("'line1\\nline2\\n'.partition(' ')", repr('line1\nline2\n'.partition(' ')))
except Exception as e:
    print("'line1\\nline2\\n'.partition(' ')", type(e).__name__, e)
try:
    print("'line1\\nline2\\n'.rpartition(' ')", repr('line1\nline2\n'.rpartition(' ')))
except Exception as e:
    print("'line1\\nline2\\n'.rpartition(' ')", type(e).__name__, e)
try:
    print("'line1\\nline2\\n'.splitlines()", repr('line1\nline2\n'.splitlines()))
except Exception as e:
    print("'line1\\nline2\\n'.splitlines()", type(e).__name__, e)
try:
    print("'line1\\nline2\\n'.index('a')", repr('line1\nline2\n'.index('a')))
except Exception as e:
    print("'line1\\nline2\\n'.index('a')", type(e).__name__, e)
try:
    print("'line1\\nline2\\n'.join(['1', '2'])", repr('line1\nline2\n'.join(['1', '2'])))
except Exception as e:
    print("'line1\\nline2\\n'.join(['1', '2'])", type(e).__name__, e)
try:
    print("'line1\\nline2\\n'.format()", repr('line1\nline2\n'.format()))
except Exception as e:
    print("'line1\\nline2\\n'.format()", type(e).__name__, e)
try:
    print("'line1\\nline2\\n'[1:-1]", repr('line1\nline2\n'[1:-1]))
except Exception as e:
    print("'line1\\nline2\\n'[1:-1]", type(e).__name__, e)
try:
    print("'line1\\nline2\\n'[::-2]", repr('line1\nline2\n'[::-2]))
except Exception as e:
    print("'line1\\nline2\\n'[::-2]", type(e).__name__, e)
try:
    print("'line1\\nline2\\n'[5:]", repr('line1\nline2\n'[5:]))
except Exception as e:
    print("'line1\\nline2\\n'[5:]", type(e).__name__, e)
try:
    print("'line1\\nline2\\n'[-3:]", repr('line1\nline2\n'[-3:]))
except Exception as e:
    print("'line1\\nline2\\n'[-3:]", type(e).__name__, e)
try:
    print("'line1\\nline2\\n'* 2", repr('line1\nline2\n'* 2))
except Exception as e:
    print("'line1\\nline2\\n'* 2", type(e).__name__, e)
try:
    print("'line1\\nline2\\n'+ '!'", repr('line1\nline2\n'+ '!'))
except Exception as e:
    print("'line1\\nline2\\n'+ '!'", type(e).__name__, e)
try:
    print("'aaa'.upper()", repr('aaa'.upper()))
except Exception as e:
    print("'aaa'.upper()", type(e).__name__, e)
try:
    print("'aaa'.lower()", repr('aaa'.lower()))
except Exception as e:
    print("'aaa'.lower()", type(e).__name__, e)
try:
    print("'aaa'.strip()", repr('aaa'.strip()))
except Exception as e:
    print("'aaa'.strip()", type(e).__name__, e)
try:
    print("'aaa'.lstrip()", repr('aaa'.lstrip()))
except Exception as e:
    print("'aaa'.lstrip()", type(e).__name__, e)
try:
    print("'aaa'.rstrip()", repr('aaa'.rstrip()))
except Exception as e:
    print("'aaa'.rstrip()", type(e).__name__, e)
try:
    print("'aaa'.strip('a ')", repr('aaa'.strip('a ')))
except Exception as e:
    print("'aaa'.strip('a ')", type(e).__name__, e)
try:
    print("'aaa'.split()", repr('aaa'.split()))
except Exception as e:
    print("'aaa'.split()", type(e).__name__, e)
try:
    print("'aaa'.split(',')", repr('aaa'.split(',')))
except Exception as e:
    print("'aaa'.split(',')", type(e).__name__, e)
try:
    print("'aaa'.split(' ', 1)", repr('aaa'.split(' ', 1)))
except Exception as e:
    print("'aaa'.split(' ', 1)", type(e).__name__, e)
try:
    print("'aaa'.rsplit(' ', 1)", repr('aaa'.rsplit(' ', 1)))
except Exception as e:
    print("'aaa'.rsplit(' ', 1)", type(e).__name__, e)
try:
    print("'aaa'.split('a')", repr('aaa'.split('a')))
except Exception as e:
    print("'aaa'.split('a')", type(e).__name__, e)
try:
    print("'aaa'.title()", repr('aaa'.title()))
except Exception as e:
    print("'aaa'.title()", type(e).__name__, e)
try:
    print("'aaa'.capitalize()", repr('aaa'.capitalize()))
except Exception as e:
    print("'aaa'.capitalize()", type(e).__name__, e)
try:
    print("'aaa'.swapcase()", repr('aaa'.swapcase()))
except Exception as e:
    print("'aaa'.swapcase()", type(e).__name__, e)
try:
    print("'aaa'.isdigit()", repr('aaa'.isdigit()))
except Exception as e:
    print("'aaa'.isdigit()", type(e).__name__, e)
try:
    print("'aaa'.isalpha()", repr('aaa'.isalpha()))
except Exception as e:
    print("'aaa'.isalpha()", type(e).__name__, e)
try:
    print("'aaa'.isalnum()", repr('aaa'.isalnum()))
except Exception as e:
    print("'aaa'.isalnum()", type(e).__name__, e)
try:
    print("'aaa'.isspace()", repr('aaa'.isspace()))
except Exception as e:
    print("'aaa'.isspace()", type(e).__name__, e)
try:
    print("'aaa'.isupper()", repr('aaa'.isupper()))
except Exception as e:
    print("'aaa'.isupper()", type(e).__name__, e)
try:
    print("'aaa'.islower()", repr('aaa'.islower()))
except Exception as e:
    print("'aaa'.islower()", type(e).__name__, e)
try:
    print("'aaa'.center(15, '*')", repr('aaa'.center(15, '*')))
except Exception as e:
    print("'aaa'.center(15, '*')", type(e).__name__, e)
try:
    print("'aaa'.ljust(12, '.')", repr('aaa'.ljust(12, '.')))
except Exception as e:
    print("'aaa'.ljust(12, '.')", type(e).__name__, e)
try:
    print("'aaa'.rjust(12)", repr('aaa'.rjust(12)))
except Exception as e:
    print("'aaa'.rjust(12)", type(e).__name__, e)
try:
    print("'aaa'.zfill(6)", repr('aaa'.zfill(6)))
except Exception as e:
    print("'aaa'.zfill(6)", type(e).__name__, e)
try:
    print("'aaa'.find('l')", repr('aaa'.find('l')))
except Exception as e:
    print("'aaa'.find('l')", type(e).__name__, e)
try:
    print("'aaa'.rfind('l')", repr('aaa'.rfind('l')))
except Exception as e:
    print("'aaa'.rfind('l')", type(e).__name__, e)
try:
    print("'aaa'.count('a')", repr('aaa'.count('a')))
except Exception as e:
    print("'aaa'.count('a')", type(e).__name__, e)
try:
    print("'aaa'.count('')", repr('aaa'.count('')))
except Exception as e:
    print("'aaa'.count('')", type(e).__name__, e)
try:
    print("'aaa'.replace('a', 'XY')", repr('aaa'.replace('a', 'XY')))
except Exception as e:
    print("'aaa'.replace('a', 'XY')", type(e).__name__, e)
try:
    print("'aaa'.replace('l', '', 1)", repr('aaa'.replace('l', '', 1)))
except Exception as e:
    print("'aaa'.replace('l', '', 1)", type(e).__name__, e)
try:
    print("'aaa'.startswith('H')", repr('aaa'.startswith('H')))
except Exception as e:
    print("'aaa'.startswith('H')", type(e).__name__, e)
try:
    print("'aaa'.endswith(('d', 'e'))", repr('aaa'.endswith(('d', 'e'))))
except Exception as e:
    print("'aaa'.endswith(('d', 'e'))", type(e).__name__, e)
try:
    print("'aaa'.partition(' ')", repr('aaa'.partition(' ')))
except Exception as e:
    print("'aaa'.partition(' ')", type(e).__name__, e)
try:
    print("'aaa'.rpartition(' ')", repr('aaa'.rpartition(' ')))
except Exception as e:
    print("'aaa'.rpartition(' ')", type(e).__name__, e)
try:
    print("'aaa'.splitlines()", repr('aaa'.splitlines()))
except Exception as e:
    print("'aaa'.splitlines()", type(e).__name__, e)
try:
    print("'aaa'.index('a')", repr('aaa'.index('a')))
except Exception as e:
    print("'aaa'.index('a')", type(e).__name__, e)
try:
    print("'aaa'.join(['1', '2'])", repr('aaa'.join(['1', '2'])))
except Exception as e:
    print("'aaa'.join(['1', '2'])", type(e).__name__, e)
try:
    print("'aaa'.format()", repr('aaa'.format()))
except Exception as e:
    print("'aaa'.format()", type(e).__name__, e)
try:
    print("'aaa'[1:-1]", repr('aaa'[1:-1]))
except Exception as e:
    print("'aaa'[1:-1]", type(e).__name__, e)
try:
    print("'aaa'[::-2]", repr('aaa'[::-2]))
except Exception as e:
    print("'aaa'[::-2]", type(e).__name__, e)
try:
    print("'aaa'[5:]", repr('aaa'[5:]))
except Exception as e:
    print("'aaa'[5:]", type(e).__name__, e)
try:
    print("'aaa'[-3:]", repr('aaa'[-3:]))
except Exception as e:
    print("'aaa'[-3:]", type(e).__name__, e)
try:
    print("'aaa'* 2", repr('aaa'* 2))
except Exception as e:
    print("'aaa'* 2", type(e).__name__, e)
try:
    print("'aaa'+ '!'", repr('aaa'+ '!'))
except Exception as e:
    print("'aaa'+ '!'", type(e).__name__, e)
try:
    print("'-42'.upper()", repr('-42'.upper()))
except Exception as e:
    print("'-42'.upper()", type(e).__name__, e)
try:
    print("'-42'.lower()", repr('-42'.lower()))
except Exception as e:
    print("'-42'.lower()", type(e).__name__, e)
try:
    print("'-42'.strip()", repr('-42'.strip()))
except Exception as e:
    print("'-42'.strip()", type(e).__name__, e)
try:
    print("'-42'.lstrip()", repr('-42'.lstrip()))
except Exception as e:
    print("'-42'.lstrip()", type(e).__name__, e)
try:
    print("'-42'.rstrip()", repr('-42'.rstrip()))
except Exception as e:
    print("'-42'.rstrip()", type(e).__name__, e)
try:
    print("'-42'.strip('a ')", repr('-42'.strip('a ')))
except Exception as e:
    print("'-42'.strip('a ')", type(e).__name__, e)
try:
    print("'-42'.split()", repr('-42'.split()))
except Exception as e:
    print("'-42'.split()", type(e).__name__, e)
try:
    print("'-42'.split(',')", repr('-42'.split(',')))
except Exception as e:
    print("'-42'.split(',')", type(e).__name__, e)
try:
    print("'-42'.split(' ', 1)", repr('-42'.split(' ', 1)))
except Exception as e:
    print("'-42'.split(' ', 1)", type(e).__name__, e)
try:
    print("'-42'.rsplit(' ', 1)", repr('-42'.rsplit(' ', 1)))
except Exception as e:
    print("'-42'.rsplit(' ', 1)", type(e).__name__, e)
try:
    print("'-42'.split('a')", repr('-42'.split('a')))
except Exception as e:
    print("'-42'.split('a')", type(e).__name__, e)
try:
    print("'-42'.title()", repr('-42'.title()))
except Exception as e:
    print("'-42'.title()", type(e).__name__, e)
try:
    print("'-42'.capitalize()", repr('-42'.capitalize()))
except Exception as e:
    print("'-42'.capitalize()", type(e).__name__, e)
try:
    print("'-42'.swapcase()", repr('-42'.swapcase()))
except Exception as e:
    print("'-42'.swapcase()", type(e).__name__, e)
try:
    print("'-42'.isdigit()", repr('-42'.isdigit()))
except Exception as e:
    print("'-42'.isdigit()", type(e).__name__, e)
try:
    print("'-42'.isalpha()", repr('-42'.isalpha()))
except Exception as e:
    print("'-42'.isalpha()", type(e).__name__, e)
try:
    print("'-42'.isalnum()", repr('-42'.isalnum()))
except Exception as e:
    print("'-42'.isalnum()", type(e).__name__, e)
try:
    print("'-42'.isspace()", repr('-42'.isspace()))
except Exception as e:
    print("'-42'.isspace()", type(e).__name__, e)
try:
    print("'-42'.isupper()", repr('-42'.isupper()))
except Exception as e:
    print("'-42'.isupper()", type(e).__name__, e)
try:
    print("'-42'.islower()", repr('-42'.islower()))
except Exception as e:
    print("'-42'.islower()", type(e).__name__, e)
try:
    print("'-42'.center(15, '*')", repr('-42'.center(15, '*')))
except Exception as e:
    print("'-42'.center(15, '*')", type(e).__name__, e)
try:
    print("'-42'.ljust(12, '.')", repr('-42'.ljust(12, '.')))
except Exception as e:
    print("'-42'.ljust(12, '.')", type(e).__name__, e)
try:
    print("'-42'.rjust(12)", repr('-42'.rjust(12)))
except Exception as e:
    print("'-42'.rjust(12)", type(e).__name__, e)
try:
    print("'-42'.zfill(6)", repr('-42'.zfill(6)))
except Exception as e:
    print("'-42'.zfill(6)", type(e).__name__, e)
try:
    print("'-42'.find('l')", repr('-42'.find('l')))
except Exception as e:
    print("'-42'.find('l')", type(e).__name__, e)
try:
    print("'-42'.rfind('l')", repr('-42'.rfind('l')))
except Exception as e:
    print("'-42'.rfind('l')", type(e).__name__, e)
try:
    print("'-42'.count('a')", repr('-42'.count('a')))
except Exception as e:
    print("'-42'.count('a')", type(e).__name__, e)
try:
    print("'-42'.count('')", repr('-42'.count('')))
except Exception as e:
    print("'-42'.count('')", type(e).__name__, e)
try:
    print("'-42'.replace('a', 'XY')", repr('-42'.replace('a', 'XY')))
except Exception as e:
    print("'-42'.replace('a', 'XY')", type(e).__name__, e)
try:
    print("'-42'.replace('l', '', 1)", repr('-42'.replace('l', '', 1)))
except Exception as e:
    print("'-42'.replace('l', '', 1)", type(e).__name__, e)
try:
    print("'-42'.startswith('H')", repr('-42'.startswith('H')))
except Exception as e:
    print("'-42'.startswith('H')", type(e).__name__, e)
try:
    print("'-42'.endswith(('d', 'e'))", repr('-42'.endswith(('d', 'e'))))
except Exception as e:
    print("'-42'.endswith(('d', 'e'))", type(e).__name__, e)
try:
    print("'-42'.partition(' ')", repr('-42'.partition(' ')))
except Exception as e:
    print("'-42'.partition(' ')", type(e).__name__, e)
try:
    print("'-42'.rpartition(' ')", repr('-42'.rpartition(' ')))
except Exception as e:
    print("'-42'.rpartition(' ')", type(e).__name__, e)
try:
    print("'-42'.splitlines()", repr('-42'.splitlines()))
except Exception as e:
    print("'-42'.splitlines()", type(e).__name__, e)
try:
    print("'-42'.index('a')", repr('-42'.index('a')))
except Exception as e:
    print("'-42'.index('a')", type(e).__name__, e)
try:
    print("'-42'.join(['1', '2'])", repr('-42'.join(['1', '2'])))
except Exception as e:
    print("'-42'.join(['1', '2'])", type(e).__name__, e)
try:
    print("'-42'.format()", repr('-42'.format()))
except Exception as e:
    print("'-42'.format()", type(e).__name__, e)
try:
    print("'-42'[1:-1]", repr('-42'[1:-1]))
except Exception as e:
    print("'-42'[1:-1]", type(e).__name__, e)
try:
    print("'-42'[::-2]", repr('-42'[::-2]))
except Exception as e:
    print("'-42'[::-2]", type(e).__name__, e)
try:
    print("'-42'[5:]", repr('-42'[5:]))
except Exception as e:
    print("'-42'[5:]", type(e).__name__, e)
try:
    print("'-42'[-3:]", repr('-42'[-3:]))
except Exception as e:
    print("'-42'[-3:]", type(e).__name__, e)
try:
    print("'-42'* 2", repr('-42'* 2))
except Exception as e:
    print("'-42'* 2", type(e).__name__, e)
try:
    print("'-42'+ '!'", repr('-42'+ '!'))
except Exception as e:
    print("'-42'+ '!'", type(e).__name__, e)
try:
    print("'Title Case Here'.upper()", repr('Title Case Here'.upper()))
except Exception as e:
    print("'Title Case Here'.upper()", type(e).__name__, e)
try:
    print("'Title Case Here'.lower()", repr('Title Case Here'.lower()))
except Exception as e:
    print("'Title Case Here'.lower()", type(e).__name__, e)
try:
    print("'Title Case Here'.strip()", repr('Title Case Here'.strip()))
except Exception as e:
    print("'Title Case Here'.strip()", type(e).__name__, e)
try:
    print("'Title Case Here'.lstrip()", repr('Title Case Here'.lstrip()))
except Exception as e:
    print("'Title Case Here'.lstrip()", type(e).__name__, e)
try:
    print("'Title Case Here'.rstrip()", repr('Title Case Here'.rstrip()))
except Exception as e:
    print("'Title Case Here'.rstrip()", type(e).__name__, e)
try:
    print("'Title Case Here'.strip('a ')", repr('Title Case Here'.strip('a ')))
except Exception as e:
    print("'Title Case Here'.strip('a ')", type(e).__name__, e)
try:
    print("'Title Case Here'.split()", repr('Title Case Here'.split()))
except Exception as e:
    print("'Title Case Here'.split()", type(e).__name__, e)
try:
    print("'Title Case Here'.split(',')", repr('Title Case Here'.split(',')))
except Exception as e:
    print("'Title Case Here'.split(',')", type(e).__name__, e)
try:
    print("'Title Case Here'.split(' ', 1)", repr('Title Case Here'.split(' ', 1)))
except Exception as e:
    print("'Title Case Here'.split(' ', 1)", type(e).__name__, e)
try:
    print("'Title Case Here'.rsplit(' ', 1)", repr('Title Case Here'.rsplit(' ', 1)))
except Exception as e:
    print("'Title Case Here'.rsplit(' ', 1)", type(e).__name__, e)
try:
    print("'Title Case Here'.split('a')", repr('Title Case Here'.split('a')))
except Exception as e:
    print("'Title Case Here'.split('a')", type(e).__name__, e)
try:
    print("'Title Case Here'.title()", repr('Title Case Here'.title()))
except Exception as e:
    print("'Title Case Here'.title()", type(e).__name__, e)
try:
    print("'Title Case Here'.capitalize()", repr('Title Case Here'.capitalize()))
except Exception as e:
    print("'Title Case Here'.capitalize()", type(e).__name__, e)
try:
    print("'Title Case Here'.swapcase()", repr('Title Case Here'.swapcase()))
except Exception as e:
    print("'Title Case Here'.swapcase()", type(e).__name__, e)
try:
    print("'Title Case Here'.isdigit()", repr('Title Case Here'.isdigit()))
except Exception as e:
    print("'Title Case Here'.isdigit()", type(e).__name__, e)
try:
    print("'Title Case Here'.isalpha()", repr('Title Case Here'.isalpha()))
except Exception as e:
    print("'Title Case Here'.isalpha()", type(e).__name__, e)
try:
    print("'Title Case Here'.isalnum()", repr('Title Case Here'.isalnum()))
except Exception as e:
    print("'Title Case Here'.isalnum()", type(e).__name__, e)
try:
    print("'Title Case Here'.isspace()", repr('Title Case Here'.isspace()))
except Exception as e:
    print("'Title Case Here'.isspace()", type(e).__name__, e)
try:
    print("'Title Case Here'.isupper()", repr('Title Case Here'.isupper()))
except Exception as e:
    print("'Title Case Here'.isupper()", type(e).__name__, e)
try:
    print("'Title Case Here'.islower()", repr('Title Case Here'.islower()))
except Exception as e:
    print("'Title Case Here'.islower()", type(e).__name__, e)
try:
    print("'Title Case Here'.center(15, '*')", repr('Title Case Here'.center(15, '*')))
except Exception as e:
    print("'Title Case Here'.center(15, '*')", type(e).__name__, e)
try:
    print("'Title Case Here'.ljust(12, '.')", repr('Title Case Here'.ljust(12, '.')))
except Exception as e:
    print("'Title Case Here'.ljust(12, '.')", type(e).__name__, e)
try:
    print("'Title Case Here'.rjust(12)", repr('Title Case Here'.rjust(12)))
except Exception as e:
    print("'Title Case Here'.rjust(12)", type(e).__name__, e)
try:
    print("'Title Case Here'.zfill(6)", repr('Title Case Here'.zfill(6)))
except Exception as e:
    print("'Title Case Here'.zfill(6)", type(e).__name__, e)
try:
    print("'Title Case Here'.find('l')", repr('Title Case Here'.find('l')))
except Exception as e:
    print("'Title Case Here'.find('l')", type(e).__name__, e)
try:
    print("'Title Case Here'.rfind('l')", repr('Title Case Here'.rfind('l')))
except Exception as e:
    print("'Title Case Here'.rfind('l')", type(e).__name__, e)
try:
    print("'Title Case Here'.count('a')", repr('Title Case Here'.count('a')))
except Exception as e:
    print("'Title Case Here'.count('a')", type(e).__name__, e)
try:
    print("'Title Case Here'.count('')", repr('Title Case Here'.count('')))
except Exception as e:
    print("'Title Case Here'.count('')", type(e).__name__, e)
try:
    print("'Title Case Here'.replace('a', 'XY')", repr('Title Case Here'.replace('a', 'XY')))
except Exception as e:
    print("'Title Case Here'.replace('a', 'XY')", type(e).__name__, e)
try:
    print("'Title Case Here'.replace('l', '', 1)", repr('Title Case Here'.replace('l', '', 1)))
except Exception as e:
    print("'Title Case Here'.replace('l', '', 1)", type(e).__name__, e)
try:
    print("'Title Case Here'.startswith('H')", repr('Title Case Here'.startswith('H')))
except Exception as e:
    print("'Title Case Here'.startswith('H')", type(e).__name__, e)
try:
    print("'Title Case Here'.endswith(('d', 'e'))", repr('Title Case Here'.endswith(('d', 'e'))))
except Exception as e:
    print("'Title Case Here'.endswith(('d', 'e'))", type(e).__name__, e)
try:
    print("'Title Case Here'.partition(' ')", repr('Title Case Here'.partition(' ')))
except Exception as e:
    print("'Title Case Here'.partition(' ')", type(e).__name__, e)
try:
    print("'Title Case Here'.rpartition(' ')", repr('Title Case Here'.rpartition(' ')))
except Exception as e:
    print("'Title Case Here'.rpartition(' ')", type(e).__name__, e)
try:
    print("'Title Case Here'.splitlines()", repr('Title Case Here'.splitlines()))
except Exception as e:
    print("'Title Case Here'.splitlines()", type(e).__name__, e)
try:
    print("'Title Case Here'.index('a')", repr('Title Case Here'.index('a')))
except Exception as e:
    print("'Title Case Here'.index('a')", type(e).__name__, e)
try:
    print("'Title Case Here'.join(['1', '2'])", repr('Title Case Here'.join(['1', '2'])))
except Exception as e:
    print("'Title Case Here'.join(['1', '2'])", type(e).__name__, e)
try:
    print("'Title Case Here'.format()", repr('Title Case Here'.format()))
except Exception as e:
    print("'Title Case Here'.format()", type(e).__name__, e)
try:
    print("'Title Case Here'[1:-1]", repr('Title Case Here'[1:-1]))
except Exception as e:
    print("'Title Case Here'[1:-1]", type(e).__name__, e)
try:
    print("'Title Case Here'[::-2]", repr('Title Case Here'[::-2]))
except Exception as e:
    print("'Title Case Here'[::-2]", type(e).__name__, e)
try:
    print("'Title Case Here'[5:]", repr('Title Case Here'[5:]))
except Exception as e:
    print("'Title Case Here'[5:]", type(e).__name__, e)
try:
    print("'Title Case Here'[-3:]", repr('Title Case Here'[-3:]))
except Exception as e:
    print("'Title Case Here'[-3:]", type(e).__name__, e)
try:
    print("'Title Case Here'* 2", repr('Title Case Here'* 2))
except Exception as e:
    print("'Title Case Here'* 2", type(e).__name__, e)
try:
    print("'Title Case Here'+ '!'", repr('Title Case Here'+ '!'))
except Exception as e:
    print("'Title Case Here'+ '!'", type(e).__name__, e)
