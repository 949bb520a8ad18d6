try:
    print(0, '', repr(format(0, '')))
except (ValueError, TypeError, OverflowError) as e:
    print(0, '', type(e).__name__, e)
try:
    print(0, '5', repr(format(0, '5')))
except (ValueError, TypeError, OverflowError) as e:
    print(0, '5', type(e).__name__, e)
try:
    print(0, '<5', repr(format(0, '<5')))
except (ValueError, TypeError, OverflowError) as e:
    print(0, '<5', type(e).__name__, e)
try:
    print(0, '>8', repr(format(0, '>8')))
except (ValueError, TypeError, OverflowError) as e:
    print(0, '>8', type(e).__name__, e)
try:
    print(0, '^9', repr(format(0, '^9')))
except (ValueError, TypeError, OverflowError) as e:
    print(0, '^9', type(e).__name__, e)
try:
    print(0, '*^9', repr(format(0, '*^9')))
except (ValueError, TypeError, OverflowError) as e:
    print(0, '*^9', type(e).__name__, e)
try:
    print(0, '+', repr(format(0, '+')))
except (ValueError, TypeError, OverflowError) as e:
    print(0, '+', type(e).__name__, e)
try:
    print(0, ' ', repr(format(0, ' ')))
except (ValueError, TypeError, OverflowError) as e:
    print(0, ' ', type(e).__name__, e)
try:
    print(0, '05', repr(format(0, '05')))
except (ValueError, TypeError, OverflowError) as e:
    print(0, '05', type(e).__name__, e)
try:
    print(0, ',', repr(format(0, ',')))
except (ValueError, TypeError, OverflowError) as e:
    print(0, ',', type(e).__name__, e)
try:
    print(0, '_', repr(format(0, '_')))
except (ValueError, TypeError, OverflowError) as e:
    print(0, '_', type(e).__name__, e)
try:
    print(0, '.0f', repr(format(0, '.0f')))
except (ValueError, TypeError, OverflowError) as e:
    print(0, '.0f', type(e).__name__, e)
try:
    print(0, '.2f', repr(format(0, '.2f')))
except (ValueError, TypeError, OverflowError) as e:
    print(0, '.2f', type(e).__name__, e)
try:
    print(0, '.3e', repr(format(0, '.3e')))
except (ValueError, TypeError, OverflowError) as e:
    print(0, '.3e', type(e).__name__, e)
try:
    print(0, '.2g', repr(format(0, '.2g')))
except (ValueError, TypeError, OverflowError) as e:
    print(0, '.2g', type(e).__name__, e)
try:
    print(0, 'g', repr(format(0, 'g')))
except (ValueError, TypeError, OverflowError) as e:
    print(0, 'g', type(e).__name__, e)
try:
    print(0, '.10g', repr(format(0, '.10g')))
except (ValueError, TypeError, OverflowError) as e:
    print(0, '.10g', type(e).__name__, e)
try:
    print(0, 'e', repr(format(0, 'e')))
except (ValueError, TypeError, OverflowError) as e:
    print(0, 'e', type(e).__name__, e)
try:
    print(0, '%', repr(format(0, '%')))
except (ValueError, TypeError, OverflowError) as e:
    print(0, '%', type(e).__name__, e)
try:
    print(0, '.1%', repr(format(0, '.1%')))
except (ValueError, TypeError, OverflowError) as e:
    print(0, '.1%', type(e).__name__, e)
try:
    print(0, 'x', repr(format(0, 'x')))
except (ValueError, TypeError, OverflowError) as e:
    print(0, 'x', type(e).__name__, e)
try:
    print(0, '#x', repr(format(0, '#x')))
except (ValueError, TypeError, OverflowError) as e:
    print(0, '#x', type(e).__name__, e)
try:
    print(0, 'o', repr(format(0, 'o')))
except (ValueError, TypeError, OverflowError) as e:
    print(0, 'o', type(e).__name__, e)
try:
    print(0, 'b', repr(format(0, 'b')))
except (ValueError, TypeError, OverflowError) as e:
    print(0, 'b', type(e).__name__, e)
try:
    print(0, '#b', repr(format(0, '#b')))
except (ValueError, TypeError, OverflowError) as e:
    print(0, '#b', type(e).__name__, e)
try:
    print(0, '08.3f', repr(format(0, '08.3f')))
except (ValueError, TypeError, OverflowError) as e:
    print(0, '08.3f', type(e).__name__, e)
try:
    print(0, '+.2f', repr(format(0, '+.2f')))
except (ValueError, TypeError, OverflowError) as e:
    print(0, '+.2f', type(e).__name__, e)
try:
    print(0, '>+10.2f', repr(format(0, '>+10.2f')))
except (ValueError, TypeError, OverflowError) as e:
    print(0, '>+10.2f', type(e).__name__, e)
try:
    print(0, '=+10.2f', repr(format(0, '=+10.2f')))
except (ValueError, TypeError, OverflowError) as e:
    print(0, '=+10.2f', type(e).__name__, e)
try:
    print(0, '010,.2f', repr(format(0, '010,.2f')))
except (ValueError, TypeError, OverflowError) as e:
    print(0, '010,.2f', type(e).__name__, e)
try:
    print(0, ',d', repr(format(0, ',d')))
except (ValueError, TypeError, OverflowError) as e:
    print(0, ',d', type(e).__name__, e)
try:
    print(0, 'n', repr(format(0, 'n')))
except (ValueError, TypeError, OverflowError) as e:
    print(0, 'n', type(e).__name__, e)
try:
    print(0, '.3', repr(format(0, '.3')))
except (ValueError, TypeError, OverflowError) as e:
    print(0, '.3', type(e).__name__, e)
try:
    print(0, '10.4', repr(format(0, '10.4')))
except (ValueError, TypeError, OverflowError) as e:
    print(0, '10.4', type(e).__name__, e)
try:
    print(0, 's', repr(format(0, 's')))
except (ValueError, TypeError, OverflowError) as e:
    print(0, 's', type(e).__name__, e)
try:
    print(0, 'c', repr(format(0, 'c')))
except (ValueError, TypeError, OverflowError) as e:
    print(0, 'c', type(e).__name__, e)
try:
    print(0, 'X', repr(format(0, 'X')))
except (ValueError, TypeError, OverflowError) as e:
    print(0, 'X', type(e).__name__, e)
try:
    print(0, '#o', repr(format(0, '#o')))
except (ValueError, TypeError, OverflowError) as e:
    print(0, '#o', type(e).__name__, e)
try:
    print(0, 'E', repr(format(0, 'E')))
except (ValueError, TypeError, OverflowError) as e:
    print(0, 'E', type(e).__name__, e)
try:
    print(0, 'G', repr(format(0, 'G')))
except (ValueError, TypeError, OverflowError) as e:
    print(0, 'G', type(e).__name__, e)
try:
    print(0, '.0e', repr(format(0, '.0e')))
except (ValueError, TypeError, OverflowError) as e:
    print(0, '.0e', type(e).__name__, e)
try:
    print(0, '#.0f', repr(format(0, '#.0f')))
except (ValueError, TypeError, OverflowError) as e:
    print(0, '#.0f', type(e).__name__, e)
try:
    print(0, '#g', repr(format(0, '#g')))
except (ValueError, TypeError, OverflowError) as e:
    print(0, '#g', type(e).__name__, e)
try:
    print(1, '', repr(format(1, '')))
except (ValueError, TypeError, OverflowError) as e:
    print(1, '', type(e).__name__, e)
try:
    print(1, '5', repr(format(1, '5')))
except (ValueError, TypeError, OverflowError) as e:
    print(1, '5', type(e).__name__, e)
try:
    print(1, '<5', repr(format(1, '<5')))
except (ValueError, TypeError, OverflowError) as e:
    print(1, '<5', type(e).__name__, e)
try:
    print(1, '>8', repr(format(1, '>8')))
except (ValueError, TypeError, OverflowError) as e:
    print(1, '>8', type(e).__name__, e)
try:
    print(1, '^9', repr(format(1, '^9')))
except (ValueError, TypeError, OverflowError) as e:
    print(1, '^9', type(e).__name__, e)
try:
    print(1, '*^9', repr(format(1, '*^9')))
except (ValueError, TypeError, OverflowError) as e:
    print(1, '*^9', type(e).__name__, e)
try:
    print(1, '+', repr(format(1, '+')))
except (ValueError, TypeError, OverflowError) as e:
    print(1, '+', type(e).__name__, e)
try:
    print(1, ' ', repr(format(1, ' ')))
except (ValueError, TypeError, OverflowError) as e:
    print(1, ' ', type(e).__name__, e)
try:
    print(1, '05', repr(format(1, '05')))
except (ValueError, TypeError, OverflowError) as e:
    print(1, '05', type(e).__name__, e)
try:
    print(1, ',', repr(format(1, ',')))
except (ValueError, TypeError, OverflowError) as e:
    print(1, ',', type(e).__name__, e)
try:
    print(1, '_', repr(format(1, '_')))
except (ValueError, TypeError, OverflowError) as e:
    print(1, '_', type(e).__name__, e)
try:
    print(1, '.0f', repr(format(1, '.0f')))
except (ValueError, TypeError, OverflowError) as e:
    print(1, '.0f', type(e).__name__, e)
try:
    print(1, '.2f', repr(format(1, '.2f')))
except (ValueError, TypeError, OverflowError) as e:
    print(1, '.2f', type(e).__name__, e)
try:
    print(1, '.3e', repr(format(1, '.3e')))
except (ValueError, TypeError, OverflowError) as e:
    print(1, '.3e', type(e).__name__, e)
try:
    print(1, '.2g', repr(format(1, '.2g')))
except (ValueError, TypeError, OverflowError) as e:
    print(1, '.2g', type(e).__name__, e)
try:
    print(1, 'g', repr(format(1, 'g')))
except (ValueError, TypeError, OverflowError) as e:
    print(1, 'g', type(e).__name__, e)
try:
    print(1, '.10g', repr(format(1, '.10g')))
except (ValueError, TypeError, OverflowError) as e:
    print(1, '.10g', type(e).__name__, e)
try:
    print(1, 'e', repr(format(1, 'e')))
except (ValueError, TypeError, OverflowError) as e:
    print(1, 'e', type(e).__name__, e)
try:
    print(1, '%', repr(format(1, '%')))
except (ValueError, TypeError, OverflowError) as e:
    print(1, '%', type(e).__name__, e)
try:
    print(1, '.1%', repr(format(1, '.1%')))
except (ValueError, TypeError, OverflowError) as e:
    print(1, '.1%', type(e).__name__, e)
try:
    print(1, 'x', repr(format(1, 'x')))
except (ValueError, TypeError, OverflowError) as e:
    print(1, 'x', type(e).__name__, e)
try:
    print(1, '#x', repr(format(1, '#x')))
except (ValueError, TypeError, OverflowError) as e:
    print(1, '#x', type(e).__name__, e)
try:
    print(1, 'o', repr(format(1, 'o')))
except (ValueError, TypeError, OverflowError) as e:
    print(1, 'o', type(e).__name__, e)
try:
    print(1, 'b', repr(format(1, 'b')))
except (ValueError, TypeError, OverflowError) as e:
    print(1, 'b', type(e).__name__, e)
try:
    print(1, '#b', repr(format(1, '#b')))
except (ValueError, TypeError, OverflowError) as e:
    print(1, '#b', type(e).__name__, e)
try:
    print(1, '08.3f', repr(format(1, '08.3f')))
except (ValueError, TypeError, OverflowError) as e:
    print(1, '08.3f', type(e).__name__, e)
try:
    print(1, '+.2f', repr(format(1, '+.2f')))
except (ValueError, TypeError, OverflowError) as e:
    print(1, '+.2f', type(e).__name__, e)
try:
    print(1, '>+10.2f', repr(format(1, '>+10.2f')))
except (ValueError, TypeError, OverflowError) as e:
    print(1, '>+10.2f', type(e).__name__, e)
try:
    print(1, '=+10.2f', repr(format(1, '=+10.2f')))
except (ValueError, TypeError, OverflowError) as e:
    print(1, '=+10.2f', type(e).__name__, e)
try:
    print(1, '010,.2f', repr(format(1, '010,.2f')))
except (ValueError, TypeError, OverflowError) as e:
    print(1, '010,.2f', type(e).__name__, e)
try:
    print(1, ',d', repr(format(1, ',d')))
except (ValueError, TypeError, OverflowError) as e:
    print(1, ',d', type(e).__name__, e)
try:
    print(1, 'n', repr(format(1, 'n')))
except (ValueError, TypeError, OverflowError) as e:
    print(1, 'n', type(e).__name__, e)
try:
    print(1, '.3', repr(format(1, '.3')))
except (ValueError, TypeError, OverflowError) as e:
    print(1, '.3', type(e).__name__, e)
try:
    print(1, '10.4', repr(format(1, '10.4')))
except (ValueError, TypeError, OverflowError) as e:
    print(1, '10.4', type(e).__name__, e)
try:
    print(1, 's', repr(format(1, 's')))
except (ValueError, TypeError, OverflowError) as e:
    print(1, 's', type(e).__name__, e)
try:
    print(1, 'c', repr(format(1, 'c')))
except (ValueError, TypeError, OverflowError) as e:
    print(1, 'c', type(e).__name__, e)
try:
    print(1, 'X', repr(format(1, 'X')))
except (ValueError, TypeError, OverflowError) as e:
    print(1, 'X', type(e).__name__, e)
try:
    print(1, '#o', repr(format(1, '#o')))
except (ValueError, TypeError, OverflowError) as e:
    print(1, '#o', type(e).__name__, e)
try:
    print(1, 'E', repr(format(1, 'E')))
except (ValueError, TypeError, OverflowError) as e:
    print(1, 'E', type(e).__name__, e)
try:
    print(1, 'G', repr(format(1, 'G')))
except (ValueError, TypeError, OverflowError) as e:
    print(1, 'G', type(e).__name__, e)
try:
    print(1, '.0e', repr(format(1, '.0e')))
except (ValueError, TypeError, OverflowError) as e:
    print(1, '.0e', type(e).__name__, e)
try:
    print(1, '#.0f', repr(format(1, '#.0f')))
except (ValueError, TypeError, OverflowError) as e:
    print(1, '#.0f', type(e).__name__, e)
try:
    print(1, '#g', repr(format(1, '#g')))
except (ValueError, TypeError, OverflowError) as e:
    print(1, '#g', type(e).__name__, e)
try:
    print(-1, '', repr(format(-1, '')))
except (ValueError, TypeError, OverflowError) as e:
    print(-1, '', type(e).__name__, e)
try:
    print(-1, '5', repr(format(-1, '5')))
except (ValueError, TypeError, OverflowError) as e:
    print(-1, '5', type(e).__name__, e)
try:
    print(-1, '<5', repr(format(-1, '<5')))
except (ValueError, TypeError, OverflowError) as e:
    print(-1, '<5', type(e).__name__, e)
try:
    print(-1, '>8', repr(format(-1, '>8')))
except (ValueError, TypeError, OverflowError) as e:
    print(-1, '>8', type(e).__name__, e)
try:
    print(-1, '^9', repr(format(-1, '^9')))
except (ValueError, TypeError, OverflowError) as e:
    print(-1, '^9', type(e).__name__, e)
try:
    print(-1, '*^9', repr(format(-1, '*^9')))
except (ValueError, TypeError, OverflowError) as e:
    print(-1, '*^9', type(e).__name__, e)
try:
    print(-1, '+', repr(format(-1, '+')))
except (ValueError, TypeError, OverflowError) as e:
    print(-1, '+', type(e).__name__, e)
try:
    print(-1, ' ', repr(format(-1, ' ')))
except (ValueError, TypeError, OverflowError) as e:
    print(-1, ' ', type(e).__name__, e)
try:
    print(-1, '05', repr(format(-1, '05')))
except (ValueError, TypeError, OverflowError) as e:
    print(-1, '05', type(e).__name__, e)
try:
    print(-1, ',', repr(format(-1, ',')))
except (ValueError, TypeError, OverflowError) as e:
    print(-1, ',', type(e).__name__, e)
try:
    print(-1, '_', repr(format(-1, '_')))
except (ValueError, TypeError, OverflowError) as e:
    print(-1, '_', type(e).__name__, e)
try:
    print(-1, '.0f', repr(format(-1, '.0f')))
except (ValueError, TypeError, OverflowError) as e:
    print(-1, '.0f', type(e).__name__, e)
try:
    print(-1, '.2f', repr(format(-1, '.2f')))
except (ValueError, TypeError, OverflowError) as e:
    print(-1, '.2f', type(e).__name__, e)
try:
    print(-1, '.3e', repr(format(-1, '.3e')))
except (ValueError, TypeError, OverflowError) as e:
    print(-1, '.3e', type(e).__name__, e)
try:
    print(-1, '.2g', repr(format(-1, '.2g')))
except (ValueError, TypeError, OverflowError) as e:
    print(-1, '.2g', type(e).__name__, e)
try:
    print(-1, 'g', repr(format(-1, 'g')))
except (ValueError, TypeError, OverflowError) as e:
    print(-1, 'g', type(e).__name__, e)
try:
    print(-1, '.10g', repr(format(-1, '.10g')))
except (ValueError, TypeError, OverflowError) as e:
    print(-1, '.10g', type(e).__name__, e)
try:
    print(-1, 'e', repr(format(-1, 'e')))
except (ValueError, TypeError, OverflowError) as e:
    print(-1, 'e', type(e).__name__, e)
try:
    print(-1, '%', repr(format(-1, '%')))
except (ValueError, TypeError, OverflowError) as e:
    print(-1, '%', type(e).__name__, e)
try:
    print(-1, '.1%', repr(format(-1, '.1%')))
except (ValueError, TypeError, OverflowError) as e:
    print(-1, '.1%', type(e).__name__, e)
try:
    print(-1, 'x', repr(format(-1, 'x')))
except (ValueError, TypeError, OverflowError) as e:
    print(-1, 'x', type(e).__name__, e)
try:
    print(-1, '#x', repr(format(-1, '#x')))
except (ValueError, TypeError, OverflowError) as e:
    print(-1, '#x', type(e).__name__, e)
try:
    print(-1, 'o', repr(format(-1, 'o')))
except (ValueError, TypeError, OverflowError) as e:
    print(-1, 'o', type(e).__name__, e)
try:
    print(-1, 'b', repr(format(-1, 'b')))
