def def_f(a): pass
def def_g(x): pass
def del_x():
    y = 1
    del y
    return y
def assert_false():
    assert 1 == 2
class_dummy = 0
try:
    r = 1 % 0
    print('1 % 0', 'OK')
except Exception as e:
    print('1 % 0', '=>', type(e).__name__, e)
try:
    r = 1 // 0
    print('1 // 0', 'OK')
except Exception as e:
    print('1 // 0', '=>', type(e).__name__, e)
try:
    r = 1.0 / 0
    print('1.0 / 0', 'OK')
except Exception as e:
    print('1.0 / 0', '=>', type(e).__name__, e)
try:
    r = 1.0 // 0
    print('1.0 // 0', 'OK')
except Exception as e:
    print('1.0 // 0', '=>', type(e).__name__, e)
try:
    r = 1.0 % 0
    print('1.0 % 0', 'OK')
except Exception as e:
    print('1.0 % 0', '=>', type(e).__name__, e)
try:
    r = [1][2]
    print('[1][2]', 'OK')
except Exception as e:
    print('[1][2]', '=>', type(e).__name__, e)
try:
    r = 'a' + 1
    print("'a' + 1", 'OK')
except Exception as e:
    print("'a' + 1", '=>', type(e).__name__, e)
try:
    r = [] + ()
    print('[] + ()', 'OK')
except Exception as e:
    print('[] + ()', '=>', type(e).__name__, e)
try:
    r = len(5)
    print('len(5)', 'OK')
except Exception as e:
    print('len(5)', '=>', type(e).__name__, e)
try:
    r = int('x')
    print("int('x')", 'OK')
except Exception as e:
    print("int('x')", '=>', type(e).__name__, e)
try:
    r = float('y')
    print("float('y')", 'OK')
except Exception as e:
    print("float('y')", '=>', type(e).__name__, e)
try:
    r = None + 1
    print('None + 1', 'OK')
except Exception as e:
    print('None + 1', '=>', type(e).__name__, e)
try:
    r = 1 < 'a'
    print("1 < 'a'", 'OK')
except Exception as e:
    print("1 < 'a'", '=>', type(e).__name__, e)
try:
    r = [1, 2] < [1, 'a']
    print("[1, 2] < [1, 'a']", 'OK')
except Exception as e:
    print("[1, 2] < [1, 'a']", '=>', type(e).__name__, e)
try:
    r = {}[[]]
    print('{}[[]]', 'OK')
except Exception as e:
    print('{}[[]]', '=>', type(e).__name__, e)
try:
    r = x.y
    print('x.y', 'OK')
except Exception as e:
    print('x.y', '=>', type(e).__name__, e)
try:
    r = (1).foo
    print('(1).foo', 'OK')
except Exception as e:
    print('(1).foo', '=>', type(e).__name__, e)
try:
    r = 'abc'.foo
    print("'abc'.foo", 'OK')
except Exception as e:
    print("'abc'.foo", '=>', type(e).__name__, e)
try:
    r = f()
    print('f()', 'OK')
except Exception as e:
    print('f()', '=>', type(e).__name__, e)
try:
    r = def_f(1, 2)
    print('def_f(1, 2)', 'OK')
except Exception as e:
    print('def_f(1, 2)', '=>', type(e).__name__, e)
try:
    r = def_g()
    print('def_g()', 'OK')
except Exception as e:
    print('def_g()', '=>', type(e).__name__, e)
try:
    r = def_g(1, z=2)
    print('def_g(1, z=2)', 'OK')
except Exception as e:
    print('def_g(1, z=2)', '=>', type(e).__name__, e)
try:
    r = undefined
    print('undefined', 'OK')
except Exception as e:
    print('undefined', '=>', type(e).__name__, e)
try:
    r = [].pop()
    print('[].pop()', 'OK')
except Exception as e:
    print('[].pop()', '=>', type(e).__name__, e)
try:
    r = {}.pop('k')
    print("{}.pop('k')", 'OK')
except Exception as e:
    print("{}.pop('k')", '=>', type(e).__name__, e)
try:
    r = 'a' * 'b'
    print("'a' * 'b'", 'OK')
except Exception as e:
    print("'a' * 'b'", '=>', type(e).__name__, e)
try:
    r = -'a'
    print("-'a'", 'OK')
except Exception as e:
    print("-'a'", '=>', type(e).__name__, e)
try:
    r = int(None)
    print('int(None)', 'OK')
except Exception as e:
    print('int(None)', '=>', type(e).__name__, e)
try:
    r = sum(['a'])
    print("sum(['a'])", 'OK')