except (ValueError, TypeError, OverflowError) as e:
    print(-1, 'b', type(e).__name__, e)
try:
    print(-1, '#b', repr(format(-1, '#b')))
except (ValueError, TypeError, OverflowError) as e:
    print(-1, '#b', type(e).__name__, e)
try:
    print(-1, '08.3f', repr(format(-1, '08.3f')))
except (ValueError, TypeError, OverflowError) as e:
    print(-1, '08.3f', type(e).__name__, e)
try:
    print(-1, '+.2f', repr(format(-1, '+.2f')))
except (ValueError, TypeError, OverflowError) as e:
    print(-1, '+.2f', type(e).__name__, e)
try:
    print(-1, '>+10.2f', repr(format(-1, '>+10.2f')))
except (ValueError, TypeError, OverflowError) as e:
    print(-1, '>+10.2f', type(e).__name__, e)
try:
    print(-1, '=+10.2f', repr(format(-1, '=+10.2f')))
except (ValueError, TypeError, OverflowError) as e:
    print(-1, '=+10.2f', type(e).__name__, e)
try:
    print(-1, '010,.2f', repr(format(-1, '010,.2f')))
except (ValueError, TypeError, OverflowError) as e:
    print(-1, '010,.2f', type(e).__name__, e)
try:
    print(-1, ',d', repr(format(-1, ',d')))
except (ValueError, TypeError, OverflowError) as e:
    print(-1, ',d', type(e).__name__, e)
try:
    print(-1, 'n', repr(format(-1, 'n')))
except (ValueError, TypeError, OverflowError) as e:
    print(-1, 'n', type(e).__name__, e)
try:
    print(-1, '.3', repr(format(-1, '.3')))
except (ValueError, TypeError, OverflowError) as e:
    print(-1, '.3', type(e).__name__, e)
try:
    print(-1, '10.4', repr(format(-1, '10.4')))
except (ValueError, TypeError, OverflowError) as e:
    print(-1, '10.4', type(e).__name__, e)
try:
    print(-1, 's', repr(format(-1, 's')))
except (ValueError, TypeError, OverflowError) as e:
    print(-1, 's', type(e).__name__, e)
try:
    print(-1, 'c', repr(format(-1, 'c')))
except (ValueError, TypeError, OverflowError) as e:
    print(-1, 'c', type(e).__name__, e)
try:
    print(-1, 'X', repr(format(-1, 'X')))
except (ValueError, TypeError, OverflowError) as e:
    print(-1, 'X', type(e).__name__, e)
try:
    print(-1, '#o', repr(format(-1, '#o')))
except (ValueError, TypeError, OverflowError) as e:
    print(-1, '#o', type(e).__name__, e)
try:
    print(-1, 'E', repr(format(-1, 'E')))
except (ValueError, TypeError, OverflowError) as e:
    print(-1, 'E', type(e).__name__, e)
try:
    print(-1, 'G', repr(format(-1, 'G')))
except (ValueError, TypeError, OverflowError) as e:
    print(-1, 'G', type(e).__name__, e)
try:
    print(-1, '.0e', repr(format(-1, '.0e')))
except (ValueError, TypeError, OverflowError) as e:
    print(-1, '.0e', type(e).__name__, e)
try:
    print(-1, '#.0f', repr(format(-1, '#.0f')))
except (ValueError, TypeError, OverflowError) as e:
    print(-1, '#.0f', type(e).__name__, e)
try:
    print(-1, '#g', repr(format(-1, '#g')))
except (ValueError, TypeError, OverflowError) as e:
    print(-1, '#g', type(e).__name__, e)
try:
    print(42, '', repr(format(42, '')))
except (ValueError, TypeError, OverflowError) as e:
    print(42, '', type(e).__name__, e)
try:
    print(42, '5', repr(format(42, '5')))
except (ValueError, TypeError, OverflowError) as e:
    print(42, '5', type(e).__name__, e)
try:
    print(42, '<5', repr(format(42, '<5')))
except (ValueError, TypeError, OverflowError) as e:
    print(42, '<5', type(e).__name__, e)
try:
    print(42, '>8', repr(format(42, '>8')))
except (ValueError, TypeError, OverflowError) as e:
    print(42, '>8', type(e).__name__, e)
try:
    print(42, '^9', repr(format(42, '^9')))
except (ValueError, TypeError, OverflowError) as e:
    print(42, '^9', type(e).__name__, e)
try:
    print(42, '*^9', repr(format(42, '*^9')))
except (ValueError, TypeError, OverflowError) as e:
    print(42, '*^9', type(e).__name__, e)
try:
    print(42, '+', repr(format(42, '+')))
except (ValueError, TypeError, OverflowError) as e:
    print(42, '+', type(e).__name__, e)
try:
    print(42, ' ', repr(format(42, ' ')))
except (ValueError, TypeError, OverflowError) as e:
    print(42, ' ', type(e).__name__, e)
try:
    print(42, '05', repr(format(42, '05')))
except (ValueError, TypeError, OverflowError) as e:
    print(42, '05', type(e).__name__, e)
try:
    print(42, ',', repr(format(42, ',')))
except (ValueError, TypeError, OverflowError) as e:
    print(42, ',', type(e).__name__, e)
try:
    print(42, '_', repr(format(42, '_')))
except (ValueError, TypeError, OverflowError) as e:
    print(42, '_', type(e).__name__, e)
try:
    print(42, '.0f', repr(format(42, '.0f')))
except (ValueError, TypeError, OverflowError) as e:
    print(42, '.0f', type(e).__name__, e)
try:
    print(42, '.2f', repr(format(42, '.2f')))
except (ValueError, TypeError, OverflowError) as e:
    print(42, '.2f', type(e).__name__, e)
try:
    print(42, '.3e', repr(format(42, '.3e')))
except (ValueError, TypeError, OverflowError) as e:
    print(42, '.3e', type(e).__name__, e)
try:
    print(42, '.2g', repr(format(42, '.2g')))
except (ValueError, TypeError, OverflowError) as e:
    print(42, '.2g', type(e).__name__, e)
try:
    print(42, 'g', repr(format(42, 'g')))
except (ValueError, TypeError, OverflowError) as e:
    print(42, 'g', type(e).__name__, e)
try:
    print(42, '.10g', repr(format(42, '.10g')))
except (ValueError, TypeError, OverflowError) as e:
    print(42, '.10g', type(e).__name__, e)
try:
    print(42, 'e', repr(format(42, 'e')))
except (ValueError, TypeError, OverflowError) as e:
    print(42, 'e', type(e).__name__, e)
try:
    print(42, '%', repr(format(42, '%')))
except (ValueError, TypeError, OverflowError) as e:
    print(42, '%', type(e).__name__, e)
try:
    print(42, '.1%', repr(format(42, '.1%')))
except (ValueError, TypeError, OverflowError) as e:
    print(42, '.1%', type(e).__name__, e)
try:
    print(42, 'x', repr(format(42, 'x')))
except (ValueError, TypeError, OverflowError) as e:
    print(42, 'x', type(e).__name__, e)
try:
    print(42, '#x', repr(format(42, '#x')))
except (ValueError, TypeError, OverflowError) as e:
    print(42, '#x', type(e).__name__, e)
try:
    print(42, 'o', repr(format(42, 'o')))
except (ValueError, TypeError, OverflowError) as e:
    print(42, 'o', type(e).__name__, e)
try:
    print(42, 'b', repr(format(42, 'b')))
except (ValueError, TypeError, OverflowError) as e:
    print(42, 'b', type(e).__name__, e)
try:
    print(42, '#b', repr(format(42, '#b')))
except (ValueError, TypeError, OverflowError) as e:
    print(42, '#b', type(e).__name__, e)
try:
    print(42, '08.3f', repr(format(42, '08.3f')))
except (ValueError, TypeError, OverflowError) as e:
    print(42, '08.3f', type(e).__name__, e)
try:
    print(42, '+.2f', repr(format(42, '+.2f')))
except (ValueError, TypeError, OverflowError) as e:
    print(42, '+.2f', type(e).__name__, e)
try:
    print(42, '>+10.2f', repr(format(42, '>+10.2f')))
except (ValueError, TypeError, OverflowError) as e:
    print(42, '>+10.2f', type(e).__name__, e)
try:
    print(42, '=+10.2f', repr(format(42, '=+10.2f')))
except (ValueError, TypeError, OverflowError) as e:
    print(42, '=+10.2f', type(e).__name__, e)
try:
    print(42, '010,.2f', repr(format(42, '010,.2f')))
except (ValueError, TypeError, OverflowError) as e:
    print(42, '010,.2f', type(e).__name__, e)
try:
    print(42, ',d', repr(format(42, ',d')))
except (ValueError, TypeError, OverflowError) as e:
    print(42, ',d', type(e).__name__, e)
try:
    print(42, 'n', repr(format(42, 'n')))
except (ValueError, TypeError, OverflowError) as e:
    print(42, 'n', type(e).__name__, e)
try:
    print(42, '.3', repr(format(42, '.3')))
except (ValueError, TypeError, OverflowError) as e:
    print(42, '.3', type(e).__name__, e)
try:
    print(42, '10.4', repr(format(42, '10.4')))
except (ValueError, TypeError, OverflowError) as e:
    print(42, '10.4', type(e).__name__, e)
try:
    print(42, 's', repr(format(42, 's')))
except (ValueError, TypeError, OverflowError) as e:
    print(42, 's', type(e).__name__, e)
try:
    print(42, 'c', repr(format(42, 'c')))
except (ValueError, TypeError, OverflowError) as e:
    print(42, 'c', type(e).__name__, e)
try:
    print(42, 'X', repr(format(42, 'X')))
except (ValueError, TypeError, OverflowError) as e:
    print(42, 'X', type(e).__name__, e)
try:
    print(42, '#o', repr(format(42, '#o')))
except (ValueError, TypeError, OverflowError) as e:
    print(42, '#o', type(e).__name__, e)
try:
    print(42, 'E', repr(format(42, 'E')))
except (ValueError, TypeError, OverflowError) as e:
    print(42, 'E', type(e).__name__, e)
try:
    print(42, 'G', repr(format(42, 'G')))
except (ValueError, TypeError, OverflowError) as e:
    print(42, 'G', type(e).__name__, e)
try:
    print(42, '.0e', repr(format(42, '.0e')))
except (ValueError, TypeError, OverflowError) as e:
    print(42, '.0e', type(e).__name__, e)
try:
    print(42, '#.0f', repr(format(42, '#.0f')))
except (ValueError, TypeError, OverflowError) as e:
    print(42, '#.0f', type(e).__name__, e)
try:
    print(42, '#g', repr(format(42, '#g')))
except (ValueError, TypeError, OverflowError) as e:
    print(42, '#g', type(e).__name__, e)
try:
    print(-42, '', repr(format(-42, '')))
except (ValueError, TypeError, OverflowError) as e:
    print(-42, '', type(e).__name__, e)
try:
    print(-42, '5', repr(format(-42, '5')))
except (ValueError, TypeError, OverflowError) as e:
    print(-42, '5', type(e).__name__, e)
try:
    print(-42, '<5', repr(format(-42, '<5')))
except (ValueError, TypeError, OverflowError) as e:
    print(-42, '<5', type(e).__name__, e)
try:
    print(-42, '>8', repr(format(-42, '>8')))
except (ValueError, TypeError, OverflowError) as e:
    print(-42, '>8', type(e).__name__, e)
try:
    print(-42, '^9', repr(format(-42, '^9')))
except (ValueError, TypeError, OverflowError) as e:
    print(-42, '^9', type(e).__name__, e)
try:
    print(-42, '*^9', repr(format(-42, '*^9')))
except (ValueError, TypeError, OverflowError) as e:
    print(-42, '*^9', type(e).__name__, e)
try:
    print(-42, '+', repr(format(-42, '+')))
except (ValueError, TypeError, OverflowError) as e:
    print(-42, '+', type(e).__name__, e)
try:
    print(-42, ' ', repr(format(-42, ' ')))
except (ValueError, TypeError, OverflowError) as e:
    print(-42, ' ', type(e).__name__, e)
try:
    print(-42, '05', repr(format(-42, '05')))
except (ValueError, TypeError, OverflowError) as e:
    print(-42, '05', type(e).__name__, e)
try:
    print(-42, ',', repr(format(-42, ',')))
except (ValueError, TypeError, OverflowError) as e:
    print(-42, ',', type(e).__name__, e)
try:
    print(-42, '_', repr(format(-42, '_')))
except (ValueError, TypeError, OverflowError) as e:
    print(-42, '_', type(e).__name__, e)
try:
    print(-42, '.0f', repr(format(-42, '.0f')))
except (ValueError, TypeError, OverflowError) as e:
    print(-42, '.0f', type(e).__name__, e)
try:
    print(-42, '.2f', repr(format(-42, '.2f')))
except (ValueError, TypeError, OverflowError) as e:
    print(-42, '.2f', type(e).__name__, e)
try:
    print(-42, '.3e', repr(format(-42, '.3e')))
except (ValueError, TypeError, OverflowError) as e:
    print(-42, '.3e', type(e).__name__, e)
try:
    print(-42, '.2g', repr(format(-42, '.2g')))
except (ValueError, TypeError, OverflowError) as e:
    print(-42, '.2g', type(e).__name__, e)
try:
    print(-42, 'g', repr(format(-42, 'g')))
except (ValueError, TypeError, OverflowError) as e:
    print(-42, 'g', type(e).__name__, e)
try:
    print(-42, '.10g', repr(format(-42, '.10g')))
except (ValueError, TypeError, OverflowError) as e:
    print(-42, '.10g', type(e).__name__, e)
try:
    print(-42, 'e', repr(format(-42, 'e')))
except (ValueError, TypeError, OverflowError) as e:
    print(-42, 'e', type(e).__name__, e)
try:
    print(-42, '%', repr(format(-42, '%')))
except (ValueError, TypeError, OverflowError) as e:
    print(-42, '%', type(e).__name__, e)
try:
    print(-42, '.1%', repr(format(-42, '.1%')))
except (ValueError, TypeError, OverflowError) as e:
    print(-42, '.1%', type(e).__name__, e)
try:
    print(-42, 'x', repr(format(-42, 'x')))
except (ValueError, TypeError, OverflowError) as e:
    print(-42, 'x', type(e).__name__, e)
try:
    print(-42, '#x', repr(format(-42, '#x')))
except (ValueError, TypeError, OverflowError) as e:
    print(-42, '#x', type(e).__name__, e)
try:
    print(-42, 'o', repr(format(-42, 'o')))
except (ValueError, TypeError, OverflowError) as e:
    print(-42, 'o', type(e).__name__, e)
try:
    print(-42, 'b', repr(format(-42, 'b')))
except (ValueError, TypeError, OverflowError) as e:
    print(-42, 'b', type(e).__name__, e)
try:
    print(-42, '#b', repr(format(-42, '#b')))
except (ValueError, TypeError, OverflowError) as e:
    print(-42, '#b', type(e).__name__, e)
try:
    print(-42, '08.3f', repr(format(-42, '08.3f')))
except (ValueError, TypeError, OverflowError) as e:
    print(-42, '08.3f', type(e).__name__, e)
try:
    print(-42, '+.2f', repr(format(-42, '+.2f')))
except (ValueError, TypeError, OverflowError) as e:
    print(-42, '+.2f', type(e).__name__, e)
try:
    print(-42, '>+10.2f', repr(format(-42, '>+10.2f')))
except (ValueError, TypeError, OverflowError) as e:
    print(-42, '>+10.2f', type(e).__name__, e)
try:
    print(-42, '=+10.2f', repr(format(-42, '=+10.2f')))
except (ValueError, TypeError, OverflowError) as e:
    print(-42, '=+10.2f', type(e).__name__, e)
try:
    print(-42, '010,.2f', repr(format(-42, '010,.2f')))
except (ValueError, TypeError, OverflowError) as e:
    print(-42, '010,.2f', type(e).__name__, e)
try:
    print(-42, ',d', repr(format(-42, ',d')))
except (ValueError, TypeError, OverflowError) as e:
    print(-42, ',d', type(e).__name__, e)
try:
    print(-42, 'n', repr(format(-42, 'n')))
except (ValueError, TypeError, OverflowError) as e:
    print(-42, 'n', type(e).__name__, e)
try:
    print(-42, '.3', repr(format(-42, '.3')))
except (ValueError, TypeError, OverflowError) as e:
    print(-42, '.3', type(e).__name__, e)
try:
    print(-42, '10.4', repr(format(-42, '10.4')))
except (ValueError, TypeError, OverflowError) as e:
    print(-42, '10.4', type(e).__name__, e)
try:
    print(-42, 's', repr(format(-42, 's')))
except (ValueError, TypeError, OverflowError) as e:
    print(-42, 's', type(e).__name__, e)
try:
    print(-42, 'c', repr(format(-42, 'c')))
except (ValueError, TypeError, OverflowError) as e:
    print(-42, 'c', type(e).__name__, e)
try:
    print(-42, 'X', repr(format(-42, 'X')))
except (ValueError, TypeError, OverflowError) as e:
    print(-42, 'X', type(e).__name__, e)
try:
    print(-42, '#o', repr(format(-42, '#o')))
except (ValueError, TypeError, OverflowError) as e:
    print(-42, '#o', type(e).__name__, e)
try:
    print(-42, 'E', repr(format(-42, 'E')))
except (ValueError, TypeError, OverflowError) as e:
    print(-42, 'E', type(e).__name__, e)
try:
    print(-42, 'G', repr(format(-42, 'G')))
except (ValueError, TypeError, OverflowError) as e:
    print(-42, 'G', type(e).__name__, e)
try:
    print(-42, '.0e', repr(format(-42, '.0e')))
except (ValueError, TypeError, OverflowError) as e:
    print(-42, '.0e', type(e).__name__, e)
try:
    print(-42, '#.0f', repr(format(-42, '#.0f')))
except (ValueError, TypeError, OverflowError) as e:
    print(-42, '#.0f', type(e).__name__, e)
try:
    print(-42, '#g', repr(format(-42, '#g')))
except (ValueError, TypeError, OverflowError) as e:
    print(-42, '#g', type(e).__name__, e)
try:
    print(1234567, '', repr(format(1234567, '')))
except (ValueError, TypeError, OverflowError) as e:
    print(1234567, '', type(e).__name__, e)
try:
    print(1234567, '5', repr(format(1234567, '5')))
except (ValueError, TypeError, OverflowError) as e:
    print(1234567, '5', type(e).__name__, e)
try:
    print(1234567, '<5', repr(format(1234567, '<5')))
except (ValueError, TypeError, OverflowError) as e:
    print(1234567, '<5', type(e).__name__, e)
try:
    print(1234567, '>8', repr(format(1234567, '>8')))
except (ValueError, TypeError, OverflowError) as e:
    print(1234567, '>8', type(e).__name__, e)
try:
    print(1234567, '^9', repr(format(1234567, '^9')))
except (ValueError, TypeError, OverflowError) as e:
    print(1234567, '^9', type(e).__name__, e)
try:
    print(1234567, '*^9', repr(format(1234567, '*^9')))
except (ValueError, TypeError, OverflowError) as e:
    print(1234567, '*^9', type(e).__name__, e)
try:
    print(1234567, '+', repr(format(1234567, '+')))
except (ValueError, TypeError, OverflowError) as e:
    print(1234567, '+', type(e).__name__, e)
try:
    print(1234567, ' ', repr(format(1234567, ' ')))
except (ValueError, TypeError, OverflowError) as e:
    print(1234567, ' ', type(e).__name__, e)
try:
    print(1234567, '05', repr(format(1234567, '05')))
except (ValueError, TypeError, OverflowError) as e:
    print(1234567, '05', type(e).__name__, e)
try:
    print(1234567, ',', repr(format(1234567, ',')))
except (ValueError, TypeError, OverflowError) as e:
    print(1234567, ',', type(e).__name__, e)
try:
    print(1234567, '_', repr(format(1234567, '_')))
except (ValueError, TypeError, OverflowError) as e:
    print(1234567, '_', type(e).__name__, e)
try:
    print(1234567, '.0f', repr(format(1234567, '.0f')))
except (ValueError, TypeError, OverflowError) as e:
    print(1234567, '.0f', type(e).__name__, e)
try:
    print(1234567, '.2f', repr(format(1234567, '.2f')))
except (ValueError, TypeError, OverflowError) as e:
    print(1234567, '.2f', type(e).__name__, e)
try:
    print(1234567, '.3e', repr(format(1234567, '.3e')))
except (ValueError, TypeError, OverflowError) as e:
    print(1234567, '.3e', type(e).__name__, e)
try:
    print(1234567, '.2g', repr(format(1234567, '.2g')))
except (ValueError, TypeError, OverflowError) as e:
    print(1234567, '.2g', type(e).__name__, e)
try:
    print(1234567, 'g', repr(format(1234567, 'g')))
except (ValueError, TypeError, OverflowError) as e:
    print(1234567, 'g', type(e).__name__, e)
try:
    print(1234567, '.10g', repr(format(1234567, '.10g')))
except (ValueError, TypeError, OverflowError) as e:
    print(1234567, '.10g', type(e).__name__, e)
try:
    print(1234567, 'e', repr(format(1234567, 'e')))
except (ValueError, TypeError, OverflowError) as e:
    print(1234567, 'e', type(e).__name__, e)
try:
    print(1234567, '%', repr(format(1234567, '%')))
except (ValueError, TypeError, OverflowError) as e:
    print(1234567, '%', type(e).__name__, e)
try:
    print(1234567, '.1%', repr(format(1234567, '.1%')))
except (ValueError, TypeError, OverflowError) as e:
    print(1234567, '.1%', type(e).__name__, e)
try:
    print(1234567, 'x', repr(format(1234567, 'x')))
except (ValueError, TypeError, OverflowError) as e:
    print(1234567, 'x', type(e).__name__, e)
try:
    print(1234567, '#x', repr(format(1234567, '#x')))
except (ValueError, TypeError, OverflowError) as e:
    print(1234567, '#x', type(e).__name__, e)
try:
    print(1234567, 'o', repr(format(1234567, 'o')))
except (ValueError, TypeError, OverflowError) as e:
    print(1234567, 'o', type(e).__name__, e)
try:
    print(1234567, 'b', repr(format(1234567, 'b')))
except (ValueError, TypeError, OverflowError) as e:
    print(1234567, 'b', type(e).__name__, e)
try:
    print(1234567, '#b', repr(format(1234567, '#b')))
except (ValueError, TypeError, OverflowError) as e:
    print(1234567, '#b', type(e).__name__, e)
try:
    print(1234567, '08.3f', repr(format(1234567, '08.3f')))
except (ValueError, TypeError, OverflowError) as e:
    print(1234567, '08.3f', type(e).__name__, e)
try:
    print(1234567, '+.2f', repr(format(1234567, '+.2f')))
except (ValueError, TypeError, OverflowError) as e:
    print(1234567, '+.2f', type(e).__name__, e)
try:
    print(1234567, '>+10.2f', repr(format(1234567, '>+10.2f')))
except (ValueError, TypeError, OverflowError) as e:
    print(1234567, '>+10.2f', type(e).__name__, e)
try:
    print(1234567, '=+10.2f', repr(format(1234567, '=+10.2f')))
except (ValueError, TypeError, OverflowError) as e:
    print(1234567, '=+10.2f', type(e).__name__, e)
try:
    print(1234567, '010,.2f', repr(format(1234567, '010,.2f')))
except (ValueError, TypeError, OverflowError) as e:
    print(1234567, '010,.2f', type(e).__name__, e)
try:
    print(1234567, ',d', repr(format(1234567, ',d')))
except (ValueError, TypeError, OverflowError) as e:
    print(1234567, ',d', type(e).__name__, e)
try:
    print(1234567, 'n', repr(format(1234567, 'n')))
except (ValueError, TypeError, OverflowError) as e:
    print(1234567, 'n', type(e).__name__, e)
try:
    print(1234567, '.3', repr(format(1234567, '.3')))
except (ValueError, TypeError, OverflowError) as e:
    print(1234567, '.3', type(e).__name__, e)
try:
    print(1234567, '10.4', repr(format(1234567, '10.4')))
except (ValueError, TypeError, OverflowError) as e:
    print(1234567, '10.4', type(e).__name__, e)
try:
    print(1234567, 's', repr(format(1234567, 's')))
except (ValueError, TypeError, OverflowError) as e:
    print(1234567, 's', type(e).__name__, e)
try:
    print(1234567, 'c', repr(format(1234567, 'c')))
except (ValueError, TypeError, OverflowError) as e:
    print(1234567, 'c', type(e).__name__, e)
try:
    print(1234567, 'X', repr(format(1234567, 'X')))
except (ValueError, TypeError, OverflowError) as e:
    print(1234567, 'X', type(e).__name__, e)
try:
    print(1234567, '#o', repr(format(1234567, '#o')))
except (ValueError, TypeError, OverflowError) as e:
    print(1234567, '#o', type(e).__name__, e)
try:
    print(1234567, 'E', repr(format(1234567, 'E')))
except (ValueError, TypeError, OverflowError) as e:
    print(1234567, 'E', type(e).__name__, e)
try:
    print(1234567, 'G', repr(format(1234567, 'G')))
except (ValueError, TypeError, OverflowError) as e:
    print(1234567, 'G', type(e).__name__, e)
try:
    print(1234567, '.0e', repr(format(1234567, '.0e')))
except (ValueError, TypeError, OverflowError) as e:
    print(1234567, '.0e', type(e).__name__, e)
try:
    print(1234567, '#.0f', repr(format(1234567, '#.0f')))
except (ValueError, TypeError, OverflowError) as e:
    print(1234567, '#.0f', type(e).__name__, e)
try:
    print(1234567, '#g', repr(format(1234567, '#g')))
except (ValueError, TypeError, OverflowError) as e:
    print(1234567, '#g', type(e).__name__, e)
try:
    print(3.14159, '', repr(format(3.14159, '')))
except (ValueError, TypeError, OverflowError) as e:
    print(3.14159, '', type(e).__name__, e)
try:
    print(3.14159, '5', repr(format(3.14159, '5')))
except (ValueError, TypeError, OverflowError) as e:
    print(3.14159, '5', type(e).__name__, e)
try:
    print(3.14159, '<5', repr(format(3.14159, '<5')))
except (ValueError, TypeError, OverflowError) as e:
    print(3.14159, '<5', type(e).__name__, e)
try:
    print(3.14159, '>8', repr(format(3.14159, '>8')))
except (ValueError, TypeError, OverflowError) as e:
    print(3.14159, '>8', type(e).__name__, e)
try:
    print(3.14159, '^9', repr(format(3.14159, '^9')))
except (ValueError, TypeError, OverflowError) as e:
    print(3.14159, '^9', type(e).__name__, e)
try:
    print(3.14159, '*^9', repr(format(3.14159, '*^9')))
except (ValueError, TypeError, OverflowError) as e:
    print(3.14159, '*^9', type(e).__name__, e)
try:
    print(3.14159, '+', repr(format(3.14159, '+')))
except (ValueError, TypeError, OverflowError) as e:
    print(3.14159, '+', type(e).__name__, e)
try:
    print(3.14159, ' ', repr(format(3.14159, ' ')))
except (ValueError, TypeError, OverflowError) as e:
    print(3.14159, ' ', type(e).__name__, e)
try:
    print(3.14159, '05', repr(format(3.14159, '05')))
except (ValueError, TypeError, OverflowError) as e:
    print(3.14159, '05', type(e).__name__, e)
try:
    print(3.14159, ',', repr(format(3.14159, ',')))
except (ValueError, TypeError, OverflowError) as e:
    print(3.14159, ',', type(e).__name__, e)
try:
    print(3.14159, '_', repr(format(3.14159, '_')))
except (ValueError, TypeError, OverflowError) as e:
    print(3.14159, '_', type(e).__name__, e)
try:
    print(3.14159, '.0f', repr(format(3.14159, '.0f')))
except (ValueError, TypeError, OverflowError) as e:
    print(3.14159, '.0f', type(e).__name__, e)
try:
    print(3.14159, '.2f', repr(format(3.14159, '.2f')))
except (ValueError, TypeError, OverflowError) as e:
    print(3.14159, '.2f', type(e).__name__, e)
try:
    print(3.14159, '.3e', repr(format(3.14159, '.3e')))
except (ValueError, TypeError, OverflowError) as e:
    print(3.14159, '.3e', type(e).__name__, e)
try:
    print(3.14159, '.2g', repr(format(3.14159, '.2g')))
except (ValueError, TypeError, OverflowError) as e:
    print(3.14159, '.2g', type(e).__name__, e)
try:
    print(3.14159, 'g', repr(format(3.14159, 'g')))
except (ValueError, TypeError, OverflowError) as e:
    print(3.14159, 'g', type(e).__name__, e)
try:
    print(3.14159, '.10g', repr(format(3.14159, '.10g')))
except (ValueError, TypeError, OverflowError) as e:
    print(3.14159, '.10g', type(e).__name__, e)
try:
    print(3.14159, 'e', repr(format(3.14159, 'e')))
except (ValueError, TypeError, OverflowError) as e:
    print(3.14159, 'e', type(e).__name__, e)
try:
    print(3.14159, '%', repr(format(3.14159, '%')))
except (ValueError, TypeError, OverflowError) as e:
    print(3.14159, '%', type(e).__name__, e)
try:
    print(3.14159, '.1%', repr(format(3.14159, '.1%')))
except (ValueError, TypeError, OverflowError) as e:
    print(3.14159, '.1%', type(e).__name__, e)
try:
    print(3.14159, 'x', repr(format(3.14159, 'x')))
except (ValueError, TypeError, OverflowError) as e:
    print(3.14159, 'x', type(e).__name__, e)
try:
    print(3.14159, '#x', repr(format(3.14159, '#x')))
except (ValueError, TypeError, OverflowError) as e:
    print(3.14159, '#x', type(e).__name__, e)
try:
    print(3.14159, 'o', repr(format(3.14159, 'o')))
except (ValueError, TypeError, OverflowError) as e:
    print(3.14159, 'o', type(e).__name__, e)
try:
    print(3.14159, 'b', repr(format(3.14159, 'b')))
except (ValueError, TypeError, OverflowError) as e:
    print(3.14159, 'b', type(e).__name__, e)
try:
    print(3.14159, '#b', repr(format(3.14159, '#b')))
except (ValueError, TypeError, OverflowError) as e:
    print(3.14159, '#b', type(e).__name__, e)
try:
    print(3.14159, '08.3f', repr(format(3.14159, '08.3f')))
except (ValueError, TypeError, OverflowError) as e:
    print(3.14159, '08.3f', type(e).__name__, e)
try:
    print(3.14159, '+.2f', repr(format(3.14159, '+.2f')))
except (ValueError, TypeError, OverflowError) as e:
    print(3.14159, '+.2f', type(e).__name__, e)
try:
    print(3.14159, '>+10.2f', repr(format(3.14159, '>+10.2f')))
except (ValueError, TypeError, OverflowError) as e:
    print(3.14159, '>+10.2f', type(e).__name__, e)
try:
    print(3.14159, '=+10.2f', repr(format(3.14159, '=+10.2f')))
except (ValueError, TypeError, OverflowError) as e:
    print(3.14159, '=+10.2f', type(e).__name__, e)
try:
    print(3.14159, '010,.2f', repr(format(3.14159, '010,.2f')))
except (ValueError, TypeError, OverflowError) as e:
    print(3.14159, '010,.2f', type(e).__name__, e)
try:
    print(3.14159, ',d', repr(format(3.14159, ',d')))
except (ValueError, TypeError, OverflowError) as e:
    print(3.14159, ',d', type(e).__name__, e)
try:
    print(3.14159, 'n', repr(format(3.14159, 'n')))
except (ValueError, TypeError, OverflowError) as e:
    print(3.14159, 'n', type(e).__name__, e)
try:
    print(3.14159, '.3', repr(format(3.14159, '.3')))
except (ValueError, TypeError, OverflowError) as e:
    print(3.14159, '.3', type(e).__name__, e)
try:
    print(3.14159, '10.4', repr(format(3.14159, '10.4')))
except (ValueError, TypeError, OverflowError) as e:
    print(3.14159, '10.4', type(e).__name__, e)
try:
    print(3.14159, 's', repr(format(3.14159, 's')))
except (ValueError, TypeError, OverflowError) as e:
    print(3.14159, 's', type(e).__name__, e)
try:
    print(3.14159, 'c', repr(format(3.14159, 'c')))
except (ValueError, TypeError, OverflowError) as e:
    print(3.14159, 'c', type(e).__name__, e)
try:
    print(3.14159, 'X', repr(format(3.14159, 'X')))
except (ValueError, TypeError, OverflowError) as e:
    print(3.14159, 'X', type(e).__name__, e)
try:
    print(3.14159, '#o', repr(format(3.14159, '#o')))
except (ValueError, TypeError, OverflowError) as e:
    print(3.14159, '#o', type(e).__name__, e)
try:
    print(3.14159, 'E', repr(format(3.14159, 'E')))
except (ValueError, TypeError, OverflowError) as e:
    print(3.14159, 'E', type(e).__name__, e)
try:
    print(3.14159, 'G', repr(format(3.14159, 'G')))
except (ValueError, TypeError, OverflowError) as e:
    print(3.14159, 'G', type(e).__name__, e)
try:
    print(3.14159, '.0e', repr(format(3.14159, '.0e')))
except (ValueError, TypeError, OverflowError) as e:
    print(3.14159, '.0e', type(e).__name__, e)
try:
    print(3.14159, '#.0f', repr(format(3.14159, '#.0f')))
except (ValueError, TypeError, OverflowError) as e:
    print(3.14159, '#.0f', type(e).__name__, e)
try:
    print(3.14159, '#g', repr(format(3.14159, '#g')))
except (ValueError, TypeError, OverflowError) as e:
    print(3.14159, '#g', type(e).__name__, e)
try:
    print(-2.5, '', repr(format(-2.5, '')))
except (ValueError, TypeError, OverflowError) as e:
    print(-2.5, '', type(e).__name__, e)
try:
    print(-2.5, '5', repr(format(-2.5, '5')))
except (ValueError, TypeError, OverflowError) as e:
    print(-2.5, '5', type(e).__name__, e)
try:
    print(-2.5, '<5', repr(format(-2.5, '<5')))
except (ValueError, TypeError, OverflowError) as e:
    print(-2.5, '<5', type(e).__name__, e)
try:
    print(-2.5, '>8', repr(format(-2.5, '>8')))
except (ValueError, TypeError, OverflowError) as e:
    print(-2.5, '>8', type(e).__name__, e)
try:
    print(-2.5, '^9', repr(format(-2.5, '^9')))
except (ValueError, TypeError, OverflowError) as e:
    print(-2.5, '^9', type(e).__name__, e)
try:
    print(-2.5, '*^9', repr(format(-2.5, '*^9')))
except (ValueError, TypeError, OverflowError) as e:
    print(-2.5, '*^9', type(e).__name__, e)
try:
    print(-2.5, '+', repr(format(-2.5, '+')))
except (ValueError, TypeError, OverflowError) as e:
    print(-2.5, '+', type(e).__name__, e)
try:
    print(-2.5, ' ', repr(format(-2.5, ' ')))
except (ValueError, TypeError, OverflowError) as e:
    print(-2.5, ' ', type(e).__name__, e)
try:
    print(-2.5, '05', repr(format(-2.5, '05')))
except (ValueError, TypeError, OverflowError) as e:
    print(-2.5, '05', type(e).__name__, e)
try:
    print(-2.5, ',', repr(format(-2.5, ',')))
except (ValueError, TypeError, OverflowError) as e:
    print(-2.5, ',', type(e).__name__, e)
try:
    print(-2.5, '_', repr(format(-2.5, '_')))
except (ValueError, TypeError, OverflowError) as e:
    print(-2.5, '_', type(e).__name__, e)
try:
    print(-2.5, '.0f', repr(format(-2.5, '.0f')))
except (ValueError, TypeError, OverflowError) as e:
    print(-2.5, '.0f', type(e).__name__, e)
try:
    print(-2.5, '.2f', repr(format(-2.5, '.2f')))
except (ValueError, TypeError, OverflowError) as e:
    print(-2.5, '.2f', type(e).__name__, e)
try:
    print(-2.5, '.3e', repr(format(-2.5, '.3e')))
except (ValueError, TypeError, OverflowError) as e:
    print(-2.5, '.3e', type(e).__name__, e)
try:
    print(-2.5, '.2g', repr(format(-2.5, '.2g')))