except Exception as e:
    print("sum(['a'])", '=>', type(e).__name__, e)
try:
    r = max([])
    print('max([])', 'OK')
except Exception as e:
    print('max([])', '=>', type(e).__name__, e)
try:
    r = next(iter([]))
    print('next(iter([]))', 'OK')
except Exception as e:
    print('next(iter([]))', '=>', type(e).__name__, e)
try:
    r = abs('x')
    print("abs('x')", 'OK')
except Exception as e:
    print("abs('x')", '=>', type(e).__name__, e)
try:
    r = (1, 2)[5]
    print('(1, 2)[5]', 'OK')
except Exception as e:
    print('(1, 2)[5]', '=>', type(e).__name__, e)
try:
    r = 'ab'[9]
    print("'ab'[9]", 'OK')
except Exception as e:
    print("'ab'[9]", '=>', type(e).__name__, e)
try:
    r = range(5)[10]
    print('range(5)[10]', 'OK')
except Exception as e:
    print('range(5)[10]', '=>', type(e).__name__, e)
try:
    r = [1, 2].index(7)
    print('[1, 2].index(7)', 'OK')
except Exception as e:
    print('[1, 2].index(7)', '=>', type(e).__name__, e)
try:
    r = ord('ab')
    print("ord('ab')", 'OK')
except Exception as e:
    print("ord('ab')", '=>', type(e).__name__, e)
try:
    r = chr(-1)
    print('chr(-1)', 'OK')
except Exception as e:
    print('chr(-1)', '=>', type(e).__name__, e)
try:
    r = '%d' % 'x'
    print("'%d' % 'x'", 'OK')
except Exception as e:
    print("'%d' % 'x'", '=>', type(e).__name__, e)
try:
    r = '{}'.format()
    print("'{}'.format()", 'OK')
except Exception as e:
    print("'{}'.format()", '=>', type(e).__name__, e)
try:
    r = 1 in 5
    print('1 in 5', 'OK')
except Exception as e:
    print('1 in 5', '=>', type(e).__name__, e)
try:
    a, b = [1, 2, 3]
    print('a, b = [1, 2, 3]', 'OK')
except Exception as e:
    print('a, b = [1, 2, 3]', '=>', type(e).__name__, e)
try:
    a, b, c = [1, 2]
    print('a, b, c = [1, 2]', 'OK')
except Exception as e:
    print('a, b, c = [1, 2]', '=>', type(e).__name__, e)
try:
    r = round('x')
    print("round('x')", 'OK')
except Exception as e:
    print("round('x')", '=>', type(e).__name__, e)
try:
    r = sorted([1, 'a'])
    print("sorted([1, 'a'])", 'OK')
except Exception as e:
    print("sorted([1, 'a'])", '=>', type(e).__name__, e)
try:
    r = {'a': 1}['b']
    print("{'a': 1}['b']", 'OK')
except Exception as e:
    print("{'a': 1}['b']", '=>', type(e).__name__, e)
try:
    r = [].remove(1)
    print('[].remove(1)', 'OK')
except Exception as e:
    print('[].remove(1)', '=>', type(e).__name__, e)
try:
    r = set()[0]
    print('set()[0]', 'OK')
except Exception as e:
    print('set()[0]', '=>', type(e).__name__, e)
try:
    r = 1/0
    print('1/0', 'OK')
except Exception as e:
    print('1/0', '=>', type(e).__name__, e)
try:
    r = tuple(5)
    print('tuple(5)', 'OK')
except Exception as e:
    print('tuple(5)', '=>', type(e).__name__, e)
try:
    r = list(5)
    print('list(5)', 'OK')
except Exception as e:
    print('list(5)', '=>', type(e).__name__, e)
try:
    r = iter(5)
    print('iter(5)', 'OK')
except Exception as e:
    print('iter(5)', '=>', type(e).__name__, e)
try:
    r = dict([1])
    print('dict([1])', 'OK')
except Exception as e:
    print('dict([1])', '=>', type(e).__name__, e)
try:
    r = 'x'.join([1])
    print("'x'.join([1])", 'OK')
except Exception as e:
    print("'x'.join([1])", '=>', type(e).__name__, e)
try:
    r = del_x()
    print('del_x()', 'OK')
except Exception as e:
    print('del_x()', '=>', type(e).__name__, e)
try:
    five = 5
    r = five()
    print('5()', 'OK')
except Exception as e:
    print('5()', '=>', type(e).__name__, e)
try:
    r = assert_false()
    print('assert_false()', 'OK')
except Exception as e:
    print('assert_false()', '=>', type(e).__name__, e)