except (ValueError, TypeError, OverflowError) as e:
    print(-2.5, '.2g', type(e).__name__, e)
try:
    print(-2.5, 'g', repr(format(-2.5, 'g')))
except (ValueError, TypeError, OverflowError) as e:
    print(-2.5, 'g', type(e).__name__, e)
try:
    print(-2.5, '.10g', repr(format(-2.5, '.10g')))
except (ValueError, TypeError, OverflowError) as e:
    print(-2.5, '.10g', type(e).__name__, e)
try:
    print(-2.5, 'e', repr(format(-2.5, 'e')))
except (ValueError, TypeError, OverflowError) as e:
    print(-2.5, 'e', type(e).__name__, e)
try:
    print(-2.5, '%', repr(format(-2.5, '%')))
except (ValueError, TypeError, OverflowError) as e:
    print(-2.5, '%', type(e).__name__, e)
try:
    print(-2.5, '.1%', repr(format(-2.5, '.1%')))
except (ValueError, TypeError, OverflowError) as e:
    print(-2.5, '.1%', type(e).__name__, e)
try:
    print(-2.5, 'x', repr(format(-2.5, 'x')))
except (ValueError, TypeError, OverflowError) as e:
    print(-2.5, 'x', type(e).__name__, e)
try:
    print(-2.5, '#x', repr(format(-2.5, '#x')))
except (ValueError, TypeError, OverflowError) as e:
    print(-2.5, '#x', type(e).__name__, e)
try:
    print(-2.5, 'o', repr(format(-2.5, 'o')))
except (ValueError, TypeError, OverflowError) as e:
    print(-2.5, 'o', type(e).__name__, e)
try:
    print(-2.5, 'b', repr(format(-2.5, 'b')))
except (ValueError, TypeError, OverflowError) as e:
    print(-2.5, 'b', type(e).__name__, e)
try:
    print(-2.5, '#b', repr(format(-2.5, '#b')))
except (ValueError, TypeError, OverflowError) as e:
    print(-2.5, '#b', type(e).__name__, e)
try:
    print(-2.5, '08.3f', repr(format(-2.5, '08.3f')))
except (ValueError, TypeError, OverflowError) as e:
    print(-2.5, '08.3f', type(e).__name__, e)
try:
    print(-2.5, '+.2f', repr(format(-2.5, '+.2f')))
except (ValueError, TypeError, OverflowError) as e:
    print(-2.5, '+.2f', type(e).__name__, e)
try:
    print(-2.5, '>+10.2f', repr(format(-2.5, '>+10.2f')))
except (ValueError, TypeError, OverflowError) as e:
    print(-2.5, '>+10.2f', type(e).__name__, e)
try:
    print(-2.5, '=+10.2f', repr(format(-2.5, '=+10.2f')))
except (ValueError, TypeError, OverflowError) as e:
    print(-2.5, '=+10.2f', type(e).__name__, e)
try:
    print(-2.5, '010,.2f', repr(format(-2.5, '010,.2f')))
except (ValueError, TypeError, OverflowError) as e:
    print(-2.5, '010,.2f', type(e).__name__, e)
try:
    print(-2.5, ',d', repr(format(-2.5, ',d')))
except (ValueError, TypeError, OverflowError) as e:
    print(-2.5, ',d', type(e).__name__, e)
try:
    print(-2.5, 'n', repr(format(-2.5, 'n')))
except (ValueError, TypeError, OverflowError) as e:
    print(-2.5, 'n', type(e).__name__, e)
try:
    print(-2.5, '.3', repr(format(-2.5, '.3')))
except (ValueError, TypeError, OverflowError) as e:
    print(-2.5, '.3', type(e).__name__, e)
try:
    print(-2.5, '10.4', repr(format(-2.5, '10.4')))
except (ValueError, TypeError, OverflowError) as e:
    print(-2.5, '10.4', type(e).__name__, e)
try:
    print(-2.5, 's', repr(format(-2.5, 's')))
except (ValueError, TypeError, OverflowError) as e:
    print(-2.5, 's', type(e).__name__, e)
try:
    print(-2.5, 'c', repr(format(-2.5, 'c')))
except (ValueError, TypeError, OverflowError) as e:
    print(-2.5, 'c', type(e).__name__, e)
try:
    print(-2.5, 'X', repr(format(-2.5, 'X')))
except (ValueError, TypeError, OverflowError) as e:
    print(-2.5, 'X', type(e).__name__, e)
try:
    print(-2.5, '#o', repr(format(-2.5, '#o')))
except (ValueError, TypeError, OverflowError) as e:
    print(-2.5, '#o', type(e).__name__, e)
try:
    print(-2.5, 'E', repr(format(-2.5, 'E')))
except (ValueError, TypeError, OverflowError) as e:
    print(-2.5, 'E', type(e).__name__, e)
try:
    print(-2.5, 'G', repr(format(-2.5, 'G')))
except (ValueError, TypeError, OverflowError) as e:
    print(-2.5, 'G', type(e).__name__, e)
try:
    print(-2.5, '.0e', repr(format(-2.5, '.0e')))
except (ValueError, TypeError, OverflowError) as e:
    print(-2.5, '.0e', type(e).__name__, e)
try:
    print(-2.5, '#.0f', repr(format(-2.5, '#.0f')))
except (ValueError, TypeError, OverflowError) as e:
    print(-2.5, '#.0f', type(e).__name__, e)
try:
    print(-2.5, '#g', repr(format(-2.5, '#g')))
except (ValueError, TypeError, OverflowError) as e:
    print(-2.5, '#g', type(e).__name__, e)
try:
    print(0.0, '', repr(format(0.0, '')))
except (ValueError, TypeError, OverflowError) as e:
    print(0.0, '', type(e).__name__, e)
try:
    print(0.0, '5', repr(format(0.0, '5')))
except (ValueError, TypeError, OverflowError) as e:
    print(0.0, '5', type(e).__name__, e)
try:
    print(0.0, '<5', repr(format(0.0, '<5')))
except (ValueError, TypeError, OverflowError) as e:
    print(0.0, '<5', type(e).__name__, e)
try:
    print(0.0, '>8', repr(format(0.0, '>8')))
except (ValueError, TypeError, OverflowError) as e:
    print(0.0, '>8', type(e).__name__, e)
try:
    print(0.0, '^9', repr(format(0.0, '^9')))
except (ValueError, TypeError, OverflowError) as e:
    print(0.0, '^9', type(e).__name__, e)
try:
    print(0.0, '*^9', repr(format(0.0, '*^9')))
except (ValueError, TypeError, OverflowError) as e:
    print(0.0, '*^9', type(e).__name__, e)
try:
    print(0.0, '+', repr(format(0.0, '+')))
except (ValueError, TypeError, OverflowError) as e:
    print(0.0, '+', type(e).__name__, e)
try:
    print(0.0, ' ', repr(format(0.0, ' ')))
except (ValueError, TypeError, OverflowError) as e:
    print(0.0, ' ', type(e).__name__, e)
try:
    print(0.0, '05', repr(format(0.0, '05')))
except (ValueError, TypeError, OverflowError) as e:
    print(0.0, '05', type(e).__name__, e)
try:
    print(0.0, ',', repr(format(0.0, ',')))
except (ValueError, TypeError, OverflowError) as e:
    print(0.0, ',', type(e).__name__, e)
try:
    print(0.0, '_', repr(format(0.0, '_')))
except (ValueError, TypeError, OverflowError) as e:
    print(0.0, '_', type(e).__name__, e)
try:
    print(0.0, '.0f', repr(format(0.0, '.0f')))
except (ValueError, TypeError, OverflowError) as e:
    print(0.0, '.0f', type(e).__name__, e)
try:
    print(0.0, '.2f', repr(format(0.0, '.2f')))
except (ValueError, TypeError, OverflowError) as e:
    print(0.0, '.2f', type(e).__name__, e)
try:
    print(0.0, '.3e', repr(format(0.0, '.3e')))
except (ValueError, TypeError, OverflowError) as e:
    print(0.0, '.3e', type(e).__name__, e)
try:
    print(0.0, '.2g', repr(format(0.0, '.2g')))
except (ValueError, TypeError, OverflowError) as e:
    print(0.0, '.2g', type(e).__name__, e)
try:
    print(0.0, 'g', repr(format(0.0, 'g')))
except (ValueError, TypeError, OverflowError) as e:
    print(0.0, 'g', type(e).__name__, e)
try:
    print(0.0, '.10g', repr(format(0.0, '.10g')))
except (ValueError, TypeError, OverflowError) as e:
    print(0.0, '.10g', type(e).__name__, e)
try:
    print(0.0, 'e', repr(format(0.0, 'e')))
except (ValueError, TypeError, OverflowError) as e:
    print(0.0, 'e', type(e).__name__, e)
try:
    print(0.0, '%', repr(format(0.0, '%')))
except (ValueError, TypeError, OverflowError) as e:
    print(0.0, '%', type(e).__name__, e)
try:
    print(0.0, '.1%', repr(format(0.0, '.1%')))
except (ValueError, TypeError, OverflowError) as e:
    print(0.0, '.1%', type(e).__name__, e)
try:
    print(0.0, 'x', repr(format(0.0, 'x')))
except (ValueError, TypeError, OverflowError) as e:
    print(0.0, 'x', type(e).__name__, e)
try:
    print(0.0, '#x', repr(format(0.0, '#x')))
except (ValueError, TypeError, OverflowError) as e:
    print(0.0, '#x', type(e).__name__, e)
try:
    print(0.0, 'o', repr(format(0.0, 'o')))
except (ValueError, TypeError, OverflowError) as e:
    print(0.0, 'o', type(e).__name__, e)
try:
    print(0.0, 'b', repr(format(0.0, 'b')))
except (ValueError, TypeError, OverflowError) as e:
    print(0.0, 'b', type(e).__name__, e)
try:
    print(0.0, '#b', repr(format(0.0, '#b')))
except (ValueError, TypeError, OverflowError) as e:
    print(0.0, '#b', type(e).__name__, e)
try:
    print(0.0, '08.3f', repr(format(0.0, '08.3f')))
except (ValueError, TypeError, OverflowError) as e:
    print(0.0, '08.3f', type(e).__name__, e)
try:
    print(0.0, '+.2f', repr(format(0.0, '+.2f')))
except (ValueError, TypeError, OverflowError) as e:
    print(0.0, '+.2f', type(e).__name__, e)
try:
    print(0.0, '>+10.2f', repr(format(0.0, '>+10.2f')))
except (ValueError, TypeError, OverflowError) as e:
    print(0.0, '>+10.2f', type(e).__name__, e)
try:
    print(0.0, '=+10.2f', repr(format(0.0, '=+10.2f')))
except (ValueError, TypeError, OverflowError) as e:
    print(0.0, '=+10.2f', type(e).__name__, e)
try:
    print(0.0, '010,.2f', repr(format(0.0, '010,.2f')))
except (ValueError, TypeError, OverflowError) as e:
    print(0.0, '010,.2f', type(e).__name__, e)
try:
    print(0.0, ',d', repr(format(0.0, ',d')))
except (ValueError, TypeError, OverflowError) as e:
    print(0.0, ',d', type(e).__name__, e)
try:
    print(0.0, 'n', repr(format(0.0, 'n')))
except (ValueError, TypeError, OverflowError) as e:
    print(0.0, 'n', type(e).__name__, e)
try:
    print(0.0, '.3', repr(format(0.0, '.3')))
except (ValueError, TypeError, OverflowError) as e:
    print(0.0, '.3', type(e).__name__, e)
try:
    print(0.0, '10.4', repr(format(0.0, '10.4')))
except (ValueError, TypeError, OverflowError) as e:
    print(0.0, '10.4', type(e).__name__, e)
try:
    print(0.0, 's', repr(format(0.0, 's')))
except (ValueError, TypeError, OverflowError) as e:
    print(0.0, 's', type(e).__name__, e)
try:
    print(0.0, 'c', repr(format(0.0, 'c')))
except (ValueError, TypeError, OverflowError) as e:
    print(0.0, 'c', type(e).__name__, e)
try:
    print(0.0, 'X', repr(format(0.0, 'X')))
except (ValueError, TypeError, OverflowError) as e:
    print(0.0, 'X', type(e).__name__, e)
try:
    print(0.0, '#o', repr(format(0.0, '#o')))
except (ValueError, TypeError, OverflowError) as e:
    print(0.0, '#o', type(e).__name__, e)
try:
    print(0.0, 'E', repr(format(0.0, 'E')))
except (ValueError, TypeError, OverflowError) as e:
    print(0.0, 'E', type(e).__name__, e)
try:
    print(0.0, 'G', repr(format(0.0, 'G')))
except (ValueError, TypeError, OverflowError) as e:
    print(0.0, 'G', type(e).__name__, e)
try:
    print(0.0, '.0e', repr(format(0.0, '.0e')))
except (ValueError, TypeError, OverflowError) as e:
    print(0.0, '.0e', type(e).__name__, e)
try:
    print(0.0, '#.0f', repr(format(0.0, '#.0f')))
except (ValueError, TypeError, OverflowError) as e:
    print(0.0, '#.0f', type(e).__name__, e)
try:
    print(0.0, '#g', repr(format(0.0, '#g')))
except (ValueError, TypeError, OverflowError) as e:
    print(0.0, '#g', type(e).__name__, e)
try:
    print(-0.0, '', repr(format(-0.0, '')))
except (ValueError, TypeError, OverflowError) as e:
    print(-0.0, '', type(e).__name__, e)
try:
    print(-0.0, '5', repr(format(-0.0, '5')))
except (ValueError, TypeError, OverflowError) as e:
    print(-0.0, '5', type(e).__name__, e)
try:
    print(-0.0, '<5', repr(format(-0.0, '<5')))
except (ValueError, TypeError, OverflowError) as e:
    print(-0.0, '<5', type(e).__name__, e)
try:
    print(-0.0, '>8', repr(format(-0.0, '>8')))
except (ValueError, TypeError, OverflowError) as e:
    print(-0.0, '>8', type(e).__name__, e)
try:
    print(-0.0, '^9', repr(format(-0.0, '^9')))
except (ValueError, TypeError, OverflowError) as e:
    print(-0.0, '^9', type(e).__name__, e)
try:
    print(-0.0, '*^9', repr(format(-0.0, '*^9')))
except (ValueError, TypeError, OverflowError) as e:
    print(-0.0, '*^9', type(e).__name__, e)
try:
    print(-0.0, '+', repr(format(-0.0, '+')))
except (ValueError, TypeError, OverflowError) as e:
    print(-0.0, '+', type(e).__name__, e)
try:
    print(-0.0, ' ', repr(format(-0.0, ' ')))
except (ValueError, TypeError, OverflowError) as e:
    print(-0.0, ' ', type(e).__name__, e)
try:
    print(-0.0, '05', repr(format(-0.0, '05')))
except (ValueError, TypeError, OverflowError) as e:
    print(-0.0, '05', type(e).__name__, e)
try:
    print(-0.0, ',', repr(format(-0.0, ',')))
except (ValueError, TypeError, OverflowError) as e:
    print(-0.0, ',', type(e).__name__, e)
try:
    print(-0.0, '_', repr(format(-0.0, '_')))
except (ValueError, TypeError, OverflowError) as e:
    print(-0.0, '_', type(e).__name__, e)
try:
    print(-0.0, '.0f', repr(format(-0.0, '.0f')))
except (ValueError, TypeError, OverflowError) as e:
    print(-0.0, '.0f', type(e).__name__, e)
try:
    print(-0.0, '.2f', repr(format(-0.0, '.2f')))
except (ValueError, TypeError, OverflowError) as e:
    print(-0.0, '.2f', type(e).__name__, e)
try:
    print(-0.0, '.3e', repr(format(-0.0, '.3e')))
except (ValueError, TypeError, OverflowError) as e:
    print(-0.0, '.3e', type(e).__name__, e)
try:
    print(-0.0, '.2g', repr(format(-0.0, '.2g')))
except (ValueError, TypeError, OverflowError) as e:
    print(-0.0, '.2g', type(e).__name__, e)
try:
    print(-0.0, 'g', repr(format(-0.0, 'g')))
except (ValueError, TypeError, OverflowError) as e:
    print(-0.0, 'g', type(e).__name__, e)
try:
    print(-0.0, '.10g', repr(format(-0.0, '.10g')))
except (ValueError, TypeError, OverflowError) as e:
    print(-0.0, '.10g', type(e).__name__, e)
try:
    print(-0.0, 'e', repr(format(-0.0, 'e')))
except (ValueError, TypeError, OverflowError) as e:
    print(-0.0, 'e', type(e).__name__, e)
try:
    print(-0.0, '%', repr(format(-0.0, '%')))
except (ValueError, TypeError, OverflowError) as e:
    print(-0.0, '%', type(e).__name__, e)
try:
    print(-0.0, '.1%', repr(format(-0.0, '.1%')))
except (ValueError, TypeError, OverflowError) as e:
    print(-0.0, '.1%', type(e).__name__, e)
try:
    print(-0.0, 'x', repr(format(-0.0, 'x')))
except (ValueError, TypeError, OverflowError) as e:
    print(-0.0, 'x', type(e).__name__, e)
try:
    print(-0.0, '#x', repr(format(-0.0, '#x')))
except (ValueError, TypeError, OverflowError) as e:
    print(-0.0, '#x', type(e).__name__, e)
try:
    print(-0.0, 'o', repr(format(-0.0, 'o')))
except (ValueError, TypeError, OverflowError) as e:
    print(-0.0, 'o', type(e).__name__, e)
try:
    print(-0.0, 'b', repr(format(-0.0, 'b')))
except (ValueError, TypeError, OverflowError) as e:
    print(-0.0, 'b', type(e).__name__, e)
try:
    print(-0.0, '#b', repr(format(-0.0, '#b')))
except (ValueError, TypeError, OverflowError) as e:
    print(-0.0, '#b', type(e).__name__, e)
try:
    print(-0.0, '08.3f', repr(format(-0.0, '08.3f')))
except (ValueError, TypeError, OverflowError) as e:
    print(-0.0, '08.3f', type(e).__name__, e)
try:
    print(-0.0, '+.2f', repr(format(-0.0, '+.2f')))
except (ValueError, TypeError, OverflowError) as e:
    print(-0.0, '+.2f', type(e).__name__, e)
try:
    print(-0.0, '>+10.2f', repr(format(-0.0, '>+10.2f')))
except (ValueError, TypeError, OverflowError) as e:
    print(-0.0, '>+10.2f', type(e).__name__, e)
try:
    print(-0.0, '=+10.2f', repr(format(-0.0, '=+10.2f')))
except (ValueError, TypeError, OverflowError) as e:
    print(-0.0, '=+10.2f', type(e).__name__, e)
try:
    print(-0.0, '010,.2f', repr(format(-0.0, '010,.2f')))
except (ValueError, TypeError, OverflowError) as e:
    print(-0.0, '010,.2f', type(e).__name__, e)
try:
    print(-0.0, ',d', repr(format(-0.0, ',d')))
except (ValueError, TypeError, OverflowError) as e:
    print(-0.0, ',d', type(e).__name__, e)
try:
    print(-0.0, 'n', repr(format(-0.0, 'n')))
except (ValueError, TypeError, OverflowError) as e:
    print(-0.0, 'n', type(e).__name__, e)
try:
    print(-0.0, '.3', repr(format(-0.0, '.3')))
except (ValueError, TypeError, OverflowError) as e:
    print(-0.0, '.3', type(e).__name__, e)
try:
    print(-0.0, '10.4', repr(format(-0.0, '10.4')))
except (ValueError, TypeError, OverflowError) as e:
    print(-0.0, '10.4', type(e).__name__, e)
try:
    print(-0.0, 's', repr(format(-0.0, 's')))
except (ValueError, TypeError, OverflowError) as e:
    print(-0.0, 's', type(e).__name__, e)
try:
    print(-0.0, 'c', repr(format(-0.0, 'c')))
except (ValueError, TypeError, OverflowError) as e:
    print(-0.0, 'c', type(e).__name__, e)
try:
    print(-0.0, 'X', repr(format(-0.0, 'X')))
except (ValueError, TypeError, OverflowError) as e:
    print(-0.0, 'X', type(e).__name__, e)
try:
    print(-0.0, '#o', repr(format(-0.0, '#o')))
except (ValueError, TypeError, OverflowError) as e:
    print(-0.0, '#o', type(e).__name__, e)
try:
    print(-0.0, 'E', repr(format(-0.0, 'E')))
except (ValueError, TypeError, OverflowError) as e:
    print(-0.0, 'E', type(e).__name__, e)
try:
    print(-0.0, 'G', repr(format(-0.0, 'G')))
except (ValueError, TypeError, OverflowError) as e:
    print(-0.0, 'G', type(e).__name__, e)
try:
    print(-0.0, '.0e', repr(format(-0.0, '.0e')))
except (ValueError, TypeError, OverflowError) as e:
    print(-0.0, '.0e', type(e).__name__, e)
try:
    print(-0.0, '#.0f', repr(format(-0.0, '#.0f')))
except (ValueError, TypeError, OverflowError) as e:
    print(-0.0, '#.0f', type(e).__name__, e)
try:
    print(-0.0, '#g', repr(format(-0.0, '#g')))
except (ValueError, TypeError, OverflowError) as e:
    print(-0.0, '#g', type(e).__name__, e)
try:
    print(1e20, '', repr(format(1e20, '')))
except (ValueError, TypeError, OverflowError) as e:
    print(1e20, '', type(e).__name__, e)
try:
    print(1e20, '5', repr(format(1e20, '5')))
except (ValueError, TypeError, OverflowError) as e:
    print(1e20, '5', type(e).__name__, e)
try:
    print(1e20, '<5', repr(format(1e20, '<5')))
except (ValueError, TypeError, OverflowError) as e:
    print(1e20, '<5', type(e).__name__, e)
try:
    print(1e20, '>8', repr(format(1e20, '>8')))
except (ValueError, TypeError, OverflowError) as e:
    print(1e20, '>8', type(e).__name__, e)
try:
    print(1e20, '^9', repr(format(1e20, '^9')))
except (ValueError, TypeError, OverflowError) as e:
    print(1e20, '^9', type(e).__name__, e)
try:
    print(1e20, '*^9', repr(format(1e20, '*^9')))
except (ValueError, TypeError, OverflowError) as e:
    print(1e20, '*^9', type(e).__name__, e)
try:
    print(1e20, '+', repr(format(1e20, '+')))
except (ValueError, TypeError, OverflowError) as e:
    print(1e20, '+', type(e).__name__, e)
try:
    print(1e20, ' ', repr(format(1e20, ' ')))
except (ValueError, TypeError, OverflowError) as e:
    print(1e20, ' ', type(e).__name__, e)
try:
    print(1e20, '05', repr(format(1e20, '05')))
except (ValueError, TypeError, OverflowError) as e:
    print(1e20, '05', type(e).__name__, e)
try:
    print(1e20, ',', repr(format(1e20, ',')))
except (ValueError, TypeError, OverflowError) as e:
    print(1e20, ',', type(e).__name__, e)
try:
    print(1e20, '_', repr(format(1e20, '_')))
except (ValueError, TypeError, OverflowError) as e:
    print(1e20, '_', type(e).__name__, e)
try:
    print(1e20, '.0f', repr(format(1e20, '.0f')))
except (ValueError, TypeError, OverflowError) as e:
    print(1e20, '.0f', type(e).__name__, e)
try:
    print(1e20, '.2f', repr(format(1e20, '.2f')))
except (ValueError, TypeError, OverflowError) as e:
    print(1e20, '.2f', type(e).__name__, e)
try:
    print(1e20, '.3e', repr(format(1e20, '.3e')))
except (ValueError, TypeError, OverflowError) as e:
    print(1e20, '.3e', type(e).__name__, e)
try:
    print(1e20, '.2g', repr(format(1e20, '.2g')))
except (ValueError, TypeError, OverflowError) as e:
    print(1e20, '.2g', type(e).__name__, e)
try:
    print(1e20, 'g', repr(format(1e20, 'g')))
except (ValueError, TypeError, OverflowError) as e:
    print(1e20, 'g', type(e).__name__, e)
try:
    print(1e20, '.10g', repr(format(1e20, '.10g')))
except (ValueError, TypeError, OverflowError) as e:
    print(1e20, '.10g', type(e).__name__, e)
try:
    print(1e20, 'e', repr(format(1e20, 'e')))
except (ValueError, TypeError, OverflowError) as e:
    print(1e20, 'e', type(e).__name__, e)
try:
    print(1e20, '%', repr(format(1e20, '%')))
except (ValueError, TypeError, OverflowError) as e:
    print(1e20, '%', type(e).__name__, e)
try:
    print(1e20, '.1%', repr(format(1e20, '.1%')))
except (ValueError, TypeError, OverflowError) as e:
    print(1e20, '.1%', type(e).__name__, e)
try:
    print(1e20, 'x', repr(format(1e20, 'x')))
except (ValueError, TypeError, OverflowError) as e:
    print(1e20, 'x', type(e).__name__, e)
try:
    print(1e20, '#x', repr(format(1e20, '#x')))
except (ValueError, TypeError, OverflowError) as e:
    print(1e20, '#x', type(e).__name__, e)
try:
    print(1e20, 'o', repr(format(1e20, 'o')))
except (ValueError, TypeError, OverflowError) as e:
    print(1e20, 'o', type(e).__name__, e)
try:
    print(1e20, 'b', repr(format(1e20, 'b')))
except (ValueError, TypeError, OverflowError) as e:
    print(1e20, 'b', type(e).__name__, e)
try:
    print(1e20, '#b', repr(format(1e20, '#b')))
except (ValueError, TypeError, OverflowError) as e:
    print(1e20, '#b', type(e).__name__, e)
try:
    print(1e20, '08.3f', repr(format(1e20, '08.3f')))
except (ValueError, TypeError, OverflowError) as e:
    print(1e20, '08.3f', type(e).__name__, e)
try:
    print(1e20, '+.2f', repr(format(1e20, '+.2f')))
except (ValueError, TypeError, OverflowError) as e:
    print(1e20, '+.2f', type(e).__name__, e)
try:
    print(1e20, '>+10.2f', repr(format(1e20, '>+10.2f')))
except (ValueError, TypeError, OverflowError) as e:
    print(1e20, '>+10.2f', type(e).__name__, e)
try:
    print(1e20, '=+10.2f', repr(format(1e20, '=+10.2f')))
except (ValueError, TypeError, OverflowError) as e:
    print(1e20, '=+10.2f', type(e).__name__, e)
try:
    print(1e20, '010,.2f', repr(format(1e20, '010,.2f')))
except (ValueError, TypeError, OverflowError) as e:
    print(1e20, '010,.2f', type(e).__name__, e)
try:
    print(1e20, ',d', repr(format(1e20, ',d')))
except (ValueError, TypeError, OverflowError) as e:
    print(1e20, ',d', type(e).__name__, e)
try:
    print(1e20, 'n', repr(format(1e20, 'n')))
except (ValueError, TypeError, OverflowError) as e:
    print(1e20, 'n', type(e).__name__, e)
try:
    print(1e20, '.3', repr(format(1e20, '.3')))
except (ValueError, TypeError, OverflowError) as e:
    print(1e20, '.3', type(e).__name__, e)
try:
    print(1e20, '10.4', repr(format(1e20, '10.4')))
except (ValueError, TypeError, OverflowError) as e:
    print(1e20, '10.4', type(e).__name__, e)
try:
    print(1e20, 's', repr(format(1e20, 's')))
except (ValueError, TypeError, OverflowError) as e:
    print(1e20, 's', type(e).__name__, e)
try:
    print(1e20, 'c', repr(format(1e20, 'c')))
except (ValueError, TypeError, OverflowError) as e:
    print(1e20, 'c', type(e).__name__, e)
try:
    print(1e20, 'X', repr(format(1e20, 'X')))
except (ValueError, TypeError, OverflowError) as e:
    print(1e20, 'X', type(e).__name__, e)
try:
    print(1e20, '#o', repr(format(1e20, '#o')))
except (ValueError, TypeError, OverflowError) as e:
    print(1e20, '#o', type(e).__name__, e)
try:
    print(1e20, 'E', repr(format(1e20, 'E')))
except (ValueError, TypeError, OverflowError) as e:
    print(1e20, 'E', type(e).__name__, e)
try:
    print(1e20, 'G', repr(format(1e20, 'G')))
except (ValueError, TypeError, OverflowError) as e:
    print(1e20, 'G', type(e).__name__, e)
try:
    print(1e20, '.0e', repr(format(1e20, '.0e')))
except (ValueError, TypeError, OverflowError) as e:
    print(1e20, '.0e', type(e).__name__, e)
try:
    print(1e20, '#.0f', repr(format(1e20, '#.0f')))
except (ValueError, TypeError, OverflowError) as e:
    print(1e20, '#.0f', type(e).__name__, e)
try:
    print(1e20, '#g', repr(format(1e20, '#g')))
except (ValueError, TypeError, OverflowError) as e:
    print(1e20, '#g', type(e).__name__, e)
try:
    print(1.5e-7, '', repr(format(1.5e-7, '')))
except (ValueError, TypeError, OverflowError) as e:
    print(1.5e-7, '', type(e).__name__, e)
try:
    print(1.5e-7, '5', repr(format(1.5e-7, '5')))
except (ValueError, TypeError, OverflowError) as e:
    print(1.5e-7, '5', type(e).__name__, e)
try:
    print(1.5e-7, '<5', repr(format(1.5e-7, '<5')))
except (ValueError, TypeError, OverflowError) as e:
    print(1.5e-7, '<5', type(e).__name__, e)
try:
    print(1.5e-7, '>8', repr(format(1.5e-7, '>8')))
except (ValueError, TypeError, OverflowError) as e:
    print(1.5e-7, '>8', type(e).__name__, e)
try:
    print(1.5e-7, '^9', repr(format(1.5e-7, '^9')))
except (ValueError, TypeError, OverflowError) as e:
    print(1.5e-7, '^9', type(e).__name__, e)
try:
    print(1.5e-7, '*^9', repr(format(1.5e-7, '*^9')))
except (ValueError, TypeError, OverflowError) as e:
    print(1.5e-7, '*^9', type(e).__name__, e)
try:
    print(1.5e-7, '+', repr(format(1.5e-7, '+')))
except (ValueError, TypeError, OverflowError) as e:
    print(1.5e-7, '+', type(e).__name__, e)
try:
    print(1.5e-7, ' ', repr(format(1.5e-7, ' ')))
except (ValueError, TypeError, OverflowError) as e:
    print(1.5e-7, ' ', type(e).__name__, e)
try:
    print(1.5e-7, '05', repr(format(1.5e-7, '05')))
except (ValueError, TypeError, OverflowError) as e:
    print(1.5e-7, '05', type(e).__name__, e)
try:
    print(1.5e-7, ',', repr(format(1.5e-7, ',')))
except (ValueError, TypeError, OverflowError) as e:
    print(1.5e-7, ',', type(e).__name__, e)
try:
    print(1.5e-7, '_', repr(format(1.5e-7, '_')))
except (ValueError, TypeError, OverflowError) as e:
    print(1.5e-7, '_', type(e).__name__, e)
try:
    print(1.5e-7, '.0f', repr(format(1.5e-7, '.0f')))
except (ValueError, TypeError, OverflowError) as e:
    print(1.5e-7, '.0f', type(e).__name__, e)
try:
    print(1.5e-7, '.2f', repr(format(1.5e-7, '.2f')))
except (ValueError, TypeError, OverflowError) as e:
    print(1.5e-7, '.2f', type(e).__name__, e)
try:
    print(1.5e-7, '.3e', repr(format(1.5e-7, '.3e')))
except (ValueError, TypeError, OverflowError) as e:
    print(1.5e-7, '.3e', type(e).__name__, e)
try:
    print(1.5e-7, '.2g', repr(format(1.5e-7, '.2g')))
except (ValueError, TypeError, OverflowError) as e:
    print(1.5e-7, '.2g', type(e).__name__, e)
try:
    print(1.5e-7, 'g', repr(format(1.5e-7, 'g')))
except (ValueError, TypeError, OverflowError) as e:
    print(1.5e-7, 'g', type(e).__name__, e)
try:
    print(1.5e-7, '.10g', repr(format(1.5e-7, '.10g')))
except (ValueError, TypeError, OverflowError) as e:
    print(1.5e-7, '.10g', type(e).__name__, e)
try:
    print(1.5e-7, 'e', repr(format(1.5e-7, 'e')))
except (ValueError, TypeError, OverflowError) as e:
    print(1.5e-7, 'e', type(e).__name__, e)
try:
    print(1.5e-7, '%', repr(format(1.5e-7, '%')))
except (ValueError, TypeError, OverflowError) as e:
    print(1.5e-7, '%', type(e).__name__, e)
try:
    print(1.5e-7, '.1%', repr(format(1.5e-7, '.1%')))
except (ValueError, TypeError, OverflowError) as e:
    print(1.5e-7, '.1%', type(e).__name__, e)
try:
    print(1.5e-7, 'x', repr(format(1.5e-7, 'x')))
except (ValueError, TypeError, OverflowError) as e:
    print(1.5e-7, 'x', type(e).__name__, e)
try:
    print(1.5e-7, '#x', repr(format(1.5e-7, '#x')))
except (ValueError, TypeError, OverflowError) as e:
    print(1.5e-7, '#x', type(e).__name__, e)
try:
    print(1.5e-7, 'o', repr(format(1.5e-7, 'o')))
except (ValueError, TypeError, OverflowError) as e:
    print(1.5e-7, 'o', type(e).__name__, e)
try:
    print(1.5e-7, 'b', repr(format(1.5e-7, 'b')))
except (ValueError, TypeError, OverflowError) as e:
    print(1.5e-7, 'b', type(e).__name__, e)
try:
    print(1.5e-7, '#b', repr(format(1.5e-7, '#b')))
except (ValueError, TypeError, OverflowError) as e:
    print(1.5e-7, '#b', type(e).__name__, e)
try:
    print(1.5e-7, '08.3f', repr(format(1.5e-7, '08.3f')))
except (ValueError, TypeError, OverflowError) as e:
    print(1.5e-7, '08.3f', type(e).__name__, e)
try:
    print(1.5e-7, '+.2f', repr(format(1.5e-7, '+.2f')))
except (ValueError, TypeError, OverflowError) as e:
    print(1.5e-7, '+.2f', type(e).__name__, e)
try:
    print(1.5e-7, '>+10.2f', repr(format(1.5e-7, '>+10.2f')))
except (ValueError, TypeError, OverflowError) as e:
    print(1.5e-7, '>+10.2f', type(e).__name__, e)
try:
    print(1.5e-7, '=+10.2f', repr(format(1.5e-7, '=+10.2f')))
except (ValueError, TypeError, OverflowError) as e:
    print(1.5e-7, '=+10.2f', type(e).__name__, e)
try:
    print(1.5e-7, '010,.2f', repr(format(1.5e-7, '010,.2f')))
except (ValueError, TypeError, OverflowError) as e:
    print(1.5e-7, '010,.2f', type(e).__name__, e)
try:
    print(1.5e-7, ',d', repr(format(1.5e-7, ',d')))
except (ValueError, TypeError, OverflowError) as e:
    print(1.5e-7, ',d', type(e).__name__, e)
try:
    print(1.5e-7, 'n', repr(format(1.5e-7, 'n')))
except (ValueError, TypeError, OverflowError) as e:
    print(1.5e-7, 'n', type(e).__name__, e)
try:
    print(1.5e-7, '.3', repr(format(1.5e-7, '.3')))
except (ValueError, TypeError, OverflowError) as e:
    print(1.5e-7, '.3', type(e).__name__, e)
try:
    print(1.5e-7, '10.4', repr(format(1.5e-7, '10.4')))
except (ValueError, TypeError, OverflowError) as e:
    print(1.5e-7, '10.4', type(e).__name__, e)
try:
    print(1.5e-7, 's', repr(format(1.5e-7, 's')))
except (ValueError, TypeError, OverflowError) as e:
    print(1.5e-7, 's', type(e).__name__, e)
try:
    print(1.5e-7, 'c', repr(format(1.5e-7, 'c')))
except (ValueError, TypeError, OverflowError) as e:
    print(1.5e-7, 'c', type(e).__name__, e)
try:
    print(1.5e-7, 'X', repr(format(1.5e-7, 'X')))
except (ValueError, TypeError, OverflowError) as e:
    print(1.5e-7, 'X', type(e).__name__, e)
try:
    print(1.5e-7, '#o', repr(format(1.5e-7, '#o')))
except (ValueError, TypeError, OverflowError) as e:
    print(1.5e-7, '#o', type(e).__name__, e)
try:
    print(1.5e-7, 'E', repr(format(1.5e-7, 'E')))
except (ValueError, TypeError, OverflowError) as e:
    print(1.5e-7, 'E', type(e).__name__, e)
try:
    print(1.5e-7, 'G', repr(format(1.5e-7, 'G')))
except (ValueError, TypeError, OverflowError) as e:
    print(1.5e-7, 'G', type(e).__name__, e)
try:
    print(1.5e-7, '.0e', repr(format(1.5e-7, '.0e')))
except (ValueError, TypeError, OverflowError) as e:
    print(1.5e-7, '.0e', type(e).__name__, e)
try:
    print(1.5e-7, '#.0f', repr(format(1.5e-7, '#.0f')))
except (ValueError, TypeError, OverflowError) as e:
    print(1.5e-7, '#.0f', type(e).__name__, e)
try:
    print(1.5e-7, '#g', repr(format(1.5e-7, '#g')))
except (ValueError, TypeError, OverflowError) as e:
    print(1.5e-7, '#g', type(e).__name__, e)
try:
    print(123456.789, '', repr(format(123456.789, '')))
except (ValueError, TypeError, OverflowError) as e:
    print(123456.789, '', type(e).__name__, e)
try:
    print(123456.789, '5', repr(format(123456.789, '5')))
except (ValueError, TypeError, OverflowError) as e:
    print(123456.789, '5', type(e).__name__, e)
try:
    print(123456.789, '<5', repr(format(123456.789, '<5')))
except (ValueError, TypeError, OverflowError) as e:
    print(123456.789, '<5', type(e).__name__, e)
try:
    print(123456.789, '>8', repr(format(123456.789, '>8')))
except (ValueError, TypeError, OverflowError) as e:
    print(123456.789, '>8', type(e).__name__, e)
try:
    print(123456.789, '^9', repr(format(123456.789, '^9')))
except (ValueError, TypeError, OverflowError) as e:
    print(123456.789, '^9', type(e).__name__, e)
try:
    print(123456.789, '*^9', repr(format(123456.789, '*^9')))
except (ValueError, TypeError, OverflowError) as e:
    print(123456.789, '*^9', type(e).__name__, e)
try:
    print(123456.789, '+', repr(format(123456.789, '+')))
except (ValueError, TypeError, OverflowError) as e:
    print(123456.789, '+', type(e).__name__, e)
try:
    print(123456.789, ' ', repr(format(123456.789, ' ')))
except (ValueError, TypeError, OverflowError) as e:
    print(123456.789, ' ', type(e).__name__, e)
try:
    print(123456.789, '05', repr(format(123456.789, '05')))
except (ValueError, TypeError, OverflowError) as e:
    print(123456.789, '05', type(e).__name__, e)
try:
    print(123456.789, ',', repr(format(123456.789, ',')))
except (ValueError, TypeError, OverflowError) as e:
    print(123456.789, ',', type(e).__name__, e)
try:
    print(123456.789, '_', repr(format(123456.789, '_')))
except (ValueError, TypeError, OverflowError) as e:
    print(123456.789, '_', type(e).__name__, e)
try:
    print(123456.789, '.0f', repr(format(123456.789, '.0f')))
except (ValueError, TypeError, OverflowError) as e:
    print(123456.789, '.0f', type(e).__name__, e)
try:
    print(123456.789, '.2f', repr(format(123456.789, '.2f')))
except (ValueError, TypeError, OverflowError) as e:
    print(123456.789, '.2f', type(e).__name__, e)
try:
    print(123456.789, '.3e', repr(format(123456.789, '.3e')))
except (ValueError, TypeError, OverflowError) as e:
    print(123456.789, '.3e', type(e).__name__, e)
try:
    print(123456.789, '.2g', repr(format(123456.789, '.2g')))
except (ValueError, TypeError, OverflowError) as e:
    print(123456.789, '.2g', type(e).__name__, e)
try:
    print(123456.789, 'g', repr(format(123456.789, 'g')))
except (ValueError, TypeError, OverflowError) as e:
    print(123456.789, 'g', type(e).__name__, e)
try:
    print(123456.789, '.10g', repr(format(123456.789, '.10g')))
except (ValueError, TypeError, OverflowError) as e:
    print(123456.789, '.10g', type(e).__name__, e)
try:
    print(123456.789, 'e', repr(format(123456.789, 'e')))
except (ValueError, TypeError, OverflowError) as e:
    print(123456.789, 'e', type(e).__name__, e)
try:
    print(123456.789, '%', repr(format(123456.789, '%')))
except (ValueError, TypeError, OverflowError) as e:
    print(123456.789, '%', type(e).__name__, e)
try:
    print(123456.789, '.1%', repr(format(123456.789, '.1%')))
except (ValueError, TypeError, OverflowError) as e:
    print(123456.789, '.1%', type(e).__name__, e)
try:
    print(123456.789, 'x', repr(format(123456.789, 'x')))
except (ValueError, TypeError, OverflowError) as e:
    print(123456.789, 'x', type(e).__name__, e)
try:
    print(123456.789, '#x', repr(format(123456.789, '#x')))
except (ValueError, TypeError, OverflowError) as e:
    print(123456.789, '#x', type(e).__name__, e)
try:
    print(123456.789, 'o', repr(format(123456.789, 'o')))
except (ValueError, TypeError, OverflowError) as e:
    print(123456.789, 'o', type(e).__name__, e)
try:
    print(123456.789, 'b', repr(format(123456.789, 'b')))
except (ValueError, TypeError, OverflowError) as e:
    print(123456.789, 'b', type(e).__name__, e)
try:
    print(123456.789, '#b', repr(format(123456.789, '#b')))
except (ValueError, TypeError, OverflowError) as e:
    print(123456.789, '#b', type(e).__name__, e)
try:
    print(123456.789, '08.3f', repr(format(123456.789, '08.3f')))
except (ValueError, TypeError, OverflowError) as e:
    print(123456.789, '08.3f', type(e).__name__, e)
try:
    print(123456.789, '+.2f', repr(format(123456.789, '+.2f')))
except (ValueError, TypeError, OverflowError) as e:
    print(123456.789, '+.2f', type(e).__name__, e)
try:
    print(123456.789, '>+10.2f', repr(format(123456.789, '>+10.2f')))
except (ValueError, TypeError, OverflowError) as e:
    print(123456.789, '>+10.2f', type(e).__name__, e)
try:
    print(123456.789, '=+10.2f', repr(format(123456.789, '=+10.2f')))
except (ValueError, TypeError, OverflowError) as e:
    print(123456.789, '=+10.2f', type(e).__name__, e)
try:
    print(123456.789, '010,.2f', repr(format(123456.789, '010,.2f')))
except (ValueError, TypeError, OverflowError) as e:
    print(123456.789, '010,.2f', type(e).__name__, e)
try:
    print(123456.789, ',d', repr(format(123456.789, ',d')))
except (ValueError, TypeError, OverflowError) as e:
    print(123456.789, ',d', type(e).__name__, e)
try:
    print(123456.789, 'n', repr(format(123456.789, 'n')))
except (ValueError, TypeError, OverflowError) as e:
    print(123456.789, 'n', type(e).__name__, e)
try:
    print(123456.789, '.3', repr(format(123456.789, '.3')))
except (ValueError, TypeError, OverflowError) as e:
    print(123456.789, '.3', type(e).__name__, e)
try:
    print(123456.789, '10.4', repr(format(123456.789, '10.4')))
except (ValueError, TypeError, OverflowError) as e:
    print(123456.789, '10.4', type(e).__name__, e)
try:
    print(123456.789, 's', repr(format(123456.789, 's')))
except (ValueError, TypeError, OverflowError) as e:
    print(123456.789, 's', type(e).__name__, e)
try:
    print(123456.789, 'c', repr(format(123456.789, 'c')))
except (ValueError, TypeError, OverflowError) as e:
    print(123456.789, 'c', type(e).__name__, e)
try:
    print(123456.789, 'X', repr(format(123456.789, 'X')))
except (ValueError, TypeError, OverflowError) as e:
    print(123456.789, 'X', type(e).__name__, e)
try:
    print(123456.789, '#o', repr(format(123456.789, '#o')))
except (ValueError, TypeError, OverflowError) as e:
    print(123456.789, '#o', type(e).__name__, e)
try:
    print(123456.789, 'E', repr(format(123456.789, 'E')))
except (ValueError, TypeError, OverflowError) as e:
    print(123456.789, 'E', type(e).__name__, e)
try:
    print(123456.789, 'G', repr(format(123456.789, 'G')))
except (ValueError, TypeError, OverflowError) as e:
    print(123456.789, 'G', type(e).__name__, e)
try:
    print(123456.789, '.0e', repr(format(123456.789, '.0e')))
except (ValueError, TypeError, OverflowError) as e:
    print(123456.789, '.0e', type(e).__name__, e)
try:
    print(123456.789, '#.0f', repr(format(123456.789, '#.0f')))
except (ValueError, TypeError, OverflowError) as e:
    print(123456.789, '#.0f', type(e).__name__, e)
try:
    print(123456.789, '#g', repr(format(123456.789, '#g')))
except (ValueError, TypeError, OverflowError) as e:
    print(123456.789, '#g', type(e).__name__, e)
try:
    print(0.5, '', repr(format(0.5, '')))
except (ValueError, TypeError, OverflowError) as e:
    print(0.5, '', type(e).__name__, e)
try:
    print(0.5, '5', repr(format(0.5, '5')))
except (ValueError, TypeError, OverflowError) as e:
    print(0.5, '5', type(e).__name__, e)
try:
    print(0.5, '<5', repr(format(0.5, '<5')))
except (ValueError, TypeError, OverflowError) as e:
    print(0.5, '<5', type(e).__name__, e)
try:
    print(0.5, '>8', repr(format(0.5, '>8')))
except (ValueError, TypeError, OverflowError) as e:
    print(0.5, '>8', type(e).__name__, e)
try:
    print(0.5, '^9', repr(format(0.5, '^9')))
except (ValueError, TypeError, OverflowError) as e:
    print(0.5, '^9', type(e).__name__, e)
try:
    print(0.5, '*^9', repr(format(0.5, '*^9')))
except (ValueError, TypeError, OverflowError) as e:
    print(0.5, '*^9', type(e).__name__, e)
try:
    print(0.5, '+', repr(format(0.5, '+')))
except (ValueError, TypeError, OverflowError) as e:
    print(0.5, '+', type(e).__name__, e)
try:
    print(0.5, ' ', repr(format(0.5, ' ')))
except (ValueError, TypeError, OverflowError) as e:
    print(0.5, ' ', type(e).__name__, e)
try:
    print(0.5, '05', repr(format(0.5, '05')))
except (ValueError, TypeError, OverflowError) as e:
    print(0.5, '05', type(e).__name__, e)
try:
    print(0.5, ',', repr(format(0.5, ',')))
except (ValueError, TypeError, OverflowError) as e:
    print(0.5, ',', type(e).__name__, e)
try:
    print(0.5, '_', repr(format(0.5, '_')))
except (ValueError, TypeError, OverflowError) as e:
    print(0.5, '_', type(e).__name__, e)
try:
    print(0.5, '.0f', repr(format(0.5, '.0f')))
except (ValueError, TypeError, OverflowError) as e:
    print(0.5, '.0f', type(e).__name__, e)
try:
    print(0.5, '.2f', repr(format(0.5, '.2f')))
except (ValueError, TypeError, OverflowError) as e:
    print(0.5, '.2f', type(e).__name__, e)
try:
    print(0.5, '.3e', repr(format(0.5, '.3e')))
except (ValueError, TypeError, OverflowError) as e:
    print(0.5, '.3e', type(e).__name__, e)
try:
    print(0.5, '.2g', repr(format(0.5, '.2g')))
except (ValueError, TypeError, OverflowError) as e:
    print(0.5, '.2g', type(e).__name__, e)
try:
    print(0.5, 'g', repr(format(0.5, 'g')))
except (ValueError, TypeError, OverflowError) as e:
    print(0.5, 'g', type(e).__name__, e)
try:
    print(0.5, '.10g', repr(format(0.5, '.10g')))
except (ValueError, TypeError, OverflowError) as e:
    print(0.5, '.10g', type(e).__name__, e)
try:
    print(0.5, 'e', repr(format(0.5, 'e')))
except (ValueError, TypeError, OverflowError) as e:
    print(0.5, 'e', type(e).__name__, e)
try:
    print(0.5, '%', repr(format(0.5, '%')))
except (ValueError, TypeError, OverflowError) as e:
    print(0.5, '%', type(e).__name__, e)
try:
    print(0.5, '.1%', repr(format(0.5, '.1%')))
except (ValueError, TypeError, OverflowError) as e:
    print(0.5, '.1%', type(e).__name__, e)
try:
    print(0.5, 'x', repr(format(0.5, 'x')))
except (ValueError, TypeError, OverflowError) as e:
    print(0.5, 'x', type(e).__name__, e)
try:
    print(0.5, '#x', repr(format(0.5, '#x')))
except (ValueError, TypeError, OverflowError) as e:
    print(0.5, '#x', type(e).__name__, e)
try:
    print(0.5, 'o', repr(format(0.5, 'o')))
except (ValueError, TypeError, OverflowError) as e:
    print(0.5, 'o', type(e).__name__, e)
try:
    print(0.5, 'b', repr(format(0.5, 'b')))
except (ValueError, TypeError, OverflowError) as e:
    print(0.5, 'b', type(e).__name__, e)
try:
    print(0.5, '#b', repr(format(0.5, '#b')))
except (ValueError, TypeError, OverflowError) as e:
    print(0.5, '#b', type(e).__name__, e)
try:
    print(0.5, '08.3f', repr(format(0.5, '08.3f')))
except (ValueError, TypeError, OverflowError) as e:
    print(0.5, '08.3f', type(e).__name__, e)
try:
    print(0.5, '+.2f', repr(format(0.5, '+.2f')))
except (ValueError, TypeError, OverflowError) as e:
    print(0.5, '+.2f', type(e).__name__, e)
try:
    print(0.5, '>+10.2f', repr(format(0.5, '>+10.2f')))
except (ValueError, TypeError, OverflowError) as e:
    print(0.5, '>+10.2f', type(e).__name__, e)
try:
    print(0.5, '=+10.2f', repr(format(0.5, '=+10.2f')))
except (ValueError, TypeError, OverflowError) as e:
    print(0.5, '=+10.2f', type(e).__name__, e)
try:
    print(0.5, '010,.2f', repr(format(0.5, '010,.2f')))
except (ValueError, TypeError, OverflowError) as e:
    print(0.5, '010,.2f', type(e).__name__, e)
try:
    print(0.5, ',d', repr(format(0.5, ',d')))
except (ValueError, TypeError, OverflowError) as e:
    print(0.5, ',d', type(e).__name__, e)
try:
    print(0.5, 'n', repr(format(0.5, 'n')))
except (ValueError, TypeError, OverflowError) as e:
    print(0.5, 'n', type(e).__name__, e)
try:
    print(0.5, '.3', repr(format(0.5, '.3')))
except (ValueError, TypeError, OverflowError) as e:
    print(0.5, '.3', type(e).__name__, e)
try:
    print(0.5, '10.4', repr(format(0.5, '10.4')))
except (ValueError, TypeError, OverflowError) as e:
    print(0.5, '10.4', type(e).__name__, e)
try:
    print(0.5, 's', repr(format(0.5, 's')))
except (ValueError, TypeError, OverflowError) as e:
    print(0.5, 's', type(e).__name__, e)
try:
    print(0.5, 'c', repr(format(0.5, 'c')))
except (ValueError, TypeError, OverflowError) as e:
    print(0.5, 'c', type(e).__name__, e)
try:
    print(0.5, 'X', repr(format(0.5, 'X')))
except (ValueError, TypeError, OverflowError) as e:
    print(0.5, 'X', type(e).__name__, e)
try:
    print(0.5, '#o', repr(format(0.5, '#o')))
except (ValueError, TypeError, OverflowError) as e:
    print(0.5, '#o', type(e).__name__, e)
try:
    print(0.5, 'E', repr(format(0.5, 'E')))
except (ValueError, TypeError, OverflowError) as e:
    print(0.5, 'E', type(e).__name__, e)
try:
    print(0.5, 'G', repr(format(0.5, 'G')))
except (ValueError, TypeError, OverflowError) as e:
    print(0.5, 'G', type(e).__name__, e)
try:
    print(0.5, '.0e', repr(format(0.5, '.0e')))
except (ValueError, TypeError, OverflowError) as e:
    print(0.5, '.0e', type(e).__name__, e)
try:
    print(0.5, '#.0f', repr(format(0.5, '#.0f')))
except (ValueError, TypeError, OverflowError) as e:
    print(0.5, '#.0f', type(e).__name__, e)
try:
    print(0.5, '#g', repr(format(0.5, '#g')))
except (ValueError, TypeError, OverflowError) as e:
    print(0.5, '#g', type(e).__name__, e)
try:
    print(2.5, '', repr(format(2.5, '')))
except (ValueError, TypeError, OverflowError) as e:
    print(2.5, '', type(e).__name__, e)
try:
    print(2.5, '5', repr(format(2.5, '5')))
except (ValueError, TypeError, OverflowError) as e:
    print(2.5, '5', type(e).__name__, e)
try:
    print(2.5, '<5', repr(format(2.5, '<5')))
except (ValueError, TypeError, OverflowError) as e:
    print(2.5, '<5', type(e).__name__, e)
try:
    print(2.5, '>8', repr(format(2.5, '>8')))
except (ValueError, TypeError, OverflowError) as e:
    print(2.5, '>8', type(e).__name__, e)
try:
    print(2.5, '^9', repr(format(2.5, '^9')))
except (ValueError, TypeError, OverflowError) as e:
    print(2.5, '^9', type(e).__name__, e)
try:
    print(2.5, '*^9', repr(format(2.5, '*^9')))
except (ValueError, TypeError, OverflowError) as e:
    print(2.5, '*^9', type(e).__name__, e)
try:
    print(2.5, '+', repr(format(2.5, '+')))
except (ValueError, TypeError, OverflowError) as e:
    print(2.5, '+', type(e).__name__, e)
try:
    print(2.5, ' ', repr(format(2.5, ' ')))
except (ValueError, TypeError, OverflowError) as e:
    print(2.5, ' ', type(e).__name__, e)
try:
    print(2.5, '05', repr(format(2.5, '05')))
except (ValueError, TypeError, OverflowError) as e:
    print(2.5, '05', type(e).__name__, e)
try:
    print(2.5, ',', repr(format(2.5, ',')))
except (ValueError, TypeError, OverflowError) as e:
    print(2.5, ',', type(e).__name__, e)
try:
    print(2.5, '_', repr(format(2.5, '_')))
except (ValueError, TypeError, OverflowError) as e:
    print(2.5, '_', type(e).__name__, e)
try:
    print(2.5, '.0f', repr(format(2.5, '.0f')))
except (ValueError, TypeError, OverflowError) as e:
    print(2.5, '.0f', type(e).__name__, e)
try:
    print(2.5, '.2f', repr(format(2.5, '.2f')))
except (ValueError, TypeError, OverflowError) as e:
    print(2.5, '.2f', type(e).__name__, e)
try:
    print(2.5, '.3e', repr(format(2.5, '.3e')))
except (ValueError, TypeError, OverflowError) as e:
    print(2.5, '.3e', type(e).__name__, e)
try:
    print(2.5, '.2g', repr(format(2.5, '.2g')))
except (ValueError, TypeError, OverflowError) as e:
    print(2.5, '.2g', type(e).__name__, e)
try:
    print(2.5, 'g', repr(format(2.5, 'g')))
except (ValueError, TypeError, OverflowError) as e:
    print(2.5, 'g', type(e).__name__, e)
try:
    print(2.5, '.10g', repr(format(2.5, '.10g')))
except (ValueError, TypeError, OverflowError) as e:
    print(2.5, '.10g', type(e).__name__, e)
try:
    print(2.5, 'e', repr(format(2.5, 'e')))
except (ValueError, TypeError, OverflowError) as e:
    print(2.5, 'e', type(e).__name__, e)
try:
    print(2.5, '%', repr(format(2.5, '%')))
except (ValueError, TypeError, OverflowError) as e:
    print(2.5, '%', type(e).__name__, e)
try:
    print(2.5, '.1%', repr(format(2.5, '.1%')))
except (ValueError, TypeError, OverflowError) as e:
    print(2.5, '.1%', type(e).__name__, e)
try:
    print(2.5, 'x', repr(format(2.5, 'x')))
except (ValueError, TypeError, OverflowError) as e:
    print(2.5, 'x', type(e).__name__, e)
try:
    print(2.5, '#x', repr(format(2.5, '#x')))
except (ValueError, TypeError, OverflowError) as e:
    print(2.5, '#x', type(e).__name__, e)
try:
    print(2.5, 'o', repr(format(2.5, 'o')))
except (ValueError, TypeError, OverflowError) as e:
    print(2.5, 'o', type(e).__name__, e)
try:
    print(2.5, 'b', repr(format(2.5, 'b')))
except (ValueError, TypeError, OverflowError) as e:
    print(2.5, 'b', type(e).__name__, e)
try:
    print(2.5, '#b', repr(format(2.5, '#b')))
except (ValueError, TypeError, OverflowError) as e:
    print(2.5, '#b', type(e).__name__, e)
try:
    print(2.5, '08.3f', repr(format(2.5, '08.3f')))
except (ValueError, TypeError, OverflowError) as e:
    print(2.5, '08.3f', type(e).__name__, e)
try:
    print(2.5, '+.2f', repr(format(2.5, '+.2f')))
except (ValueError, TypeError, OverflowError) as e:
    print(2.5, '+.2f', type(e).__name__, e)
try:
    print(2.5, '>+10.2f', repr(format(2.5, '>+10.2f')))
except (ValueError, TypeError, OverflowError) as e:
    print(2.5, '>+10.2f', type(e).__name__, e)
try:
    print(2.5, '=+10.2f', repr(format(2.5, '=+10.2f')))
except (ValueError, TypeError, OverflowError) as e:
    print(2.5, '=+10.2f', type(e).__name__, e)
try:
    print(2.5, '010,.2f', repr(format(2.5, '010,.2f')))
except (ValueError, TypeError, OverflowError) as e:
    print(2.5, '010,.2f', type(e).__name__, e)
try:
    print(2.5, ',d', repr(format(2.5, ',d')))
except (ValueError, TypeError, OverflowError) as e:
    print(2.5, ',d', type(e).__name__, e)
try:
    print(2.5, 'n', repr(format(2.5, 'n')))
except (ValueError, TypeError, OverflowError) as e:
    print(2.5, 'n', type(e).__name__, e)
try:
    print(2.5, '.3', repr(format(2.5, '.3')))
except (ValueError, TypeError, OverflowError) as e:
    print(2.5, '.3', type(e).__name__, e)
try:
    print(2.5, '10.4', repr(format(2.5, '10.4')))
except (ValueError, TypeError, OverflowError) as e:
    print(2.5, '10.4', type(e).__name__, e)
try:
    print(2.5, 's', repr(format(2.5, 's')))
except (ValueError, TypeError, OverflowError) as e:
    print(2.5, 's', type(e).__name__, e)
try:
    print(2.5, 'c', repr(format(2.5, 'c')))
except (ValueError, TypeError, OverflowError) as e:
    print(2.5, 'c', type(e).__name__, e)
try:
    print(2.5, 'X', repr(format(2.5, 'X')))
except (ValueError, TypeError, OverflowError) as e:
    print(2.5, 'X', type(e).__name__, e)
try:
    print(2.5, '#o', repr(format(2.5, '#o')))
except (ValueError, TypeError, OverflowError) as e:
    print(2.5, '#o', type(e).__name__, e)
try:
    print(2.5, 'E', repr(format(2.5, 'E')))
except (ValueError, TypeError, OverflowError) as e:
    print(2.5, 'E', type(e).__name__, e)
try:
    print(2.5, 'G', repr(format(2.5, 'G')))
except (ValueError, TypeError, OverflowError) as e:
    print(2.5, 'G', type(e).__name__, e)
try:
    print(2.5, '.0e', repr(format(2.5, '.0e')))
except (ValueError, TypeError, OverflowError) as e:
    print(2.5, '.0e', type(e).__name__, e)
try:
    print(2.5, '#.0f', repr(format(2.5, '#.0f')))
except (ValueError, TypeError, OverflowError) as e:
    print(2.5, '#.0f', type(e).__name__, e)
try:
    print(2.5, '#g', repr(format(2.5, '#g')))
except (ValueError, TypeError, OverflowError) as e:
    print(2.5, '#g', type(e).__name__, e)
try:
    print(1e16, '', repr(format(1e16, '')))
except (ValueError, TypeError, OverflowError) as e:
    print(1e16, '', type(e).__name__, e)
try:
    print(1e16, '5', repr(format(1e16, '5')))
except (ValueError, TypeError, OverflowError) as e:
    print(1e16, '5', type(e).__name__, e)
try:
    print(1e16, '<5', repr(format(1e16, '<5')))
except (ValueError, TypeError, OverflowError) as e:
    print(1e16, '<5', type(e).__name__, e)
try:
    print(1e16, '>8', repr(format(1e16, '>8')))
except (ValueError, TypeError, OverflowError) as e:
    print(1e16, '>8', type(e).__name__, e)
try:
    print(1e16, '^9', repr(format(1e16, '^9')))
except (ValueError, TypeError, OverflowError) as e:
    print(1e16, '^9', type(e).__name__, e)
try:
    print(1e16, '*^9', repr(format(1e16, '*^9')))
except (ValueError, TypeError, OverflowError) as e:
    print(1e16, '*^9', type(e).__name__, e)
try:
    print(1e16, '+', repr(format(1e16, '+')))
except (ValueError, TypeError, OverflowError) as e:
    print(1e16, '+', type(e).__name__, e)
try:
    print(1e16, ' ', repr(format(1e16, ' ')))
except (ValueError, TypeError, OverflowError) as e:
    print(1e16, ' ', type(e).__name__, e)
try:
    print(1e16, '05', repr(format(1e16, '05')))
except (ValueError, TypeError, OverflowError) as e:
    print(1e16, '05', type(e).__name__, e)
try:
    print(1e16, ',', repr(format(1e16, ',')))
except (ValueError, TypeError, OverflowError) as e:
    print(1e16, ',', type(e).__name__, e)
try:
    print(1e16, '_', repr(format(1e16, '_')))
except (ValueError, TypeError, OverflowError) as e:
    print(1e16, '_', type(e).__name__, e)
try:
    print(1e16, '.0f', repr(format(1e16, '.0f')))
except (ValueError, TypeError, OverflowError) as e:
    print(1e16, '.0f', type(e).__name__, e)
try:
    print(1e16, '.2f', repr(format(1e16, '.2f')))
except (ValueError, TypeError, OverflowError) as e:
    print(1e16, '.2f', type(e).__name__, e)
try:
    print(1e16, '.3e', repr(format(1e16, '.3e')))
except (ValueError, TypeError, OverflowError) as e:
    print(1e16, '.3e', type(e).__name__, e)
try:
    print(1e16, '.2g', repr(format(1e16, '.2g')))
except (ValueError, TypeError, OverflowError) as e:
    print(1e16, '.2g', type(e).__name__, e)
try:
    print(1e16, 'g', repr(format(1e16, 'g')))
except (ValueError, TypeError, OverflowError) as e:
    print(1e16, 'g', type(e).__name__, e)
try:
    print(1e16, '.10g', repr(format(1e16, '.10g')))
except (ValueError, TypeError, OverflowError) as e:
    print(1e16, '.10g', type(e).__name__, e)
try:
    print(1e16, 'e', repr(format(1e16, 'e')))
except (ValueError, TypeError, OverflowError) as e:
    print(1e16, 'e', type(e).__name__, e)
try:
    print(1e16, '%', repr(format(1e16, '%')))
except (ValueError, TypeError, OverflowError) as e:
    print(1e16, '%', type(e).__name__, e)
try:
    print(1e16, '.1%', repr(format(1e16, '.1%')))
except (ValueError, TypeError, OverflowError) as e:
    print(1e16, '.1%', type(e).__name__, e)
try:
    print(1e16, 'x', repr(format(1e16, 'x')))
except (ValueError, TypeError, OverflowError) as e:
    print(1e16, 'x', type(e).__name__, e)
try:
    print(1e16, '#x', repr(format(1e16, '#x')))
except (ValueError, TypeError, OverflowError) as e:
    print(1e16, '#x', type(e).__name__, e)
try:
    print(1e16, 'o', repr(format(1e16, 'o')))
except (ValueError, TypeError, OverflowError) as e:
    print(1e16, 'o', type(e).__name__, e)
try:
    print(1e16, 'b', repr(format(1e16, 'b')))
except (ValueError, TypeError, OverflowError) as e:
    print(1e16, 'b', type(e).__name__, e)
try:
    print(1e16, '#b', repr(format(1e16, '#b')))
except (ValueError, TypeError, OverflowError) as e:
    print(1e16, '#b', type(e).__name__, e)
try:
    print(1e16, '08.3f', repr(format(1e16, '08.3f')))
except (ValueError, TypeError, OverflowError) as e:
    print(1e16, '08.3f', type(e).__name__, e)
try:
    print(1e16, '+.2f', repr(format(1e16, '+.2f')))
except (ValueError, TypeError, OverflowError) as e:
    print(1e16, '+.2f', type(e).__name__, e)
try:
    print(1e16, '>+10.2f', repr(format(1e16, '>+10.2f')))
except (ValueError, TypeError, OverflowError) as e:
    print(1e16, '>+10.2f', type(e).__name__, e)
try:
    print(1e16, '=+10.2f', repr(format(1e16, '=+10.2f')))
except (ValueError, TypeError, OverflowError) as e:
    print(1e16, '=+10.2f', type(e).__name__, e)
try:
    print(1e16, '010,.2f', repr(format(1e16, '010,.2f')))
except (ValueError, TypeError, OverflowError) as e:
    print(1e16, '010,.2f', type(e).__name__, e)
try:
    print(1e16, ',d', repr(format(1e16, ',d')))
except (ValueError, TypeError, OverflowError) as e:
    print(1e16, ',d', type(e).__name__, e)
try:
    print(1e16, 'n', repr(format(1e16, 'n')))
except (ValueError, TypeError, OverflowError) as e:
    print(1e16, 'n', type(e).__name__, e)
try:
    print(1e16, '.3', repr(format(1e16, '.3')))
except (ValueError, TypeError, OverflowError) as e:
    print(1e16, '.3', type(e).__name__, e)
try:
    print(1e16, '10.4', repr(format(1e16, '10.4')))
except (ValueError, TypeError, OverflowError) as e:
    print(1e16, '10.4', type(e).__name__, e)
try:
    print(1e16, 's', repr(format(1e16, 's')))
except (ValueError, TypeError, OverflowError) as e:
    print(1e16, 's', type(e).__name__, e)
try:
    print(1e16, 'c', repr(format(1e16, 'c')))
except (ValueError, TypeError, OverflowError) as e:
    print(1e16, 'c', type(e).__name__, e)
try:
    print(1e16, 'X', repr(format(1e16, 'X')))
except (ValueError, TypeError, OverflowError) as e:
    print(1e16, 'X', type(e).__name__, e)
try:
    print(1e16, '#o', repr(format(1e16, '#o')))
except (ValueError, TypeError, OverflowError) as e:
    print(1e16, '#o', type(e).__name__, e)
try:
    print(1e16, 'E', repr(format(1e16, 'E')))
except (ValueError, TypeError, OverflowError) as e:
    print(1e16, 'E', type(e).__name__, e)
try:
    print(1e16, 'G', repr(format(1e16, 'G')))
except (ValueError, TypeError, OverflowError) as e:
    print(1e16, 'G', type(e).__name__, e)
try:
    print(1e16, '.0e', repr(format(1e16, '.0e')))
except (ValueError, TypeError, OverflowError) as e:
    print(1e16, '.0e', type(e).__name__, e)
try:
    print(1e16, '#.0f', repr(format(1e16, '#.0f')))
except (ValueError, TypeError, OverflowError) as e:
    print(1e16, '#.0f', type(e).__name__, e)
try:
    print(1e16, '#g', repr(format(1e16, '#g')))
except (ValueError, TypeError, OverflowError) as e:
    print(1e16, '#g', type(e).__name__, e)
try:
    print(100.0, '', repr(format(100.0, '')))
except (ValueError, TypeError, OverflowError) as e:
    print(100.0, '', type(e).__name__, e)
try:
    print(100.0, '5', repr(format(100.0, '5')))
except (ValueError, TypeError, OverflowError) as e:
    print(100.0, '5', type(e).__name__, e)
try:
    print(100.0, '<5', repr(format(100.0, '<5')))
except (ValueError, TypeError, OverflowError) as e:
    print(100.0, '<5', type(e).__name__, e)
try:
    print(100.0, '>8', repr(format(100.0, '>8')))
except (ValueError, TypeError, OverflowError) as e:
    print(100.0, '>8', type(e).__name__, e)
try:
    print(100.0, '^9', repr(format(100.0, '^9')))
except (ValueError, TypeError, OverflowError) as e:
    print(100.0, '^9', type(e).__name__, e)
try:
    print(100.0, '*^9', repr(format(100.0, '*^9')))
except (ValueError, TypeError, OverflowError) as e:
    print(100.0, '*^9', type(e).__name__, e)
try:
    print(100.0, '+', repr(format(100.0, '+')))
except (ValueError, TypeError, OverflowError) as e:
    print(100.0, '+', type(e).__name__, e)
try:
    print(100.0, ' ', repr(format(100.0, ' ')))
except (ValueError, TypeError, OverflowError) as e:
    print(100.0, ' ', type(e).__name__, e)
try:
    print(100.0, '05', repr(format(100.0, '05')))
except (ValueError, TypeError, OverflowError) as e:
    print(100.0, '05', type(e).__name__, e)
try:
    print(100.0, ',', repr(format(100.0, ',')))
except (ValueError, TypeError, OverflowError) as e:
    print(100.0, ',', type(e).__name__, e)
try:
    print(100.0, '_', repr(format(100.0, '_')))
except (ValueError, TypeError, OverflowError) as e:
    print(100.0, '_', type(e).__name__, e)
try:
    print(100.0, '.0f', repr(format(100.0, '.0f')))
except (ValueError, TypeError, OverflowError) as e:
    print(100.0, '.0f', type(e).__name__, e)
try:
    print(100.0, '.2f', repr(format(100.0, '.2f')))
except (ValueError, TypeError, OverflowError) as e:
    print(100.0, '.2f', type(e).__name__, e)
try:
    print(100.0, '.3e', repr(format(100.0, '.3e')))
except (ValueError, TypeError, OverflowError) as e:
    print(100.0, '.3e', type(e).__name__, e)
try:
    print(100.0, '.2g', repr(format(100.0, '.2g')))
except (ValueError, TypeError, OverflowError) as e:
    print(100.0, '.2g', type(e).__name__, e)
try:
    print(100.0, 'g', repr(format(100.0, 'g')))
except (ValueError, TypeError, OverflowError) as e:
    print(100.0, 'g', type(e).__name__, e)
try:
    print(100.0, '.10g', repr(format(100.0, '.10g')))
except (ValueError, TypeError, OverflowError) as e:
    print(100.0, '.10g', type(e).__name__, e)
try:
    print(100.0, 'e', repr(format(100.0, 'e')))
except (ValueError, TypeError, OverflowError) as e:
    print(100.0, 'e', type(e).__name__, e)
try:
    print(100.0, '%', repr(format(100.0, '%')))
except (ValueError, TypeError, OverflowError) as e:
    print(100.0, '%', type(e).__name__, e)
try:
    print(100.0, '.1%', repr(format(100.0, '.1%')))
except (ValueError, TypeError, OverflowError) as e:
    print(100.0, '.1%', type(e).__name__, e)
try:
    print(100.0, 'x', repr(format(100.0, 'x')))
except (ValueError, TypeError, OverflowError) as e:
    print(100.0, 'x', type(e).__name__, e)
try:
    print(100.0, '#x', repr(format(100.0, '#x')))
except (ValueError, TypeError, OverflowError) as e:
    print(100.0, '#x', type(e).__name__, e)
try:
    print(100.0, 'o', repr(format(100.0, 'o')))
except (ValueError, TypeError, OverflowError) as e:
    print(100.0, 'o', type(e).__name__, e)
try:
    print(100.0, 'b', repr(format(100.0, 'b')))
except (ValueError, TypeError, OverflowError) as e:
    print(100.0, 'b', type(e).__name__, e)
try:
    print(100.0, '#b', repr(format(100.0, '#b')))
except (ValueError, TypeError, OverflowError) as e:
    print(100.0, '#b', type(e).__name__, e)
try:
    print(100.0, '08.3f', repr(format(100.0, '08.3f')))
except (ValueError, TypeError, OverflowError) as e:
    print(100.0, '08.3f', type(e).__name__, e)
try:
    print(100.0, '+.2f', repr(format(100.0, '+.2f')))
except (ValueError, TypeError, OverflowError) as e:
    print(100.0, '+.2f', type(e).__name__, e)
try:
    print(100.0, '>+10.2f', repr(format(100.0, '>+10.2f')))
except (ValueError, TypeError, OverflowError) as e:
    print(100.0, '>+10.2f', type(e).__name__, e)
try:
    print(100.0, '=+10.2f', repr(format(100.0, '=+10.2f')))
except (ValueError, TypeError, OverflowError) as e:
    print(100.0, '=+10.2f', type(e).__name__, e)
try:
    print(100.0, '010,.2f', repr(format(100.0, '010,.2f')))
except (ValueError, TypeError, OverflowError) as e:
    print(100.0, '010,.2f', type(e).__name__, e)
try:
    print(100.0, ',d', repr(format(100.0, ',d')))
except (ValueError, TypeError, OverflowError) as e:
    print(100.0, ',d', type(e).__name__, e)
try:
    print(100.0, 'n', repr(format(100.0, 'n')))
except (ValueError, TypeError, OverflowError) as e:
    print(100.0, 'n', type(e).__name__, e)
try:
    print(100.0, '.3', repr(format(100.0, '.3')))
except (ValueError, TypeError, OverflowError) as e:
    print(100.0, '.3', type(e).__name__, e)
try:
    print(100.0, '10.4', repr(format(100.0, '10.4')))
except (ValueError, TypeError, OverflowError) as e:
    print(100.0, '10.4', type(e).__name__, e)
try:
    print(100.0, 's', repr(format(100.0, 's')))
except (ValueError, TypeError, OverflowError) as e:
    print(100.0, 's', type(e).__name__, e)
try:
    print(100.0, 'c', repr(format(100.0, 'c')))
except (ValueError, TypeError, OverflowError) as e:
    print(100.0, 'c', type(e).__name__, e)
try:
    print(100.0, 'X', repr(format(100.0, 'X')))
except (ValueError, TypeError, OverflowError) as e:
    print(100.0, 'X', type(e).__name__, e)
try:
    print(100.0, '#o', repr(format(100.0, '#o')))
except (ValueError, TypeError, OverflowError) as e:
    print(100.0, '#o', type(e).__name__, e)
try:
    print(100.0, 'E', repr(format(100.0, 'E')))
except (ValueError, TypeError, OverflowError) as e:
    print(100.0, 'E', type(e).__name__, e)
try:
    print(100.0, 'G', repr(format(100.0, 'G')))
except (ValueError, TypeError, OverflowError) as e:
    print(100.0, 'G', type(e).__name__, e)
try:
    print(100.0, '.0e', repr(format(100.0, '.0e')))
except (ValueError, TypeError, OverflowError) as e:
    print(100.0, '.0e', type(e).__name__, e)
try:
    print(100.0, '#.0f', repr(format(100.0, '#.0f')))
except (ValueError, TypeError, OverflowError) as e:
    print(100.0, '#.0f', type(e).__name__, e)
try:
    print(100.0, '#g', repr(format(100.0, '#g')))
except (ValueError, TypeError, OverflowError) as e:
    print(100.0, '#g', type(e).__name__, e)
try:
    print('abc', '', repr(format('abc', '')))
except (ValueError, TypeError, OverflowError) as e:
    print('abc', '', type(e).__name__, e)
try:
    print('abc', '5', repr(format('abc', '5')))
except (ValueError, TypeError, OverflowError) as e:
    print('abc', '5', type(e).__name__, e)
try:
    print('abc', '<5', repr(format('abc', '<5')))
except (ValueError, TypeError, OverflowError) as e:
    print('abc', '<5', type(e).__name__, e)
try:
    print('abc', '>8', repr(format('abc', '>8')))
except (ValueError, TypeError, OverflowError) as e:
    print('abc', '>8', type(e).__name__, e)
try:
    print('abc', '^9', repr(format('abc', '^9')))
except (ValueError, TypeError, OverflowError) as e:
    print('abc', '^9', type(e).__name__, e)
try:
    print('abc', '*^9', repr(format('abc', '*^9')))
except (ValueError, TypeError, OverflowError) as e:
    print('abc', '*^9', type(e).__name__, e)
try:
    print('abc', '+', repr(format('abc', '+')))
except (ValueError, TypeError, OverflowError) as e:
    print('abc', '+', type(e).__name__, e)
try:
    print('abc', ' ', repr(format('abc', ' ')))
except (ValueError, TypeError, OverflowError) as e:
    print('abc', ' ', type(e).__name__, e)
try:
    print('abc', '05', repr(format('abc', '05')))
except (ValueError, TypeError, OverflowError) as e:
    print('abc', '05', type(e).__name__, e)
try:
    print('abc', ',', repr(format('abc', ',')))
except (ValueError, TypeError, OverflowError) as e:
    print('abc', ',', type(e).__name__, e)
try:
    print('abc', '_', repr(format('abc', '_')))
except (ValueError, TypeError, OverflowError) as e:
    print('abc', '_', type(e).__name__, e)
try:
    print('abc', '.0f', repr(format('abc', '.0f')))
except (ValueError, TypeError, OverflowError) as e:
    print('abc', '.0f', type(e).__name__, e)
try:
    print('abc', '.2f', repr(format('abc', '.2f')))
except (ValueError, TypeError, OverflowError) as e:
    print('abc', '.2f', type(e).__name__, e)
try:
    print('abc', '.3e', repr(format('abc', '.3e')))
except (ValueError, TypeError, OverflowError) as e:
    print('abc', '.3e', type(e).__name__, e)
try:
    print('abc', '.2g', repr(format('abc', '.2g')))
except (ValueError, TypeError, OverflowError) as e:
    print('abc', '.2g', type(e).__name__, e)
try:
    print('abc', 'g', repr(format('abc', 'g')))
except (ValueError, TypeError, OverflowError) as e:
    print('abc', 'g', type(e).__name__, e)
try:
    print('abc', '.10g', repr(format('abc', '.10g')))
except (ValueError, TypeError, OverflowError) as e:
    print('abc', '.10g', type(e).__name__, e)
try:
    print('abc', 'e', repr(format('abc', 'e')))
except (ValueError, TypeError, OverflowError) as e:
    print('abc', 'e', type(e).__name__, e)
try:
    print('abc', '%', repr(format('abc', '%')))
except (ValueError, TypeError, OverflowError) as e:
    print('abc', '%', type(e).__name__, e)
try:
    print('abc', '.1%', repr(format('abc', '.1%')))
except (ValueError, TypeError, OverflowError) as e:
    print('abc', '.1%', type(e).__name__, e)
try:
    print('abc', 'x', repr(format('abc', 'x')))
except (ValueError, TypeError, OverflowError) as e:
    print('abc', 'x', type(e).__name__, e)
try:
    print('abc', '#x', repr(format('abc', '#x')))
except (ValueError, TypeError, OverflowError) as e:
    print('abc', '#x', type(e).__name__, e)
try:
    print('abc', 'o', repr(format('abc', 'o')))
except (ValueError, TypeError, OverflowError) as e:
    print('abc', 'o', type(e).__name__, e)
try:
    print('abc', 'b', repr(format('abc', 'b')))
except (ValueError, TypeError, OverflowError) as e:
    print('abc', 'b', type(e).__name__, e)
try:
    print('abc', '#b', repr(format('abc', '#b')))
except (ValueError, TypeError, OverflowError) as e:
    print('abc', '#b', type(e).__name__, e)
try:
    print('abc', '08.3f', repr(format('abc', '08.3f')))
except (ValueError, TypeError, OverflowError) as e:
    print('abc', '08.3f', type(e).__name__, e)
try:
    print('abc', '+.2f', repr(format('abc', '+.2f')))
except (ValueError, TypeError, OverflowError) as e:
    print('abc', '+.2f', type(e).__name__, e)
try:
    print('abc', '>+10.2f', repr(format('abc', '>+10.2f')))
except (ValueError, TypeError, OverflowError) as e:
    print('abc', '>+10.2f', type(e).__name__, e)
try:
    print('abc', '=+10.2f', repr(format('abc', '=+10.2f')))
except (ValueError, TypeError, OverflowError) as e:
    print('abc', '=+10.2f', type(e).__name__, e)
try:
    print('abc', '010,.2f', repr(format('abc', '010,.2f')))
except (ValueError, TypeError, OverflowError) as e:
    print('abc', '010,.2f', type(e).__name__, e)
try:
    print('abc', ',d', repr(format('abc', ',d')))
except (ValueError, TypeError, OverflowError) as e:
    print('abc', ',d', type(e).__name__, e)
try:
    print('abc', 'n', repr(format('abc', 'n')))
except (ValueError, TypeError, OverflowError) as e:
    print('abc', 'n', type(e).__name__, e)
try:
    print('abc', '.3', repr(format('abc', '.3')))
except (ValueError, TypeError, OverflowError) as e:
    print('abc', '.3', type(e).__name__, e)
try:
    print('abc', '10.4', repr(format('abc', '10.4')))
except (ValueError, TypeError, OverflowError) as e:
    print('abc', '10.4', type(e).__name__, e)
try:
    print('abc', 's', repr(format('abc', 's')))
except (ValueError, TypeError, OverflowError) as e:
    print('abc', 's', type(e).__name__, e)
try:
    print('abc', 'c', repr(format('abc', 'c')))
except (ValueError, TypeError, OverflowError) as e:
    print('abc', 'c', type(e).__name__, e)
try:
    print('abc', 'X', repr(format('abc', 'X')))
except (ValueError, TypeError, OverflowError) as e:
    print('abc', 'X', type(e).__name__, e)
try:
    print('abc', '#o', repr(format('abc', '#o')))
except (ValueError, TypeError, OverflowError) as e:
    print('abc', '#o', type(e).__name__, e)
try:
    print('abc', 'E', repr(format('abc', 'E')))
except (ValueError, TypeError, OverflowError) as e:
    print('abc', 'E', type(e).__name__, e)
try:
    print('abc', 'G', repr(format('abc', 'G')))
except (ValueError, TypeError, OverflowError) as e:
    print('abc', 'G', type(e).__name__, e)
try:
    print('abc', '.0e', repr(format('abc', '.0e')))
except (ValueError, TypeError, OverflowError) as e:
    print('abc', '.0e', type(e).__name__, e)
try:
    print('abc', '#.0f', repr(format('abc', '#.0f')))
except (ValueError, TypeError, OverflowError) as e:
    print('abc', '#.0f', type(e).__name__, e)
try:
    print('abc', '#g', repr(format('abc', '#g')))
except (ValueError, TypeError, OverflowError) as e:
    print('abc', '#g', type(e).__name__, e)
try:
    print(True, '', repr(format(True, '')))
except (ValueError, TypeError, OverflowError) as e:
    print(True, '', type(e).__name__, e)
try:
    print(True, '5', repr(format(True, '5')))
except (ValueError, TypeError, OverflowError) as e:
    print(True, '5', type(e).__name__, e)
try:
    print(True, '<5', repr(format(True, '<5')))
except (ValueError, TypeError, OverflowError) as e:
    print(True, '<5', type(e).__name__, e)
try:
    print(True, '>8', repr(format(True, '>8')))
except (ValueError, TypeError, OverflowError) as e:
    print(True, '>8', type(e).__name__, e)
try:
    print(True, '^9', repr(format(True, '^9')))
except (ValueError, TypeError, OverflowError) as e:
    print(True, '^9', type(e).__name__, e)
try:
    print(True, '*^9', repr(format(True, '*^9')))
except (ValueError, TypeError, OverflowError) as e:
    print(True, '*^9', type(e).__name__, e)
try:
    print(True, '+', repr(format(True, '+')))
except (ValueError, TypeError, OverflowError) as e:
    print(True, '+', type(e).__name__, e)
try:
    print(True, ' ', repr(format(True, ' ')))
except (ValueError, TypeError, OverflowError) as e:
    print(True, ' ', type(e).__name__, e)
try:
    print(True, '05', repr(format(True, '05')))
except (ValueError, TypeError, OverflowError) as e:
    print(True, '05', type(e).__name__, e)
try:
    print(True, ',', repr(format(True, ',')))
except (ValueError, TypeError, OverflowError) as e:
    print(True, ',', type(e).__name__, e)
try:
    print(True, '_', repr(format(True, '_')))
except (ValueError, TypeError, OverflowError) as e:
    print(True, '_', type(e).__name__, e)
try:
    print(True, '.0f', repr(format(True, '.0f')))
except (ValueError, TypeError, OverflowError) as e:
    print(True, '.0f', type(e).__name__, e)
try:
    print(True, '.2f', repr(format(True, '.2f')))
except (ValueError, TypeError, OverflowError) as e:
    print(True, '.2f', type(e).__name__, e)
try:
    print(True, '.3e', repr(format(True, '.3e')))
except (ValueError, TypeError, OverflowError) as e:
    print(True, '.3e', type(e).__name__, e)
try:
    print(True, '.2g', repr(format(True, '.2g')))
except (ValueError, TypeError, OverflowError) as e:
    print(True, '.2g', type(e).__name__, e)
try:
    print(True, 'g', repr(format(True, 'g')))
except (ValueError, TypeError, OverflowError) as e:
    print(True, 'g', type(e).__name__, e)
try:
    print(True, '.10g', repr(format(True, '.10g')))
except (ValueError, TypeError, OverflowError) as e:
    print(True, '.10g', type(e).__name__, e)
try:
    print(True, 'e', repr(format(True, 'e')))
except (ValueError, TypeError, OverflowError) as e:
    print(True, 'e', type(e).__name__, e)
try:
    print(True, '%', repr(format(True, '%')))
except (ValueError, TypeError, OverflowError) as e:
    print(True, '%', type(e).__name__, e)
try:
    print(True, '.1%', repr(format(True, '.1%')))
except (ValueError, TypeError, OverflowError) as e:
    print(True, '.1%', type(e).__name__, e)
try:
    print(True, 'x', repr(format(True, 'x')))
except (ValueError, TypeError, OverflowError) as e:
    print(True, 'x', type(e).__name__, e)
try:
    print(True, '#x', repr(format(True, '#x')))
except (ValueError, TypeError, OverflowError) as e:
    print(True, '#x', type(e).__name__, e)
try:
    print(True, 'o', repr(format(True, 'o')))
except (ValueError, TypeError, OverflowError) as e:
    print(True, 'o', type(e).__name__, e)
try:
    print(True, 'b', repr(format(True, 'b')))
except (ValueError, TypeError, OverflowError) as e:
    print(True, 'b', type(e).__name__, e)
try:
    print(True, '#b', repr(format(True, '#b')))
except (ValueError, TypeError, OverflowError) as e:
    print(True, '#b', type(e).__name__, e)
try:
    print(True, '08.3f', repr(format(True, '08.3f')))
except (ValueError, TypeError, OverflowError) as e:
    print(True, '08.3f', type(e).__name__, e)
try:
    print(True, '+.2f', repr(format(True, '+.2f')))
except (ValueError, TypeError, OverflowError) as e:
    print(True, '+.2f', type(e).__name__, e)
try:
    print(True, '>+10.2f', repr(format(True, '>+10.2f')))
except (ValueError, TypeError, OverflowError) as e:
    print(True, '>+10.2f', type(e).__name__, e)
try:
    print(True, '=+10.2f', repr(format(True, '=+10.2f')))
except (ValueError, TypeError, OverflowError) as e:
    print(True, '=+10.2f', type(e).__name__, e)
try:
    print(True, '010,.2f', repr(format(True, '010,.2f')))
except (ValueError, TypeError, OverflowError) as e:
    print(True, '010,.2f', type(e).__name__, e)
try:
    print(True, ',d', repr(format(True, ',d')))
except (ValueError, TypeError, OverflowError) as e:
    print(True, ',d', type(e).__name__, e)
try:
    print(True, 'n', repr(format(True, 'n')))
except (ValueError, TypeError, OverflowError) as e:
    print(True, 'n', type(e).__name__, e)
try:
    print(True, '.3', repr(format(True, '.3')))
except (ValueError, TypeError, OverflowError) as e:
    print(True, '.3', type(e).__name__, e)
try:
    print(True, '10.4', repr(format(True, '10.4')))
except (ValueError, TypeError, OverflowError) as e:
    print(True, '10.4', type(e).__name__, e)
try:
    print(True, 's', repr(format(True, 's')))
except (ValueError, TypeError, OverflowError) as e:
    print(True, 's', type(e).__name__, e)
try:
    print(True, 'c', repr(format(True, 'c')))
except (ValueError, TypeError, OverflowError) as e:
    print(True, 'c', type(e).__name__, e)
try:
    print(True, 'X', repr(format(True, 'X')))
except (ValueError, TypeError, OverflowError) as e:
    print(True, 'X', type(e).__name__, e)
try:
    print(True, '#o', repr(format(True, '#o')))
except (ValueError, TypeError, OverflowError) as e:
    print(True, '#o', type(e).__name__, e)
try:
    print(True, 'E', repr(format(True, 'E')))
except (ValueError, TypeError, OverflowError) as e:
    print(True, 'E', type(e).__name__, e)
try:
    print(True, 'G', repr(format(True, 'G')))
except (ValueError, TypeError, OverflowError) as e:
    print(True, 'G', type(e).__name__, e)
try:
    print(True, '.0e', repr(format(True, '.0e')))
except (ValueError, TypeError, OverflowError) as e:
    print(True, '.0e', type(e).__name__, e)
try:
    print(True, '#.0f', repr(format(True, '#.0f')))
except (ValueError, TypeError, OverflowError) as e:
    print(True, '#.0f', type(e).__name__, e)
try:
    print(True, '#g', repr(format(True, '#g')))
except (ValueError, TypeError, OverflowError) as e:
    print(True, '#g', type(e).__name__, e)
