try:
    print('(0) + (0)', (0) + (0) if ('+' != '**' or abs(0) < 200) and ('+' != '<<' or abs(0) < 200) else 'skip')
except Exception as e:
    print('(0) + (0)', type(e).__name__, e)
try:
    print('(0) - (0)', (0) - (0) if ('-' != '**' or abs(0) < 200) and ('-' != '<<' or abs(0) < 200) else 'skip')
except Exception as e:
    print('(0) - (0)', type(e).__name__, e)
try:
    print('(0) * (0)', (0) * (0) if ('*' != '**' or abs(0) < 200) and ('*' != '<<' or abs(0) < 200) else 'skip')
except Exception as e:
    print('(0) * (0)', type(e).__name__, e)
try:
    print('(0) // (0)', (0) // (0) if ('//' != '**' or abs(0) < 200) and ('//' != '<<' or abs(0) < 200) else 'skip')
except Exception as e:
    print('(0) // (0)', type(e).__name__, e)
try:
    print('(0) % (0)', (0) % (0) if ('%' != '**' or abs(0) < 200) and ('%' != '<<' or abs(0) < 200) else 'skip')
except Exception as e:
    print('(0) % (0)', type(e).__name__, e)
try:
    print('(0) ** (0)', (0) ** (0) if ('**' != '**' or abs(0) < 200) and ('**' != '<<' or abs(0) < 200) else 'skip')
except Exception as e:
    print('(0) ** (0)', type(e).__name__, e)
try:
    print('(0) << (0)', (0) << (0) if ('<<' != '**' or abs(0) < 200) and ('<<' != '<<' or abs(0) < 200) else 'skip')
except Exception as e:
    print('(0) << (0)', type(e).__name__, e)
try:
    print('(0) >> (0)', (0) >> (0) if ('>>' != '**' or abs(0) < 200) and ('>>' != '<<' or abs(0) < 200) else 'skip')
except Exception as e:
    print('(0) >> (0)', type(e).__name__, e)
try:
    print('(0) & (0)', (0) & (0) if ('&' != '**' or abs(0) < 200) and ('&' != '<<' or abs(0) < 200) else 'skip')
except Exception as e:
    print('(0) & (0)', type(e).__name__, e)
try:
    print('(0) | (0)', (0) | (0) if ('|' != '**' or abs(0) < 200) and ('|' != '<<' or abs(0) < 200) else 'skip')
except Exception as e:
    print('(0) | (0)', type(e).__name__, e)
try:
    print('(0) ^ (0)', (0) ^ (0) if ('^' != '**' or abs(0) < 200) and ('^' != '<<' or abs(0) < 200) else 'skip')
except Exception as e:
    print('(0) ^ (0)', type(e).__name__, e)
try:
    print('(0) / (0)', (0) / (0) if ('/' != '**' or abs(0) < 200) and ('/' != '<<' or abs(0) < 200) else 'skip')
except Exception as e:
    print('(0) / (0)', type(e).__name__, e)
try:
    print('(0) < (0)', (0) < (0) if ('<' != '**' or abs(0) < 200) and ('<' != '<<' or abs(0) < 200) else 'skip')
except Exception as e:
    print('(0) < (0)', type(e).__name__, e)
try:
    print('(0) == (0)', (0) == (0) if ('==' != '**' or abs(0) < 200) and ('==' != '<<' or abs(0) < 200) else 'skip')
except Exception as e:
    print('(0) == (0)', type(e).__name__, e)
try:
    print('(0) >= (0)', (0) >= (0) if ('>=' != '**' or abs(0) < 200) and ('>=' != '<<' or abs(0) < 200) else 'skip')
except Exception as e:
    print('(0) >= (0)', type(e).__name__, e)
try:
    print('(0) + (1)', (0) + (1) if ('+' != '**' or abs(1) < 200) and ('+' != '<<' or abs(1) < 200) else 'skip')
except Exception as e:
    print('(0) + (1)', type(e).__name__, e)
try:
    print('(0) - (1)', (0) - (1) if ('-' != '**' or abs(1) < 200) and ('-' != '<<' or abs(1) < 200) else 'skip')
except Exception as e:
    print('(0) - (1)', type(e).__name__, e)
try:
    print('(0) * (1)', (0) * (1) if ('*' != '**' or abs(1) < 200) and ('*' != '<<' or abs(1) < 200) else 'skip')
except Exception as e:
    print('(0) * (1)', type(e).__name__, e)
try:
    print('(0) // (1)', (0) // (1) if ('//' != '**' or abs(1) < 200) and ('//' != '<<' or abs(1) < 200) else 'skip')
except Exception as e:
    print('(0) // (1)', type(e).__name__, e)
try:
    print('(0) % (1)', (0) % (1) if ('%' != '**' or abs(1) < 200) and ('%' != '<<' or abs(1) < 200) else 'skip')
except Exception as e:
    print('(0) % (1)', type(e).__name__, e)
try:
    print('(0) ** (1)', (0) ** (1) if ('**' != '**' or abs(1) < 200) and ('**' != '<<' or abs(1) < 200) else 'skip')
except Exception as e:
    print('(0) ** (1)', type(e).__name__, e)
try:
    print('(0) << (1)', (0) << (1) if ('<<' != '**' or abs(1) < 200) and ('<<' != '<<' or abs(1) < 200) else 'skip')
except Exception as e:
    print('(0) << (1)', type(e).__name__, e)
try:
    print('(0) >> (1)', (0) >> (1) if ('>>' != '**' or abs(1) < 200) and ('>>' != '<<' or abs(1) < 200) else 'skip')
except Exception as e:
    print('(0) >> (1)', type(e).__name__, e)
try:
    print('(0) & (1)', (0) & (1) if ('&' != '**' or abs(1) < 200) and ('&' != '<<' or abs(1) < 200) else 'skip')
except Exception as e:
    print('(0) & (1)', type(e).__name__, e)
try:
    print('(0) | (1)', (0) | (1) if ('|' != '**' or abs(1) < 200) and ('|' != '<<' or abs(1) < 200) else 'skip')
except Exception as e:
    print('(0) | (1)', type(e).__name__, e)
try:
    print('(0) ^ (1)', (0) ^ (1) if ('^' != '**' or abs(1) < 200) and ('^' != '<<' or abs(1) < 200) else 'skip')
except Exception as e:
    print('(0) ^ (1)', type(e).__name__, e)
try:
    print('(0) / (1)', (0) / (1) if ('/' != '**' or abs(1) < 200) and ('/' != '<<' or abs(1) < 200) else 'skip')
except Exception as e:
    print('(0) / (1)', type(e).__name__, e)
try:
    print('(0) < (1)', (0) < (1) if ('<' != '**' or abs(1) < 200) and ('<' != '<<' or abs(1) < 200) else 'skip')
except Exception as e:
    print('(0) < (1)', type(e).__name__, e)
try:
    print('(0) == (1)', (0) == (1) if ('==' != '**' or abs(1) < 200) and ('==' != '<<' or abs(1) < 200) else 'skip')
except Exception as e:
    print('(0) == (1)', type(e).__name__, e)
try:
    print('(0) >= (1)', (0) >= (1) if ('>=' != '**' or abs(1) < 200) and ('>=' != '<<' or abs(1) < 200) else 'skip')
except Exception as e:
    print('(0) >= (1)', type(e).__name__, e)
try:
    print('(0) + (-1)', (0) + (-1) if ('+' != '**' or abs(-1) < 200) and ('+' != '<<' or abs(-1) < 200) else 'skip')
except Exception as e:
    print('(0) + (-1)', type(e).__name__, e)
try:
    print('(0) - (-1)', (0) - (-1) if ('-' != '**' or abs(-1) < 200) and ('-' != '<<' or abs(-1) < 200) else 'skip')
except Exception as e:
    print('(0) - (-1)', type(e).__name__, e)
try:
    print('(0) * (-1)', (0) * (-1) if ('*' != '**' or abs(-1) < 200) and ('*' != '<<' or abs(-1) < 200) else 'skip')
except Exception as e:
    print('(0) * (-1)', type(e).__name__, e)
try:
    print('(0) // (-1)', (0) // (-1) if ('//' != '**' or abs(-1) < 200) and ('//' != '<<' or abs(-1) < 200) else 'skip')
except Exception as e:
    print('(0) // (-1)', type(e).__name__, e)
try:
    print('(0) % (-1)', (0) % (-1) if ('%' != '**' or abs(-1) < 200) and ('%' != '<<' or abs(-1) < 200) else 'skip')
except Exception as e:
    print('(0) % (-1)', type(e).__name__, e)
try:
    print('(0) ** (-1)', (0) ** (-1) if ('**' != '**' or abs(-1) < 200) and ('**' != '<<' or abs(-1) < 200) else 'skip')
except Exception as e:
    print('(0) ** (-1)', type(e).__name__, e)
try:
    print('(0) << (-1)', (0) << (-1) if ('<<' != '**' or abs(-1) < 200) and ('<<' != '<<' or abs(-1) < 200) else 'skip')
except Exception as e:
    print('(0) << (-1)', type(e).__name__, e)
try:
    print('(0) >> (-1)', (0) >> (-1) if ('>>' != '**' or abs(-1) < 200) and ('>>' != '<<' or abs(-1) < 200) else 'skip')
except Exception as e:
    print('(0) >> (-1)', type(e).__name__, e)
try:
    print('(0) & (-1)', (0) & (-1) if ('&' != '**' or abs(-1) < 200) and ('&' != '<<' or abs(-1) < 200) else 'skip')
except Exception as e:
    print('(0) & (-1)', type(e).__name__, e)
try:
    print('(0) | (-1)', (0) | (-1) if ('|' != '**' or abs(-1) < 200) and ('|' != '<<' or abs(-1) < 200) else 'skip')
except Exception as e:
    print('(0) | (-1)', type(e).__name__, e)
try:
    print('(0) ^ (-1)', (0) ^ (-1) if ('^' != '**' or abs(-1) < 200) and ('^' != '<<' or abs(-1) < 200) else 'skip')
except Exception as e:
    print('(0) ^ (-1)', type(e).__name__, e)
try:
    print('(0) / (-1)', (0) / (-1) if ('/' != '**' or abs(-1) < 200) and ('/' != '<<' or abs(-1) < 200) else 'skip')
except Exception as e:
    print('(0) / (-1)', type(e).__name__, e)
try:
    print('(0) < (-1)', (0) < (-1) if ('<' != '**' or abs(-1) < 200) and ('<' != '<<' or abs(-1) < 200) else 'skip')
except Exception as e:
    print('(0) < (-1)', type(e).__name__, e)
try:
    print('(0) == (-1)', (0) == (-1) if ('==' != '**' or abs(-1) < 200) and ('==' != '<<' or abs(-1) < 200) else 'skip')
except Exception as e:
    print('(0) == (-1)', type(e).__name__, e)
try:
    print('(0) >= (-1)', (0) >= (-1) if ('>=' != '**' or abs(-1) < 200) and ('>=' != '<<' or abs(-1) < 200) else 'skip')
except Exception as e:
    print('(0) >= (-1)', type(e).__name__, e)
try:
    print('(0) + (7)', (0) + (7) if ('+' != '**' or abs(7) < 200) and ('+' != '<<' or abs(7) < 200) else 'skip')
except Exception as e:
    print('(0) + (7)', type(e).__name__, e)
try:
    print('(0) - (7)', (0) - (7) if ('-' != '**' or abs(7) < 200) and ('-' != '<<' or abs(7) < 200) else 'skip')
except Exception as e:
    print('(0) - (7)', type(e).__name__, e)
try:
    print('(0) * (7)', (0) * (7) if ('*' != '**' or abs(7) < 200) and ('*' != '<<' or abs(7) < 200) else 'skip')
except Exception as e:
    print('(0) * (7)', type(e).__name__, e)
try:
    print('(0) // (7)', (0) // (7) if ('//' != '**' or abs(7) < 200) and ('//' != '<<' or abs(7) < 200) else 'skip')
except Exception as e:
    print('(0) // (7)', type(e).__name__, e)
try:
    print('(0) % (7)', (0) % (7) if ('%' != '**' or abs(7) < 200) and ('%' != '<<' or abs(7) < 200) else 'skip')
except Exception as e:
    print('(0) % (7)', type(e).__name__, e)
try:
    print('(0) ** (7)', (0) ** (7) if ('**' != '**' or abs(7) < 200) and ('**' != '<<' or abs(7) < 200) else 'skip')
except Exception as e:
    print('(0) ** (7)', type(e).__name__, e)
try:
    print('(0) << (7)', (0) << (7) if ('<<' != '**' or abs(7) < 200) and ('<<' != '<<' or abs(7) < 200) else 'skip')
except Exception as e:
    print('(0) << (7)', type(e).__name__, e)
try:
    print('(0) >> (7)', (0) >> (7) if ('>>' != '**' or abs(7) < 200) and ('>>' != '<<' or abs(7) < 200) else 'skip')
except Exception as e:
    print('(0) >> (7)', type(e).__name__, e)
try:
    print('(0) & (7)', (0) & (7) if ('&' != '**' or abs(7) < 200) and ('&' != '<<' or abs(7) < 200) else 'skip')
except Exception as e:
    print('(0) & (7)', type(e).__name__, e)
try:
    print('(0) | (7)', (0) | (7) if ('|' != '**' or abs(7) < 200) and ('|' != '<<' or abs(7) < 200) else 'skip')
except Exception as e:
    print('(0) | (7)', type(e).__name__, e)
try:
    print('(0) ^ (7)', (0) ^ (7) if ('^' != '**' or abs(7) < 200) and ('^' != '<<' or abs(7) < 200) else 'skip')
except Exception as e:
    print('(0) ^ (7)', type(e).__name__, e)
try:
    print('(0) / (7)', (0) / (7) if ('/' != '**' or abs(7) < 200) and ('/' != '<<' or abs(7) < 200) else 'skip')
except Exception as e:
    print('(0) / (7)', type(e).__name__, e)
try:
    print('(0) < (7)', (0) < (7) if ('<' != '**' or abs(7) < 200) and ('<' != '<<' or abs(7) < 200) else 'skip')
except Exception as e:
    print('(0) < (7)', type(e).__name__, e)
try:
    print('(0) == (7)', (0) == (7) if ('==' != '**' or abs(7) < 200) and ('==' != '<<' or abs(7) < 200) else 'skip')
except Exception as e:
    print('(0) == (7)', type(e).__name__, e)
try:
    print('(0) >= (7)', (0) >= (7) if ('>=' != '**' or abs(7) < 200) and ('>=' != '<<' or abs(7) < 200) else 'skip')
except Exception as e:
    print('(0) >= (7)', type(e).__name__, e)
try:
    print('(0) + (-7)', (0) + (-7) if ('+' != '**' or abs(-7) < 200) and ('+' != '<<' or abs(-7) < 200) else 'skip')
except Exception as e:
    print('(0) + (-7)', type(e).__name__, e)
try:
    print('(0) - (-7)', (0) - (-7) if ('-' != '**' or abs(-7) < 200) and ('-' != '<<' or abs(-7) < 200) else 'skip')
except Exception as e:
    print('(0) - (-7)', type(e).__name__, e)
try:
    print('(0) * (-7)', (0) * (-7) if ('*' != '**' or abs(-7) < 200) and ('*' != '<<' or abs(-7) < 200) else 'skip')
except Exception as e:
    print('(0) * (-7)', type(e).__name__, e)
try:
    print('(0) // (-7)', (0) // (-7) if ('//' != '**' or abs(-7) < 200) and ('//' != '<<' or abs(-7) < 200) else 'skip')
except Exception as e:
    print('(0) // (-7)', type(e).__name__, e)
try:
    print('(0) % (-7)', (0) % (-7) if ('%' != '**' or abs(-7) < 200) and ('%' != '<<' or abs(-7) < 200) else 'skip')
except Exception as e:
    print('(0) % (-7)', type(e).__name__, e)
try:
    print('(0) ** (-7)', (0) ** (-7) if ('**' != '**' or abs(-7) < 200) and ('**' != '<<' or abs(-7) < 200) else 'skip')
except Exception as e:
    print('(0) ** (-7)', type(e).__name__, e)
try:
    print('(0) << (-7)', (0) << (-7) if ('<<' != '**' or abs(-7) < 200) and ('<<' != '<<' or abs(-7) < 200) else 'skip')
except Exception as e:
    print('(0) << (-7)', type(e).__name__, e)
try:
    print('(0) >> (-7)', (0) >> (-7) if ('>>' != '**' or abs(-7) < 200) and ('>>' != '<<' or abs(-7) < 200) else 'skip')
except Exception as e:
    print('(0) >> (-7)', type(e).__name__, e)
try:
    print('(0) & (-7)', (0) & (-7) if ('&' != '**' or abs(-7) < 200) and ('&' != '<<' or abs(-7) < 200) else 'skip')
except Exception as e:
    print('(0) & (-7)', type(e).__name__, e)
try:
    print('(0) | (-7)', (0) | (-7) if ('|' != '**' or abs(-7) < 200) and ('|' != '<<' or abs(-7) < 200) else 'skip')
except Exception as e:
    print('(0) | (-7)', type(e).__name__, e)
try:
    print('(0) ^ (-7)', (0) ^ (-7) if ('^' != '**' or abs(-7) < 200) and ('^' != '<<' or abs(-7) < 200) else 'skip')
except Exception as e:
    print('(0) ^ (-7)', type(e).__name__, e)
try:
    print('(0) / (-7)', (0) / (-7) if ('/' != '**' or abs(-7) < 200) and ('/' != '<<' or abs(-7) < 200) else 'skip')
except Exception as e:
    print('(0) / (-7)', type(e).__name__, e)
try:
    print('(0) < (-7)', (0) < (-7) if ('<' != '**' or abs(-7) < 200) and ('<' != '<<' or abs(-7) < 200) else 'skip')
except Exception as e:
    print('(0) < (-7)', type(e).__name__, e)
try:
    print('(0) == (-7)', (0) == (-7) if ('==' != '**' or abs(-7) < 200) and ('==' != '<<' or abs(-7) < 200) else 'skip')
except Exception as e:
    print('(0) == (-7)', type(e).__name__, e)
try:
    print('(0) >= (-7)', (0) >= (-7) if ('>=' != '**' or abs(-7) < 200) and ('>=' != '<<' or abs(-7) < 200) else 'skip')
except Exception as e:
    print('(0) >= (-7)', type(e).__name__, e)
try:
    print('(0) + (3)', (0) + (3) if ('+' != '**' or abs(3) < 200) and ('+' != '<<' or abs(3) < 200) else 'skip')
except Exception as e:
    print('(0) + (3)', type(e).__name__, e)
try:
    print('(0) - (3)', (0) - (3) if ('-' != '**' or abs(3) < 200) and ('-' != '<<' or abs(3) < 200) else 'skip')
except Exception as e:
    print('(0) - (3)', type(e).__name__, e)
try:
    print('(0) * (3)', (0) * (3) if ('*' != '**' or abs(3) < 200) and ('*' != '<<' or abs(3) < 200) else 'skip')
except Exception as e:
    print('(0) * (3)', type(e).__name__, e)
try:
    print('(0) // (3)', (0) // (3) if ('//' != '**' or abs(3) < 200) and ('//' != '<<' or abs(3) < 200) else 'skip')
except Exception as e:
    print('(0) // (3)', type(e).__name__, e)
try:
    print('(0) % (3)', (0) % (3) if ('%' != '**' or abs(3) < 200) and ('%' != '<<' or abs(3) < 200) else 'skip')
except Exception as e:
    print('(0) % (3)', type(e).__name__, e)
try:
    print('(0) ** (3)', (0) ** (3) if ('**' != '**' or abs(3) < 200) and ('**' != '<<' or abs(3) < 200) else 'skip')
except Exception as e:
    print('(0) ** (3)', type(e).__name__, e)
try:
    print('(0) << (3)', (0) << (3) if ('<<' != '**' or abs(3) < 200) and ('<<' != '<<' or abs(3) < 200) else 'skip')
except Exception as e:
    print('(0) << (3)', type(e).__name__, e)
try:
    print('(0) >> (3)', (0) >> (3) if ('>>' != '**' or abs(3) < 200) and ('>>' != '<<' or abs(3) < 200) else 'skip')
except Exception as e:
    print('(0) >> (3)', type(e).__name__, e)
try:
    print('(0) & (3)', (0) & (3) if ('&' != '**' or abs(3) < 200) and ('&' != '<<' or abs(3) < 200) else 'skip')
except Exception as e:
    print('(0) & (3)', type(e).__name__, e)
try:
    print('(0) | (3)', (0) | (3) if ('|' != '**' or abs(3) < 200) and ('|' != '<<' or abs(3) < 200) else 'skip')
except Exception as e:
    print('(0) | (3)', type(e).__name__, e)
try:
    print('(0) ^ (3)', (0) ^ (3) if ('^' != '**' or abs(3) < 200) and ('^' != '<<' or abs(3) < 200) else 'skip')
except Exception as e:
    print('(0) ^ (3)', type(e).__name__, e)
try:
    print('(0) / (3)', (0) / (3) if ('/' != '**' or abs(3) < 200) and ('/' != '<<' or abs(3) < 200) else 'skip')
except Exception as e:
    print('(0) / (3)', type(e).__name__, e)
try:
    print('(0) < (3)', (0) < (3) if ('<' != '**' or abs(3) < 200) and ('<' != '<<' or abs(3) < 200) else 'skip')
except Exception as e:
    print('(0) < (3)', type(e).__name__, e)
try:
    print('(0) == (3)', (0) == (3) if ('==' != '**' or abs(3) < 200) and ('==' != '<<' or abs(3) < 200) else 'skip')
except Exception as e:
    print('(0) == (3)', type(e).__name__, e)
try:
    print('(0) >= (3)', (0) >= (3) if ('>=' != '**' or abs(3) < 200) and ('>=' != '<<' or abs(3) < 200) else 'skip')
except Exception as e:
    print('(0) >= (3)', type(e).__name__, e)
try:
    print('(0) + (-3)', (0) + (-3) if ('+' != '**' or abs(-3) < 200) and ('+' != '<<' or abs(-3) < 200) else 'skip')
except Exception as e:
    print('(0) + (-3)', type(e).__name__, e)
try:
    print('(0) - (-3)', (0) - (-3) if ('-' != '**' or abs(-3) < 200) and ('-' != '<<' or abs(-3) < 200) else 'skip')
except Exception as e:
    print('(0) - (-3)', type(e).__name__, e)
try:
    print('(0) * (-3)', (0) * (-3) if ('*' != '**' or abs(-3) < 200) and ('*' != '<<' or abs(-3) < 200) else 'skip')
except Exception as e:
    print('(0) * (-3)', type(e).__name__, e)
try:
    print('(0) // (-3)', (0) // (-3) if ('//' != '**' or abs(-3) < 200) and ('//' != '<<' or abs(-3) < 200) else 'skip')
except Exception as e:
    print('(0) // (-3)', type(e).__name__, e)
try:
    print('(0) % (-3)', (0) % (-3) if ('%' != '**' or abs(-3) < 200) and ('%' != '<<' or abs(-3) < 200) else 'skip')
except Exception as e:
    print('(0) % (-3)', type(e).__name__, e)
try:
    print('(0) ** (-3)', (0) ** (-3) if ('**' != '**' or abs(-3) < 200) and ('**' != '<<' or abs(-3) < 200) else 'skip')
except Exception as e:
    print('(0) ** (-3)', type(e).__name__, e)
try:
    print('(0) << (-3)', (0) << (-3) if ('<<' != '**' or abs(-3) < 200) and ('<<' != '<<' or abs(-3) < 200) else 'skip')
except Exception as e:
    print('(0) << (-3)', type(e).__name__, e)
try:
    print('(0) >> (-3)', (0) >> (-3) if ('>>' != '**' or abs(-3) < 200) and ('>>' != '<<' or abs(-3) < 200) else 'skip')
except Exception as e:
    print('(0) >> (-3)', type(e).__name__, e)
try:
    print('(0) & (-3)', (0) & (-3) if ('&' != '**' or abs(-3) < 200) and ('&' != '<<' or abs(-3) < 200) else 'skip')
except Exception as e:
    print('(0) & (-3)', type(e).__name__, e)
try:
    print('(0) | (-3)', (0) | (-3) if ('|' != '**' or abs(-3) < 200) and ('|' != '<<' or abs(-3) < 200) else 'skip')
except Exception as e:
    print('(0) | (-3)', type(e).__name__, e)
try:
    print('(0) ^ (-3)', (0) ^ (-3) if ('^' != '**' or abs(-3) < 200) and ('^' != '<<' or abs(-3) < 200) else 'skip')
except Exception as e:
    print('(0) ^ (-3)', type(e).__name__, e)
try:
    print('(0) / (-3)', (0) / (-3) if ('/' != '**' or abs(-3) < 200) and ('/' != '<<' or abs(-3) < 200) else 'skip')
except Exception as e:
    print('(0) / (-3)', type(e).__name__, e)
try:
    print('(0) < (-3)', (0) < (-3) if ('<' != '**' or abs(-3) < 200) and ('<' != '<<' or abs(-3) < 200) else 'skip')
except Exception as e:
    print('(0) < (-3)', type(e).__name__, e)
try:
    print('(0) == (-3)', (0) == (-3) if ('==' != '**' or abs(-3) < 200) and ('==' != '<<' or abs(-3) < 200) else 'skip')
except Exception as e:
    print('(0) == (-3)', type(e).__name__, e)
try:
    print('(0) >= (-3)', (0) >= (-3) if ('>=' != '**' or abs(-3) < 200) and ('>=' != '<<' or abs(-3) < 200) else 'skip')
except Exception as e:
    print('(0) >= (-3)', type(e).__name__, e)
try:
    print('(0) + (2**63)', (0) + (2**63) if ('+' != '**' or abs(2**63) < 200) and ('+' != '<<' or abs(2**63) < 200) else 'skip')
except Exception as e:
    print('(0) + (2**63)', type(e).__name__, e)
try:
    print('(0) - (2**63)', (0) - (2**63) if ('-' != '**' or abs(2**63) < 200) and ('-' != '<<' or abs(2**63) < 200) else 'skip')
except Exception as e:
    print('(0) - (2**63)', type(e).__name__, e)
try:
    print('(0) * (2**63)', (0) * (2**63) if ('*' != '**' or abs(2**63) < 200) and ('*' != '<<' or abs(2**63) < 200) else 'skip')
except Exception as e:
    print('(0) * (2**63)', type(e).__name__, e)
try:
    print('(0) // (2**63)', (0) // (2**63) if ('//' != '**' or abs(2**63) < 200) and ('//' != '<<' or abs(2**63) < 200) else 'skip')
except Exception as e:
    print('(0) // (2**63)', type(e).__name__, e)
try:
    print('(0) % (2**63)', (0) % (2**63) if ('%' != '**' or abs(2**63) < 200) and ('%' != '<<' or abs(2**63) < 200) else 'skip')
except Exception as e:
    print('(0) % (2**63)', type(e).__name__, e)
try:
    print('(0) ** (2**63)', (0) ** (2**63) if ('**' != '**' or abs(2**63) < 200) and ('**' != '<<' or abs(2**63) < 200) else 'skip')
except Exception as e:
    print('(0) ** (2**63)', type(e).__name__, e)
try:
    print('(0) << (2**63)', (0) << (2**63) if ('<<' != '**' or abs(2**63) < 200) and ('<<' != '<<' or abs(2**63) < 200) else 'skip')
except Exception as e:
    print('(0) << (2**63)', type(e).__name__, e)
try:
    print('(0) >> (2**63)', (0) >> (2**63) if ('>>' != '**' or abs(2**63) < 200) and ('>>' != '<<' or abs(2**63) < 200) else 'skip')
except Exception as e:
    print('(0) >> (2**63)', type(e).__name__, e)
try:
    print('(0) & (2**63)', (0) & (2**63) if ('&' != '**' or abs(2**63) < 200) and ('&' != '<<' or abs(2**63) < 200) else 'skip')
except Exception as e:
    print('(0) & (2**63)', type(e).__name__, e)
try:
    print('(0) | (2**63)', (0) | (2**63) if ('|' != '**' or abs(2**63) < 200) and ('|' != '<<' or abs(2**63) < 200) else 'skip')
except Exception as e:
    print('(0) | (2**63)', type(e).__name__, e)
try:
    print('(0) ^ (2**63)', (0) ^ (2**63) if ('^' != '**' or abs(2**63) < 200) and ('^' != '<<' or abs(2**63) < 200) else 'skip')
except Exception as e:
    print('(0) ^ (2**63)', type(e).__name__, e)
try:
    print('(0) / (2**63)', (0) / (2**63) if ('/' != '**' or abs(2**63) < 200) and ('/' != '<<' or abs(2**63) < 200) else 'skip')
except Exception as e:
    print('(0) / (2**63)', type(e).__name__, e)
try:
    print('(0) < (2**63)', (0) < (2**63) if ('<' != '**' or abs(2**63) < 200) and ('<' != '<<' or abs(2**63) < 200) else 'skip')
except Exception as e:
    print('(0) < (2**63)', type(e).__name__, e)
try:
    print('(0) == (2**63)', (0) == (2**63) if ('==' != '**' or abs(2**63) < 200) and ('==' != '<<' or abs(2**63) < 200) else 'skip')
except Exception as e:
    print('(0) == (2**63)', type(e).__name__, e)
try:
    print('(0) >= (2**63)', (0) >= (2**63) if ('>=' != '**' or abs(2**63) < 200) and ('>=' != '<<' or abs(2**63) < 200) else 'skip')
except Exception as e:
    print('(0) >= (2**63)', type(e).__name__, e)
try:
    print('(0) + (-2**63)', (0) + (-2**63) if ('+' != '**' or abs(-2**63) < 200) and ('+' != '<<' or abs(-2**63) < 200) else 'skip')
except Exception as e:
    print('(0) + (-2**63)', type(e).__name__, e)
try:
    print('(0) - (-2**63)', (0) - (-2**63) if ('-' != '**' or abs(-2**63) < 200) and ('-' != '<<' or abs(-2**63) < 200) else 'skip')
except Exception as e:
    print('(0) - (-2**63)', type(e).__name__, e)
try:
    print('(0) * (-2**63)', (0) * (-2**63) if ('*' != '**' or abs(-2**63) < 200) and ('*' != '<<' or abs(-2**63) < 200) else 'skip')
except Exception as e:
    print('(0) * (-2**63)', type(e).__name__, e)
try:
    print('(0) // (-2**63)', (0) // (-2**63) if ('//' != '**' or abs(-2**63) < 200) and ('//' != '<<' or abs(-2**63) < 200) else 'skip')
except Exception as e:
    print('(0) // (-2**63)', type(e).__name__, e)
try:
    print('(0) % (-2**63)', (0) % (-2**63) if ('%' != '**' or abs(-2**63) < 200) and ('%' != '<<' or abs(-2**63) < 200) else 'skip')
except Exception as e:
    print('(0) % (-2**63)', type(e).__name__, e)
try:
    print('(0) ** (-2**63)', (0) ** (-2**63) if ('**' != '**' or abs(-2**63) < 200) and ('**' != '<<' or abs(-2**63) < 200) else 'skip')
except Exception as e:
    print('(0) ** (-2**63)', type(e).__name__, e)
try:
    print('(0) << (-2**63)', (0) << (-2**63) if ('<<' != '**' or abs(-2**63) < 200) and ('<<' != '<<' or abs(-2**63) < 200) else 'skip')
except Exception as e:
    print('(0) << (-2**63)', type(e).__name__, e)
try:
    print('(0) >> (-2**63)', (0) >> (-2**63) if ('>>' != '**' or abs(-2**63) < 200) and ('>>' != '<<' or abs(-2**63) < 200) else 'skip')
except Exception as e:
    print('(0) >> (-2**63)', type(e).__name__, e)
try:
    print('(0) & (-2**63)', (0) & (-2**63) if ('&' != '**' or abs(-2**63) < 200) and ('&' != '<<' or abs(-2**63) < 200) else 'skip')
except Exception as e:
    print('(0) & (-2**63)', type(e).__name__, e)
try:
    print('(0) | (-2**63)', (0) | (-2**63) if ('|' != '**' or abs(-2**63) < 200) and ('|' != '<<' or abs(-2**63) < 200) else 'skip')
except Exception as e:
    print('(0) | (-2**63)', type(e).__name__, e)
try:
    print('(0) ^ (-2**63)', (0) ^ (-2**63) if ('^' != '**' or abs(-2**63) < 200) and ('^' != '<<' or abs(-2**63) < 200) else 'skip')
except Exception as e:
    print('(0) ^ (-2**63)', type(e).__name__, e)
try:
    print('(0) / (-2**63)', (0) / (-2**63) if ('/' != '**' or abs(-2**63) < 200) and ('/' != '<<' or abs(-2**63) < 200) else 'skip')
except Exception as e:
    print('(0) / (-2**63)', type(e).__name__, e)
try:
    print('(0) < (-2**63)', (0) < (-2**63) if ('<' != '**' or abs(-2**63) < 200) and ('<' != '<<' or abs(-2**63) < 200) else 'skip')
except Exception as e:
    print('(0) < (-2**63)', type(e).__name__, e)
try:
    print('(0) == (-2**63)', (0) == (-2**63) if ('==' != '**' or abs(-2**63) < 200) and ('==' != '<<' or abs(-2**63) < 200) else 'skip')
except Exception as e:
    print('(0) == (-2**63)', type(e).__name__, e)
try:
    print('(0) >= (-2**63)', (0) >= (-2**63) if ('>=' != '**' or abs(-2**63) < 200) and ('>=' != '<<' or abs(-2**63) < 200) else 'skip')
except Exception as e:
    print('(0) >= (-2**63)', type(e).__name__, e)
try:
    print('(0) + (2**64 + 5)', (0) + (2**64 + 5) if ('+' != '**' or abs(2**64 + 5) < 200) and ('+' != '<<' or abs(2**64 + 5) < 200) else 'skip')
except Exception as e:
    print('(0) + (2**64 + 5)', type(e).__name__, e)
try:
    print('(0) - (2**64 + 5)', (0) - (2**64 + 5) if ('-' != '**' or abs(2**64 + 5) < 200) and ('-' != '<<' or abs(2**64 + 5) < 200) else 'skip')
except Exception as e:
    print('(0) - (2**64 + 5)', type(e).__name__, e)
try:
    print('(0) * (2**64 + 5)', (0) * (2**64 + 5) if ('*' != '**' or abs(2**64 + 5) < 200) and ('*' != '<<' or abs(2**64 + 5) < 200) else 'skip')
except Exception as e:
    print('(0) * (2**64 + 5)', type(e).__name__, e)
try:
    print('(0) // (2**64 + 5)', (0) // (2**64 + 5) if ('//' != '**' or abs(2**64 + 5) < 200) and ('//' != '<<' or abs(2**64 + 5) < 200) else 'skip')
except Exception as e:
    print('(0) // (2**64 + 5)', type(e).__name__, e)
try:
    print('(0) % (2**64 + 5)', (0) % (2**64 + 5) if ('%' != '**' or abs(2**64 + 5) < 200) and ('%' != '<<' or abs(2**64 + 5) < 200) else 'skip')
except Exception as e:
    print('(0) % (2**64 + 5)', type(e).__name__, e)
try:
    print('(0) ** (2**64 + 5)', (0) ** (2**64 + 5) if ('**' != '**' or abs(2**64 + 5) < 200) and ('**' != '<<' or abs(2**64 + 5) < 200) else 'skip')
except Exception as e:
    print('(0) ** (2**64 + 5)', type(e).__name__, e)
try:
    print('(0) << (2**64 + 5)', (0) << (2**64 + 5) if ('<<' != '**' or abs(2**64 + 5) < 200) and ('<<' != '<<' or abs(2**64 + 5) < 200) else 'skip')
except Exception as e:
    print('(0) << (2**64 + 5)', type(e).__name__, e)
try:
    print('(0) >> (2**64 + 5)', (0) >> (2**64 + 5) if ('>>' != '**' or abs(2**64 + 5) < 200) and ('>>' != '<<' or abs(2**64 + 5) < 200) else 'skip')
except Exception as e:
    print('(0) >> (2**64 + 5)', type(e).__name__, e)
try:
    print('(0) & (2**64 + 5)', (0) & (2**64 + 5) if ('&' != '**' or abs(2**64 + 5) < 200) and ('&' != '<<' or abs(2**64 + 5) < 200) else 'skip')
except Exception as e:
    print('(0) & (2**64 + 5)', type(e).__name__, e)
try:
    print('(0) | (2**64 + 5)', (0) | (2**64 + 5) if ('|' != '**' or abs(2**64 + 5) < 200) and ('|' != '<<' or abs(2**64 + 5) < 200) else 'skip')
except Exception as e:
    print('(0) | (2**64 + 5)', type(e).__name__, e)
try:
    print('(0) ^ (2**64 + 5)', (0) ^ (2**64 + 5) if ('^' != '**' or abs(2**64 + 5) < 200) and ('^' != '<<' or abs(2**64 + 5) < 200) else 'skip')
except Exception as e:
    print('(0) ^ (2**64 + 5)', type(e).__name__, e)
try:
    print('(0) / (2**64 + 5)', (0) / (2**64 + 5) if ('/' != '**' or abs(2**64 + 5) < 200) and ('/' != '<<' or abs(2**64 + 5) < 200) else 'skip')
except Exception as e:
    print('(0) / (2**64 + 5)', type(e).__name__, e)
try:
    print('(0) < (2**64 + 5)', (0) < (2**64 + 5) if ('<' != '**' or abs(2**64 + 5) < 200) and ('<' != '<<' or abs(2**64 + 5) < 200) else 'skip')
except Exception as e:
    print('(0) < (2**64 + 5)', type(e).__name__, e)
try:
    print('(0) == (2**64 + 5)', (0) == (2**64 + 5) if ('==' != '**' or abs(2**64 + 5) < 200) and ('==' != '<<' or abs(2**64 + 5) < 200) else 'skip')
except Exception as e:
    print('(0) == (2**64 + 5)', type(e).__name__, e)
try:
    print('(0) >= (2**64 + 5)', (0) >= (2**64 + 5) if ('>=' != '**' or abs(2**64 + 5) < 200) and ('>=' != '<<' or abs(2**64 + 5) < 200) else 'skip')
except Exception as e:
    print('(0) >= (2**64 + 5)', type(e).__name__, e)
try:
    print('(0) + (-(2**70))', (0) + (-(2**70)) if ('+' != '**' or abs(-(2**70)) < 200) and ('+' != '<<' or abs(-(2**70)) < 200) else 'skip')
except Exception as e:
    print('(0) + (-(2**70))', type(e).__name__, e)
try:
    print('(0) - (-(2**70))', (0) - (-(2**70)) if ('-' != '**' or abs(-(2**70)) < 200) and ('-' != '<<' or abs(-(2**70)) < 200) else 'skip')
except Exception as e:
    print('(0) - (-(2**70))', type(e).__name__, e)
try:
    print('(0) * (-(2**70))', (0) * (-(2**70)) if ('*' != '**' or abs(-(2**70)) < 200) and ('*' != '<<' or abs(-(2**70)) < 200) else 'skip')
except Exception as e:
    print('(0) * (-(2**70))', type(e).__name__, e)
try:
    print('(0) // (-(2**70))', (0) // (-(2**70)) if ('//' != '**' or abs(-(2**70)) < 200) and ('//' != '<<' or abs(-(2**70)) < 200) else 'skip')
except Exception as e:
    print('(0) // (-(2**70))', type(e).__name__, e)
try:
    print('(0) % (-(2**70))', (0) % (-(2**70)) if ('%' != '**' or abs(-(2**70)) < 200) and ('%' != '<<' or abs(-(2**70)) < 200) else 'skip')
except Exception as e:
    print('(0) % (-(2**70))', type(e).__name__, e)
try:
    print('(0) ** (-(2**70))', (0) ** (-(2**70)) if ('**' != '**' or abs(-(2**70)) < 200) and ('**' != '<<' or abs(-(2**70)) < 200) else 'skip')
except Exception as e:
    print('(0) ** (-(2**70))', type(e).__name__, e)
try:
    print('(0) << (-(2**70))', (0) << (-(2**70)) if ('<<' != '**' or abs(-(2**70)) < 200) and ('<<' != '<<' or abs(-(2**70)) < 200) else 'skip')
except Exception as e:
    print('(0) << (-(2**70))', type(e).__name__, e)
try:
    print('(0) >> (-(2**70))', (0) >> (-(2**70)) if ('>>' != '**' or abs(-(2**70)) < 200) and ('>>' != '<<' or abs(-(2**70)) < 200) else 'skip')
except Exception as e:
    print('(0) >> (-(2**70))', type(e).__name__, e)
try:
    print('(0) & (-(2**70))', (0) & (-(2**70)) if ('&' != '**' or abs(-(2**70)) < 200) and ('&' != '<<' or abs(-(2**70)) < 200) else 'skip')
except Exception as e:
    print('(0) & (-(2**70))', type(e).__name__, e)
try:
    print('(0) | (-(2**70))', (0) | (-(2**70)) if ('|' != '**' or abs(-(2**70)) < 200) and ('|' != '<<' or abs(-(2**70)) < 200) else 'skip')
except Exception as e:
    print('(0) | (-(2**70))', type(e).__name__, e)
try:
    print('(0) ^ (-(2**70))', (0) ^ (-(2**70)) if ('^' != '**' or abs(-(2**70)) < 200) and ('^' != '<<' or abs(-(2**70)) < 200) else 'skip')
except Exception as e:
    print('(0) ^ (-(2**70))', type(e).__name__, e)
try:
    print('(0) / (-(2**70))', (0) / (-(2**70)) if ('/' != '**' or abs(-(2**70)) < 200) and ('/' != '<<' or abs(-(2**70)) < 200) else 'skip')
except Exception as e:
    print('(0) / (-(2**70))', type(e).__name__, e)
try:
    print('(0) < (-(2**70))', (0) < (-(2**70)) if ('<' != '**' or abs(-(2**70)) < 200) and ('<' != '<<' or abs(-(2**70)) < 200) else 'skip')
except Exception as e:
    print('(0) < (-(2**70))', type(e).__name__, e)
try:
    print('(0) == (-(2**70))', (0) == (-(2**70)) if ('==' != '**' or abs(-(2**70)) < 200) and ('==' != '<<' or abs(-(2**70)) < 200) else 'skip')
except Exception as e:
    print('(0) == (-(2**70))', type(e).__name__, e)
try:
    print('(0) >= (-(2**70))', (0) >= (-(2**70)) if ('>=' != '**' or abs(-(2**70)) < 200) and ('>=' != '<<' or abs(-(2**70)) < 200) else 'skip')
except Exception as e:
    print('(0) >= (-(2**70))', type(e).__name__, e)
try:
    print('(0) + (10**20)', (0) + (10**20) if ('+' != '**' or abs(10**20) < 200) and ('+' != '<<' or abs(10**20) < 200) else 'skip')
except Exception as e:
    print('(0) + (10**20)', type(e).__name__, e)
try:
    print('(0) - (10**20)', (0) - (10**20) if ('-' != '**' or abs(10**20) < 200) and ('-' != '<<' or abs(10**20) < 200) else 'skip')
except Exception as e:
    print('(0) - (10**20)', type(e).__name__, e)
try:
    print('(0) * (10**20)', (0) * (10**20) if ('*' != '**' or abs(10**20) < 200) and ('*' != '<<' or abs(10**20) < 200) else 'skip')
except Exception as e:
    print('(0) * (10**20)', type(e).__name__, e)
try:
    print('(0) // (10**20)', (0) // (10**20) if ('//' != '**' or abs(10**20) < 200) and ('//' != '<<' or abs(10**20) < 200) else 'skip')
except Exception as e:
    print('(0) // (10**20)', type(e).__name__, e)
try:
    print('(0) % (10**20)', (0) % (10**20) if ('%' != '**' or abs(10**20) < 200) and ('%' != '<<' or abs(10**20) < 200) else 'skip')
except Exception as e:
    print('(0) % (10**20)', type(e).__name__, e)
try:
    print('(0) ** (10**20)', (0) ** (10**20) if ('**' != '**' or abs(10**20) < 200) and ('**' != '<<' or abs(10**20) < 200) else 'skip')
except Exception as e:
    print('(0) ** (10**20)', type(e).__name__, e)
try:
    print('(0) << (10**20)', (0) << (10**20) if ('<<' != '**' or abs(10**20) < 200) and ('<<' != '<<' or abs(10**20) < 200) else 'skip')
except Exception as e:
    print('(0) << (10**20)', type(e).__name__, e)
try:
    print('(0) >> (10**20)', (0) >> (10**20) if ('>>' != '**' or abs(10**20) < 200) and ('>>' != '<<' or abs(10**20) < 200) else 'skip')
except Exception as e:
    print('(0) >> (10**20)', type(e).__name__, e)
try:
    print('(0) & (10**20)', (0) & (10**20) if ('&' != '**' or abs(10**20) < 200) and ('&' != '<<' or abs(10**20) < 200) else 'skip')
except Exception as e:
    print('(0) & (10**20)', type(e).__name__, e)
try:
    print('(0) | (10**20)', (0) | (10**20) if ('|' != '**' or abs(10**20) < 200) and ('|' != '<<' or abs(10**20) < 200) else 'skip')
except Exception as e:
    print('(0) | (10**20)', type(e).__name__, e)
try:
    print('(0) ^ (10**20)', (0) ^ (10**20) if ('^' != '**' or abs(10**20) < 200) and ('^' != '<<' or abs(10**20) < 200) else 'skip')
except Exception as e:
    print('(0) ^ (10**20)', type(e).__name__, e)
try:
    print('(0) / (10**20)', (0) / (10**20) if ('/' != '**' or abs(10**20) < 200) and ('/' != '<<' or abs(10**20) < 200) else 'skip')
except Exception as e:
    print('(0) / (10**20)', type(e).__name__, e)
try:
    print('(0) < (10**20)', (0) < (10**20) if ('<' != '**' or abs(10**20) < 200) and ('<' != '<<' or abs(10**20) < 200) else 'skip')
except Exception as e:
    print('(0) < (10**20)', type(e).__name__, e)
try:
    print('(0) == (10**20)', (0) == (10**20) if ('==' != '**' or abs(10**20) < 200) and ('==' != '<<' or abs(10**20) < 200) else 'skip')
except Exception as e:
    print('(0) == (10**20)', type(e).__name__, e)
try:
    print('(0) >= (10**20)', (0) >= (10**20) if ('>=' != '**' or abs(10**20) < 200) and ('>=' != '<<' or abs(10**20) < 200) else 'skip')
except Exception as e:
    print('(0) >= (10**20)', type(e).__name__, e)
try:
    print('(0) + (True)', (0) + (True) if ('+' != '**' or abs(True) < 200) and ('+' != '<<' or abs(True) < 200) else 'skip')
except Exception as e:
    print('(0) + (True)', type(e).__name__, e)
try:
    print('(0) - (True)', (0) - (True) if ('-' != '**' or abs(True) < 200) and ('-' != '<<' or abs(True) < 200) else 'skip')
except Exception as e:
    print('(0) - (True)', type(e).__name__, e)
try:
    print('(0) * (True)', (0) * (True) if ('*' != '**' or abs(True) < 200) and ('*' != '<<' or abs(True) < 200) else 'skip')
except Exception as e:
    print('(0) * (True)', type(e).__name__, e)
try:
    print('(0) // (True)', (0) // (True) if ('//' != '**' or abs(True) < 200) and ('//' != '<<' or abs(True) < 200) else 'skip')
except Exception as e:
    print('(0) // (True)', type(e).__name__, e)
try:
    print('(0) % (True)', (0) % (True) if ('%' != '**' or abs(True) < 200) and ('%' != '<<' or abs(True) < 200) else 'skip')
except Exception as e:
    print('(0) % (True)', type(e).__name__, e)
try:
    print('(0) ** (True)', (0) ** (True) if ('**' != '**' or abs(True) < 200) and ('**' != '<<' or abs(True) < 200) else 'skip')
except Exception as e:
    print('(0) ** (True)', type(e).__name__, e)
try:
    print('(0) << (True)', (0) << (True) if ('<<' != '**' or abs(True) < 200) and ('<<' != '<<' or abs(True) < 200) else 'skip')
except Exception as e:
    print('(0) << (True)', type(e).__name__, e)
try:
    print('(0) >> (True)', (0) >> (True) if ('>>' != '**' or abs(True) < 200) and ('>>' != '<<' or abs(True) < 200) else 'skip')
except Exception as e:
    print('(0) >> (True)', type(e).__name__, e)
try:
    print('(0) & (True)', (0) & (True) if ('&' != '**' or abs(True) < 200) and ('&' != '<<' or abs(True) < 200) else 'skip')
except Exception as e:
    print('(0) & (True)', type(e).__name__, e)
try:
    print('(0) | (True)', (0) | (True) if ('|' != '**' or abs(True) < 200) and ('|' != '<<' or abs(True) < 200) else 'skip')
except Exception as e:
    print('(0) | (True)', type(e).__name__, e)
try:
    print('(0) ^ (True)', (0) ^ (True) if ('^' != '**' or abs(True) < 200) and ('^' != '<<' or abs(True) < 200) else 'skip')
except Exception as e:
    print('(0) ^ (True)', type(e).__name__, e)
try:
    print('(0) / (True)', (0) / (True) if ('/' != '**' or abs(True) < 200) and ('/' != '<<' or abs(True) < 200) else 'skip')
except Exception as e:
    print('(0) / (True)', type(e).__name__, e)
try:
    print('(0) < (True)', (0) < (True) if ('<' != '**' or abs(True) < 200) and ('<' != '<<' or abs(True) < 200) else 'skip')
except Exception as e:
    print('(0) < (True)', type(e).__name__, e)
try:
    print('(0) == (True)', (0) == (True) if ('==' != '**' or abs(True) < 200) and ('==' != '<<' or abs(True) < 200) else 'skip')
except Exception as e:
    print('(0) == (True)', type(e).__name__, e)
try:
    print('(0) >= (True)', (0) >= (True) if ('>=' != '**' or abs(True) < 200) and ('>=' != '<<' or abs(True) < 200) else 'skip')
except Exception as e:
    print('(0) >= (True)', type(e).__name__, e)
try:
    print('(0) + (2.5)', (0) + (2.5) if ('+' != '**' or abs(2.5) < 200) and ('+' != '<<' or abs(2.5) < 200) else 'skip')
except Exception as e:
    print('(0) + (2.5)', type(e).__name__, e)
try:
    print('(0) - (2.5)', (0) - (2.5) if ('-' != '**' or abs(2.5) < 200) and ('-' != '<<' or abs(2.5) < 200) else 'skip')
except Exception as e:
    print('(0) - (2.5)', type(e).__name__, e)
try:
    print('(0) * (2.5)', (0) * (2.5) if ('*' != '**' or abs(2.5) < 200) and ('*' != '<<' or abs(2.5) < 200) else 'skip')
except Exception as e:
    print('(0) * (2.5)', type(e).__name__, e)
try:
    print('(0) // (2.5)', (0) // (2.5) if ('//' != '**' or abs(2.5) < 200) and ('//' != '<<' or abs(2.5) < 200) else 'skip')
except Exception as e:
    print('(0) // (2.5)', type(e).__name__, e)
try:
    print('(0) % (2.5)', (0) % (2.5) if ('%' != '**' or abs(2.5) < 200) and ('%' != '<<' or abs(2.5) < 200) else 'skip')
except Exception as e:
    print('(0) % (2.5)', type(e).__name__, e)
try:
    print('(0) ** (2.5)', (0) ** (2.5) if ('**' != '**' or abs(2.5) < 200) and ('**' != '<<' or abs(2.5) < 200) else 'skip')
except Exception as e:
    print('(0) ** (2.5)', type(e).__name__, e)
try:
    print('(0) << (2.5)', (0) << (2.5) if ('<<' != '**' or abs(2.5) < 200) and ('<<' != '<<' or abs(2.5) < 200) else 'skip')
except Exception as e:
    print('(0) << (2.5)', type(e).__name__, e)
try:
    print('(0) >> (2.5)', (0) >> (2.5) if ('>>' != '**' or abs(2.5) < 200) and ('>>' != '<<' or abs(2.5) < 200) else 'skip')
except Exception as e:
    print('(0) >> (2.5)', type(e).__name__, e)
try:
    print('(0) & (2.5)', (0) & (2.5) if ('&' != '**' or abs(2.5) < 200) and ('&' != '<<' or abs(2.5) < 200) else 'skip')
except Exception as e:
    print('(0) & (2.5)', type(e).__name__, e)
try:
    print('(0) | (2.5)', (0) | (2.5) if ('|' != '**' or abs(2.5) < 200) and ('|' != '<<' or abs(2.5) < 200) else 'skip')
except Exception as e:
    print('(0) | (2.5)', type(e).__name__, e)
try:
    print('(0) ^ (2.5)', (0) ^ (2.5) if ('^' != '**' or abs(2.5) < 200) and ('^' != '<<' or abs(2.5) < 200) else 'skip')
except Exception as e:
    print('(0) ^ (2.5)', type(e).__name__, e)
try:
    print('(0) / (2.5)', (0) / (2.5) if ('/' != '**' or abs(2.5) < 200) and ('/' != '<<' or abs(2.5) < 200) else 'skip')
except Exception as e:
    print('(0) / (2.5)', type(e).__name__, e)
try:
    print('(0) < (2.5)', (0) < (2.5) if ('<' != '**' or abs(2.5) < 200) and ('<' != '<<' or abs(2.5) < 200) else 'skip')
except Exception as e:
    print('(0) < (2.5)', type(e).__name__, e)
try:
    print('(0) == (2.5)', (0) == (2.5) if ('==' != '**' or abs(2.5) < 200) and ('==' != '<<' or abs(2.5) < 200) else 'skip')
except Exception as e:
    print('(0) == (2.5)', type(e).__name__, e)
try:
    print('(0) >= (2.5)', (0) >= (2.5) if ('>=' != '**' or abs(2.5) < 200) and ('>=' != '<<' or abs(2.5) < 200) else 'skip')
except Exception as e:
    print('(0) >= (2.5)', type(e).__name__, e)
try:
    print('(0) + (-0.5)', (0) + (-0.5) if ('+' != '**' or abs(-0.5) < 200) and ('+' != '<<' or abs(-0.5) < 200) else 'skip')
except Exception as e:
    print('(0) + (-0.5)', type(e).__name__, e)
try:
    print('(0) - (-0.5)', (0) - (-0.5) if ('-' != '**' or abs(-0.5) < 200) and ('-' != '<<' or abs(-0.5) < 200) else 'skip')
except Exception as e:
    print('(0) - (-0.5)', type(e).__name__, e)
try:
    print('(0) * (-0.5)', (0) * (-0.5) if ('*' != '**' or abs(-0.5) < 200) and ('*' != '<<' or abs(-0.5) < 200) else 'skip')
except Exception as e:
    print('(0) * (-0.5)', type(e).__name__, e)
try:
    print('(0) // (-0.5)', (0) // (-0.5) if ('//' != '**' or abs(-0.5) < 200) and ('//' != '<<' or abs(-0.5) < 200) else 'skip')
except Exception as e:
    print('(0) // (-0.5)', type(e).__name__, e)
try:
    print('(0) % (-0.5)', (0) % (-0.5) if ('%' != '**' or abs(-0.5) < 200) and ('%' != '<<' or abs(-0.5) < 200) else 'skip')
except Exception as e:
    print('(0) % (-0.5)', type(e).__name__, e)
try:
    print('(0) ** (-0.5)', (0) ** (-0.5) if ('**' != '**' or abs(-0.5) < 200) and ('**' != '<<' or abs(-0.5) < 200) else 'skip')
except Exception as e:
    print('(0) ** (-0.5)', type(e).__name__, e)
try:
    print('(0) << (-0.5)', (0) << (-0.5) if ('<<' != '**' or abs(-0.5) < 200) and ('<<' != '<<' or abs(-0.5) < 200) else 'skip')
except Exception as e:
    print('(0) << (-0.5)', type(e).__name__, e)
try:
    print('(0) >> (-0.5)', (0) >> (-0.5) if ('>>' != '**' or abs(-0.5) < 200) and ('>>' != '<<' or abs(-0.5) < 200) else 'skip')
except Exception as e:
    print('(0) >> (-0.5)', type(e).__name__, e)
try:
    print('(0) & (-0.5)', (0) & (-0.5) if ('&' != '**' or abs(-0.5) < 200) and ('&' != '<<' or abs(-0.5) < 200) else 'skip')
except Exception as e:
    print('(0) & (-0.5)', type(e).__name__, e)
try:
    print('(0) | (-0.5)', (0) | (-0.5) if ('|' != '**' or abs(-0.5) < 200) and ('|' != '<<' or abs(-0.5) < 200) else 'skip')
except Exception as e:
    print('(0) | (-0.5)', type(e).__name__, e)
try:
    print('(0) ^ (-0.5)', (0) ^ (-0.5) if ('^' != '**' or abs(-0.5) < 200) and ('^' != '<<' or abs(-0.5) < 200) else 'skip')
except Exception as e:
    print('(0) ^ (-0.5)', type(e).__name__, e)
try:
    print('(0) / (-0.5)', (0) / (-0.5) if ('/' != '**' or abs(-0.5) < 200) and ('/' != '<<' or abs(-0.5) < 200) else 'skip')
except Exception as e:
    print('(0) / (-0.5)', type(e).__name__, e)
try:
    print('(0) < (-0.5)', (0) < (-0.5) if ('<' != '**' or abs(-0.5) < 200) and ('<' != '<<' or abs(-0.5) < 200) else 'skip')
except Exception as e:
    print('(0) < (-0.5)', type(e).__name__, e)
try:
    print('(0) == (-0.5)', (0) == (-0.5) if ('==' != '**' or abs(-0.5) < 200) and ('==' != '<<' or abs(-0.5) < 200) else 'skip')
except Exception as e:
    print('(0) == (-0.5)', type(e).__name__, e)
try:
    print('(0) >= (-0.5)', (0) >= (-0.5) if ('>=' != '**' or abs(-0.5) < 200) and ('>=' != '<<' or abs(-0.5) < 200) else 'skip')
except Exception as e:
    print('(0) >= (-0.5)', type(e).__name__, e)
try:
    print('(1) + (0)', (1) + (0) if ('+' != '**' or abs(0) < 200) and ('+' != '<<' or abs(0) < 200) else 'skip')
except Exception as e:
    print('(1) + (0)', type(e).__name__, e)
try:
    print('(1) - (0)', (1) - (0) if ('-' != '**' or abs(0) < 200) and ('-' != '<<' or abs(0) < 200) else 'skip')
except Exception as e:
    print('(1) - (0)', type(e).__name__, e)
try:
    print('(1) * (0)', (1) * (0) if ('*' != '**' or abs(0) < 200) and ('*' != '<<' or abs(0) < 200) else 'skip')
except Exception as e:
    print('(1) * (0)', type(e).__name__, e)
try:
    print('(1) // (0)', (1) // (0) if ('//' != '**' or abs(0) < 200) and ('//' != '<<' or abs(0) < 200) else 'skip')
except Exception as e:
    print('(1) // (0)', type(e).__name__, e)
try:
    print('(1) % (0)', (1) % (0) if ('%' != '**' or abs(0) < 200) and ('%' != '<<' or abs(0) < 200) else 'skip')
except Exception as e:
    print('(1) % (0)', type(e).__name__, e)
try:
    print('(1) ** (0)', (1) ** (0) if ('**' != '**' or abs(0) < 200) and ('**' != '<<' or abs(0) < 200) else 'skip')
except Exception as e:
    print('(1) ** (0)', type(e).__name__, e)
try:
    print('(1) << (0)', (1) << (0) if ('<<' != '**' or abs(0) < 200) and ('<<' != '<<' or abs(0) < 200) else 'skip')
except Exception as e:
    print('(1) << (0)', type(e).__name__, e)
try:
    print('(1) >> (0)', (1) >> (0) if ('>>' != '**' or abs(0) < 200) and ('>>' != '<<' or abs(0) < 200) else 'skip')
except Exception as e:
    print('(1) >> (0)', type(e).__name__, e)
try:
    print('(1) & (0)', (1) & (0) if ('&' != '**' or abs(0) < 200) and ('&' != '<<' or abs(0) < 200) else 'skip')
except Exception as e:
    print('(1) & (0)', type(e).__name__, e)
try:
    print('(1) | (0)', (1) | (0) if ('|' != '**' or abs(0) < 200) and ('|' != '<<' or abs(0) < 200) else 'skip')
except Exception as e:
    print('(1) | (0)', type(e).__name__, e)
try:
    print('(1) ^ (0)', (1) ^ (0) if ('^' != '**' or abs(0) < 200) and ('^' != '<<' or abs(0) < 200) else 'skip')
except Exception as e:
    print('(1) ^ (0)', type(e).__name__, e)
try:
    print('(1) / (0)', (1) / (0) if ('/' != '**' or abs(0) < 200) and ('/' != '<<' or abs(0) < 200) else 'skip')
except Exception as e:
    print('(1) / (0)', type(e).__name__, e)
try:
    print('(1) < (0)', (1) < (0) if ('<' != '**' or abs(0) < 200) and ('<' != '<<' or abs(0) < 200) else 'skip')
except Exception as e:
    print('(1) < (0)', type(e).__name__, e)
try:
    print('(1) == (0)', (1) == (0) if ('==' != '**' or abs(0) < 200) and ('==' != '<<' or abs(0) < 200) else 'skip')
except Exception as e:
    print('(1) == (0)', type(e).__name__, e)
try:
    print('(1) >= (0)', (1) >= (0) if ('>=' != '**' or abs(0) < 200) and ('>=' != '<<' or abs(0) < 200) else 'skip')
except Exception as e:
    print('(1) >= (0)', type(e).__name__, e)
try:
    print('(1) + (1)', (1) + (1) if ('+' != '**' or abs(1) < 200) and ('+' != '<<' or abs(1) < 200) else 'skip')
except Exception as e:
    print('(1) + (1)', type(e).__name__, e)
try:
    print('(1) - (1)', (1) - (1) if ('-' != '**' or abs(1) < 200) and ('-' != '<<' or abs(1) < 200) else 'skip')
except Exception as e:
    print('(1) - (1)', type(e).__name__, e)
try:
    print('(1) * (1)', (1) * (1) if ('*' != '**' or abs(1) < 200) and ('*' != '<<' or abs(1) < 200) else 'skip')
except Exception as e:
    print('(1) * (1)', type(e).__name__, e)
try:
    print('(1) // (1)', (1) // (1) if ('//' != '**' or abs(1) < 200) and ('//' != '<<' or abs(1) < 200) else 'skip')
except Exception as e:
    print('(1) // (1)', type(e).__name__, e)
try:
    print('(1) % (1)', (1) % (1) if ('%' != '**' or abs(1) < 200) and ('%' != '<<' or abs(1) < 200) else 'skip')
except Exception as e:
    print('(1) % (1)', type(e).__name__, e)
try:
    print('(1) ** (1)', (1) ** (1) if ('**' != '**' or abs(1) < 200) and ('**' != '<<' or abs(1) < 200) else 'skip')
except Exception as e:
    print('(1) ** (1)', type(e).__name__, e)
try:
    print('(1) << (1)', (1) << (1) if ('<<' != '**' or abs(1) < 200) and ('<<' != '<<' or abs(1) < 200) else 'skip')
except Exception as e:
    print('(1) << (1)', type(e).__name__, e)
try:
    print('(1) >> (1)', (1) >> (1) if ('>>' != '**' or abs(1) < 200) and ('>>' != '<<' or abs(1) < 200) else 'skip')
except Exception as e:
    print('(1) >> (1)', type(e).__name__, e)
try:
    print('(1) & (1)', (1) & (1) if ('&' != '**' or abs(1) < 200) and ('&' != '<<' or abs(1) < 200) else 'skip')
except Exception as e:
    print('(1) & (1)', type(e).__name__, e)
try:
    print('(1) | (1)', (1) | (1) if ('|' != '**' or abs(1) < 200) and ('|' != '<<' or abs(1) < 200) else 'skip')
except Exception as e:
    print('(1) | (1)', type(e).__name__, e)
try:
    print('(1) ^ (1)', (1) ^ (1) if ('^' != '**' or abs(1) < 200) and ('^' != '<<' or abs(1) < 200) else 'skip')
except Exception as e:
    print('(1) ^ (1)', type(e).__name__, e)
try:
    print('(1) / (1)', (1) / (1) if ('/' != '**' or abs(1) < 200) and ('/' != '<<' or abs(1) < 200) else 'skip')
except Exception as e:
    print('(1) / (1)', type(e).__name__, e)
try:
    print('(1) < (1)', (1) < (1) if ('<' != '**' or abs(1) < 200) and ('<' != '<<' or abs(1) < 200) else 'skip')
except Exception as e:
    print('(1) < (1)', type(e).__name__, e)
try:
    print('(1) == (1)', (1) == (1) if ('==' != '**' or abs(1) < 200) and ('==' != '<<' or abs(1) < 200) else 'skip')
except Exception as e:
    print('(1) == (1)', type(e).__name__, e)
try:
    print('(1) >= (1)', (1) >= (1) if ('>=' != '**' or abs(1) < 200) and ('>=' != '<<' or abs(1) < 200) else 'skip')
except Exception as e:
    print('(1) >= (1)', type(e).__name__, e)
try:
    print('(1) + (-1)', (1) + (-1) if ('+' != '**' or abs(-1) < 200) and ('+' != '<<' or abs(-1) < 200) else 'skip')
except Exception as e:
    print('(1) + (-1)', type(e).__name__, e)
try:
    print('(1) - (-1)', (1) - (-1) if ('-' != '**' or abs(-1) < 200) and ('-' != '<<' or abs(-1) < 200) else 'skip')
except Exception as e:
    print('(1) - (-1)', type(e).__name__, e)
try:
    print('(1) * (-1)', (1) * (-1) if ('*' != '**' or abs(-1) < 200) and ('*' != '<<' or abs(-1) < 200) else 'skip')
except Exception as e:
    print('(1) * (-1)', type(e).__name__, e)
try:
    print('(1) // (-1)', (1) // (-1) if ('//' != '**' or abs(-1) < 200) and ('//' != '<<' or abs(-1) < 200) else 'skip')
except Exception as e:
    print('(1) // (-1)', type(e).__name__, e)
try:
    print('(1) % (-1)', (1) % (-1) if ('%' != '**' or abs(-1) < 200) and ('%' != '<<' or abs(-1) < 200) else 'skip')
except Exception as e:
    print('(1) % (-1)', type(e).__name__, e)
try:
    print('(1) ** (-1)', (1) ** (-1) if ('**' != '**' or abs(-1) < 200) and ('**' != '<<' or abs(-1) < 200) else 'skip')
except Exception as e:
    print('(1) ** (-1)', type(e).__name__, e)
try:
    print('(1) << (-1)', (1) << (-1) if ('<<' != '**' or abs(-1) < 200) and ('<<' != '<<' or abs(-1) < 200) else 'skip')
except Exception as e:
    print('(1) << (-1)', type(e).__name__, e)
try:
    print('(1) >> (-1)', (1) >> (-1) if ('>>' != '**' or abs(-1) < 200) and ('>>' != '<<' or abs(-1) < 200) else 'skip')
except Exception as e:
    print('(1) >> (-1)', type(e).__name__, e)
try:
    print('(1) & (-1)', (1) & (-1) if ('&' != '**' or abs(-1) < 200) and ('&' != '<<' or abs(-1) < 200) else 'skip')
except Exception as e:
    print('(1) & (-1)', type(e).__name__, e)
try:
    print('(1) | (-1)', (1) | (-1) if ('|' != '**' or abs(-1) < 200) and ('|' != '<<' or abs(-1) < 200) else 'skip')
except Exception as e:
    print('(1) | (-1)', type(e).__name__, e)
try:
    print('(1) ^ (-1)', (1) ^ (-1) if ('^' != '**' or abs(-1) < 200) and ('^' != '<<' or abs(-1) < 200) else 'skip')
except Exception as e:
    print('(1) ^ (-1)', type(e).__name__, e)
try:
    print('(1) / (-1)', (1) / (-1) if ('/' != '**' or abs(-1) < 200) and ('/' != '<<' or abs(-1) < 200) else 'skip')
except Exception as e:
    print('(1) / (-1)', type(e).__name__, e)
try:
    print('(1) < (-1)', (1) < (-1) if ('<' != '**' or abs(-1) < 200) and ('<' != '<<' or abs(-1) < 200) else 'skip')
except Exception as e:
    print('(1) < (-1)', type(e).__name__, e)
try:
    print('(1) == (-1)', (1) == (-1) if ('==' != '**' or abs(-1) < 200) and ('==' != '<<' or abs(-1) < 200) else 'skip')
except Exception as e:
    print('(1) == (-1)', type(e).__name__, e)
try:
    print('(1) >= (-1)', (1) >= (-1) if ('>=' != '**' or abs(-1) < 200) and ('>=' != '<<' or abs(-1) < 200) else 'skip')
except Exception as e:
    print('(1) >= (-1)', type(e).__name__, e)
try:
    print('(1) + (7)', (1) + (7) if ('+' != '**' or abs(7) < 200) and ('+' != '<<' or abs(7) < 200) else 'skip')
except Exception as e:
    print('(1) + (7)', type(e).__name__, e)
try:
    print('(1) - (7)', (1) - (7) if ('-' != '**' or abs(7) < 200) and ('-' != '<<' or abs(7) < 200) else 'skip')
except Exception as e:
    print('(1) - (7)', type(e).__name__, e)
try:
    print('(1) * (7)', (1) * (7) if ('*' != '**' or abs(7) < 200) and ('*' != '<<' or abs(7) < 200) else 'skip')
except Exception as e:
    print('(1) * (7)', type(e).__name__, e)
try:
    print('(1) // (7)', (1) // (7) if ('//' != '**' or abs(7) < 200) and ('//' != '<<' or abs(7) < 200) else 'skip')
except Exception as e:
    print('(1) // (7)', type(e).__name__, e)
try:
    print('(1) % (7)', (1) % (7) if ('%' != '**' or abs(7) < 200) and ('%' != '<<' or abs(7) < 200) else 'skip')
except Exception as e:
    print('(1) % (7)', type(e).__name__, e)
try:
    print('(1) ** (7)', (1) ** (7) if ('**' != '**' or abs(7) < 200) and ('**' != '<<' or abs(7) < 200) else 'skip')
except Exception as e:
    print('(1) ** (7)', type(e).__name__, e)
try:
    print('(1) << (7)', (1) << (7) if ('<<' != '**' or abs(7) < 200) and ('<<' != '<<' or abs(7) < 200) else 'skip')
except Exception as e:
    print('(1) << (7)', type(e).__name__, e)
try:
    print('(1) >> (7)', (1) >> (7) if ('>>' != '**' or abs(7) < 200) and ('>>' != '<<' or abs(7) < 200) else 'skip')
except Exception as e:
    print('(1) >> (7)', type(e).__name__, e)
try:
    print('(1) & (7)', (1) & (7) if ('&' != '**' or abs(7) < 200) and ('&' != '<<' or abs(7) < 200) else 'skip')
except Exception as e:
    print('(1) & (7)', type(e).__name__, e)
try:
    print('(1) | (7)', (1) | (7) if ('|' != '**' or abs(7) < 200) and ('|' != '<<' or abs(7) < 200) else 'skip')
except Exception as e:
    print('(1) | (7)', type(e).__name__, e)
try:
    print('(1) ^ (7)', (1) ^ (7) if ('^' != '**' or abs(7) < 200) and ('^' != '<<' or abs(7) < 200) else 'skip')
except Exception as e:
    print('(1) ^ (7)', type(e).__name__, e)
try:
    print('(1) / (7)', (1) / (7) if ('/' != '**' or abs(7) < 200) and ('/' != '<<' or abs(7) < 200) else 'skip')
except Exception as e:
    print('(1) / (7)', type(e).__name__, e)
try:
    print('(1) < (7)', (1) < (7) if ('<' != '**' or abs(7) < 200) and ('<' != '<<' or abs(7) < 200) else 'skip')
except Exception as e:
    print('(1) < (7)', type(e).__name__, e)
try:
    print('(1) == (7)', (1) == (7) if ('==' != '**' or abs(7) < 200) and ('==' != '<<' or abs(7) < 200) else 'skip')
except Exception as e:
    print('(1) == (7)', type(e).__name__, e)
try:
    print('(1) >= (7)', (1) >= (7) if ('>=' != '**' or abs(7) < 200) and ('>=' != '<<' or abs(7) < 200) else 'skip')
except Exception as e:
    print('(1) >= (7)', type(e).__name__, e)
try:
    print('(1) + (-7)', (1) + (-7) if ('+' != '**' or abs(-7) < 200) and ('+' != '<<' or abs(-7) < 200) else 'skip')
except Exception as e:
    print('(1) + (-7)', type(e).__name__, e)
try:
    print('(1) - (-7)', (1) - (-7) if ('-' != '**' or abs(-7) < 200) and ('-' != '<<' or abs(-7) < 200) else 'skip')
except Exception as e:
    print('(1) - (-7)', type(e).__name__, e)
try:
    print('(1) * (-7)', (1) * (-7) if ('*' != '**' or abs(-7) < 200) and ('*' != '<<' or abs(-7) < 200) else 'skip')
except Exception as e:
    print('(1) * (-7)', type(e).__name__, e)
try:
    print('(1) // (-7)', (1) // (-7) if ('//' != '**' or abs(-7) < 200) and ('//' != '<<' or abs(-7) < 200) else 'skip')
except Exception as e:
    print('(1) // (-7)', type(e).__name__, e)
try:
    print('(1) % (-7)', (1) % (-7) if ('%' != '**' or abs(-7) < 200) and ('%' != '<<' or abs(-7) < 200) else 'skip')
except Exception as e:
    print('(1) % (-7)', type(e).__name__, e)
try:
    print('(1) ** (-7)', (1) ** (-7) if ('**' != '**' or abs(-7) < 200) and ('**' != '<<' or abs(-7) < 200) else 'skip')
except Exception as e:
    print('(1) ** (-7)', type(e).__name__, e)
try:
    print('(1) << (-7)', (1) << (-7) if ('<<' != '**' or abs(-7) < 200) and ('<<' != '<<' or abs(-7) < 200) else 'skip')
except Exception as e:
    print('(1) << (-7)', type(e).__name__, e)
try:
    print('(1) >> (-7)', (1) >> (-7) if ('>>' != '**' or abs(-7) < 200) and ('>>' != '<<' or abs(-7) < 200) else 'skip')
except Exception as e:
    print('(1) >> (-7)', type(e).__name__, e)
try:
    print('(1) & (-7)', (1) & (-7) if ('&' != '**' or abs(-7) < 200) and ('&' != '<<' or abs(-7) < 200) else 'skip')
except Exception as e:
    print('(1) & (-7)', type(e).__name__, e)
try:
    print('(1) | (-7)', (1) | (-7) if ('|' != '**' or abs(-7) < 200) and ('|' != '<<' or abs(-7) < 200) else 'skip')
except Exception as e:
    print('(1) | (-7)', type(e).__name__, e)
try:
    print('(1) ^ (-7)', (1) ^ (-7) if ('^' != '**' or abs(-7) < 200) and ('^' != '<<' or abs(-7) < 200) else 'skip')
except Exception as e:
    print('(1) ^ (-7)', type(e).__name__, e)
try:
    print('(1) / (-7)', (1) / (-7) if ('/' != '**' or abs(-7) < 200) and ('/' != '<<' or abs(-7) < 200) else 'skip')
except Exception as e:
    print('(1) / (-7)', type(e).__name__, e)
try:
    print('(1) < (-7)', (1) < (-7) if ('<' != '**' or abs(-7) < 200) and ('<' != '<<' or abs(-7) < 200) else 'skip')
except Exception as e:
    print('(1) < (-7)', type(e).__name__, e)
try:
    print('(1) == (-7)', (1) == (-7) if ('==' != '**' or abs(-7) < 200) and ('==' != '<<' or abs(-7) < 200) else 'skip')
except Exception as e:
    print('(1) == (-7)', type(e).__name__, e)
try:
    print('(1) >= (-7)', (1) >= (-7) if ('>=' != '**' or abs(-7) < 200) and ('>=' != '<<' or abs(-7) < 200) else 'skip')
except Exception as e:
    print('(1) >= (-7)', type(e).__name__, e)
try:
    print('(1) + (3)', (1) + (3) if ('+' != '**' or abs(3) < 200) and ('+' != '<<' or abs(3) < 200) else 'skip')
except Exception as e:
    print('(1) + (3)', type(e).__name__, e)
try:
    print('(1) - (3)', (1) - (3) if ('-' != '**' or abs(3) < 200) and ('-' != '<<' or abs(3) < 200) else 'skip')
except Exception as e:
    print('(1) - (3)', type(e).__name__, e)
try:
    print('(1) * (3)', (1) * (3) if ('*' != '**' or abs(3) < 200) and ('*' != '<<' or abs(3) < 200) else 'skip')
except Exception as e:
    print('(1) * (3)', type(e).__name__, e)
try:
    print('(1) // (3)', (1) // (3) if ('//' != '**' or abs(3) < 200) and ('//' != '<<' or abs(3) < 200) else 'skip')
except Exception as e:
    print('(1) // (3)', type(e).__name__, e)
try:
    print('(1) % (3)', (1) % (3) if ('%' != '**' or abs(3) < 200) and ('%' != '<<' or abs(3) < 200) else 'skip')
except Exception as e:
    print('(1) % (3)', type(e).__name__, e)
try:
    print('(1) ** (3)', (1) ** (3) if ('**' != '**' or abs(3) < 200) and ('**' != '<<' or abs(3) < 200) else 'skip')
except Exception as e:
    print('(1) ** (3)', type(e).__name__, e)
try:
    print('(1) << (3)', (1) << (3) if ('<<' != '**' or abs(3) < 200) and ('<<' != '<<' or abs(3) < 200) else 'skip')
except Exception as e:
    print('(1) << (3)', type(e).__name__, e)
try:
    print('(1) >> (3)', (1) >> (3) if ('>>' != '**' or abs(3) < 200) and ('>>' != '<<' or abs(3) < 200) else 'skip')
except Exception as e:
    print('(1) >> (3)', type(e).__name__, e)
try:
    print('(1) & (3)', (1) & (3) if ('&' != '**' or abs(3) < 200) and ('&' != '<<' or abs(3) < 200) else 'skip')
except Exception as e:
    print('(1) & (3)', type(e).__name__, e)
try:
    print('(1) | (3)', (1) | (3) if ('|' != '**' or abs(3) < 200) and ('|' != '<<' or abs(3) < 200) else 'skip')
except Exception as e:
    print('(1) | (3)', type(e).__name__, e)
try:
    print('(1) ^ (3)', (1) ^ (3) if ('^' != '**' or abs(3) < 200) and ('^' != '<<' or abs(3) < 200) else 'skip')
except Exception as e:
    print('(1) ^ (3)', type(e).__name__, e)
try:
    print('(1) / (3)', (1) / (3) if ('/' != '**' or abs(3) < 200) and ('/' != '<<' or abs(3) < 200) else 'skip')
except Exception as e:
    print('(1) / (3)', type(e).__name__, e)
try:
    print('(1) < (3)', (1) < (3) if ('<' != '**' or abs(3) < 200) and ('<' != '<<' or abs(3) < 200) else 'skip')
except Exception as e:
    print('(1) < (3)', type(e).__name__, e)
try:
    print('(1) == (3)', (1) == (3) if ('==' != '**' or abs(3) < 200) and ('==' != '<<' or abs(3) < 200) else 'skip')
except Exception as e:
    print('(1) == (3)', type(e).__name__, e)
try:
    print('(1) >= (3)', (1) >= (3) if ('>=' != '**' or abs(3) < 200) and ('>=' != '<<' or abs(3) < 200) else 'skip')
except Exception as e:
    print('(1) >= (3)', type(e).__name__, e)
try:
    print('(1) + (-3)', (1) + (-3) if ('+' != '**' or abs(-3) < 200) and ('+' != '<<' or abs(-3) < 200) else 'skip')
except Exception as e:
    print('(1) + (-3)', type(e).__name__, e)
try:
    print('(1) - (-3)', (1) - (-3) if ('-' != '**' or abs(-3) < 200) and ('-' != '<<' or abs(-3) < 200) else 'skip')
except Exception as e:
    print('(1) - (-3)', type(e).__name__, e)
try:
    print('(1) * (-3)', (1) * (-3) if ('*' != '**' or abs(-3) < 200) and ('*' != '<<' or abs(-3) < 200) else 'skip')
except Exception as e:
    print('(1) * (-3)', type(e).__name__, e)
try:
    print('(1) // (-3)', (1) // (-3) if ('//' != '**' or abs(-3) < 200) and ('//' != '<<' or abs(-3) < 200) else 'skip')
except Exception as e:
    print('(1) // (-3)', type(e).__name__, e)
try:
    print('(1) % (-3)', (1) % (-3) if ('%' != '**' or abs(-3) < 200) and ('%' != '<<' or abs(-3) < 200) else 'skip')
except Exception as e:
    print('(1) % (-3)', type(e).__name__, e)
try:
    print('(1) ** (-3)', (1) ** (-3) if ('**' != '**' or abs(-3) < 200) and ('**' != '<<' or abs(-3) < 200) else 'skip')
except Exception as e:
    print('(1) ** (-3)', type(e).__name__, e)
try:
    print('(1) << (-3)', (1) << (-3) if ('<<' != '**' or abs(-3) < 200) and ('<<' != '<<' or abs(-3) < 200) else 'skip')
except Exception as e:
    print('(1) << (-3)', type(e).__name__, e)
try:
    print('(1) >> (-3)', (1) >> (-3) if ('>>' != '**' or abs(-3) < 200) and ('>>' != '<<' or abs(-3) < 200) else 'skip')
except Exception as e:
    print('(1) >> (-3)', type(e).__name__, e)
try:
    print('(1) & (-3)', (1) & (-3) if ('&' != '**' or abs(-3) < 200) and ('&' != '<<' or abs(-3) < 200) else 'skip')
except Exception as e:
    print('(1) & (-3)', type(e).__name__, e)
try:
    print('(1) | (-3)', (1) | (-3) if ('|' != '**' or abs(-3) < 200) and ('|' != '<<' or abs(-3) < 200) else 'skip')
except Exception as e:
    print('(1) | (-3)', type(e).__name__, e)
try:
    print('(1) ^ (-3)', (1) ^ (-3) if ('^' != '**' or abs(-3) < 200) and ('^' != '<<' or abs(-3) < 200) else 'skip')
except Exception as e:
    print('(1) ^ (-3)', type(e).__name__, e)
try:
    print('(1) / (-3)', (1) / (-3) if ('/' != '**' or abs(-3) < 200) and ('/' != '<<' or abs(-3) < 200) else 'skip')
except Exception as e:
    print('(1) / (-3)', type(e).__name__, e)
try:
    print('(1) < (-3)', (1) < (-3) if ('<' != '**' or abs(-3) < 200) and ('<' != '<<' or abs(-3) < 200) else 'skip')
except Exception as e:
    print('(1) < (-3)', type(e).__name__, e)
try:
    print('(1) == (-3)', (1) == (-3) if ('==' != '**' or abs(-3) < 200) and ('==' != '<<' or abs(-3) < 200) else 'skip')
except Exception as e:
    print('(1) == (-3)', type(e).__name__, e)
try:
    print('(1) >= (-3)', (1) >= (-3) if ('>=' != '**' or abs(-3) < 200) and ('>=' != '<<' or abs(-3) < 200) else 'skip')
except Exception as e:
    print('(1) >= (-3)', type(e).__name__, e)
try:
    print('(1) + (2**63)', (1) + (2**63) if ('+' != '**' or abs(2**63) < 200) and ('+' != '<<' or abs(2**63) < 200) else 'skip')
except Exception as e:
    print('(1) + (2**63)', type(e).__name__, e)
try:
    print('(1) - (2**63)', (1) - (2**63) if ('-' != '**' or abs(2**63) < 200) and ('-' != '<<' or abs(2**63) < 200) else 'skip')
except Exception as e:
    print('(1) - (2**63)', type(e).__name__, e)
try:
    print('(1) * (2**63)', (1) * (2**63) if ('*' != '**' or abs(2**63) < 200) and ('*' != '<<' or abs(2**63) < 200) else 'skip')
except Exception as e:
    print('(1) * (2**63)', type(e).__name__, e)
try:
    print('(1) // (2**63)', (1) // (2**63) if ('//' != '**' or abs(2**63) < 200) and ('//' != '<<' or abs(2**63) < 200) else 'skip')
except Exception as e:
    print('(1) // (2**63)', type(e).__name__, e)
try:
    print('(1) % (2**63)', (1) % (2**63) if ('%' != '**' or abs(2**63) < 200) and ('%' != '<<' or abs(2**63) < 200) else 'skip')
except Exception as e:
    print('(1) % (2**63)', type(e).__name__, e)
try:
    print('(1) ** (2**63)', (1) ** (2**63) if ('**' != '**' or abs(2**63) < 200) and ('**' != '<<' or abs(2**63) < 200) else 'skip')
except Exception as e:
    print('(1) ** (2**63)', type(e).__name__, e)
try:
    print('(1) << (2**63)', (1) << (2**63) if ('<<' != '**' or abs(2**63) < 200) and ('<<' != '<<' or abs(2**63) < 200) else 'skip')
except Exception as e:
    print('(1) << (2**63)', type(e).__name__, e)
try:
    print('(1) >> (2**63)', (1) >> (2**63) if ('>>' != '**' or abs(2**63) < 200) and ('>>' != '<<' or abs(2**63) < 200) else 'skip')
except Exception as e:
    print('(1) >> (2**63)', type(e).__name__, e)
try:
    print('(1) & (2**63)', (1) & (2**63) if ('&' != '**' or abs(2**63) < 200) and ('&' != '<<' or abs(2**63) < 200) else 'skip')
except Exception as e:
    print('(1) & (2**63)', type(e).__name__, e)
try:
    print('(1) | (2**63)', (1) | (2**63) if ('|' != '**' or abs(2**63) < 200) and ('|' != '<<' or abs(2**63) < 200) else 'skip')
except Exception as e:
    print('(1) | (2**63)', type(e).__name__, e)
try:
    print('(1) ^ (2**63)', (1) ^ (2**63) if ('^' != '**' or abs(2**63) < 200) and ('^' != '<<' or abs(2**63) < 200) else 'skip')
except Exception as e:
    print('(1) ^ (2**63)', type(e).__name__, e)
try:
    print('(1) / (2**63)', (1) / (2**63) if ('/' != '**' or abs(2**63) < 200) and ('/' != '<<' or abs(2**63) < 200) else 'skip')
except Exception as e:
    print('(1) / (2**63)', type(e).__name__, e)
try:
    print('(1) < (2**63)', (1) < (2**63) if ('<' != '**' or abs(2**63) < 200) and ('<' != '<<' or abs(2**63) < 200) else 'skip')
except Exception as e:
    print('(1) < (2**63)', type(e).__name__, e)
try:
    print('(1) == (2**63)', (1) == (2**63) if ('==' != '**' or abs(2**63) < 200) and ('==' != '<<' or abs(2**63) < 200) else 'skip')
except Exception as e:
    print('(1) == (2**63)', type(e).__name__, e)
try:
    print('(1) >= (2**63)', (1) >= (2**63) if ('>=' != '**' or abs(2**63) < 200) and ('>=' != '<<' or abs(2**63) < 200) else 'skip')
except Exception as e:
    print('(1) >= (2**63)', type(e).__name__, e)
try:
    print('(1) + (-2**63)', (1) + (-2**63) if ('+' != '**' or abs(-2**63) < 200) and ('+' != '<<' or abs(-2**63) < 200) else 'skip')
except Exception as e:
    print('(1) + (-2**63)', type(e).__name__, e)
try:
    print('(1) - (-2**63)', (1) - (-2**63) if ('-' != '**' or abs(-2**63) < 200) and ('-' != '<<' or abs(-2**63) < 200) else 'skip')
except Exception as e:
    print('(1) - (-2**63)', type(e).__name__, e)
try:
    print('(1) * (-2**63)', (1) * (-2**63) if ('*' != '**' or abs(-2**63) < 200) and ('*' != '<<' or abs(-2**63) < 200) else 'skip')
except Exception as e:
    print('(1) * (-2**63)', type(e).__name__, e)
try:
    print('(1) // (-2**63)', (1) // (-2**63) if ('//' != '**' or abs(-2**63) < 200) and ('//' != '<<' or abs(-2**63) < 200) else 'skip')
except Exception as e:
    print('(1) // (-2**63)', type(e).__name__, e)
try:
    print('(1) % (-2**63)', (1) % (-2**63) if ('%' != '**' or abs(-2**63) < 200) and ('%' != '<<' or abs(-2**63) < 200) else 'skip')
except Exception as e:
    print('(1) % (-2**63)', type(e).__name__, e)
try:
    print('(1) ** (-2**63)', (1) ** (-2**63) if ('**' != '**' or abs(-2**63) < 200) and ('**' != '<<' or abs(-2**63) < 200) else 'skip')
except Exception as e:
    print('(1) ** (-2**63)', type(e).__name__, e)
try:
    print('(1) << (-2**63)', (1) << (-2**63) if ('<<' != '**' or abs(-2**63) < 200) and ('<<' != '<<' or abs(-2**63) < 200) else 'skip')
except Exception as e:
    print('(1) << (-2**63)', type(e).__name__, e)
try:
    print('(1) >> (-2**63)', (1) >> (-2**63) if ('>>' != '**' or abs(-2**63) < 200) and ('>>' != '<<' or abs(-2**63) < 200) else 'skip')
except Exception as e:
    print('(1) >> (-2**63)', type(e).__name__, e)
try:
    print('(1) & (-2**63)', (1) & (-2**63) if ('&' != '**' or abs(-2**63) < 200) and ('&' != '<<' or abs(-2**63) < 200) else 'skip')
except Exception as e:
    print('(1) & (-2**63)', type(e).__name__, e)
try:
    print('(1) | (-2**63)', (1) | (-2**63) if ('|' != '**' or abs(-2**63) < 200) and ('|' != '<<' or abs(-2**63) < 200) else 'skip')
except Exception as e:
    print('(1) | (-2**63)', type(e).__name__, e)
try:
    print('(1) ^ (-2**63)', (1) ^ (-2**63) if ('^' != '**' or abs(-2**63) < 200) and ('^' != '<<' or abs(-2**63) < 200) else 'skip')
except Exception as e:
    print('(1) ^ (-2**63)', type(e).__name__, e)
try:
    print('(1) / (-2**63)', (1) / (-2**63) if ('/' != '**' or abs(-2**63) < 200) and ('/' != '<<' or abs(-2**63) < 200) else 'skip')
except Exception as e:
    print('(1) / (-2**63)', type(e).__name__, e)
try:
    print('(1) < (-2**63)', (1) < (-2**63) if ('<' != '**' or abs(-2**63) < 200) and ('<' != '<<' or abs(-2**63) < 200) else 'skip')
except Exception as e:
    print('(1) < (-2**63)', type(e).__name__, e)
try:
    print('(1) == (-2**63)', (1) == (-2**63) if ('==' != '**' or abs(-2**63) < 200) and ('==' != '<<' or abs(-2**63) < 200) else 'skip')
except Exception as e:
    print('(1) == (-2**63)', type(e).__name__, e)
try:
    print('(1) >= (-2**63)', (1) >= (-2**63) if ('>=' != '**' or abs(-2**63) < 200) and ('>=' != '<<' or abs(-2**63) < 200) else 'skip')
except Exception as e:
    print('(1) >= (-2**63)', type(e).__name__, e)
try:
    print('(1) + (2**64 + 5)', (1) + (2**64 + 5) if ('+' != '**' or abs(2**64 + 5) < 200) and ('+' != '<<' or abs(2**64 + 5) < 200) else 'skip')
except Exception as e:
    print('(1) + (2**64 + 5)', type(e).__name__, e)
try:
    print('(1) - (2**64 + 5)', (1) - (2**64 + 5) if ('-' != '**' or abs(2**64 + 5) < 200) and ('-' != '<<' or abs(2**64 + 5) < 200) else 'skip')
except Exception as e:
    print('(1) - (2**64 + 5)', type(e).__name__, e)
try:
    print('(1) * (2**64 + 5)', (1) * (2**64 + 5) if ('*' != '**' or abs(2**64 + 5) < 200) and ('*' != '<<' or abs(2**64 + 5) < 200) else 'skip')
except Exception as e:
    print('(1) * (2**64 + 5)', type(e).__name__, e)
try:
    print('(1) // (2**64 + 5)', (1) // (2**64 + 5) if ('//' != '**' or abs(2**64 + 5) < 200) and ('//' != '<<' or abs(2**64 + 5) < 200) else 'skip')
except Exception as e:
    print('(1) // (2**64 + 5)', type(e).__name__, e)
try:
    print('(1) % (2**64 + 5)', (1) % (2**64 + 5) if ('%' != '**' or abs(2**64 + 5) < 200) and ('%' != '<<' or abs(2**64 + 5) < 200) else 'skip')
except Exception as e:
    print('(1) % (2**64 + 5)', type(e).__name__, e)
try:
    print('(1) ** (2**64 + 5)', (1) ** (2**64 + 5) if ('**' != '**' or abs(2**64 + 5) < 200) and ('**' != '<<' or abs(2**64 + 5) < 200) else 'skip')
except Exception as e:
    print('(1) ** (2**64 + 5)', type(e).__name__, e)
try:
    print('(1) << (2**64 + 5)', (1) << (2**64 + 5) if ('<<' != '**' or abs(2**64 + 5) < 200) and ('<<' != '<<' or abs(2**64 + 5) < 200) else 'skip')
except Exception as e:
    print('(1) << (2**64 + 5)', type(e).__name__, e)
try:
    print('(1) >> (2**64 + 5)', (1) >> (2**64 + 5) if ('>>' != '**' or abs(2**64 + 5) < 200) and ('>>' != '<<' or abs(2**64 + 5) < 200) else 'skip')
except Exception as e:
    print('(1) >> (2**64 + 5)', type(e).__name__, e)
try:
    print('(1) & (2**64 + 5)', (1) & (2**64 + 5) if ('&' != '**' or abs(2**64 + 5) < 200) and ('&' != '<<' or abs(2**64 + 5) < 200) else 'skip')
except Exception as e:
    print('(1) & (2**64 + 5)', type(e).__name__, e)
try:
    print('(1) | (2**64 + 5)', (1) | (2**64 + 5) if ('|' != '**' or abs(2**64 + 5) < 200) and ('|' != '<<' or abs(2**64 + 5) < 200) else 'skip')
except Exception as e:
    print('(1) | (2**64 + 5)', type(e).__name__, e)
try:
    print('(1) ^ (2**64 + 5)', (1) ^ (2**64 + 5) if ('^' != '**' or abs(2**64 + 5) < 200) and ('^' != '<<' or abs(2**64 + 5) < 200) else 'skip')
except Exception as e:
    print('(1) ^ (2**64 + 5)', type(e).__name__, e)
try:
    print('(1) / (2**64 + 5)', (1) / (2**64 + 5) if ('/' != '**' or abs(2**64 + 5) < 200) and ('/' != '<<' or abs(2**64 + 5) < 200) else 'skip')
except Exception as e:
    print('(1) / (2**64 + 5)', type(e).__name__, e)
try:
    print('(1) < (2**64 + 5)', (1) < (2**64 + 5) if ('<' != '**' or abs(2**64 + 5) < 200) and ('<' != '<<' or abs(2**64 + 5) < 200) else 'skip')
except Exception as e:
    print('(1) < (2**64 + 5)', type(e).__name__, e)
try:
    print('(1) == (2**64 + 5)', (1) == (2**64 + 5) if ('==' != '**' or abs(2**64 + 5) < 200) and ('==' != '<<' or abs(2**64 + 5) < 200) else 'skip')
except Exception as e:
    print('(1) == (2**64 + 5)', type(e).__name__, e)
try:
    print('(1) >= (2**64 + 5)', (1) >= (2**64 + 5) if ('>=' != '**' or abs(2**64 + 5) < 200) and ('>=' != '<<' or abs(2**64 + 5) < 200) else 'skip')
except Exception as e:
    print('(1) >= (2**64 + 5)', type(e).__name__, e)
try:
    print('(1) + (-(2**70))', (1) + (-(2**70)) if ('+' != '**' or abs(-(2**70)) < 200) and ('+' != '<<' or abs(-(2**70)) < 200) else 'skip')
except Exception as e:
    print('(1) + (-(2**70))', type(e).__name__, e)
try:
    print('(1) - (-(2**70))', (1) - (-(2**70)) if ('-' != '**' or abs(-(2**70)) < 200) and ('-' != '<<' or abs(-(2**70)) < 200) else 'skip')
except Exception as e:
    print('(1) - (-(2**70))', type(e).__name__, e)
try:
    print('(1) * (-(2**70))', (1) * (-(2**70)) if ('*' != '**' or abs(-(2**70)) < 200) and ('*' != '<<' or abs(-(2**70)) < 200) else 'skip')
except Exception as e:
    print('(1) * (-(2**70))', type(e).__name__, e)
try:
    print('(1) // (-(2**70))', (1) // (-(2**70)) if ('//' != '**' or abs(-(2**70)) < 200) and ('//' != '<<' or abs(-(2**70)) < 200) else 'skip')
except Exception as e:
    print('(1) // (-(2**70))', type(e).__name__, e)
try:
    print('(1) % (-(2**70))', (1) % (-(2**70)) if ('%' != '**' or abs(-(2**70)) < 200) and ('%' != '<<' or abs(-(2**70)) < 200) else 'skip')
except Exception as e:
    print('(1) % (-(2**70))', type(e).__name__, e)
try:
    print('(1) ** (-(2**70))', (1) ** (-(2**70)) if ('**' != '**' or abs(-(2**70)) < 200) and ('**' != '<<' or abs(-(2**70)) < 200) else 'skip')
except Exception as e:
    print('(1) ** (-(2**70))', type(e).__name__, e)
try:
    print('(1) << (-(2**70))', (1) << (-(2**70)) if ('<<' != '**' or abs(-(2**70)) < 200) and ('<<' != '<<' or abs(-(2**70)) < 200) else 'skip')
except Exception as e:
    print('(1) << (-(2**70))', type(e).__name__, e)
try:
    print('(1) >> (-(2**70))', (1) >> (-(2**70)) if ('>>' != '**' or abs(-(2**70)) < 200) and ('>>' != '<<' or abs(-(2**70)) < 200) else 'skip')
except Exception as e:
    print('(1) >> (-(2**70))', type(e).__name__, e)
try:
    print('(1) & (-(2**70))', (1) & (-(2**70)) if ('&' != '**' or abs(-(2**70)) < 200) and ('&' != '<<' or abs(-(2**70)) < 200) else 'skip')
except Exception as e:
    print('(1) & (-(2**70))', type(e).__name__, e)
try:
    print('(1) | (-(2**70))', (1) | (-(2**70)) if ('|' != '**' or abs(-(2**70)) < 200) and ('|' != '<<' or abs(-(2**70)) < 200) else 'skip')
except Exception as e:
    print('(1) | (-(2**70))', type(e).__name__, e)
try:
    print('(1) ^ (-(2**70))', (1) ^ (-(2**70)) if ('^' != '**' or abs(-(2**70)) < 200) and ('^' != '<<' or abs(-(2**70)) < 200) else 'skip')
except Exception as e:
    print('(1) ^ (-(2**70))', type(e).__name__, e)
try:
    print('(1) / (-(2**70))', (1) / (-(2**70)) if ('/' != '**' or abs(-(2**70)) < 200) and ('/' != '<<' or abs(-(2**70)) < 200) else 'skip')
except Exception as e:
    print('(1) / (-(2**70))', type(e).__name__, e)
try:
    print('(1) < (-(2**70))', (1) < (-(2**70)) if ('<' != '**' or abs(-(2**70)) < 200) and ('<' != '<<' or abs(-(2**70)) < 200) else 'skip')
except Exception as e:
    print('(1) < (-(2**70))', type(e).__name__, e)
try:
    print('(1) == (-(2**70))', (1) == (-(2**70)) if ('==' != '**' or abs(-(2**70)) < 200) and ('==' != '<<' or abs(-(2**70)) < 200) else 'skip')
except Exception as e:
    print('(1) == (-(2**70))', type(e).__name__, e)
try:
    print('(1) >= (-(2**70))', (1) >= (-(2**70)) if ('>=' != '**' or abs(-(2**70)) < 200) and ('>=' != '<<' or abs(-(2**70)) < 200) else 'skip')
except Exception as e:
    print('(1) >= (-(2**70))', type(e).__name__, e)
try:
    print('(1) + (10**20)', (1) + (10**20) if ('+' != '**' or abs(10**20) < 200) and ('+' != '<<' or abs(10**20) < 200) else 'skip')
except Exception as e:
    print('(1) + (10**20)', type(e).__name__, e)
try:
    print('(1) - (10**20)', (1) - (10**20) if ('-' != '**' or abs(10**20) < 200) and ('-' != '<<' or abs(10**20) < 200) else 'skip')
except Exception as e:
    print('(1) - (10**20)', type(e).__name__, e)
try:
    print('(1) * (10**20)', (1) * (10**20) if ('*' != '**' or abs(10**20) < 200) and ('*' != '<<' or abs(10**20) < 200) else 'skip')
except Exception as e:
    print('(1) * (10**20)', type(e).__name__, e)
try:
    print('(1) // (10**20)', (1) // (10**20) if ('//' != '**' or abs(10**20) < 200) and ('//' != '<<' or abs(10**20) < 200) else 'skip')
except Exception as e:
    print('(1) // (10**20)', type(e).__name__, e)
try:
    print('(1) % (10**20)', (1) % (10**20) if ('%' != '**' or abs(10**20) < 200) and ('%' != '<<' or abs(10**20) < 200) else 'skip')
except Exception as e:
    print('(1) % (10**20)', type(e).__name__, e)
try:
    print('(1) ** (10**20)', (1) ** (10**20) if ('**' != '**' or abs(10**20) < 200) and ('**' != '<<' or abs(10**20) < 200) else 'skip')
except Exception as e:
    print('(1) ** (10**20)', type(e).__name__, e)
try:
    print('(1) << (10**20)', (1) << (10**20) if ('<<' != '**' or abs(10**20) < 200) and ('<<' != '<<' or abs(10**20) < 200) else 'skip')
except Exception as e:
    print('(1) << (10**20)', type(e).__name__, e)
try:
    print('(1) >> (10**20)', (1) >> (10**20) if ('>>' != '**' or abs(10**20) < 200) and ('>>' != '<<' or abs(10**20) < 200) else 'skip')
except Exception as e:
    print('(1) >> (10**20)', type(e).__name__, e)
try:
    print('(1) & (10**20)', (1) & (10**20) if ('&' != '**' or abs(10**20) < 200) and ('&' != '<<' or abs(10**20) < 200) else 'skip')
except Exception as e:
    print('(1) & (10**20)', type(e).__name__, e)
try:
    print('(1) | (10**20)', (1) | (10**20) if ('|' != '**' or abs(10**20) < 200) and ('|' != '<<' or abs(10**20) < 200) else 'skip')
except Exception as e:
    print('(1) | (10**20)', type(e).__name__, e)
try:
    print('(1) ^ (10**20)', (1) ^ (10**20) if ('^' != '**' or abs(10**20) < 200) and ('^' != '<<' or abs(10**20) < 200) else 'skip')
except Exception as e:
    print('(1) ^ (10**20)', type(e).__name__, e)
try:
    print('(1) / (10**20)', (1) / (10**20) if ('/' != '**' or abs(10**20) < 200) and ('/' != '<<' or abs(10**20) < 200) else 'skip')
except Exception as e:
    print('(1) / (10**20)', type(e).__name__, e)
try:
    print('(1) < (10**20)', (1) < (10**20) if ('<' != '**' or abs(10**20) < 200) and ('<' != '<<' or abs(10**20) < 200) else 'skip')
except Exception as e:
    print('(1) < (10**20)', type(e).__name__, e)
try:
    print('(1) == (10**20)', (1) == (10**20) if ('==' != '**' or abs(10**20) < 200) and ('==' != '<<' or abs(10**20) < 200) else 'skip')
except Exception as e:
    print('(1) == (10**20)', type(e).__name__, e)
try:
    print('(1) >= (10**20)', (1) >= (10**20) if ('>=' != '**' or abs(10**20) < 200) and ('>=' != '<<' or abs(10**20) < 200) else 'skip')
except Exception as e:
    print('(1) >= (10**20)', type(e).__name__, e)
try:
    print('(1) + (True)', (1) + (True) if ('+' != '**' or abs(True) < 200) and ('+' != '<<' or abs(True) < 200) else 'skip')
except Exception as e:
    print('(1) + (True)', type(e).__name__, e)
try:
    print('(1) - (True)', (1) - (True) if ('-' != '**' or abs(True) < 200) and ('-' != '<<' or abs(True) < 200) else 'skip')
except Exception as e:
    print('(1) - (True)', type(e).__name__, e)
try:
    print('(1) * (True)', (1) * (True) if ('*' != '**' or abs(True) < 200) and ('*' != '<<' or abs(True) < 200) else 'skip')
except Exception as e:
    print('(1) * (True)', type(e).__name__, e)
try:
    print('(1) // (True)', (1) // (True) if ('//' != '**' or abs(True) < 200) and ('//' != '<<' or abs(True) < 200) else 'skip')
except Exception as e:
    print('(1) // (True)', type(e).__name__, e)
try:
    print('(1) % (True)', (1) % (True) if ('%' != '**' or abs(True) < 200) and ('%' != '<<' or abs(True) < 200) else 'skip')
except Exception as e:
    print('(1) % (True)', type(e).__name__, e)
try:
    print('(1) ** (True)', (1) ** (True) if ('**' != '**' or abs(True) < 200) and ('**' != '<<' or abs(True) < 200) else 'skip')
except Exception as e:
    print('(1) ** (True)', type(e).__name__, e)
try:
    print('(1) << (True)', (1) << (True) if ('<<' != '**' or abs(True) < 200) and ('<<' != '<<' or abs(True) < 200) else 'skip')
except Exception as e:
    print('(1) << (True)', type(e).__name__, e)
try:
    print('(1) >> (True)', (1) >> (True) if ('>>' != '**' or abs(True) < 200) and ('>>' != '<<' or abs(True) < 200) else 'skip')
except Exception as e:
    print('(1) >> (True)', type(e).__name__, e)
try:
    print('(1) & (True)', (1) & (True) if ('&' != '**' or abs(True) < 200) and ('&' != '<<' or abs(True) < 200) else 'skip')
except Exception as e:
    print('(1) & (True)', type(e).__name__, e)
try:
    print('(1) | (True)', (1) | (True) if ('|' != '**' or abs(True) < 200) and ('|' != '<<' or abs(True) < 200) else 'skip')
except Exception as e:
    print('(1) | (True)', type(e).__name__, e)
try:
    print('(1) ^ (True)', (1) ^ (True) if ('^' != '**' or abs(True) < 200) and ('^' != '<<' or abs(True) < 200) else 'skip')
except Exception as e:
    print('(1) ^ (True)', type(e).__name__, e)
try:
    print('(1) / (True)', (1) / (True) if ('/' != '**' or abs(True) < 200) and ('/' != '<<' or abs(True) < 200) else 'skip')
except Exception as e:
    print('(1) / (True)', type(e).__name__, e)
try:
    print('(1) < (True)', (1) < (True) if ('<' != '**' or abs(True) < 200) and ('<' != '<<' or abs(True) < 200) else 'skip')
except Exception as e:
    print('(1) < (True)', type(e).__name__, e)
try:
    print('(1) == (True)', (1) == (True) if ('==' != '**' or abs(True) < 200) and ('==' != '<<' or abs(True) < 200) else 'skip')
except Exception as e:
    print('(1) == (True)', type(e).__name__, e)
try:
    print('(1) >= (True)', (1) >= (True) if ('>=' != '**' or abs(True) < 200) and ('>=' != '<<' or abs(True) < 200) else 'skip')
except Exception as e:
    print('(1) >= (True)', type(e).__name__, e)
try:
    print('(1) + (2.5)', (1) + (2.5) if ('+' != '**' or abs(2.5) < 200) and ('+' != '<<' or abs(2.5) < 200) else 'skip')
except Exception as e:
    print('(1) + (2.5)', type(e).__name__, e)
try:
    print('(1) - (2.5)', (1) - (2.5) if ('-' != '**' or abs(2.5) < 200) and ('-' != '<<' or abs(2.5) < 200) else 'skip')
except Exception as e:
    print('(1) - (2.5)', type(e).__name__, e)
try:
    print('(1) * (2.5)', (1) * (2.5) if ('*' != '**' or abs(2.5) < 200) and ('*' != '<<' or abs(2.5) < 200) else 'skip')
except Exception as e:
    print('(1) * (2.5)', type(e).__name__, e)
try:
    print('(1) // (2.5)', (1) // (2.5) if ('//' != '**' or abs(2.5) < 200) and ('//' != '<<' or abs(2.5) < 200) else 'skip')
except Exception as e:
    print('(1) // (2.5)', type(e).__name__, e)
try:
    print('(1) % (2.5)', (1) % (2.5) if ('%' != '**' or abs(2.5) < 200) and ('%' != '<<' or abs(2.5) < 200) else 'skip')
except Exception as e:
    print('(1) % (2.5)', type(e).__name__, e)
try:
    print('(1) ** (2.5)', (1) ** (2.5) if ('**' != '**' or abs(2.5) < 200) and ('**' != '<<' or abs(2.5) < 200) else 'skip')
except Exception as e:
    print('(1) ** (2.5)', type(e).__name__, e)
try:
    print('(1) << (2.5)', (1) << (2.5) if ('<<' != '**' or abs(2.5) < 200) and ('<<' != '<<' or abs(2.5) < 200) else 'skip')
except Exception as e:
    print('(1) << (2.5)', type(e).__name__, e)
try:
    print('(1) >> (2.5)', (1) >> (2.5) if ('>>' != '**' or abs(2.5) < 200) and ('>>' != '<<' or abs(2.5) < 200) else 'skip')
except Exception as e:
    print('(1) >> (2.5)', type(e).__name__, e)
try:
    print('(1) & (2.5)', (1) & (2.5) if ('&' != '**' or abs(2.5) < 200) and ('&' != '<<' or abs(2.5) < 200) else 'skip')
except Exception as e:
    print('(1) & (2.5)', type(e).__name__, e)
try:
    print('(1) | (2.5)', (1) | (2.5) if ('|' != '**' or abs(2.5) < 200) and ('|' != '<<' or abs(2.5) < 200) else 'skip')
except Exception as e:
    print('(1) | (2.5)', type(e).__name__, e)
try:
    print('(1) ^ (2.5)', (1) ^ (2.5) if ('^' != '**' or abs(2.5) < 200) and ('^' != '<<' or abs(2.5) < 200) else 'skip')
except Exception as e:
    print('(1) ^ (2.5)', type(e).__name__, e)
try:
    print('(1) / (2.5)', (1) / (2.5) if ('/' != '**' or abs(2.5) < 200) and ('/' != '<<' or abs(2.5) < 200) else 'skip')
except Exception as e:
    print('(1) / (2.5)', type(e).__name__, e)
try:
    print('(1) < (2.5)', (1) < (2.5) if ('<' != '**' or abs(2.5) < 200) and ('<' != '<<' or abs(2.5) < 200) else 'skip')
except Exception as e:
    print('(1) < (2.5)', type(e).__name__, e)
try:
    print('(1) == (2.5)', (1) == (2.5) if ('==' != '**' or abs(2.5) < 200) and ('==' != '<<' or abs(2.5) < 200) else 'skip')
except Exception as e:
    print('(1) == (2.5)', type(e).__name__, e)
try:
    print('(1) >= (2.5)', (1) >= (2.5) if ('>=' != '**' or abs(2.5) < 200) and ('>=' != '<<' or abs(2.5) < 200) else 'skip')
except Exception as e:
    print('(1) >= (2.5)', type(e).__name__, e)
try:
    print('(1) + (-0.5)', (1) + (-0.5) if ('+' != '**' or abs(-0.5) < 200) and ('+' != '<<' or abs(-0.5) < 200) else 'skip')
except Exception as e:
    print('(1) + (-0.5)', type(e).__name__, e)
try:
    print('(1) - (-0.5)', (1) - (-0.5) if ('-' != '**' or abs(-0.5) < 200) and ('-' != '<<' or abs(-0.5) < 200) else 'skip')
except Exception as e:
    print('(1) - (-0.5)', type(e).__name__, e)
try:
    print('(1) * (-0.5)', (1) * (-0.5) if ('*' != '**' or abs(-0.5) < 200) and ('*' != '<<' or abs(-0.5) < 200) else 'skip')
except Exception as e:
    print('(1) * (-0.5)', type(e).__name__, e)
try:
    print('(1) // (-0.5)', (1) // (-0.5) if ('//' != '**' or abs(-0.5) < 200) and ('//' != '<<' or abs(-0.5) < 200) else 'skip')
except Exception as e:
    print('(1) // (-0.5)', type(e).__name__, e)
try:
    print('(1) % (-0.5)', (1) % (-0.5) if ('%' != '**' or abs(-0.5) < 200) and ('%' != '<<' or abs(-0.5) < 200) else 'skip')
except Exception as e:
    print('(1) % (-0.5)', type(e).__name__, e)
try:
    print('(1) ** (-0.5)', (1) ** (-0.5) if ('**' != '**' or abs(-0.5) < 200) and ('**' != '<<' or abs(-0.5) < 200) else 'skip')
except Exception as e:
    print('(1) ** (-0.5)', type(e).__name__, e)
try:
    print('(1) << (-0.5)', (1) << (-0.5) if ('<<' != '**' or abs(-0.5) < 200) and ('<<' != '<<' or abs(-0.5) < 200) else 'skip')
except Exception as e:
    print('(1) << (-0.5)', type(e).__name__, e)
try:
    print('(1) >> (-0.5)', (1) >> (-0.5) if ('>>' != '**' or abs(-0.5) < 200) and ('>>' != '<<' or abs(-0.5) < 200) else 'skip')
except Exception as e:
    print('(1) >> (-0.5)', type(e).__name__, e)
try:
    print('(1) & (-0.5)', (1) & (-0.5) if ('&' != '**' or abs(-0.5) < 200) and ('&' != '<<' or abs(-0.5) < 200) else 'skip')
except Exception as e:
    print('(1) & (-0.5)', type(e).__name__, e)
try:
    print('(1) | (-0.5)', (1) | (-0.5) if ('|' != '**' or abs(-0.5) < 200) and ('|' != '<<' or abs(-0.5) < 200) else 'skip')
except Exception as e:
    print('(1) | (-0.5)', type(e).__name__, e)
try:
    print('(1) ^ (-0.5)', (1) ^ (-0.5) if ('^' != '**' or abs(-0.5) < 200) and ('^' != '<<' or abs(-0.5) < 200) else 'skip')
except Exception as e:
    print('(1) ^ (-0.5)', type(e).__name__, e)
try:
    print('(1) / (-0.5)', (1) / (-0.5) if ('/' != '**' or abs(-0.5) < 200) and ('/' != '<<' or abs(-0.5) < 200) else 'skip')
except Exception as e:
    print('(1) / (-0.5)', type(e).__name__, e)
try:
    print('(1) < (-0.5)', (1) < (-0.5) if ('<' != '**' or abs(-0.5) < 200) and ('<' != '<<' or abs(-0.5) < 200) else 'skip')
except Exception as e:
    print('(1) < (-0.5)', type(e).__name__, e)
try:
    print('(1) == (-0.5)', (1) == (-0.5) if ('==' != '**' or abs(-0.5) < 200) and ('==' != '<<' or abs(-0.5) < 200) else 'skip')
except Exception as e:
    print('(1) == (-0.5)', type(e).__name__, e)
try:
    print('(1) >= (-0.5)', (1) >= (-0.5) if ('>=' != '**' or abs(-0.5) < 200) and ('>=' != '<<' or abs(-0.5) < 200) else 'skip')
except Exception as e:
    print('(1) >= (-0.5)', type(e).__name__, e)
try:
    print('(-1) + (0)', (-1) + (0) if ('+' != '**' or abs(0) < 200) and ('+' != '<<' or abs(0) < 200) else 'skip')
except Exception as e:
    print('(-1) + (0)', type(e).__name__, e)
try:
    print('(-1) - (0)', (-1) - (0) if ('-' != '**' or abs(0) < 200) and ('-' != '<<' or abs(0) < 200) else 'skip')
except Exception as e:
    print('(-1) - (0)', type(e).__name__, e)
try:
    print('(-1) * (0)', (-1) * (0) if ('*' != '**' or abs(0) < 200) and ('*' != '<<' or abs(0) < 200) else 'skip')
except Exception as e:
    print('(-1) * (0)', type(e).__name__, e)
try:
    print('(-1) // (0)', (-1) // (0) if ('//' != '**' or abs(0) < 200) and ('//' != '<<' or abs(0) < 200) else 'skip')
except Exception as e:
    print('(-1) // (0)', type(e).__name__, e)
try:
    print('(-1) % (0)', (-1) % (0) if ('%' != '**' or abs(0) < 200) and ('%' != '<<' or abs(0) < 200) else 'skip')
except Exception as e:
    print('(-1) % (0)', type(e).__name__, e)
try:
    print('(-1) ** (0)', (-1) ** (0) if ('**' != '**' or abs(0) < 200) and ('**' != '<<' or abs(0) < 200) else 'skip')
except Exception as e:
    print('(-1) ** (0)', type(e).__name__, e)
try:
    print('(-1) << (0)', (-1) << (0) if ('<<' != '**' or abs(0) < 200) and ('<<' != '<<' or abs(0) < 200) else 'skip')
except Exception as e:
    print('(-1) << (0)', type(e).__name__, e)
try:
    print('(-1) >> (0)', (-1) >> (0) if ('>>' != '**' or abs(0) < 200) and ('>>' != '<<' or abs(0) < 200) else 'skip')
except Exception as e:
    print('(-1) >> (0)', type(e).__name__, e)
try:
    print('(-1) & (0)', (-1) & (0) if ('&' != '**' or abs(0) < 200) and ('&' != '<<' or abs(0) < 200) else 'skip')
except Exception as e:
    print('(-1) & (0)', type(e).__name__, e)
try:
    print('(-1) | (0)', (-1) | (0) if ('|' != '**' or abs(0) < 200) and ('|' != '<<' or abs(0) < 200) else 'skip')
except Exception as e:
    print('(-1) | (0)', type(e).__name__, e)
try:
    print('(-1) ^ (0)', (-1) ^ (0) if ('^' != '**' or abs(0) < 200) and ('^' != '<<' or abs(0) < 200) else 'skip')
except Exception as e:
    print('(-1) ^ (0)', type(e).__name__, e)
try:
    print('(-1) / (0)', (-1) / (0) if ('/' != '**' or abs(0) < 200) and ('/' != '<<' or abs(0) < 200) else 'skip')
except Exception as e:
    print('(-1) / (0)', type(e).__name__, e)
try:
    print('(-1) < (0)', (-1) < (0) if ('<' != '**' or abs(0) < 200) and ('<' != '<<' or abs(0) < 200) else 'skip')
except Exception as e:
    print('(-1) < (0)', type(e).__name__, e)
try:
    print('(-1) == (0)', (-1) == (0) if ('==' != '**' or abs(0) < 200) and ('==' != '<<' or abs(0) < 200) else 'skip')
except Exception as e:
    print('(-1) == (0)', type(e).__name__, e)
try:
    print('(-1) >= (0)', (-1) >= (0) if ('>=' != '**' or abs(0) < 200) and ('>=' != '<<' or abs(0) < 200) else 'skip')
except Exception as e:
    print('(-1) >= (0)', type(e).__name__, e)
try:
    print('(-1) + (1)', (-1) + (1) if ('+' != '**' or abs(1) < 200) and ('+' != '<<' or abs(1) < 200) else 'skip')
except Exception as e:
    print('(-1) + (1)', type(e).__name__, e)
try:
    print('(-1) - (1)', (-1) - (1) if ('-' != '**' or abs(1) < 200) and ('-' != '<<' or abs(1) < 200) else 'skip')
except Exception as e:
    print('(-1) - (1)', type(e).__name__, e)
try:
    print('(-1) * (1)', (-1) * (1) if ('*' != '**' or abs(1) < 200) and ('*' != '<<' or abs(1) < 200) else 'skip')
except Exception as e:
    print('(-1) * (1)', type(e).__name__, e)
try:
    print('(-1) // (1)', (-1) // (1) if ('//' != '**' or abs(1) < 200) and ('//' != '<<' or abs(1) < 200) else 'skip')
except Exception as e:
    print('(-1) // (1)', type(e).__name__, e)
try:
    print('(-1) % (1)', (-1) % (1) if ('%' != '**' or abs(1) < 200) and ('%' != '<<' or abs(1) < 200) else 'skip')
except Exception as e:
    print('(-1) % (1)', type(e).__name__, e)
try:
    print('(-1) ** (1)', (-1) ** (1) if ('**' != '**' or abs(1) < 200) and ('**' != '<<' or abs(1) < 200) else 'skip')
except Exception as e:
    print('(-1) ** (1)', type(e).__name__, e)
try:
    print('(-1) << (1)', (-1) << (1) if ('<<' != '**' or abs(1) < 200) and ('<<' != '<<' or abs(1) < 200) else 'skip')
except Exception as e:
    print('(-1) << (1)', type(e).__name__, e)
try:
    print('(-1) >> (1)', (-1) >> (1) if ('>>' != '**' or abs(1) < 200) and ('>>' != '<<' or abs(1) < 200) else 'skip')
except Exception as e:
    print('(-1) >> (1)', type(e).__name__, e)
try:
    print('(-1) & (1)', (-1) & (1) if ('&' != '**' or abs(1) < 200) and ('&' != '<<' or abs(1) < 200) else 'skip')
except Exception as e:
    print('(-1) & (1)', type(e).__name__, e)
try:
    print('(-1) | (1)', (-1) | (1) if ('|' != '**' or abs(1) < 200) and ('|' != '<<' or abs(1) < 200) else 'skip')
except Exception as e:
    print('(-1) | (1)', type(e).__name__, e)
try:
    print('(-1) ^ (1)', (-1) ^ (1) if ('^' != '**' or abs(1) < 200) and ('^' != '<<' or abs(1) < 200) else 'skip')
except Exception as e:
    print('(-1) ^ (1)', type(e).__name__, e)
try:
    print('(-1) / (1)', (-1) / (1) if ('/' != '**' or abs(1) < 200) and ('/' != '<<' or abs(1) < 200) else 'skip')
except Exception as e:
    print('(-1) / (1)', type(e).__name__, e)
try:
    print('(-1) < (1)', (-1) < (1) if ('<' != '**' or abs(1) < 200) and ('<' != '<<' or abs(1) < 200) else 'skip')
except Exception as e:
    print('(-1) < (1)', type(e).__name__, e)
try:
    print('(-1) == (1)', (-1) == (1) if ('==' != '**' or abs(1) < 200) and ('==' != '<<' or abs(1) < 200) else 'skip')
except Exception as e:
    print('(-1) == (1)', type(e).__name__, e)
try:
    print('(-1) >= (1)', (-1) >= (1) if ('>=' != '**' or abs(1) < 200) and ('>=' != '<<' or abs(1) < 200) else 'skip')
except Exception as e:
    print('(-1) >= (1)', type(e).__name__, e)
try:
    print('(-1) + (-1)', (-1) + (-1) if ('+' != '**' or abs(-1) < 200) and ('+' != '<<' or abs(-1) < 200) else 'skip')
except Exception as e:
    print('(-1) + (-1)', type(e).__name__, e)
try:
    print('(-1) - (-1)', (-1) - (-1) if ('-' != '**' or abs(-1) < 200) and ('-' != '<<' or abs(-1) < 200) else 'skip')
except Exception as e:
    print('(-1) - (-1)', type(e).__name__, e)
try:
    print('(-1) * (-1)', (-1) * (-1) if ('*' != '**' or abs(-1) < 200) and ('*' != '<<' or abs(-1) < 200) else 'skip')
except Exception as e:
    print('(-1) * (-1)', type(e).__name__, e)
try:
    print('(-1) // (-1)', (-1) // (-1) if ('//' != '**' or abs(-1) < 200) and ('//' != '<<' or abs(-1) < 200) else 'skip')
except Exception as e:
    print('(-1) // (-1)', type(e).__name__, e)
try:
    print('(-1) % (-1)', (-1) % (-1) if ('%' != '**' or abs(-1) < 200) and ('%' != '<<' or abs(-1) < 200) else 'skip')
except Exception as e:
    print('(-1) % (-1)', type(e).__name__, e)
try:
    print('(-1) ** (-1)', (-1) ** (-1) if ('**' != '**' or abs(-1) < 200) and ('**' != '<<' or abs(-1) < 200) else 'skip')
except Exception as e:
    print('(-1) ** (-1)', type(e).__name__, e)
try:
    print('(-1) << (-1)', (-1) << (-1) if ('<<' != '**' or abs(-1) < 200) and ('<<' != '<<' or abs(-1) < 200) else 'skip')
except Exception as e:
    print('(-1) << (-1)', type(e).__name__, e)
try:
    print('(-1) >> (-1)', (-1) >> (-1) if ('>>' != '**' or abs(-1) < 200) and ('>>' != '<<' or abs(-1) < 200) else 'skip')
except Exception as e:
    print('(-1) >> (-1)', type(e).__name__, e)
try:
    print('(-1) & (-1)', (-1) & (-1) if ('&' != '**' or abs(-1) < 200) and ('&' != '<<' or abs(-1) < 200) else 'skip')
except Exception as e:
    print('(-1) & (-1)', type(e).__name__, e)
try:
    print('(-1) | (-1)', (-1) | (-1) if ('|' != '**' or abs(-1) < 200) and ('|' != '<<' or abs(-1) < 200) else 'skip')
except Exception as e:
    print('(-1) | (-1)', type(e).__name__, e)
try:
    print('(-1) ^ (-1)', (-1) ^ (-1) if ('^' != '**' or abs(-1) < 200) and ('^' != '<<' or abs(-1) < 200) else 'skip')
except Exception as e:
    print('(-1) ^ (-1)', type(e).__name__, e)
try:
    print('(-1) / (-1)', (-1) / (-1) if ('/' != '**' or abs(-1) < 200) and ('/' != '<<' or abs(-1) < 200) else 'skip')
except Exception as e:
    print('(-1) / (-1)', type(e).__name__, e)
try:
    print('(-1) < (-1)', (-1) < (-1) if ('<' != '**' or abs(-1) < 200) and ('<' != '<<' or abs(-1) < 200) else 'skip')
except Exception as e:
    print('(-1) < (-1)', type(e).__name__, e)
try:
    print('(-1) == (-1)', (-1) == (-1) if ('==' != '**' or abs(-1) < 200) and ('==' != '<<' or abs(-1) < 200) else 'skip')
except Exception as e:
    print('(-1) == (-1)', type(e).__name__, e)
try:
    print('(-1) >= (-1)', (-1) >= (-1) if ('>=' != '**' or abs(-1) < 200) and ('>=' != '<<' or abs(-1) < 200) else 'skip')
except Exception as e:
    print('(-1) >= (-1)', type(e).__name__, e)
try:
    print('(-1) + (7)', (-1) + (7) if ('+' != '**' or abs(7) < 200) and ('+' != '<<' or abs(7) < 200) else 'skip')
except Exception as e:
    print('(-1) + (7)', type(e).__name__, e)
try:
    print('(-1) - (7)', (-1) - (7) if ('-' != '**' or abs(7) < 200) and ('-' != '<<' or abs(7) < 200) else 'skip')
except Exception as e:
    print('(-1) - (7)', type(e).__name__, e)
try:
    print('(-1) * (7)', (-1) * (7) if ('*' != '**' or abs(7) < 200) and ('*' != '<<' or abs(7) < 200) else 'skip')
except Exception as e:
    print('(-1) * (7)', type(e).__name__, e)
try:
    print('(-1) // (7)', (-1) // (7) if ('//' != '**' or abs(7) < 200) and ('//' != '<<' or abs(7) < 200) else 'skip')
except Exception as e:
    print('(-1) // (7)', type(e).__name__, e)
try:
    print('(-1) % (7)', (-1) % (7) if ('%' != '**' or abs(7) < 200) and ('%' != '<<' or abs(7) < 200) else 'skip')
except Exception as e:
    print('(-1) % (7)', type(e).__name__, e)
try:
    print('(-1) ** (7)', (-1) ** (7) if ('**' != '**' or abs(7) < 200) and ('**' != '<<' or abs(7) < 200) else 'skip')
except Exception as e:
    print('(-1) ** (7)', type(e).__name__, e)
try:
    print('(-1) << (7)', (-1) << (7) if ('<<' != '**' or abs(7) < 200) and ('<<' != '<<' or abs(7) < 200) else 'skip')
except Exception as e:
    print('(-1) << (7)', type(e).__name__, e)
try:
    print('(-1) >> (7)', (-1) >> (7) if ('>>' != '**' or abs(7) < 200) and ('>>' != '<<' or abs(7) < 200) else 'skip')
except Exception as e:
    print('(-1) >> (7)', type(e).__name__, e)
try:
    print('(-1) & (7)', (-1) & (7) if ('&' != '**' or abs(7) < 200) and ('&' != '<<' or abs(7) < 200) else 'skip')
except Exception as e:
    print('(-1) & (7)', type(e).__name__, e)
try:
    print('(-1) | (7)', (-1) | (7) if ('|' != '**' or abs(7) < 200) and ('|' != '<<' or abs(7) < 200) else 'skip')
except Exception as e:
    print('(-1) | (7)', type(e).__name__, e)
try:
    print('(-1) ^ (7)', (-1) ^ (7) if ('^' != '**' or abs(7) < 200) and ('^' != '<<' or abs(7) < 200) else 'skip')
except Exception as e:
    print('(-1) ^ (7)', type(e).__name__, e)
try:
    print('(-1) / (7)', (-1) / (7) if ('/' != '**' or abs(7) < 200) and ('/' != '<<' or abs(7) < 200) else 'skip')
except Exception as e:
    print('(-1) / (7)', type(e).__name__, e)
try:
    print('(-1) < (7)', (-1) < (7) if ('<' != '**' or abs(7) < 200) and ('<' != '<<' or abs(7) < 200) else 'skip')
except Exception as e:
    print('(-1) < (7)', type(e).__name__, e)
try:
    print('(-1) == (7)', (-1) == (7) if ('==' != '**' or abs(7) < 200) and ('==' != '<<' or abs(7) < 200) else 'skip')
except Exception as e:
    print('(-1) == (7)', type(e).__name__, e)
try:
    print('(-1) >= (7)', (-1) >= (7) if ('>=' != '**' or abs(7) < 200) and ('>=' != '<<' or abs(7) < 200) else 'skip')
except Exception as e:
    print('(-1) >= (7)', type(e).__name__, e)
try:
    print('(-1) + (-7)', (-1) + (-7) if ('+' != '**' or abs(-7) < 200) and ('+' != '<<' or abs(-7) < 200) else 'skip')
except Exception as e:
    print('(-1) + (-7)', type(e).__name__, e)
try:
    print('(-1) - (-7)', (-1) - (-7) if ('-' != '**' or abs(-7) < 200) and ('-' != '<<' or abs(-7) < 200) else 'skip')
except Exception as e:
    print('(-1) - (-7)', type(e).__name__, e)
try:
    print('(-1) * (-7)', (-1) * (-7) if ('*' != '**' or abs(-7) < 200) and ('*' != '<<' or abs(-7) < 200) else 'skip')
except Exception as e:
    print('(-1) * (-7)', type(e).__name__, e)
try:
    print('(-1) // (-7)', (-1) // (-7) if ('//' != '**' or abs(-7) < 200) and ('//' != '<<' or abs(-7) < 200) else 'skip')
except Exception as e:
    print('(-1) // (-7)', type(e).__name__, e)
try:
    print('(-1) % (-7)', (-1) % (-7) if ('%' != '**' or abs(-7) < 200) and ('%' != '<<' or abs(-7) < 200) else 'skip')
except Exception as e:
    print('(-1) % (-7)', type(e).__name__, e)
try:
    print('(-1) ** (-7)', (-1) ** (-7) if ('**' != '**' or abs(-7) < 200) and ('**' != '<<' or abs(-7) < 200) else 'skip')
except Exception as e:
    print('(-1) ** (-7)', type(e).__name__, e)
try:
    print('(-1) << (-7)', (-1) << (-7) if ('<<' != '**' or abs(-7) < 200) and ('<<' != '<<' or abs(-7) < 200) else 'skip')
except Exception as e:
    print('(-1) << (-7)', type(e).__name__, e)
try:
    print('(-1) >> (-7)', (-1) >> (-7) if ('>>' != '**' or abs(-7) < 200) and ('>>' != '<<' or abs(-7) < 200) else 'skip')
except Exception as e:
    print('(-1) >> (-7)', type(e).__name__, e)
try:
    print('(-1) & (-7)', (-1) & (-7) if ('&' != '**' or abs(-7) < 200) and ('&' != '<<' or abs(-7) < 200) else 'skip')
except Exception as e:
    print('(-1) & (-7)', type(e).__name__, e)
try:
    print('(-1) | (-7)', (-1) | (-7) if ('|' != '**' or abs(-7) < 200) and ('|' != '<<' or abs(-7) < 200) else 'skip')
except Exception as e:
    print('(-1) | (-7)', type(e).__name__, e)
try:
    print('(-1) ^ (-7)', (-1) ^ (-7) if ('^' != '**' or abs(-7) < 200) and ('^' != '<<' or abs(-7) < 200) else 'skip')
except Exception as e:
    print('(-1) ^ (-7)', type(e).__name__, e)
try:
    print('(-1) / (-7)', (-1) / (-7) if ('/' != '**' or abs(-7) < 200) and ('/' != '<<' or abs(-7) < 200) else 'skip')
except Exception as e:
    print('(-1) / (-7)', type(e).__name__, e)
try:
    print('(-1) < (-7)', (-1) < (-7) if ('<' != '**' or abs(-7) < 200) and ('<' != '<<' or abs(-7) < 200) else 'skip')
except Exception as e:
    print('(-1) < (-7)', type(e).__name__, e)
try:
    print('(-1) == (-7)', (-1) == (-7) if ('==' != '**' or abs(-7) < 200) and ('==' != '<<' or abs(-7) < 200) else 'skip')
except Exception as e:
    print('(-1) == (-7)', type(e).__name__, e)
try:
    print('(-1) >= (-7)', (-1) >= (-7) if ('>=' != '**' or abs(-7) < 200) and ('>=' != '<<' or abs(-7) < 200) else 'skip')
except Exception as e:
    print('(-1) >= (-7)', type(e).__name__, e)
try:
    print('(-1) + (3)', (-1) + (3) if ('+' != '**' or abs(3) < 200) and ('+' != '<<' or abs(3) < 200) else 'skip')
except Exception as e:
    print('(-1) + (3)', type(e).__name__, e)
try:
    print('(-1) - (3)', (-1) - (3) if ('-' != '**' or abs(3) < 200) and ('-' != '<<' or abs(3) < 200) else 'skip')
except Exception as e:
    print('(-1) - (3)', type(e).__name__, e)
try:
    print('(-1) * (3)', (-1) * (3) if ('*' != '**' or abs(3) < 200) and ('*' != '<<' or abs(3) < 200) else 'skip')
except Exception as e:
    print('(-1) * (3)', type(e).__name__, e)
try:
    print('(-1) // (3)', (-1) // (3) if ('//' != '**' or abs(3) < 200) and ('//' != '<<' or abs(3) < 200) else 'skip')
except Exception as e:
    print('(-1) // (3)', type(e).__name__, e)
try:
    print('(-1) % (3)', (-1) % (3) if ('%' != '**' or abs(3) < 200) and ('%' != '<<' or abs(3) < 200) else 'skip')
except Exception as e:
    print('(-1) % (3)', type(e).__name__, e)
try:
    print('(-1) ** (3)', (-1) ** (3) if ('**' != '**' or abs(3) < 200) and ('**' != '<<' or abs(3) < 200) else 'skip')
except Exception as e:
    print('(-1) ** (3)', type(e).__name__, e)
try:
    print('(-1) << (3)', (-1) << (3) if ('<<' != '**' or abs(3) < 200) and ('<<' != '<<' or abs(3) < 200) else 'skip')
except Exception as e:
    print('(-1) << (3)', type(e).__name__, e)
try:
    print('(-1) >> (3)', (-1) >> (3) if ('>>' != '**' or abs(3) < 200) and ('>>' != '<<' or abs(3) < 200) else 'skip')
except Exception as e:
    print('(-1) >> (3)', type(e).__name__, e)
try:
    print('(-1) & (3)', (-1) & (3) if ('&' != '**' or abs(3) < 200) and ('&' != '<<' or abs(3) < 200) else 'skip')
except Exception as e:
    print('(-1) & (3)', type(e).__name__, e)
try:
    print('(-1) | (3)', (-1) | (3) if ('|' != '**' or abs(3) < 200) and ('|' != '<<' or abs(3) < 200) else 'skip')
except Exception as e:
    print('(-1) | (3)', type(e).__name__, e)
try:
    print('(-1) ^ (3)', (-1) ^ (3) if ('^' != '**' or abs(3) < 200) and ('^' != '<<' or abs(3) < 200) else 'skip')
except Exception as e:
    print('(-1) ^ (3)', type(e).__name__, e)
try:
    print('(-1) / (3)', (-1) / (3) if ('/' != '**' or abs(3) < 200) and ('/' != '<<' or abs(3) < 200) else 'skip')
except Exception as e:
    print('(-1) / (3)', type(e).__name__, e)
try:
    print('(-1) < (3)', (-1) < (3) if ('<' != '**' or abs(3) < 200) and ('<' != '<<' or abs(3) < 200) else 'skip')
except Exception as e:
    print('(-1) < (3)', type(e).__name__, e)
try:
    print('(-1) == (3)', (-1) == (3) if ('==' != '**' or abs(3) < 200) and ('==' != '<<' or abs(3) < 200) else 'skip')
except Exception as e:
    print('(-1) == (3)', type(e).__name__, e)
try:
    print('(-1) >= (3)', (-1) >= (3) if ('>=' != '**' or abs(3) < 200) and ('>=' != '<<' or abs(3) < 200) else 'skip')
except Exception as e:
    print('(-1) >= (3)', type(e).__name__, e)
try:
    print('(-1) + (-3)', (-1) + (-3) if ('+' != '**' or abs(-3) < 200) and ('+' != '<<' or abs(-3) < 200) else 'skip')
except Exception as e:
    print('(-1) + (-3)', type(e).__name__, e)
try:
    print('(-1) - (-3)', (-1) - (-3) if ('-' != '**' or abs(-3) < 200) and ('-' != '<<' or abs(-3) < 200) else 'skip')
except Exception as e:
    print('(-1) - (-3)', type(e).__name__, e)
try:
    print('(-1) * (-3)', (-1) * (-3) if ('*' != '**' or abs(-3) < 200) and ('*' != '<<' or abs(-3) < 200) else 'skip')
except Exception as e:
    print('(-1) * (-3)', type(e).__name__, e)
try:
    print('(-1) // (-3)', (-1) // (-3) if ('//' != '**' or abs(-3) < 200) and ('//' != '<<' or abs(-3) < 200) else 'skip')
except Exception as e:
    print('(-1) // (-3)', type(e).__name__, e)
try:
    print('(-1) % (-3)', (-1) % (-3) if ('%' != '**' or abs(-3) < 200) and ('%' != '<<' or abs(-3) < 200) else 'skip')
except Exception as e:
    print('(-1) % (-3)', type(e).__name__, e)
try:
    print('(-1) ** (-3)', (-1) ** (-3) if ('**' != '**' or abs(-3) < 200) and ('**' != '<<' or abs(-3) < 200) else 'skip')
except Exception as e:
    print('(-1) ** (-3)', type(e).__name__, e)
try:
    print('(-1) << (-3)', (-1) << (-3) if ('<<' != '**' or abs(-3) < 200) and ('<<' != '<<' or abs(-3) < 200) else 'skip')
except Exception as e:
    print('(-1) << (-3)', type(e).__name__, e)
try:
    print('(-1) >> (-3)', (-1) >> (-3) if ('>>' != '**' or abs(-3) < 200) and ('>>' != '<<' or abs(-3) < 200) else 'skip')
except Exception as e:
    print('(-1) >> (-3)', type(e).__name__, e)
try:
    print('(-1) & (-3)', (-1) & (-3) if ('&' != '**' or abs(-3) < 200) and ('&' != '<<' or abs(-3) < 200) else 'skip')
except Exception as e:
    print('(-1) & (-3)', type(e).__name__, e)
try:
    print('(-1) | (-3)', (-1) | (-3) if ('|' != '**' or abs(-3) < 200) and ('|' != '<<' or abs(-3) < 200) else 'skip')
except Exception as e:
    print('(-1) | (-3)', type(e).__name__, e)
try:
    print('(-1) ^ (-3)', (-1) ^ (-3) if ('^' != '**' or abs(-3) < 200) and ('^' != '<<' or abs(-3) < 200) else 'skip')
except Exception as e:
    print('(-1) ^ (-3)', type(e).__name__, e)
try:
    print('(-1) / (-3)', (-1) / (-3) if ('/' != '**' or abs(-3) < 200) and ('/' != '<<' or abs(-3) < 200) else 'skip')
except Exception as e:
    print('(-1) / (-3)', type(e).__name__, e)
try:
    print('(-1) < (-3)', (-1) < (-3) if ('<' != '**' or abs(-3) < 200) and ('<' != '<<' or abs(-3) < 200) else 'skip')
except Exception as e:
    print('(-1) < (-3)', type(e).__name__, e)
try:
    print('(-1) == (-3)', (-1) == (-3) if ('==' != '**' or abs(-3) < 200) and ('==' != '<<' or abs(-3) < 200) else 'skip')
except Exception as e:
    print('(-1) == (-3)', type(e).__name__, e)
try:
    print('(-1) >= (-3)', (-1) >= (-3) if ('>=' != '**' or abs(-3) < 200) and ('>=' != '<<' or abs(-3) < 200) else 'skip')
except Exception as e:
    print('(-1) >= (-3)', type(e).__name__, e)
try:
    print('(-1) + (2**63)', (-1) + (2**63) if ('+' != '**' or abs(2**63) < 200) and ('+' != '<<' or abs(2**63) < 200) else 'skip')
except Exception as e:
    print('(-1) + (2**63)', type(e).__name__, e)
try:
    print('(-1) - (2**63)', (-1) - (2**63) if ('-' != '**' or abs(2**63) < 200) and ('-' != '<<' or abs(2**63) < 200) else 'skip')
except Exception as e:
    print('(-1) - (2**63)', type(e).__name__, e)
try:
    print('(-1) * (2**63)', (-1) * (2**63) if ('*' != '**' or abs(2**63) < 200) and ('*' != '<<' or abs(2**63) < 200) else 'skip')
except Exception as e:
    print('(-1) * (2**63)', type(e).__name__, e)
try:
    print('(-1) // (2**63)', (-1) // (2**63) if ('//' != '**' or abs(2**63) < 200) and ('//' != '<<' or abs(2**63) < 200) else 'skip')
except Exception as e:
    print('(-1) // (2**63)', type(e).__name__, e)
try:
    print('(-1) % (2**63)', (-1) % (2**63) if ('%' != '**' or abs(2**63) < 200) and ('%' != '<<' or abs(2**63) < 200) else 'skip')
except Exception as e:
    print('(-1) % (2**63)', type(e).__name__, e)
try:
    print('(-1) ** (2**63)', (-1) ** (2**63) if ('**' != '**' or abs(2**63) < 200) and ('**' != '<<' or abs(2**63) < 200) else 'skip')
except Exception as e:
    print('(-1) ** (2**63)', type(e).__name__, e)
try:
    print('(-1) << (2**63)', (-1) << (2**63) if ('<<' != '**' or abs(2**63) < 200) and ('<<' != '<<' or abs(2**63) < 200) else 'skip')
except Exception as e:
    print('(-1) << (2**63)', type(e).__name__, e)
try:
    print('(-1) >> (2**63)', (-1) >> (2**63) if ('>>' != '**' or abs(2**63) < 200) and ('>>' != '<<' or abs(2**63) < 200) else 'skip')
except Exception as e:
    print('(-1) >> (2**63)', type(e).__name__, e)
try:
    print('(-1) & (2**63)', (-1) & (2**63) if ('&' != '**' or abs(2**63) < 200) and ('&' != '<<' or abs(2**63) < 200) else 'skip')
except Exception as e:
    print('(-1) & (2**63)', type(e).__name__, e)
try:
    print('(-1) | (2**63)', (-1) | (2**63) if ('|' != '**' or abs(2**63) < 200) and ('|' != '<<' or abs(2**63) < 200) else 'skip')
except Exception as e:
    print('(-1) | (2**63)', type(e).__name__, e)
try:
    print('(-1) ^ (2**63)', (-1) ^ (2**63) if ('^' != '**' or abs(2**63) < 200) and ('^' != '<<' or abs(2**63) < 200) else 'skip')
except Exception as e:
    print('(-1) ^ (2**63)', type(e).__name__, e)
try:
    print('(-1) / (2**63)', (-1) / (2**63) if ('/' != '**' or abs(2**63) < 200) and ('/' != '<<' or abs(2**63) < 200) else 'skip')
except Exception as e:
    print('(-1) / (2**63)', type(e).__name__, e)
try:
    print('(-1) < (2**63)', (-1) < (2**63) if ('<' != '**' or abs(2**63) < 200) and ('<' != '<<' or abs(2**63) < 200) else 'skip')
except Exception as e:
    print('(-1) < (2**63)', type(e).__name__, e)
try:
    print('(-1) == (2**63)', (-1) == (2**63) if ('==' != '**' or abs(2**63) < 200) and ('==' != '<<' or abs(2**63) < 200) else 'skip')
except Exception as e:
    print('(-1) == (2**63)', type(e).__name__, e)
try:
    print('(-1) >= (2**63)', (-1) >= (2**63) if ('>=' != '**' or abs(2**63) < 200) and ('>=' != '<<' or abs(2**63) < 200) else 'skip')
except Exception as e:
    print('(-1) >= (2**63)', type(e).__name__, e)
try:
    print('(-1) + (-2**63)', (-1) + (-2**63) if ('+' != '**' or abs(-2**63) < 200) and ('+' != '<<' or abs(-2**63) < 200) else 'skip')
except Exception as e:
    print('(-1) + (-2**63)', type(e).__name__, e)
try:
    print('(-1) - (-2**63)', (-1) - (-2**63) if ('-' != '**' or abs(-2**63) < 200) and ('-' != '<<' or abs(-2**63) < 200) else 'skip')
except Exception as e:
    print('(-1) - (-2**63)', type(e).__name__, e)
try:
    print('(-1) * (-2**63)', (-1) * (-2**63) if ('*' != '**' or abs(-2**63) < 200) and ('*' != '<<' or abs(-2**63) < 200) else 'skip')
except Exception as e:
    print('(-1) * (-2**63)', type(e).__name__, e)
try:
    print('(-1) // (-2**63)', (-1) // (-2**63) if ('//' != '**' or abs(-2**63) < 200) and ('//' != '<<' or abs(-2**63) < 200) else 'skip')
except Exception as e:
    print('(-1) // (-2**63)', type(e).__name__, e)
try:
    print('(-1) % (-2**63)', (-1) % (-2**63) if ('%' != '**' or abs(-2**63) < 200) and ('%' != '<<' or abs(-2**63) < 200) else 'skip')
except Exception as e:
    print('(-1) % (-2**63)', type(e).__name__, e)
try:
    print('(-1) ** (-2**63)', (-1) ** (-2**63) if ('**' != '**' or abs(-2**63) < 200) and ('**' != '<<' or abs(-2**63) < 200) else 'skip')
except Exception as e:
    print('(-1) ** (-2**63)', type(e).__name__, e)
try:
    print('(-1) << (-2**63)', (-1) << (-2**63) if ('<<' != '**' or abs(-2**63) < 200) and ('<<' != '<<' or abs(-2**63) < 200) else 'skip')
except Exception as e:
    print('(-1) << (-2**63)', type(e).__name__, e)
try:
    print('(-1) >> (-2**63)', (-1) >> (-2**63) if ('>>' != '**' or abs(-2**63) < 200) and ('>>' != '<<' or abs(-2**63) < 200) else 'skip')
except Exception as e:
    print('(-1) >> (-2**63)', type(e).__name__, e)
try:
    print('(-1) & (-2**63)', (-1) & (-2**63) if ('&' != '**' or abs(-2**63) < 200) and ('&' != '<<' or abs(-2**63) < 200) else 'skip')
except Exception as e:
    print('(-1) & (-2**63)', type(e).__name__, e)
try:
    print('(-1) | (-2**63)', (-1) | (-2**63) if ('|' != '**' or abs(-2**63) < 200) and ('|' != '<<' or abs(-2**63) < 200) else 'skip')
except Exception as e:
    print('(-1) | (-2**63)', type(e).__name__, e)
try:
    print('(-1) ^ (-2**63)', (-1) ^ (-2**63) if ('^' != '**' or abs(-2**63) < 200) and ('^' != '<<' or abs(-2**63) < 200) else 'skip')
except Exception as e:
    print('(-1) ^ (-2**63)', type(e).__name__, e)
try:
    print('(-1) / (-2**63)', (-1) / (-2**63) if ('/' != '**' or abs(-2**63) < 200) and ('/' != '<<' or abs(-2**63) < 200) else 'skip')
except Exception as e:
    print('(-1) / (-2**63)', type(e).__name__, e)
try:
    print('(-1) < (-2**63)', (-1) < (-2**63) if ('<' != '**' or abs(-2**63) < 200) and ('<' != '<<' or abs(-2**63) < 200) else 'skip')
except Exception as e:
    print('(-1) < (-2**63)', type(e).__name__, e)
try:
    print('(-1) == (-2**63)', (-1) == (-2**63) if ('==' != '**' or abs(-2**63) < 200) and ('==' != '<<' or abs(-2**63) < 200) else 'skip')
except Exception as e:
    print('(-1) == (-2**63)', type(e).__name__, e)
try:
    print('(-1) >= (-2**63)', (-1) >= (-2**63) if ('>=' != '**' or abs(-2**63) < 200) and ('>=' != '<<' or abs(-2**63) < 200) else 'skip')
except Exception as e:
    print('(-1) >= (-2**63)', type(e).__name__, e)
try:
    print('(-1) + (2**64 + 5)', (-1) + (2**64 + 5) if ('+' != '**' or abs(2**64 + 5) < 200) and ('+' != '<<' or abs(2**64 + 5) < 200) else 'skip')
except Exception as e:
    print('(-1) + (2**64 + 5)', type(e).__name__, e)
try:
    print('(-1) - (2**64 + 5)', (-1) - (2**64 + 5) if ('-' != '**' or abs(2**64 + 5) < 200) and ('-' != '<<' or abs(2**64 + 5) < 200) else 'skip')
except Exception as e:
    print('(-1) - (2**64 + 5)', type(e).__name__, e)
try:
    print('(-1) * (2**64 + 5)', (-1) * (2**64 + 5) if ('*' != '**' or abs(2**64 + 5) < 200) and ('*' != '<<' or abs(2**64 + 5) < 200) else 'skip')
except Exception as e:
    print('(-1) * (2**64 + 5)', type(e).__name__, e)
try:
    print('(-1) // (2**64 + 5)', (-1) // (2**64 + 5) if ('//' != '**' or abs(2**64 + 5) < 200) and ('//' != '<<' or abs(2**64 + 5) < 200) else 'skip')
except Exception as e:
    print('(-1) // (2**64 + 5)', type(e).__name__, e)
try:
    print('(-1) % (2**64 + 5)', (-1) % (2**64 + 5) if ('%' != '**' or abs(2**64 + 5) < 200) and ('%' != '<<' or abs(2**64 + 5) < 200) else 'skip')
except Exception as e:
    print('(-1) % (2**64 + 5)', type(e).__name__, e)
try:
    print('(-1) ** (2**64 + 5)', (-1) ** (2**64 + 5) if ('**' != '**' or abs(2**64 + 5) < 200) and ('**' != '<<' or abs(2**64 + 5) < 200) else 'skip')
except Exception as e:
    print('(-1) ** (2**64 + 5)', type(e).__name__, e)
try:
    print('(-1) << (2**64 + 5)', (-1) << (2**64 + 5) if ('<<' != '**' or abs(2**64 + 5) < 200) and ('<<' != '<<' or abs(2**64 + 5) < 200) else 'skip')
except Exception as e:
    print('(-1) << (2**64 + 5)', type(e).__name__, e)
try:
    print('(-1) >> (2**64 + 5)', (-1) >> (2**64 + 5) if ('>>' != '**' or abs(2**64 + 5) < 200) and ('>>' != '<<' or abs(2**64 + 5) < 200) else 'skip')
except Exception as e:
    print('(-1) >> (2**64 + 5)', type(e).__name__, e)
try:
    print('(-1) & (2**64 + 5)', (-1) & (2**64 + 5) if ('&' != '**' or abs(2**64 + 5) < 200) and ('&' != '<<' or abs(2**64 + 5) < 200) else 'skip')
except Exception as e:
    print('(-1) & (2**64 + 5)', type(e).__name__, e)
try:
    print('(-1) | (2**64 + 5)', (-1) | (2**64 + 5) if ('|' != '**' or abs(2**64 + 5) < 200) and ('|' != '<<' or abs(2**64 + 5) < 200) else 'skip')
except Exception as e:
    print('(-1) | (2**64 + 5)', type(e).__name__, e)
try:
    print('(-1) ^ (2**64 + 5)', (-1) ^ (2**64 + 5) if ('^' != '**' or abs(2**64 + 5) < 200) and ('^' != '<<' or abs(2**64 + 5) < 200) else 'skip')
except Exception as e:
    print('(-1) ^ (2**64 + 5)', type(e).__name__, e)
try:
    print('(-1) / (2**64 + 5)', (-1) / (2**64 + 5) if ('/' != '**' or abs(2**64 + 5) < 200) and ('/' != '<<' or abs(2**64 + 5) < 200) else 'skip')
except Exception as e:
    print('(-1) / (2**64 + 5)', type(e).__name__, e)
try:
    print('(-1) < (2**64 + 5)', (-1) < (2**64 + 5) if ('<' != '**' or abs(2**64 + 5) < 200) and ('<' != '<<' or abs(2**64 + 5) < 200) else 'skip')
except Exception as e:
    print('(-1) < (2**64 + 5)', type(e).__name__, e)
try:
    print('(-1) == (2**64 + 5)', (-1) == (2**64 + 5) if ('==' != '**' or abs(2**64 + 5) < 200) and ('==' != '<<' or abs(2**64 + 5) < 200) else 'skip')
except Exception as e:
    print('(-1) == (2**64 + 5)', type(e).__name__, e)
try:
    print('(-1) >= (2**64 + 5)', (-1) >= (2**64 + 5) if ('>=' != '**' or abs(2**64 + 5) < 200) and ('>=' != '<<' or abs(2**64 + 5) < 200) else 'skip')
except Exception as e:
    print('(-1) >= (2**64 + 5)', type(e).__name__, e)
try:
    print('(-1) + (-(2**70))', (-1) + (-(2**70)) if ('+' != '**' or abs(-(2**70)) < 200) and ('+' != '<<' or abs(-(2**70)) < 200) else 'skip')
except Exception as e:
    print('(-1) + (-(2**70))', type(e).__name__, e)
try:
    print('(-1) - (-(2**70))', (-1) - (-(2**70)) if ('-' != '**' or abs(-(2**70)) < 200) and ('-' != '<<' or abs(-(2**70)) < 200) else 'skip')
except Exception as e:
    print('(-1) - (-(2**70))', type(e).__name__, e)
try:
    print('(-1) * (-(2**70))', (-1) * (-(2**70)) if ('*' != '**' or abs(-(2**70)) < 200) and ('*' != '<<' or abs(-(2**70)) < 200) else 'skip')
except Exception as e:
    print('(-1) * (-(2**70))', type(e).__name__, e)
try:
    print('(-1) // (-(2**70))', (-1) // (-(2**70)) if ('//' != '**' or abs(-(2**70)) < 200) and ('//' != '<<' or abs(-(2**70)) < 200) else 'skip')
except Exception as e:
    print('(-1) // (-(2**70))', type(e).__name__, e)
try:
    print('(-1) % (-(2**70))', (-1) % (-(2**70)) if ('%' != '**' or abs(-(2**70)) < 200) and ('%' != '<<' or abs(-(2**70)) < 200) else 'skip')
except Exception as e:
    print('(-1) % (-(2**70))', type(e).__name__, e)
try:
    print('(-1) ** (-(2**70))', (-1) ** (-(2**70)) if ('**' != '**' or abs(-(2**70)) < 200) and ('**' != '<<' or abs(-(2**70)) < 200) else 'skip')
except Exception as e:
    print('(-1) ** (-(2**70))', type(e).__name__, e)
try:
    print('(-1) << (-(2**70))', (-1) << (-(2**70)) if ('<<' != '**' or abs(-(2**70)) < 200) and ('<<' != '<<' or abs(-(2**70)) < 200) else 'skip')
except Exception as e:
    print('(-1) << (-(2**70))', type(e).__name__, e)
try:
    print('(-1) >> (-(2**70))', (-1) >> (-(2**70)) if ('>>' != '**' or abs(-(2**70)) < 200) and ('>>' != '<<' or abs(-(2**70)) < 200) else 'skip')
except Exception as e:
    print('(-1) >> (-(2**70))', type(e).__name__, e)
try:
    print('(-1) & (-(2**70))', (-1) & (-(2**70)) if ('&' != '**' or abs(-(2**70)) < 200) and ('&' != '<<' or abs(-(2**70)) < 200) else 'skip')
except Exception as e:
    print('(-1) & (-(2**70))', type(e).__name__, e)
try:
    print('(-1) | (-(2**70))', (-1) | (-(2**70)) if ('|' != '**' or abs(-(2**70)) < 200) and ('|' != '<<' or abs(-(2**70)) < 200) else 'skip')
except Exception as e:
    print('(-1) | (-(2**70))', type(e).__name__, e)
try:
    print('(-1) ^ (-(2**70))', (-1) ^ (-(2**70)) if ('^' != '**' or abs(-(2**70)) < 200) and ('^' != '<<' or abs(-(2**70)) < 200) else 'skip')
except Exception as e:
    print('(-1) ^ (-(2**70))', type(e).__name__, e)
try:
    print('(-1) / (-(2**70))', (-1) / (-(2**70)) if ('/' != '**' or abs(-(2**70)) < 200) and ('/' != '<<' or abs(-(2**70)) < 200) else 'skip')
except Exception as e:
    print('(-1) / (-(2**70))', type(e).__name__, e)
try:
    print('(-1) < (-(2**70))', (-1) < (-(2**70)) if ('<' != '**' or abs(-(2**70)) < 200) and ('<' != '<<' or abs(-(2**70)) < 200) else 'skip')
except Exception as e:
    print('(-1) < (-(2**70))', type(e).__name__, e)
try:
    print('(-1) == (-(2**70))', (-1) == (-(2**70)) if ('==' != '**' or abs(-(2**70)) < 200) and ('==' != '<<' or abs(-(2**70)) < 200) else 'skip')
except Exception as e:
    print('(-1) == (-(2**70))', type(e).__name__, e)
try:
    print('(-1) >= (-(2**70))', (-1) >= (-(2**70)) if ('>=' != '**' or abs(-(2**70)) < 200) and ('>=' != '<<' or abs(-(2**70)) < 200) else 'skip')
except Exception as e:
    print('(-1) >= (-(2**70))', type(e).__name__, e)
try:
    print('(-1) + (10**20)', (-1) + (10**20) if ('+' != '**' or abs(10**20) < 200) and ('+' != '<<' or abs(10**20) < 200) else 'skip')
except Exception as e:
    print('(-1) + (10**20)', type(e).__name__, e)
try:
    print('(-1) - (10**20)', (-1) - (10**20) if ('-' != '**' or abs(10**20) < 200) and ('-' != '<<' or abs(10**20) < 200) else 'skip')
except Exception as e:
    print('(-1) - (10**20)', type(e).__name__, e)
try:
    print('(-1) * (10**20)', (-1) * (10**20) if ('*' != '**' or abs(10**20) < 200) and ('*' != '<<' or abs(10**20) < 200) else 'skip')
except Exception as e:
    print('(-1) * (10**20)', type(e).__name__, e)
try:
    print('(-1) // (10**20)', (-1) // (10**20) if ('//' != '**' or abs(10**20) < 200) and ('//' != '<<' or abs(10**20) < 200) else 'skip')
except Exception as e:
    print('(-1) // (10**20)', type(e).__name__, e)
try:
    print('(-1) % (10**20)', (-1) % (10**20) if ('%' != '**' or abs(10**20) < 200) and ('%' != '<<' or abs(10**20) < 200) else 'skip')
except Exception as e:
    print('(-1) % (10**20)', type(e).__name__, e)
try:
    print('(-1) ** (10**20)', (-1) ** (10**20) if ('**' != '**' or abs(10**20) < 200) and ('**' != '<<' or abs(10**20) < 200) else 'skip')
except Exception as e:
    print('(-1) ** (10**20)', type(e).__name__, e)
try:
    print('(-1) << (10**20)', (-1) << (10**20) if ('<<' != '**' or abs(10**20) < 200) and ('<<' != '<<' or abs(10**20) < 200) else 'skip')
except Exception as e:
    print('(-1) << (10**20)', type(e).__name__, e)
try:
    print('(-1) >> (10**20)', (-1) >> (10**20) if ('>>' != '**' or abs(10**20) < 200) and ('>>' != '<<' or abs(10**20) < 200) else 'skip')
except Exception as e:
    print('(-1) >> (10**20)', type(e).__name__, e)
try:
    print('(-1) & (10**20)', (-1) & (10**20) if ('&' != '**' or abs(10**20) < 200) and ('&' != '<<' or abs(10**20) < 200) else 'skip')
except Exception as e:
    print('(-1) & (10**20)', type(e).__name__, e)
try:
    print('(-1) | (10**20)', (-1) | (10**20) if ('|' != '**' or abs(10**20) < 200) and ('|' != '<<' or abs(10**20) < 200) else 'skip')
except Exception as e:
    print('(-1) | (10**20)', type(e).__name__, e)
try:
    print('(-1) ^ (10**20)', (-1) ^ (10**20) if ('^' != '**' or abs(10**20) < 200) and ('^' != '<<' or abs(10**20) < 200) else 'skip')
except Exception as e:
    print('(-1) ^ (10**20)', type(e).__name__, e)
try:
    print('(-1) / (10**20)', (-1) / (10**20) if ('/' != '**' or abs(10**20) < 200) and ('/' != '<<' or abs(10**20) < 200) else 'skip')
except Exception as e:
    print('(-1) / (10**20)', type(e).__name__, e)
try:
    print('(-1) < (10**20)', (-1) < (10**20) if ('<' != '**' or abs(10**20) < 200) and ('<' != '<<' or abs(10**20) < 200) else 'skip')
except Exception as e:
    print('(-1) < (10**20)', type(e).__name__, e)
try:
    print('(-1) == (10**20)', (-1) == (10**20) if ('==' != '**' or abs(10**20) < 200) and ('==' != '<<' or abs(10**20) < 200) else 'skip')
except Exception as e:
    print('(-1) == (10**20)', type(e).__name__, e)
try:
    print('(-1) >= (10**20)', (-1) >= (10**20) if ('>=' != '**' or abs(10**20) < 200) and ('>=' != '<<' or abs(10**20) < 200) else 'skip')
except Exception as e:
    print('(-1) >= (10**20)', type(e).__name__, e)
try:
    print('(-1) + (True)', (-1) + (True) if ('+' != '**' or abs(True) < 200) and ('+' != '<<' or abs(True) < 200) else 'skip')
except Exception as e:
    print('(-1) + (True)', type(e).__name__, e)
try:
    print('(-1) - (True)', (-1) - (True) if ('-' != '**' or abs(True) < 200) and ('-' != '<<' or abs(True) < 200) else 'skip')
except Exception as e:
    print('(-1) - (True)', type(e).__name__, e)
try:
    print('(-1) * (True)', (-1) * (True) if ('*' != '**' or abs(True) < 200) and ('*' != '<<' or abs(True) < 200) else 'skip')
except Exception as e:
    print('(-1) * (True)', type(e).__name__, e)
try:
    print('(-1) // (True)', (-1) // (True) if ('//' != '**' or abs(True) < 200) and ('//' != '<<' or abs(True) < 200) else 'skip')
except Exception as e:
    print('(-1) // (True)', type(e).__name__, e)
try:
    print('(-1) % (True)', (-1) % (True) if ('%' != '**' or abs(True) < 200) and ('%' != '<<' or abs(True) < 200) else 'skip')
except Exception as e:
    print('(-1) % (True)', type(e).__name__, e)
try:
    print('(-1) ** (True)', (-1) ** (True) if ('**' != '**' or abs(True) < 200) and ('**' != '<<' or abs(True) < 200) else 'skip')
except Exception as e:
    print('(-1) ** (True)', type(e).__name__, e)
try:
    print('(-1) << (True)', (-1) << (True) if ('<<' != '**' or abs(True) < 200) and ('<<' != '<<' or abs(True) < 200) else 'skip')
except Exception as e:
    print('(-1) << (True)', type(e).__name__, e)
try:
    print('(-1) >> (True)', (-1) >> (True) if ('>>' != '**' or abs(True) < 200) and ('>>' != '<<' or abs(True) < 200) else 'skip')
except Exception as e:
    print('(-1) >> (True)', type(e).__name__, e)
try:
    print('(-1) & (True)', (-1) & (True) if ('&' != '**' or abs(True) < 200) and ('&' != '<<' or abs(True) < 200) else 'skip')
except Exception as e:
    print('(-1) & (True)', type(e).__name__, e)
try:
    print('(-1) | (True)', (-1) | (True) if ('|' != '**' or abs(True) < 200) and ('|' != '<<' or abs(True) < 200) else 'skip')
except Exception as e:
    print('(-1) | (True)', type(e).__name__, e)
try:
    print('(-1) ^ (True)', (-1) ^ (True) if ('^' != '**' or abs(True) < 200) and ('^' != '<<' or abs(True) < 200) else 'skip')
except Exception as e:
    print('(-1) ^ (True)', type(e).__name__, e)
try:
    print('(-1) / (True)', (-1) / (True) if ('/' != '**' or abs(True) < 200) and ('/' != '<<' or abs(True) < 200) else 'skip')
except Exception as e:
    print('(-1) / (True)', type(e).__name__, e)
try:
    print('(-1) < (True)', (-1) < (True) if ('<' != '**' or abs(True) < 200) and ('<' != '<<' or abs(True) < 200) else 'skip')
except Exception as e:
    print('(-1) < (True)', type(e).__name__, e)
try:
    print('(-1) == (True)', (-1) == (True) if ('==' != '**' or abs(True) < 200) and ('==' != '<<' or abs(True) < 200) else 'skip')
except Exception as e:
    print('(-1) == (True)', type(e).__name__, e)
try:
    print('(-1) >= (True)', (-1) >= (True) if ('>=' != '**' or abs(True) < 200) and ('>=' != '<<' or abs(True) < 200) else 'skip')
except Exception as e:
    print('(-1) >= (True)', type(e).__name__, e)
try:
    print('(-1) + (2.5)', (-1) + (2.5) if ('+' != '**' or abs(2.5) < 200) and ('+' != '<<' or abs(2.5) < 200) else 'skip')
except Exception as e:
    print('(-1) + (2.5)', type(e).__name__, e)
try:
    print('(-1) - (2.5)', (-1) - (2.5) if ('-' != '**' or abs(2.5) < 200) and ('-' != '<<' or abs(2.5) < 200) else 'skip')
except Exception as e:
    print('(-1) - (2.5)', type(e).__name__, e)
try:
    print('(-1) * (2.5)', (-1) * (2.5) if ('*' != '**' or abs(2.5) < 200) and ('*' != '<<' or abs(2.5) < 200) else 'skip')
except Exception as e:
    print('(-1) * (2.5)', type(e).__name__, e)
try:
    print('(-1) // (2.5)', (-1) // (2.5) if ('//' != '**' or abs(2.5) < 200) and ('//' != '<<' or abs(2.5) < 200) else 'skip')
except Exception as e:
    print('(-1) // (2.5)', type(e).__name__, e)
try:
    print('(-1) % (2.5)', (-1) % (2.5) if ('%' != '**' or abs(2.5) < 200) and ('%' != '<<' or abs(2.5) < 200) else 'skip')
except Exception as e:
    print('(-1) % (2.5)', type(e).__name__, e)
try:
    print('(-1) << (2.5)', (-1) << (2.5) if ('<<' != '**' or abs(2.5) < 200) and ('<<' != '<<' or abs(2.5) < 200) else 'skip')
except Exception as e:
    print('(-1) << (2.5)', type(e).__name__, e)
try:
    print('(-1) >> (2.5)', (-1) >> (2.5) if ('>>' != '**' or abs(2.5) < 200) and ('>>' != '<<' or abs(2.5) < 200) else 'skip')
except Exception as e:
    print('(-1) >> (2.5)', type(e).__name__, e)
try:
    print('(-1) & (2.5)', (-1) & (2.5) if ('&' != '**' or abs(2.5) < 200) and ('&' != '<<' or abs(2.5) < 200) else 'skip')
except Exception as e:
    print('(-1) & (2.5)', type(e).__name__, e)
try:
    print('(-1) | (2.5)', (-1) | (2.5) if ('|' != '**' or abs(2.5) < 200) and ('|' != '<<' or abs(2.5) < 200) else 'skip')
except Exception as e:
    print('(-1) | (2.5)', type(e).__name__, e)
try:
    print('(-1) ^ (2.5)', (-1) ^ (2.5) if ('^' != '**' or abs(2.5) < 200) and ('^' != '<<' or abs(2.5) < 200) else 'skip')
except Exception as e:
    print('(-1) ^ (2.5)', type(e).__name__, e)
try:
    print('(-1) / (2.5)', (-1) / (2.5) if ('/' != '**' or abs(2.5) < 200) and ('/' != '<<' or abs(2.5) < 200) else 'skip')
except Exception as e:
    print('(-1) / (2.5)', type(e).__name__, e)
try:
    print('(-1) < (2.5)', (-1) < (2.5) if ('<' != '**' or abs(2.5) < 200) and ('<' != '<<' or abs(2.5) < 200) else 'skip')
except Exception as e:
    print('(-1) < (2.5)', type(e).__name__, e)
try:
    print('(-1) == (2.5)', (-1) == (2.5) if ('==' != '**' or abs(2.5) < 200) and ('==' != '<<' or abs(2.5) < 200) else 'skip')
except Exception as e:
    print('(-1) == (2.5)', type(e).__name__, e)
try:
    print('(-1) >= (2.5)', (-1) >= (2.5) if ('>=' != '**' or abs(2.5) < 200) and ('>=' != '<<' or abs(2.5) < 200) else 'skip')
except Exception as e:
    print('(-1) >= (2.5)', type(e).__name__, e)
try:
    print('(-1) + (-0.5)', (-1) + (-0.5) if ('+' != '**' or abs(-0.5) < 200) and ('+' != '<<' or abs(-0.5) < 200) else 'skip')
except Exception as e:
    print('(-1) + (-0.5)', type(e).__name__, e)
try:
    print('(-1) - (-0.5)', (-1) - (-0.5) if ('-' != '**' or abs(-0.5) < 200) and ('-' != '<<' or abs(-0.5) < 200) else 'skip')
except Exception as e:
    print('(-1) - (-0.5)', type(e).__name__, e)
try:
    print('(-1) * (-0.5)', (-1) * (-0.5) if ('*' != '**' or abs(-0.5) < 200) and ('*' != '<<' or abs(-0.5) < 200) else 'skip')
except Exception as e:
    print('(-1) * (-0.5)', type(e).__name__, e)
try:
    print('(-1) // (-0.5)', (-1) // (-0.5) if ('//' != '**' or abs(-0.5) < 200) and ('//' != '<<' or abs(-0.5) < 200) else 'skip')
except Exception as e:
    print('(-1) // (-0.5)', type(e).__name__, e)
try:
    print('(-1) % (-0.5)', (-1) % (-0.5) if ('%' != '**' or abs(-0.5) < 200) and ('%' != '<<' or abs(-0.5) < 200) else 'skip')
except Exception as e:
    print('(-1) % (-0.5)', type(e).__name__, e)
try:
    print('(-1) << (-0.5)', (-1) << (-0.5) if ('<<' != '**' or abs(-0.5) < 200) and ('<<' != '<<' or abs(-0.5) < 200) else 'skip')
except Exception as e:
    print('(-1) << (-0.5)', type(e).__name__, e)
try:
    print('(-1) >> (-0.5)', (-1) >> (-0.5) if ('>>' != '**' or abs(-0.5) < 200) and ('>>' != '<<' or abs(-0.5) < 200) else 'skip')
except Exception as e:
    print('(-1) >> (-0.5)', type(e).__name__, e)
try:
    print('(-1) & (-0.5)', (-1) & (-0.5) if ('&' != '**' or abs(-0.5) < 200) and ('&' != '<<' or abs(-0.5) < 200) else 'skip')
except Exception as e:
    print('(-1) & (-0.5)', type(e).__name__, e)
try:
    print('(-1) | (-0.5)', (-1) | (-0.5) if ('|' != '**' or abs(-0.5) < 200) and ('|' != '<<' or abs(-0.5) < 200) else 'skip')
except Exception as e:
    print('(-1) | (-0.5)', type(e).__name__, e)
try:
    print('(-1) ^ (-0.5)', (-1) ^ (-0.5) if ('^' != '**' or abs(-0.5) < 200) and ('^' != '<<' or abs(-0.5) < 200) else 'skip')
except Exception as e:
    print('(-1) ^ (-0.5)', type(e).__name__, e)
try:
    print('(-1) / (-0.5)', (-1) / (-0.5) if ('/' != '**' or abs(-0.5) < 200) and ('/' != '<<' or abs(-0.5) < 200) else 'skip')
except Exception as e:
    print('(-1) / (-0.5)', type(e).__name__, e)
try:
    print('(-1) < (-0.5)', (-1) < (-0.5) if ('<' != '**' or abs(-0.5) < 200) and ('<' != '<<' or abs(-0.5) < 200) else 'skip')
except Exception as e:
    print('(-1) < (-0.5)', type(e).__name__, e)
try:
    print('(-1) == (-0.5)', (-1) == (-0.5) if ('==' != '**' or abs(-0.5) < 200) and ('==' != '<<' or abs(-0.5) < 200) else 'skip')
except Exception as e:
    print('(-1) == (-0.5)', type(e).__name__, e)
try:
    print('(-1) >= (-0.5)', (-1) >= (-0.5) if ('>=' != '**' or abs(-0.5) < 200) and ('>=' != '<<' or abs(-0.5) < 200) else 'skip')
except Exception as e:
    print('(-1) >= (-0.5)', type(e).__name__, e)
try:
    print('(7) + (0)', (7) + (0) if ('+' != '**' or abs(0) < 200) and ('+' != '<<' or abs(0) < 200) else 'skip')
except Exception as e:
    print('(7) + (0)', type(e).__name__, e)
try:
    print('(7) - (0)', (7) - (0) if ('-' != '**' or abs(0) < 200) and ('-' != '<<' or abs(0) < 200) else 'skip')
except Exception as e:
    print('(7) - (0)', type(e).__name__, e)
try:
    print('(7) * (0)', (7) * (0) if ('*' != '**' or abs(0) < 200) and ('*' != '<<' or abs(0) < 200) else 'skip')
except Exception as e:
    print('(7) * (0)', type(e).__name__, e)
try:
    print('(7) // (0)', (7) // (0) if ('//' != '**' or abs(0) < 200) and ('//' != '<<' or abs(0) < 200) else 'skip')
except Exception as e:
    print('(7) // (0)', type(e).__name__, e)
try:
    print('(7) % (0)', (7) % (0) if ('%' != '**' or abs(0) < 200) and ('%' != '<<' or abs(0) < 200) else 'skip')
except Exception as e:
    print('(7) % (0)', type(e).__name__, e)
try:
    print('(7) ** (0)', (7) ** (0) if ('**' != '**' or abs(0) < 200) and ('**' != '<<' or abs(0) < 200) else 'skip')
except Exception as e:
    print('(7) ** (0)', type(e).__name__, e)
try:
    print('(7) << (0)', (7) << (0) if ('<<' != '**' or abs(0) < 200) and ('<<' != '<<' or abs(0) < 200) else 'skip')
except Exception as e:
    print('(7) << (0)', type(e).__name__, e)
try:
    print('(7) >> (0)', (7) >> (0) if ('>>' != '**' or abs(0) < 200) and ('>>' != '<<' or abs(0) < 200) else 'skip')
except Exception as e:
    print('(7) >> (0)', type(e).__name__, e)
try:
    print('(7) & (0)', (7) & (0) if ('&' != '**' or abs(0) < 200) and ('&' != '<<' or abs(0) < 200) else 'skip')
except Exception as e:
    print('(7) & (0)', type(e).__name__, e)
try:
    print('(7) | (0)', (7) | (0) if ('|' != '**' or abs(0) < 200) and ('|' != '<<' or abs(0) < 200) else 'skip')
except Exception as e:
    print('(7) | (0)', type(e).__name__, e)
try:
    print('(7) ^ (0)', (7) ^ (0) if ('^' != '**' or abs(0) < 200) and ('^' != '<<' or abs(0) < 200) else 'skip')
except Exception as e:
    print('(7) ^ (0)', type(e).__name__, e)
try:
    print('(7) / (0)', (7) / (0) if ('/' != '**' or abs(0) < 200) and ('/' != '<<' or abs(0) < 200) else 'skip')
except Exception as e:
    print('(7) / (0)', type(e).__name__, e)
try:
    print('(7) < (0)', (7) < (0) if ('<' != '**' or abs(0) < 200) and ('<' != '<<' or abs(0) < 200) else 'skip')
except Exception as e:
    print('(7) < (0)', type(e).__name__, e)
try:
    print('(7) == (0)', (7) == (0) if ('==' != '**' or abs(0) < 200) and ('==' != '<<' or abs(0) < 200) else 'skip')
except Exception as e:
    print('(7) == (0)', type(e).__name__, e)
try:
    print('(7) >= (0)', (7) >= (0) if ('>=' != '**' or abs(0) < 200) and ('>=' != '<<' or abs(0) < 200) else 'skip')
except Exception as e:
    print('(7) >= (0)', type(e).__name__, e)
try:
    print('(7) + (1)', (7) + (1) if ('+' != '**' or abs(1) < 200) and ('+' != '<<' or abs(1) < 200) else 'skip')
except Exception as e:
    print('(7) + (1)', type(e).__name__, e)
try:
    print('(7) - (1)', (7) - (1) if ('-' != '**' or abs(1) < 200) and ('-' != '<<' or abs(1) < 200) else 'skip')
except Exception as e:
    print('(7) - (1)', type(e).__name__, e)
try:
    print('(7) * (1)', (7) * (1) if ('*' != '**' or abs(1) < 200) and ('*' != '<<' or abs(1) < 200) else 'skip')
except Exception as e:
    print('(7) * (1)', type(e).__name__, e)
try:
    print('(7) // (1)', (7) // (1) if ('//' != '**' or abs(1) < 200) and ('//' != '<<' or abs(1) < 200) else 'skip')
except Exception as e:
    print('(7) // (1)', type(e).__name__, e)
try:
    print('(7) % (1)', (7) % (1) if ('%' != '**' or abs(1) < 200) and ('%' != '<<' or abs(1) < 200) else 'skip')
except Exception as e:
    print('(7) % (1)', type(e).__name__, e)
try:
    print('(7) ** (1)', (7) ** (1) if ('**' != '**' or abs(1) < 200) and ('**' != '<<' or abs(1) < 200) else 'skip')
except Exception as e:
    print('(7) ** (1)', type(e).__name__, e)
try:
    print('(7) << (1)', (7) << (1) if ('<<' != '**' or abs(1) < 200) and ('<<' != '<<' or abs(1) < 200) else 'skip')
except Exception as e:
    print('(7) << (1)', type(e).__name__, e)
try:
    print('(7) >> (1)', (7) >> (1) if ('>>' != '**' or abs(1) < 200) and ('>>' != '<<' or abs(1) < 200) else 'skip')
except Exception as e:
    print('(7) >> (1)', type(e).__name__, e)
try:
    print('(7) & (1)', (7) & (1) if ('&' != '**' or abs(1) < 200) and ('&' != '<<' or abs(1) < 200) else 'skip')
except Exception as e:
    print('(7) & (1)', type(e).__name__, e)
try:
    print('(7) | (1)', (7) | (1) if ('|' != '**' or abs(1) < 200) and ('|' != '<<' or abs(1) < 200) else 'skip')
except Exception as e:
    print('(7) | (1)', type(e).__name__, e)
try:
    print('(7) ^ (1)', (7) ^ (1) if ('^' != '**' or abs(1) < 200) and ('^' != '<<' or abs(1) < 200) else 'skip')
except Exception as e:
    print('(7) ^ (1)', type(e).__name__, e)
try:
    print('(7) / (1)', (7) / (1) if ('/' != '**' or abs(1) < 200) and ('/' != '<<' or abs(1) < 200) else 'skip')
except Exception as e:
    print('(7) / (1)', type(e).__name__, e)
try:
    print('(7) < (1)', (7) < (1) if ('<' != '**' or abs(1) < 200) and ('<' != '<<' or abs(1) < 200) else 'skip')
except Exception as e:
    print('(7) < (1)', type(e).__name__, e)
try:
    print('(7) == (1)', (7) == (1) if ('==' != '**' or abs(1) < 200) and ('==' != '<<' or abs(1) < 200) else 'skip')
except Exception as e:
    print('(7) == (1)', type(e).__name__, e)
try:
    print('(7) >= (1)', (7) >= (1) if ('>=' != '**' or abs(1) < 200) and ('>=' != '<<' or abs(1) < 200) else 'skip')
except Exception as e:
    print('(7) >= (1)', type(e).__name__, e)
try:
    print('(7) + (-1)', (7) + (-1) if ('+' != '**' or abs(-1) < 200) and ('+' != '<<' or abs(-1) < 200) else 'skip')
except Exception as e:
    print('(7) + (-1)', type(e).__name__, e)
try:
    print('(7) - (-1)', (7) - (-1) if ('-' != '**' or abs(-1) < 200) and ('-' != '<<' or abs(-1) < 200) else 'skip')
except Exception as e:
    print('(7) - (-1)', type(e).__name__, e)
try:
    print('(7) * (-1)', (7) * (-1) if ('*' != '**' or abs(-1) < 200) and ('*' != '<<' or abs(-1) < 200) else 'skip')
except Exception as e:
    print('(7) * (-1)', type(e).__name__, e)
try:
    print('(7) // (-1)', (7) // (-1) if ('//' != '**' or abs(-1) < 200) and ('//' != '<<' or abs(-1) < 200) else 'skip')
except Exception as e:
    print('(7) // (-1)', type(e).__name__, e)
try:
    print('(7) % (-1)', (7) % (-1) if ('%' != '**' or abs(-1) < 200) and ('%' != '<<' or abs(-1) < 200) else 'skip')
except Exception as e:
    print('(7) % (-1)', type(e).__name__, e)
try:
    print('(7) ** (-1)', (7) ** (-1) if ('**' != '**' or abs(-1) < 200) and ('**' != '<<' or abs(-1) < 200) else 'skip')
except Exception as e:
    print('(7) ** (-1)', type(e).__name__, e)
try:
    print('(7) << (-1)', (7) << (-1) if ('<<' != '**' or abs(-1) < 200) and ('<<' != '<<' or abs(-1) < 200) else 'skip')
except Exception as e:
    print('(7) << (-1)', type(e).__name__, e)
try:
    print('(7) >> (-1)', (7) >> (-1) if ('>>' != '**' or abs(-1) < 200) and ('>>' != '<<' or abs(-1) < 200) else 'skip')
except Exception as e:
    print('(7) >> (-1)', type(e).__name__, e)
try:
    print('(7) & (-1)', (7) & (-1) if ('&' != '**' or abs(-1) < 200) and ('&' != '<<' or abs(-1) < 200) else 'skip')
except Exception as e:
    print('(7) & (-1)', type(e).__name__, e)
try:
    print('(7) | (-1)', (7) | (-1) if ('|' != '**' or abs(-1) < 200) and ('|' != '<<' or abs(-1) < 200) else 'skip')
except Exception as e:
    print('(7) | (-1)', type(e).__name__, e)
try:
    print('(7) ^ (-1)', (7) ^ (-1) if ('^' != '**' or abs(-1) < 200) and ('^' != '<<' or abs(-1) < 200) else 'skip')
except Exception as e:
    print('(7) ^ (-1)', type(e).__name__, e)
try:
    print('(7) / (-1)', (7) / (-1) if ('/' != '**' or abs(-1) < 200) and ('/' != '<<' or abs(-1) < 200) else 'skip')
except Exception as e:
    print('(7) / (-1)', type(e).__name__, e)
try:
    print('(7) < (-1)', (7) < (-1) if ('<' != '**' or abs(-1) < 200) and ('<' != '<<' or abs(-1) < 200) else 'skip')
except Exception as e:
    print('(7) < (-1)', type(e).__name__, e)
try:
    print('(7) == (-1)', (7) == (-1) if ('==' != '**' or abs(-1) < 200) and ('==' != '<<' or abs(-1) < 200) else 'skip')
except Exception as e:
    print('(7) == (-1)', type(e).__name__, e)
try:
    print('(7) >= (-1)', (7) >= (-1) if ('>=' != '**' or abs(-1) < 200) and ('>=' != '<<' or abs(-1) < 200) else 'skip')
except Exception as e:
    print('(7) >= (-1)', type(e).__name__, e)
try:
    print('(7) + (7)', (7) + (7) if ('+' != '**' or abs(7) < 200) and ('+' != '<<' or abs(7) < 200) else 'skip')
except Exception as e:
    print('(7) + (7)', type(e).__name__, e)
try:
    print('(7) - (7)', (7) - (7) if ('-' != '**' or abs(7) < 200) and ('-' != '<<' or abs(7) < 200) else 'skip')
except Exception as e:
    print('(7) - (7)', type(e).__name__, e)
try:
    print('(7) * (7)', (7) * (7) if ('*' != '**' or abs(7) < 200) and ('*' != '<<' or abs(7) < 200) else 'skip')
except Exception as e:
    print('(7) * (7)', type(e).__name__, e)
try:
    print('(7) // (7)', (7) // (7) if ('//' != '**' or abs(7) < 200) and ('//' != '<<' or abs(7) < 200) else 'skip')
except Exception as e:
    print('(7) // (7)', type(e).__name__, e)
try:
    print('(7) % (7)', (7) % (7) if ('%' != '**' or abs(7) < 200) and ('%' != '<<' or abs(7) < 200) else 'skip')
except Exception as e:
    print('(7) % (7)', type(e).__name__, e)
try:
    print('(7) ** (7)', (7) ** (7) if ('**' != '**' or abs(7) < 200) and ('**' != '<<' or abs(7) < 200) else 'skip')
except Exception as e:
    print('(7) ** (7)', type(e).__name__, e)
try:
    print('(7) << (7)', (7) << (7) if ('<<' != '**' or abs(7) < 200) and ('<<' != '<<' or abs(7) < 200) else 'skip')
except Exception as e:
    print('(7) << (7)', type(e).__name__, e)
try:
    print('(7) >> (7)', (7) >> (7) if ('>>' != '**' or abs(7) < 200) and ('>>' != '<<' or abs(7) < 200) else 'skip')
except Exception as e:
    print('(7) >> (7)', type(e).__name__, e)
try:
    print('(7) & (7)', (7) & (7) if ('&' != '**' or abs(7) < 200) and ('&' != '<<' or abs(7) < 200) else 'skip')
except Exception as e:
    print('(7) & (7)', type(e).__name__, e)
try:
    print('(7) | (7)', (7) | (7) if ('|' != '**' or abs(7) < 200) and ('|' != '<<' or abs(7) < 200) else 'skip')
except Exception as e:
    print('(7) | (7)', type(e).__name__, e)
try:
    print('(7) ^ (7)', (7) ^ (7) if ('^' != '**' or abs(7) < 200) and ('^' != '<<' or abs(7) < 200) else 'skip')
except Exception as e:
    print('(7) ^ (7)', type(e).__name__, e)
try:
    print('(7) / (7)', (7) / (7) if ('/' != '**' or abs(7) < 200) and ('/' != '<<' or abs(7) < 200) else 'skip')
except Exception as e:
    print('(7) / (7)', type(e).__name__, e)
try:
    print('(7) < (7)', (7) < (7) if ('<' != '**' or abs(7) < 200) and ('<' != '<<' or abs(7) < 200) else 'skip')
except Exception as e:
    print('(7) < (7)', type(e).__name__, e)
try:
    print('(7) == (7)', (7) == (7) if ('==' != '**' or abs(7) < 200) and ('==' != '<<' or abs(7) < 200) else 'skip')
except Exception as e:
    print('(7) == (7)', type(e).__name__, e)
try:
    print('(7) >= (7)', (7) >= (7) if ('>=' != '**' or abs(7) < 200) and ('>=' != '<<' or abs(7) < 200) else 'skip')
except Exception as e:
    print('(7) >= (7)', type(e).__name__, e)
try:
    print('(7) + (-7)', (7) + (-7) if ('+' != '**' or abs(-7) < 200) and ('+' != '<<' or abs(-7) < 200) else 'skip')
except Exception as e:
    print('(7) + (-7)', type(e).__name__, e)
try:
    print('(7) - (-7)', (7) - (-7) if ('-' != '**' or abs(-7) < 200) and ('-' != '<<' or abs(-7) < 200) else 'skip')
except Exception as e:
    print('(7) - (-7)', type(e).__name__, e)
try:
    print('(7) * (-7)', (7) * (-7) if ('*' != '**' or abs(-7) < 200) and ('*' != '<<' or abs(-7) < 200) else 'skip')
except Exception as e:
    print('(7) * (-7)', type(e).__name__, e)
try:
    print('(7) // (-7)', (7) // (-7) if ('//' != '**' or abs(-7) < 200) and ('//' != '<<' or abs(-7) < 200) else 'skip')
except Exception as e:
    print('(7) // (-7)', type(e).__name__, e)
try:
    print('(7) % (-7)', (7) % (-7) if ('%' != '**' or abs(-7) < 200) and ('%' != '<<' or abs(-7) < 200) else 'skip')
except Exception as e:
    print('(7) % (-7)', type(e).__name__, e)
try:
    print('(7) ** (-7)', (7) ** (-7) if ('**' != '**' or abs(-7) < 200) and ('**' != '<<' or abs(-7) < 200) else 'skip')
except Exception as e:
    print('(7) ** (-7)', type(e).__name__, e)
try:
    print('(7) << (-7)', (7) << (-7) if ('<<' != '**' or abs(-7) < 200) and ('<<' != '<<' or abs(-7) < 200) else 'skip')
except Exception as e:
    print('(7) << (-7)', type(e).__name__, e)
try:
    print('(7) >> (-7)', (7) >> (-7) if ('>>' != '**' or abs(-7) < 200) and ('>>' != '<<' or abs(-7) < 200) else 'skip')
except Exception as e:
    print('(7) >> (-7)', type(e).__name__, e)
try:
    print('(7) & (-7)', (7) & (-7) if ('&' != '**' or abs(-7) < 200) and ('&' != '<<' or abs(-7) < 200) else 'skip')
except Exception as e:
    print('(7) & (-7)', type(e).__name__, e)
try:
    print('(7) | (-7)', (7) | (-7) if ('|' != '**' or abs(-7) < 200) and ('|' != '<<' or abs(-7) < 200) else 'skip')
except Exception as e:
    print('(7) | (-7)', type(e).__name__, e)
try:
    print('(7) ^ (-7)', (7) ^ (-7) if ('^' != '**' or abs(-7) < 200) and ('^' != '<<' or abs(-7) < 200) else 'skip')
except Exception as e:
    print('(7) ^ (-7)', type(e).__name__, e)
try:
    print('(7) / (-7)', (7) / (-7) if ('/' != '**' or abs(-7) < 200) and ('/' != '<<' or abs(-7) < 200) else 'skip')
except Exception as e:
    print('(7) / (-7)', type(e).__name__, e)
try:
    print('(7) < (-7)', (7) < (-7) if ('<' != '**' or abs(-7) < 200) and ('<' != '<<' or abs(-7) < 200) else 'skip')
except Exception as e:
    print('(7) < (-7)', type(e).__name__, e)
try:
    print('(7) == (-7)', (7) == (-7) if ('==' != '**' or abs(-7) < 200) and ('==' != '<<' or abs(-7) < 200) else 'skip')
except Exception as e:
    print('(7) == (-7)', type(e).__name__, e)
try:
    print('(7) >= (-7)', (7) >= (-7) if ('>=' != '**' or abs(-7) < 200) and ('>=' != '<<' or abs(-7) < 200) else 'skip')
except Exception as e:
    print('(7) >= (-7)', type(e).__name__, e)
try:
    print('(7) + (3)', (7) + (3) if ('+' != '**' or abs(3) < 200) and ('+' != '<<' or abs(3) < 200) else 'skip')
except Exception as e:
    print('(7) + (3)', type(e).__name__, e)
try:
    print('(7) - (3)', (7) - (3) if ('-' != '**' or abs(3) < 200) and ('-' != '<<' or abs(3) < 200) else 'skip')
except Exception as e:
    print('(7) - (3)', type(e).__name__, e)
try:
    print('(7) * (3)', (7) * (3) if ('*' != '**' or abs(3) < 200) and ('*' != '<<' or abs(3) < 200) else 'skip')
except Exception as e:
    print('(7) * (3)', type(e).__name__, e)
try:
    print('(7) // (3)', (7) // (3) if ('//' != '**' or abs(3) < 200) and ('//' != '<<' or abs(3) < 200) else 'skip')
except Exception as e:
    print('(7) // (3)', type(e).__name__, e)
try:
    print('(7) % (3)', (7) % (3) if ('%' != '**' or abs(3) < 200) and ('%' != '<<' or abs(3) < 200) else 'skip')
except Exception as e:
    print('(7) % (3)', type(e).__name__, e)
try:
    print('(7) ** (3)', (7) ** (3) if ('**' != '**' or abs(3) < 200) and ('**' != '<<' or abs(3) < 200) else 'skip')
except Exception as e:
    print('(7) ** (3)', type(e).__name__, e)
try:
    print('(7) << (3)', (7) << (3) if ('<<' != '**' or abs(3) < 200) and ('<<' != '<<' or abs(3) < 200) else 'skip')
except Exception as e:
    print('(7) << (3)', type(e).__name__, e)
try:
    print('(7) >> (3)', (7) >> (3) if ('>>' != '**' or abs(3) < 200) and ('>>' != '<<' or abs(3) < 200) else 'skip')
except Exception as e:
    print('(7) >> (3)', type(e).__name__, e)
try:
    print('(7) & (3)', (7) & (3) if ('&' != '**' or abs(3) < 200) and ('&' != '<<' or abs(3) < 200) else 'skip')
except Exception as e:
    print('(7) & (3)', type(e).__name__, e)
try:
    print('(7) | (3)', (7) | (3) if ('|' != '**' or abs(3) < 200) and ('|' != '<<' or abs(3) < 200) else 'skip')
except Exception as e:
    print('(7) | (3)', type(e).__name__, e)
try:
    print('(7) ^ (3)', (7) ^ (3) if ('^' != '**' or abs(3) < 200) and ('^' != '<<' or abs(3) < 200) else 'skip')
except Exception as e:
    print('(7) ^ (3)', type(e).__name__, e)
try:
    print('(7) / (3)', (7) / (3) if ('/' != '**' or abs(3) < 200) and ('/' != '<<' or abs(3) < 200) else 'skip')
except Exception as e:
    print('(7) / (3)', type(e).__name__, e)
try:
    print('(7) < (3)', (7) < (3) if ('<' != '**' or abs(3) < 200) and ('<' != '<<' or abs(3) < 200) else 'skip')
except Exception as e:
    print('(7) < (3)', type(e).__name__, e)
try:
    print('(7) == (3)', (7) == (3) if ('==' != '**' or abs(3) < 200) and ('==' != '<<' or abs(3) < 200) else 'skip')
except Exception as e:
    print('(7) == (3)', type(e).__name__, e)
try:
    print('(7) >= (3)', (7) >= (3) if ('>=' != '**' or abs(3) < 200) and ('>=' != '<<' or abs(3) < 200) else 'skip')
except Exception as e:
    print('(7) >= (3)', type(e).__name__, e)
try:
    print('(7) + (-3)', (7) + (-3) if ('+' != '**' or abs(-3) < 200) and ('+' != '<<' or abs(-3) < 200) else 'skip')
except Exception as e:
    print('(7) + (-3)', type(e).__name__, e)
try:
    print('(7) - (-3)', (7) - (-3) if ('-' != '**' or abs(-3) < 200) and ('-' != '<<' or abs(-3) < 200) else 'skip')
except Exception as e:
    print('(7) - (-3)', type(e).__name__, e)
try:
    print('(7) * (-3)', (7) * (-3) if ('*' != '**' or abs(-3) < 200) and ('*' != '<<' or abs(-3) < 200) else 'skip')
except Exception as e:
    print('(7) * (-3)', type(e).__name__, e)
try:
    print('(7) // (-3)', (7) // (-3) if ('//' != '**' or abs(-3) < 200) and ('//' != '<<' or abs(-3) < 200) else 'skip')
except Exception as e:
    print('(7) // (-3)', type(e).__name__, e)
try:
    print('(7) % (-3)', (7) % (-3) if ('%' != '**' or abs(-3) < 200) and ('%' != '<<' or abs(-3) < 200) else 'skip')
except Exception as e:
    print('(7) % (-3)', type(e).__name__, e)
try:
    print('(7) ** (-3)', (7) ** (-3) if ('**' != '**' or abs(-3) < 200) and ('**' != '<<' or abs(-3) < 200) else 'skip')
except Exception as e:
    print('(7) ** (-3)', type(e).__name__, e)
try:
    print('(7) << (-3)', (7) << (-3) if ('<<' != '**' or abs(-3) < 200) and ('<<' != '<<' or abs(-3) < 200) else 'skip')
except Exception as e:
    print('(7) << (-3)', type(e).__name__, e)
try:
    print('(7) >> (-3)', (7) >> (-3) if ('>>' != '**' or abs(-3) < 200) and ('>>' != '<<' or abs(-3) < 200) else 'skip')
except Exception as e:
    print('(7) >> (-3)', type(e).__name__, e)
try:
    print('(7) & (-3)', (7) & (-3) if ('&' != '**' or abs(-3) < 200) and ('&' != '<<' or abs(-3) < 200) else 'skip')
except Exception as e:
    print('(7) & (-3)', type(e).__name__, e)
try:
    print('(7) | (-3)', (7) | (-3) if ('|' != '**' or abs(-3) < 200) and ('|' != '<<' or abs(-3) < 200) else 'skip')
except Exception as e:
    print('(7) | (-3)', type(e).__name__, e)
try:
    print('(7) ^ (-3)', (7) ^ (-3) if ('^' != '**' or abs(-3) < 200) and ('^' != '<<' or abs(-3) < 200) else 'skip')
except Exception as e:
    print('(7) ^ (-3)', type(e).__name__, e)
try:
    print('(7) / (-3)', (7) / (-3) if ('/' != '**' or abs(-3) < 200) and ('/' != '<<' or abs(-3) < 200) else 'skip')
except Exception as e:
    print('(7) / (-3)', type(e).__name__, e)
try:
    print('(7) < (-3)', (7) < (-3) if ('<' != '**' or abs(-3) < 200) and ('<' != '<<' or abs(-3) < 200) else 'skip')
except Exception as e:
    print('(7) < (-3)', type(e).__name__, e)
try:
    print('(7) == (-3)', (7) == (-3) if ('==' != '**' or abs(-3) < 200) and ('==' != '<<' or abs(-3) < 200) else 'skip')
except Exception as e:
    print('(7) == (-3)', type(e).__name__, e)
try:
    print('(7) >= (-3)', (7) >= (-3) if ('>=' != '**' or abs(-3) < 200) and ('>=' != '<<' or abs(-3) < 200) else 'skip')
except Exception as e:
    print('(7) >= (-3)', type(e).__name__, e)
try:
    print('(7) + (2**63)', (7) + (2**63) if ('+' != '**' or abs(2**63) < 200) and ('+' != '<<' or abs(2**63) < 200) else 'skip')
except Exception as e:
    print('(7) + (2**63)', type(e).__name__, e)
try:
    print('(7) - (2**63)', (7) - (2**63) if ('-' != '**' or abs(2**63) < 200) and ('-' != '<<' or abs(2**63) < 200) else 'skip')
except Exception as e:
    print('(7) - (2**63)', type(e).__name__, e)
try:
    print('(7) * (2**63)', (7) * (2**63) if ('*' != '**' or abs(2**63) < 200) and ('*' != '<<' or abs(2**63) < 200) else 'skip')
except Exception as e:
    print('(7) * (2**63)', type(e).__name__, e)
try:
    print('(7) // (2**63)', (7) // (2**63) if ('//' != '**' or abs(2**63) < 200) and ('//' != '<<' or abs(2**63) < 200) else 'skip')
except Exception as e:
    print('(7) // (2**63)', type(e).__name__, e)
try:
    print('(7) % (2**63)', (7) % (2**63) if ('%' != '**' or abs(2**63) < 200) and ('%' != '<<' or abs(2**63) < 200) else 'skip')
except Exception as e:
    print('(7) % (2**63)', type(e).__name__, e)
try:
    print('(7) ** (2**63)', (7) ** (2**63) if ('**' != '**' or abs(2**63) < 200) and ('**' != '<<' or abs(2**63) < 200) else 'skip')
except Exception as e:
    print('(7) ** (2**63)', type(e).__name__, e)
try:
    print('(7) << (2**63)', (7) << (2**63) if ('<<' != '**' or abs(2**63) < 200) and ('<<' != '<<' or abs(2**63) < 200) else 'skip')
except Exception as e:
    print('(7) << (2**63)', type(e).__name__, e)
try:
    print('(7) >> (2**63)', (7) >> (2**63) if ('>>' != '**' or abs(2**63) < 200) and ('>>' != '<<' or abs(2**63) < 200) else 'skip')
except Exception as e:
    print('(7) >> (2**63)', type(e).__name__, e)
try:
    print('(7) & (2**63)', (7) & (2**63) if ('&' != '**' or abs(2**63) < 200) and ('&' != '<<' or abs(2**63) < 200) else 'skip')
except Exception as e:
    print('(7) & (2**63)', type(e).__name__, e)
try:
    print('(7) | (2**63)', (7) | (2**63) if ('|' != '**' or abs(2**63) < 200) and ('|' != '<<' or abs(2**63) < 200) else 'skip')
except Exception as e:
    print('(7) | (2**63)', type(e).__name__, e)
try:
    print('(7) ^ (2**63)', (7) ^ (2**63) if ('^' != '**' or abs(2**63) < 200) and ('^' != '<<' or abs(2**63) < 200) else 'skip')
except Exception as e:
    print('(7) ^ (2**63)', type(e).__name__, e)
try:
    print('(7) / (2**63)', (7) / (2**63) if ('/' != '**' or abs(2**63) < 200) and ('/' != '<<' or abs(2**63) < 200) else 'skip')
except Exception as e:
    print('(7) / (2**63)', type(e).__name__, e)
try:
    print('(7) < (2**63)', (7) < (2**63) if ('<' != '**' or abs(2**63) < 200) and ('<' != '<<' or abs(2**63) < 200) else 'skip')
except Exception as e:
    print('(7) < (2**63)', type(e).__name__, e)
try:
    print('(7) == (2**63)', (7) == (2**63) if ('==' != '**' or abs(2**63) < 200) and ('==' != '<<' or abs(2**63) < 200) else 'skip')
except Exception as e:
    print('(7) == (2**63)', type(e).__name__, e)
try:
    print('(7) >= (2**63)', (7) >= (2**63) if ('>=' != '**' or abs(2**63) < 200) and ('>=' != '<<' or abs(2**63) < 200) else 'skip')
except Exception as e:
    print('(7) >= (2**63)', type(e).__name__, e)
try:
    print('(7) + (-2**63)', (7) + (-2**63) if ('+' != '**' or abs(-2**63) < 200) and ('+' != '<<' or abs(-2**63) < 200) else 'skip')
except Exception as e:
    print('(7) + (-2**63)', type(e).__name__, e)
try:
    print('(7) - (-2**63)', (7) - (-2**63) if ('-' != '**' or abs(-2**63) < 200) and ('-' != '<<' or abs(-2**63) < 200) else 'skip')
except Exception as e:
    print('(7) - (-2**63)', type(e).__name__, e)
try:
    print('(7) * (-2**63)', (7) * (-2**63) if ('*' != '**' or abs(-2**63) < 200) and ('*' != '<<' or abs(-2**63) < 200) else 'skip')
except Exception as e:
    print('(7) * (-2**63)', type(e).__name__, e)
try:
    print('(7) // (-2**63)', (7) // (-2**63) if ('//' != '**' or abs(-2**63) < 200) and ('//' != '<<' or abs(-2**63) < 200) else 'skip')
except Exception as e:
    print('(7) // (-2**63)', type(e).__name__, e)
try:
    print('(7) % (-2**63)', (7) % (-2**63) if ('%' != '**' or abs(-2**63) < 200) and ('%' != '<<' or abs(-2**63) < 200) else 'skip')
except Exception as e:
    print('(7) % (-2**63)', type(e).__name__, e)
try:
    print('(7) ** (-2**63)', (7) ** (-2**63) if ('**' != '**' or abs(-2**63) < 200) and ('**' != '<<' or abs(-2**63) < 200) else 'skip')
except Exception as e:
    print('(7) ** (-2**63)', type(e).__name__, e)
try:
    print('(7) << (-2**63)', (7) << (-2**63) if ('<<' != '**' or abs(-2**63) < 200) and ('<<' != '<<' or abs(-2**63) < 200) else 'skip')
except Exception as e:
    print('(7) << (-2**63)', type(e).__name__, e)
try:
    print('(7) >> (-2**63)', (7) >> (-2**63) if ('>>' != '**' or abs(-2**63) < 200) and ('>>' != '<<' or abs(-2**63) < 200) else 'skip')
except Exception as e:
    print('(7) >> (-2**63)', type(e).__name__, e)
try:
    print('(7) & (-2**63)', (7) & (-2**63) if ('&' != '**' or abs(-2**63) < 200) and ('&' != '<<' or abs(-2**63) < 200) else 'skip')
except Exception as e:
    print('(7) & (-2**63)', type(e).__name__, e)
try:
    print('(7) | (-2**63)', (7) | (-2**63) if ('|' != '**' or abs(-2**63) < 200) and ('|' != '<<' or abs(-2**63) < 200) else 'skip')
except Exception as e:
    print('(7) | (-2**63)', type(e).__name__, e)
try:
    print('(7) ^ (-2**63)', (7) ^ (-2**63) if ('^' != '**' or abs(-2**63) < 200) and ('^' != '<<' or abs(-2**63) < 200) else 'skip')
except Exception as e:
    print('(7) ^ (-2**63)', type(e).__name__, e)
try:
    print('(7) / (-2**63)', (7) / (-2**63) if ('/' != '**' or abs(-2**63) < 200) and ('/' != '<<' or abs(-2**63) < 200) else 'skip')
except Exception as e:
    print('(7) / (-2**63)', type(e).__name__, e)
try:
    print('(7) < (-2**63)', (7) < (-2**63) if ('<' != '**' or abs(-2**63) < 200) and ('<' != '<<' or abs(-2**63) < 200) else 'skip')
except Exception as e:
    print('(7) < (-2**63)', type(e).__name__, e)
try:
    print('(7) == (-2**63)', (7) == (-2**63) if ('==' != '**' or abs(-2**63) < 200) and ('==' != '<<' or abs(-2**63) < 200) else 'skip')
except Exception as e:
    print('(7) == (-2**63)', type(e).__name__, e)
try:
    print('(7) >= (-2**63)', (7) >= (-2**63) if ('>=' != '**' or abs(-2**63) < 200) and ('>=' != '<<' or abs(-2**63) < 200) else 'skip')
except Exception as e:
    print('(7) >= (-2**63)', type(e).__name__, e)
try:
    print('(7) + (2**64 + 5)', (7) + (2**64 + 5) if ('+' != '**' or abs(2**64 + 5) < 200) and ('+' != '<<' or abs(2**64 + 5) < 200) else 'skip')
except Exception as e:
    print('(7) + (2**64 + 5)', type(e).__name__, e)
try:
    print('(7) - (2**64 + 5)', (7) - (2**64 + 5) if ('-' != '**' or abs(2**64 + 5) < 200) and ('-' != '<<' or abs(2**64 + 5) < 200) else 'skip')
except Exception as e:
    print('(7) - (2**64 + 5)', type(e).__name__, e)
try:
    print('(7) * (2**64 + 5)', (7) * (2**64 + 5) if ('*' != '**' or abs(2**64 + 5) < 200) and ('*' != '<<' or abs(2**64 + 5) < 200) else 'skip')
except Exception as e:
    print('(7) * (2**64 + 5)', type(e).__name__, e)
try:
    print('(7) // (2**64 + 5)', (7) // (2**64 + 5) if ('//' != '**' or abs(2**64 + 5) < 200) and ('//' != '<<' or abs(2**64 + 5) < 200) else 'skip')
except Exception as e:
    print('(7) // (2**64 + 5)', type(e).__name__, e)
try:
    print('(7) % (2**64 + 5)', (7) % (2**64 + 5) if ('%' != '**' or abs(2**64 + 5) < 200) and ('%' != '<<' or abs(2**64 + 5) < 200) else 'skip')
except Exception as e:
    print('(7) % (2**64 + 5)', type(e).__name__, e)
try:
    print('(7) ** (2**64 + 5)', (7) ** (2**64 + 5) if ('**' != '**' or abs(2**64 + 5) < 200) and ('**' != '<<' or abs(2**64 + 5) < 200) else 'skip')
except Exception as e:
    print('(7) ** (2**64 + 5)', type(e).__name__, e)
try:
    print('(7) << (2**64 + 5)', (7) << (2**64 + 5) if ('<<' != '**' or abs(2**64 + 5) < 200) and ('<<' != '<<' or abs(2**64 + 5) < 200) else 'skip')
except Exception as e:
    print('(7) << (2**64 + 5)', type(e).__name__, e)
try:
    print('(7) >> (2**64 + 5)', (7) >> (2**64 + 5) if ('>>' != '**' or abs(2**64 + 5) < 200) and ('>>' != '<<' or abs(2**64 + 5) < 200) else 'skip')
except Exception as e:
    print('(7) >> (2**64 + 5)', type(e).__name__, e)
try:
    print('(7) & (2**64 + 5)', (7) & (2**64 + 5) if ('&' != '**' or abs(2**64 + 5) < 200) and ('&' != '<<' or abs(2**64 + 5) < 200) else 'skip')
except Exception as e:
    print('(7) & (2**64 + 5)', type(e).__name__, e)
try:
    print('(7) | (2**64 + 5)', (7) | (2**64 + 5) if ('|' != '**' or abs(2**64 + 5) < 200) and ('|' != '<<' or abs(2**64 + 5) < 200) else 'skip')
except Exception as e:
    print('(7) | (2**64 + 5)', type(e).__name__, e)
try:
    print('(7) ^ (2**64 + 5)', (7) ^ (2**64 + 5) if ('^' != '**' or abs(2**64 + 5) < 200) and ('^' != '<<' or abs(2**64 + 5) < 200) else 'skip')
except Exception as e:
    print('(7) ^ (2**64 + 5)', type(e).__name__, e)
try:
    print('(7) / (2**64 + 5)', (7) / (2**64 + 5) if ('/' != '**' or abs(2**64 + 5) < 200) and ('/' != '<<' or abs(2**64 + 5) < 200) else 'skip')
except Exception as e:
    print('(7) / (2**64 + 5)', type(e).__name__, e)
try:
    print('(7) < (2**64 + 5)', (7) < (2**64 + 5) if ('<' != '**' or abs(2**64 + 5) < 200) and ('<' != '<<' or abs(2**64 + 5) < 200) else 'skip')
except Exception as e:
    print('(7) < (2**64 + 5)', type(e).__name__, e)
try:
    print('(7) == (2**64 + 5)', (7) == (2**64 + 5) if ('==' != '**' or abs(2**64 + 5) < 200) and ('==' != '<<' or abs(2**64 + 5) < 200) else 'skip')
except Exception as e:
    print('(7) == (2**64 + 5)', type(e).__name__, e)
try:
    print('(7) >= (2**64 + 5)', (7) >= (2**64 + 5) if ('>=' != '**' or abs(2**64 + 5) < 200) and ('>=' != '<<' or abs(2**64 + 5) < 200) else 'skip')
except Exception as e:
    print('(7) >= (2**64 + 5)', type(e).__name__, e)
try:
    print('(7) + (-(2**70))', (7) + (-(2**70)) if ('+' != '**' or abs(-(2**70)) < 200) and ('+' != '<<' or abs(-(2**70)) < 200) else 'skip')
except Exception as e:
    print('(7) + (-(2**70))', type(e).__name__, e)
try:
    print('(7) - (-(2**70))', (7) - (-(2**70)) if ('-' != '**' or abs(-(2**70)) < 200) and ('-' != '<<' or abs(-(2**70)) < 200) else 'skip')
except Exception as e:
    print('(7) - (-(2**70))', type(e).__name__, e)
try:
    print('(7) * (-(2**70))', (7) * (-(2**70)) if ('*' != '**' or abs(-(2**70)) < 200) and ('*' != '<<' or abs(-(2**70)) < 200) else 'skip')
except Exception as e:
    print('(7) * (-(2**70))', type(e).__name__, e)
try:
    print('(7) // (-(2**70))', (7) // (-(2**70)) if ('//' != '**' or abs(-(2**70)) < 200) and ('//' != '<<' or abs(-(2**70)) < 200) else 'skip')
except Exception as e:
    print('(7) // (-(2**70))', type(e).__name__, e)
try:
    print('(7) % (-(2**70))', (7) % (-(2**70)) if ('%' != '**' or abs(-(2**70)) < 200) and ('%' != '<<' or abs(-(2**70)) < 200) else 'skip')
except Exception as e:
    print('(7) % (-(2**70))', type(e).__name__, e)
try:
    print('(7) ** (-(2**70))', (7) ** (-(2**70)) if ('**' != '**' or abs(-(2**70)) < 200) and ('**' != '<<' or abs(-(2**70)) < 200) else 'skip')
except Exception as e:
    print('(7) ** (-(2**70))', type(e).__name__, e)
try:
    print('(7) << (-(2**70))', (7) << (-(2**70)) if ('<<' != '**' or abs(-(2**70)) < 200) and ('<<' != '<<' or abs(-(2**70)) < 200) else 'skip')
except Exception as e:
    print('(7) << (-(2**70))', type(e).__name__, e)
try:
    print('(7) >> (-(2**70))', (7) >> (-(2**70)) if ('>>' != '**' or abs(-(2**70)) < 200) and ('>>' != '<<' or abs(-(2**70)) < 200) else 'skip')
except Exception as e:
    print('(7) >> (-(2**70))', type(e).__name__, e)
try:
    print('(7) & (-(2**70))', (7) & (-(2**70)) if ('&' != '**' or abs(-(2**70)) < 200) and ('&' != '<<' or abs(-(2**70)) < 200) else 'skip')
except Exception as e:
    print('(7) & (-(2**70))', type(e).__name__, e)
try:
    print('(7) | (-(2**70))', (7) | (-(2**70)) if ('|' != '**' or abs(-(2**70)) < 200) and ('|' != '<<' or abs(-(2**70)) < 200) else 'skip')
except Exception as e:
    print('(7) | (-(2**70))', type(e).__name__, e)
try:
    print('(7) ^ (-(2**70))', (7) ^ (-(2**70)) if ('^' != '**' or abs(-(2**70)) < 200) and ('^' != '<<' or abs(-(2**70)) < 200) else 'skip')
except Exception as e:
    print('(7) ^ (-(2**70))', type(e).__name__, e)
try:
    print('(7) / (-(2**70))', (7) / (-(2**70)) if ('/' != '**' or abs(-(2**70)) < 200) and ('/' != '<<' or abs(-(2**70)) < 200) else 'skip')
except Exception as e:
    print('(7) / (-(2**70))', type(e).__name__, e)
try:
    print('(7) < (-(2**70))', (7) < (-(2**70)) if ('<' != '**' or abs(-(2**70)) < 200) and ('<' != '<<' or abs(-(2**70)) < 200) else 'skip')
except Exception as e:
    print('(7) < (-(2**70))', type(e).__name__, e)
try:
    print('(7) == (-(2**70))', (7) == (-(2**70)) if ('==' != '**' or abs(-(2**70)) < 200) and ('==' != '<<' or abs(-(2**70)) < 200) else 'skip')
except Exception as e:
    print('(7) == (-(2**70))', type(e).__name__, e)
try:
    print('(7) >= (-(2**70))', (7) >= (-(2**70)) if ('>=' != '**' or abs(-(2**70)) < 200) and ('>=' != '<<' or abs(-(2**70)) < 200) else 'skip')
except Exception as e:
    print('(7) >= (-(2**70))', type(e).__name__, e)
try:
    print('(7) + (10**20)', (7) + (10**20) if ('+' != '**' or abs(10**20) < 200) and ('+' != '<<' or abs(10**20) < 200) else 'skip')
except Exception as e:
    print('(7) + (10**20)', type(e).__name__, e)
try:
    print('(7) - (10**20)', (7) - (10**20) if ('-' != '**' or abs(10**20) < 200) and ('-' != '<<' or abs(10**20) < 200) else 'skip')
except Exception as e:
    print('(7) - (10**20)', type(e).__name__, e)
try:
    print('(7) * (10**20)', (7) * (10**20) if ('*' != '**' or abs(10**20) < 200) and ('*' != '<<' or abs(10**20) < 200) else 'skip')
except Exception as e:
    print('(7) * (10**20)', type(e).__name__, e)
try:
    print('(7) // (10**20)', (7) // (10**20) if ('//' != '**' or abs(10**20) < 200) and ('//' != '<<' or abs(10**20) < 200) else 'skip')
except Exception as e:
    print('(7) // (10**20)', type(e).__name__, e)
try:
    print('(7) % (10**20)', (7) % (10**20) if ('%' != '**' or abs(10**20) < 200) and ('%' != '<<' or abs(10**20) < 200) else 'skip')
except Exception as e:
    print('(7) % (10**20)', type(e).__name__, e)
try:
    print('(7) ** (10**20)', (7) ** (10**20) if ('**' != '**' or abs(10**20) < 200) and ('**' != '<<' or abs(10**20) < 200) else 'skip')
except Exception as e:
    print('(7) ** (10**20)', type(e).__name__, e)
try:
    print('(7) << (10**20)', (7) << (10**20) if ('<<' != '**' or abs(10**20) < 200) and ('<<' != '<<' or abs(10**20) < 200) else 'skip')
except Exception as e:
    print('(7) << (10**20)', type(e).__name__, e)
try:
    print('(7) >> (10**20)', (7) >> (10**20) if ('>>' != '**' or abs(10**20) < 200) and ('>>' != '<<' or abs(10**20) < 200) else 'skip')
except Exception as e:
    print('(7) >> (10**20)', type(e).__name__, e)
try:
    print('(7) & (10**20)', (7) & (10**20) if ('&' != '**' or abs(10**20) < 200) and ('&' != '<<' or abs(10**20) < 200) else 'skip')
except Exception as e:
    print('(7) & (10**20)', type(e).__name__, e)
try:
    print('(7) | (10**20)', (7) | (10**20) if ('|' != '**' or abs(10**20) < 200) and ('|' != '<<' or abs(10**20) < 200) else 'skip')
except Exception as e:
    print('(7) | (10**20)', type(e).__name__, e)
try:
    print('(7) ^ (10**20)', (7) ^ (10**20) if ('^' != '**' or abs(10**20) < 200) and ('^' != '<<' or abs(10**20) < 200) else 'skip')
except Exception as e:
    print('(7) ^ (10**20)', type(e).__name__, e)
try:
    print('(7) / (10**20)', (7) / (10**20) if ('/' != '**' or abs(10**20) < 200) and ('/' != '<<' or abs(10**20) < 200) else 'skip')
except Exception as e:
    print('(7) / (10**20)', type(e).__name__, e)
try:
    print('(7) < (10**20)', (7) < (10**20) if ('<' != '**' or abs(10**20) < 200) and ('<' != '<<' or abs(10**20) < 200) else 'skip')
except Exception as e:
    print('(7) < (10**20)', type(e).__name__, e)
try:
    print('(7) == (10**20)', (7) == (10**20) if ('==' != '**' or abs(10**20) < 200) and ('==' != '<<' or abs(10**20) < 200) else 'skip')
except Exception as e:
    print('(7) == (10**20)', type(e).__name__, e)
try:
    print('(7) >= (10**20)', (7) >= (10**20) if ('>=' != '**' or abs(10**20) < 200) and ('>=' != '<<' or abs(10**20) < 200) else 'skip')
except Exception as e:
    print('(7) >= (10**20)', type(e).__name__, e)
try:
    print('(7) + (True)', (7) + (True) if ('+' != '**' or abs(True) < 200) and ('+' != '<<' or abs(True) < 200) else 'skip')
except Exception as e:
    print('(7) + (True)', type(e).__name__, e)
try:
    print('(7) - (True)', (7) - (True) if ('-' != '**' or abs(True) < 200) and ('-' != '<<' or abs(True) < 200) else 'skip')
except Exception as e:
    print('(7) - (True)', type(e).__name__, e)
try:
    print('(7) * (True)', (7) * (True) if ('*' != '**' or abs(True) < 200) and ('*' != '<<' or abs(True) < 200) else 'skip')
except Exception as e:
    print('(7) * (True)', type(e).__name__, e)
try:
    print('(7) // (True)', (7) // (True) if ('//' != '**' or abs(True) < 200) and ('//' != '<<' or abs(True) < 200) else 'skip')
except Exception as e:
    print('(7) // (True)', type(e).__name__, e)
try:
    print('(7) % (True)', (7) % (True) if ('%' != '**' or abs(True) < 200) and ('%' != '<<' or abs(True) < 200) else 'skip')
except Exception as e:
    print('(7) % (True)', type(e).__name__, e)
try:
    print('(7) ** (True)', (7) ** (True) if ('**' != '**' or abs(True) < 200) and ('**' != '<<' or abs(True) < 200) else 'skip')
except Exception as e:
    print('(7) ** (True)', type(e).__name__, e)
try:
    print('(7) << (True)', (7) << (True) if ('<<' != '**' or abs(True) < 200) and ('<<' != '<<' or abs(True) < 200) else 'skip')
except Exception as e:
    print('(7) << (True)', type(e).__name__, e)
try:
    print('(7) >> (True)', (7) >> (True) if ('>>' != '**' or abs(True) < 200) and ('>>' != '<<' or abs(True) < 200) else 'skip')
except Exception as e:
    print('(7) >> (True)', type(e).__name__, e)
try:
    print('(7) & (True)', (7) & (True) if ('&' != '**' or abs(True) < 200) and ('&' != '<<' or abs(True) < 200) else 'skip')
except Exception as e:
    print('(7) & (True)', type(e).__name__, e)
try:
    print('(7) | (True)', (7) | (True) if ('|' != '**' or abs(True) < 200) and ('|' != '<<' or abs(True) < 200) else 'skip')
except Exception as e:
    print('(7) | (True)', type(e).__name__, e)
try:
    print('(7) ^ (True)', (7) ^ (True) if ('^' != '**' or abs(True) < 200) and ('^' != '<<' or abs(True) < 200) else 'skip')
except Exception as e:
    print('(7) ^ (True)', type(e).__name__, e)
try:
    print('(7) / (True)', (7) / (True) if ('/' != '**' or abs(True) < 200) and ('/' != '<<' or abs(True) < 200) else 'skip')
except Exception as e:
    print('(7) / (True)', type(e).__name__, e)
try:
    print('(7) < (True)', (7) < (True) if ('<' != '**' or abs(True) < 200) and ('<' != '<<' or abs(True) < 200) else 'skip')
except Exception as e:
    print('(7) < (True)', type(e).__name__, e)
try:
    print('(7) == (True)', (7) == (True) if ('==' != '**' or abs(True) < 200) and ('==' != '<<' or abs(True) < 200) else 'skip')
except Exception as e:
    print('(7) == (True)', type(e).__name__, e)
try:
    print('(7) >= (True)', (7) >= (True) if ('>=' != '**' or abs(True) < 200) and ('>=' != '<<' or abs(True) < 200) else 'skip')
except Exception as e:
    print('(7) >= (True)', type(e).__name__, e)
try:
    print('(7) + (2.5)', (7) + (2.5) if ('+' != '**' or abs(2.5) < 200) and ('+' != '<<' or abs(2.5) < 200) else 'skip')
except Exception as e:
    print('(7) + (2.5)', type(e).__name__, e)
try:
    print('(7) - (2.5)', (7) - (2.5) if ('-' != '**' or abs(2.5) < 200) and ('-' != '<<' or abs(2.5) < 200) else 'skip')
except Exception as e:
    print('(7) - (2.5)', type(e).__name__, e)
try:
    print('(7) * (2.5)', (7) * (2.5) if ('*' != '**' or abs(2.5) < 200) and ('*' != '<<' or abs(2.5) < 200) else 'skip')
except Exception as e:
    print('(7) * (2.5)', type(e).__name__, e)
try:
    print('(7) // (2.5)', (7) // (2.5) if ('//' != '**' or abs(2.5) < 200) and ('//' != '<<' or abs(2.5) < 200) else 'skip')
except Exception as e:
    print('(7) // (2.5)', type(e).__name__, e)
try:
    print('(7) % (2.5)', (7) % (2.5) if ('%' != '**' or abs(2.5) < 200) and ('%' != '<<' or abs(2.5) < 200) else 'skip')
except Exception as e:
    print('(7) % (2.5)', type(e).__name__, e)
try:
    print('(7) ** (2.5)', (7) ** (2.5) if ('**' != '**' or abs(2.5) < 200) and ('**' != '<<' or abs(2.5) < 200) else 'skip')
except Exception as e:
    print('(7) ** (2.5)', type(e).__name__, e)
try:
    print('(7) << (2.5)', (7) << (2.5) if ('<<' != '**' or abs(2.5) < 200) and ('<<' != '<<' or abs(2.5) < 200) else 'skip')
except Exception as e:
    print('(7) << (2.5)', type(e).__name__, e)
try:
    print('(7) >> (2.5)', (7) >> (2.5) if ('>>' != '**' or abs(2.5) < 200) and ('>>' != '<<' or abs(2.5) < 200) else 'skip')
except Exception as e:
    print('(7) >> (2.5)', type(e).__name__, e)
try:
    print('(7) & (2.5)', (7) & (2.5) if ('&' != '**' or abs(2.5) < 200) and ('&' != '<<' or abs(2.5) < 200) else 'skip')
except Exception as e:
    print('(7) & (2.5)', type(e).__name__, e)
try:
    print('(7) | (2.5)', (7) | (2.5) if ('|' != '**' or abs(2.5) < 200) and ('|' != '<<' or abs(2.5) < 200) else 'skip')
except Exception as e:
    print('(7) | (2.5)', type(e).__name__, e)
try:
    print('(7) ^ (2.5)', (7) ^ (2.5) if ('^' != '**' or abs(2.5) < 200) and ('^' != '<<' or abs(2.5) < 200) else 'skip')
except Exception as e:
    print('(7) ^ (2.5)', type(e).__name__, e)
try:
    print('(7) / (2.5)', (7) / (2.5) if ('/' != '**' or abs(2.5) < 200) and ('/' != '<<' or abs(2.5) < 200) else 'skip')
except Exception as e:
    print('(7) / (2.5)', type(e).__name__, e)
try:
    print('(7) < (2.5)', (7) < (2.5) if ('<' != '**' or abs(2.5) < 200) and ('<' != '<<' or abs(2.5) < 200) else 'skip')
except Exception as e:
    print('(7) < (2.5)', type(e).__name__, e)
try:
    print('(7) == (2.5)', (7) == (2.5) if ('==' != '**' or abs(2.5) < 200) and ('==' != '<<' or abs(2.5) < 200) else 'skip')
except Exception as e:
    print('(7) == (2.5)', type(e).__name__, e)
try:
    print('(7) >= (2.5)', (7) >= (2.5) if ('>=' != '**' or abs(2.5) < 200) and ('>=' != '<<' or abs(2.5) < 200) else 'skip')
except Exception as e:
    print('(7) >= (2.5)', type(e).__name__, e)
try:
    print('(7) + (-0.5)', (7) + (-0.5) if ('+' != '**' or abs(-0.5) < 200) and ('+' != '<<' or abs(-0.5) < 200) else 'skip')
except Exception as e:
    print('(7) + (-0.5)', type(e).__name__, e)
try:
    print('(7) - (-0.5)', (7) - (-0.5) if ('-' != '**' or abs(-0.5) < 200) and ('-' != '<<' or abs(-0.5) < 200) else 'skip')
except Exception as e:
    print('(7) - (-0.5)', type(e).__name__, e)
try:
    print('(7) * (-0.5)', (7) * (-0.5) if ('*' != '**' or abs(-0.5) < 200) and ('*' != '<<' or abs(-0.5) < 200) else 'skip')
except Exception as e:
    print('(7) * (-0.5)', type(e).__name__, e)
try:
    print('(7) // (-0.5)', (7) // (-0.5) if ('//' != '**' or abs(-0.5) < 200) and ('//' != '<<' or abs(-0.5) < 200) else 'skip')
except Exception as e:
    print('(7) // (-0.5)', type(e).__name__, e)
try:
    print('(7) % (-0.5)', (7) % (-0.5) if ('%' != '**' or abs(-0.5) < 200) and ('%' != '<<' or abs(-0.5) < 200) else 'skip')
except Exception as e:
    print('(7) % (-0.5)', type(e).__name__, e)
try:
    print('(7) ** (-0.5)', (7) ** (-0.5) if ('**' != '**' or abs(-0.5) < 200) and ('**' != '<<' or abs(-0.5) < 200) else 'skip')
except Exception as e:
    print('(7) ** (-0.5)', type(e).__name__, e)
try:
    print('(7) << (-0.5)', (7) << (-0.5) if ('<<' != '**' or abs(-0.5) < 200) and ('<<' != '<<' or abs(-0.5) < 200) else 'skip')
except Exception as e:
    print('(7) << (-0.5)', type(e).__name__, e)
try:
    print('(7) >> (-0.5)', (7) >> (-0.5) if ('>>' != '**' or abs(-0.5) < 200) and ('>>' != '<<' or abs(-0.5) < 200) else 'skip')
except Exception as e:
    print('(7) >> (-0.5)', type(e).__name__, e)
try:
    print('(7) & (-0.5)', (7) & (-0.5) if ('&' != '**' or abs(-0.5) < 200) and ('&' != '<<' or abs(-0.5) < 200) else 'skip')
except Exception as e:
    print('(7) & (-0.5)', type(e).__name__, e)
try:
    print('(7) | (-0.5)', (7) | (-0.5) if ('|' != '**' or abs(-0.5) < 200) and ('|' != '<<' or abs(-0.5) < 200) else 'skip')
except Exception as e:
    print('(7) | (-0.5)', type(e).__name__, e)
try:
    print('(7) ^ (-0.5)', (7) ^ (-0.5) if ('^' != '**' or abs(-0.5) < 200) and ('^' != '<<' or abs(-0.5) < 200) else 'skip')
except Exception as e:
    print('(7) ^ (-0.5)', type(e).__name__, e)
try:
    print('(7) / (-0.5)', (7) / (-0.5) if ('/' != '**' or abs(-0.5) < 200) and ('/' != '<<' or abs(-0.5) < 200) else 'skip')
except Exception as e:
    print('(7) / (-0.5)', type(e).__name__, e)
try:
    print('(7) < (-0.5)', (7) < (-0.5) if ('<' != '**' or abs(-0.5) < 200) and ('<' != '<<' or abs(-0.5) < 200) else 'skip')
except Exception as e:
    print('(7) < (-0.5)', type(e).__name__, e)
try:
    print('(7) == (-0.5)', (7) == (-0.5) if ('==' != '**' or abs(-0.5) < 200) and ('==' != '<<' or abs(-0.5) < 200) else 'skip')
except Exception as e:
    print('(7) == (-0.5)', type(e).__name__, e)
try:
    print('(7) >= (-0.5)', (7) >= (-0.5) if ('>=' != '**' or abs(-0.5) < 200) and ('>=' != '<<' or abs(-0.5) < 200) else 'skip')
except Exception as e:
    print('(7) >= (-0.5)', type(e).__name__, e)
try:
    print('(-7) + (0)', (-7) + (0) if ('+' != '**' or abs(0) < 200) and ('+' != '<<' or abs(0) < 200) else 'skip')
except Exception as e:
    print('(-7) + (0)', type(e).__name__, e)
try:
    print('(-7) - (0)', (-7) - (0) if ('-' != '**' or abs(0) < 200) and ('-' != '<<' or abs(0) < 200) else 'skip')
except Exception as e:
    print('(-7) - (0)', type(e).__name__, e)
try:
    print('(-7) * (0)', (-7) * (0) if ('*' != '**' or abs(0) < 200) and ('*' != '<<' or abs(0) < 200) else 'skip')
except Exception as e:
    print('(-7) * (0)', type(e).__name__, e)
try:
    print('(-7) // (0)', (-7) // (0) if ('//' != '**' or abs(0) < 200) and ('//' != '<<' or abs(0) < 200) else 'skip')
except Exception as e:
    print('(-7) // (0)', type(e).__name__, e)
try:
    print('(-7) % (0)', (-7) % (0) if ('%' != '**' or abs(0) < 200) and ('%' != '<<' or abs(0) < 200) else 'skip')
except Exception as e:
    print('(-7) % (0)', type(e).__name__, e)
try:
    print('(-7) ** (0)', (-7) ** (0) if ('**' != '**' or abs(0) < 200) and ('**' != '<<' or abs(0) < 200) else 'skip')
except Exception as e:
    print('(-7) ** (0)', type(e).__name__, e)
try:
    print('(-7) << (0)', (-7) << (0) if ('<<' != '**' or abs(0) < 200) and ('<<' != '<<' or abs(0) < 200) else 'skip')
except Exception as e:
    print('(-7) << (0)', type(e).__name__, e)
try:
    print('(-7) >> (0)', (-7) >> (0) if ('>>' != '**' or abs(0) < 200) and ('>>' != '<<' or abs(0) < 200) else 'skip')
except Exception as e:
    print('(-7) >> (0)', type(e).__name__, e)
try:
    print('(-7) & (0)', (-7) & (0) if ('&' != '**' or abs(0) < 200) and ('&' != '<<' or abs(0) < 200) else 'skip')
except Exception as e:
    print('(-7) & (0)', type(e).__name__, e)
try:
    print('(-7) | (0)', (-7) | (0) if ('|' != '**' or abs(0) < 200) and ('|' != '<<' or abs(0) < 200) else 'skip')
except Exception as e:
    print('(-7) | (0)', type(e).__name__, e)
try:
    print('(-7) ^ (0)', (-7) ^ (0) if ('^' != '**' or abs(0) < 200) and ('^' != '<<' or abs(0) < 200) else 'skip')
except Exception as e:
    print('(-7) ^ (0)', type(e).__name__, e)
try:
    print('(-7) / (0)', (-7) / (0) if ('/' != '**' or abs(0) < 200) and ('/' != '<<' or abs(0) < 200) else 'skip')
except Exception as e:
    print('(-7) / (0)', type(e).__name__, e)
try:
    print('(-7) < (0)', (-7) < (0) if ('<' != '**' or abs(0) < 200) and ('<' != '<<' or abs(0) < 200) else 'skip')
except Exception as e:
    print('(-7) < (0)', type(e).__name__, e)
try:
    print('(-7) == (0)', (-7) == (0) if ('==' != '**' or abs(0) < 200) and ('==' != '<<' or abs(0) < 200) else 'skip')
except Exception as e:
    print('(-7) == (0)', type(e).__name__, e)
try:
    print('(-7) >= (0)', (-7) >= (0) if ('>=' != '**' or abs(0) < 200) and ('>=' != '<<' or abs(0) < 200) else 'skip')
except Exception as e:
    print('(-7) >= (0)', type(e).__name__, e)
try:
    print('(-7) + (1)', (-7) + (1) if ('+' != '**' or abs(1) < 200) and ('+' != '<<' or abs(1) < 200) else 'skip')
except Exception as e:
    print('(-7) + (1)', type(e).__name__, e)
try:
    print('(-7) - (1)', (-7) - (1) if ('-' != '**' or abs(1) < 200) and ('-' != '<<' or abs(1) < 200) else 'skip')
except Exception as e:
    print('(-7) - (1)', type(e).__name__, e)
try:
    print('(-7) * (1)', (-7) * (1) if ('*' != '**' or abs(1) < 200) and ('*' != '<<' or abs(1) < 200) else 'skip')
except Exception as e:
    print('(-7) * (1)', type(e).__name__, e)
try:
    print('(-7) // (1)', (-7) // (1) if ('//' != '**' or abs(1) < 200) and ('//' != '<<' or abs(1) < 200) else 'skip')
except Exception as e:
    print('(-7) // (1)', type(e).__name__, e)
try:
    print('(-7) % (1)', (-7) % (1) if ('%' != '**' or abs(1) < 200) and ('%' != '<<' or abs(1) < 200) else 'skip')
except Exception as e:
    print('(-7) % (1)', type(e).__name__, e)
try:
    print('(-7) ** (1)', (-7) ** (1) if ('**' != '**' or abs(1) < 200) and ('**' != '<<' or abs(1) < 200) else 'skip')
except Exception as e:
    print('(-7) ** (1)', type(e).__name__, e)
try:
    print('(-7) << (1)', (-7) << (1) if ('<<' != '**' or abs(1) < 200) and ('<<' != '<<' or abs(1) < 200) else 'skip')
except Exception as e:
    print('(-7) << (1)', type(e).__name__, e)
try:
    print('(-7) >> (1)', (-7) >> (1) if ('>>' != '**' or abs(1) < 200) and ('>>' != '<<' or abs(1) < 200) else 'skip')
except Exception as e:
    print('(-7) >> (1)', type(e).__name__, e)
try:
    print('(-7) & (1)', (-7) & (1) if ('&' != '**' or abs(1) < 200) and ('&' != '<<' or abs(1) < 200) else 'skip')
except Exception as e:
    print('(-7) & (1)', type(e).__name__, e)
try:
    print('(-7) | (1)', (-7) | (1) if ('|' != '**' or abs(1) < 200) and ('|' != '<<' or abs(1) < 200) else 'skip')
except Exception as e:
    print('(-7) | (1)', type(e).__name__, e)
try:
    print('(-7) ^ (1)', (-7) ^ (1) if ('^' != '**' or abs(1) < 200) and ('^' != '<<' or abs(1) < 200) else 'skip')
except Exception as e:
    print('(-7) ^ (1)', type(e).__name__, e)
try:
    print('(-7) / (1)', (-7) / (1) if ('/' != '**' or abs(1) < 200) and ('/' != '<<' or abs(1) < 200) else 'skip')
except Exception as e:
    print('(-7) / (1)', type(e).__name__, e)
try:
    print('(-7) < (1)', (-7) < (1) if ('<' != '**' or abs(1) < 200) and ('<' != '<<' or abs(1) < 200) else 'skip')
except Exception as e:
    print('(-7) < (1)', type(e).__name__, e)
try:
    print('(-7) == (1)', (-7) == (1) if ('==' != '**' or abs(1) < 200) and ('==' != '<<' or abs(1) < 200) else 'skip')
except Exception as e:
    print('(-7) == (1)', type(e).__name__, e)
try:
    print('(-7) >= (1)', (-7) >= (1) if ('>=' != '**' or abs(1) < 200) and ('>=' != '<<' or abs(1) < 200) else 'skip')
except Exception as e:
    print('(-7) >= (1)', type(e).__name__, e)
try:
    print('(-7) + (-1)', (-7) + (-1) if ('+' != '**' or abs(-1) < 200) and ('+' != '<<' or abs(-1) < 200) else 'skip')
except Exception as e:
    print('(-7) + (-1)', type(e).__name__, e)
try:
    print('(-7) - (-1)', (-7) - (-1) if ('-' != '**' or abs(-1) < 200) and ('-' != '<<' or abs(-1) < 200) else 'skip')
except Exception as e:
    print('(-7) - (-1)', type(e).__name__, e)
try:
    print('(-7) * (-1)', (-7) * (-1) if ('*' != '**' or abs(-1) < 200) and ('*' != '<<' or abs(-1) < 200) else 'skip')
except Exception as e:
    print('(-7) * (-1)', type(e).__name__, e)
try:
    print('(-7) // (-1)', (-7) // (-1) if ('//' != '**' or abs(-1) < 200) and ('//' != '<<' or abs(-1) < 200) else 'skip')
except Exception as e:
    print('(-7) // (-1)', type(e).__name__, e)
try:
    print('(-7) % (-1)', (-7) % (-1) if ('%' != '**' or abs(-1) < 200) and ('%' != '<<' or abs(-1) < 200) else 'skip')
except Exception as e:
    print('(-7) % (-1)', type(e).__name__, e)
try:
    print('(-7) ** (-1)', (-7) ** (-1) if ('**' != '**' or abs(-1) < 200) and ('**' != '<<' or abs(-1) < 200) else 'skip')
except Exception as e:
    print('(-7) ** (-1)', type(e).__name__, e)
try:
    print('(-7) << (-1)', (-7) << (-1) if ('<<' != '**' or abs(-1) < 200) and ('<<' != '<<' or abs(-1) < 200) else 'skip')
except Exception as e:
    print('(-7) << (-1)', type(e).__name__, e)
try:
    print('(-7) >> (-1)', (-7) >> (-1) if ('>>' != '**' or abs(-1) < 200) and ('>>' != '<<' or abs(-1) < 200) else 'skip')
except Exception as e:
    print('(-7) >> (-1)', type(e).__name__, e)
try:
    print('(-7) & (-1)', (-7) & (-1) if ('&' != '**' or abs(-1) < 200) and ('&' != '<<' or abs(-1) < 200) else 'skip')
except Exception as e:
    print('(-7) & (-1)', type(e).__name__, e)
try:
    print('(-7) | (-1)', (-7) | (-1) if ('|' != '**' or abs(-1) < 200) and ('|' != '<<' or abs(-1) < 200) else 'skip')
except Exception as e:
    print('(-7) | (-1)', type(e).__name__, e)
try:
    print('(-7) ^ (-1)', (-7) ^ (-1) if ('^' != '**' or abs(-1) < 200) and ('^' != '<<' or abs(-1) < 200) else 'skip')
except Exception as e:
    print('(-7) ^ (-1)', type(e).__name__, e)
try:
    print('(-7) / (-1)', (-7) / (-1) if ('/' != '**' or abs(-1) < 200) and ('/' != '<<' or abs(-1) < 200) else 'skip')
except Exception as e:
    print('(-7) / (-1)', type(e).__name__, e)
try:
    print('(-7) < (-1)', (-7) < (-1) if ('<' != '**' or abs(-1) < 200) and ('<' != '<<' or abs(-1) < 200) else 'skip')
except Exception as e:
    print('(-7) < (-1)', type(e).__name__, e)
try:
    print('(-7) == (-1)', (-7) == (-1) if ('==' != '**' or abs(-1) < 200) and ('==' != '<<' or abs(-1) < 200) else 'skip')
except Exception as e:
    print('(-7) == (-1)', type(e).__name__, e)
try:
    print('(-7) >= (-1)', (-7) >= (-1) if ('>=' != '**' or abs(-1) < 200) and ('>=' != '<<' or abs(-1) < 200) else 'skip')
except Exception as e:
    print('(-7) >= (-1)', type(e).__name__, e)
try:
    print('(-7) + (7)', (-7) + (7) if ('+' != '**' or abs(7) < 200) and ('+' != '<<' or abs(7) < 200) else 'skip')
except Exception as e:
    print('(-7) + (7)', type(e).__name__, e)
try:
    print('(-7) - (7)', (-7) - (7) if ('-' != '**' or abs(7) < 200) and ('-' != '<<' or abs(7) < 200) else 'skip')
except Exception as e:
    print('(-7) - (7)', type(e).__name__, e)
try:
    print('(-7) * (7)', (-7) * (7) if ('*' != '**' or abs(7) < 200) and ('*' != '<<' or abs(7) < 200) else 'skip')
except Exception as e:
    print('(-7) * (7)', type(e).__name__, e)
try:
    print('(-7) // (7)', (-7) // (7) if ('//' != '**' or abs(7) < 200) and ('//' != '<<' or abs(7) < 200) else 'skip')
except Exception as e:
    print('(-7) // (7)', type(e).__name__, e)
try:
    print('(-7) % (7)', (-7) % (7) if ('%' != '**' or abs(7) < 200) and ('%' != '<<' or abs(7) < 200) else 'skip')
except Exception as e:
    print('(-7) % (7)', type(e).__name__, e)
try:
    print('(-7) ** (7)', (-7) ** (7) if ('**' != '**' or abs(7) < 200) and ('**' != '<<' or abs(7) < 200) else 'skip')
except Exception as e:
    print('(-7) ** (7)', type(e).__name__, e)
try:
    print('(-7) << (7)', (-7) << (7) if ('<<' != '**' or abs(7) < 200) and ('<<' != '<<' or abs(7) < 200) else 'skip')
except Exception as e:
    print('(-7) << (7)', type(e).__name__, e)
try:
    print('(-7) >> (7)', (-7) >> (7) if ('>>' != '**' or abs(7) < 200) and ('>>' != '<<' or abs(7) < 200) else 'skip')
except Exception as e:
    print('(-7) >> (7)', type(e).__name__, e)
try:
    print('(-7) & (7)', (-7) & (7) if ('&' != '**' or abs(7) < 200) and ('&' != '<<' or abs(7) < 200) else 'skip')
except Exception as e:
    print('(-7) & (7)', type(e).__name__, e)
try:
    print('(-7) | (7)', (-7) | (7) if ('|' != '**' or abs(7) < 200) and ('|' != '<<' or abs(7) < 200) else 'skip')
except Exception as e:
    print('(-7) | (7)', type(e).__name__, e)
try:
    print('(-7) ^ (7)', (-7) ^ (7) if ('^' != '**' or abs(7) < 200) and ('^' != '<<' or abs(7) < 200) else 'skip')
except Exception as e:
    print('(-7) ^ (7)', type(e).__name__, e)
try:
    print('(-7) / (7)', (-7) / (7) if ('/' != '**' or abs(7) < 200) and ('/' != '<<' or abs(7) < 200) else 'skip')
except Exception as e:
    print('(-7) / (7)', type(e).__name__, e)
try:
    print('(-7) < (7)', (-7) < (7) if ('<' != '**' or abs(7) < 200) and ('<' != '<<' or abs(7) < 200) else 'skip')
except Exception as e:
    print('(-7) < (7)', type(e).__name__, e)
try:
    print('(-7) == (7)', (-7) == (7) if ('==' != '**' or abs(7) < 200) and ('==' != '<<' or abs(7) < 200) else 'skip')
except Exception as e:
    print('(-7) == (7)', type(e).__name__, e)
try:
    print('(-7) >= (7)', (-7) >= (7) if ('>=' != '**' or abs(7) < 200) and ('>=' != '<<' or abs(7) < 200) else 'skip')
except Exception as e:
    print('(-7) >= (7)', type(e).__name__, e)
try:
    print('(-7) + (-7)', (-7) + (-7) if ('+' != '**' or abs(-7) < 200) and ('+' != '<<' or abs(-7) < 200) else 'skip')
except Exception as e:
    print('(-7) + (-7)', type(e).__name__, e)
try:
    print('(-7) - (-7)', (-7) - (-7) if ('-' != '**' or abs(-7) < 200) and ('-' != '<<' or abs(-7) < 200) else 'skip')
except Exception as e:
    print('(-7) - (-7)', type(e).__name__, e)
try:
    print('(-7) * (-7)', (-7) * (-7) if ('*' != '**' or abs(-7) < 200) and ('*' != '<<' or abs(-7) < 200) else 'skip')
except Exception as e:
    print('(-7) * (-7)', type(e).__name__, e)
try:
    print('(-7) // (-7)', (-7) // (-7) if ('//' != '**' or abs(-7) < 200) and ('//' != '<<' or abs(-7) < 200) else 'skip')
except Exception as e:
    print('(-7) // (-7)', type(e).__name__, e)
try:
    print('(-7) % (-7)', (-7) % (-7) if ('%' != '**' or abs(-7) < 200) and ('%' != '<<' or abs(-7) < 200) else 'skip')
except Exception as e:
    print('(-7) % (-7)', type(e).__name__, e)
try:
    print('(-7) ** (-7)', (-7) ** (-7) if ('**' != '**' or abs(-7) < 200) and ('**' != '<<' or abs(-7) < 200) else 'skip')
except Exception as e:
    print('(-7) ** (-7)', type(e).__name__, e)
try:
    print('(-7) << (-7)', (-7) << (-7) if ('<<' != '**' or abs(-7) < 200) and ('<<' != '<<' or abs(-7) < 200) else 'skip')
except Exception as e:
    print('(-7) << (-7)', type(e).__name__, e)
try:
    print('(-7) >> (-7)', (-7) >> (-7) if ('>>' != '**' or abs(-7) < 200) and ('>>' != '<<' or abs(-7) < 200) else 'skip')
except Exception as e:
    print('(-7) >> (-7)', type(e).__name__, e)
try:
    print('(-7) & (-7)', (-7) & (-7) if ('&' != '**' or abs(-7) < 200) and ('&' != '<<' or abs(-7) < 200) else 'skip')
except Exception as e:
    print('(-7) & (-7)', type(e).__name__, e)
try:
    print('(-7) | (-7)', (-7) | (-7) if ('|' != '**' or abs(-7) < 200) and ('|' != '<<' or abs(-7) < 200) else 'skip')
except Exception as e:
    print('(-7) | (-7)', type(e).__name__, e)
try:
    print('(-7) ^ (-7)', (-7) ^ (-7) if ('^' != '**' or abs(-7) < 200) and ('^' != '<<' or abs(-7) < 200) else 'skip')
except Exception as e:
    print('(-7) ^ (-7)', type(e).__name__, e)
try:
    print('(-7) / (-7)', (-7) / (-7) if ('/' != '**' or abs(-7) < 200) and ('/' != '<<' or abs(-7) < 200) else 'skip')
except Exception as e:
    print('(-7) / (-7)', type(e).__name__, e)
try:
    print('(-7) < (-7)', (-7) < (-7) if ('<' != '**' or abs(-7) < 200) and ('<' != '<<' or abs(-7) < 200) else 'skip')
except Exception as e:
    print('(-7) < (-7)', type(e).__name__, e)
try:
    print('(-7) == (-7)', (-7) == (-7) if ('==' != '**' or abs(-7) < 200) and ('==' != '<<' or abs(-7) < 200) else 'skip')
except Exception as e:
    print('(-7) == (-7)', type(e).__name__, e)
try:
    print('(-7) >= (-7)', (-7) >= (-7) if ('>=' != '**' or abs(-7) < 200) and ('>=' != '<<' or abs(-7) < 200) else 'skip')
except Exception as e:
    print('(-7) >= (-7)', type(e).__name__, e)
try:
    print('(-7) + (3)', (-7) + (3) if ('+' != '**' or abs(3) < 200) and ('+' != '<<' or abs(3) < 200) else 'skip')
except Exception as e:
    print('(-7) + (3)', type(e).__name__, e)
try:
    print('(-7) - (3)', (-7) - (3) if ('-' != '**' or abs(3) < 200) and ('-' != '<<' or abs(3) < 200) else 'skip')
except Exception as e:
    print('(-7) - (3)', type(e).__name__, e)
try:
    print('(-7) * (3)', (-7) * (3) if ('*' != '**' or abs(3) < 200) and ('*' != '<<' or abs(3) < 200) else 'skip')
except Exception as e:
    print('(-7) * (3)', type(e).__name__, e)
try:
    print('(-7) // (3)', (-7) // (3) if ('//' != '**' or abs(3) < 200) and ('//' != '<<' or abs(3) < 200) else 'skip')
except Exception as e:
    print('(-7) // (3)', type(e).__name__, e)
try:
    print('(-7) % (3)', (-7) % (3) if ('%' != '**' or abs(3) < 200) and ('%' != '<<' or abs(3) < 200) else 'skip')
except Exception as e:
    print('(-7) % (3)', type(e).__name__, e)
try:
    print('(-7) ** (3)', (-7) ** (3) if ('**' != '**' or abs(3) < 200) and ('**' != '<<' or abs(3) < 200) else 'skip')
except Exception as e:
    print('(-7) ** (3)', type(e).__name__, e)
try:
    print('(-7) << (3)', (-7) << (3) if ('<<' != '**' or abs(3) < 200) and ('<<' != '<<' or abs(3) < 200) else 'skip')
except Exception as e:
    print('(-7) << (3)', type(e).__name__, e)
try:
    print('(-7) >> (3)', (-7) >> (3) if ('>>' != '**' or abs(3) < 200) and ('>>' != '<<' or abs(3) < 200) else 'skip')
except Exception as e:
    print('(-7) >> (3)', type(e).__name__, e)
try:
    print('(-7) & (3)', (-7) & (3) if ('&' != '**' or abs(3) < 200) and ('&' != '<<' or abs(3) < 200) else 'skip')
except Exception as e:
    print('(-7) & (3)', type(e).__name__, e)
try:
    print('(-7) | (3)', (-7) | (3) if ('|' != '**' or abs(3) < 200) and ('|' != '<<' or abs(3) < 200) else 'skip')
except Exception as e:
    print('(-7) | (3)', type(e).__name__, e)
try:
    print('(-7) ^ (3)', (-7) ^ (3) if ('^' != '**' or abs(3) < 200) and ('^' != '<<' or abs(3) < 200) else 'skip')
except Exception as e:
    print('(-7) ^ (3)', type(e).__name__, e)
try:
    print('(-7) / (3)', (-7) / (3) if ('/' != '**' or abs(3) < 200) and ('/' != '<<' or abs(3) < 200) else 'skip')
except Exception as e:
    print('(-7) / (3)', type(e).__name__, e)
try:
    print('(-7) < (3)', (-7) < (3) if ('<' != '**' or abs(3) < 200) and ('<' != '<<' or abs(3) < 200) else 'skip')
except Exception as e:
    print('(-7) < (3)', type(e).__name__, e)
try:
    print('(-7) == (3)', (-7) == (3) if ('==' != '**' or abs(3) < 200) and ('==' != '<<' or abs(3) < 200) else 'skip')
except Exception as e:
    print('(-7) == (3)', type(e).__name__, e)
try:
    print('(-7) >= (3)', (-7) >= (3) if ('>=' != '**' or abs(3) < 200) and ('>=' != '<<' or abs(3) < 200) else 'skip')
except Exception as e:
    print('(-7) >= (3)', type(e).__name__, e)
try:
    print('(-7) + (-3)', (-7) + (-3) if ('+' != '**' or abs(-3) < 200) and ('+' != '<<' or abs(-3) < 200) else 'skip')
except Exception as e:
    print('(-7) + (-3)', type(e).__name__, e)
try:
    print('(-7) - (-3)', (-7) - (-3) if ('-' != '**' or abs(-3) < 200) and ('-' != '<<' or abs(-3) < 200) else 'skip')
except Exception as e:
    print('(-7) - (-3)', type(e).__name__, e)
try:
    print('(-7) * (-3)', (-7) * (-3) if ('*' != '**' or abs(-3) < 200) and ('*' != '<<' or abs(-3) < 200) else 'skip')
except Exception as e:
    print('(-7) * (-3)', type(e).__name__, e)
try:
    print('(-7) // (-3)', (-7) // (-3) if ('//' != '**' or abs(-3) < 200) and ('//' != '<<' or abs(-3) < 200) else 'skip')
except Exception as e:
    print('(-7) // (-3)', type(e).__name__, e)
try:
    print('(-7) % (-3)', (-7) % (-3) if ('%' != '**' or abs(-3) < 200) and ('%' != '<<' or abs(-3) < 200) else 'skip')
except Exception as e:
    print('(-7) % (-3)', type(e).__name__, e)
try:
    print('(-7) ** (-3)', (-7) ** (-3) if ('**' != '**' or abs(-3) < 200) and ('**' != '<<' or abs(-3) < 200) else 'skip')
except Exception as e:
    print('(-7) ** (-3)', type(e).__name__, e)
try:
    print('(-7) << (-3)', (-7) << (-3) if ('<<' != '**' or abs(-3) < 200) and ('<<' != '<<' or abs(-3) < 200) else 'skip')
except Exception as e:
    print('(-7) << (-3)', type(e).__name__, e)
try:
    print('(-7) >> (-3)', (-7) >> (-3) if ('>>' != '**' or abs(-3) < 200) and ('>>' != '<<' or abs(-3) < 200) else 'skip')
except Exception as e:
    print('(-7) >> (-3)', type(e).__name__, e)
try:
    print('(-7) & (-3)', (-7) & (-3) if ('&' != '**' or abs(-3) < 200) and ('&' != '<<' or abs(-3) < 200) else 'skip')
except Exception as e:
    print('(-7) & (-3)', type(e).__name__, e)
try:
    print('(-7) | (-3)', (-7) | (-3) if ('|' != '**' or abs(-3) < 200) and ('|' != '<<' or abs(-3) < 200) else 'skip')
except Exception as e:
    print('(-7) | (-3)', type(e).__name__, e)
try:
    print('(-7) ^ (-3)', (-7) ^ (-3) if ('^' != '**' or abs(-3) < 200) and ('^' != '<<' or abs(-3) < 200) else 'skip')
except Exception as e:
    print('(-7) ^ (-3)', type(e).__name__, e)
try:
    print('(-7) / (-3)', (-7) / (-3) if ('/' != '**' or abs(-3) < 200) and ('/' != '<<' or abs(-3) < 200) else 'skip')
except Exception as e:
    print('(-7) / (-3)', type(e).__name__, e)
try:
    print('(-7) < (-3)', (-7) < (-3) if ('<' != '**' or abs(-3) < 200) and ('<' != '<<' or abs(-3) < 200) else 'skip')
except Exception as e:
    print('(-7) < (-3)', type(e).__name__, e)
try:
    print('(-7) == (-3)', (-7) == (-3) if ('==' != '**' or abs(-3) < 200) and ('==' != '<<' or abs(-3) < 200) else 'skip')
except Exception as e:
    print('(-7) == (-3)', type(e).__name__, e)
try:
    print('(-7) >= (-3)', (-7) >= (-3) if ('>=' != '**' or abs(-3) < 200) and ('>=' != '<<' or abs(-3) < 200) else 'skip')
except Exception as e:
    print('(-7) >= (-3)', type(e).__name__, e)
try:
    print('(-7) + (2**63)', (-7) + (2**63) if ('+' != '**' or abs(2**63) < 200) and ('+' != '<<' or abs(2**63) < 200) else 'skip')
except Exception as e:
    print('(-7) + (2**63)', type(e).__name__, e)
try:
    print('(-7) - (2**63)', (-7) - (2**63) if ('-' != '**' or abs(2**63) < 200) and ('-' != '<<' or abs(2**63) < 200) else 'skip')
except Exception as e:
    print('(-7) - (2**63)', type(e).__name__, e)
try:
    print('(-7) * (2**63)', (-7) * (2**63) if ('*' != '**' or abs(2**63) < 200) and ('*' != '<<' or abs(2**63) < 200) else 'skip')
except Exception as e:
    print('(-7) * (2**63)', type(e).__name__, e)
try:
    print('(-7) // (2**63)', (-7) // (2**63) if ('//' != '**' or abs(2**63) < 200) and ('//' != '<<' or abs(2**63) < 200) else 'skip')
except Exception as e:
    print('(-7) // (2**63)', type(e).__name__, e)
try:
    print('(-7) % (2**63)', (-7) % (2**63) if ('%' != '**' or abs(2**63) < 200) and ('%' != '<<' or abs(2**63) < 200) else 'skip')
except Exception as e:
    print('(-7) % (2**63)', type(e).__name__, e)
try:
    print('(-7) ** (2**63)', (-7) ** (2**63) if ('**' != '**' or abs(2**63) < 200) and ('**' != '<<' or abs(2**63) < 200) else 'skip')
except Exception as e:
    print('(-7) ** (2**63)', type(e).__name__, e)
try:
    print('(-7) << (2**63)', (-7) << (2**63) if ('<<' != '**' or abs(2**63) < 200) and ('<<' != '<<' or abs(2**63) < 200) else 'skip')
except Exception as e:
    print('(-7) << (2**63)', type(e).__name__, e)
try:
    print('(-7) >> (2**63)', (-7) >> (2**63) if ('>>' != '**' or abs(2**63) < 200) and ('>>' != '<<' or abs(2**63) < 200) else 'skip')
except Exception as e:
    print('(-7) >> (2**63)', type(e).__name__, e)
try:
    print('(-7) & (2**63)', (-7) & (2**63) if ('&' != '**' or abs(2**63) < 200) and ('&' != '<<' or abs(2**63) < 200) else 'skip')
except Exception as e:
    print('(-7) & (2**63)', type(e).__name__, e)
try:
    print('(-7) | (2**63)', (-7) | (2**63) if ('|' != '**' or abs(2**63) < 200) and ('|' != '<<' or abs(2**63) < 200) else 'skip')
except Exception as e:
    print('(-7) | (2**63)', type(e).__name__, e)
try:
    print('(-7) ^ (2**63)', (-7) ^ (2**63) if ('^' != '**' or abs(2**63) < 200) and ('^' != '<<' or abs(2**63) < 200) else 'skip')
except Exception as e:
    print('(-7) ^ (2**63)', type(e).__name__, e)
try:
    print('(-7) / (2**63)', (-7) / (2**63) if ('/' != '**' or abs(2**63) < 200) and ('/' != '<<' or abs(2**63) < 200) else 'skip')
except Exception as e:
    print('(-7) / (2**63)', type(e).__name__, e)
try:
    print('(-7) < (2**63)', (-7) < (2**63) if ('<' != '**' or abs(2**63) < 200) and ('<' != '<<' or abs(2**63) < 200) else 'skip')
except Exception as e:
    print('(-7) < (2**63)', type(e).__name__, e)
try:
    print('(-7) == (2**63)', (-7) == (2**63) if ('==' != '**' or abs(2**63) < 200) and ('==' != '<<' or abs(2**63) < 200) else 'skip')
except Exception as e:
    print('(-7) == (2**63)', type(e).__name__, e)
try:
    print('(-7) >= (2**63)', (-7) >= (2**63) if ('>=' != '**' or abs(2**63) < 200) and ('>=' != '<<' or abs(2**63) < 200) else 'skip')
except Exception as e:
    print('(-7) >= (2**63)', type(e).__name__, e)
try:
    print('(-7) + (-2**63)', (-7) + (-2**63) if ('+' != '**' or abs(-2**63) < 200) and ('+' != '<<' or abs(-2**63) < 200) else 'skip')
except Exception as e:
    print('(-7) + (-2**63)', type(e).__name__, e)
try:
    print('(-7) - (-2**63)', (-7) - (-2**63) if ('-' != '**' or abs(-2**63) < 200) and ('-' != '<<' or abs(-2**63) < 200) else 'skip')
except Exception as e:
    print('(-7) - (-2**63)', type(e).__name__, e)
try:
    print('(-7) * (-2**63)', (-7) * (-2**63) if ('*' != '**' or abs(-2**63) < 200) and ('*' != '<<' or abs(-2**63) < 200) else 'skip')
except Exception as e:
    print('(-7) * (-2**63)', type(e).__name__, e)
try:
    print('(-7) // (-2**63)', (-7) // (-2**63) if ('//' != '**' or abs(-2**63) < 200) and ('//' != '<<' or abs(-2**63) < 200) else 'skip')
except Exception as e:
    print('(-7) // (-2**63)', type(e).__name__, e)
try:
    print('(-7) % (-2**63)', (-7) % (-2**63) if ('%' != '**' or abs(-2**63) < 200) and ('%' != '<<' or abs(-2**63) < 200) else 'skip')
except Exception as e:
    print('(-7) % (-2**63)', type(e).__name__, e)
try:
    print('(-7) ** (-2**63)', (-7) ** (-2**63) if ('**' != '**' or abs(-2**63) < 200) and ('**' != '<<' or abs(-2**63) < 200) else 'skip')
except Exception as e:
    print('(-7) ** (-2**63)', type(e).__name__, e)
try:
    print('(-7) << (-2**63)', (-7) << (-2**63) if ('<<' != '**' or abs(-2**63) < 200) and ('<<' != '<<' or abs(-2**63) < 200) else 'skip')
except Exception as e:
    print('(-7) << (-2**63)', type(e).__name__, e)
try:
    print('(-7) >> (-2**63)', (-7) >> (-2**63) if ('>>' != '**' or abs(-2**63) < 200) and ('>>' != '<<' or abs(-2**63) < 200) else 'skip')
except Exception as e:
    print('(-7) >> (-2**63)', type(e).__name__, e)
try:
    print('(-7) & (-2**63)', (-7) & (-2**63) if ('&' != '**' or abs(-2**63) < 200) and ('&' != '<<' or abs(-2**63) < 200) else 'skip')
except Exception as e:
    print('(-7) & (-2**63)', type(e).__name__, e)
try:
    print('(-7) | (-2**63)', (-7) | (-2**63) if ('|' != '**' or abs(-2**63) < 200) and ('|' != '<<' or abs(-2**63) < 200) else 'skip')
except Exception as e:
    print('(-7) | (-2**63)', type(e).__name__, e)
try:
    print('(-7) ^ (-2**63)', (-7) ^ (-2**63) if ('^' != '**' or abs(-2**63) < 200) and ('^' != '<<' or abs(-2**63) < 200) else 'skip')
except Exception as e:
    print('(-7) ^ (-2**63)', type(e).__name__, e)
try:
    print('(-7) / (-2**63)', (-7) / (-2**63) if ('/' != '**' or abs(-2**63) < 200) and ('/' != '<<' or abs(-2**63) < 200) else 'skip')
except Exception as e:
    print('(-7) / (-2**63)', type(e).__name__, e)
try:
    print('(-7) < (-2**63)', (-7) < (-2**63) if ('<' != '**' or abs(-2**63) < 200) and ('<' != '<<' or abs(-2**63) < 200) else 'skip')
except Exception as e:
    print('(-7) < (-2**63)', type(e).__name__, e)
try:
    print('(-7) == (-2**63)', (-7) == (-2**63) if ('==' != '**' or abs(-2**63) < 200) and ('==' != '<<' or abs(-2**63) < 200) else 'skip')
except Exception as e:
    print('(-7) == (-2**63)', type(e).__name__, e)
try:
    print('(-7) >= (-2**63)', (-7) >= (-2**63) if ('>=' != '**' or abs(-2**63) < 200) and ('>=' != '<<' or abs(-2**63) < 200) else 'skip')
except Exception as e:
    print('(-7) >= (-2**63)', type(e).__name__, e)
try:
    print('(-7) + (2**64 + 5)', (-7) + (2**64 + 5) if ('+' != '**' or abs(2**64 + 5) < 200) and ('+' != '<<' or abs(2**64 + 5) < 200) else 'skip')
except Exception as e:
    print('(-7) + (2**64 + 5)', type(e).__name__, e)
try:
    print('(-7) - (2**64 + 5)', (-7) - (2**64 + 5) if ('-' != '**' or abs(2**64 + 5) < 200) and ('-' != '<<' or abs(2**64 + 5) < 200) else 'skip')
except Exception as e:
    print('(-7) - (2**64 + 5)', type(e).__name__, e)
try:
    print('(-7) * (2**64 + 5)', (-7) * (2**64 + 5) if ('*' != '**' or abs(2**64 + 5) < 200) and ('*' != '<<' or abs(2**64 + 5) < 200) else 'skip')
except Exception as e:
    print('(-7) * (2**64 + 5)', type(e).__name__, e)
try:
    print('(-7) // (2**64 + 5)', (-7) // (2**64 + 5) if ('//' != '**' or abs(2**64 + 5) < 200) and ('//' != '<<' or abs(2**64 + 5) < 200) else 'skip')
except Exception as e:
    print('(-7) // (2**64 + 5)', type(e).__name__, e)
try:
    print('(-7) % (2**64 + 5)', (-7) % (2**64 + 5) if ('%' != '**' or abs(2**64 + 5) < 200) and ('%' != '<<' or abs(2**64 + 5) < 200) else 'skip')
except Exception as e:
    print('(-7) % (2**64 + 5)', type(e).__name__, e)
try:
    print('(-7) ** (2**64 + 5)', (-7) ** (2**64 + 5) if ('**' != '**' or abs(2**64 + 5) < 200) and ('**' != '<<' or abs(2**64 + 5) < 200) else 'skip')
except Exception as e:
    print('(-7) ** (2**64 + 5)', type(e).__name__, e)
try:
    print('(-7) << (2**64 + 5)', (-7) << (2**64 + 5) if ('<<' != '**' or abs(2**64 + 5) < 200) and ('<<' != '<<' or abs(2**64 + 5) < 200) else 'skip')
except Exception as e:
    print('(-7) << (2**64 + 5)', type(e).__name__, e)
try:
    print('(-7) >> (2**64 + 5)', (-7) >> (2**64 + 5) if ('>>' != '**' or abs(2**64 + 5) < 200) and ('>>' != '<<' or abs(2**64 + 5) < 200) else 'skip')
except Exception as e:
    print('(-7) >> (2**64 + 5)', type(e).__name__, e)
try:
    print('(-7) & (2**64 + 5)', (-7) & (2**64 + 5) if ('&' != '**' or abs(2**64 + 5) < 200) and ('&' != '<<' or abs(2**64 + 5) < 200) else 'skip')
except Exception as e:
    print('(-7) & (2**64 + 5)', type(e).__name__, e)
try:
    print('(-7) | (2**64 + 5)', (-7) | (2**64 + 5) if ('|' != '**' or abs(2**64 + 5) < 200) and ('|' != '<<' or abs(2**64 + 5) < 200) else 'skip')
except Exception as e:
    print('(-7) | (2**64 + 5)', type(e).__name__, e)
try:
    print('(-7) ^ (2**64 + 5)', (-7) ^ (2**64 + 5) if ('^' != '**' or abs(2**64 + 5) < 200) and ('^' != '<<' or abs(2**64 + 5) < 200) else 'skip')
except Exception as e:
    print('(-7) ^ (2**64 + 5)', type(e).__name__, e)
try:
    print('(-7) / (2**64 + 5)', (-7) / (2**64 + 5) if ('/' != '**' or abs(2**64 + 5) < 200) and ('/' != '<<' or abs(2**64 + 5) < 200) else 'skip')
except Exception as e:
    print('(-7) / (2**64 + 5)', type(e).__name__, e)
try:
    print('(-7) < (2**64 + 5)', (-7) < (2**64 + 5) if ('<' != '**' or abs(2**64 + 5) < 200) and ('<' != '<<' or abs(2**64 + 5) < 200) else 'skip')
except Exception as e:
    print('(-7) < (2**64 + 5)', type(e).__name__, e)
try:
    print('(-7) == (2**64 + 5)', (-7) == (2**64 + 5) if ('==' != '**' or abs(2**64 + 5) < 200) and ('==' != '<<' or abs(2**64 + 5) < 200) else 'skip')
except Exception as e:
    print('(-7) == (2**64 + 5)', type(e).__name__, e)
try:
    print('(-7) >= (2**64 + 5)', (-7) >= (2**64 + 5) if ('>=' != '**' or abs(2**64 + 5) < 200) and ('>=' != '<<' or abs(2**64 + 5) < 200) else 'skip')
except Exception as e:
    print('(-7) >= (2**64 + 5)', type(e).__name__, e)
try:
    print('(-7) + (-(2**70))', (-7) + (-(2**70)) if ('+' != '**' or abs(-(2**70)) < 200) and ('+' != '<<' or abs(-(2**70)) < 200) else 'skip')
except Exception as e:
    print('(-7) + (-(2**70))', type(e).__name__, e)
try:
    print('(-7) - (-(2**70))', (-7) - (-(2**70)) if ('-' != '**' or abs(-(2**70)) < 200) and ('-' != '<<' or abs(-(2**70)) < 200) else 'skip')
except Exception as e:
    print('(-7) - (-(2**70))', type(e).__name__, e)
try:
    print('(-7) * (-(2**70))', (-7) * (-(2**70)) if ('*' != '**' or abs(-(2**70)) < 200) and ('*' != '<<' or abs(-(2**70)) < 200) else 'skip')
except Exception as e:
    print('(-7) * (-(2**70))', type(e).__name__, e)
try:
    print('(-7) // (-(2**70))', (-7) // (-(2**70)) if ('//' != '**' or abs(-(2**70)) < 200) and ('//' != '<<' or abs(-(2**70)) < 200) else 'skip')
except Exception as e:
    print('(-7) // (-(2**70))', type(e).__name__, e)
try:
    print('(-7) % (-(2**70))', (-7) % (-(2**70)) if ('%' != '**' or abs(-(2**70)) < 200) and ('%' != '<<' or abs(-(2**70)) < 200) else 'skip')
except Exception as e:
    print('(-7) % (-(2**70))', type(e).__name__, e)
try:
    print('(-7) ** (-(2**70))', (-7) ** (-(2**70)) if ('**' != '**' or abs(-(2**70)) < 200) and ('**' != '<<' or abs(-(2**70)) < 200) else 'skip')
except Exception as e:
    print('(-7) ** (-(2**70))', type(e).__name__, e)
try:
    print('(-7) << (-(2**70))', (-7) << (-(2**70)) if ('<<' != '**' or abs(-(2**70)) < 200) and ('<<' != '<<' or abs(-(2**70)) < 200) else 'skip')
except Exception as e:
    print('(-7) << (-(2**70))', type(e).__name__, e)
try:
    print('(-7) >> (-(2**70))', (-7) >> (-(2**70)) if ('>>' != '**' or abs(-(2**70)) < 200) and ('>>' != '<<' or abs(-(2**70)) < 200) else 'skip')
except Exception as e:
    print('(-7) >> (-(2**70))', type(e).__name__, e)
try:
    print('(-7) & (-(2**70))', (-7) & (-(2**70)) if ('&' != '**' or abs(-(2**70)) < 200) and ('&' != '<<' or abs(-(2**70)) < 200) else 'skip')
except Exception as e:
    print('(-7) & (-(2**70))', type(e).__name__, e)
try:
    print('(-7) | (-(2**70))', (-7) | (-(2**70)) if ('|' != '**' or abs(-(2**70)) < 200) and ('|' != '<<' or abs(-(2**70)) < 200) else 'skip')
except Exception as e:
    print('(-7) | (-(2**70))', type(e).__name__, e)
try:
    print('(-7) ^ (-(2**70))', (-7) ^ (-(2**70)) if ('^' != '**' or abs(-(2**70)) < 200) and ('^' != '<<' or abs(-(2**70)) < 200) else 'skip')
except Exception as e:
    print('(-7) ^ (-(2**70))', type(e).__name__, e)
try:
    print('(-7) / (-(2**70))', (-7) / (-(2**70)) if ('/' != '**' or abs(-(2**70)) < 200) and ('/' != '<<' or abs(-(2**70)) < 200) else 'skip')
except Exception as e:
    print('(-7) / (-(2**70))', type(e).__name__, e)
try:
    print('(-7) < (-(2**70))', (-7) < (-(2**70)) if ('<' != '**' or abs(-(2**70)) < 200) and ('<' != '<<' or abs(-(2**70)) < 200) else 'skip')
except Exception as e:
    print('(-7) < (-(2**70))', type(e).__name__, e)
try:
    print('(-7) == (-(2**70))', (-7) == (-(2**70)) if ('==' != '**' or abs(-(2**70)) < 200) and ('==' != '<<' or abs(-(2**70)) < 200) else 'skip')
except Exception as e:
    print('(-7) == (-(2**70))', type(e).__name__, e)
try:
    print('(-7) >= (-(2**70))', (-7) >= (-(2**70)) if ('>=' != '**' or abs(-(2**70)) < 200) and ('>=' != '<<' or abs(-(2**70)) < 200) else 'skip')
except Exception as e:
    print('(-7) >= (-(2**70))', type(e).__name__, e)
try:
    print('(-7) + (10**20)', (-7) + (10**20) if ('+' != '**' or abs(10**20) < 200) and ('+' != '<<' or abs(10**20) < 200) else 'skip')
except Exception as e:
    print('(-7) + (10**20)', type(e).__name__, e)
try:
    print('(-7) - (10**20)', (-7) - (10**20) if ('-' != '**' or abs(10**20) < 200) and ('-' != '<<' or abs(10**20) < 200) else 'skip')
except Exception as e:
    print('(-7) - (10**20)', type(e).__name__, e)
try:
    print('(-7) * (10**20)', (-7) * (10**20) if ('*' != '**' or abs(10**20) < 200) and ('*' != '<<' or abs(10**20) < 200) else 'skip')
except Exception as e:
    print('(-7) * (10**20)', type(e).__name__, e)
try:
    print('(-7) // (10**20)', (-7) // (10**20) if ('//' != '**' or abs(10**20) < 200) and ('//' != '<<' or abs(10**20) < 200) else 'skip')
except Exception as e:
    print('(-7) // (10**20)', type(e).__name__, e)
try:
    print('(-7) % (10**20)', (-7) % (10**20) if ('%' != '**' or abs(10**20) < 200) and ('%' != '<<' or abs(10**20) < 200) else 'skip')
except Exception as e:
    print('(-7) % (10**20)', type(e).__name__, e)
try:
    print('(-7) ** (10**20)', (-7) ** (10**20) if ('**' != '**' or abs(10**20) < 200) and ('**' != '<<' or abs(10**20) < 200) else 'skip')
except Exception as e:
    print('(-7) ** (10**20)', type(e).__name__, e)
try:
    print('(-7) << (10**20)', (-7) << (10**20) if ('<<' != '**' or abs(10**20) < 200) and ('<<' != '<<' or abs(10**20) < 200) else 'skip')
except Exception as e:
    print('(-7) << (10**20)', type(e).__name__, e)
try:
    print('(-7) >> (10**20)', (-7) >> (10**20) if ('>>' != '**' or abs(10**20) < 200) and ('>>' != '<<' or abs(10**20) < 200) else 'skip')
except Exception as e:
    print('(-7) >> (10**20)', type(e).__name__, e)
try:
    print('(-7) & (10**20)', (-7) & (10**20) if ('&' != '**' or abs(10**20) < 200) and ('&' != '<<' or abs(10**20) < 200) else 'skip')
except Exception as e:
    print('(-7) & (10**20)', type(e).__name__, e)
try:
    print('(-7) | (10**20)', (-7) | (10**20) if ('|' != '**' or abs(10**20) < 200) and ('|' != '<<' or abs(10**20) < 200) else 'skip')
except Exception as e:
    print('(-7) | (10**20)', type(e).__name__, e)
try:
    print('(-7) ^ (10**20)', (-7) ^ (10**20) if ('^' != '**' or abs(10**20) < 200) and ('^' != '<<' or abs(10**20) < 200) else 'skip')
except Exception as e:
    print('(-7) ^ (10**20)', type(e).__name__, e)
try:
    print('(-7) / (10**20)', (-7) / (10**20) if ('/' != '**' or abs(10**20) < 200) and ('/' != '<<' or abs(10**20) < 200) else 'skip')
except Exception as e:
    print('(-7) / (10**20)', type(e).__name__, e)
try:
    print('(-7) < (10**20)', (-7) < (10**20) if ('<' != '**' or abs(10**20) < 200) and ('<' != '<<' or abs(10**20) < 200) else 'skip')
except Exception as e:
    print('(-7) < (10**20)', type(e).__name__, e)
try:
    print('(-7) == (10**20)', (-7) == (10**20) if ('==' != '**' or abs(10**20) < 200) and ('==' != '<<' or abs(10**20) < 200) else 'skip')
except Exception as e:
    print('(-7) == (10**20)', type(e).__name__, e)
try:
    print('(-7) >= (10**20)', (-7) >= (10**20) if ('>=' != '**' or abs(10**20) < 200) and ('>=' != '<<' or abs(10**20) < 200) else 'skip')
except Exception as e:
    print('(-7) >= (10**20)', type(e).__name__, e)
try:
    print('(-7) + (True)', (-7) + (True) if ('+' != '**' or abs(True) < 200) and ('+' != '<<' or abs(True) < 200) else 'skip')
except Exception as e:
    print('(-7) + (True)', type(e).__name__, e)
try:
    print('(-7) - (True)', (-7) - (True) if ('-' != '**' or abs(True) < 200) and ('-' != '<<' or abs(True) < 200) else 'skip')
except Exception as e:
    print('(-7) - (True)', type(e).__name__, e)
try:
    print('(-7) * (True)', (-7) * (True) if ('*' != '**' or abs(True) < 200) and ('*' != '<<' or abs(True) < 200) else 'skip')
except Exception as e:
    print('(-7) * (True)', type(e).__name__, e)
try:
    print('(-7) // (True)', (-7) // (True) if ('//' != '**' or abs(True) < 200) and ('//' != '<<' or abs(True) < 200) else 'skip')
except Exception as e:
    print('(-7) // (True)', type(e).__name__, e)
try:
    print('(-7) % (True)', (-7) % (True) if ('%' != '**' or abs(True) < 200) and ('%' != '<<' or abs(True) < 200) else 'skip')
except Exception as e:
    print('(-7) % (True)', type(e).__name__, e)
try:
    print('(-7) ** (True)', (-7) ** (True) if ('**' != '**' or abs(True) < 200) and ('**' != '<<' or abs(True) < 200) else 'skip')
except Exception as e:
    print('(-7) ** (True)', type(e).__name__, e)
try:
    print('(-7) << (True)', (-7) << (True) if ('<<' != '**' or abs(True) < 200) and ('<<' != '<<' or abs(True) < 200) else 'skip')
except Exception as e:
    print('(-7) << (True)', type(e).__name__, e)
try:
    print('(-7) >> (True)', (-7) >> (True) if ('>>' != '**' or abs(True) < 200) and ('>>' != '<<' or abs(True) < 200) else 'skip')
except Exception as e:
    print('(-7) >> (True)', type(e).__name__, e)
try:
    print('(-7) & (True)', (-7) & (True) if ('&' != '**' or abs(True) < 200) and ('&' != '<<' or abs(True) < 200) else 'skip')
except Exception as e:
    print('(-7) & (True)', type(e).__name__, e)
try:
    print('(-7) | (True)', (-7) | (True) if ('|' != '**' or abs(True) < 200) and ('|' != '<<' or abs(True) < 200) else 'skip')
except Exception as e:
    print('(-7) | (True)', type(e).__name__, e)
try:
    print('(-7) ^ (True)', (-7) ^ (True) if ('^' != '**' or abs(True) < 200) and ('^' != '<<' or abs(True) < 200) else 'skip')
except Exception as e:
    print('(-7) ^ (True)', type(e).__name__, e)
try:
    print('(-7) / (True)', (-7) / (True) if ('/' != '**' or abs(True) < 200) and ('/' != '<<' or abs(True) < 200) else 'skip')
except Exception as e:
    print('(-7) / (True)', type(e).__name__, e)
try:
    print('(-7) < (True)', (-7) < (True) if ('<' != '**' or abs(True) < 200) and ('<' != '<<' or abs(True) < 200) else 'skip')
except Exception as e:
    print('(-7) < (True)', type(e).__name__, e)
try:
    print('(-7) == (True)', (-7) == (True) if ('==' != '**' or abs(True) < 200) and ('==' != '<<' or abs(True) < 200) else 'skip')
except Exception as e:
    print('(-7) == (True)', type(e).__name__, e)
try:
    print('(-7) >= (True)', (-7) >= (True) if ('>=' != '**' or abs(True) < 200) and ('>=' != '<<' or abs(True) < 200) else 'skip')
except Exception as e:
    print('(-7) >= (True)', type(e).__name__, e)
try:
    print('(-7) + (2.5)', (-7) + (2.5) if ('+' != '**' or abs(2.5) < 200) and ('+' != '<<' or abs(2.5) < 200) else 'skip')
except Exception as e:
    print('(-7) + (2.5)', type(e).__name__, e)
try:
    print('(-7) - (2.5)', (-7) - (2.5) if ('-' != '**' or abs(2.5) < 200) and ('-' != '<<' or abs(2.5) < 200) else 'skip')
except Exception as e:
    print('(-7) - (2.5)', type(e).__name__, e)
try:
    print('(-7) * (2.5)', (-7) * (2.5) if ('*' != '**' or abs(2.5) < 200) and ('*' != '<<' or abs(2.5) < 200) else 'skip')
except Exception as e:
    print('(-7) * (2.5)', type(e).__name__, e)
try:
    print('(-7) // (2.5)', (-7) // (2.5) if ('//' != '**' or abs(2.5) < 200) and ('//' != '<<' or abs(2.5) < 200) else 'skip')
except Exception as e:
    print('(-7) // (2.5)', type(e).__name__, e)
try:
    print('(-7) % (2.5)', (-7) % (2.5) if ('%' != '**' or abs(2.5) < 200) and ('%' != '<<' or abs(2.5) < 200) else 'skip')
except Exception as e:
    print('(-7) % (2.5)', type(e).__name__, e)
try:
    print('(-7) << (2.5)', (-7) << (2.5) if ('<<' != '**' or abs(2.5) < 200) and ('<<' != '<<' or abs(2.5) < 200) else 'skip')
except Exception as e:
    print('(-7) << (2.5)', type(e).__name__, e)
try:
    print('(-7) >> (2.5)', (-7) >> (2.5) if ('>>' != '**' or abs(2.5) < 200) and ('>>' != '<<' or abs(2.5) < 200) else 'skip')
except Exception as e:
    print('(-7) >> (2.5)', type(e).__name__, e)
try:
    print('(-7) & (2.5)', (-7) & (2.5) if ('&' != '**' or abs(2.5) < 200) and ('&' != '<<' or abs(2.5) < 200) else 'skip')
except Exception as e:
    print('(-7) & (2.5)', type(e).__name__, e)
try:
    print('(-7) | (2.5)', (-7) | (2.5) if ('|' != '**' or abs(2.5) < 200) and ('|' != '<<' or abs(2.5) < 200) else 'skip')
except Exception as e:
    print('(-7) | (2.5)', type(e).__name__, e)
try:
    print('(-7) ^ (2.5)', (-7) ^ (2.5) if ('^' != '**' or abs(2.5) < 200) and ('^' != '<<' or abs(2.5) < 200) else 'skip')
except Exception as e:
    print('(-7) ^ (2.5)', type(e).__name__, e)
try:
    print('(-7) / (2.5)', (-7) / (2.5) if ('/' != '**' or abs(2.5) < 200) and ('/' != '<<' or abs(2.5) < 200) else 'skip')
except Exception as e:
    print('(-7) / (2.5)', type(e).__name__, e)
try:
    print('(-7) < (2.5)', (-7) < (2.5) if ('<' != '**' or abs(2.5) < 200) and ('<' != '<<' or abs(2.5) < 200) else 'skip')
except Exception as e:
    print('(-7) < (2.5)', type(e).__name__, e)
try:
    print('(-7) == (2.5)', (-7) == (2.5) if ('==' != '**' or abs(2.5) < 200) and ('==' != '<<' or abs(2.5) < 200) else 'skip')
except Exception as e:
    print('(-7) == (2.5)', type(e).__name__, e)
try:
    print('(-7) >= (2.5)', (-7) >= (2.5) if ('>=' != '**' or abs(2.5) < 200) and ('>=' != '<<' or abs(2.5) < 200) else 'skip')
except Exception as e:
    print('(-7) >= (2.5)', type(e).__name__, e)
try:
    print('(-7) + (-0.5)', (-7) + (-0.5) if ('+' != '**' or abs(-0.5) < 200) and ('+' != '<<' or abs(-0.5) < 200) else 'skip')
except Exception as e:
    print('(-7) + (-0.5)', type(e).__name__, e)
try:
    print('(-7) - (-0.5)', (-7) - (-0.5) if ('-' != '**' or abs(-0.5) < 200) and ('-' != '<<' or abs(-0.5) < 200) else 'skip')
except Exception as e:
    print('(-7) - (-0.5)', type(e).__name__, e)
try:
    print('(-7) * (-0.5)', (-7) * (-0.5) if ('*' != '**' or abs(-0.5) < 200) and ('*' != '<<' or abs(-0.5) < 200) else 'skip')
except Exception as e:
    print('(-7) * (-0.5)', type(e).__name__, e)
try:
    print('(-7) // (-0.5)', (-7) // (-0.5) if ('//' != '**' or abs(-0.5) < 200) and ('//' != '<<' or abs(-0.5) < 200) else 'skip')
except Exception as e:
    print('(-7) // (-0.5)', type(e).__name__, e)
try:
    print('(-7) % (-0.5)', (-7) % (-0.5) if ('%' != '**' or abs(-0.5) < 200) and ('%' != '<<' or abs(-0.5) < 200) else 'skip')
except Exception as e:
    print('(-7) % (-0.5)', type(e).__name__, e)
try:
    print('(-7) << (-0.5)', (-7) << (-0.5) if ('<<' != '**' or abs(-0.5) < 200) and ('<<' != '<<' or abs(-0.5) < 200) else 'skip')
except Exception as e:
    print('(-7) << (-0.5)', type(e).__name__, e)
try:
    print('(-7) >> (-0.5)', (-7) >> (-0.5) if ('>>' != '**' or abs(-0.5) < 200) and ('>>' != '<<' or abs(-0.5) < 200) else 'skip')
except Exception as e:
    print('(-7) >> (-0.5)', type(e).__name__, e)
try:
    print('(-7) & (-0.5)', (-7) & (-0.5) if ('&' != '**' or abs(-0.5) < 200) and ('&' != '<<' or abs(-0.5) < 200) else 'skip')
except Exception as e:
    print('(-7) & (-0.5)', type(e).__name__, e)
try:
    print('(-7) | (-0.5)', (-7) | (-0.5) if ('|' != '**' or abs(-0.5) < 200) and ('|' != '<<' or abs(-0.5) < 200) else 'skip')
except Exception as e:
    print('(-7) | (-0.5)', type(e).__name__, e)
try:
    print('(-7) ^ (-0.5)', (-7) ^ (-0.5) if ('^' != '**' or abs(-0.5) < 200) and ('^' != '<<' or abs(-0.5) < 200) else 'skip')
except Exception as e:
    print('(-7) ^ (-0.5)', type(e).__name__, e)
try:
    print('(-7) / (-0.5)', (-7) / (-0.5) if ('/' != '**' or abs(-0.5) < 200) and ('/' != '<<' or abs(-0.5) < 200) else 'skip')
except Exception as e:
    print('(-7) / (-0.5)', type(e).__name__, e)
try:
    print('(-7) < (-0.5)', (-7) < (-0.5) if ('<' != '**' or abs(-0.5) < 200) and ('<' != '<<' or abs(-0.5) < 200) else 'skip')
except Exception as e:
    print('(-7) < (-0.5)', type(e).__name__, e)
try:
    print('(-7) == (-0.5)', (-7) == (-0.5) if ('==' != '**' or abs(-0.5) < 200) and ('==' != '<<' or abs(-0.5) < 200) else 'skip')
except Exception as e:
    print('(-7) == (-0.5)', type(e).__name__, e)
try:
    print('(-7) >= (-0.5)', (-7) >= (-0.5) if ('>=' != '**' or abs(-0.5) < 200) and ('>=' != '<<' or abs(-0.5) < 200) else 'skip')
except Exception as e:
    print('(-7) >= (-0.5)', type(e).__name__, e)
try:
    print('(3) + (0)', (3) + (0) if ('+' != '**' or abs(0) < 200) and ('+' != '<<' or abs(0) < 200) else 'skip')
except Exception as e:
    print('(3) + (0)', type(e).__name__, e)
try:
    print('(3) - (0)', (3) - (0) if ('-' != '**' or abs(0) < 200) and ('-' != '<<' or abs(0) < 200) else 'skip')
except Exception as e:
    print('(3) - (0)', type(e).__name__, e)
try:
    print('(3) * (0)', (3) * (0) if ('*' != '**' or abs(0) < 200) and ('*' != '<<' or abs(0) < 200) else 'skip')
except Exception as e:
    print('(3) * (0)', type(e).__name__, e)
try:
    print('(3) // (0)', (3) // (0) if ('//' != '**' or abs(0) < 200) and ('//' != '<<' or abs(0) < 200) else 'skip')
except Exception as e:
    print('(3) // (0)', type(e).__name__, e)
try:
    print('(3) % (0)', (3) % (0) if ('%' != '**' or abs(0) < 200) and ('%' != '<<' or abs(0) < 200) else 'skip')
except Exception as e:
    print('(3) % (0)', type(e).__name__, e)
try:
    print('(3) ** (0)', (3) ** (0) if ('**' != '**' or abs(0) < 200) and ('**' != '<<' or abs(0) < 200) else 'skip')
except Exception as e:
    print('(3) ** (0)', type(e).__name__, e)
try:
    print('(3) << (0)', (3) << (0) if ('<<' != '**' or abs(0) < 200) and ('<<' != '<<' or abs(0) < 200) else 'skip')
except Exception as e:
    print('(3) << (0)', type(e).__name__, e)
try:
    print('(3) >> (0)', (3) >> (0) if ('>>' != '**' or abs(0) < 200) and ('>>' != '<<' or abs(0) < 200) else 'skip')
except Exception as e:
    print('(3) >> (0)', type(e).__name__, e)
try:
    print('(3) & (0)', (3) & (0) if ('&' != '**' or abs(0) < 200) and ('&' != '<<' or abs(0) < 200) else 'skip')
except Exception as e:
    print('(3) & (0)', type(e).__name__, e)
try:
    print('(3) | (0)', (3) | (0) if ('|' != '**' or abs(0) < 200) and ('|' != '<<' or abs(0) < 200) else 'skip')
except Exception as e:
    print('(3) | (0)', type(e).__name__, e)
try:
    print('(3) ^ (0)', (3) ^ (0) if ('^' != '**' or abs(0) < 200) and ('^' != '<<' or abs(0) < 200) else 'skip')
except Exception as e:
    print('(3) ^ (0)', type(e).__name__, e)
try:
    print('(3) / (0)', (3) / (0) if ('/' != '**' or abs(0) < 200) and ('/' != '<<' or abs(0) < 200) else 'skip')
except Exception as e:
    print('(3) / (0)', type(e).__name__, e)
try:
    print('(3) < (0)', (3) < (0) if ('<' != '**' or abs(0) < 200) and ('<' != '<<' or abs(0) < 200) else 'skip')
except Exception as e:
    print('(3) < (0)', type(e).__name__, e)
try:
    print('(3) == (0)', (3) == (0) if ('==' != '**' or abs(0) < 200) and ('==' != '<<' or abs(0) < 200) else 'skip')
except Exception as e:
    print('(3) == (0)', type(e).__name__, e)
try:
    print('(3) >= (0)', (3) >= (0) if ('>=' != '**' or abs(0) < 200) and ('>=' != '<<' or abs(0) < 200) else 'skip')
except Exception as e:
    print('(3) >= (0)', type(e).__name__, e)
try:
    print('(3) + (1)', (3) + (1) if ('+' != '**' or abs(1) < 200) and ('+' != '<<' or abs(1) < 200) else 'skip')
except Exception as e:
    print('(3) + (1)', type(e).__name__, e)
try:
    print('(3) - (1)', (3) - (1) if ('-' != '**' or abs(1) < 200) and ('-' != '<<' or abs(1) < 200) else 'skip')
except Exception as e:
    print('(3) - (1)', type(e).__name__, e)
try:
    print('(3) * (1)', (3) * (1) if ('*' != '**' or abs(1) < 200) and ('*' != '<<' or abs(1) < 200) else 'skip')
except Exception as e:
    print('(3) * (1)', type(e).__name__, e)
try:
    print('(3) // (1)', (3) // (1) if ('//' != '**' or abs(1) < 200) and ('//' != '<<' or abs(1) < 200) else 'skip')
except Exception as e:
    print('(3) // (1)', type(e).__name__, e)
try:
    print('(3) % (1)', (3) % (1) if ('%' != '**' or abs(1) < 200) and ('%' != '<<' or abs(1) < 200) else 'skip')
except Exception as e:
    print('(3) % (1)', type(e).__name__, e)
try:
    print('(3) ** (1)', (3) ** (1) if ('**' != '**' or abs(1) < 200) and ('**' != '<<' or abs(1) < 200) else 'skip')
except Exception as e:
    print('(3) ** (1)', type(e).__name__, e)
try:
    print('(3) << (1)', (3) << (1) if ('<<' != '**' or abs(1) < 200) and ('<<' != '<<' or abs(1) < 200) else 'skip')
except Exception as e:
    print('(3) << (1)', type(e).__name__, e)
try:
    print('(3) >> (1)', (3) >> (1) if ('>>' != '**' or abs(1) < 200) and ('>>' != '<<' or abs(1) < 200) else 'skip')
except Exception as e:
    print('(3) >> (1)', type(e).__name__, e)
try:
    print('(3) & (1)', (3) & (1) if ('&' != '**' or abs(1) < 200) and ('&' != '<<' or abs(1) < 200) else 'skip')
except Exception as e:
    print('(3) & (1)', type(e).__name__, e)
try:
    print('(3) | (1)', (3) | (1) if ('|' != '**' or abs(1) < 200) and ('|' != '<<' or abs(1) < 200) else 'skip')
except Exception as e:
    print('(3) | (1)', type(e).__name__, e)
try:
    print('(3) ^ (1)', (3) ^ (1) if ('^' != '**' or abs(1) < 200) and ('^' != '<<' or abs(1) < 200) else 'skip')
except Exception as e:
    print('(3) ^ (1)', type(e).__name__, e)
try:
    print('(3) / (1)', (3) / (1) if ('/' != '**' or abs(1) < 200) and ('/' != '<<' or abs(1) < 200) else 'skip')
except Exception as e:
    print('(3) / (1)', type(e).__name__, e)
try:
    print('(3) < (1)', (3) < (1) if ('<' != '**' or abs(1) < 200) and ('<' != '<<' or abs(1) < 200) else 'skip')
except Exception as e:
    print('(3) < (1)', type(e).__name__, e)
try:
    print('(3) == (1)', (3) == (1) if ('==' != '**' or abs(1) < 200) and ('==' != '<<' or abs(1) < 200) else 'skip')
except Exception as e:
    print('(3) == (1)', type(e).__name__, e)
try:
    print('(3) >= (1)', (3) >= (1) if ('>=' != '**' or abs(1) < 200) and ('>=' != '<<' or abs(1) < 200) else 'skip')
except Exception as e:
    print('(3) >= (1)', type(e).__name__, e)
try:
    print('(3) + (-1)', (3) + (-1) if ('+' != '**' or abs(-1) < 200) and ('+' != '<<' or abs(-1) < 200) else 'skip')
except Exception as e:
    print('(3) + (-1)', type(e).__name__, e)
try:
    print('(3) - (-1)', (3) - (-1) if ('-' != '**' or abs(-1) < 200) and ('-' != '<<' or abs(-1) < 200) else 'skip')
except Exception as e:
    print('(3) - (-1)', type(e).__name__, e)
try:
    print('(3) * (-1)', (3) * (-1) if ('*' != '**' or abs(-1) < 200) and ('*' != '<<' or abs(-1) < 200) else 'skip')
except Exception as e:
    print('(3) * (-1)', type(e).__name__, e)
try:
    print('(3) // (-1)', (3) // (-1) if ('//' != '**' or abs(-1) < 200) and ('//' != '<<' or abs(-1) < 200) else 'skip')
except Exception as e:
    print('(3) // (-1)', type(e).__name__, e)
try:
    print('(3) % (-1)', (3) % (-1) if ('%' != '**' or abs(-1) < 200) and ('%' != '<<' or abs(-1) < 200) else 'skip')
except Exception as e:
    print('(3) % (-1)', type(e).__name__, e)
try:
    print('(3) ** (-1)', (3) ** (-1) if ('**' != '**' or abs(-1) < 200) and ('**' != '<<' or abs(-1) < 200) else 'skip')
except Exception as e:
    print('(3) ** (-1)', type(e).__name__, e)
try:
    print('(3) << (-1)', (3) << (-1) if ('<<' != '**' or abs(-1) < 200) and ('<<' != '<<' or abs(-1) < 200) else 'skip')
except Exception as e:
    print('(3) << (-1)', type(e).__name__, e)
try:
    print('(3) >> (-1)', (3) >> (-1) if ('>>' != '**' or abs(-1) < 200) and ('>>' != '<<' or abs(-1) < 200) else 'skip')
except Exception as e:
    print('(3) >> (-1)', type(e).__name__, e)
try:
    print('(3) & (-1)', (3) & (-1) if ('&' != '**' or abs(-1) < 200) and ('&' != '<<' or abs(-1) < 200) else 'skip')
except Exception as e:
    print('(3) & (-1)', type(e).__name__, e)
try:
    print('(3) | (-1)', (3) | (-1) if ('|' != '**' or abs(-1) < 200) and ('|' != '<<' or abs(-1) < 200) else 'skip')
except Exception as e:
    print('(3) | (-1)', type(e).__name__, e)
try:
    print('(3) ^ (-1)', (3) ^ (-1) if ('^' != '**' or abs(-1) < 200) and ('^' != '<<' or abs(-1) < 200) else 'skip')
except Exception as e:
    print('(3) ^ (-1)', type(e).__name__, e)
try:
    print('(3) / (-1)', (3) / (-1) if ('/' != '**' or abs(-1) < 200) and ('/' != '<<' or abs(-1) < 200) else 'skip')
except Exception as e:
    print('(3) / (-1)', type(e).__name__, e)
try:
    print('(3) < (-1)', (3) < (-1) if ('<' != '**' or abs(-1) < 200) and ('<' != '<<' or abs(-1) < 200) else 'skip')
except Exception as e:
    print('(3) < (-1)', type(e).__name__, e)
try:
    print('(3) == (-1)', (3) == (-1) if ('==' != '**' or abs(-1) < 200) and ('==' != '<<' or abs(-1) < 200) else 'skip')
except Exception as e:
    print('(3) == (-1)', type(e).__name__, e)
try:
    print('(3) >= (-1)', (3) >= (-1) if ('>=' != '**' or abs(-1) < 200) and ('>=' != '<<' or abs(-1) < 200) else 'skip')
except Exception as e:
    print('(3) >= (-1)', type(e).__name__, e)
try:
    print('(3) + (7)', (3) + (7) if ('+' != '**' or abs(7) < 200) and ('+' != '<<' or abs(7) < 200) else 'skip')
except Exception as e:
    print('(3) + (7)', type(e).__name__, e)
try:
    print('(3) - (7)', (3) - (7) if ('-' != '**' or abs(7) < 200) and ('-' != '<<' or abs(7) < 200) else 'skip')
except Exception as e:
    print('(3) - (7)', type(e).__name__, e)
try:
    print('(3) * (7)', (3) * (7) if ('*' != '**' or abs(7) < 200) and ('*' != '<<' or abs(7) < 200) else 'skip')
except Exception as e:
    print('(3) * (7)', type(e).__name__, e)
try:
    print('(3) // (7)', (3) // (7) if ('//' != '**' or abs(7) < 200) and ('//' != '<<' or abs(7) < 200) else 'skip')
except Exception as e:
    print('(3) // (7)', type(e).__name__, e)
try:
    print('(3) % (7)', (3) % (7) if ('%' != '**' or abs(7) < 200) and ('%' != '<<' or abs(7) < 200) else 'skip')
except Exception as e:
    print('(3) % (7)', type(e).__name__, e)
try:
    print('(3) ** (7)', (3) ** (7) if ('**' != '**' or abs(7) < 200) and ('**' != '<<' or abs(7) < 200) else 'skip')
except Exception as e:
    print('(3) ** (7)', type(e).__name__, e)
try:
    print('(3) << (7)', (3) << (7) if ('<<' != '**' or abs(7) < 200) and ('<<' != '<<' or abs(7) < 200) else 'skip')
except Exception as e:
    print('(3) << (7)', type(e).__name__, e)
try:
    print('(3) >> (7)', (3) >> (7) if ('>>' != '**' or abs(7) < 200) and ('>>' != '<<' or abs(7) < 200) else 'skip')
except Exception as e:
    print('(3) >> (7)', type(e).__name__, e)
try:
    print('(3) & (7)', (3) & (7) if ('&' != '**' or abs(7) < 200) and ('&' != '<<' or abs(7) < 200) else 'skip')
except Exception as e:
    print('(3) & (7)', type(e).__name__, e)
try:
    print('(3) | (7)', (3) | (7) if ('|' != '**' or abs(7) < 200) and ('|' != '<<' or abs(7) < 200) else 'skip')
except Exception as e:
    print('(3) | (7)', type(e).__name__, e)
try:
    print('(3) ^ (7)', (3) ^ (7) if ('^' != '**' or abs(7) < 200) and ('^' != '<<' or abs(7) < 200) else 'skip')
except Exception as e:
    print('(3) ^ (7)', type(e).__name__, e)
try:
    print('(3) / (7)', (3) / (7) if ('/' != '**' or abs(7) < 200) and ('/' != '<<' or abs(7) < 200) else 'skip')
except Exception as e:
    print('(3) / (7)', type(e).__name__, e)
try:
    print('(3) < (7)', (3) < (7) if ('<' != '**' or abs(7) < 200) and ('<' != '<<' or abs(7) < 200) else 'skip')
except Exception as e:
    print('(3) < (7)', type(e).__name__, e)
try:
    print('(3) == (7)', (3) == (7) if ('==' != '**' or abs(7) < 200) and ('==' != '<<' or abs(7) < 200) else 'skip')
except Exception as e:
    print('(3) == (7)', type(e).__name__, e)
try:
    print('(3) >= (7)', (3) >= (7) if ('>=' != '**' or abs(7) < 200) and ('>=' != '<<' or abs(7) < 200) else 'skip')
except Exception as e:
    print('(3) >= (7)', type(e).__name__, e)
try:
    print('(3) + (-7)', (3) + (-7) if ('+' != '**' or abs(-7) < 200) and ('+' != '<<' or abs(-7) < 200) else 'skip')
except Exception as e:
    print('(3) + (-7)', type(e).__name__, e)
try:
    print('(3) - (-7)', (3) - (-7) if ('-' != '**' or abs(-7) < 200) and ('-' != '<<' or abs(-7) < 200) else 'skip')
except Exception as e:
    print('(3) - (-7)', type(e).__name__, e)
try:
    print('(3) * (-7)', (3) * (-7) if ('*' != '**' or abs(-7) < 200) and ('*' != '<<' or abs(-7) < 200) else 'skip')
except Exception as e:
    print('(3) * (-7)', type(e).__name__, e)
try:
    print('(3) // (-7)', (3) // (-7) if ('//' != '**' or abs(-7) < 200) and ('//' != '<<' or abs(-7) < 200) else 'skip')
except Exception as e:
    print('(3) // (-7)', type(e).__name__, e)
try:
    print('(3) % (-7)', (3) % (-7) if ('%' != '**' or abs(-7) < 200) and ('%' != '<<' or abs(-7) < 200) else 'skip')
except Exception as e:
    print('(3) % (-7)', type(e).__name__, e)
try:
    print('(3) ** (-7)', (3) ** (-7) if ('**' != '**' or abs(-7) < 200) and ('**' != '<<' or abs(-7) < 200) else 'skip')
except Exception as e:
    print('(3) ** (-7)', type(e).__name__, e)
try:
    print('(3) << (-7)', (3) << (-7) if ('<<' != '**' or abs(-7) < 200) and ('<<' != '<<' or abs(-7) < 200) else 'skip')
except Exception as e:
    print('(3) << (-7)', type(e).__name__, e)
try:
    print('(3) >> (-7)', (3) >> (-7) if ('>>' != '**' or abs(-7) < 200) and ('>>' != '<<' or abs(-7) < 200) else 'skip')
except Exception as e:
    print('(3) >> (-7)', type(e).__name__, e)
try:
    print('(3) & (-7)', (3) & (-7) if ('&' != '**' or abs(-7) < 200) and ('&' != '<<' or abs(-7) < 200) else 'skip')
except Exception as e:
    print('(3) & (-7)', type(e).__name__, e)
try:
    print('(3) | (-7)', (3) | (-7) if ('|' != '**' or abs(-7) < 200) and ('|' != '<<' or abs(-7) < 200) else 'skip')
except Exception as e:
    print('(3) | (-7)', type(e).__name__, e)
try:
    print('(3) ^ (-7)', (3) ^ (-7) if ('^' != '**' or abs(-7) < 200) and ('^' != '<<' or abs(-7) < 200) else 'skip')
except Exception as e:
    print('(3) ^ (-7)', type(e).__name__, e)
try:
    print('(3) / (-7)', (3) / (-7) if ('/' != '**' or abs(-7) < 200) and ('/' != '<<' or abs(-7) < 200) else 'skip')
except Exception as e:
    print('(3) / (-7)', type(e).__name__, e)
try:
    print('(3) < (-7)', (3) < (-7) if ('<' != '**' or abs(-7) < 200) and ('<' != '<<' or abs(-7) < 200) else 'skip')
except Exception as e:
    print('(3) < (-7)', type(e).__name__, e)
try:
    print('(3) == (-7)', (3) == (-7) if ('==' != '**' or abs(-7) < 200) and ('==' != '<<' or abs(-7) < 200) else 'skip')
except Exception as e:
    print('(3) == (-7)', type(e).__name__, e)
try:
    print('(3) >= (-7)', (3) >= (-7) if ('>=' != '**' or abs(-7) < 200) and ('>=' != '<<' or abs(-7) < 200) else 'skip')
except Exception as e:
    print('(3) >= (-7)', type(e).__name__, e)
try:
    print('(3) + (3)', (3) + (3) if ('+' != '**' or abs(3) < 200) and ('+' != '<<' or abs(3) < 200) else 'skip')
except Exception as e:
    print('(3) + (3)', type(e).__name__, e)
try:
    print('(3) - (3)', (3) - (3) if ('-' != '**' or abs(3) < 200) and ('-' != '<<' or abs(3) < 200) else 'skip')
except Exception as e:
    print('(3) - (3)', type(e).__name__, e)
try:
    print('(3) * (3)', (3) * (3) if ('*' != '**' or abs(3) < 200) and ('*' != '<<' or abs(3) < 200) else 'skip')
except Exception as e:
    print('(3) * (3)', type(e).__name__, e)
try:
    print('(3) // (3)', (3) // (3) if ('//' != '**' or abs(3) < 200) and ('//' != '<<' or abs(3) < 200) else 'skip')
except Exception as e:
    print('(3) // (3)', type(e).__name__, e)
try:
    print('(3) % (3)', (3) % (3) if ('%' != '**' or abs(3) < 200) and ('%' != '<<' or abs(3) < 200) else 'skip')
except Exception as e:
    print('(3) % (3)', type(e).__name__, e)
try:
    print('(3) ** (3)', (3) ** (3) if ('**' != '**' or abs(3) < 200) and ('**' != '<<' or abs(3) < 200) else 'skip')
except Exception as e:
    print('(3) ** (3)', type(e).__name__, e)
try:
    print('(3) << (3)', (3) << (3) if ('<<' != '**' or abs(3) < 200) and ('<<' != '<<' or abs(3) < 200) else 'skip')
except Exception as e:
    print('(3) << (3)', type(e).__name__, e)
try:
    print('(3) >> (3)', (3) >> (3) if ('>>' != '**' or abs(3) < 200) and ('>>' != '<<' or abs(3) < 200) else 'skip')
except Exception as e:
    print('(3) >> (3)', type(e).__name__, e)
try:
    print('(3) & (3)', (3) & (3) if ('&' != '**' or abs(3) < 200) and ('&' != '<<' or abs(3) < 200) else 'skip')
except Exception as e:
    print('(3) & (3)', type(e).__name__, e)
try:
    print('(3) | (3)', (3) | (3) if ('|' != '**' or abs(3) < 200) and ('|' != '<<' or abs(3) < 200) else 'skip')
except Exception as e:
    print('(3) | (3)', type(e).__name__, e)
try:
    print('(3) ^ (3)', (3) ^ (3) if ('^' != '**' or abs(3) < 200) and ('^' != '<<' or abs(3) < 200) else 'skip')
except Exception as e:
    print('(3) ^ (3)', type(e).__name__, e)
try:
    print('(3) / (3)', (3) / (3) if ('/' != '**' or abs(3) < 200) and ('/' != '<<' or abs(3) < 200) else 'skip')
except Exception as e:
    print('(3) / (3)', type(e).__name__, e)
try:
    print('(3) < (3)', (3) < (3) if ('<' != '**' or abs(3) < 200) and ('<' != '<<' or abs(3) < 200) else 'skip')
except Exception as e:
    print('(3) < (3)', type(e).__name__, e)
try:
    print('(3) == (3)', (3) == (3) if ('==' != '**' or abs(3) < 200) and ('==' != '<<' or abs(3) < 200) else 'skip')
except Exception as e:
    print('(3) == (3)', type(e).__name__, e)
try:
    print('(3) >= (3)', (3) >= (3) if ('>=' != '**' or abs(3) < 200) and ('>=' != '<<' or abs(3) < 200) else 'skip')
except Exception as e:
    print('(3) >= (3)', type(e).__name__, e)
try:
    print('(3) + (-3)', (3) + (-3) if ('+' != '**' or abs(-3) < 200) and ('+' != '<<' or abs(-3) < 200) else 'skip')
except Exception as e:
    print('(3) + (-3)', type(e).__name__, e)
try:
    print('(3) - (-3)', (3) - (-3) if ('-' != '**' or abs(-3) < 200) and ('-' != '<<' or abs(-3) < 200) else 'skip')
except Exception as e:
    print('(3) - (-3)', type(e).__name__, e)
try:
    print('(3) * (-3)', (3) * (-3) if ('*' != '**' or abs(-3) < 200) and ('*' != '<<' or abs(-3) < 200) else 'skip')
except Exception as e:
    print('(3) * (-3)', type(e).__name__, e)
try:
    print('(3) // (-3)', (3) // (-3) if ('//' != '**' or abs(-3) < 200) and ('//' != '<<' or abs(-3) < 200) else 'skip')
except Exception as e:
    print('(3) // (-3)', type(e).__name__, e)
try:
    print('(3) % (-3)', (3) % (-3) if ('%' != '**' or abs(-3) < 200) and ('%' != '<<' or abs(-3) < 200) else 'skip')
except Exception as e:
    print('(3) % (-3)', type(e).__name__, e)
try:
    print('(3) ** (-3)', (3) ** (-3) if ('**' != '**' or abs(-3) < 200) and ('**' != '<<' or abs(-3) < 200) else 'skip')
except Exception as e:
    print('(3) ** (-3)', type(e).__name__, e)
try:
    print('(3) << (-3)', (3) << (-3) if ('<<' != '**' or abs(-3) < 200) and ('<<' != '<<' or abs(-3) < 200) else 'skip')
except Exception as e:
    print('(3) << (-3)', type(e).__name__, e)
try:
    print('(3) >> (-3)', (3) >> (-3) if ('>>' != '**' or abs(-3) < 200) and ('>>' != '<<' or abs(-3) < 200) else 'skip')
except Exception as e:
    print('(3) >> (-3)', type(e).__name__, e)
try:
    print('(3) & (-3)', (3) & (-3) if ('&' != '**' or abs(-3) < 200) and ('&' != '<<' or abs(-3) < 200) else 'skip')
except Exception as e:
    print('(3) & (-3)', type(e).__name__, e)
try:
    print('(3) | (-3)', (3) | (-3) if ('|' != '**' or abs(-3) < 200) and ('|' != '<<' or abs(-3) < 200) else 'skip')
except Exception as e:
    print('(3) | (-3)', type(e).__name__, e)
try:
    print('(3) ^ (-3)', (3) ^ (-3) if ('^' != '**' or abs(-3) < 200) and ('^' != '<<' or abs(-3) < 200) else 'skip')
except Exception as e:
    print('(3) ^ (-3)', type(e).__name__, e)
try:
    print('(3) / (-3)', (3) / (-3) if ('/' != '**' or abs(-3) < 200) and ('/' != '<<' or abs(-3) < 200) else 'skip')
except Exception as e:
    print('(3) / (-3)', type(e).__name__, e)
try:
    print('(3) < (-3)', (3) < (-3) if ('<' != '**' or abs(-3) < 200) and ('<' != '<<' or abs(-3) < 200) else 'skip')
except Exception as e:
    print('(3) < (-3)', type(e).__name__, e)
try:
    print('(3) == (-3)', (3) == (-3) if ('==' != '**' or abs(-3) < 200) and ('==' != '<<' or abs(-3) < 200) else 'skip')
except Exception as e:
    print('(3) == (-3)', type(e).__name__, e)
try:
    print('(3) >= (-3)', (3) >= (-3) if ('>=' != '**' or abs(-3) < 200) and ('>=' != '<<' or abs(-3) < 200) else 'skip')
except Exception as e:
    print('(3) >= (-3)', type(e).__name__, e)
try:
    print('(3) + (2**63)', (3) + (2**63) if ('+' != '**' or abs(2**63) < 200) and ('+' != '<<' or abs(2**63) < 200) else 'skip')
except Exception as e:
    print('(3) + (2**63)', type(e).__name__, e)
try:
    print('(3) - (2**63)', (3) - (2**63) if ('-' != '**' or abs(2**63) < 200) and ('-' != '<<' or abs(2**63) < 200) else 'skip')
except Exception as e:
    print('(3) - (2**63)', type(e).__name__, e)
try:
    print('(3) * (2**63)', (3) * (2**63) if ('*' != '**' or abs(2**63) < 200) and ('*' != '<<' or abs(2**63) < 200) else 'skip')
except Exception as e:
    print('(3) * (2**63)', type(e).__name__, e)
try:
    print('(3) // (2**63)', (3) // (2**63) if ('//' != '**' or abs(2**63) < 200) and ('//' != '<<' or abs(2**63) < 200) else 'skip')
except Exception as e:
    print('(3) // (2**63)', type(e).__name__, e)
try:
    print('(3) % (2**63)', (3) % (2**63) if ('%' != '**' or abs(2**63) < 200) and ('%' != '<<' or abs(2**63) < 200) else 'skip')
except Exception as e:
    print('(3) % (2**63)', type(e).__name__, e)
try:
    print('(3) ** (2**63)', (3) ** (2**63) if ('**' != '**' or abs(2**63) < 200) and ('**' != '<<' or abs(2**63) < 200) else 'skip')
except Exception as e:
    print('(3) ** (2**63)', type(e).__name__, e)
try:
    print('(3) << (2**63)', (3) << (2**63) if ('<<' != '**' or abs(2**63) < 200) and ('<<' != '<<' or abs(2**63) < 200) else 'skip')
except Exception as e:
    print('(3) << (2**63)', type(e).__name__, e)
try:
    print('(3) >> (2**63)', (3) >> (2**63) if ('>>' != '**' or abs(2**63) < 200) and ('>>' != '<<' or abs(2**63) < 200) else 'skip')
except Exception as e:
    print('(3) >> (2**63)', type(e).__name__, e)
try:
    print('(3) & (2**63)', (3) & (2**63) if ('&' != '**' or abs(2**63) < 200) and ('&' != '<<' or abs(2**63) < 200) else 'skip')
except Exception as e:
    print('(3) & (2**63)', type(e).__name__, e)
try:
    print('(3) | (2**63)', (3) | (2**63) if ('|' != '**' or abs(2**63) < 200) and ('|' != '<<' or abs(2**63) < 200) else 'skip')
except Exception as e:
    print('(3) | (2**63)', type(e).__name__, e)
try:
    print('(3) ^ (2**63)', (3) ^ (2**63) if ('^' != '**' or abs(2**63) < 200) and ('^' != '<<' or abs(2**63) < 200) else 'skip')
except Exception as e:
    print('(3) ^ (2**63)', type(e).__name__, e)
try:
    print('(3) / (2**63)', (3) / (2**63) if ('/' != '**' or abs(2**63) < 200) and ('/' != '<<' or abs(2**63) < 200) else 'skip')
except Exception as e:
    print('(3) / (2**63)', type(e).__name__, e)
try:
    print('(3) < (2**63)', (3) < (2**63) if ('<' != '**' or abs(2**63) < 200) and ('<' != '<<' or abs(2**63) < 200) else 'skip')
except Exception as e:
    print('(3) < (2**63)', type(e).__name__, e)
try:
    print('(3) == (2**63)', (3) == (2**63) if ('==' != '**' or abs(2**63) < 200) and ('==' != '<<' or abs(2**63) < 200) else 'skip')
except Exception as e:
    print('(3) == (2**63)', type(e).__name__, e)
try:
    print('(3) >= (2**63)', (3) >= (2**63) if ('>=' != '**' or abs(2**63) < 200) and ('>=' != '<<' or abs(2**63) < 200) else 'skip')
except Exception as e:
    print('(3) >= (2**63)', type(e).__name__, e)
try:
    print('(3) + (-2**63)', (3) + (-2**63) if ('+' != '**' or abs(-2**63) < 200) and ('+' != '<<' or abs(-2**63) < 200) else 'skip')
except Exception as e:
    print('(3) + (-2**63)', type(e).__name__, e)
try:
    print('(3) - (-2**63)', (3) - (-2**63) if ('-' != '**' or abs(-2**63) < 200) and ('-' != '<<' or abs(-2**63) < 200) else 'skip')
except Exception as e:
    print('(3) - (-2**63)', type(e).__name__, e)
try:
    print('(3) * (-2**63)', (3) * (-2**63) if ('*' != '**' or abs(-2**63) < 200) and ('*' != '<<' or abs(-2**63) < 200) else 'skip')
except Exception as e:
    print('(3) * (-2**63)', type(e).__name__, e)
try:
    print('(3) // (-2**63)', (3) // (-2**63) if ('//' != '**' or abs(-2**63) < 200) and ('//' != '<<' or abs(-2**63) < 200) else 'skip')
except Exception as e:
    print('(3) // (-2**63)', type(e).__name__, e)
try:
    print('(3) % (-2**63)', (3) % (-2**63) if ('%' != '**' or abs(-2**63) < 200) and ('%' != '<<' or abs(-2**63) < 200) else 'skip')
except Exception as e:
    print('(3) % (-2**63)', type(e).__name__, e)
try:
    print('(3) ** (-2**63)', (3) ** (-2**63) if ('**' != '**' or abs(-2**63) < 200) and ('**' != '<<' or abs(-2**63) < 200) else 'skip')
except Exception as e:
    print('(3) ** (-2**63)', type(e).__name__, e)
try:
    print('(3) << (-2**63)', (3) << (-2**63) if ('<<' != '**' or abs(-2**63) < 200) and ('<<' != '<<' or abs(-2**63) < 200) else 'skip')
except Exception as e:
    print('(3) << (-2**63)', type(e).__name__, e)
try:
    print('(3) >> (-2**63)', (3) >> (-2**63) if ('>>' != '**' or abs(-2**63) < 200) and ('>>' != '<<' or abs(-2**63) < 200) else 'skip')
except Exception as e:
    print('(3) >> (-2**63)', type(e).__name__, e)
try:
    print('(3) & (-2**63)', (3) & (-2**63) if ('&' != '**' or abs(-2**63) < 200) and ('&' != '<<' or abs(-2**63) < 200) else 'skip')
except Exception as e:
    print('(3) & (-2**63)', type(e).__name__, e)
try:
    print('(3) | (-2**63)', (3) | (-2**63) if ('|' != '**' or abs(-2**63) < 200) and ('|' != '<<' or abs(-2**63) < 200) else 'skip')
except Exception as e:
    print('(3) | (-2**63)', type(e).__name__, e)
try:
    print('(3) ^ (-2**63)', (3) ^ (-2**63) if ('^' != '**' or abs(-2**63) < 200) and ('^' != '<<' or abs(-2**63) < 200) else 'skip')
except Exception as e:
    print('(3) ^ (-2**63)', type(e).__name__, e)
try:
    print('(3) / (-2**63)', (3) / (-2**63) if ('/' != '**' or abs(-2**63) < 200) and ('/' != '<<' or abs(-2**63) < 200) else 'skip')
except Exception as e:
    print('(3) / (-2**63)', type(e).__name__, e)
try:
    print('(3) < (-2**63)', (3) < (-2**63) if ('<' != '**' or abs(-2**63) < 200) and ('<' != '<<' or abs(-2**63) < 200) else 'skip')
except Exception as e:
    print('(3) < (-2**63)', type(e).__name__, e)
try:
    print('(3) == (-2**63)', (3) == (-2**63) if ('==' != '**' or abs(-2**63) < 200) and ('==' != '<<' or abs(-2**63) < 200) else 'skip')
except Exception as e:
    print('(3) == (-2**63)', type(e).__name__, e)
try:
    print('(3) >= (-2**63)', (3) >= (-2**63) if ('>=' != '**' or abs(-2**63) < 200) and ('>=' != '<<' or abs(-2**63) < 200) else 'skip')
except Exception as e:
    print('(3) >= (-2**63)', type(e).__name__, e)
try:
    print('(3) + (2**64 + 5)', (3) + (2**64 + 5) if ('+' != '**' or abs(2**64 + 5) < 200) and ('+' != '<<' or abs(2**64 + 5) < 200) else 'skip')
except Exception as e:
    print('(3) + (2**64 + 5)', type(e).__name__, e)
try:
    print('(3) - (2**64 + 5)', (3) - (2**64 + 5) if ('-' != '**' or abs(2**64 + 5) < 200) and ('-' != '<<' or abs(2**64 + 5) < 200) else 'skip')
except Exception as e:
    print('(3) - (2**64 + 5)', type(e).__name__, e)
try:
    print('(3) * (2**64 + 5)', (3) * (2**64 + 5) if ('*' != '**' or abs(2**64 + 5) < 200) and ('*' != '<<' or abs(2**64 + 5) < 200) else 'skip')
except Exception as e:
    print('(3) * (2**64 + 5)', type(e).__name__, e)
try:
    print('(3) // (2**64 + 5)', (3) // (2**64 + 5) if ('//' != '**' or abs(2**64 + 5) < 200) and ('//' != '<<' or abs(2**64 + 5) < 200) else 'skip')
except Exception as e:
    print('(3) // (2**64 + 5)', type(e).__name__, e)
try:
    print('(3) % (2**64 + 5)', (3) % (2**64 + 5) if ('%' != '**' or abs(2**64 + 5) < 200) and ('%' != '<<' or abs(2**64 + 5) < 200) else 'skip')
except Exception as e:
    print('(3) % (2**64 + 5)', type(e).__name__, e)
try:
    print('(3) ** (2**64 + 5)', (3) ** (2**64 + 5) if ('**' != '**' or abs(2**64 + 5) < 200) and ('**' != '<<' or abs(2**64 + 5) < 200) else 'skip')
except Exception as e:
    print('(3) ** (2**64 + 5)', type(e).__name__, e)
try:
    print('(3) << (2**64 + 5)', (3) << (2**64 + 5) if ('<<' != '**' or abs(2**64 + 5) < 200) and ('<<' != '<<' or abs(2**64 + 5) < 200) else 'skip')
except Exception as e:
    print('(3) << (2**64 + 5)', type(e).__name__, e)
try:
    print('(3) >> (2**64 + 5)', (3) >> (2**64 + 5) if ('>>' != '**' or abs(2**64 + 5) < 200) and ('>>' != '<<' or abs(2**64 + 5) < 200) else 'skip')
except Exception as e:
    print('(3) >> (2**64 + 5)', type(e).__name__, e)
try:
    print('(3) & (2**64 + 5)', (3) & (2**64 + 5) if ('&' != '**' or abs(2**64 + 5) < 200) and ('&' != '<<' or abs(2**64 + 5) < 200) else 'skip')
except Exception as e:
    print('(3) & (2**64 + 5)', type(e).__name__, e)
try:
    print('(3) | (2**64 + 5)', (3) | (2**64 + 5) if ('|' != '**' or abs(2**64 + 5) < 200) and ('|' != '<<' or abs(2**64 + 5) < 200) else 'skip')
except Exception as e:
    print('(3) | (2**64 + 5)', type(e).__name__, e)
try:
    print('(3) ^ (2**64 + 5)', (3) ^ (2**64 + 5) if ('^' != '**' or abs(2**64 + 5) < 200) and ('^' != '<<' or abs(2**64 + 5) < 200) else 'skip')
except Exception as e:
    print('(3) ^ (2**64 + 5)', type(e).__name__, e)
try:
    print('(3) / (2**64 + 5)', (3) / (2**64 + 5) if ('/' != '**' or abs(2**64 + 5) < 200) and ('/' != '<<' or abs(2**64 + 5) < 200) else 'skip')
except Exception as e:
    print('(3) / (2**64 + 5)', type(e).__name__, e)
try:
    print('(3) < (2**64 + 5)', (3) < (2**64 + 5) if ('<' != '**' or abs(2**64 + 5) < 200) and ('<' != '<<' or abs(2**64 + 5) < 200) else 'skip')
except Exception as e:
    print('(3) < (2**64 + 5)', type(e).__name__, e)
try:
    print('(3) == (2**64 + 5)', (3) == (2**64 + 5) if ('==' != '**' or abs(2**64 + 5) < 200) and ('==' != '<<' or abs(2**64 + 5) < 200) else 'skip')
except Exception as e:
    print('(3) == (2**64 + 5)', type(e).__name__, e)
try:
    print('(3) >= (2**64 + 5)', (3) >= (2**64 + 5) if ('>=' != '**' or abs(2**64 + 5) < 200) and ('>=' != '<<' or abs(2**64 + 5) < 200) else 'skip')
except Exception as e:
    print('(3) >= (2**64 + 5)', type(e).__name__, e)
try:
    print('(3) + (-(2**70))', (3) + (-(2**70)) if ('+' != '**' or abs(-(2**70)) < 200) and ('+' != '<<' or abs(-(2**70)) < 200) else 'skip')
except Exception as e:
    print('(3) + (-(2**70))', type(e).__name__, e)
try:
    print('(3) - (-(2**70))', (3) - (-(2**70)) if ('-' != '**' or abs(-(2**70)) < 200) and ('-' != '<<' or abs(-(2**70)) < 200) else 'skip')
except Exception as e:
    print('(3) - (-(2**70))', type(e).__name__, e)
try:
    print('(3) * (-(2**70))', (3) * (-(2**70)) if ('*' != '**' or abs(-(2**70)) < 200) and ('*' != '<<' or abs(-(2**70)) < 200) else 'skip')
except Exception as e:
    print('(3) * (-(2**70))', type(e).__name__, e)
try:
    print('(3) // (-(2**70))', (3) // (-(2**70)) if ('//' != '**' or abs(-(2**70)) < 200) and ('//' != '<<' or abs(-(2**70)) < 200) else 'skip')
except Exception as e:
    print('(3) // (-(2**70))', type(e).__name__, e)
try:
    print('(3) % (-(2**70))', (3) % (-(2**70)) if ('%' != '**' or abs(-(2**70)) < 200) and ('%' != '<<' or abs(-(2**70)) < 200) else 'skip')
except Exception as e:
    print('(3) % (-(2**70))', type(e).__name__, e)
try:
    print('(3) ** (-(2**70))', (3) ** (-(2**70)) if ('**' != '**' or abs(-(2**70)) < 200) and ('**' != '<<' or abs(-(2**70)) < 200) else 'skip')
except Exception as e:
    print('(3) ** (-(2**70))', type(e).__name__, e)
try:
    print('(3) << (-(2**70))', (3) << (-(2**70)) if ('<<' != '**' or abs(-(2**70)) < 200) and ('<<' != '<<' or abs(-(2**70)) < 200) else 'skip')
except Exception as e:
    print('(3) << (-(2**70))', type(e).__name__, e)
try:
    print('(3) >> (-(2**70))', (3) >> (-(2**70)) if ('>>' != '**' or abs(-(2**70)) < 200) and ('>>' != '<<' or abs(-(2**70)) < 200) else 'skip')
except Exception as e:
    print('(3) >> (-(2**70))', type(e).__name__, e)
try:
    print('(3) & (-(2**70))', (3) & (-(2**70)) if ('&' != '**' or abs(-(2**70)) < 200) and ('&' != '<<' or abs(-(2**70)) < 200) else 'skip')
except Exception as e:
    print('(3) & (-(2**70))', type(e).__name__, e)
try:
    print('(3) | (-(2**70))', (3) | (-(2**70)) if ('|' != '**' or abs(-(2**70)) < 200) and ('|' != '<<' or abs(-(2**70)) < 200) else 'skip')
except Exception as e:
    print('(3) | (-(2**70))', type(e).__name__, e)
try:
    print('(3) ^ (-(2**70))', (3) ^ (-(2**70)) if ('^' != '**' or abs(-(2**70)) < 200) and ('^' != '<<' or abs(-(2**70)) < 200) else 'skip')
except Exception as e:
    print('(3) ^ (-(2**70))', type(e).__name__, e)
try:
    print('(3) / (-(2**70))', (3) / (-(2**70)) if ('/' != '**' or abs(-(2**70)) < 200) and ('/' != '<<' or abs(-(2**70)) < 200) else 'skip')
except Exception as e:
    print('(3) / (-(2**70))', type(e).__name__, e)
try:
    print('(3) < (-(2**70))', (3) < (-(2**70)) if ('<' != '**' or abs(-(2**70)) < 200) and ('<' != '<<' or abs(-(2**70)) < 200) else 'skip')
except Exception as e:
    print('(3) < (-(2**70))', type(e).__name__, e)
try:
    print('(3) == (-(2**70))', (3) == (-(2**70)) if ('==' != '**' or abs(-(2**70)) < 200) and ('==' != '<<' or abs(-(2**70)) < 200) else 'skip')
except Exception as e:
    print('(3) == (-(2**70))', type(e).__name__, e)
try:
    print('(3) >= (-(2**70))', (3) >= (-(2**70)) if ('>=' != '**' or abs(-(2**70)) < 200) and ('>=' != '<<' or abs(-(2**70)) < 200) else 'skip')
except Exception as e:
    print('(3) >= (-(2**70))', type(e).__name__, e)
try:
    print('(3) + (10**20)', (3) + (10**20) if ('+' != '**' or abs(10**20) < 200) and ('+' != '<<' or abs(10**20) < 200) else 'skip')
except Exception as e:
    print('(3) + (10**20)', type(e).__name__, e)
try:
    print('(3) - (10**20)', (3) - (10**20) if ('-' != '**' or abs(10**20) < 200) and ('-' != '<<' or abs(10**20) < 200) else 'skip')
except Exception as e:
    print('(3) - (10**20)', type(e).__name__, e)
try:
    print('(3) * (10**20)', (3) * (10**20) if ('*' != '**' or abs(10**20) < 200) and ('*' != '<<' or abs(10**20) < 200) else 'skip')
except Exception as e:
    print('(3) * (10**20)', type(e).__name__, e)
try:
    print('(3) // (10**20)', (3) // (10**20) if ('//' != '**' or abs(10**20) < 200) and ('//' != '<<' or abs(10**20) < 200) else 'skip')
except Exception as e:
    print('(3) // (10**20)', type(e).__name__, e)
try:
    print('(3) % (10**20)', (3) % (10**20) if ('%' != '**' or abs(10**20) < 200) and ('%' != '<<' or abs(10**20) < 200) else 'skip')
except Exception as e:
    print('(3) % (10**20)', type(e).__name__, e)
try:
    print('(3) ** (10**20)', (3) ** (10**20) if ('**' != '**' or abs(10**20) < 200) and ('**' != '<<' or abs(10**20) < 200) else 'skip')
except Exception as e:
    print('(3) ** (10**20)', type(e).__name__, e)
try:
    print('(3) << (10**20)', (3) << (10**20) if ('<<' != '**' or abs(10**20) < 200) and ('<<' != '<<' or abs(10**20) < 200) else 'skip')
except Exception as e:
    print('(3) << (10**20)', type(e).__name__, e)
try:
    print('(3) >> (10**20)', (3) >> (10**20) if ('>>' != '**' or abs(10**20) < 200) and ('>>' != '<<' or abs(10**20) < 200) else 'skip')
except Exception as e:
    print('(3) >> (10**20)', type(e).__name__, e)
try:
    print('(3) & (10**20)', (3) & (10**20) if ('&' != '**' or abs(10**20) < 200) and ('&' != '<<' or abs(10**20) < 200) else 'skip')
except Exception as e:
    print('(3) & (10**20)', type(e).__name__, e)
try:
    print('(3) | (10**20)', (3) | (10**20) if ('|' != '**' or abs(10**20) < 200) and ('|' != '<<' or abs(10**20) < 200) else 'skip')
except Exception as e:
    print('(3) | (10**20)', type(e).__name__, e)
try:
    print('(3) ^ (10**20)', (3) ^ (10**20) if ('^' != '**' or abs(10**20) < 200) and ('^' != '<<' or abs(10**20) < 200) else 'skip')
except Exception as e:
    print('(3) ^ (10**20)', type(e).__name__, e)
try:
    print('(3) / (10**20)', (3) / (10**20) if ('/' != '**' or abs(10**20) < 200) and ('/' != '<<' or abs(10**20) < 200) else 'skip')
except Exception as e:
    print('(3) / (10**20)', type(e).__name__, e)
try:
    print('(3) < (10**20)', (3) < (10**20) if ('<' != '**' or abs(10**20) < 200) and ('<' != '<<' or abs(10**20) < 200) else 'skip')
except Exception as e:
    print('(3) < (10**20)', type(e).__name__, e)
try:
    print('(3) == (10**20)', (3) == (10**20) if ('==' != '**' or abs(10**20) < 200) and ('==' != '<<' or abs(10**20) < 200) else 'skip')
except Exception as e:
    print('(3) == (10**20)', type(e).__name__, e)
try:
    print('(3) >= (10**20)', (3) >= (10**20) if ('>=' != '**' or abs(10**20) < 200) and ('>=' != '<<' or abs(10**20) < 200) else 'skip')
except Exception as e:
    print('(3) >= (10**20)', type(e).__name__, e)
try:
    print('(3) + (True)', (3) + (True) if ('+' != '**' or abs(True) < 200) and ('+' != '<<' or abs(True) < 200) else 'skip')
except Exception as e:
    print('(3) + (True)', type(e).__name__, e)
try:
    print('(3) - (True)', (3) - (True) if ('-' != '**' or abs(True) < 200) and ('-' != '<<' or abs(True) < 200) else 'skip')
except Exception as e:
    print('(3) - (True)', type(e).__name__, e)
try:
    print('(3) * (True)', (3) * (True) if ('*' != '**' or abs(True) < 200) and ('*' != '<<' or abs(True) < 200) else 'skip')
except Exception as e:
    print('(3) * (True)', type(e).__name__, e)
try:
    print('(3) // (True)', (3) // (True) if ('//' != '**' or abs(True) < 200) and ('//' != '<<' or abs(True) < 200) else 'skip')
except Exception as e:
    print('(3) // (True)', type(e).__name__, e)
try:
    print('(3) % (True)', (3) % (True) if ('%' != '**' or abs(True) < 200) and ('%' != '<<' or abs(True) < 200) else 'skip')
except Exception as e:
    print('(3) % (True)', type(e).__name__, e)
try:
    print('(3) ** (True)', (3) ** (True) if ('**' != '**' or abs(True) < 200) and ('**' != '<<' or abs(True) < 200) else 'skip')
except Exception as e:
    print('(3) ** (True)', type(e).__name__, e)
try:
    print('(3) << (True)', (3) << (True) if ('<<' != '**' or abs(True) < 200) and ('<<' != '<<' or abs(True) < 200) else 'skip')
except Exception as e:
    print('(3) << (True)', type(e).__name__, e)
try:
    print('(3) >> (True)', (3) >> (True) if ('>>' != '**' or abs(True) < 200) and ('>>' != '<<' or abs(True) < 200) else 'skip')
except Exception as e:
    print('(3) >> (True)', type(e).__name__, e)
try:
    print('(3) & (True)', (3) & (True) if ('&' != '**' or abs(True) < 200) and ('&' != '<<' or abs(True) < 200) else 'skip')
except Exception as e:
    print('(3) & (True)', type(e).__name__, e)
try:
    print('(3) | (True)', (3) | (True) if ('|' != '**' or abs(True) < 200) and ('|' != '<<' or abs(True) < 200) else 'skip')
except Exception as e:
    print('(3) | (True)', type(e).__name__, e)
try:
    print('(3) ^ (True)', (3) ^ (True) if ('^' != '**' or abs(True) < 200) and ('^' != '<<' or abs(True) < 200) else 'skip')
except Exception as e:
    print('(3) ^ (True)', type(e).__name__, e)
try:
    print('(3) / (True)', (3) / (True) if ('/' != '**' or abs(True) < 200) and ('/' != '<<' or abs(True) < 200) else 'skip')
except Exception as e:
    print('(3) / (True)', type(e).__name__, e)
try:
    print('(3) < (True)', (3) < (True) if ('<' != '**' or abs(True) < 200) and ('<' != '<<' or abs(True) < 200) else 'skip')
except Exception as e:
    print('(3) < (True)', type(e).__name__, e)
try:
    print('(3) == (True)', (3) == (True) if ('==' != '**' or abs(True) < 200) and ('==' != '<<' or abs(True) < 200) else 'skip')
except Exception as e:
    print('(3) == (True)', type(e).__name__, e)
try:
    print('(3) >= (True)', (3) >= (True) if ('>=' != '**' or abs(True) < 200) and ('>=' != '<<' or abs(True) < 200) else 'skip')
except Exception as e:
    print('(3) >= (True)', type(e).__name__, e)
try:
    print('(3) + (2.5)', (3) + (2.5) if ('+' != '**' or abs(2.5) < 200) and ('+' != '<<' or abs(2.5) < 200) else 'skip')
except Exception as e:
    print('(3) + (2.5)', type(e).__name__, e)
try:
    print('(3) - (2.5)', (3) - (2.5) if ('-' != '**' or abs(2.5) < 200) and ('-' != '<<' or abs(2.5) < 200) else 'skip')
except Exception as e:
    print('(3) - (2.5)', type(e).__name__, e)
try:
    print('(3) * (2.5)', (3) * (2.5) if ('*' != '**' or abs(2.5) < 200) and ('*' != '<<' or abs(2.5) < 200) else 'skip')
except Exception as e:
    print('(3) * (2.5)', type(e).__name__, e)
try:
    print('(3) // (2.5)', (3) // (2.5) if ('//' != '**' or abs(2.5) < 200) and ('//' != '<<' or abs(2.5) < 200) else 'skip')
except Exception as e:
    print('(3) // (2.5)', type(e).__name__, e)
try:
    print('(3) % (2.5)', (3) % (2.5) if ('%' != '**' or abs(2.5) < 200) and ('%' != '<<' or abs(2.5) < 200) else 'skip')
except Exception as e:
    print('(3) % (2.5)', type(e).__name__, e)
try:
    print('(3) ** (2.5)', (3) ** (2.5) if ('**' != '**' or abs(2.5) < 200) and ('**' != '<<' or abs(2.5) < 200) else 'skip')
except Exception as e:
    print('(3) ** (2.5)', type(e).__name__, e)
try:
    print('(3) << (2.5)', (3) << (2.5) if ('<<' != '**' or abs(2.5) < 200) and ('<<' != '<<' or abs(2.5) < 200) else 'skip')
except Exception as e:
    print('(3) << (2.5)', type(e).__name__, e)
try:
    print('(3) >> (2.5)', (3) >> (2.5) if ('>>' != '**' or abs(2.5) < 200) and ('>>' != '<<' or abs(2.5) < 200) else 'skip')
except Exception as e:
    print('(3) >> (2.5)', type(e).__name__, e)
try:
    print('(3) & (2.5)', (3) & (2.5) if ('&' != '**' or abs(2.5) < 200) and ('&' != '<<' or abs(2.5) < 200) else 'skip')
except Exception as e:
    print('(3) & (2.5)', type(e).__name__, e)
try:
    print('(3) | (2.5)', (3) | (2.5) if ('|' != '**' or abs(2.5) < 200) and ('|' != '<<' or abs(2.5) < 200) else 'skip')
except Exception as e:
    print('(3) | (2.5)', type(e).__name__, e)
try:
    print('(3) ^ (2.5)', (3) ^ (2.5) if ('^' != '**' or abs(2.5) < 200) and ('^' != '<<' or abs(2.5) < 200) else 'skip')
except Exception as e:
    print('(3) ^ (2.5)', type(e).__name__, e)
try:
    print('(3) / (2.5)', (3) / (2.5) if ('/' != '**' or abs(2.5) < 200) and ('/' != '<<' or abs(2.5) < 200) else 'skip')
except Exception as e:
    print('(3) / (2.5)', type(e).__name__, e)
try:
    print('(3) < (2.5)', (3) < (2.5) if ('<' != '**' or abs(2.5) < 200) and ('<' != '<<' or abs(2.5) < 200) else 'skip')
except Exception as e:
    print('(3) < (2.5)', type(e).__name__, e)
try:
    print('(3) == (2.5)', (3) == (2.5) if ('==' != '**' or abs(2.5) < 200) and ('==' != '<<' or abs(2.5) < 200) else 'skip')
except Exception as e:
    print('(3) == (2.5)', type(e).__name__, e)
try:
    print('(3) >= (2.5)', (3) >= (2.5) if ('>=' != '**' or abs(2.5) < 200) and ('>=' != '<<' or abs(2.5) < 200) else 'skip')
except Exception as e:
    print('(3) >= (2.5)', type(e).__name__, e)
try:
    print('(3) + (-0.5)', (3) + (-0.5) if ('+' != '**' or abs(-0.5) < 200) and ('+' != '<<' or abs(-0.5) < 200) else 'skip')
except Exception as e:
    print('(3) + (-0.5)', type(e).__name__, e)
try:
    print('(3) - (-0.5)', (3) - (-0.5) if ('-' != '**' or abs(-0.5) < 200) and ('-' != '<<' or abs(-0.5) < 200) else 'skip')
except Exception as e:
    print('(3) - (-0.5)', type(e).__name__, e)
try:
    print('(3) * (-0.5)', (3) * (-0.5) if ('*' != '**' or abs(-0.5) < 200) and ('*' != '<<' or abs(-0.5) < 200) else 'skip')
except Exception as e:
    print('(3) * (-0.5)', type(e).__name__, e)
try:
    print('(3) // (-0.5)', (3) // (-0.5) if ('//' != '**' or abs(-0.5) < 200) and ('//' != '<<' or abs(-0.5) < 200) else 'skip')
except Exception as e:
    print('(3) // (-0.5)', type(e).__name__, e)
try:
    print('(3) % (-0.5)', (3) % (-0.5) if ('%' != '**' or abs(-0.5) < 200) and ('%' != '<<' or abs(-0.5) < 200) else 'skip')
except Exception as e:
    print('(3) % (-0.5)', type(e).__name__, e)
try:
    print('(3) ** (-0.5)', (3) ** (-0.5) if ('**' != '**' or abs(-0.5) < 200) and ('**' != '<<' or abs(-0.5) < 200) else 'skip')
except Exception as e:
    print('(3) ** (-0.5)', type(e).__name__, e)
try:
    print('(3) << (-0.5)', (3) << (-0.5) if ('<<' != '**' or abs(-0.5) < 200) and ('<<' != '<<' or abs(-0.5) < 200) else 'skip')
except Exception as e:
    print('(3) << (-0.5)', type(e).__name__, e)
try:
    print('(3) >> (-0.5)', (3) >> (-0.5) if ('>>' != '**' or abs(-0.5) < 200) and ('>>' != '<<' or abs(-0.5) < 200) else 'skip')
except Exception as e:
    print('(3) >> (-0.5)', type(e).__name__, e)
try:
    print('(3) & (-0.5)', (3) & (-0.5) if ('&' != '**' or abs(-0.5) < 200) and ('&' != '<<' or abs(-0.5) < 200) else 'skip')
except Exception as e:
    print('(3) & (-0.5)', type(e).__name__, e)
try:
    print('(3) | (-0.5)', (3) | (-0.5) if ('|' != '**' or abs(-0.5) < 200) and ('|' != '<<' or abs(-0.5) < 200) else 'skip')
except Exception as e:
    print('(3) | (-0.5)', type(e).__name__, e)
try:
    print('(3) ^ (-0.5)', (3) ^ (-0.5) if ('^' != '**' or abs(-0.5) < 200) and ('^' != '<<' or abs(-0.5) < 200) else 'skip')
except Exception as e:
    print('(3) ^ (-0.5)', type(e).__name__, e)
try:
    print('(3) / (-0.5)', (3) / (-0.5) if ('/' != '**' or abs(-0.5) < 200) and ('/' != '<<' or abs(-0.5) < 200) else 'skip')
except Exception as e:
    print('(3) / (-0.5)', type(e).__name__, e)
try:
    print('(3) < (-0.5)', (3) < (-0.5) if ('<' != '**' or abs(-0.5) < 200) and ('<' != '<<' or abs(-0.5) < 200) else 'skip')
except Exception as e:
    print('(3) < (-0.5)', type(e).__name__, e)
try:
    print('(3) == (-0.5)', (3) == (-0.5) if ('==' != '**' or abs(-0.5) < 200) and ('==' != '<<' or abs(-0.5) < 200) else 'skip')
except Exception as e:
    print('(3) == (-0.5)', type(e).__name__, e)
try:
    print('(3) >= (-0.5)', (3) >= (-0.5) if ('>=' != '**' or abs(-0.5) < 200) and ('>=' != '<<' or abs(-0.5) < 200) else 'skip')
except Exception as e:
    print('(3) >= (-0.5)', type(e).__name__, e)
try:
    print('(-3) + (0)', (-3) + (0) if ('+' != '**' or abs(0) < 200) and ('+' != '<<' or abs(0) < 200) else 'skip')
except Exception as e:
    print('(-3) + (0)', type(e).__name__, e)
try:
    print('(-3) - (0)', (-3) - (0) if ('-' != '**' or abs(0) < 200) and ('-' != '<<' or abs(0) < 200) else 'skip')
except Exception as e:
    print('(-3) - (0)', type(e).__name__, e)
try:
    print('(-3) * (0)', (-3) * (0) if ('*' != '**' or abs(0) < 200) and ('*' != '<<' or abs(0) < 200) else 'skip')
except Exception as e:
    print('(-3) * (0)', type(e).__name__, e)
try:
    print('(-3) // (0)', (-3) // (0) if ('//' != '**' or abs(0) < 200) and ('//' != '<<' or abs(0) < 200) else 'skip')
except Exception as e:
    print('(-3) // (0)', type(e).__name__, e)
try:
    print('(-3) % (0)', (-3) % (0) if ('%' != '**' or abs(0) < 200) and ('%' != '<<' or abs(0) < 200) else 'skip')
except Exception as e:
    print('(-3) % (0)', type(e).__name__, e)
try:
    print('(-3) ** (0)', (-3) ** (0) if ('**' != '**' or abs(0) < 200) and ('**' != '<<' or abs(0) < 200) else 'skip')
except Exception as e:
    print('(-3) ** (0)', type(e).__name__, e)
try:
    print('(-3) << (0)', (-3) << (0) if ('<<' != '**' or abs(0) < 200) and ('<<' != '<<' or abs(0) < 200) else 'skip')
except Exception as e:
    print('(-3) << (0)', type(e).__name__, e)
try:
    print('(-3) >> (0)', (-3) >> (0) if ('>>' != '**' or abs(0) < 200) and ('>>' != '<<' or abs(0) < 200) else 'skip')
except Exception as e:
    print('(-3) >> (0)', type(e).__name__, e)
try:
    print('(-3) & (0)', (-3) & (0) if ('&' != '**' or abs(0) < 200) and ('&' != '<<' or abs(0) < 200) else 'skip')
except Exception as e:
    print('(-3) & (0)', type(e).__name__, e)
try:
    print('(-3) | (0)', (-3) | (0) if ('|' != '**' or abs(0) < 200) and ('|' != '<<' or abs(0) < 200) else 'skip')
except Exception as e:
    print('(-3) | (0)', type(e).__name__, e)
try:
    print('(-3) ^ (0)', (-3) ^ (0) if ('^' != '**' or abs(0) < 200) and ('^' != '<<' or abs(0) < 200) else 'skip')
except Exception as e:
    print('(-3) ^ (0)', type(e).__name__, e)
try:
    print('(-3) / (0)', (-3) / (0) if ('/' != '**' or abs(0) < 200) and ('/' != '<<' or abs(0) < 200) else 'skip')
except Exception as e:
    print('(-3) / (0)', type(e).__name__, e)
try:
    print('(-3) < (0)', (-3) < (0) if ('<' != '**' or abs(0) < 200) and ('<' != '<<' or abs(0) < 200) else 'skip')
except Exception as e:
    print('(-3) < (0)', type(e).__name__, e)
try:
    print('(-3) == (0)', (-3) == (0) if ('==' != '**' or abs(0) < 200) and ('==' != '<<' or abs(0) < 200) else 'skip')
except Exception as e:
    print('(-3) == (0)', type(e).__name__, e)
try:
    print('(-3) >= (0)', (-3) >= (0) if ('>=' != '**' or abs(0) < 200) and ('>=' != '<<' or abs(0) < 200) else 'skip')
except Exception as e:
    print('(-3) >= (0)', type(e).__name__, e)
try:
    print('(-3) + (1)', (-3) + (1) if ('+' != '**' or abs(1) < 200) and ('+' != '<<' or abs(1) < 200) else 'skip')
except Exception as e:
    print('(-3) + (1)', type(e).__name__, e)
try:
    print('(-3) - (1)', (-3) - (1) if ('-' != '**' or abs(1) < 200) and ('-' != '<<' or abs(1) < 200) else 'skip')
except Exception as e:
    print('(-3) - (1)', type(e).__name__, e)
try:
    print('(-3) * (1)', (-3) * (1) if ('*' != '**' or abs(1) < 200) and ('*' != '<<' or abs(1) < 200) else 'skip')
except Exception as e:
    print('(-3) * (1)', type(e).__name__, e)
try:
    print('(-3) // (1)', (-3) // (1) if ('//' != '**' or abs(1) < 200) and ('//' != '<<' or abs(1) < 200) else 'skip')
except Exception as e:
    print('(-3) // (1)', type(e).__name__, e)
try:
    print('(-3) % (1)', (-3) % (1) if ('%' != '**' or abs(1) < 200) and ('%' != '<<' or abs(1) < 200) else 'skip')
except Exception as e:
    print('(-3) % (1)', type(e).__name__, e)
try:
    print('(-3) ** (1)', (-3) ** (1) if ('**' != '**' or abs(1) < 200) and ('**' != '<<' or abs(1) < 200) else 'skip')
except Exception as e:
    print('(-3) ** (1)', type(e).__name__, e)
try:
    print('(-3) << (1)', (-3) << (1) if ('<<' != '**' or abs(1) < 200) and ('<<' != '<<' or abs(1) < 200) else 'skip')
except Exception as e:
    print('(-3) << (1)', type(e).__name__, e)
try:
    print('(-3) >> (1)', (-3) >> (1) if ('>>' != '**' or abs(1) < 200) and ('>>' != '<<' or abs(1) < 200) else 'skip')
except Exception as e:
    print('(-3) >> (1)', type(e).__name__, e)
try:
    print('(-3) & (1)', (-3) & (1) if ('&' != '**' or abs(1) < 200) and ('&' != '<<' or abs(1) < 200) else 'skip')
except Exception as e:
    print('(-3) & (1)', type(e).__name__, e)
try:
    print('(-3) | (1)', (-3) | (1) if ('|' != '**' or abs(1) < 200) and ('|' != '<<' or abs(1) < 200) else 'skip')
except Exception as e:
    print('(-3) | (1)', type(e).__name__, e)
try:
    print('(-3) ^ (1)', (-3) ^ (1) if ('^' != '**' or abs(1) < 200) and ('^' != '<<' or abs(1) < 200) else 'skip')
except Exception as e:
    print('(-3) ^ (1)', type(e).__name__, e)
try:
    print('(-3) / (1)', (-3) / (1) if ('/' != '**' or abs(1) < 200) and ('/' != '<<' or abs(1) < 200) else 'skip')
except Exception as e:
    print('(-3) / (1)', type(e).__name__, e)
try:
    print('(-3) < (1)', (-3) < (1) if ('<' != '**' or abs(1) < 200) and ('<' != '<<' or abs(1) < 200) else 'skip')
except Exception as e:
    print('(-3) < (1)', type(e).__name__, e)
try:
    print('(-3) == (1)', (-3) == (1) if ('==' != '**' or abs(1) < 200) and ('==' != '<<' or abs(1) < 200) else 'skip')
except Exception as e:
    print('(-3) == (1)', type(e).__name__, e)
try:
    print('(-3) >= (1)', (-3) >= (1) if ('>=' != '**' or abs(1) < 200) and ('>=' != '<<' or abs(1) < 200) else 'skip')
except Exception as e:
    print('(-3) >= (1)', type(e).__name__, e)
try:
    print('(-3) + (-1)', (-3) + (-1) if ('+' != '**' or abs(-1) < 200) and ('+' != '<<' or abs(-1) < 200) else 'skip')
except Exception as e:
    print('(-3) + (-1)', type(e).__name__, e)
try:
    print('(-3) - (-1)', (-3) - (-1) if ('-' != '**' or abs(-1) < 200) and ('-' != '<<' or abs(-1) < 200) else 'skip')
except Exception as e:
    print('(-3) - (-1)', type(e).__name__, e)
try:
    print('(-3) * (-1)', (-3) * (-1) if ('*' != '**' or abs(-1) < 200) and ('*' != '<<' or abs(-1) < 200) else 'skip')
except Exception as e:
    print('(-3) * (-1)', type(e).__name__, e)
try:
    print('(-3) // (-1)', (-3) // (-1) if ('//' != '**' or abs(-1) < 200) and ('//' != '<<' or abs(-1) < 200) else 'skip')
except Exception as e:
    print('(-3) // (-1)', type(e).__name__, e)
try:
    print('(-3) % (-1)', (-3) % (-1) if ('%' != '**' or abs(-1) < 200) and ('%' != '<<' or abs(-1) < 200) else 'skip')
except Exception as e:
    print('(-3) % (-1)', type(e).__name__, e)
try:
    print('(-3) ** (-1)', (-3) ** (-1) if ('**' != '**' or abs(-1) < 200) and ('**' != '<<' or abs(-1) < 200) else 'skip')
except Exception as e:
    print('(-3) ** (-1)', type(e).__name__, e)
try:
    print('(-3) << (-1)', (-3) << (-1) if ('<<' != '**' or abs(-1) < 200) and ('<<' != '<<' or abs(-1) < 200) else 'skip')
except Exception as e:
    print('(-3) << (-1)', type(e).__name__, e)
try:
    print('(-3) >> (-1)', (-3) >> (-1) if ('>>' != '**' or abs(-1) < 200) and ('>>' != '<<' or abs(-1) < 200) else 'skip')
except Exception as e:
    print('(-3) >> (-1)', type(e).__name__, e)
try:
    print('(-3) & (-1)', (-3) & (-1) if ('&' != '**' or abs(-1) < 200) and ('&' != '<<' or abs(-1) < 200) else 'skip')
except Exception as e:
    print('(-3) & (-1)', type(e).__name__, e)
try:
    print('(-3) | (-1)', (-3) | (-1) if ('|' != '**' or abs(-1) < 200) and ('|' != '<<' or abs(-1) < 200) else 'skip')
except Exception as e:
    print('(-3) | (-1)', type(e).__name__, e)
try:
    print('(-3) ^ (-1)', (-3) ^ (-1) if ('^' != '**' or abs(-1) < 200) and ('^' != '<<' or abs(-1) < 200) else 'skip')
except Exception as e:
    print('(-3) ^ (-1)', type(e).__name__, e)
try:
    print('(-3) / (-1)', (-3) / (-1) if ('/' != '**' or abs(-1) < 200) and ('/' != '<<' or abs(-1) < 200) else 'skip')
except Exception as e:
    print('(-3) / (-1)', type(e).__name__, e)
try:
    print('(-3) < (-1)', (-3) < (-1) if ('<' != '**' or abs(-1) < 200) and ('<' != '<<' or abs(-1) < 200) else 'skip')
except Exception as e:
    print('(-3) < (-1)', type(e).__name__, e)
try:
    print('(-3) == (-1)', (-3) == (-1) if ('==' != '**' or abs(-1) < 200) and ('==' != '<<' or abs(-1) < 200) else 'skip')
except Exception as e:
    print('(-3) == (-1)', type(e).__name__, e)
try:
    print('(-3) >= (-1)', (-3) >= (-1) if ('>=' != '**' or abs(-1) < 200) and ('>=' != '<<' or abs(-1) < 200) else 'skip')
except Exception as e:
    print('(-3) >= (-1)', type(e).__name__, e)
try:
    print('(-3) + (7)', (-3) + (7) if ('+' != '**' or abs(7) < 200) and ('+' != '<<' or abs(7) < 200) else 'skip')
except Exception as e:
    print('(-3) + (7)', type(e).__name__, e)
try:
    print('(-3) - (7)', (-3) - (7) if ('-' != '**' or abs(7) < 200) and ('-' != '<<' or abs(7) < 200) else 'skip')
except Exception as e:
    print('(-3) - (7)', type(e).__name__, e)
try:
    print('(-3) * (7)', (-3) * (7) if ('*' != '**' or abs(7) < 200) and ('*' != '<<' or abs(7) < 200) else 'skip')
except Exception as e:
    print('(-3) * (7)', type(e).__name__, e)
try:
    print('(-3) // (7)', (-3) // (7) if ('//' != '**' or abs(7) < 200) and ('//' != '<<' or abs(7) < 200) else 'skip')
except Exception as e:
    print('(-3) // (7)', type(e).__name__, e)
try:
    print('(-3) % (7)', (-3) % (7) if ('%' != '**' or abs(7) < 200) and ('%' != '<<' or abs(7) < 200) else 'skip')
except Exception as e:
    print('(-3) % (7)', type(e).__name__, e)
try:
    print('(-3) ** (7)', (-3) ** (7) if ('**' != '**' or abs(7) < 200) and ('**' != '<<' or abs(7) < 200) else 'skip')
except Exception as e:
    print('(-3) ** (7)', type(e).__name__, e)
try:
    print('(-3) << (7)', (-3) << (7) if ('<<' != '**' or abs(7) < 200) and ('<<' != '<<' or abs(7) < 200) else 'skip')
except Exception as e:
    print('(-3) << (7)', type(e).__name__, e)
try:
    print('(-3) >> (7)', (-3) >> (7) if ('>>' != '**' or abs(7) < 200) and ('>>' != '<<' or abs(7) < 200) else 'skip')
except Exception as e:
    print('(-3) >> (7)', type(e).__name__, e)
try:
    print('(-3) & (7)', (-3) & (7) if ('&' != '**' or abs(7) < 200) and ('&' != '<<' or abs(7) < 200) else 'skip')
except Exception as e:
    print('(-3) & (7)', type(e).__name__, e)
try:
    print('(-3) | (7)', (-3) | (7) if ('|' != '**' or abs(7) < 200) and ('|' != '<<' or abs(7) < 200) else 'skip')
except Exception as e:
    print('(-3) | (7)', type(e).__name__, e)
try:
    print('(-3) ^ (7)', (-3) ^ (7) if ('^' != '**' or abs(7) < 200) and ('^' != '<<' or abs(7) < 200) else 'skip')
except Exception as e:
    print('(-3) ^ (7)', type(e).__name__, e)
try:
    print('(-3) / (7)', (-3) / (7) if ('/' != '**' or abs(7) < 200) and ('/' != '<<' or abs(7) < 200) else 'skip')
except Exception as e:
    print('(-3) / (7)', type(e).__name__, e)
try:
    print('(-3) < (7)', (-3) < (7) if ('<' != '**' or abs(7) < 200) and ('<' != '<<' or abs(7) < 200) else 'skip')
except Exception as e:
    print('(-3) < (7)', type(e).__name__, e)
try:
    print('(-3) == (7)', (-3) == (7) if ('==' != '**' or abs(7) < 200) and ('==' != '<<' or abs(7) < 200) else 'skip')
except Exception as e:
    print('(-3) == (7)', type(e).__name__, e)
try:
    print('(-3) >= (7)', (-3) >= (7) if ('>=' != '**' or abs(7) < 200) and ('>=' != '<<' or abs(7) < 200) else 'skip')
except Exception as e:
    print('(-3) >= (7)', type(e).__name__, e)
try:
    print('(-3) + (-7)', (-3) + (-7) if ('+' != '**' or abs(-7) < 200) and ('+' != '<<' or abs(-7) < 200) else 'skip')
except Exception as e:
    print('(-3) + (-7)', type(e).__name__, e)
try:
    print('(-3) - (-7)', (-3) - (-7) if ('-' != '**' or abs(-7) < 200) and ('-' != '<<' or abs(-7) < 200) else 'skip')
except Exception as e:
    print('(-3) - (-7)', type(e).__name__, e)
try:
    print('(-3) * (-7)', (-3) * (-7) if ('*' != '**' or abs(-7) < 200) and ('*' != '<<' or abs(-7) < 200) else 'skip')
except Exception as e:
    print('(-3) * (-7)', type(e).__name__, e)
try:
    print('(-3) // (-7)', (-3) // (-7) if ('//' != '**' or abs(-7) < 200) and ('//' != '<<' or abs(-7) < 200) else 'skip')
except Exception as e:
    print('(-3) // (-7)', type(e).__name__, e)
try:
    print('(-3) % (-7)', (-3) % (-7) if ('%' != '**' or abs(-7) < 200) and ('%' != '<<' or abs(-7) < 200) else 'skip')
except Exception as e:
    print('(-3) % (-7)', type(e).__name__, e)
try:
    print('(-3) ** (-7)', (-3) ** (-7) if ('**' != '**' or abs(-7) < 200) and ('**' != '<<' or abs(-7) < 200) else 'skip')
except Exception as e:
    print('(-3) ** (-7)', type(e).__name__, e)
try:
    print('(-3) << (-7)', (-3) << (-7) if ('<<' != '**' or abs(-7) < 200) and ('<<' != '<<' or abs(-7) < 200) else 'skip')
except Exception as e:
    print('(-3) << (-7)', type(e).__name__, e)
try:
    print('(-3) >> (-7)', (-3) >> (-7) if ('>>' != '**' or abs(-7) < 200) and ('>>' != '<<' or abs(-7) < 200) else 'skip')
except Exception as e:
    print('(-3) >> (-7)', type(e).__name__, e)
try:
    print('(-3) & (-7)', (-3) & (-7) if ('&' != '**' or abs(-7) < 200) and ('&' != '<<' or abs(-7) < 200) else 'skip')
except Exception as e:
    print('(-3) & (-7)', type(e).__name__, e)
try:
    print('(-3) | (-7)', (-3) | (-7) if ('|' != '**' or abs(-7) < 200) and ('|' != '<<' or abs(-7) < 200) else 'skip')
except Exception as e:
    print('(-3) | (-7)', type(e).__name__, e)
try:
    print('(-3) ^ (-7)', (-3) ^ (-7) if ('^' != '**' or abs(-7) < 200) and ('^' != '<<' or abs(-7) < 200) else 'skip')
except Exception as e:
    print('(-3) ^ (-7)', type(e).__name__, e)
try:
    print('(-3) / (-7)', (-3) / (-7) if ('/' != '**' or abs(-7) < 200) and ('/' != '<<' or abs(-7) < 200) else 'skip')
except Exception as e:
    print('(-3) / (-7)', type(e).__name__, e)
try:
    print('(-3) < (-7)', (-3) < (-7) if ('<' != '**' or abs(-7) < 200) and ('<' != '<<' or abs(-7) < 200) else 'skip')
except Exception as e:
    print('(-3) < (-7)', type(e).__name__, e)
try:
    print('(-3) == (-7)', (-3) == (-7) if ('==' != '**' or abs(-7) < 200) and ('==' != '<<' or abs(-7) < 200) else 'skip')
except Exception as e:
    print('(-3) == (-7)', type(e).__name__, e)
try:
    print('(-3) >= (-7)', (-3) >= (-7) if ('>=' != '**' or abs(-7) < 200) and ('>=' != '<<' or abs(-7) < 200) else 'skip')
except Exception as e:
    print('(-3) >= (-7)', type(e).__name__, e)
try:
    print('(-3) + (3)', (-3) + (3) if ('+' != '**' or abs(3) < 200) and ('+' != '<<' or abs(3) < 200) else 'skip')
except Exception as e:
    print('(-3) + (3)', type(e).__name__, e)
try:
    print('(-3) - (3)', (-3) - (3) if ('-' != '**' or abs(3) < 200) and ('-' != '<<' or abs(3) < 200) else 'skip')
except Exception as e:
    print('(-3) - (3)', type(e).__name__, e)
try:
    print('(-3) * (3)', (-3) * (3) if ('*' != '**' or abs(3) < 200) and ('*' != '<<' or abs(3) < 200) else 'skip')
except Exception as e:
    print('(-3) * (3)', type(e).__name__, e)
try:
    print('(-3) // (3)', (-3) // (3) if ('//' != '**' or abs(3) < 200) and ('//' != '<<' or abs(3) < 200) else 'skip')
except Exception as e:
    print('(-3) // (3)', type(e).__name__, e)
try:
    print('(-3) % (3)', (-3) % (3) if ('%' != '**' or abs(3) < 200) and ('%' != '<<' or abs(3) < 200) else 'skip')
except Exception as e:
    print('(-3) % (3)', type(e).__name__, e)
try:
    print('(-3) ** (3)', (-3) ** (3) if ('**' != '**' or abs(3) < 200) and ('**' != '<<' or abs(3) < 200) else 'skip')
except Exception as e:
    print('(-3) ** (3)', type(e).__name__, e)
try:
    print('(-3) << (3)', (-3) << (3) if ('<<' != '**' or abs(3) < 200) and ('<<' != '<<' or abs(3) < 200) else 'skip')
except Exception as e:
    print('(-3) << (3)', type(e).__name__, e)
try:
    print('(-3) >> (3)', (-3) >> (3) if ('>>' != '**' or abs(3) < 200) and ('>>' != '<<' or abs(3) < 200) else 'skip')
except Exception as e:
    print('(-3) >> (3)', type(e).__name__, e)
try:
    print('(-3) & (3)', (-3) & (3) if ('&' != '**' or abs(3) < 200) and ('&' != '<<' or abs(3) < 200) else 'skip')
except Exception as e:
    print('(-3) & (3)', type(e).__name__, e)
try:
    print('(-3) | (3)', (-3) | (3) if ('|' != '**' or abs(3) < 200) and ('|' != '<<' or abs(3) < 200) else 'skip')
except Exception as e:
    print('(-3) | (3)', type(e).__name__, e)
try:
    print('(-3) ^ (3)', (-3) ^ (3) if ('^' != '**' or abs(3) < 200) and ('^' != '<<' or abs(3) < 200) else 'skip')
except Exception as e:
    print('(-3) ^ (3)', type(e).__name__, e)
try:
    print('(-3) / (3)', (-3) / (3) if ('/' != '**' or abs(3) < 200) and ('/' != '<<' or abs(3) < 200) else 'skip')
except Exception as e:
    print('(-3) / (3)', type(e).__name__, e)
try:
    print('(-3) < (3)', (-3) < (3) if ('<' != '**' or abs(3) < 200) and ('<' != '<<' or abs(3) < 200) else 'skip')
except Exception as e:
    print('(-3) < (3)', type(e).__name__, e)
try:
    print('(-3) == (3)', (-3) == (3) if ('==' != '**' or abs(3) < 200) and ('==' != '<<' or abs(3) < 200) else 'skip')
except Exception as e:
    print('(-3) == (3)', type(e).__name__, e)
try:
    print('(-3) >= (3)', (-3) >= (3) if ('>=' != '**' or abs(3) < 200) and ('>=' != '<<' or abs(3) < 200) else 'skip')
except Exception as e:
    print('(-3) >= (3)', type(e).__name__, e)
try:
    print('(-3) + (-3)', (-3) + (-3) if ('+' != '**' or abs(-3) < 200) and ('+' != '<<' or abs(-3) < 200) else 'skip')
except Exception as e:
    print('(-3) + (-3)', type(e).__name__, e)
try:
    print('(-3) - (-3)', (-3) - (-3) if ('-' != '**' or abs(-3) < 200) and ('-' != '<<' or abs(-3) < 200) else 'skip')
except Exception as e:
    print('(-3) - (-3)', type(e).__name__, e)
try:
    print('(-3) * (-3)', (-3) * (-3) if ('*' != '**' or abs(-3) < 200) and ('*' != '<<' or abs(-3) < 200) else 'skip')
except Exception as e:
    print('(-3) * (-3)', type(e).__name__, e)
try:
    print('(-3) // (-3)', (-3) // (-3) if ('//' != '**' or abs(-3) < 200) and ('//' != '<<' or abs(-3) < 200) else 'skip')
except Exception as e:
    print('(-3) // (-3)', type(e).__name__, e)
try:
    print('(-3) % (-3)', (-3) % (-3) if ('%' != '**' or abs(-3) < 200) and ('%' != '<<' or abs(-3) < 200) else 'skip')
except Exception as e:
    print('(-3) % (-3)', type(e).__name__, e)
try:
    print('(-3) ** (-3)', (-3) ** (-3) if ('**' != '**' or abs(-3) < 200) and ('**' != '<<' or abs(-3) < 200) else 'skip')
except Exception as e:
    print('(-3) ** (-3)', type(e).__name__, e)
try:
    print('(-3) << (-3)', (-3) << (-3) if ('<<' != '**' or abs(-3) < 200) and ('<<' != '<<' or abs(-3) < 200) else 'skip')
except Exception as e:
    print('(-3) << (-3)', type(e).__name__, e)
try:
    print('(-3) >> (-3)', (-3) >> (-3) if ('>>' != '**' or abs(-3) < 200) and ('>>' != '<<' or abs(-3) < 200) else 'skip')
except Exception as e:
    print('(-3) >> (-3)', type(e).__name__, e)
try:
    print('(-3) & (-3)', (-3) & (-3) if ('&' != '**' or abs(-3) < 200) and ('&' != '<<' or abs(-3) < 200) else 'skip')
except Exception as e:
    print('(-3) & (-3)', type(e).__name__, e)
try:
    print('(-3) | (-3)', (-3) | (-3) if ('|' != '**' or abs(-3) < 200) and ('|' != '<<' or abs(-3) < 200) else 'skip')
except Exception as e:
    print('(-3) | (-3)', type(e).__name__, e)
try:
    print('(-3) ^ (-3)', (-3) ^ (-3) if ('^' != '**' or abs(-3) < 200) and ('^' != '<<' or abs(-3) < 200) else 'skip')
except Exception as e:
    print('(-3) ^ (-3)', type(e).__name__, e)
try:
    print('(-3) / (-3)', (-3) / (-3) if ('/' != '**' or abs(-3) < 200) and ('/' != '<<' or abs(-3) < 200) else 'skip')
except Exception as e:
    print('(-3) / (-3)', type(e).__name__, e)
try:
    print('(-3) < (-3)', (-3) < (-3) if ('<' != '**' or abs(-3) < 200) and ('<' != '<<' or abs(-3) < 200) else 'skip')
except Exception as e:
    print('(-3) < (-3)', type(e).__name__, e)
try:
    print('(-3) == (-3)', (-3) == (-3) if ('==' != '**' or abs(-3) < 200) and ('==' != '<<' or abs(-3) < 200) else 'skip')
except Exception as e:
    print('(-3) == (-3)', type(e).__name__, e)
try:
    print('(-3) >= (-3)', (-3) >= (-3) if ('>=' != '**' or abs(-3) < 200) and ('>=' != '<<' or abs(-3) < 200) else 'skip')
except Exception as e:
    print('(-3) >= (-3)', type(e).__name__, e)
try:
    print('(-3) + (2**63)', (-3) + (2**63) if ('+' != '**' or abs(2**63) < 200) and ('+' != '<<' or abs(2**63) < 200) else 'skip')
except Exception as e:
    print('(-3) + (2**63)', type(e).__name__, e)
try:
    print('(-3) - (2**63)', (-3) - (2**63) if ('-' != '**' or abs(2**63) < 200) and ('-' != '<<' or abs(2**63) < 200) else 'skip')
except Exception as e:
    print('(-3) - (2**63)', type(e).__name__, e)
try:
    print('(-3) * (2**63)', (-3) * (2**63) if ('*' != '**' or abs(2**63) < 200) and ('*' != '<<' or abs(2**63) < 200) else 'skip')
except Exception as e:
    print('(-3) * (2**63)', type(e).__name__, e)
try:
    print('(-3) // (2**63)', (-3) // (2**63) if ('//' != '**' or abs(2**63) < 200) and ('//' != '<<' or abs(2**63) < 200) else 'skip')
except Exception as e:
    print('(-3) // (2**63)', type(e).__name__, e)
try:
    print('(-3) % (2**63)', (-3) % (2**63) if ('%' != '**' or abs(2**63) < 200) and ('%' != '<<' or abs(2**63) < 200) else 'skip')
except Exception as e:
    print('(-3) % (2**63)', type(e).__name__, e)
try:
    print('(-3) ** (2**63)', (-3) ** (2**63) if ('**' != '**' or abs(2**63) < 200) and ('**' != '<<' or abs(2**63) < 200) else 'skip')
except Exception as e:
    print('(-3) ** (2**63)', type(e).__name__, e)
try:
    print('(-3) << (2**63)', (-3) << (2**63) if ('<<' != '**' or abs(2**63) < 200) and ('<<' != '<<' or abs(2**63) < 200) else 'skip')
except Exception as e:
    print('(-3) << (2**63)', type(e).__name__, e)
try:
    print('(-3) >> (2**63)', (-3) >> (2**63) if ('>>' != '**' or abs(2**63) < 200) and ('>>' != '<<' or abs(2**63) < 200) else 'skip')
except Exception as e:
    print('(-3) >> (2**63)', type(e).__name__, e)
try:
    print('(-3) & (2**63)', (-3) & (2**63) if ('&' != '**' or abs(2**63) < 200) and ('&' != '<<' or abs(2**63) < 200) else 'skip')
except Exception as e:
    print('(-3) & (2**63)', type(e).__name__, e)
try:
    print('(-3) | (2**63)', (-3) | (2**63) if ('|' != '**' or abs(2**63) < 200) and ('|' != '<<' or abs(2**63) < 200) else 'skip')
except Exception as e:
    print('(-3) | (2**63)', type(e).__name__, e)
try:
    print('(-3) ^ (2**63)', (-3) ^ (2**63) if ('^' != '**' or abs(2**63) < 200) and ('^' != '<<' or abs(2**63) < 200) else 'skip')
except Exception as e:
    print('(-3) ^ (2**63)', type(e).__name__, e)
try:
    print('(-3) / (2**63)', (-3) / (2**63) if ('/' != '**' or abs(2**63) < 200) and ('/' != '<<' or abs(2**63) < 200) else 'skip')
except Exception as e:
    print('(-3) / (2**63)', type(e).__name__, e)
try:
    print('(-3) < (2**63)', (-3) < (2**63) if ('<' != '**' or abs(2**63) < 200) and ('<' != '<<' or abs(2**63) < 200) else 'skip')
except Exception as e:
    print('(-3) < (2**63)', type(e).__name__, e)
try:
    print('(-3) == (2**63)', (-3) == (2**63) if ('==' != '**' or abs(2**63) < 200) and ('==' != '<<' or abs(2**63) < 200) else 'skip')
except Exception as e:
    print('(-3) == (2**63)', type(e).__name__, e)
try:
    print('(-3) >= (2**63)', (-3) >= (2**63) if ('>=' != '**' or abs(2**63) < 200) and ('>=' != '<<' or abs(2**63) < 200) else 'skip')
except Exception as e:
    print('(-3) >= (2**63)', type(e).__name__, e)
try:
    print('(-3) + (-2**63)', (-3) + (-2**63) if ('+' != '**' or abs(-2**63) < 200) and ('+' != '<<' or abs(-2**63) < 200) else 'skip')
except Exception as e:
    print('(-3) + (-2**63)', type(e).__name__, e)
try:
    print('(-3) - (-2**63)', (-3) - (-2**63) if ('-' != '**' or abs(-2**63) < 200) and ('-' != '<<' or abs(-2**63) < 200) else 'skip')
except Exception as e:
    print('(-3) - (-2**63)', type(e).__name__, e)
try:
    print('(-3) * (-2**63)', (-3) * (-2**63) if ('*' != '**' or abs(-2**63) < 200) and ('*' != '<<' or abs(-2**63) < 200) else 'skip')
except Exception as e:
    print('(-3) * (-2**63)', type(e).__name__, e)
try:
    print('(-3) // (-2**63)', (-3) // (-2**63) if ('//' != '**' or abs(-2**63) < 200) and ('//' != '<<' or abs(-2**63) < 200) else 'skip')
except Exception as e:
    print('(-3) // (-2**63)', type(e).__name__, e)
try:
    print('(-3) % (-2**63)', (-3) % (-2**63) if ('%' != '**' or abs(-2**63) < 200) and ('%' != '<<' or abs(-2**63) < 200) else 'skip')
except Exception as e:
    print('(-3) % (-2**63)', type(e).__name__, e)
try:
    print('(-3) ** (-2**63)', (-3) ** (-2**63) if ('**' != '**' or abs(-2**63) < 200) and ('**' != '<<' or abs(-2**63) < 200) else 'skip')
except Exception as e:
    print('(-3) ** (-2**63)', type(e).__name__, e)
try:
    print('(-3) << (-2**63)', (-3) << (-2**63) if ('<<' != '**' or abs(-2**63) < 200) and ('<<' != '<<' or abs(-2**63) < 200) else 'skip')
except Exception as e:
    print('(-3) << (-2**63)', type(e).__name__, e)
try:
    print('(-3) >> (-2**63)', (-3) >> (-2**63) if ('>>' != '**' or abs(-2**63) < 200) and ('>>' != '<<' or abs(-2**63) < 200) else 'skip')
except Exception as e:
    print('(-3) >> (-2**63)', type(e).__name__, e)
try:
    print('(-3) & (-2**63)', (-3) & (-2**63) if ('&' != '**' or abs(-2**63) < 200) and ('&' != '<<' or abs(-2**63) < 200) else 'skip')
except Exception as e:
    print('(-3) & (-2**63)', type(e).__name__, e)
try:
    print('(-3) | (-2**63)', (-3) | (-2**63) if ('|' != '**' or abs(-2**63) < 200) and ('|' != '<<' or abs(-2**63) < 200) else 'skip')
except Exception as e:
    print('(-3) | (-2**63)', type(e).__name__, e)
try:
    print('(-3) ^ (-2**63)', (-3) ^ (-2**63) if ('^' != '**' or abs(-2**63) < 200) and ('^' != '<<' or abs(-2**63) < 200) else 'skip')
except Exception as e:
    print('(-3) ^ (-2**63)', type(e).__name__, e)
try:
    print('(-3) / (-2**63)', (-3) / (-2**63) if ('/' != '**' or abs(-2**63) < 200) and ('/' != '<<' or abs(-2**63) < 200) else 'skip')
except Exception as e:
    print('(-3) / (-2**63)', type(e).__name__, e)
try:
    print('(-3) < (-2**63)', (-3) < (-2**63) if ('<' != '**' or abs(-2**63) < 200) and ('<' != '<<' or abs(-2**63) < 200) else 'skip')
except Exception as e:
    print('(-3) < (-2**63)', type(e).__name__, e)
try:
    print('(-3) == (-2**63)', (-3) == (-2**63) if ('==' != '**' or abs(-2**63) < 200) and ('==' != '<<' or abs(-2**63) < 200) else 'skip')
except Exception as e:
    print('(-3) == (-2**63)', type(e).__name__, e)
try:
    print('(-3) >= (-2**63)', (-3) >= (-2**63) if ('>=' != '**' or abs(-2**63) < 200) and ('>=' != '<<' or abs(-2**63) < 200) else 'skip')
except Exception as e:
    print('(-3) >= (-2**63)', type(e).__name__, e)
try:
    print('(-3) + (2**64 + 5)', (-3) + (2**64 + 5) if ('+' != '**' or abs(2**64 + 5) < 200) and ('+' != '<<' or abs(2**64 + 5) < 200) else 'skip')
except Exception as e:
    print('(-3) + (2**64 + 5)', type(e).__name__, e)
try:
    print('(-3) - (2**64 + 5)', (-3) - (2**64 + 5) if ('-' != '**' or abs(2**64 + 5) < 200) and ('-' != '<<' or abs(2**64 + 5) < 200) else 'skip')
except Exception as e:
    print('(-3) - (2**64 + 5)', type(e).__name__, e)
try:
    print('(-3) * (2**64 + 5)', (-3) * (2**64 + 5) if ('*' != '**' or abs(2**64 + 5) < 200) and ('*' != '<<' or abs(2**64 + 5) < 200) else 'skip')
except Exception as e:
    print('(-3) * (2**64 + 5)', type(e).__name__, e)
try:
    print('(-3) // (2**64 + 5)', (-3) // (2**64 + 5) if ('//' != '**' or abs(2**64 + 5) < 200) and ('//' != '<<' or abs(2**64 + 5) < 200) else 'skip')
except Exception as e:
    print('(-3) // (2**64 + 5)', type(e).__name__, e)
try:
    print('(-3) % (2**64 + 5)', (-3) % (2**64 + 5) if ('%' != '**' or abs(2**64 + 5) < 200) and ('%' != '<<' or abs(2**64 + 5) < 200) else 'skip')
except Exception as e:
    print('(-3) % (2**64 + 5)', type(e).__name__, e)
try:
    print('(-3) ** (2**64 + 5)', (-3) ** (2**64 + 5) if ('**' != '**' or abs(2**64 + 5) < 200) and ('**' != '<<' or abs(2**64 + 5) < 200) else 'skip')
except Exception as e:
    print('(-3) ** (2**64 + 5)', type(e).__name__, e)
try:
    print('(-3) << (2**64 + 5)', (-3) << (2**64 + 5) if ('<<' != '**' or abs(2**64 + 5) < 200) and ('<<' != '<<' or abs(2**64 + 5) < 200) else 'skip')
except Exception as e:
    print('(-3) << (2**64 + 5)', type(e).__name__, e)
try:
    print('(-3) >> (2**64 + 5)', (-3) >> (2**64 + 5) if ('>>' != '**' or abs(2**64 + 5) < 200) and ('>>' != '<<' or abs(2**64 + 5) < 200) else 'skip')
except Exception as e:
    print('(-3) >> (2**64 + 5)', type(e).__name__, e)
try:
    print('(-3) & (2**64 + 5)', (-3) & (2**64 + 5) if ('&' != '**' or abs(2**64 + 5) < 200) and ('&' != '<<' or abs(2**64 + 5) < 200) else 'skip')
except Exception as e:
    print('(-3) & (2**64 + 5)', type(e).__name__, e)
try:
    print('(-3) | (2**64 + 5)', (-3) | (2**64 + 5) if ('|' != '**' or abs(2**64 + 5) < 200) and ('|' != '<<' or abs(2**64 + 5) < 200) else 'skip')
except Exception as e:
    print('(-3) | (2**64 + 5)', type(e).__name__, e)
try:
    print('(-3) ^ (2**64 + 5)', (-3) ^ (2**64 + 5) if ('^' != '**' or abs(2**64 + 5) < 200) and ('^' != '<<' or abs(2**64 + 5) < 200) else 'skip')
except Exception as e:
    print('(-3) ^ (2**64 + 5)', type(e).__name__, e)
try:
    print('(-3) / (2**64 + 5)', (-3) / (2**64 + 5) if ('/' != '**' or abs(2**64 + 5) < 200) and ('/' != '<<' or abs(2**64 + 5) < 200) else 'skip')
except Exception as e:
    print('(-3) / (2**64 + 5)', type(e).__name__, e)
try:
    print('(-3) < (2**64 + 5)', (-3) < (2**64 + 5) if ('<' != '**' or abs(2**64 + 5) < 200) and ('<' != '<<' or abs(2**64 + 5) < 200) else 'skip')
except Exception as e:
    print('(-3) < (2**64 + 5)', type(e).__name__, e)
try:
    print('(-3) == (2**64 + 5)', (-3) == (2**64 + 5) if ('==' != '**' or abs(2**64 + 5) < 200) and ('==' != '<<' or abs(2**64 + 5) < 200) else 'skip')
except Exception as e:
    print('(-3) == (2**64 + 5)', type(e).__name__, e)
try:
    print('(-3) >= (2**64 + 5)', (-3) >= (2**64 + 5) if ('>=' != '**' or abs(2**64 + 5) < 200) and ('>=' != '<<' or abs(2**64 + 5) < 200) else 'skip')
except Exception as e:
    print('(-3) >= (2**64 + 5)', type(e).__name__, e)
try:
    print('(-3) + (-(2**70))', (-3) + (-(2**70)) if ('+' != '**' or abs(-(2**70)) < 200) and ('+' != '<<' or abs(-(2**70)) < 200) else 'skip')
except Exception as e:
    print('(-3) + (-(2**70))', type(e).__name__, e)
try:
    print('(-3) - (-(2**70))', (-3) - (-(2**70)) if ('-' != '**' or abs(-(2**70)) < 200) and ('-' != '<<' or abs(-(2**70)) < 200) else 'skip')
except Exception as e:
    print('(-3) - (-(2**70))', type(e).__name__, e)
try:
    print('(-3) * (-(2**70))', (-3) * (-(2**70)) if ('*' != '**' or abs(-(2**70)) < 200) and ('*' != '<<' or abs(-(2**70)) < 200) else 'skip')
except Exception as e:
    print('(-3) * (-(2**70))', type(e).__name__, e)
try:
    print('(-3) // (-(2**70))', (-3) // (-(2**70)) if ('//' != '**' or abs(-(2**70)) < 200) and ('//' != '<<' or abs(-(2**70)) < 200) else 'skip')
except Exception as e:
    print('(-3) // (-(2**70))', type(e).__name__, e)
try:
    print('(-3) % (-(2**70))', (-3) % (-(2**70)) if ('%' != '**' or abs(-(2**70)) < 200) and ('%' != '<<' or abs(-(2**70)) < 200) else 'skip')
except Exception as e:
    print('(-3) % (-(2**70))', type(e).__name__, e)
try:
    print('(-3) ** (-(2**70))', (-3) ** (-(2**70)) if ('**' != '**' or abs(-(2**70)) < 200) and ('**' != '<<' or abs(-(2**70)) < 200) else 'skip')
except Exception as e:
    print('(-3) ** (-(2**70))', type(e).__name__, e)
try:
    print('(-3) << (-(2**70))', (-3) << (-(2**70)) if ('<<' != '**' or abs(-(2**70)) < 200) and ('<<' != '<<' or abs(-(2**70)) < 200) else 'skip')
except Exception as e:
    print('(-3) << (-(2**70))', type(e).__name__, e)
try:
    print('(-3) >> (-(2**70))', (-3) >> (-(2**70)) if ('>>' != '**' or abs(-(2**70)) < 200) and ('>>' != '<<' or abs(-(2**70)) < 200) else 'skip')
except Exception as e:
    print('(-3) >> (-(2**70))', type(e).__name__, e)
try:
    print('(-3) & (-(2**70))', (-3) & (-(2**70)) if ('&' != '**' or abs(-(2**70)) < 200) and ('&' != '<<' or abs(-(2**70)) < 200) else 'skip')
except Exception as e:
    print('(-3) & (-(2**70))', type(e).__name__, e)
try:
    print('(-3) | (-(2**70))', (-3) | (-(2**70)) if ('|' != '**' or abs(-(2**70)) < 200) and ('|' != '<<' or abs(-(2**70)) < 200) else 'skip')
except Exception as e:
    print('(-3) | (-(2**70))', type(e).__name__, e)
try:
    print('(-3) ^ (-(2**70))', (-3) ^ (-(2**70)) if ('^' != '**' or abs(-(2**70)) < 200) and ('^' != '<<' or abs(-(2**70)) < 200) else 'skip')
except Exception as e:
    print('(-3) ^ (-(2**70))', type(e).__name__, e)
try:
    print('(-3) / (-(2**70))', (-3) / (-(2**70)) if ('/' != '**' or abs(-(2**70)) < 200) and ('/' != '<<' or abs(-(2**70)) < 200) else 'skip')
except Exception as e:
    print('(-3) / (-(2**70))', type(e).__name__, e)
try:
    print('(-3) < (-(2**70))', (-3) < (-(2**70)) if ('<' != '**' or abs(-(2**70)) < 200) and ('<' != '<<' or abs(-(2**70)) < 200) else 'skip')
except Exception as e:
    print('(-3) < (-(2**70))', type(e).__name__, e)
try:
    print('(-3) == (-(2**70))', (-3) == (-(2**70)) if ('==' != '**' or abs(-(2**70)) < 200) and ('==' != '<<' or abs(-(2**70)) < 200) else 'skip')
except Exception as e:
    print('(-3) == (-(2**70))', type(e).__name__, e)
try:
    print('(-3) >= (-(2**70))', (-3) >= (-(2**70)) if ('>=' != '**' or abs(-(2**70)) < 200) and ('>=' != '<<' or abs(-(2**70)) < 200) else 'skip')
except Exception as e:
    print('(-3) >= (-(2**70))', type(e).__name__, e)
try:
    print('(-3) + (10**20)', (-3) + (10**20) if ('+' != '**' or abs(10**20) < 200) and ('+' != '<<' or abs(10**20) < 200) else 'skip')
except Exception as e:
    print('(-3) + (10**20)', type(e).__name__, e)
try:
    print('(-3) - (10**20)', (-3) - (10**20) if ('-' != '**' or abs(10**20) < 200) and ('-' != '<<' or abs(10**20) < 200) else 'skip')
except Exception as e:
    print('(-3) - (10**20)', type(e).__name__, e)
try:
    print('(-3) * (10**20)', (-3) * (10**20) if ('*' != '**' or abs(10**20) < 200) and ('*' != '<<' or abs(10**20) < 200) else 'skip')
except Exception as e:
    print('(-3) * (10**20)', type(e).__name__, e)
try:
    print('(-3) // (10**20)', (-3) // (10**20) if ('//' != '**' or abs(10**20) < 200) and ('//' != '<<' or abs(10**20) < 200) else 'skip')
except Exception as e:
    print('(-3) // (10**20)', type(e).__name__, e)
try:
    print('(-3) % (10**20)', (-3) % (10**20) if ('%' != '**' or abs(10**20) < 200) and ('%' != '<<' or abs(10**20) < 200) else 'skip')
except Exception as e:
    print('(-3) % (10**20)', type(e).__name__, e)
try:
    print('(-3) ** (10**20)', (-3) ** (10**20) if ('**' != '**' or abs(10**20) < 200) and ('**' != '<<' or abs(10**20) < 200) else 'skip')
except Exception as e:
    print('(-3) ** (10**20)', type(e).__name__, e)
try:
    print('(-3) << (10**20)', (-3) << (10**20) if ('<<' != '**' or abs(10**20) < 200) and ('<<' != '<<' or abs(10**20) < 200) else 'skip')
except Exception as e:
    print('(-3) << (10**20)', type(e).__name__, e)
try:
    print('(-3) >> (10**20)', (-3) >> (10**20) if ('>>' != '**' or abs(10**20) < 200) and ('>>' != '<<' or abs(10**20) < 200) else 'skip')
except Exception as e:
    print('(-3) >> (10**20)', type(e).__name__, e)
try:
    print('(-3) & (10**20)', (-3) & (10**20) if ('&' != '**' or abs(10**20) < 200) and ('&' != '<<' or abs(10**20) < 200) else 'skip')
except Exception as e:
    print('(-3) & (10**20)', type(e).__name__, e)
try:
    print('(-3) | (10**20)', (-3) | (10**20) if ('|' != '**' or abs(10**20) < 200) and ('|' != '<<' or abs(10**20) < 200) else 'skip')
except Exception as e:
    print('(-3) | (10**20)', type(e).__name__, e)
try:
    print('(-3) ^ (10**20)', (-3) ^ (10**20) if ('^' != '**' or abs(10**20) < 200) and ('^' != '<<' or abs(10**20) < 200) else 'skip')
except Exception as e:
    print('(-3) ^ (10**20)', type(e).__name__, e)
try:
    print('(-3) / (10**20)', (-3) / (10**20) if ('/' != '**' or abs(10**20) < 200) and ('/' != '<<' or abs(10**20) < 200) else 'skip')
except Exception as e:
    print('(-3) / (10**20)', type(e).__name__, e)
try:
    print('(-3) < (10**20)', (-3) < (10**20) if ('<' != '**' or abs(10**20) < 200) and ('<' != '<<' or abs(10**20) < 200) else 'skip')
except Exception as e:
    print('(-3) < (10**20)', type(e).__name__, e)
try:
    print('(-3) == (10**20)', (-3) == (10**20) if ('==' != '**' or abs(10**20) < 200) and ('==' != '<<' or abs(10**20) < 200) else 'skip')
except Exception as e:
    print('(-3) == (10**20)', type(e).__name__, e)
try:
    print('(-3) >= (10**20)', (-3) >= (10**20) if ('>=' != '**' or abs(10**20) < 200) and ('>=' != '<<' or abs(10**20) < 200) else 'skip')
except Exception as e:
    print('(-3) >= (10**20)', type(e).__name__, e)
try:
    print('(-3) + (True)', (-3) + (True) if ('+' != '**' or abs(True) < 200) and ('+' != '<<' or abs(True) < 200) else 'skip')
except Exception as e:
    print('(-3) + (True)', type(e).__name__, e)
try:
    print('(-3) - (True)', (-3) - (True) if ('-' != '**' or abs(True) < 200) and ('-' != '<<' or abs(True) < 200) else 'skip')
except Exception as e:
    print('(-3) - (True)', type(e).__name__, e)
try:
    print('(-3) * (True)', (-3) * (True) if ('*' != '**' or abs(True) < 200) and ('*' != '<<' or abs(True) < 200) else 'skip')
except Exception as e:
    print('(-3) * (True)', type(e).__name__, e)
try:
    print('(-3) // (True)', (-3) // (True) if ('//' != '**' or abs(True) < 200) and ('//' != '<<' or abs(True) < 200) else 'skip')
except Exception as e:
    print('(-3) // (True)', type(e).__name__, e)
try:
    print('(-3) % (True)', (-3) % (True) if ('%' != '**' or abs(True) < 200) and ('%' != '<<' or abs(True) < 200) else 'skip')
except Exception as e:
    print('(-3) % (True)', type(e).__name__, e)
try:
    print('(-3) ** (True)', (-3) ** (True) if ('**' != '**' or abs(True) < 200) and ('**' != '<<' or abs(True) < 200) else 'skip')
except Exception as e:
    print('(-3) ** (True)', type(e).__name__, e)
try:
    print('(-3) << (True)', (-3) << (True) if ('<<' != '**' or abs(True) < 200) and ('<<' != '<<' or abs(True) < 200) else 'skip')
except Exception as e:
    print('(-3) << (True)', type(e).__name__, e)
try:
    print('(-3) >> (True)', (-3) >> (True) if ('>>' != '**' or abs(True) < 200) and ('>>' != '<<' or abs(True) < 200) else 'skip')
except Exception as e:
    print('(-3) >> (True)', type(e).__name__, e)
try:
    print('(-3) & (True)', (-3) & (True) if ('&' != '**' or abs(True) < 200) and ('&' != '<<' or abs(True) < 200) else 'skip')
except Exception as e:
    print('(-3) & (True)', type(e).__name__, e)
try:
    print('(-3) | (True)', (-3) | (True) if ('|' != '**' or abs(True) < 200) and ('|' != '<<' or abs(True) < 200) else 'skip')
except Exception as e:
    print('(-3) | (True)', type(e).__name__, e)
try:
    print('(-3) ^ (True)', (-3) ^ (True) if ('^' != '**' or abs(True) < 200) and ('^' != '<<' or abs(True) < 200) else 'skip')
except Exception as e:
    print('(-3) ^ (True)', type(e).__name__, e)
try:
    print('(-3) / (True)', (-3) / (True) if ('/' != '**' or abs(True) < 200) and ('/' != '<<' or abs(True) < 200) else 'skip')
except Exception as e:
    print('(-3) / (True)', type(e).__name__, e)
try:
    print('(-3) < (True)', (-3) < (True) if ('<' != '**' or abs(True) < 200) and ('<' != '<<' or abs(True) < 200) else 'skip')
except Exception as e:
    print('(-3) < (True)', type(e).__name__, e)
try:
    print('(-3) == (True)', (-3) == (True) if ('==' != '**' or abs(True) < 200) and ('==' != '<<' or abs(True) < 200) else 'skip')
except Exception as e:
    print('(-3) == (True)', type(e).__name__, e)
try:
    print('(-3) >= (True)', (-3) >= (True) if ('>=' != '**' or abs(True) < 200) and ('>=' != '<<' or abs(True) < 200) else 'skip')
except Exception as e:
    print('(-3) >= (True)', type(e).__name__, e)
try:
    print('(-3) + (2.5)', (-3) + (2.5) if ('+' != '**' or abs(2.5) < 200) and ('+' != '<<' or abs(2.5) < 200) else 'skip')
except Exception as e:
    print('(-3) + (2.5)', type(e).__name__, e)
try:
    print('(-3) - (2.5)', (-3) - (2.5) if ('-' != '**' or abs(2.5) < 200) and ('-' != '<<' or abs(2.5) < 200) else 'skip')
except Exception as e:
    print('(-3) - (2.5)', type(e).__name__, e)
try:
    print('(-3) * (2.5)', (-3) * (2.5) if ('*' != '**' or abs(2.5) < 200) and ('*' != '<<' or abs(2.5) < 200) else 'skip')
except Exception as e:
    print('(-3) * (2.5)', type(e).__name__, e)
try:
    print('(-3) // (2.5)', (-3) // (2.5) if ('//' != '**' or abs(2.5) < 200) and ('//' != '<<' or abs(2.5) < 200) else 'skip')
except Exception as e:
    print('(-3) // (2.5)', type(e).__name__, e)
try:
    print('(-3) % (2.5)', (-3) % (2.5) if ('%' != '**' or abs(2.5) < 200) and ('%' != '<<' or abs(2.5) < 200) else 'skip')
except Exception as e:
    print('(-3) % (2.5)', type(e).__name__, e)
try:
    print('(-3) << (2.5)', (-3) << (2.5) if ('<<' != '**' or abs(2.5) < 200) and ('<<' != '<<' or abs(2.5) < 200) else 'skip')
except Exception as e:
    print('(-3) << (2.5)', type(e).__name__, e)
try:
    print('(-3) >> (2.5)', (-3) >> (2.5) if ('>>' != '**' or abs(2.5) < 200) and ('>>' != '<<' or abs(2.5) < 200) else 'skip')
except Exception as e:
    print('(-3) >> (2.5)', type(e).__name__, e)
try:
    print('(-3) & (2.5)', (-3) & (2.5) if ('&' != '**' or abs(2.5) < 200) and ('&' != '<<' or abs(2.5) < 200) else 'skip')
except Exception as e:
    print('(-3) & (2.5)', type(e).__name__, e)
try:
    print('(-3) | (2.5)', (-3) | (2.5) if ('|' != '**' or abs(2.5) < 200) and ('|' != '<<' or abs(2.5) < 200) else 'skip')
except Exception as e:
    print('(-3) | (2.5)', type(e).__name__, e)
try:
    print('(-3) ^ (2.5)', (-3) ^ (2.5) if ('^' != '**' or abs(2.5) < 200) and ('^' != '<<' or abs(2.5) < 200) else 'skip')
except Exception as e:
    print('(-3) ^ (2.5)', type(e).__name__, e)
try:
    print('(-3) / (2.5)', (-3) / (2.5) if ('/' != '**' or abs(2.5) < 200) and ('/' != '<<' or abs(2.5) < 200) else 'skip')
except Exception as e:
    print('(-3) / (2.5)', type(e).__name__, e)
try:
    print('(-3) < (2.5)', (-3) < (2.5) if ('<' != '**' or abs(2.5) < 200) and ('<' != '<<' or abs(2.5) < 200) else 'skip')
except Exception as e:
    print('(-3) < (2.5)', type(e).__name__, e)
try:
    print('(-3) == (2.5)', (-3) == (2.5) if ('==' != '**' or abs(2.5) < 200) and ('==' != '<<' or abs(2.5) < 200) else 'skip')
except Exception as e:
    print('(-3) == (2.5)', type(e).__name__, e)
try:
    print('(-3) >= (2.5)', (-3) >= (2.5) if ('>=' != '**' or abs(2.5) < 200) and ('>=' != '<<' or abs(2.5) < 200) else 'skip')
except Exception as e:
    print('(-3) >= (2.5)', type(e).__name__, e)
try:
    print('(-3) + (-0.5)', (-3) + (-0.5) if ('+' != '**' or abs(-0.5) < 200) and ('+' != '<<' or abs(-0.5) < 200) else 'skip')
except Exception as e:
    print('(-3) + (-0.5)', type(e).__name__, e)
try:
    print('(-3) - (-0.5)', (-3) - (-0.5) if ('-' != '**' or abs(-0.5) < 200) and ('-' != '<<' or abs(-0.5) < 200) else 'skip')
except Exception as e:
    print('(-3) - (-0.5)', type(e).__name__, e)
try:
    print('(-3) * (-0.5)', (-3) * (-0.5) if ('*' != '**' or abs(-0.5) < 200) and ('*' != '<<' or abs(-0.5) < 200) else 'skip')
except Exception as e:
    print('(-3) * (-0.5)', type(e).__name__, e)
try:
    print('(-3) // (-0.5)', (-3) // (-0.5) if ('//' != '**' or abs(-0.5) < 200) and ('//' != '<<' or abs(-0.5) < 200) else 'skip')
except Exception as e:
    print('(-3) // (-0.5)', type(e).__name__, e)
try:
    print('(-3) % (-0.5)', (-3) % (-0.5) if ('%' != '**' or abs(-0.5) < 200) and ('%' != '<<' or abs(-0.5) < 200) else 'skip')
except Exception as e:
    print('(-3) % (-0.5)', type(e).__name__, e)
try:
    print('(-3) << (-0.5)', (-3) << (-0.5) if ('<<' != '**' or abs(-0.5) < 200) and ('<<' != '<<' or abs(-0.5) < 200) else 'skip')
except Exception as e:
    print('(-3) << (-0.5)', type(e).__name__, e)
try:
    print('(-3) >> (-0.5)', (-3) >> (-0.5) if ('>>' != '**' or abs(-0.5) < 200) and ('>>' != '<<' or abs(-0.5) < 200) else 'skip')
except Exception as e:
    print('(-3) >> (-0.5)', type(e).__name__, e)
try:
    print('(-3) & (-0.5)', (-3) & (-0.5) if ('&' != '**' or abs(-0.5) < 200) and ('&' != '<<' or abs(-0.5) < 200) else 'skip')
except Exception as e:
    print('(-3) & (-0.5)', type(e).__name__, e)
try:
    print('(-3) | (-0.5)', (-3) | (-0.5) if ('|' != '**' or abs(-0.5) < 200) and ('|' != '<<' or abs(-0.5) < 200) else 'skip')
except Exception as e:
    print('(-3) | (-0.5)', type(e).__name__, e)
try:
    print('(-3) ^ (-0.5)', (-3) ^ (-0.5) if ('^' != '**' or abs(-0.5) < 200) and ('^' != '<<' or abs(-0.5) < 200) else 'skip')
except Exception as e:
    print('(-3) ^ (-0.5)', type(e).__name__, e)
try:
    print('(-3) / (-0.5)', (-3) / (-0.5) if ('/' != '**' or abs(-0.5) < 200) and ('/' != '<<' or abs(-0.5) < 200) else 'skip')
except Exception as e:
    print('(-3) / (-0.5)', type(e).__name__, e)
try:
    print('(-3) < (-0.5)', (-3) < (-0.5) if ('<' != '**' or abs(-0.5) < 200) and ('<' != '<<' or abs(-0.5) < 200) else 'skip')
except Exception as e:
    print('(-3) < (-0.5)', type(e).__name__, e)
try:
    print('(-3) == (-0.5)', (-3) == (-0.5) if ('==' != '**' or abs(-0.5) < 200) and ('==' != '<<' or abs(-0.5) < 200) else 'skip')
except Exception as e:
    print('(-3) == (-0.5)', type(e).__name__, e)
try:
    print('(-3) >= (-0.5)', (-3) >= (-0.5) if ('>=' != '**' or abs(-0.5) < 200) and ('>=' != '<<' or abs(-0.5) < 200) else 'skip')
except Exception as e:
    print('(-3) >= (-0.5)', type(e).__name__, e)
try:
    print('(2**63) + (0)', (2**63) + (0) if ('+' != '**' or abs(0) < 200) and ('+' != '<<' or abs(0) < 200) else 'skip')
except Exception as e:
    print('(2**63) + (0)', type(e).__name__, e)
try:
    print('(2**63) - (0)', (2**63) - (0) if ('-' != '**' or abs(0) < 200) and ('-' != '<<' or abs(0) < 200) else 'skip')
except Exception as e:
    print('(2**63) - (0)', type(e).__name__, e)
try:
    print('(2**63) * (0)', (2**63) * (0) if ('*' != '**' or abs(0) < 200) and ('*' != '<<' or abs(0) < 200) else 'skip')
except Exception as e:
    print('(2**63) * (0)', type(e).__name__, e)
try:
    print('(2**63) // (0)', (2**63) // (0) if ('//' != '**' or abs(0) < 200) and ('//' != '<<' or abs(0) < 200) else 'skip')
except Exception as e:
    print('(2**63) // (0)', type(e).__name__, e)
try:
    print('(2**63) % (0)', (2**63) % (0) if ('%' != '**' or abs(0) < 200) and ('%' != '<<' or abs(0) < 200) else 'skip')
except Exception as e:
    print('(2**63) % (0)', type(e).__name__, e)
try:
    print('(2**63) ** (0)', (2**63) ** (0) if ('**' != '**' or abs(0) < 200) and ('**' != '<<' or abs(0) < 200) else 'skip')
except Exception as e:
    print('(2**63) ** (0)', type(e).__name__, e)
try:
    print('(2**63) << (0)', (2**63) << (0) if ('<<' != '**' or abs(0) < 200) and ('<<' != '<<' or abs(0) < 200) else 'skip')
except Exception as e:
    print('(2**63) << (0)', type(e).__name__, e)
try:
    print('(2**63) >> (0)', (2**63) >> (0) if ('>>' != '**' or abs(0) < 200) and ('>>' != '<<' or abs(0) < 200) else 'skip')
except Exception as e:
    print('(2**63) >> (0)', type(e).__name__, e)
try:
    print('(2**63) & (0)', (2**63) & (0) if ('&' != '**' or abs(0) < 200) and ('&' != '<<' or abs(0) < 200) else 'skip')
except Exception as e:
    print('(2**63) & (0)', type(e).__name__, e)
try:
    print('(2**63) | (0)', (2**63) | (0) if ('|' != '**' or abs(0) < 200) and ('|' != '<<' or abs(0) < 200) else 'skip')
except Exception as e:
    print('(2**63) | (0)', type(e).__name__, e)
try:
    print('(2**63) ^ (0)', (2**63) ^ (0) if ('^' != '**' or abs(0) < 200) and ('^' != '<<' or abs(0) < 200) else 'skip')
except Exception as e:
    print('(2**63) ^ (0)', type(e).__name__, e)
try:
    print('(2**63) / (0)', (2**63) / (0) if ('/' != '**' or abs(0) < 200) and ('/' != '<<' or abs(0) < 200) else 'skip')
except Exception as e:
    print('(2**63) / (0)', type(e).__name__, e)
try:
    print('(2**63) < (0)', (2**63) < (0) if ('<' != '**' or abs(0) < 200) and ('<' != '<<' or abs(0) < 200) else 'skip')
except Exception as e:
    print('(2**63) < (0)', type(e).__name__, e)
try:
    print('(2**63) == (0)', (2**63) == (0) if ('==' != '**' or abs(0) < 200) and ('==' != '<<' or abs(0) < 200) else 'skip')
except Exception as e:
    print('(2**63) == (0)', type(e).__name__, e)
try:
    print('(2**63) >= (0)', (2**63) >= (0) if ('>=' != '**' or abs(0) < 200) and ('>=' != '<<' or abs(0) < 200) else 'skip')
except Exception as e:
    print('(2**63) >= (0)', type(e).__name__, e)
try:
    print('(2**63) + (1)', (2**63) + (1) if ('+' != '**' or abs(1) < 200) and ('+' != '<<' or abs(1) < 200) else 'skip')
except Exception as e:
    print('(2**63) + (1)', type(e).__name__, e)
try:
    print('(2**63) - (1)', (2**63) - (1) if ('-' != '**' or abs(1) < 200) and ('-' != '<<' or abs(1) < 200) else 'skip')
except Exception as e:
    print('(2**63) - (1)', type(e).__name__, e)
try:
    print('(2**63) * (1)', (2**63) * (1) if ('*' != '**' or abs(1) < 200) and ('*' != '<<' or abs(1) < 200) else 'skip')
except Exception as e:
    print('(2**63) * (1)', type(e).__name__, e)
try:
    print('(2**63) // (1)', (2**63) // (1) if ('//' != '**' or abs(1) < 200) and ('//' != '<<' or abs(1) < 200) else 'skip')
except Exception as e:
    print('(2**63) // (1)', type(e).__name__, e)
try:
    print('(2**63) % (1)', (2**63) % (1) if ('%' != '**' or abs(1) < 200) and ('%' != '<<' or abs(1) < 200) else 'skip')
except Exception as e:
    print('(2**63) % (1)', type(e).__name__, e)
try:
    print('(2**63) ** (1)', (2**63) ** (1) if ('**' != '**' or abs(1) < 200) and ('**' != '<<' or abs(1) < 200) else 'skip')
except Exception as e:
    print('(2**63) ** (1)', type(e).__name__, e)
try:
    print('(2**63) << (1)', (2**63) << (1) if ('<<' != '**' or abs(1) < 200) and ('<<' != '<<' or abs(1) < 200) else 'skip')
except Exception as e:
    print('(2**63) << (1)', type(e).__name__, e)
try:
    print('(2**63) >> (1)', (2**63) >> (1) if ('>>' != '**' or abs(1) < 200) and ('>>' != '<<' or abs(1) < 200) else 'skip')
except Exception as e:
    print('(2**63) >> (1)', type(e).__name__, e)
try:
    print('(2**63) & (1)', (2**63) & (1) if ('&' != '**' or abs(1) < 200) and ('&' != '<<' or abs(1) < 200) else 'skip')
except Exception as e:
    print('(2**63) & (1)', type(e).__name__, e)
try:
    print('(2**63) | (1)', (2**63) | (1) if ('|' != '**' or abs(1) < 200) and ('|' != '<<' or abs(1) < 200) else 'skip')
except Exception as e:
    print('(2**63) | (1)', type(e).__name__, e)
try:
    print('(2**63) ^ (1)', (2**63) ^ (1) if ('^' != '**' or abs(1) < 200) and ('^' != '<<' or abs(1) < 200) else 'skip')
except Exception as e:
    print('(2**63) ^ (1)', type(e).__name__, e)
try:
    print('(2**63) / (1)', (2**63) / (1) if ('/' != '**' or abs(1) < 200) and ('/' != '<<' or abs(1) < 200) else 'skip')
except Exception as e:
    print('(2**63) / (1)', type(e).__name__, e)
try:
    print('(2**63) < (1)', (2**63) < (1) if ('<' != '**' or abs(1) < 200) and ('<' != '<<' or abs(1) < 200) else 'skip')
except Exception as e:
    print('(2**63) < (1)', type(e).__name__, e)
try:
    print('(2**63) == (1)', (2**63) == (1) if ('==' != '**' or abs(1) < 200) and ('==' != '<<' or abs(1) < 200) else 'skip')
except Exception as e:
    print('(2**63) == (1)', type(e).__name__, e)
try:
    print('(2**63) >= (1)', (2**63) >= (1) if ('>=' != '**' or abs(1) < 200) and ('>=' != '<<' or abs(1) < 200) else 'skip')
except Exception as e:
    print('(2**63) >= (1)', type(e).__name__, e)
try:
    print('(2**63) + (-1)', (2**63) + (-1) if ('+' != '**' or abs(-1) < 200) and ('+' != '<<' or abs(-1) < 200) else 'skip')
except Exception as e:
    print('(2**63) + (-1)', type(e).__name__, e)
try:
    print('(2**63) - (-1)', (2**63) - (-1) if ('-' != '**' or abs(-1) < 200) and ('-' != '<<' or abs(-1) < 200) else 'skip')
except Exception as e:
    print('(2**63) - (-1)', type(e).__name__, e)
try:
    print('(2**63) * (-1)', (2**63) * (-1) if ('*' != '**' or abs(-1) < 200) and ('*' != '<<' or abs(-1) < 200) else 'skip')
except Exception as e:
    print('(2**63) * (-1)', type(e).__name__, e)
try:
    print('(2**63) // (-1)', (2**63) // (-1) if ('//' != '**' or abs(-1) < 200) and ('//' != '<<' or abs(-1) < 200) else 'skip')
except Exception as e:
    print('(2**63) // (-1)', type(e).__name__, e)
try:
    print('(2**63) % (-1)', (2**63) % (-1) if ('%' != '**' or abs(-1) < 200) and ('%' != '<<' or abs(-1) < 200) else 'skip')
except Exception as e:
    print('(2**63) % (-1)', type(e).__name__, e)
try:
    print('(2**63) ** (-1)', (2**63) ** (-1) if ('**' != '**' or abs(-1) < 200) and ('**' != '<<' or abs(-1) < 200) else 'skip')
except Exception as e:
    print('(2**63) ** (-1)', type(e).__name__, e)
try:
    print('(2**63) << (-1)', (2**63) << (-1) if ('<<' != '**' or abs(-1) < 200) and ('<<' != '<<' or abs(-1) < 200) else 'skip')
except Exception as e:
    print('(2**63) << (-1)', type(e).__name__, e)
try:
    print('(2**63) >> (-1)', (2**63) >> (-1) if ('>>' != '**' or abs(-1) < 200) and ('>>' != '<<' or abs(-1) < 200) else 'skip')
except Exception as e:
    print('(2**63) >> (-1)', type(e).__name__, e)
try:
    print('(2**63) & (-1)', (2**63) & (-1) if ('&' != '**' or abs(-1) < 200) and ('&' != '<<' or abs(-1) < 200) else 'skip')
except Exception as e:
    print('(2**63) & (-1)', type(e).__name__, e)
try:
    print('(2**63) | (-1)', (2**63) | (-1) if ('|' != '**' or abs(-1) < 200) and ('|' != '<<' or abs(-1) < 200) else 'skip')
except Exception as e:
    print('(2**63) | (-1)', type(e).__name__, e)
try:
    print('(2**63) ^ (-1)', (2**63) ^ (-1) if ('^' != '**' or abs(-1) < 200) and ('^' != '<<' or abs(-1) < 200) else 'skip')
except Exception as e:
    print('(2**63) ^ (-1)', type(e).__name__, e)
try:
    print('(2**63) / (-1)', (2**63) / (-1) if ('/' != '**' or abs(-1) < 200) and ('/' != '<<' or abs(-1) < 200) else 'skip')
except Exception as e:
    print('(2**63) / (-1)', type(e).__name__, e)
try:
    print('(2**63) < (-1)', (2**63) < (-1) if ('<' != '**' or abs(-1) < 200) and ('<' != '<<' or abs(-1) < 200) else 'skip')
except Exception as e:
    print('(2**63) < (-1)', type(e).__name__, e)
try:
    print('(2**63) == (-1)', (2**63) == (-1) if ('==' != '**' or abs(-1) < 200) and ('==' != '<<' or abs(-1) < 200) else 'skip')
except Exception as e:
    print('(2**63) == (-1)', type(e).__name__, e)
try:
    print('(2**63) >= (-1)', (2**63) >= (-1) if ('>=' != '**' or abs(-1) < 200) and ('>=' != '<<' or abs(-1) < 200) else 'skip')
except Exception as e:
    print('(2**63) >= (-1)', type(e).__name__, e)
try:
    print('(2**63) + (7)', (2**63) + (7) if ('+' != '**' or abs(7) < 200) and ('+' != '<<' or abs(7) < 200) else 'skip')
except Exception as e:
    print('(2**63) + (7)', type(e).__name__, e)
try:
    print('(2**63) - (7)', (2**63) - (7) if ('-' != '**' or abs(7) < 200) and ('-' != '<<' or abs(7) < 200) else 'skip')
except Exception as e:
    print('(2**63) - (7)', type(e).__name__, e)
try:
    print('(2**63) * (7)', (2**63) * (7) if ('*' != '**' or abs(7) < 200) and ('*' != '<<' or abs(7) < 200) else 'skip')
except Exception as e:
    print('(2**63) * (7)', type(e).__name__, e)
try:
    print('(2**63) // (7)', (2**63) // (7) if ('//' != '**' or abs(7) < 200) and ('//' != '<<' or abs(7) < 200) else 'skip')
except Exception as e:
    print('(2**63) // (7)', type(e).__name__, e)
try:
    print('(2**63) % (7)', (2**63) % (7) if ('%' != '**' or abs(7) < 200) and ('%' != '<<' or abs(7) < 200) else 'skip')
except Exception as e:
    print('(2**63) % (7)', type(e).__name__, e)
try:
    print('(2**63) ** (7)', (2**63) ** (7) if ('**' != '**' or abs(7) < 200) and ('**' != '<<' or abs(7) < 200) else 'skip')
except Exception as e:
    print('(2**63) ** (7)', type(e).__name__, e)
try:
    print('(2**63) << (7)', (2**63) << (7) if ('<<' != '**' or abs(7) < 200) and ('<<' != '<<' or abs(7) < 200) else 'skip')
except Exception as e:
    print('(2**63) << (7)', type(e).__name__, e)
try:
    print('(2**63) >> (7)', (2**63) >> (7) if ('>>' != '**' or abs(7) < 200) and ('>>' != '<<' or abs(7) < 200) else 'skip')
except Exception as e:
    print('(2**63) >> (7)', type(e).__name__, e)
try:
    print('(2**63) & (7)', (2**63) & (7) if ('&' != '**' or abs(7) < 200) and ('&' != '<<' or abs(7) < 200) else 'skip')
except Exception as e:
    print('(2**63) & (7)', type(e).__name__, e)
try:
    print('(2**63) | (7)', (2**63) | (7) if ('|' != '**' or abs(7) < 200) and ('|' != '<<' or abs(7) < 200) else 'skip')
except Exception as e:
    print('(2**63) | (7)', type(e).__name__, e)
try:
    print('(2**63) ^ (7)', (2**63) ^ (7) if ('^' != '**' or abs(7) < 200) and ('^' != '<<' or abs(7) < 200) else 'skip')
except Exception as e:
    print('(2**63) ^ (7)', type(e).__name__, e)
try:
    print('(2**63) / (7)', (2**63) / (7) if ('/' != '**' or abs(7) < 200) and ('/' != '<<' or abs(7) < 200) else 'skip')
except Exception as e:
    print('(2**63) / (7)', type(e).__name__, e)
try:
    print('(2**63) < (7)', (2**63) < (7) if ('<' != '**' or abs(7) < 200) and ('<' != '<<' or abs(7) < 200) else 'skip')
except Exception as e:
    print('(2**63) < (7)', type(e).__name__, e)
try:
    print('(2**63) == (7)', (2**63) == (7) if ('==' != '**' or abs(7) < 200) and ('==' != '<<' or abs(7) < 200) else 'skip')
except Exception as e:
    print('(2**63) == (7)', type(e).__name__, e)
try:
    print('(2**63) >= (7)', (2**63) >= (7) if ('>=' != '**' or abs(7) < 200) and ('>=' != '<<' or abs(7) < 200) else 'skip')
except Exception as e:
    print('(2**63) >= (7)', type(e).__name__, e)
try:
    print('(2**63) + (-7)', (2**63) + (-7) if ('+' != '**' or abs(-7) < 200) and ('+' != '<<' or abs(-7) < 200) else 'skip')
except Exception as e:
    print('(2**63) + (-7)', type(e).__name__, e)
try:
    print('(2**63) - (-7)', (2**63) - (-7) if ('-' != '**' or abs(-7) < 200) and ('-' != '<<' or abs(-7) < 200) else 'skip')
except Exception as e:
    print('(2**63) - (-7)', type(e).__name__, e)
try:
    print('(2**63) * (-7)', (2**63) * (-7) if ('*' != '**' or abs(-7) < 200) and ('*' != '<<' or abs(-7) < 200) else 'skip')
except Exception as e:
    print('(2**63) * (-7)', type(e).__name__, e)
try:
    print('(2**63) // (-7)', (2**63) // (-7) if ('//' != '**' or abs(-7) < 200) and ('//' != '<<' or abs(-7) < 200) else 'skip')
except Exception as e:
    print('(2**63) // (-7)', type(e).__name__, e)
try:
    print('(2**63) % (-7)', (2**63) % (-7) if ('%' != '**' or abs(-7) < 200) and ('%' != '<<' or abs(-7) < 200) else 'skip')
except Exception as e:
    print('(2**63) % (-7)', type(e).__name__, e)
try:
    print('(2**63) ** (-7)', (2**63) ** (-7) if ('**' != '**' or abs(-7) < 200) and ('**' != '<<' or abs(-7) < 200) else 'skip')
except Exception as e:
    print('(2**63) ** (-7)', type(e).__name__, e)
try:
    print('(2**63) << (-7)', (2**63) << (-7) if ('<<' != '**' or abs(-7) < 200) and ('<<' != '<<' or abs(-7) < 200) else 'skip')
except Exception as e:
    print('(2**63) << (-7)', type(e).__name__, e)
try:
    print('(2**63) >> (-7)', (2**63) >> (-7) if ('>>' != '**' or abs(-7) < 200) and ('>>' != '<<' or abs(-7) < 200) else 'skip')
except Exception as e:
    print('(2**63) >> (-7)', type(e).__name__, e)
try:
    print('(2**63) & (-7)', (2**63) & (-7) if ('&' != '**' or abs(-7) < 200) and ('&' != '<<' or abs(-7) < 200) else 'skip')
except Exception as e:
    print('(2**63) & (-7)', type(e).__name__, e)
try:
    print('(2**63) | (-7)', (2**63) | (-7) if ('|' != '**' or abs(-7) < 200) and ('|' != '<<' or abs(-7) < 200) else 'skip')
except Exception as e:
    print('(2**63) | (-7)', type(e).__name__, e)
try:
    print('(2**63) ^ (-7)', (2**63) ^ (-7) if ('^' != '**' or abs(-7) < 200) and ('^' != '<<' or abs(-7) < 200) else 'skip')
except Exception as e:
    print('(2**63) ^ (-7)', type(e).__name__, e)
try:
    print('(2**63) / (-7)', (2**63) / (-7) if ('/' != '**' or abs(-7) < 200) and ('/' != '<<' or abs(-7) < 200) else 'skip')
except Exception as e:
    print('(2**63) / (-7)', type(e).__name__, e)
try:
    print('(2**63) < (-7)', (2**63) < (-7) if ('<' != '**' or abs(-7) < 200) and ('<' != '<<' or abs(-7) < 200) else 'skip')
except Exception as e:
    print('(2**63) < (-7)', type(e).__name__, e)
try:
    print('(2**63) == (-7)', (2**63) == (-7) if ('==' != '**' or abs(-7) < 200) and ('==' != '<<' or abs(-7) < 200) else 'skip')
except Exception as e:
    print('(2**63) == (-7)', type(e).__name__, e)
try:
    print('(2**63) >= (-7)', (2**63) >= (-7) if ('>=' != '**' or abs(-7) < 200) and ('>=' != '<<' or abs(-7) < 200) else 'skip')
except Exception as e:
    print('(2**63) >= (-7)', type(e).__name__, e)
try:
    print('(2**63) + (3)', (2**63) + (3) if ('+' != '**' or abs(3) < 200) and ('+' != '<<' or abs(3) < 200) else 'skip')
except Exception as e:
    print('(2**63) + (3)', type(e).__name__, e)
try:
    print('(2**63) - (3)', (2**63) - (3) if ('-' != '**' or abs(3) < 200) and ('-' != '<<' or abs(3) < 200) else 'skip')
except Exception as e:
    print('(2**63) - (3)', type(e).__name__, e)
try:
    print('(2**63) * (3)', (2**63) * (3) if ('*' != '**' or abs(3) < 200) and ('*' != '<<' or abs(3) < 200) else 'skip')
except Exception as e:
    print('(2**63) * (3)', type(e).__name__, e)
try:
    print('(2**63) // (3)', (2**63) // (3) if ('//' != '**' or abs(3) < 200) and ('//' != '<<' or abs(3) < 200) else 'skip')
except Exception as e:
    print('(2**63) // (3)', type(e).__name__, e)
try:
    print('(2**63) % (3)', (2**63) % (3) if ('%' != '**' or abs(3) < 200) and ('%' != '<<' or abs(3) < 200) else 'skip')
except Exception as e:
    print('(2**63) % (3)', type(e).__name__, e)
try:
    print('(2**63) ** (3)', (2**63) ** (3) if ('**' != '**' or abs(3) < 200) and ('**' != '<<' or abs(3) < 200) else 'skip')
except Exception as e:
    print('(2**63) ** (3)', type(e).__name__, e)
try:
    print('(2**63) << (3)', (2**63) << (3) if ('<<' != '**' or abs(3) < 200) and ('<<' != '<<' or abs(3) < 200) else 'skip')
except Exception as e:
    print('(2**63) << (3)', type(e).__name__, e)
try:
    print('(2**63) >> (3)', (2**63) >> (3) if ('>>' != '**' or abs(3) < 200) and ('>>' != '<<' or abs(3) < 200) else 'skip')
except Exception as e:
    print('(2**63) >> (3)', type(e).__name__, e)
try:
    print('(2**63) & (3)', (2**63) & (3) if ('&' != '**' or abs(3) < 200) and ('&' != '<<' or abs(3) < 200) else 'skip')
except Exception as e:
    print('(2**63) & (3)', type(e).__name__, e)
try:
    print('(2**63) | (3)', (2**63) | (3) if ('|' != '**' or abs(3) < 200) and ('|' != '<<' or abs(3) < 200) else 'skip')
except Exception as e:
    print('(2**63) | (3)', type(e).__name__, e)
try:
    print('(2**63) ^ (3)', (2**63) ^ (3) if ('^' != '**' or abs(3) < 200) and ('^' != '<<' or abs(3) < 200) else 'skip')
except Exception as e:
    print('(2**63) ^ (3)', type(e).__name__, e)
try:
    print('(2**63) / (3)', (2**63) / (3) if ('/' != '**' or abs(3) < 200) and ('/' != '<<' or abs(3) < 200) else 'skip')
except Exception as e:
    print('(2**63) / (3)', type(e).__name__, e)
try:
    print('(2**63) < (3)', (2**63) < (3) if ('<' != '**' or abs(3) < 200) and ('<' != '<<' or abs(3) < 200) else 'skip')
except Exception as e:
    print('(2**63) < (3)', type(e).__name__, e)
try:
    print('(2**63) == (3)', (2**63) == (3) if ('==' != '**' or abs(3) < 200) and ('==' != '<<' or abs(3) < 200) else 'skip')
except Exception as e:
    print('(2**63) == (3)', type(e).__name__, e)
try:
    print('(2**63) >= (3)', (2**63) >= (3) if ('>=' != '**' or abs(3) < 200) and ('>=' != '<<' or abs(3) < 200) else 'skip')
except Exception as e:
    print('(2**63) >= (3)', type(e).__name__, e)
try:
    print('(2**63) + (-3)', (2**63) + (-3) if ('+' != '**' or abs(-3) < 200) and ('+' != '<<' or abs(-3) < 200) else 'skip')
except Exception as e:
    print('(2**63) + (-3)', type(e).__name__, e)
try:
    print('(2**63) - (-3)', (2**63) - (-3) if ('-' != '**' or abs(-3) < 200) and ('-' != '<<' or abs(-3) < 200) else 'skip')
except Exception as e:
    print('(2**63) - (-3)', type(e).__name__, e)
try:
    print('(2**63) * (-3)', (2**63) * (-3) if ('*' != '**' or abs(-3) < 200) and ('*' != '<<' or abs(-3) < 200) else 'skip')
except Exception as e:
    print('(2**63) * (-3)', type(e).__name__, e)
try:
    print('(2**63) // (-3)', (2**63) // (-3) if ('//' != '**' or abs(-3) < 200) and ('//' != '<<' or abs(-3) < 200) else 'skip')
except Exception as e:
    print('(2**63) // (-3)', type(e).__name__, e)
try:
    print('(2**63) % (-3)', (2**63) % (-3) if ('%' != '**' or abs(-3) < 200) and ('%' != '<<' or abs(-3) < 200) else 'skip')
except Exception as e:
    print('(2**63) % (-3)', type(e).__name__, e)
try:
    print('(2**63) ** (-3)', (2**63) ** (-3) if ('**' != '**' or abs(-3) < 200) and ('**' != '<<' or abs(-3) < 200) else 'skip')
except Exception as e:
    print('(2**63) ** (-3)', type(e).__name__, e)
try:
    print('(2**63) << (-3)', (2**63) << (-3) if ('<<' != '**' or abs(-3) < 200) and ('<<' != '<<' or abs(-3) < 200) else 'skip')
except Exception as e:
    print('(2**63) << (-3)', type(e).__name__, e)
try:
    print('(2**63) >> (-3)', (2**63) >> (-3) if ('>>' != '**' or abs(-3) < 200) and ('>>' != '<<' or abs(-3) < 200) else 'skip')
except Exception as e:
    print('(2**63) >> (-3)', type(e).__name__, e)
try:
    print('(2**63) & (-3)', (2**63) & (-3) if ('&' != '**' or abs(-3) < 200) and ('&' != '<<' or abs(-3) < 200) else 'skip')
except Exception as e:
    print('(2**63) & (-3)', type(e).__name__, e)
try:
    print('(2**63) | (-3)', (2**63) | (-3) if ('|' != '**' or abs(-3) < 200) and ('|' != '<<' or abs(-3) < 200) else 'skip')
except Exception as e:
    print('(2**63) | (-3)', type(e).__name__, e)
try:
    print('(2**63) ^ (-3)', (2**63) ^ (-3) if ('^' != '**' or abs(-3) < 200) and ('^' != '<<' or abs(-3) < 200) else 'skip')
except Exception as e:
    print('(2**63) ^ (-3)', type(e).__name__, e)
try:
    print('(2**63) / (-3)', (2**63) / (-3) if ('/' != '**' or abs(-3) < 200) and ('/' != '<<' or abs(-3) < 200) else 'skip')
except Exception as e:
    print('(2**63) / (-3)', type(e).__name__, e)
try:
    print('(2**63) < (-3)', (2**63) < (-3) if ('<' != '**' or abs(-3) < 200) and ('<' != '<<' or abs(-3) < 200) else 'skip')
except Exception as e:
    print('(2**63) < (-3)', type(e).__name__, e)
try:
    print('(2**63) == (-3)', (2**63) == (-3) if ('==' != '**' or abs(-3) < 200) and ('==' != '<<' or abs(-3) < 200) else 'skip')
except Exception as e:
    print('(2**63) == (-3)', type(e).__name__, e)
try:
    print('(2**63) >= (-3)', (2**63) >= (-3) if ('>=' != '**' or abs(-3) < 200) and ('>=' != '<<' or abs(-3) < 200) else 'skip')
except Exception as e:
    print('(2**63) >= (-3)', type(e).__name__, e)
try:
    print('(2**63) + (2**63)', (2**63) + (2**63) if ('+' != '**' or abs(2**63) < 200) and ('+' != '<<' or abs(2**63) < 200) else 'skip')
except Exception as e:
    print('(2**63) + (2**63)', type(e).__name__, e)
try:
    print('(2**63) - (2**63)', (2**63) - (2**63) if ('-' != '**' or abs(2**63) < 200) and ('-' != '<<' or abs(2**63) < 200) else 'skip')
except Exception as e:
    print('(2**63) - (2**63)', type(e).__name__, e)
try:
    print('(2**63) * (2**63)', (2**63) * (2**63) if ('*' != '**' or abs(2**63) < 200) and ('*' != '<<' or abs(2**63) < 200) else 'skip')
except Exception as e:
    print('(2**63) * (2**63)', type(e).__name__, e)
try:
    print('(2**63) // (2**63)', (2**63) // (2**63) if ('//' != '**' or abs(2**63) < 200) and ('//' != '<<' or abs(2**63) < 200) else 'skip')
except Exception as e:
    print('(2**63) // (2**63)', type(e).__name__, e)
try:
    print('(2**63) % (2**63)', (2**63) % (2**63) if ('%' != '**' or abs(2**63) < 200) and ('%' != '<<' or abs(2**63) < 200) else 'skip')
except Exception as e:
    print('(2**63) % (2**63)', type(e).__name__, e)
try:
    print('(2**63) ** (2**63)', (2**63) ** (2**63) if ('**' != '**' or abs(2**63) < 200) and ('**' != '<<' or abs(2**63) < 200) else 'skip')
except Exception as e:
    print('(2**63) ** (2**63)', type(e).__name__, e)
try:
    print('(2**63) << (2**63)', (2**63) << (2**63) if ('<<' != '**' or abs(2**63) < 200) and ('<<' != '<<' or abs(2**63) < 200) else 'skip')
except Exception as e:
    print('(2**63) << (2**63)', type(e).__name__, e)
try:
    print('(2**63) >> (2**63)', (2**63) >> (2**63) if ('>>' != '**' or abs(2**63) < 200) and ('>>' != '<<' or abs(2**63) < 200) else 'skip')
except Exception as e:
    print('(2**63) >> (2**63)', type(e).__name__, e)
try:
    print('(2**63) & (2**63)', (2**63) & (2**63) if ('&' != '**' or abs(2**63) < 200) and ('&' != '<<' or abs(2**63) < 200) else 'skip')
except Exception as e:
    print('(2**63) & (2**63)', type(e).__name__, e)
try:
    print('(2**63) | (2**63)', (2**63) | (2**63) if ('|' != '**' or abs(2**63) < 200) and ('|' != '<<' or abs(2**63) < 200) else 'skip')
except Exception as e:
    print('(2**63) | (2**63)', type(e).__name__, e)
try:
    print('(2**63) ^ (2**63)', (2**63) ^ (2**63) if ('^' != '**' or abs(2**63) < 200) and ('^' != '<<' or abs(2**63) < 200) else 'skip')
except Exception as e:
    print('(2**63) ^ (2**63)', type(e).__name__, e)
try:
    print('(2**63) / (2**63)', (2**63) / (2**63) if ('/' != '**' or abs(2**63) < 200) and ('/' != '<<' or abs(2**63) < 200) else 'skip')
except Exception as e:
    print('(2**63) / (2**63)', type(e).__name__, e)
try:
    print('(2**63) < (2**63)', (2**63) < (2**63) if ('<' != '**' or abs(2**63) < 200) and ('<' != '<<' or abs(2**63) < 200) else 'skip')
except Exception as e:
    print('(2**63) < (2**63)', type(e).__name__, e)
try:
    print('(2**63) == (2**63)', (2**63) == (2**63) if ('==' != '**' or abs(2**63) < 200) and ('==' != '<<' or abs(2**63) < 200) else 'skip')
except Exception as e:
    print('(2**63) == (2**63)', type(e).__name__, e)
try:
    print('(2**63) >= (2**63)', (2**63) >= (2**63) if ('>=' != '**' or abs(2**63) < 200) and ('>=' != '<<' or abs(2**63) < 200) else 'skip')
except Exception as e:
    print('(2**63) >= (2**63)', type(e).__name__, e)
try:
    print('(2**63) + (-2**63)', (2**63) + (-2**63) if ('+' != '**' or abs(-2**63) < 200) and ('+' != '<<' or abs(-2**63) < 200) else 'skip')
except Exception as e:
    print('(2**63) + (-2**63)', type(e).__name__, e)
try:
    print('(2**63) - (-2**63)', (2**63) - (-2**63) if ('-' != '**' or abs(-2**63) < 200) and ('-' != '<<' or abs(-2**63) < 200) else 'skip')
except Exception as e:
    print('(2**63) - (-2**63)', type(e).__name__, e)
try:
    print('(2**63) * (-2**63)', (2**63) * (-2**63) if ('*' != '**' or abs(-2**63) < 200) and ('*' != '<<' or abs(-2**63) < 200) else 'skip')
except Exception as e:
    print('(2**63) * (-2**63)', type(e).__name__, e)
try:
    print('(2**63) // (-2**63)', (2**63) // (-2**63) if ('//' != '**' or abs(-2**63) < 200) and ('//' != '<<' or abs(-2**63) < 200) else 'skip')
except Exception as e:
    print('(2**63) // (-2**63)', type(e).__name__, e)
try:
    print('(2**63) % (-2**63)', (2**63) % (-2**63) if ('%' != '**' or abs(-2**63) < 200) and ('%' != '<<' or abs(-2**63) < 200) else 'skip')
except Exception as e:
    print('(2**63) % (-2**63)', type(e).__name__, e)
try:
    print('(2**63) ** (-2**63)', (2**63) ** (-2**63) if ('**' != '**' or abs(-2**63) < 200) and ('**' != '<<' or abs(-2**63) < 200) else 'skip')
except Exception as e:
    print('(2**63) ** (-2**63)', type(e).__name__, e)
try:
    print('(2**63) << (-2**63)', (2**63) << (-2**63) if ('<<' != '**' or abs(-2**63) < 200) and ('<<' != '<<' or abs(-2**63) < 200) else 'skip')
except Exception as e:
    print('(2**63) << (-2**63)', type(e).__name__, e)
try:
    print('(2**63) >> (-2**63)', (2**63) >> (-2**63) if ('>>' != '**' or abs(-2**63) < 200) and ('>>' != '<<' or abs(-2**63) < 200) else 'skip')
except Exception as e:
    print('(2**63) >> (-2**63)', type(e).__name__, e)
try:
    print('(2**63) & (-2**63)', (2**63) & (-2**63) if ('&' != '**' or abs(-2**63) < 200) and ('&' != '<<' or abs(-2**63) < 200) else 'skip')
except Exception as e:
    print('(2**63) & (-2**63)', type(e).__name__, e)
try:
    print('(2**63) | (-2**63)', (2**63) | (-2**63) if ('|' != '**' or abs(-2**63) < 200) and ('|' != '<<' or abs(-2**63) < 200) else 'skip')
except Exception as e:
    print('(2**63) | (-2**63)', type(e).__name__, e)
try:
    print('(2**63) ^ (-2**63)', (2**63) ^ (-2**63) if ('^' != '**' or abs(-2**63) < 200) and ('^' != '<<' or abs(-2**63) < 200) else 'skip')
except Exception as e:
    print('(2**63) ^ (-2**63)', type(e).__name__, e)
try:
    print('(2**63) / (-2**63)', (2**63) / (-2**63) if ('/' != '**' or abs(-2**63) < 200) and ('/' != '<<' or abs(-2**63) < 200) else 'skip')
except Exception as e:
    print('(2**63) / (-2**63)', type(e).__name__, e)
try:
    print('(2**63) < (-2**63)', (2**63) < (-2**63) if ('<' != '**' or abs(-2**63) < 200) and ('<' != '<<' or abs(-2**63) < 200) else 'skip')
except Exception as e:
    print('(2**63) < (-2**63)', type(e).__name__, e)
try:
    print('(2**63) == (-2**63)', (2**63) == (-2**63) if ('==' != '**' or abs(-2**63) < 200) and ('==' != '<<' or abs(-2**63) < 200) else 'skip')
except Exception as e:
    print('(2**63) == (-2**63)', type(e).__name__, e)
try:
    print('(2**63) >= (-2**63)', (2**63) >= (-2**63) if ('>=' != '**' or abs(-2**63) < 200) and ('>=' != '<<' or abs(-2**63) < 200) else 'skip')
except Exception as e:
    print('(2**63) >= (-2**63)', type(e).__name__, e)
try:
    print('(2**63) + (2**64 + 5)', (2**63) + (2**64 + 5) if ('+' != '**' or abs(2**64 + 5) < 200) and ('+' != '<<' or abs(2**64 + 5) < 200) else 'skip')
except Exception as e:
    print('(2**63) + (2**64 + 5)', type(e).__name__, e)
try:
    print('(2**63) - (2**64 + 5)', (2**63) - (2**64 + 5) if ('-' != '**' or abs(2**64 + 5) < 200) and ('-' != '<<' or abs(2**64 + 5) < 200) else 'skip')
except Exception as e:
    print('(2**63) - (2**64 + 5)', type(e).__name__, e)
try:
    print('(2**63) * (2**64 + 5)', (2**63) * (2**64 + 5) if ('*' != '**' or abs(2**64 + 5) < 200) and ('*' != '<<' or abs(2**64 + 5) < 200) else 'skip')
except Exception as e:
    print('(2**63) * (2**64 + 5)', type(e).__name__, e)
try:
    print('(2**63) // (2**64 + 5)', (2**63) // (2**64 + 5) if ('//' != '**' or abs(2**64 + 5) < 200) and ('//' != '<<' or abs(2**64 + 5) < 200) else 'skip')
except Exception as e:
    print('(2**63) // (2**64 + 5)', type(e).__name__, e)
try:
    print('(2**63) % (2**64 + 5)', (2**63) % (2**64 + 5) if ('%' != '**' or abs(2**64 + 5) < 200) and ('%' != '<<' or abs(2**64 + 5) < 200) else 'skip')
except Exception as e:
    print('(2**63) % (2**64 + 5)', type(e).__name__, e)
try:
    print('(2**63) ** (2**64 + 5)', (2**63) ** (2**64 + 5) if ('**' != '**' or abs(2**64 + 5) < 200) and ('**' != '<<' or abs(2**64 + 5) < 200) else 'skip')
except Exception as e:
    print('(2**63) ** (2**64 + 5)', type(e).__name__, e)
try:
    print('(2**63) << (2**64 + 5)', (2**63) << (2**64 + 5) if ('<<' != '**' or abs(2**64 + 5) < 200) and ('<<' != '<<' or abs(2**64 + 5) < 200) else 'skip')
except Exception as e:
    print('(2**63) << (2**64 + 5)', type(e).__name__, e)
try:
    print('(2**63) >> (2**64 + 5)', (2**63) >> (2**64 + 5) if ('>>' != '**' or abs(2**64 + 5) < 200) and ('>>' != '<<' or abs(2**64 + 5) < 200) else 'skip')
except Exception as e:
    print('(2**63) >> (2**64 + 5)', type(e).__name__, e)
try:
    print('(2**63) & (2**64 + 5)', (2**63) & (2**64 + 5) if ('&' != '**' or abs(2**64 + 5) < 200) and ('&' != '<<' or abs(2**64 + 5) < 200) else 'skip')
except Exception as e:
    print('(2**63) & (2**64 + 5)', type(e).__name__, e)
try:
    print('(2**63) | (2**64 + 5)', (2**63) | (2**64 + 5) if ('|' != '**' or abs(2**64 + 5) < 200) and ('|' != '<<' or abs(2**64 + 5) < 200) else 'skip')
except Exception as e:
    print('(2**63) | (2**64 + 5)', type(e).__name__, e)
try:
    print('(2**63) ^ (2**64 + 5)', (2**63) ^ (2**64 + 5) if ('^' != '**' or abs(2**64 + 5) < 200) and ('^' != '<<' or abs(2**64 + 5) < 200) else 'skip')
except Exception as e:
    print('(2**63) ^ (2**64 + 5)', type(e).__name__, e)
try:
    print('(2**63) / (2**64 + 5)', (2**63) / (2**64 + 5) if ('/' != '**' or abs(2**64 + 5) < 200) and ('/' != '<<' or abs(2**64 + 5) < 200) else 'skip')
except Exception as e:
    print('(2**63) / (2**64 + 5)', type(e).__name__, e)
try:
    print('(2**63) < (2**64 + 5)', (2**63) < (2**64 + 5) if ('<' != '**' or abs(2**64 + 5) < 200) and ('<' != '<<' or abs(2**64 + 5) < 200) else 'skip')
except Exception as e:
    print('(2**63) < (2**64 + 5)', type(e).__name__, e)
try:
    print('(2**63) == (2**64 + 5)', (2**63) == (2**64 + 5) if ('==' != '**' or abs(2**64 + 5) < 200) and ('==' != '<<' or abs(2**64 + 5) < 200) else 'skip')
except Exception as e:
    print('(2**63) == (2**64 + 5)', type(e).__name__, e)
try:
    print('(2**63) >= (2**64 + 5)', (2**63) >= (2**64 + 5) if ('>=' != '**' or abs(2**64 + 5) < 200) and ('>=' != '<<' or abs(2**64 + 5) < 200) else 'skip')
except Exception as e:
    print('(2**63) >= (2**64 + 5)', type(e).__name__, e)
try:
    print('(2**63) + (-(2**70))', (2**63) + (-(2**70)) if ('+' != '**' or abs(-(2**70)) < 200) and ('+' != '<<' or abs(-(2**70)) < 200) else 'skip')
except Exception as e:
    print('(2**63) + (-(2**70))', type(e).__name__, e)
try:
    print('(2**63) - (-(2**70))', (2**63) - (-(2**70)) if ('-' != '**' or abs(-(2**70)) < 200) and ('-' != '<<' or abs(-(2**70)) < 200) else 'skip')
except Exception as e:
    print('(2**63) - (-(2**70))', type(e).__name__, e)
try:
    print('(2**63) * (-(2**70))', (2**63) * (-(2**70)) if ('*' != '**' or abs(-(2**70)) < 200) and ('*' != '<<' or abs(-(2**70)) < 200) else 'skip')
except Exception as e:
    print('(2**63) * (-(2**70))', type(e).__name__, e)
try:
    print('(2**63) // (-(2**70))', (2**63) // (-(2**70)) if ('//' != '**' or abs(-(2**70)) < 200) and ('//' != '<<' or abs(-(2**70)) < 200) else 'skip')
except Exception as e:
    print('(2**63) // (-(2**70))', type(e).__name__, e)
try:
    print('(2**63) % (-(2**70))', (2**63) % (-(2**70)) if ('%' != '**' or abs(-(2**70)) < 200) and ('%' != '<<' or abs(-(2**70)) < 200) else 'skip')
except Exception as e:
    print('(2**63) % (-(2**70))', type(e).__name__, e)
try:
    print('(2**63) ** (-(2**70))', (2**63) ** (-(2**70)) if ('**' != '**' or abs(-(2**70)) < 200) and ('**' != '<<' or abs(-(2**70)) < 200) else 'skip')
except Exception as e:
    print('(2**63) ** (-(2**70))', type(e).__name__, e)
try:
    print('(2**63) << (-(2**70))', (2**63) << (-(2**70)) if ('<<' != '**' or abs(-(2**70)) < 200) and ('<<' != '<<' or abs(-(2**70)) < 200) else 'skip')
except Exception as e:
    print('(2**63) << (-(2**70))', type(e).__name__, e)
try:
    print('(2**63) >> (-(2**70))', (2**63) >> (-(2**70)) if ('>>' != '**' or abs(-(2**70)) < 200) and ('>>' != '<<' or abs(-(2**70)) < 200) else 'skip')
except Exception as e:
    print('(2**63) >> (-(2**70))', type(e).__name__, e)
try:
    print('(2**63) & (-(2**70))', (2**63) & (-(2**70)) if ('&' != '**' or abs(-(2**70)) < 200) and ('&' != '<<' or abs(-(2**70)) < 200) else 'skip')
except Exception as e:
    print('(2**63) & (-(2**70))', type(e).__name__, e)
try:
    print('(2**63) | (-(2**70))', (2**63) | (-(2**70)) if ('|' != '**' or abs(-(2**70)) < 200) and ('|' != '<<' or abs(-(2**70)) < 200) else 'skip')
except Exception as e:
    print('(2**63) | (-(2**70))', type(e).__name__, e)
try:
    print('(2**63) ^ (-(2**70))', (2**63) ^ (-(2**70)) if ('^' != '**' or abs(-(2**70)) < 200) and ('^' != '<<' or abs(-(2**70)) < 200) else 'skip')
except Exception as e:
    print('(2**63) ^ (-(2**70))', type(e).__name__, e)
try:
    print('(2**63) / (-(2**70))', (2**63) / (-(2**70)) if ('/' != '**' or abs(-(2**70)) < 200) and ('/' != '<<' or abs(-(2**70)) < 200) else 'skip')
except Exception as e:
    print('(2**63) / (-(2**70))', type(e).__name__, e)
try:
    print('(2**63) < (-(2**70))', (2**63) < (-(2**70)) if ('<' != '**' or abs(-(2**70)) < 200) and ('<' != '<<' or abs(-(2**70)) < 200) else 'skip')
except Exception as e:
    print('(2**63) < (-(2**70))', type(e).__name__, e)
try:
    print('(2**63) == (-(2**70))', (2**63) == (-(2**70)) if ('==' != '**' or abs(-(2**70)) < 200) and ('==' != '<<' or abs(-(2**70)) < 200) else 'skip')
except Exception as e:
    print('(2**63) == (-(2**70))', type(e).__name__, e)
try:
    print('(2**63) >= (-(2**70))', (2**63) >= (-(2**70)) if ('>=' != '**' or abs(-(2**70)) < 200) and ('>=' != '<<' or abs(-(2**70)) < 200) else 'skip')
except Exception as e:
    print('(2**63) >= (-(2**70))', type(e).__name__, e)
try:
    print('(2**63) + (10**20)', (2**63) + (10**20) if ('+' != '**' or abs(10**20) < 200) and ('+' != '<<' or abs(10**20) < 200) else 'skip')
except Exception as e:
    print('(2**63) + (10**20)', type(e).__name__, e)
try:
    print('(2**63) - (10**20)', (2**63) - (10**20) if ('-' != '**' or abs(10**20) < 200) and ('-' != '<<' or abs(10**20) < 200) else 'skip')
except Exception as e:
    print('(2**63) - (10**20)', type(e).__name__, e)
try:
    print('(2**63) * (10**20)', (2**63) * (10**20) if ('*' != '**' or abs(10**20) < 200) and ('*' != '<<' or abs(10**20) < 200) else 'skip')
except Exception as e:
    print('(2**63) * (10**20)', type(e).__name__, e)
try:
    print('(2**63) // (10**20)', (2**63) // (10**20) if ('//' != '**' or abs(10**20) < 200) and ('//' != '<<' or abs(10**20) < 200) else 'skip')
except Exception as e:
    print('(2**63) // (10**20)', type(e).__name__, e)
try:
    print('(2**63) % (10**20)', (2**63) % (10**20) if ('%' != '**' or abs(10**20) < 200) and ('%' != '<<' or abs(10**20) < 200) else 'skip')
except Exception as e:
    print('(2**63) % (10**20)', type(e).__name__, e)
try:
    print('(2**63) ** (10**20)', (2**63) ** (10**20) if ('**' != '**' or abs(10**20) < 200) and ('**' != '<<' or abs(10**20) < 200) else 'skip')
except Exception as e:
    print('(2**63) ** (10**20)', type(e).__name__, e)
try:
    print('(2**63) << (10**20)', (2**63) << (10**20) if ('<<' != '**' or abs(10**20) < 200) and ('<<' != '<<' or abs(10**20) < 200) else 'skip')
except Exception as e:
    print('(2**63) << (10**20)', type(e).__name__, e)
try:
    print('(2**63) >> (10**20)', (2**63) >> (10**20) if ('>>' != '**' or abs(10**20) < 200) and ('>>' != '<<' or abs(10**20) < 200) else 'skip')
except Exception as e:
    print('(2**63) >> (10**20)', type(e).__name__, e)
try:
    print('(2**63) & (10**20)', (2**63) & (10**20) if ('&' != '**' or abs(10**20) < 200) and ('&' != '<<' or abs(10**20) < 200) else 'skip')
except Exception as e:
    print('(2**63) & (10**20)', type(e).__name__, e)
try:
    print('(2**63) | (10**20)', (2**63) | (10**20) if ('|' != '**' or abs(10**20) < 200) and ('|' != '<<' or abs(10**20) < 200) else 'skip')
except Exception as e:
    print('(2**63) | (10**20)', type(e).__name__, e)
try:
    print('(2**63) ^ (10**20)', (2**63) ^ (10**20) if ('^' != '**' or abs(10**20) < 200) and ('^' != '<<' or abs(10**20) < 200) else 'skip')
except Exception as e:
    print('(2**63) ^ (10**20)', type(e).__name__, e)
try:
    print('(2**63) / (10**20)', (2**63) / (10**20) if ('/' != '**' or abs(10**20) < 200) and ('/' != '<<' or abs(10**20) < 200) else 'skip')
except Exception as e:
    print('(2**63) / (10**20)', type(e).__name__, e)
try:
    print('(2**63) < (10**20)', (2**63) < (10**20) if ('<' != '**' or abs(10**20) < 200) and ('<' != '<<' or abs(10**20) < 200) else 'skip')
except Exception as e:
    print('(2**63) < (10**20)', type(e).__name__, e)
try:
    print('(2**63) == (10**20)', (2**63) == (10**20) if ('==' != '**' or abs(10**20) < 200) and ('==' != '<<' or abs(10**20) < 200) else 'skip')
except Exception as e:
    print('(2**63) == (10**20)', type(e).__name__, e)
try:
    print('(2**63) >= (10**20)', (2**63) >= (10**20) if ('>=' != '**' or abs(10**20) < 200) and ('>=' != '<<' or abs(10**20) < 200) else 'skip')
except Exception as e:
    print('(2**63) >= (10**20)', type(e).__name__, e)
try:
    print('(2**63) + (True)', (2**63) + (True) if ('+' != '**' or abs(True) < 200) and ('+' != '<<' or abs(True) < 200) else 'skip')
except Exception as e:
    print('(2**63) + (True)', type(e).__name__, e)
try:
    print('(2**63) - (True)', (2**63) - (True) if ('-' != '**' or abs(True) < 200) and ('-' != '<<' or abs(True) < 200) else 'skip')
except Exception as e:
    print('(2**63) - (True)', type(e).__name__, e)
try:
    print('(2**63) * (True)', (2**63) * (True) if ('*' != '**' or abs(True) < 200) and ('*' != '<<' or abs(True) < 200) else 'skip')
except Exception as e:
    print('(2**63) * (True)', type(e).__name__, e)
try:
    print('(2**63) // (True)', (2**63) // (True) if ('//' != '**' or abs(True) < 200) and ('//' != '<<' or abs(True) < 200) else 'skip')
except Exception as e:
    print('(2**63) // (True)', type(e).__name__, e)
try:
    print('(2**63) % (True)', (2**63) % (True) if ('%' != '**' or abs(True) < 200) and ('%' != '<<' or abs(True) < 200) else 'skip')
except Exception as e:
    print('(2**63) % (True)', type(e).__name__, e)
try:
    print('(2**63) ** (True)', (2**63) ** (True) if ('**' != '**' or abs(True) < 200) and ('**' != '<<' or abs(True) < 200) else 'skip')
except Exception as e:
    print('(2**63) ** (True)', type(e).__name__, e)
try:
    print('(2**63) << (True)', (2**63) << (True) if ('<<' != '**' or abs(True) < 200) and ('<<' != '<<' or abs(True) < 200) else 'skip')
except Exception as e:
    print('(2**63) << (True)', type(e).__name__, e)
try:
    print('(2**63) >> (True)', (2**63) >> (True) if ('>>' != '**' or abs(True) < 200) and ('>>' != '<<' or abs(True) < 200) else 'skip')
except Exception as e:
    print('(2**63) >> (True)', type(e).__name__, e)
try:
    print('(2**63) & (True)', (2**63) & (True) if ('&' != '**' or abs(True) < 200) and ('&' != '<<' or abs(True) < 200) else 'skip')
except Exception as e:
    print('(2**63) & (True)', type(e).__name__, e)
try:
    print('(2**63) | (True)', (2**63) | (True) if ('|' != '**' or abs(True) < 200) and ('|' != '<<' or abs(True) < 200) else 'skip')
except Exception as e:
    print('(2**63) | (True)', type(e).__name__, e)
try:
    print('(2**63) ^ (True)', (2**63) ^ (True) if ('^' != '**' or abs(True) < 200) and ('^' != '<<' or abs(True) < 200) else 'skip')
except Exception as e:
    print('(2**63) ^ (True)', type(e).__name__, e)
try:
    print('(2**63) / (True)', (2**63) / (True) if ('/' != '**' or abs(True) < 200) and ('/' != '<<' or abs(True) < 200) else 'skip')
except Exception as e:
    print('(2**63) / (True)', type(e).__name__, e)
try:
    print('(2**63) < (True)', (2**63) < (True) if ('<' != '**' or abs(True) < 200) and ('<' != '<<' or abs(True) < 200) else 'skip')
except Exception as e:
    print('(2**63) < (True)', type(e).__name__, e)
try:
    print('(2**63) == (True)', (2**63) == (True) if ('==' != '**' or abs(True) < 200) and ('==' != '<<' or abs(True) < 200) else 'skip')
except Exception as e:
    print('(2**63) == (True)', type(e).__name__, e)
try:
    print('(2**63) >= (True)', (2**63) >= (True) if ('>=' != '**' or abs(True) < 200) and ('>=' != '<<' or abs(True) < 200) else 'skip')
except Exception as e:
    print('(2**63) >= (True)', type(e).__name__, e)
try:
    print('(2**63) + (2.5)', (2**63) + (2.5) if ('+' != '**' or abs(2.5) < 200) and ('+' != '<<' or abs(2.5) < 200) else 'skip')
except Exception as e:
    print('(2**63) + (2.5)', type(e).__name__, e)
try:
    print('(2**63) - (2.5)', (2**63) - (2.5) if ('-' != '**' or abs(2.5) < 200) and ('-' != '<<' or abs(2.5) < 200) else 'skip')
except Exception as e:
    print('(2**63) - (2.5)', type(e).__name__, e)
try:
    print('(2**63) * (2.5)', (2**63) * (2.5) if ('*' != '**' or abs(2.5) < 200) and ('*' != '<<' or abs(2.5) < 200) else 'skip')
except Exception as e:
    print('(2**63) * (2.5)', type(e).__name__, e)
try:
    print('(2**63) // (2.5)', (2**63) // (2.5) if ('//' != '**' or abs(2.5) < 200) and ('//' != '<<' or abs(2.5) < 200) else 'skip')
except Exception as e:
    print('(2**63) // (2.5)', type(e).__name__, e)
try:
    print('(2**63) % (2.5)', (2**63) % (2.5) if ('%' != '**' or abs(2.5) < 200) and ('%' != '<<' or abs(2.5) < 200) else 'skip')
except Exception as e:
    print('(2**63) % (2.5)', type(e).__name__, e)
try:
    print('(2**63) ** (2.5)', (2**63) ** (2.5) if ('**' != '**' or abs(2.5) < 200) and ('**' != '<<' or abs(2.5) < 200) else 'skip')
except Exception as e:
    print('(2**63) ** (2.5)', type(e).__name__, e)
try:
    print('(2**63) << (2.5)', (2**63) << (2.5) if ('<<' != '**' or abs(2.5) < 200) and ('<<' != '<<' or abs(2.5) < 200) else 'skip')
except Exception as e:
    print('(2**63) << (2.5)', type(e).__name__, e)
try:
    print('(2**63) >> (2.5)', (2**63) >> (2.5) if ('>>' != '**' or abs(2.5) < 200) and ('>>' != '<<' or abs(2.5) < 200) else 'skip')
except Exception as e:
    print('(2**63) >> (2.5)', type(e).__name__, e)
try:
    print('(2**63) & (2.5)', (2**63) & (2.5) if ('&' != '**' or abs(2.5) < 200) and ('&' != '<<' or abs(2.5) < 200) else 'skip')
except Exception as e:
    print('(2**63) & (2.5)', type(e).__name__, e)
try:
    print('(2**63) | (2.5)', (2**63) | (2.5) if ('|' != '**' or abs(2.5) < 200) and ('|' != '<<' or abs(2.5) < 200) else 'skip')
except Exception as e:
    print('(2**63) | (2.5)', type(e).__name__, e)
try:
    print('(2**63) ^ (2.5)', (2**63) ^ (2.5) if ('^' != '**' or abs(2.5) < 200) and ('^' != '<<' or abs(2.5) < 200) else 'skip')
except Exception as e:
    print('(2**63) ^ (2.5)', type(e).__name__, e)
try:
    print('(2**63) / (2.5)', (2**63) / (2.5) if ('/' != '**' or abs(2.5) < 200) and ('/' != '<<' or abs(2.5) < 200) else 'skip')
except Exception as e:
    print('(2**63) / (2.5)', type(e).__name__, e)
try:
    print('(2**63) < (2.5)', (2**63) < (2.5) if ('<' != '**' or abs(2.5) < 200) and ('<' != '<<' or abs(2.5) < 200) else 'skip')
except Exception as e:
    print('(2**63) < (2.5)', type(e).__name__, e)
try:
    print('(2**63) == (2.5)', (2**63) == (2.5) if ('==' != '**' or abs(2.5) < 200) and ('==' != '<<' or abs(2.5) < 200) else 'skip')
except Exception as e:
    print('(2**63) == (2.5)', type(e).__name__, e)
try:
    print('(2**63) >= (2.5)', (2**63) >= (2.5) if ('>=' != '**' or abs(2.5) < 200) and ('>=' != '<<' or abs(2.5) < 200) else 'skip')
except Exception as e:
    print('(2**63) >= (2.5)', type(e).__name__, e)
try:
    print('(2**63) + (-0.5)', (2**63) + (-0.5) if ('+' != '**' or abs(-0.5) < 200) and ('+' != '<<' or abs(-0.5) < 200) else 'skip')
except Exception as e:
    print('(2**63) + (-0.5)', type(e).__name__, e)
try:
    print('(2**63) - (-0.5)', (2**63) - (-0.5) if ('-' != '**' or abs(-0.5) < 200) and ('-' != '<<' or abs(-0.5) < 200) else 'skip')
except Exception as e:
    print('(2**63) - (-0.5)', type(e).__name__, e)
try:
    print('(2**63) * (-0.5)', (2**63) * (-0.5) if ('*' != '**' or abs(-0.5) < 200) and ('*' != '<<' or abs(-0.5) < 200) else 'skip')
except Exception as e:
    print('(2**63) * (-0.5)', type(e).__name__, e)
try:
    print('(2**63) // (-0.5)', (2**63) // (-0.5) if ('//' != '**' or abs(-0.5) < 200) and ('//' != '<<' or abs(-0.5) < 200) else 'skip')
except Exception as e:
    print('(2**63) // (-0.5)', type(e).__name__, e)
try:
    print('(2**63) % (-0.5)', (2**63) % (-0.5) if ('%' != '**' or abs(-0.5) < 200) and ('%' != '<<' or abs(-0.5) < 200) else 'skip')
except Exception as e:
    print('(2**63) % (-0.5)', type(e).__name__, e)
try:
    print('(2**63) ** (-0.5)', (2**63) ** (-0.5) if ('**' != '**' or abs(-0.5) < 200) and ('**' != '<<' or abs(-0.5) < 200) else 'skip')
except Exception as e:
    print('(2**63) ** (-0.5)', type(e).__name__, e)
try:
    print('(2**63) << (-0.5)', (2**63) << (-0.5) if ('<<' != '**' or abs(-0.5) < 200) and ('<<' != '<<' or abs(-0.5) < 200) else 'skip')
except Exception as e:
    print('(2**63) << (-0.5)', type(e).__name__, e)
try:
    print('(2**63) >> (-0.5)', (2**63) >> (-0.5) if ('>>' != '**' or abs(-0.5) < 200) and ('>>' != '<<' or abs(-0.5) < 200) else 'skip')
except Exception as e:
    print('(2**63) >> (-0.5)', type(e).__name__, e)
try:
    print('(2**63) & (-0.5)', (2**63) & (-0.5) if ('&' != '**' or abs(-0.5) < 200) and ('&' != '<<' or abs(-0.5) < 200) else 'skip')
except Exception as e:
    print('(2**63) & (-0.5)', type(e).__name__, e)
try:
    print('(2**63) | (-0.5)', (2**63) | (-0.5) if ('|' != '**' or abs(-0.5) < 200) and ('|' != '<<' or abs(-0.5) < 200) else 'skip')
except Exception as e:
    print('(2**63) | (-0.5)', type(e).__name__, e)
try:
    print('(2**63) ^ (-0.5)', (2**63) ^ (-0.5) if ('^' != '**' or abs(-0.5) < 200) and ('^' != '<<' or abs(-0.5) < 200) else 'skip')
except Exception as e:
    print('(2**63) ^ (-0.5)', type(e).__name__, e)
try:
    print('(2**63) / (-0.5)', (2**63) / (-0.5) if ('/' != '**' or abs(-0.5) < 200) and ('/' != '<<' or abs(-0.5) < 200) else 'skip')
except Exception as e:
    print('(2**63) / (-0.5)', type(e).__name__, e)
try:
    print('(2**63) < (-0.5)', (2**63) < (-0.5) if ('<' != '**' or abs(-0.5) < 200) and ('<' != '<<' or abs(-0.5) < 200) else 'skip')
except Exception as e:
    print('(2**63) < (-0.5)', type(e).__name__, e)
try:
    print('(2**63) == (-0.5)', (2**63) == (-0.5) if ('==' != '**' or abs(-0.5) < 200) and ('==' != '<<' or abs(-0.5) < 200) else 'skip')
except Exception as e:
    print('(2**63) == (-0.5)', type(e).__name__, e)
try:
    print('(2**63) >= (-0.5)', (2**63) >= (-0.5) if ('>=' != '**' or abs(-0.5) < 200) and ('>=' != '<<' or abs(-0.5) < 200) else 'skip')
except Exception as e:
    print('(2**63) >= (-0.5)', type(e).__name__, e)
try:
    print('(-2**63) + (0)', (-2**63) + (0) if ('+' != '**' or abs(0) < 200) and ('+' != '<<' or abs(0) < 200) else 'skip')
except Exception as e:
    print('(-2**63) + (0)', type(e).__name__, e)
try:
    print('(-2**63) - (0)', (-2**63) - (0) if ('-' != '**' or abs(0) < 200) and ('-' != '<<' or abs(0) < 200) else 'skip')
except Exception as e:
    print('(-2**63) - (0)', type(e).__name__, e)
try:
    print('(-2**63) * (0)', (-2**63) * (0) if ('*' != '**' or abs(0) < 200) and ('*' != '<<' or abs(0) < 200) else 'skip')
except Exception as e:
    print('(-2**63) * (0)', type(e).__name__, e)
try:
    print('(-2**63) // (0)', (-2**63) // (0) if ('//' != '**' or abs(0) < 200) and ('//' != '<<' or abs(0) < 200) else 'skip')
except Exception as e:
    print('(-2**63) // (0)', type(e).__name__, e)
try:
    print('(-2**63) % (0)', (-2**63) % (0) if ('%' != '**' or abs(0) < 200) and ('%' != '<<' or abs(0) < 200) else 'skip')
except Exception as e:
    print('(-2**63) % (0)', type(e).__name__, e)
try:
    print('(-2**63) ** (0)', (-2**63) ** (0) if ('**' != '**' or abs(0) < 200) and ('**' != '<<' or abs(0) < 200) else 'skip')
except Exception as e:
    print('(-2**63) ** (0)', type(e).__name__, e)
try:
    print('(-2**63) << (0)', (-2**63) << (0) if ('<<' != '**' or abs(0) < 200) and ('<<' != '<<' or abs(0) < 200) else 'skip')
except Exception as e:
    print('(-2**63) << (0)', type(e).__name__, e)
try:
    print('(-2**63) >> (0)', (-2**63) >> (0) if ('>>' != '**' or abs(0) < 200) and ('>>' != '<<' or abs(0) < 200) else 'skip')
except Exception as e:
    print('(-2**63) >> (0)', type(e).__name__, e)
try:
    print('(-2**63) & (0)', (-2**63) & (0) if ('&' != '**' or abs(0) < 200) and ('&' != '<<' or abs(0) < 200) else 'skip')
except Exception as e:
    print('(-2**63) & (0)', type(e).__name__, e)
try:
    print('(-2**63) | (0)', (-2**63) | (0) if ('|' != '**' or abs(0) < 200) and ('|' != '<<' or abs(0) < 200) else 'skip')
except Exception as e:
    print('(-2**63) | (0)', type(e).__name__, e)
try:
    print('(-2**63) ^ (0)', (-2**63) ^ (0) if ('^' != '**' or abs(0) < 200) and ('^' != '<<' or abs(0) < 200) else 'skip')
except Exception as e:
    print('(-2**63) ^ (0)', type(e).__name__, e)
try:
    print('(-2**63) / (0)', (-2**63) / (0) if ('/' != '**' or abs(0) < 200) and ('/' != '<<' or abs(0) < 200) else 'skip')
except Exception as e:
    print('(-2**63) / (0)', type(e).__name__, e)
try:
    print('(-2**63) < (0)', (-2**63) < (0) if ('<' != '**' or abs(0) < 200) and ('<' != '<<' or abs(0) < 200) else 'skip')
except Exception as e:
    print('(-2**63) < (0)', type(e).__name__, e)
try:
    print('(-2**63) == (0)', (-2**63) == (0) if ('==' != '**' or abs(0) < 200) and ('==' != '<<' or abs(0) < 200) else 'skip')
except Exception as e:
    print('(-2**63) == (0)', type(e).__name__, e)
try:
    print('(-2**63) >= (0)', (-2**63) >= (0) if ('>=' != '**' or abs(0) < 200) and ('>=' != '<<' or abs(0) < 200) else 'skip')
except Exception as e:
    print('(-2**63) >= (0)', type(e).__name__, e)
try:
    print('(-2**63) + (1)', (-2**63) + (1) if ('+' != '**' or abs(1) < 200) and ('+' != '<<' or abs(1) < 200) else 'skip')
except Exception as e:
    print('(-2**63) + (1)', type(e).__name__, e)
try:
    print('(-2**63) - (1)', (-2**63) - (1) if ('-' != '**' or abs(1) < 200) and ('-' != '<<' or abs(1) < 200) else 'skip')
except Exception as e:
    print('(-2**63) - (1)', type(e).__name__, e)
try:
    print('(-2**63) * (1)', (-2**63) * (1) if ('*' != '**' or abs(1) < 200) and ('*' != '<<' or abs(1) < 200) else 'skip')
except Exception as e:
    print('(-2**63) * (1)', type(e).__name__, e)
try:
    print('(-2**63) // (1)', (-2**63) // (1) if ('//' != '**' or abs(1) < 200) and ('//' != '<<' or abs(1) < 200) else 'skip')
except Exception as e:
    print('(-2**63) // (1)', type(e).__name__, e)
try:
    print('(-2**63) % (1)', (-2**63) % (1) if ('%' != '**' or abs(1) < 200) and ('%' != '<<' or abs(1) < 200) else 'skip')
except Exception as e:
    print('(-2**63) % (1)', type(e).__name__, e)
try:
    print('(-2**63) ** (1)', (-2**63) ** (1) if ('**' != '**' or abs(1) < 200) and ('**' != '<<' or abs(1) < 200) else 'skip')
except Exception as e:
    print('(-2**63) ** (1)', type(e).__name__, e)
try:
    print('(-2**63) << (1)', (-2**63) << (1) if ('<<' != '**' or abs(1) < 200) and ('<<' != '<<' or abs(1) < 200) else 'skip')
except Exception as e:
    print('(-2**63) << (1)', type(e).__name__, e)
try:
    print('(-2**63) >> (1)', (-2**63) >> (1) if ('>>' != '**' or abs(1) < 200) and ('>>' != '<<' or abs(1) < 200) else 'skip')
except Exception as e:
    print('(-2**63) >> (1)', type(e).__name__, e)
try:
    print('(-2**63) & (1)', (-2**63) & (1) if ('&' != '**' or abs(1) < 200) and ('&' != '<<' or abs(1) < 200) else 'skip')
except Exception as e:
    print('(-2**63) & (1)', type(e).__name__, e)
try:
    print('(-2**63) | (1)', (-2**63) | (1) if ('|' != '**' or abs(1) < 200) and ('|' != '<<' or abs(1) < 200) else 'skip')
except Exception as e:
    print('(-2**63) | (1)', type(e).__name__, e)
try:
    print('(-2**63) ^ (1)', (-2**63) ^ (1) if ('^' != '**' or abs(1) < 200) and ('^' != '<<' or abs(1) < 200) else 'skip')
except Exception as e:
    print('(-2**63) ^ (1)', type(e).__name__, e)
try:
    print('(-2**63) / (1)', (-2**63) / (1) if ('/' != '**' or abs(1) < 200) and ('/' != '<<' or abs(1) < 200) else 'skip')
except Exception as e:
    print('(-2**63) / (1)', type(e).__name__, e)
try:
    print('(-2**63) < (1)', (-2**63) < (1) if ('<' != '**' or abs(1) < 200) and ('<' != '<<' or abs(1) < 200) else 'skip')
except Exception as e:
    print('(-2**63) < (1)', type(e).__name__, e)
try:
    print('(-2**63) == (1)', (-2**63) == (1) if ('==' != '**' or abs(1) < 200) and ('==' != '<<' or abs(1) < 200) else 'skip')
except Exception as e:
    print('(-2**63) == (1)', type(e).__name__, e)
try:
    print('(-2**63) >= (1)', (-2**63) >= (1) if ('>=' != '**' or abs(1) < 200) and ('>=' != '<<' or abs(1) < 200) else 'skip')
except Exception as e:
    print('(-2**63) >= (1)', type(e).__name__, e)
try:
    print('(-2**63) + (-1)', (-2**63) + (-1) if ('+' != '**' or abs(-1) < 200) and ('+' != '<<' or abs(-1) < 200) else 'skip')
except Exception as e:
    print('(-2**63) + (-1)', type(e).__name__, e)
try:
    print('(-2**63) - (-1)', (-2**63) - (-1) if ('-' != '**' or abs(-1) < 200) and ('-' != '<<' or abs(-1) < 200) else 'skip')
except Exception as e:
    print('(-2**63) - (-1)', type(e).__name__, e)
try:
    print('(-2**63) * (-1)', (-2**63) * (-1) if ('*' != '**' or abs(-1) < 200) and ('*' != '<<' or abs(-1) < 200) else 'skip')
except Exception as e:
    print('(-2**63) * (-1)', type(e).__name__, e)
try:
    print('(-2**63) // (-1)', (-2**63) // (-1) if ('//' != '**' or abs(-1) < 200) and ('//' != '<<' or abs(-1) < 200) else 'skip')
except Exception as e:
    print('(-2**63) // (-1)', type(e).__name__, e)
try:
    print('(-2**63) % (-1)', (-2**63) % (-1) if ('%' != '**' or abs(-1) < 200) and ('%' != '<<' or abs(-1) < 200) else 'skip')
except Exception as e:
    print('(-2**63) % (-1)', type(e).__name__, e)
try:
    print('(-2**63) ** (-1)', (-2**63) ** (-1) if ('**' != '**' or abs(-1) < 200) and ('**' != '<<' or abs(-1) < 200) else 'skip')
except Exception as e:
    print('(-2**63) ** (-1)', type(e).__name__, e)
try:
    print('(-2**63) << (-1)', (-2**63) << (-1) if ('<<' != '**' or abs(-1) < 200) and ('<<' != '<<' or abs(-1) < 200) else 'skip')
except Exception as e:
    print('(-2**63) << (-1)', type(e).__name__, e)
try:
    print('(-2**63) >> (-1)', (-2**63) >> (-1) if ('>>' != '**' or abs(-1) < 200) and ('>>' != '<<' or abs(-1) < 200) else 'skip')
except Exception as e:
    print('(-2**63) >> (-1)', type(e).__name__, e)
try:
    print('(-2**63) & (-1)', (-2**63) & (-1) if ('&' != '**' or abs(-1) < 200) and ('&' != '<<' or abs(-1) < 200) else 'skip')
except Exception as e:
    print('(-2**63) & (-1)', type(e).__name__, e)
try:
    print('(-2**63) | (-1)', (-2**63) | (-1) if ('|' != '**' or abs(-1) < 200) and ('|' != '<<' or abs(-1) < 200) else 'skip')
except Exception as e:
    print('(-2**63) | (-1)', type(e).__name__, e)
try:
    print('(-2**63) ^ (-1)', (-2**63) ^ (-1) if ('^' != '**' or abs(-1) < 200) and ('^' != '<<' or abs(-1) < 200) else 'skip')
except Exception as e:
    print('(-2**63) ^ (-1)', type(e).__name__, e)
try:
    print('(-2**63) / (-1)', (-2**63) / (-1) if ('/' != '**' or abs(-1) < 200) and ('/' != '<<' or abs(-1) < 200) else 'skip')
except Exception as e:
    print('(-2**63) / (-1)', type(e).__name__, e)
try:
    print('(-2**63) < (-1)', (-2**63) < (-1) if ('<' != '**' or abs(-1) < 200) and ('<' != '<<' or abs(-1) < 200) else 'skip')
except Exception as e:
    print('(-2**63) < (-1)', type(e).__name__, e)
try:
    print('(-2**63) == (-1)', (-2**63) == (-1) if ('==' != '**' or abs(-1) < 200) and ('==' != '<<' or abs(-1) < 200) else 'skip')
except Exception as e:
    print('(-2**63) == (-1)', type(e).__name__, e)
try:
    print('(-2**63) >= (-1)', (-2**63) >= (-1) if ('>=' != '**' or abs(-1) < 200) and ('>=' != '<<' or abs(-1) < 200) else 'skip')
except Exception as e:
    print('(-2**63) >= (-1)', type(e).__name__, e)
try:
    print('(-2**63) + (7)', (-2**63) + (7) if ('+' != '**' or abs(7) < 200) and ('+' != '<<' or abs(7) < 200) else 'skip')
except Exception as e:
    print('(-2**63) + (7)', type(e).__name__, e)
try:
    print('(-2**63) - (7)', (-2**63) - (7) if ('-' != '**' or abs(7) < 200) and ('-' != '<<' or abs(7) < 200) else 'skip')
except Exception as e:
    print('(-2**63) - (7)', type(e).__name__, e)
try:
    print('(-2**63) * (7)', (-2**63) * (7) if ('*' != '**' or abs(7) < 200) and ('*' != '<<' or abs(7) < 200) else 'skip')
except Exception as e:
    print('(-2**63) * (7)', type(e).__name__, e)
try:
    print('(-2**63) // (7)', (-2**63) // (7) if ('//' != '**' or abs(7) < 200) and ('//' != '<<' or abs(7) < 200) else 'skip')
except Exception as e:
    print('(-2**63) // (7)', type(e).__name__, e)
try:
    print('(-2**63) % (7)', (-2**63) % (7) if ('%' != '**' or abs(7) < 200) and ('%' != '<<' or abs(7) < 200) else 'skip')
except Exception as e:
    print('(-2**63) % (7)', type(e).__name__, e)
try:
    print('(-2**63) ** (7)', (-2**63) ** (7) if ('**' != '**' or abs(7) < 200) and ('**' != '<<' or abs(7) < 200) else 'skip')
except Exception as e:
    print('(-2**63) ** (7)', type(e).__name__, e)
try:
    print('(-2**63) << (7)', (-2**63) << (7) if ('<<' != '**' or abs(7) < 200) and ('<<' != '<<' or abs(7) < 200) else 'skip')
except Exception as e:
    print('(-2**63) << (7)', type(e).__name__, e)
try:
    print('(-2**63) >> (7)', (-2**63) >> (7) if ('>>' != '**' or abs(7) < 200) and ('>>' != '<<' or abs(7) < 200) else 'skip')
except Exception as e:
    print('(-2**63) >> (7)', type(e).__name__, e)
try:
    print('(-2**63) & (7)', (-2**63) & (7) if ('&' != '**' or abs(7) < 200) and ('&' != '<<' or abs(7) < 200) else 'skip')
except Exception as e:
    print('(-2**63) & (7)', type(e).__name__, e)
try:
    print('(-2**63) | (7)', (-2**63) | (7) if ('|' != '**' or abs(7) < 200) and ('|' != '<<' or abs(7) < 200) else 'skip')
except Exception as e:
    print('(-2**63) | (7)', type(e).__name__, e)
try:
    print('(-2**63) ^ (7)', (-2**63) ^ (7) if ('^' != '**' or abs(7) < 200) and ('^' != '<<' or abs(7) < 200) else 'skip')
except Exception as e:
    print('(-2**63) ^ (7)', type(e).__name__, e)
try:
    print('(-2**63) / (7)', (-2**63) / (7) if ('/' != '**' or abs(7) < 200) and ('/' != '<<' or abs(7) < 200) else 'skip')
except Exception as e:
    print('(-2**63) / (7)', type(e).__name__, e)
try:
    print('(-2**63) < (7)', (-2**63) < (7) if ('<' != '**' or abs(7) < 200) and ('<' != '<<' or abs(7) < 200) else 'skip')
except Exception as e:
    print('(-2**63) < (7)', type(e).__name__, e)
try:
    print('(-2**63) == (7)', (-2**63) == (7) if ('==' != '**' or abs(7) < 200) and ('==' != '<<' or abs(7) < 200) else 'skip')
except Exception as e:
    print('(-2**63) == (7)', type(e).__name__, e)
try:
    print('(-2**63) >= (7)', (-2**63) >= (7) if ('>=' != '**' or abs(7) < 200) and ('>=' != '<<' or abs(7) < 200) else 'skip')
except Exception as e:
    print('(-2**63) >= (7)', type(e).__name__, e)
try:
    print('(-2**63) + (-7)', (-2**63) + (-7) if ('+' != '**' or abs(-7) < 200) and ('+' != '<<' or abs(-7) < 200) else 'skip')
except Exception as e:
    print('(-2**63) + (-7)', type(e).__name__, e)
try:
    print('(-2**63) - (-7)', (-2**63) - (-7) if ('-' != '**' or abs(-7) < 200) and ('-' != '<<' or abs(-7) < 200) else 'skip')
except Exception as e:
    print('(-2**63) - (-7)', type(e).__name__, e)
try:
    print('(-2**63) * (-7)', (-2**63) * (-7) if ('*' != '**' or abs(-7) < 200) and ('*' != '<<' or abs(-7) < 200) else 'skip')
except Exception as e:
    print('(-2**63) * (-7)', type(e).__name__, e)
try:
    print('(-2**63) // (-7)', (-2**63) // (-7) if ('//' != '**' or abs(-7) < 200) and ('//' != '<<' or abs(-7) < 200) else 'skip')
except Exception as e:
    print('(-2**63) // (-7)', type(e).__name__, e)
try:
    print('(-2**63) % (-7)', (-2**63) % (-7) if ('%' != '**' or abs(-7) < 200) and ('%' != '<<' or abs(-7) < 200) else 'skip')
except Exception as e:
    print('(-2**63) % (-7)', type(e).__name__, e)
try:
    print('(-2**63) ** (-7)', (-2**63) ** (-7) if ('**' != '**' or abs(-7) < 200) and ('**' != '<<' or abs(-7) < 200) else 'skip')
except Exception as e:
    print('(-2**63) ** (-7)', type(e).__name__, e)
try:
    print('(-2**63) << (-7)', (-2**63) << (-7) if ('<<' != '**' or abs(-7) < 200) and ('<<' != '<<' or abs(-7) < 200) else 'skip')
except Exception as e:
    print('(-2**63) << (-7)', type(e).__name__, e)
try:
    print('(-2**63) >> (-7)', (-2**63) >> (-7) if ('>>' != '**' or abs(-7) < 200) and ('>>' != '<<' or abs(-7) < 200) else 'skip')
except Exception as e:
    print('(-2**63) >> (-7)', type(e).__name__, e)
try:
    print('(-2**63) & (-7)', (-2**63) & (-7) if ('&' != '**' or abs(-7) < 200) and ('&' != '<<' or abs(-7) < 200) else 'skip')
except Exception as e:
    print('(-2**63) & (-7)', type(e).__name__, e)
try:
    print('(-2**63) | (-7)', (-2**63) | (-7) if ('|' != '**' or abs(-7) < 200) and ('|' != '<<' or abs(-7) < 200) else 'skip')
except Exception as e:
    print('(-2**63) | (-7)', type(e).__name__, e)
try:
    print('(-2**63) ^ (-7)', (-2**63) ^ (-7) if ('^' != '**' or abs(-7) < 200) and ('^' != '<<' or abs(-7) < 200) else 'skip')
except Exception as e:
    print('(-2**63) ^ (-7)', type(e).__name__, e)
try:
    print('(-2**63) / (-7)', (-2**63) / (-7) if ('/' != '**' or abs(-7) < 200) and ('/' != '<<' or abs(-7) < 200) else 'skip')
except Exception as e:
    print('(-2**63) / (-7)', type(e).__name__, e)
try:
    print('(-2**63) < (-7)', (-2**63) < (-7) if ('<' != '**' or abs(-7) < 200) and ('<' != '<<' or abs(-7) < 200) else 'skip')
except Exception as e:
    print('(-2**63) < (-7)', type(e).__name__, e)
try:
    print('(-2**63) == (-7)', (-2**63) == (-7) if ('==' != '**' or abs(-7) < 200) and ('==' != '<<' or abs(-7) < 200) else 'skip')
except Exception as e:
    print('(-2**63) == (-7)', type(e).__name__, e)
try:
    print('(-2**63) >= (-7)', (-2**63) >= (-7) if ('>=' != '**' or abs(-7) < 200) and ('>=' != '<<' or abs(-7) < 200) else 'skip')
except Exception as e:
    print('(-2**63) >= (-7)', type(e).__name__, e)
try:
    print('(-2**63) + (3)', (-2**63) + (3) if ('+' != '**' or abs(3) < 200) and ('+' != '<<' or abs(3) < 200) else 'skip')
except Exception as e:
    print('(-2**63) + (3)', type(e).__name__, e)
try:
    print('(-2**63) - (3)', (-2**63) - (3) if ('-' != '**' or abs(3) < 200) and ('-' != '<<' or abs(3) < 200) else 'skip')
except Exception as e:
    print('(-2**63) - (3)', type(e).__name__, e)
try:
    print('(-2**63) * (3)', (-2**63) * (3) if ('*' != '**' or abs(3) < 200) and ('*' != '<<' or abs(3) < 200) else 'skip')
except Exception as e:
    print('(-2**63) * (3)', type(e).__name__, e)
try:
    print('(-2**63) // (3)', (-2**63) // (3) if ('//' != '**' or abs(3) < 200) and ('//' != '<<' or abs(3) < 200) else 'skip')
except Exception as e:
    print('(-2**63) // (3)', type(e).__name__, e)
try:
    print('(-2**63) % (3)', (-2**63) % (3) if ('%' != '**' or abs(3) < 200) and ('%' != '<<' or abs(3) < 200) else 'skip')
except Exception as e:
    print('(-2**63) % (3)', type(e).__name__, e)
try:
    print('(-2**63) ** (3)', (-2**63) ** (3) if ('**' != '**' or abs(3) < 200) and ('**' != '<<' or abs(3) < 200) else 'skip')
except Exception as e:
    print('(-2**63) ** (3)', type(e).__name__, e)
try:
    print('(-2**63) << (3)', (-2**63) << (3) if ('<<' != '**' or abs(3) < 200) and ('<<' != '<<' or abs(3) < 200) else 'skip')
except Exception as e:
    print('(-2**63) << (3)', type(e).__name__, e)
try:
    print('(-2**63) >> (3)', (-2**63) >> (3) if ('>>' != '**' or abs(3) < 200) and ('>>' != '<<' or abs(3) < 200) else 'skip')
except Exception as e:
    print('(-2**63) >> (3)', type(e).__name__, e)
try:
    print('(-2**63) & (3)', (-2**63) & (3) if ('&' != '**' or abs(3) < 200) and ('&' != '<<' or abs(3) < 200) else 'skip')
except Exception as e:
    print('(-2**63) & (3)', type(e).__name__, e)
try:
    print('(-2**63) | (3)', (-2**63) | (3) if ('|' != '**' or abs(3) < 200) and ('|' != '<<' or abs(3) < 200) else 'skip')
except Exception as e:
    print('(-2**63) | (3)', type(e).__name__, e)
try:
    print('(-2**63) ^ (3)', (-2**63) ^ (3) if ('^' != '**' or abs(3) < 200) and ('^' != '<<' or abs(3) < 200) else 'skip')
except Exception as e:
    print('(-2**63) ^ (3)', type(e).__name__, e)
try:
    print('(-2**63) / (3)', (-2**63) / (3) if ('/' != '**' or abs(3) < 200) and ('/' != '<<' or abs(3) < 200) else 'skip')
except Exception as e:
    print('(-2**63) / (3)', type(e).__name__, e)
try:
    print('(-2**63) < (3)', (-2**63) < (3) if ('<' != '**' or abs(3) < 200) and ('<' != '<<' or abs(3) < 200) else 'skip')
except Exception as e:
    print('(-2**63) < (3)', type(e).__name__, e)
try:
    print('(-2**63) == (3)', (-2**63) == (3) if ('==' != '**' or abs(3) < 200) and ('==' != '<<' or abs(3) < 200) else 'skip')
except Exception as e:
    print('(-2**63) == (3)', type(e).__name__, e)
try:
    print('(-2**63) >= (3)', (-2**63) >= (3) if ('>=' != '**' or abs(3) < 200) and ('>=' != '<<' or abs(3) < 200) else 'skip')
except Exception as e:
    print('(-2**63) >= (3)', type(e).__name__, e)
try:
    print('(-2**63) + (-3)', (-2**63) + (-3) if ('+' != '**' or abs(-3) < 200) and ('+' != '<<' or abs(-3) < 200) else 'skip')
except Exception as e:
    print('(-2**63) + (-3)', type(e).__name__, e)
try:
    print('(-2**63) - (-3)', (-2**63) - (-3) if ('-' != '**' or abs(-3) < 200) and ('-' != '<<' or abs(-3) < 200) else 'skip')
except Exception as e:
    print('(-2**63) - (-3)', type(e).__name__, e)
try:
    print('(-2**63) * (-3)', (-2**63) * (-3) if ('*' != '**' or abs(-3) < 200) and ('*' != '<<' or abs(-3) < 200) else 'skip')
except Exception as e:
    print('(-2**63) * (-3)', type(e).__name__, e)
try:
    print('(-2**63) // (-3)', (-2**63) // (-3) if ('//' != '**' or abs(-3) < 200) and ('//' != '<<' or abs(-3) < 200) else 'skip')
except Exception as e:
    print('(-2**63) // (-3)', type(e).__name__, e)
try:
    print('(-2**63) % (-3)', (-2**63) % (-3) if ('%' != '**' or abs(-3) < 200) and ('%' != '<<' or abs(-3) < 200) else 'skip')
except Exception as e:
    print('(-2**63) % (-3)', type(e).__name__, e)
try:
    print('(-2**63) ** (-3)', (-2**63) ** (-3) if ('**' != '**' or abs(-3) < 200) and ('**' != '<<' or abs(-3) < 200) else 'skip')
except Exception as e:
    print('(-2**63) ** (-3)', type(e).__name__, e)
try:
    print('(-2**63) << (-3)', (-2**63) << (-3) if ('<<' != '**' or abs(-3) < 200) and ('<<' != '<<' or abs(-3) < 200) else 'skip')
except Exception as e:
    print('(-2**63) << (-3)', type(e).__name__, e)
try:
    print('(-2**63) >> (-3)', (-2**63) >> (-3) if ('>>' != '**' or abs(-3) < 200) and ('>>' != '<<' or abs(-3) < 200) else 'skip')
except Exception as e:
    print('(-2**63) >> (-3)', type(e).__name__, e)
try:
    print('(-2**63) & (-3)', (-2**63) & (-3) if ('&' != '**' or abs(-3) < 200) and ('&' != '<<' or abs(-3) < 200) else 'skip')
except Exception as e:
    print('(-2**63) & (-3)', type(e).__name__, e)
try:
    print('(-2**63) | (-3)', (-2**63) | (-3) if ('|' != '**' or abs(-3) < 200) and ('|' != '<<' or abs(-3) < 200) else 'skip')
except Exception as e:
    print('(-2**63) | (-3)', type(e).__name__, e)
try:
    print('(-2**63) ^ (-3)', (-2**63) ^ (-3) if ('^' != '**' or abs(-3) < 200) and ('^' != '<<' or abs(-3) < 200) else 'skip')
except Exception as e:
    print('(-2**63) ^ (-3)', type(e).__name__, e)
try:
    print('(-2**63) / (-3)', (-2**63) / (-3) if ('/' != '**' or abs(-3) < 200) and ('/' != '<<' or abs(-3) < 200) else 'skip')
except Exception as e:
    print('(-2**63) / (-3)', type(e).__name__, e)
try:
    print('(-2**63) < (-3)', (-2**63) < (-3) if ('<' != '**' or abs(-3) < 200) and ('<' != '<<' or abs(-3) < 200) else 'skip')
except Exception as e:
    print('(-2**63) < (-3)', type(e).__name__, e)
try:
    print('(-2**63) == (-3)', (-2**63) == (-3) if ('==' != '**' or abs(-3) < 200) and ('==' != '<<' or abs(-3) < 200) else 'skip')
except Exception as e:
    print('(-2**63) == (-3)', type(e).__name__, e)
try:
    print('(-2**63) >= (-3)', (-2**63) >= (-3) if ('>=' != '**' or abs(-3) < 200) and ('>=' != '<<' or abs(-3) < 200) else 'skip')
except Exception as e:
    print('(-2**63) >= (-3)', type(e).__name__, e)
try:
    print('(-2**63) + (2**63)', (-2**63) + (2**63) if ('+' != '**' or abs(2**63) < 200) and ('+' != '<<' or abs(2**63) < 200) else 'skip')
except Exception as e:
    print('(-2**63) + (2**63)', type(e).__name__, e)
try:
    print('(-2**63) - (2**63)', (-2**63) - (2**63) if ('-' != '**' or abs(2**63) < 200) and ('-' != '<<' or abs(2**63) < 200) else 'skip')
except Exception as e:
    print('(-2**63) - (2**63)', type(e).__name__, e)
try:
    print('(-2**63) * (2**63)', (-2**63) * (2**63) if ('*' != '**' or abs(2**63) < 200) and ('*' != '<<' or abs(2**63) < 200) else 'skip')
except Exception as e:
    print('(-2**63) * (2**63)', type(e).__name__, e)
try:
    print('(-2**63) // (2**63)', (-2**63) // (2**63) if ('//' != '**' or abs(2**63) < 200) and ('//' != '<<' or abs(2**63) < 200) else 'skip')
except Exception as e:
    print('(-2**63) // (2**63)', type(e).__name__, e)
try:
    print('(-2**63) % (2**63)', (-2**63) % (2**63) if ('%' != '**' or abs(2**63) < 200) and ('%' != '<<' or abs(2**63) < 200) else 'skip')
except Exception as e:
    print('(-2**63) % (2**63)', type(e).__name__, e)
try:
    print('(-2**63) ** (2**63)', (-2**63) ** (2**63) if ('**' != '**' or abs(2**63) < 200) and ('**' != '<<' or abs(2**63) < 200) else 'skip')
except Exception as e:
    print('(-2**63) ** (2**63)', type(e).__name__, e)
try:
    print('(-2**63) << (2**63)', (-2**63) << (2**63) if ('<<' != '**' or abs(2**63) < 200) and ('<<' != '<<' or abs(2**63) < 200) else 'skip')
except Exception as e:
    print('(-2**63) << (2**63)', type(e).__name__, e)
try:
    print('(-2**63) >> (2**63)', (-2**63) >> (2**63) if ('>>' != '**' or abs(2**63) < 200) and ('>>' != '<<' or abs(2**63) < 200) else 'skip')
except Exception as e:
    print('(-2**63) >> (2**63)', type(e).__name__, e)
try:
    print('(-2**63) & (2**63)', (-2**63) & (2**63) if ('&' != '**' or abs(2**63) < 200) and ('&' != '<<' or abs(2**63) < 200) else 'skip')
except Exception as e:
    print('(-2**63) & (2**63)', type(e).__name__, e)
try:
    print('(-2**63) | (2**63)', (-2**63) | (2**63) if ('|' != '**' or abs(2**63) < 200) and ('|' != '<<' or abs(2**63) < 200) else 'skip')
except Exception as e:
    print('(-2**63) | (2**63)', type(e).__name__, e)
try:
    print('(-2**63) ^ (2**63)', (-2**63) ^ (2**63) if ('^' != '**' or abs(2**63) < 200) and ('^' != '<<' or abs(2**63) < 200) else 'skip')
except Exception as e:
    print('(-2**63) ^ (2**63)', type(e).__name__, e)
try:
    print('(-2**63) / (2**63)', (-2**63) / (2**63) if ('/' != '**' or abs(2**63) < 200) and ('/' != '<<' or abs(2**63) < 200) else 'skip')
except Exception as e:
    print('(-2**63) / (2**63)', type(e).__name__, e)
try:
    print('(-2**63) < (2**63)', (-2**63) < (2**63) if ('<' != '**' or abs(2**63) < 200) and ('<' != '<<' or abs(2**63) < 200) else 'skip')
except Exception as e:
    print('(-2**63) < (2**63)', type(e).__name__, e)
try:
    print('(-2**63) == (2**63)', (-2**63) == (2**63) if ('==' != '**' or abs(2**63) < 200) and ('==' != '<<' or abs(2**63) < 200) else 'skip')
except Exception as e:
    print('(-2**63) == (2**63)', type(e).__name__, e)
try:
    print('(-2**63) >= (2**63)', (-2**63) >= (2**63) if ('>=' != '**' or abs(2**63) < 200) and ('>=' != '<<' or abs(2**63) < 200) else 'skip')
except Exception as e:
    print('(-2**63) >= (2**63)', type(e).__name__, e)
try:
    print('(-2**63) + (-2**63)', (-2**63) + (-2**63) if ('+' != '**' or abs(-2**63) < 200) and ('+' != '<<' or abs(-2**63) < 200) else 'skip')
except Exception as e:
    print('(-2**63) + (-2**63)', type(e).__name__, e)
try:
    print('(-2**63) - (-2**63)', (-2**63) - (-2**63) if ('-' != '**' or abs(-2**63) < 200) and ('-' != '<<' or abs(-2**63) < 200) else 'skip')
except Exception as e:
    print('(-2**63) - (-2**63)', type(e).__name__, e)
try:
    print('(-2**63) * (-2**63)', (-2**63) * (-2**63) if ('*' != '**' or abs(-2**63) < 200) and ('*' != '<<' or abs(-2**63) < 200) else 'skip')
except Exception as e:
    print('(-2**63) * (-2**63)', type(e).__name__, e)
try:
    print('(-2**63) // (-2**63)', (-2**63) // (-2**63) if ('//' != '**' or abs(-2**63) < 200) and ('//' != '<<' or abs(-2**63) < 200) else 'skip')
except Exception as e:
    print('(-2**63) // (-2**63)', type(e).__name__, e)
try:
    print('(-2**63) % (-2**63)', (-2**63) % (-2**63) if ('%' != '**' or abs(-2**63) < 200) and ('%' != '<<' or abs(-2**63) < 200) else 'skip')
except Exception as e:
    print('(-2**63) % (-2**63)', type(e).__name__, e)
try:
    print('(-2**63) ** (-2**63)', (-2**63) ** (-2**63) if ('**' != '**' or abs(-2**63) < 200) and ('**' != '<<' or abs(-2**63) < 200) else 'skip')
except Exception as e:
    print('(-2**63) ** (-2**63)', type(e).__name__, e)
try:
    print('(-2**63) << (-2**63)', (-2**63) << (-2**63) if ('<<' != '**' or abs(-2**63) < 200) and ('<<' != '<<' or abs(-2**63) < 200) else 'skip')
except Exception as e:
    print('(-2**63) << (-2**63)', type(e).__name__, e)
try:
    print('(-2**63) >> (-2**63)', (-2**63) >> (-2**63) if ('>>' != '**' or abs(-2**63) < 200) and ('>>' != '<<' or abs(-2**63) < 200) else 'skip')
except Exception as e:
    print('(-2**63) >> (-2**63)', type(e).__name__, e)
try:
    print('(-2**63) & (-2**63)', (-2**63) & (-2**63) if ('&' != '**' or abs(-2**63) < 200) and ('&' != '<<' or abs(-2**63) < 200) else 'skip')
except Exception as e:
    print('(-2**63) & (-2**63)', type(e).__name__, e)
try:
    print('(-2**63) | (-2**63)', (-2**63) | (-2**63) if ('|' != '**' or abs(-2**63) < 200) and ('|' != '<<' or abs(-2**63) < 200) else 'skip')
except Exception as e:
    print('(-2**63) | (-2**63)', type(e).__name__, e)
try:
    print('(-2**63) ^ (-2**63)', (-2**63) ^ (-2**63) if ('^' != '**' or abs(-2**63) < 200) and ('^' != '<<' or abs(-2**63) < 200) else 'skip')
except Exception as e:
    print('(-2**63) ^ (-2**63)', type(e).__name__, e)
try:
    print('(-2**63) / (-2**63)', (-2**63) / (-2**63) if ('/' != '**' or abs(-2**63) < 200) and ('/' != '<<' or abs(-2**63) < 200) else 'skip')
except Exception as e:
    print('(-2**63) / (-2**63)', type(e).__name__, e)
try:
    print('(-2**63) < (-2**63)', (-2**63) < (-2**63) if ('<' != '**' or abs(-2**63) < 200) and ('<' != '<<' or abs(-2**63) < 200) else 'skip')
except Exception as e:
    print('(-2**63) < (-2**63)', type(e).__name__, e)
try:
    print('(-2**63) == (-2**63)', (-2**63) == (-2**63) if ('==' != '**' or abs(-2**63) < 200) and ('==' != '<<' or abs(-2**63) < 200) else 'skip')
except Exception as e:
    print('(-2**63) == (-2**63)', type(e).__name__, e)
try:
    print('(-2**63) >= (-2**63)', (-2**63) >= (-2**63) if ('>=' != '**' or abs(-2**63) < 200) and ('>=' != '<<' or abs(-2**63) < 200) else 'skip')
except Exception as e:
    print('(-2**63) >= (-2**63)', type(e).__name__, e)
try:
    print('(-2**63) + (2**64 + 5)', (-2**63) + (2**64 + 5) if ('+' != '**' or abs(2**64 + 5) < 200) and ('+' != '<<' or abs(2**64 + 5) < 200) else 'skip')
except Exception as e:
    print('(-2**63) + (2**64 + 5)', type(e).__name__, e)
try:
    print('(-2**63) - (2**64 + 5)', (-2**63) - (2**64 + 5) if ('-' != '**' or abs(2**64 + 5) < 200) and ('-' != '<<' or abs(2**64 + 5) < 200) else 'skip')
except Exception as e:
    print('(-2**63) - (2**64 + 5)', type(e).__name__, e)
try:
    print('(-2**63) * (2**64 + 5)', (-2**63) * (2**64 + 5) if ('*' != '**' or abs(2**64 + 5) < 200) and ('*' != '<<' or abs(2**64 + 5) < 200) else 'skip')
except Exception as e:
    print('(-2**63) * (2**64 + 5)', type(e).__name__, e)
try:
    print('(-2**63) // (2**64 + 5)', (-2**63) // (2**64 + 5) if ('//' != '**' or abs(2**64 + 5) < 200) and ('//' != '<<' or abs(2**64 + 5) < 200) else 'skip')
except Exception as e:
    print('(-2**63) // (2**64 + 5)', type(e).__name__, e)
try:
    print('(-2**63) % (2**64 + 5)', (-2**63) % (2**64 + 5) if ('%' != '**' or abs(2**64 + 5) < 200) and ('%' != '<<' or abs(2**64 + 5) < 200) else 'skip')
except Exception as e:
    print('(-2**63) % (2**64 + 5)', type(e).__name__, e)
try:
    print('(-2**63) ** (2**64 + 5)', (-2**63) ** (2**64 + 5) if ('**' != '**' or abs(2**64 + 5) < 200) and ('**' != '<<' or abs(2**64 + 5) < 200) else 'skip')
except Exception as e:
    print('(-2**63) ** (2**64 + 5)', type(e).__name__, e)
try:
    print('(-2**63) << (2**64 + 5)', (-2**63) << (2**64 + 5) if ('<<' != '**' or abs(2**64 + 5) < 200) and ('<<' != '<<' or abs(2**64 + 5) < 200) else 'skip')
except Exception as e:
    print('(-2**63) << (2**64 + 5)', type(e).__name__, e)
try:
    print('(-2**63) >> (2**64 + 5)', (-2**63) >> (2**64 + 5) if ('>>' != '**' or abs(2**64 + 5) < 200) and ('>>' != '<<' or abs(2**64 + 5) < 200) else 'skip')
except Exception as e:
    print('(-2**63) >> (2**64 + 5)', type(e).__name__, e)
try:
    print('(-2**63) & (2**64 + 5)', (-2**63) & (2**64 + 5) if ('&' != '**' or abs(2**64 + 5) < 200) and ('&' != '<<' or abs(2**64 + 5) < 200) else 'skip')
except Exception as e:
    print('(-2**63) & (2**64 + 5)', type(e).__name__, e)
try:
    print('(-2**63) | (2**64 + 5)', (-2**63) | (2**64 + 5) if ('|' != '**' or abs(2**64 + 5) < 200) and ('|' != '<<' or abs(2**64 + 5) < 200) else 'skip')
except Exception as e:
    print('(-2**63) | (2**64 + 5)', type(e).__name__, e)
try:
    print('(-2**63) ^ (2**64 + 5)', (-2**63) ^ (2**64 + 5) if ('^' != '**' or abs(2**64 + 5) < 200) and ('^' != '<<' or abs(2**64 + 5) < 200) else 'skip')
except Exception as e:
    print('(-2**63) ^ (2**64 + 5)', type(e).__name__, e)
try:
    print('(-2**63) / (2**64 + 5)', (-2**63) / (2**64 + 5) if ('/' != '**' or abs(2**64 + 5) < 200) and ('/' != '<<' or abs(2**64 + 5) < 200) else 'skip')
except Exception as e:
    print('(-2**63) / (2**64 + 5)', type(e).__name__, e)
try:
    print('(-2**63) < (2**64 + 5)', (-2**63) < (2**64 + 5) if ('<' != '**' or abs(2**64 + 5) < 200) and ('<' != '<<' or abs(2**64 + 5) < 200) else 'skip')
except Exception as e:
    print('(-2**63) < (2**64 + 5)', type(e).__name__, e)
try:
    print('(-2**63) == (2**64 + 5)', (-2**63) == (2**64 + 5) if ('==' != '**' or abs(2**64 + 5) < 200) and ('==' != '<<' or abs(2**64 + 5) < 200) else 'skip')
except Exception as e:
    print('(-2**63) == (2**64 + 5)', type(e).__name__, e)
try:
    print('(-2**63) >= (2**64 + 5)', (-2**63) >= (2**64 + 5) if ('>=' != '**' or abs(2**64 + 5) < 200) and ('>=' != '<<' or abs(2**64 + 5) < 200) else 'skip')
except Exception as e:
    print('(-2**63) >= (2**64 + 5)', type(e).__name__, e)
try:
    print('(-2**63) + (-(2**70))', (-2**63) + (-(2**70)) if ('+' != '**' or abs(-(2**70)) < 200) and ('+' != '<<' or abs(-(2**70)) < 200) else 'skip')
except Exception as e:
    print('(-2**63) + (-(2**70))', type(e).__name__, e)
try:
    print('(-2**63) - (-(2**70))', (-2**63) - (-(2**70)) if ('-' != '**' or abs(-(2**70)) < 200) and ('-' != '<<' or abs(-(2**70)) < 200) else 'skip')
except Exception as e:
    print('(-2**63) - (-(2**70))', type(e).__name__, e)
try:
    print('(-2**63) * (-(2**70))', (-2**63) * (-(2**70)) if ('*' != '**' or abs(-(2**70)) < 200) and ('*' != '<<' or abs(-(2**70)) < 200) else 'skip')
except Exception as e:
    print('(-2**63) * (-(2**70))', type(e).__name__, e)
try:
    print('(-2**63) // (-(2**70))', (-2**63) // (-(2**70)) if ('//' != '**' or abs(-(2**70)) < 200) and ('//' != '<<' or abs(-(2**70)) < 200) else 'skip')
except Exception as e:
    print('(-2**63) // (-(2**70))', type(e).__name__, e)
try:
    print('(-2**63) % (-(2**70))', (-2**63) % (-(2**70)) if ('%' != '**' or abs(-(2**70)) < 200) and ('%' != '<<' or abs(-(2**70)) < 200) else 'skip')
except Exception as e:
    print('(-2**63) % (-(2**70))', type(e).__name__, e)
try:
    print('(-2**63) ** (-(2**70))', (-2**63) ** (-(2**70)) if ('**' != '**' or abs(-(2**70)) < 200) and ('**' != '<<' or abs(-(2**70)) < 200) else 'skip')
except Exception as e:
    print('(-2**63) ** (-(2**70))', type(e).__name__, e)
try:
    print('(-2**63) << (-(2**70))', (-2**63) << (-(2**70)) if ('<<' != '**' or abs(-(2**70)) < 200) and ('<<' != '<<' or abs(-(2**70)) < 200) else 'skip')
except Exception as e:
    print('(-2**63) << (-(2**70))', type(e).__name__, e)
try:
    print('(-2**63) >> (-(2**70))', (-2**63) >> (-(2**70)) if ('>>' != '**' or abs(-(2**70)) < 200) and ('>>' != '<<' or abs(-(2**70)) < 200) else 'skip')
except Exception as e:
    print('(-2**63) >> (-(2**70))', type(e).__name__, e)
try:
    print('(-2**63) & (-(2**70))', (-2**63) & (-(2**70)) if ('&' != '**' or abs(-(2**70)) < 200) and ('&' != '<<' or abs(-(2**70)) < 200) else 'skip')
except Exception as e:
    print('(-2**63) & (-(2**70))', type(e).__name__, e)
try:
    print('(-2**63) | (-(2**70))', (-2**63) | (-(2**70)) if ('|' != '**' or abs(-(2**70)) < 200) and ('|' != '<<' or abs(-(2**70)) < 200) else 'skip')
except Exception as e:
    print('(-2**63) | (-(2**70))', type(e).__name__, e)
try:
    print('(-2**63) ^ (-(2**70))', (-2**63) ^ (-(2**70)) if ('^' != '**' or abs(-(2**70)) < 200) and ('^' != '<<' or abs(-(2**70)) < 200) else 'skip')
except Exception as e:
    print('(-2**63) ^ (-(2**70))', type(e).__name__, e)
try:
    print('(-2**63) / (-(2**70))', (-2**63) / (-(2**70)) if ('/' != '**' or abs(-(2**70)) < 200) and ('/' != '<<' or abs(-(2**70)) < 200) else 'skip')
except Exception as e:
    print('(-2**63) / (-(2**70))', type(e).__name__, e)
try:
    print('(-2**63) < (-(2**70))', (-2**63) < (-(2**70)) if ('<' != '**' or abs(-(2**70)) < 200) and ('<' != '<<' or abs(-(2**70)) < 200) else 'skip')
except Exception as e:
    print('(-2**63) < (-(2**70))', type(e).__name__, e)
try:
    print('(-2**63) == (-(2**70))', (-2**63) == (-(2**70)) if ('==' != '**' or abs(-(2**70)) < 200) and ('==' != '<<' or abs(-(2**70)) < 200) else 'skip')
except Exception as e:
    print('(-2**63) == (-(2**70))', type(e).__name__, e)
try:
    print('(-2**63) >= (-(2**70))', (-2**63) >= (-(2**70)) if ('>=' != '**' or abs(-(2**70)) < 200) and ('>=' != '<<' or abs(-(2**70)) < 200) else 'skip')
except Exception as e:
    print('(-2**63) >= (-(2**70))', type(e).__name__, e)
try:
    print('(-2**63) + (10**20)', (-2**63) + (10**20) if ('+' != '**' or abs(10**20) < 200) and ('+' != '<<' or abs(10**20) < 200) else 'skip')
except Exception as e:
    print('(-2**63) + (10**20)', type(e).__name__, e)
try:
    print('(-2**63) - (10**20)', (-2**63) - (10**20) if ('-' != '**' or abs(10**20) < 200) and ('-' != '<<' or abs(10**20) < 200) else 'skip')
except Exception as e:
    print('(-2**63) - (10**20)', type(e).__name__, e)
try:
    print('(-2**63) * (10**20)', (-2**63) * (10**20) if ('*' != '**' or abs(10**20) < 200) and ('*' != '<<' or abs(10**20) < 200) else 'skip')
except Exception as e:
    print('(-2**63) * (10**20)', type(e).__name__, e)
try:
    print('(-2**63) // (10**20)', (-2**63) // (10**20) if ('//' != '**' or abs(10**20) < 200) and ('//' != '<<' or abs(10**20) < 200) else 'skip')
except Exception as e:
    print('(-2**63) // (10**20)', type(e).__name__, e)
try:
    print('(-2**63) % (10**20)', (-2**63) % (10**20) if ('%' != '**' or abs(10**20) < 200) and ('%' != '<<' or abs(10**20) < 200) else 'skip')
except Exception as e:
    print('(-2**63) % (10**20)', type(e).__name__, e)
try:
    print('(-2**63) ** (10**20)', (-2**63) ** (10**20) if ('**' != '**' or abs(10**20) < 200) and ('**' != '<<' or abs(10**20) < 200) else 'skip')
except Exception as e:
    print('(-2**63) ** (10**20)', type(e).__name__, e)
try:
    print('(-2**63) << (10**20)', (-2**63) << (10**20) if ('<<' != '**' or abs(10**20) < 200) and ('<<' != '<<' or abs(10**20) < 200) else 'skip')
except Exception as e:
    print('(-2**63) << (10**20)', type(e).__name__, e)
try:
    print('(-2**63) >> (10**20)', (-2**63) >> (10**20) if ('>>' != '**' or abs(10**20) < 200) and ('>>' != '<<' or abs(10**20) < 200) else 'skip')
except Exception as e:
    print('(-2**63) >> (10**20)', type(e).__name__, e)
try:
    print('(-2**63) & (10**20)', (-2**63) & (10**20) if ('&' != '**' or abs(10**20) < 200) and ('&' != '<<' or abs(10**20) < 200) else 'skip')
except Exception as e:
    print('(-2**63) & (10**20)', type(e).__name__, e)
try:
    print('(-2**63) | (10**20)', (-2**63) | (10**20) if ('|' != '**' or abs(10**20) < 200) and ('|' != '<<' or abs(10**20) < 200) else 'skip')
except Exception as e:
    print('(-2**63) | (10**20)', type(e).__name__, e)
try:
    print('(-2**63) ^ (10**20)', (-2**63) ^ (10**20) if ('^' != '**' or abs(10**20) < 200) and ('^' != '<<' or abs(10**20) < 200) else 'skip')
except Exception as e:
    print('(-2**63) ^ (10**20)', type(e).__name__, e)
try:
    print('(-2**63) / (10**20)', (-2**63) / (10**20) if ('/' != '**' or abs(10**20) < 200) and ('/' != '<<' or abs(10**20) < 200) else 'skip')
except Exception as e:
    print('(-2**63) / (10**20)', type(e).__name__, e)
try:
    print('(-2**63) < (10**20)', (-2**63) < (10**20) if ('<' != '**' or abs(10**20) < 200) and ('<' != '<<' or abs(10**20) < 200) else 'skip')
except Exception as e:
    print('(-2**63) < (10**20)', type(e).__name__, e)
try:
    print('(-2**63) == (10**20)', (-2**63) == (10**20) if ('==' != '**' or abs(10**20) < 200) and ('==' != '<<' or abs(10**20) < 200) else 'skip')
except Exception as e:
    print('(-2**63) == (10**20)', type(e).__name__, e)
try:
    print('(-2**63) >= (10**20)', (-2**63) >= (10**20) if ('>=' != '**' or abs(10**20) < 200) and ('>=' != '<<' or abs(10**20) < 200) else 'skip')
except Exception as e:
    print('(-2**63) >= (10**20)', type(e).__name__, e)
try:
    print('(-2**63) + (True)', (-2**63) + (True) if ('+' != '**' or abs(True) < 200) and ('+' != '<<' or abs(True) < 200) else 'skip')
except Exception as e:
    print('(-2**63) + (True)', type(e).__name__, e)
try:
    print('(-2**63) - (True)', (-2**63) - (True) if ('-' != '**' or abs(True) < 200) and ('-' != '<<' or abs(True) < 200) else 'skip')
except Exception as e:
    print('(-2**63) - (True)', type(e).__name__, e)
try:
    print('(-2**63) * (True)', (-2**63) * (True) if ('*' != '**' or abs(True) < 200) and ('*' != '<<' or abs(True) < 200) else 'skip')
except Exception as e:
    print('(-2**63) * (True)', type(e).__name__, e)
try:
    print('(-2**63) // (True)', (-2**63) // (True) if ('//' != '**' or abs(True) < 200) and ('//' != '<<' or abs(True) < 200) else 'skip')
except Exception as e:
    print('(-2**63) // (True)', type(e).__name__, e)
try:
    print('(-2**63) % (True)', (-2**63) % (True) if ('%' != '**' or abs(True) < 200) and ('%' != '<<' or abs(True) < 200) else 'skip')
except Exception as e:
    print('(-2**63) % (True)', type(e).__name__, e)
try:
    print('(-2**63) ** (True)', (-2**63) ** (True) if ('**' != '**' or abs(True) < 200) and ('**' != '<<' or abs(True) < 200) else 'skip')
except Exception as e:
    print('(-2**63) ** (True)', type(e).__name__, e)
try:
    print('(-2**63) << (True)', (-2**63) << (True) if ('<<' != '**' or abs(True) < 200) and ('<<' != '<<' or abs(True) < 200) else 'skip')
except Exception as e:
    print('(-2**63) << (True)', type(e).__name__, e)
try:
    print('(-2**63) >> (True)', (-2**63) >> (True) if ('>>' != '**' or abs(True) < 200) and ('>>' != '<<' or abs(True) < 200) else 'skip')
except Exception as e:
    print('(-2**63) >> (True)', type(e).__name__, e)
try:
    print('(-2**63) & (True)', (-2**63) & (True) if ('&' != '**' or abs(True) < 200) and ('&' != '<<' or abs(True) < 200) else 'skip')
except Exception as e:
    print('(-2**63) & (True)', type(e).__name__, e)
try:
    print('(-2**63) | (True)', (-2**63) | (True) if ('|' != '**' or abs(True) < 200) and ('|' != '<<' or abs(True) < 200) else 'skip')
except Exception as e:
    print('(-2**63) | (True)', type(e).__name__, e)
try:
    print('(-2**63) ^ (True)', (-2**63) ^ (True) if ('^' != '**' or abs(True) < 200) and ('^' != '<<' or abs(True) < 200) else 'skip')
except Exception as e:
    print('(-2**63) ^ (True)', type(e).__name__, e)
try:
    print('(-2**63) / (True)', (-2**63) / (True) if ('/' != '**' or abs(True) < 200) and ('/' != '<<' or abs(True) < 200) else 'skip')
except Exception as e:
    print('(-2**63) / (True)', type(e).__name__, e)
try:
    print('(-2**63) < (True)', (-2**63) < (True) if ('<' != '**' or abs(True) < 200) and ('<' != '<<' or abs(True) < 200) else 'skip')
except Exception as e:
    print('(-2**63) < (True)', type(e).__name__, e)
try:
    print('(-2**63) == (True)', (-2**63) == (True) if ('==' != '**' or abs(True) < 200) and ('==' != '<<' or abs(True) < 200) else 'skip')
except Exception as e:
    print('(-2**63) == (True)', type(e).__name__, e)
try:
    print('(-2**63) >= (True)', (-2**63) >= (True) if ('>=' != '**' or abs(True) < 200) and ('>=' != '<<' or abs(True) < 200) else 'skip')
except Exception as e:
    print('(-2**63) >= (True)', type(e).__name__, e)
try:
    print('(-2**63) + (2.5)', (-2**63) + (2.5) if ('+' != '**' or abs(2.5) < 200) and ('+' != '<<' or abs(2.5) < 200) else 'skip')
except Exception as e:
    print('(-2**63) + (2.5)', type(e).__name__, e)
try:
    print('(-2**63) - (2.5)', (-2**63) - (2.5) if ('-' != '**' or abs(2.5) < 200) and ('-' != '<<' or abs(2.5) < 200) else 'skip')
except Exception as e:
    print('(-2**63) - (2.5)', type(e).__name__, e)
try:
    print('(-2**63) * (2.5)', (-2**63) * (2.5) if ('*' != '**' or abs(2.5) < 200) and ('*' != '<<' or abs(2.5) < 200) else 'skip')
except Exception as e:
    print('(-2**63) * (2.5)', type(e).__name__, e)
try:
    print('(-2**63) // (2.5)', (-2**63) // (2.5) if ('//' != '**' or abs(2.5) < 200) and ('//' != '<<' or abs(2.5) < 200) else 'skip')
except Exception as e:
    print('(-2**63) // (2.5)', type(e).__name__, e)
try:
    print('(-2**63) % (2.5)', (-2**63) % (2.5) if ('%' != '**' or abs(2.5) < 200) and ('%' != '<<' or abs(2.5) < 200) else 'skip')
except Exception as e:
    print('(-2**63) % (2.5)', type(e).__name__, e)
try:
    print('(-2**63) << (2.5)', (-2**63) << (2.5) if ('<<' != '**' or abs(2.5) < 200) and ('<<' != '<<' or abs(2.5) < 200) else 'skip')
except Exception as e:
    print('(-2**63) << (2.5)', type(e).__name__, e)
try:
    print('(-2**63) >> (2.5)', (-2**63) >> (2.5) if ('>>' != '**' or abs(2.5) < 200) and ('>>' != '<<' or abs(2.5) < 200) else 'skip')
except Exception as e:
    print('(-2**63) >> (2.5)', type(e).__name__, e)
try:
    print('(-2**63) & (2.5)', (-2**63) & (2.5) if ('&' != '**' or abs(2.5) < 200) and ('&' != '<<' or abs(2.5) < 200) else 'skip')
except Exception as e:
    print('(-2**63) & (2.5)', type(e).__name__, e)
try:
    print('(-2**63) | (2.5)', (-2**63) | (2.5) if ('|' != '**' or abs(2.5) < 200) and ('|' != '<<' or abs(2.5) < 200) else 'skip')
except Exception as e:
    print('(-2**63) | (2.5)', type(e).__name__, e)
try:
    print('(-2**63) ^ (2.5)', (-2**63) ^ (2.5) if ('^' != '**' or abs(2.5) < 200) and ('^' != '<<' or abs(2.5) < 200) else 'skip')
except Exception as e:
    print('(-2**63) ^ (2.5)', type(e).__name__, e)
try:
    print('(-2**63) / (2.5)', (-2**63) / (2.5) if ('/' != '**' or abs(2.5) < 200) and ('/' != '<<' or abs(2.5) < 200) else 'skip')
except Exception as e:
    print('(-2**63) / (2.5)', type(e).__name__, e)
try:
    print('(-2**63) < (2.5)', (-2**63) < (2.5) if ('<' != '**' or abs(2.5) < 200) and ('<' != '<<' or abs(2.5) < 200) else 'skip')
except Exception as e:
    print('(-2**63) < (2.5)', type(e).__name__, e)
try:
    print('(-2**63) == (2.5)', (-2**63) == (2.5) if ('==' != '**' or abs(2.5) < 200) and ('==' != '<<' or abs(2.5) < 200) else 'skip')
except Exception as e:
    print('(-2**63) == (2.5)', type(e).__name__, e)
try:
    print('(-2**63) >= (2.5)', (-2**63) >= (2.5) if ('>=' != '**' or abs(2.5) < 200) and ('>=' != '<<' or abs(2.5) < 200) else 'skip')
except Exception as e:
    print('(-2**63) >= (2.5)', type(e).__name__, e)
try:
    print('(-2**63) + (-0.5)', (-2**63) + (-0.5) if ('+' != '**' or abs(-0.5) < 200) and ('+' != '<<' or abs(-0.5) < 200) else 'skip')
except Exception as e:
    print('(-2**63) + (-0.5)', type(e).__name__, e)
try:
    print('(-2**63) - (-0.5)', (-2**63) - (-0.5) if ('-' != '**' or abs(-0.5) < 200) and ('-' != '<<' or abs(-0.5) < 200) else 'skip')
except Exception as e:
    print('(-2**63) - (-0.5)', type(e).__name__, e)
try:
    print('(-2**63) * (-0.5)', (-2**63) * (-0.5) if ('*' != '**' or abs(-0.5) < 200) and ('*' != '<<' or abs(-0.5) < 200) else 'skip')
except Exception as e:
    print('(-2**63) * (-0.5)', type(e).__name__, e)
try:
    print('(-2**63) // (-0.5)', (-2**63) // (-0.5) if ('//' != '**' or abs(-0.5) < 200) and ('//' != '<<' or abs(-0.5) < 200) else 'skip')
except Exception as e:
    print('(-2**63) // (-0.5)', type(e).__name__, e)
try:
    print('(-2**63) % (-0.5)', (-2**63) % (-0.5) if ('%' != '**' or abs(-0.5) < 200) and ('%' != '<<' or abs(-0.5) < 200) else 'skip')
except Exception as e:
    print('(-2**63) % (-0.5)', type(e).__name__, e)
try:
    print('(-2**63) << (-0.5)', (-2**63) << (-0.5) if ('<<' != '**' or abs(-0.5) < 200) and ('<<' != '<<' or abs(-0.5) < 200) else 'skip')
except Exception as e:
    print('(-2**63) << (-0.5)', type(e).__name__, e)
try:
    print('(-2**63) >> (-0.5)', (-2**63) >> (-0.5) if ('>>' != '**' or abs(-0.5) < 200) and ('>>' != '<<' or abs(-0.5) < 200) else 'skip')
except Exception as e:
    print('(-2**63) >> (-0.5)', type(e).__name__, e)
try:
    print('(-2**63) & (-0.5)', (-2**63) & (-0.5) if ('&' != '**' or abs(-0.5) < 200) and ('&' != '<<' or abs(-0.5) < 200) else 'skip')
except Exception as e:
    print('(-2**63) & (-0.5)', type(e).__name__, e)
try:
    print('(-2**63) | (-0.5)', (-2**63) | (-0.5) if ('|' != '**' or abs(-0.5) < 200) and ('|' != '<<' or abs(-0.5) < 200) else 'skip')
except Exception as e:
    print('(-2**63) | (-0.5)', type(e).__name__, e)
try:
    print('(-2**63) ^ (-0.5)', (-2**63) ^ (-0.5) if ('^' != '**' or abs(-0.5) < 200) and ('^' != '<<' or abs(-0.5) < 200) else 'skip')
except Exception as e:
    print('(-2**63) ^ (-0.5)', type(e).__name__, e)
try:
    print('(-2**63) / (-0.5)', (-2**63) / (-0.5) if ('/' != '**' or abs(-0.5) < 200) and ('/' != '<<' or abs(-0.5) < 200) else 'skip')
except Exception as e:
    print('(-2**63) / (-0.5)', type(e).__name__, e)
try:
    print('(-2**63) < (-0.5)', (-2**63) < (-0.5) if ('<' != '**' or abs(-0.5) < 200) and ('<' != '<<' or abs(-0.5) < 200) else 'skip')
except Exception as e:
    print('(-2**63) < (-0.5)', type(e).__name__, e)
try:
    print('(-2**63) == (-0.5)', (-2**63) == (-0.5) if ('==' != '**' or abs(-0.5) < 200) and ('==' != '<<' or abs(-0.5) < 200) else 'skip')
except Exception as e:
    print('(-2**63) == (-0.5)', type(e).__name__, e)
try:
    print('(-2**63) >= (-0.5)', (-2**63) >= (-0.5) if ('>=' != '**' or abs(-0.5) < 200) and ('>=' != '<<' or abs(-0.5) < 200) else 'skip')
except Exception as e:
    print('(-2**63) >= (-0.5)', type(e).__name__, e)
try:
    print('(2**64 + 5) + (0)', (2**64 + 5) + (0) if ('+' != '**' or abs(0) < 200) and ('+' != '<<' or abs(0) < 200) else 'skip')
except Exception as e:
    print('(2**64 + 5) + (0)', type(e).__name__, e)
try:
    print('(2**64 + 5) - (0)', (2**64 + 5) - (0) if ('-' != '**' or abs(0) < 200) and ('-' != '<<' or abs(0) < 200) else 'skip')
except Exception as e:
    print('(2**64 + 5) - (0)', type(e).__name__, e)
try:
    print('(2**64 + 5) * (0)', (2**64 + 5) * (0) if ('*' != '**' or abs(0) < 200) and ('*' != '<<' or abs(0) < 200) else 'skip')
except Exception as e:
    print('(2**64 + 5) * (0)', type(e).__name__, e)
try:
    print('(2**64 + 5) // (0)', (2**64 + 5) // (0) if ('//' != '**' or abs(0) < 200) and ('//' != '<<' or abs(0) < 200) else 'skip')
except Exception as e:
    print('(2**64 + 5) // (0)', type(e).__name__, e)
try:
    print('(2**64 + 5) % (0)', (2**64 + 5) % (0) if ('%' != '**' or abs(0) < 200) and ('%' != '<<' or abs(0) < 200) else 'skip')
except Exception as e:
    print('(2**64 + 5) % (0)', type(e).__name__, e)
try:
    print('(2**64 + 5) ** (0)', (2**64 + 5) ** (0) if ('**' != '**' or abs(0) < 200) and ('**' != '<<' or abs(0) < 200) else 'skip')
except Exception as e:
    print('(2**64 + 5) ** (0)', type(e).__name__, e)
try:
    print('(2**64 + 5) << (0)', (2**64 + 5) << (0) if ('<<' != '**' or abs(0) < 200) and ('<<' != '<<' or abs(0) < 200) else 'skip')
except Exception as e:
    print('(2**64 + 5) << (0)', type(e).__name__, e)
try:
    print('(2**64 + 5) >> (0)', (2**64 + 5) >> (0) if ('>>' != '**' or abs(0) < 200) and ('>>' != '<<' or abs(0) < 200) else 'skip')
except Exception as e:
    print('(2**64 + 5) >> (0)', type(e).__name__, e)
try:
    print('(2**64 + 5) & (0)', (2**64 + 5) & (0) if ('&' != '**' or abs(0) < 200) and ('&' != '<<' or abs(0) < 200) else 'skip')
except Exception as e:
    print('(2**64 + 5) & (0)', type(e).__name__, e)
try:
    print('(2**64 + 5) | (0)', (2**64 + 5) | (0) if ('|' != '**' or abs(0) < 200) and ('|' != '<<' or abs(0) < 200) else 'skip')
except Exception as e:
    print('(2**64 + 5) | (0)', type(e).__name__, e)
try:
    print('(2**64 + 5) ^ (0)', (2**64 + 5) ^ (0) if ('^' != '**' or abs(0) < 200) and ('^' != '<<' or abs(0) < 200) else 'skip')
except Exception as e:
    print('(2**64 + 5) ^ (0)', type(e).__name__, e)
try:
    print('(2**64 + 5) / (0)', (2**64 + 5) / (0) if ('/' != '**' or abs(0) < 200) and ('/' != '<<' or abs(0) < 200) else 'skip')
except Exception as e:
    print('(2**64 + 5) / (0)', type(e).__name__, e)
try:
    print('(2**64 + 5) < (0)', (2**64 + 5) < (0) if ('<' != '**' or abs(0) < 200) and ('<' != '<<' or abs(0) < 200) else 'skip')
except Exception as e:
    print('(2**64 + 5) < (0)', type(e).__name__, e)
try:
    print('(2**64 + 5) == (0)', (2**64 + 5) == (0) if ('==' != '**' or abs(0) < 200) and ('==' != '<<' or abs(0) < 200) else 'skip')
except Exception as e:
    print('(2**64 + 5) == (0)', type(e).__name__, e)
try:
    print('(2**64 + 5) >= (0)', (2**64 + 5) >= (0) if ('>=' != '**' or abs(0) < 200) and ('>=' != '<<' or abs(0) < 200) else 'skip')
except Exception as e:
    print('(2**64 + 5) >= (0)', type(e).__name__, e)
try:
    print('(2**64 + 5) + (1)', (2**64 + 5) + (1) if ('+' != '**' or abs(1) < 200) and ('+' != '<<' or abs(1) < 200) else 'skip')
except Exception as e:
    print('(2**64 + 5) + (1)', type(e).__name__, e)
try:
    print('(2**64 + 5) - (1)', (2**64 + 5) - (1) if ('-' != '**' or abs(1) < 200) and ('-' != '<<' or abs(1) < 200) else 'skip')
except Exception as e:
    print('(2**64 + 5) - (1)', type(e).__name__, e)
try:
    print('(2**64 + 5) * (1)', (2**64 + 5) * (1) if ('*' != '**' or abs(1) < 200) and ('*' != '<<' or abs(1) < 200) else 'skip')
except Exception as e:
    print('(2**64 + 5) * (1)', type(e).__name__, e)
try:
    print('(2**64 + 5) // (1)', (2**64 + 5) // (1) if ('//' != '**' or abs(1) < 200) and ('//' != '<<' or abs(1) < 200) else 'skip')
except Exception as e:
    print('(2**64 + 5) // (1)', type(e).__name__, e)
try:
    print('(2**64 + 5) % (1)', (2**64 + 5) % (1) if ('%' != '**' or abs(1) < 200) and ('%' != '<<' or abs(1) < 200) else 'skip')
except Exception as e:
    print('(2**64 + 5) % (1)', type(e).__name__, e)
try:
    print('(2**64 + 5) ** (1)', (2**64 + 5) ** (1) if ('**' != '**' or abs(1) < 200) and ('**' != '<<' or abs(1) < 200) else 'skip')
except Exception as e:
    print('(2**64 + 5) ** (1)', type(e).__name__, e)
try:
    print('(2**64 + 5) << (1)', (2**64 + 5) << (1) if ('<<' != '**' or abs(1) < 200) and ('<<' != '<<' or abs(1) < 200) else 'skip')
except Exception as e:
    print('(2**64 + 5) << (1)', type(e).__name__, e)
try:
    print('(2**64 + 5) >> (1)', (2**64 + 5) >> (1) if ('>>' != '**' or abs(1) < 200) and ('>>' != '<<' or abs(1) < 200) else 'skip')
except Exception as e:
    print('(2**64 + 5) >> (1)', type(e).__name__, e)
try:
    print('(2**64 + 5) & (1)', (2**64 + 5) & (1) if ('&' != '**' or abs(1) < 200) and ('&' != '<<' or abs(1) < 200) else 'skip')
except Exception as e:
    print('(2**64 + 5) & (1)', type(e).__name__, e)
try:
    print('(2**64 + 5) | (1)', (2**64 + 5) | (1) if ('|' != '**' or abs(1) < 200) and ('|' != '<<' or abs(1) < 200) else 'skip')
except Exception as e:
    print('(2**64 + 5) | (1)', type(e).__name__, e)
try:
    print('(2**64 + 5) ^ (1)', (2**64 + 5) ^ (1) if ('^' != '**' or abs(1) < 200) and ('^' != '<<' or abs(1) < 200) else 'skip')
except Exception as e:
    print('(2**64 + 5) ^ (1)', type(e).__name__, e)
try:
    print('(2**64 + 5) / (1)', (2**64 + 5) / (1) if ('/' != '**' or abs(1) < 200) and ('/' != '<<' or abs(1) < 200) else 'skip')
except Exception as e:
    print('(2**64 + 5) / (1)', type(e).__name__, e)
try:
    print('(2**64 + 5) < (1)', (2**64 + 5) < (1) if ('<' != '**' or abs(1) < 200) and ('<' != '<<' or abs(1) < 200) else 'skip')
except Exception as e:
    print('(2**64 + 5) < (1)', type(e).__name__, e)
try:
    print('(2**64 + 5) == (1)', (2**64 + 5) == (1) if ('==' != '**' or abs(1) < 200) and ('==' != '<<' or abs(1) < 200) else 'skip')
except Exception as e:
    print('(2**64 + 5) == (1)', type(e).__name__, e)
try:
    print('(2**64 + 5) >= (1)', (2**64 + 5) >= (1) if ('>=' != '**' or abs(1) < 200) and ('>=' != '<<' or abs(1) < 200) else 'skip')
except Exception as e:
    print('(2**64 + 5) >= (1)', type(e).__name__, e)
try:
    print('(2**64 + 5) + (-1)', (2**64 + 5) + (-1) if ('+' != '**' or abs(-1) < 200) and ('+' != '<<' or abs(-1) < 200) else 'skip')
except Exception as e:
    print('(2**64 + 5) + (-1)', type(e).__name__, e)
try:
    print('(2**64 + 5) - (-1)', (2**64 + 5) - (-1) if ('-' != '**' or abs(-1) < 200) and ('-' != '<<' or abs(-1) < 200) else 'skip')
except Exception as e:
    print('(2**64 + 5) - (-1)', type(e).__name__, e)
try:
    print('(2**64 + 5) * (-1)', (2**64 + 5) * (-1) if ('*' != '**' or abs(-1) < 200) and ('*' != '<<' or abs(-1) < 200) else 'skip')
except Exception as e:
    print('(2**64 + 5) * (-1)', type(e).__name__, e)
try:
    print('(2**64 + 5) // (-1)', (2**64 + 5) // (-1) if ('//' != '**' or abs(-1) < 200) and ('//' != '<<' or abs(-1) < 200) else 'skip')
except Exception as e:
    print('(2**64 + 5) // (-1)', type(e).__name__, e)
try:
    print('(2**64 + 5) % (-1)', (2**64 + 5) % (-1) if ('%' != '**' or abs(-1) < 200) and ('%' != '<<' or abs(-1) < 200) else 'skip')
except Exception as e:
    print('(2**64 + 5) % (-1)', type(e).__name__, e)
try:
    print('(2**64 + 5) ** (-1)', (2**64 + 5) ** (-1) if ('**' != '**' or abs(-1) < 200) and ('**' != '<<' or abs(-1) < 200) else 'skip')
except Exception as e:
    print('(2**64 + 5) ** (-1)', type(e).__name__, e)
try:
    print('(2**64 + 5) << (-1)', (2**64 + 5) << (-1) if ('<<' != '**' or abs(-1) < 200) and ('<<' != '<<' or abs(-1) < 200) else 'skip')
except Exception as e:
    print('(2**64 + 5) << (-1)', type(e).__name__, e)
try:
    print('(2**64 + 5) >> (-1)', (2**64 + 5) >> (-1) if ('>>' != '**' or abs(-1) < 200) and ('>>' != '<<' or abs(-1) < 200) else 'skip')
except Exception as e:
    print('(2**64 + 5) >> (-1)', type(e).__name__, e)
try:
    print('(2**64 + 5) & (-1)', (2**64 + 5) & (-1) if ('&' != '**' or abs(-1) < 200) and ('&' != '<<' or abs(-1) < 200) else 'skip')
except Exception as e:
    print('(2**64 + 5) & (-1)', type(e).__name__, e)
try:
    print('(2**64 + 5) | (-1)', (2**64 + 5) | (-1) if ('|' != '**' or abs(-1) < 200) and ('|' != '<<' or abs(-1) < 200) else 'skip')
except Exception as e:
    print('(2**64 + 5) | (-1)', type(e).__name__, e)
try:
    print('(2**64 + 5) ^ (-1)', (2**64 + 5) ^ (-1) if ('^' != '**' or abs(-1) < 200) and ('^' != '<<' or abs(-1) < 200) else 'skip')
except Exception as e:
    print('(2**64 + 5) ^ (-1)', type(e).__name__, e)
try:
    print('(2**64 + 5) / (-1)', (2**64 + 5) / (-1) if ('/' != '**' or abs(-1) < 200) and ('/' != '<<' or abs(-1) < 200) else 'skip')
except Exception as e:
    print('(2**64 + 5) / (-1)', type(e).__name__, e)
try:
    print('(2**64 + 5) < (-1)', (2**64 + 5) < (-1) if ('<' != '**' or abs(-1) < 200) and ('<' != '<<' or abs(-1) < 200) else 'skip')
except Exception as e:
    print('(2**64 + 5) < (-1)', type(e).__name__, e)
try:
    print('(2**64 + 5) == (-1)', (2**64 + 5) == (-1) if ('==' != '**' or abs(-1) < 200) and ('==' != '<<' or abs(-1) < 200) else 'skip')
except Exception as e:
    print('(2**64 + 5) == (-1)', type(e).__name__, e)
try:
    print('(2**64 + 5) >= (-1)', (2**64 + 5) >= (-1) if ('>=' != '**' or abs(-1) < 200) and ('>=' != '<<' or abs(-1) < 200) else 'skip')
except Exception as e:
    print('(2**64 + 5) >= (-1)', type(e).__name__, e)
try:
    print('(2**64 + 5) + (7)', (2**64 + 5) + (7) if ('+' != '**' or abs(7) < 200) and ('+' != '<<' or abs(7) < 200) else 'skip')
except Exception as e:
    print('(2**64 + 5) + (7)', type(e).__name__, e)
try:
    print('(2**64 + 5) - (7)', (2**64 + 5) - (7) if ('-' != '**' or abs(7) < 200) and ('-' != '<<' or abs(7) < 200) else 'skip')
except Exception as e:
    print('(2**64 + 5) - (7)', type(e).__name__, e)
try:
    print('(2**64 + 5) * (7)', (2**64 + 5) * (7) if ('*' != '**' or abs(7) < 200) and ('*' != '<<' or abs(7) < 200) else 'skip')
except Exception as e:
    print('(2**64 + 5) * (7)', type(e).__name__, e)
try:
    print('(2**64 + 5) // (7)', (2**64 + 5) // (7) if ('//' != '**' or abs(7) < 200) and ('//' != '<<' or abs(7) < 200) else 'skip')
except Exception as e:
    print('(2**64 + 5) // (7)', type(e).__name__, e)
try:
    print('(2**64 + 5) % (7)', (2**64 + 5) % (7) if ('%' != '**' or abs(7) < 200) and ('%' != '<<' or abs(7) < 200) else 'skip')
except Exception as e:
    print('(2**64 + 5) % (7)', type(e).__name__, e)
try:
    print('(2**64 + 5) ** (7)', (2**64 + 5) ** (7) if ('**' != '**' or abs(7) < 200) and ('**' != '<<' or abs(7) < 200) else 'skip')
except Exception as e:
    print('(2**64 + 5) ** (7)', type(e).__name__, e)
try:
    print('(2**64 + 5) << (7)', (2**64 + 5) << (7) if ('<<' != '**' or abs(7) < 200) and ('<<' != '<<' or abs(7) < 200) else 'skip')
except Exception as e:
    print('(2**64 + 5) << (7)', type(e).__name__, e)
try:
    print('(2**64 + 5) >> (7)', (2**64 + 5) >> (7) if ('>>' != '**' or abs(7) < 200) and ('>>' != '<<' or abs(7) < 200) else 'skip')
except Exception as e:
    print('(2**64 + 5) >> (7)', type(e).__name__, e)
try:
    print('(2**64 + 5) & (7)', (2**64 + 5) & (7) if ('&' != '**' or abs(7) < 200) and ('&' != '<<' or abs(7) < 200) else 'skip')
except Exception as e:
    print('(2**64 + 5) & (7)', type(e).__name__, e)
try:
    print('(2**64 + 5) | (7)', (2**64 + 5) | (7) if ('|' != '**' or abs(7) < 200) and ('|' != '<<' or abs(7) < 200) else 'skip')
except Exception as e:
    print('(2**64 + 5) | (7)', type(e).__name__, e)
try:
    print('(2**64 + 5) ^ (7)', (2**64 + 5) ^ (7) if ('^' != '**' or abs(7) < 200) and ('^' != '<<' or abs(7) < 200) else 'skip')
except Exception as e:
    print('(2**64 + 5) ^ (7)', type(e).__name__, e)
try:
    print('(2**64 + 5) / (7)', (2**64 + 5) / (7) if ('/' != '**' or abs(7) < 200) and ('/' != '<<' or abs(7) < 200) else 'skip')
except Exception as e:
    print('(2**64 + 5) / (7)', type(e).__name__, e)
try:
    print('(2**64 + 5) < (7)', (2**64 + 5) < (7) if ('<' != '**' or abs(7) < 200) and ('<' != '<<' or abs(7) < 200) else 'skip')
except Exception as e:
    print('(2**64 + 5) < (7)', type(e).__name__, e)
try:
    print('(2**64 + 5) == (7)', (2**64 + 5) == (7) if ('==' != '**' or abs(7) < 200) and ('==' != '<<' or abs(7) < 200) else 'skip')
except Exception as e:
    print('(2**64 + 5) == (7)', type(e).__name__, e)
try:
    print('(2**64 + 5) >= (7)', (2**64 + 5) >= (7) if ('>=' != '**' or abs(7) < 200) and ('>=' != '<<' or abs(7) < 200) else 'skip')
except Exception as e:
    print('(2**64 + 5) >= (7)', type(e).__name__, e)
try:
    print('(2**64 + 5) + (-7)', (2**64 + 5) + (-7) if ('+' != '**' or abs(-7) < 200) and ('+' != '<<' or abs(-7) < 200) else 'skip')
except Exception as e:
    print('(2**64 + 5) + (-7)', type(e).__name__, e)
try:
    print('(2**64 + 5) - (-7)', (2**64 + 5) - (-7) if ('-' != '**' or abs(-7) < 200) and ('-' != '<<' or abs(-7) < 200) else 'skip')
except Exception as e:
    print('(2**64 + 5) - (-7)', type(e).__name__, e)
try:
    print('(2**64 + 5) * (-7)', (2**64 + 5) * (-7) if ('*' != '**' or abs(-7) < 200) and ('*' != '<<' or abs(-7) < 200) else 'skip')
except Exception as e:
    print('(2**64 + 5) * (-7)', type(e).__name__, e)
try:
    print('(2**64 + 5) // (-7)', (2**64 + 5) // (-7) if ('//' != '**' or abs(-7) < 200) and ('//' != '<<' or abs(-7) < 200) else 'skip')
except Exception as e:
    print('(2**64 + 5) // (-7)', type(e).__name__, e)
try:
    print('(2**64 + 5) % (-7)', (2**64 + 5) % (-7) if ('%' != '**' or abs(-7) < 200) and ('%' != '<<' or abs(-7) < 200) else 'skip')
except Exception as e:
    print('(2**64 + 5) % (-7)', type(e).__name__, e)
try:
    print('(2**64 + 5) ** (-7)', (2**64 + 5) ** (-7) if ('**' != '**' or abs(-7) < 200) and ('**' != '<<' or abs(-7) < 200) else 'skip')
except Exception as e:
    print('(2**64 + 5) ** (-7)', type(e).__name__, e)
try:
    print('(2**64 + 5) << (-7)', (2**64 + 5) << (-7) if ('<<' != '**' or abs(-7) < 200) and ('<<' != '<<' or abs(-7) < 200) else 'skip')
except Exception as e:
    print('(2**64 + 5) << (-7)', type(e).__name__, e)
try:
    print('(2**64 + 5) >> (-7)', (2**64 + 5) >> (-7) if ('>>' != '**' or abs(-7) < 200) and ('>>' != '<<' or abs(-7) < 200) else 'skip')
except Exception as e:
    print('(2**64 + 5) >> (-7)', type(e).__name__, e)
try:
    print('(2**64 + 5) & (-7)', (2**64 + 5) & (-7) if ('&' != '**' or abs(-7) < 200) and ('&' != '<<' or abs(-7) < 200) else 'skip')
except Exception as e:
    print('(2**64 + 5) & (-7)', type(e).__name__, e)
try:
    print('(2**64 + 5) | (-7)', (2**64 + 5) | (-7) if ('|' != '**' or abs(-7) < 200) and ('|' != '<<' or abs(-7) < 200) else 'skip')
except Exception as e:
    print('(2**64 + 5) | (-7)', type(e).__name__, e)
try:
    print('(2**64 + 5) ^ (-7)', (2**64 + 5) ^ (-7) if ('^' != '**' or abs(-7) < 200) and ('^' != '<<' or abs(-7) < 200) else 'skip')
except Exception as e:
    print('(2**64 + 5) ^ (-7)', type(e).__name__, e)
try:
    print('(2**64 + 5) / (-7)', (2**64 + 5) / (-7) if ('/' != '**' or abs(-7) < 200) and ('/' != '<<' or abs(-7) < 200) else 'skip')
except Exception as e:
    print('(2**64 + 5) / (-7)', type(e).__name__, e)
try:
    print('(2**64 + 5) < (-7)', (2**64 + 5) < (-7) if ('<' != '**' or abs(-7) < 200) and ('<' != '<<' or abs(-7) < 200) else 'skip')
except Exception as e:
    print('(2**64 + 5) < (-7)', type(e).__name__, e)
try:
    print('(2**64 + 5) == (-7)', (2**64 + 5) == (-7) if ('==' != '**' or abs(-7) < 200) and ('==' != '<<' or abs(-7) < 200) else 'skip')
except Exception as e:
    print('(2**64 + 5) == (-7)', type(e).__name__, e)
try:
    print('(2**64 + 5) >= (-7)', (2**64 + 5) >= (-7) if ('>=' != '**' or abs(-7) < 200) and ('>=' != '<<' or abs(-7) < 200) else 'skip')
except Exception as e:
    print('(2**64 + 5) >= (-7)', type(e).__name__, e)
try:
    print('(2**64 + 5) + (3)', (2**64 + 5) + (3) if ('+' != '**' or abs(3) < 200) and ('+' != '<<' or abs(3) < 200) else 'skip')
except Exception as e:
    print('(2**64 + 5) + (3)', type(e).__name__, e)
try:
    print('(2**64 + 5) - (3)', (2**64 + 5) - (3) if ('-' != '**' or abs(3) < 200) and ('-' != '<<' or abs(3) < 200) else 'skip')
except Exception as e:
    print('(2**64 + 5) - (3)', type(e).__name__, e)
try:
    print('(2**64 + 5) * (3)', (2**64 + 5) * (3) if ('*' != '**' or abs(3) < 200) and ('*' != '<<' or abs(3) < 200) else 'skip')
except Exception as e:
    print('(2**64 + 5) * (3)', type(e).__name__, e)
try:
    print('(2**64 + 5) // (3)', (2**64 + 5) // (3) if ('//' != '**' or abs(3) < 200) and ('//' != '<<' or abs(3) < 200) else 'skip')
except Exception as e:
    print('(2**64 + 5) // (3)', type(e).__name__, e)
try:
    print('(2**64 + 5) % (3)', (2**64 + 5) % (3) if ('%' != '**' or abs(3) < 200) and ('%' != '<<' or abs(3) < 200) else 'skip')
except Exception as e:
    print('(2**64 + 5) % (3)', type(e).__name__, e)
try:
    print('(2**64 + 5) ** (3)', (2**64 + 5) ** (3) if ('**' != '**' or abs(3) < 200) and ('**' != '<<' or abs(3) < 200) else 'skip')
except Exception as e:
    print('(2**64 + 5) ** (3)', type(e).__name__, e)
try:
    print('(2**64 + 5) << (3)', (2**64 + 5) << (3) if ('<<' != '**' or abs(3) < 200) and ('<<' != '<<' or abs(3) < 200) else 'skip')
except Exception as e:
    print('(2**64 + 5) << (3)', type(e).__name__, e)
try:
    print('(2**64 + 5) >> (3)', (2**64 + 5) >> (3) if ('>>' != '**' or abs(3) < 200) and ('>>' != '<<' or abs(3) < 200) else 'skip')
except Exception as e:
    print('(2**64 + 5) >> (3)', type(e).__name__, e)
try:
    print('(2**64 + 5) & (3)', (2**64 + 5) & (3) if ('&' != '**' or abs(3) < 200) and ('&' != '<<' or abs(3) < 200) else 'skip')
except Exception as e:
    print('(2**64 + 5) & (3)', type(e).__name__, e)
try:
    print('(2**64 + 5) | (3)', (2**64 + 5) | (3) if ('|' != '**' or abs(3) < 200) and ('|' != '<<' or abs(3) < 200) else 'skip')
except Exception as e:
    print('(2**64 + 5) | (3)', type(e).__name__, e)
try:
    print('(2**64 + 5) ^ (3)', (2**64 + 5) ^ (3) if ('^' != '**' or abs(3) < 200) and ('^' != '<<' or abs(3) < 200) else 'skip')
except Exception as e:
    print('(2**64 + 5) ^ (3)', type(e).__name__, e)
try:
    print('(2**64 + 5) / (3)', (2**64 + 5) / (3) if ('/' != '**' or abs(3) < 200) and ('/' != '<<' or abs(3) < 200) else 'skip')
except Exception as e:
    print('(2**64 + 5) / (3)', type(e).__name__, e)
try:
    print('(2**64 + 5) < (3)', (2**64 + 5) < (3) if ('<' != '**' or abs(3) < 200) and ('<' != '<<' or abs(3) < 200) else 'skip')
except Exception as e:
    print('(2**64 + 5) < (3)', type(e).__name__, e)
try:
    print('(2**64 + 5) == (3)', (2**64 + 5) == (3) if ('==' != '**' or abs(3) < 200) and ('==' != '<<' or abs(3) < 200) else 'skip')
except Exception as e:
    print('(2**64 + 5) == (3)', type(e).__name__, e)
try:
    print('(2**64 + 5) >= (3)', (2**64 + 5) >= (3) if ('>=' != '**' or abs(3) < 200) and ('>=' != '<<' or abs(3) < 200) else 'skip')
except Exception as e:
    print('(2**64 + 5) >= (3)', type(e).__name__, e)
try:
    print('(2**64 + 5) + (-3)', (2**64 + 5) + (-3) if ('+' != '**' or abs(-3) < 200) and ('+' != '<<' or abs(-3) < 200) else 'skip')
except Exception as e:
    print('(2**64 + 5) + (-3)', type(e).__name__, e)
try:
    print('(2**64 + 5) - (-3)', (2**64 + 5) - (-3) if ('-' != '**' or abs(-3) < 200) and ('-' != '<<' or abs(-3) < 200) else 'skip')
except Exception as e:
    print('(2**64 + 5) - (-3)', type(e).__name__, e)
try:
    print('(2**64 + 5) * (-3)', (2**64 + 5) * (-3) if ('*' != '**' or abs(-3) < 200) and ('*' != '<<' or abs(-3) < 200) else 'skip')
except Exception as e:
    print('(2**64 + 5) * (-3)', type(e).__name__, e)
try:
    print('(2**64 + 5) // (-3)', (2**64 + 5) // (-3) if ('//' != '**' or abs(-3) < 200) and ('//' != '<<' or abs(-3) < 200) else 'skip')
except Exception as e:
    print('(2**64 + 5) // (-3)', type(e).__name__, e)
try:
    print('(2**64 + 5) % (-3)', (2**64 + 5) % (-3) if ('%' != '**' or abs(-3) < 200) and ('%' != '<<' or abs(-3) < 200) else 'skip')
except Exception as e:
    print('(2**64 + 5) % (-3)', type(e).__name__, e)
try:
    print('(2**64 + 5) ** (-3)', (2**64 + 5) ** (-3) if ('**' != '**' or abs(-3) < 200) and ('**' != '<<' or abs(-3) < 200) else 'skip')
except Exception as e:
    print('(2**64 + 5) ** (-3)', type(e).__name__, e)
try:
    print('(2**64 + 5) << (-3)', (2**64 + 5) << (-3) if ('<<' != '**' or abs(-3) < 200) and ('<<' != '<<' or abs(-3) < 200) else 'skip')
except Exception as e:
    print('(2**64 + 5) << (-3)', type(e).__name__, e)
try:
    print('(2**64 + 5) >> (-3)', (2**64 + 5) >> (-3) if ('>>' != '**' or abs(-3) < 200) and ('>>' != '<<' or abs(-3) < 200) else 'skip')
except Exception as e:
    print('(2**64 + 5) >> (-3)', type(e).__name__, e)
try:
    print('(2**64 + 5) & (-3)', (2**64 + 5) & (-3) if ('&' != '**' or abs(-3) < 200) and ('&' != '<<' or abs(-3) < 200) else 'skip')
except Exception as e:
    print('(2**64 + 5) & (-3)', type(e).__name__, e)
try:
    print('(2**64 + 5) | (-3)', (2**64 + 5) | (-3) if ('|' != '**' or abs(-3) < 200) and ('|' != '<<' or abs(-3) < 200) else 'skip')
except Exception as e:
    print('(2**64 + 5) | (-3)', type(e).__name__, e)
try:
    print('(2**64 + 5) ^ (-3)', (2**64 + 5) ^ (-3) if ('^' != '**' or abs(-3) < 200) and ('^' != '<<' or abs(-3) < 200) else 'skip')
except Exception as e:
    print('(2**64 + 5) ^ (-3)', type(e).__name__, e)
try:
    print('(2**64 + 5) / (-3)', (2**64 + 5) / (-3) if ('/' != '**' or abs(-3) < 200) and ('/' != '<<' or abs(-3) < 200) else 'skip')
except Exception as e:
    print('(2**64 + 5) / (-3)', type(e).__name__, e)
try:
    print('(2**64 + 5) < (-3)', (2**64 + 5) < (-3) if ('<' != '**' or abs(-3) < 200) and ('<' != '<<' or abs(-3) < 200) else 'skip')
except Exception as e:
    print('(2**64 + 5) < (-3)', type(e).__name__, e)
try:
    print('(2**64 + 5) == (-3)', (2**64 + 5) == (-3) if ('==' != '**' or abs(-3) < 200) and ('==' != '<<' or abs(-3) < 200) else 'skip')
except Exception as e:
    print('(2**64 + 5) == (-3)', type(e).__name__, e)
try:
    print('(2**64 + 5) >= (-3)', (2**64 + 5) >= (-3) if ('>=' != '**' or abs(-3) < 200) and ('>=' != '<<' or abs(-3) < 200) else 'skip')
except Exception as e:
    print('(2**64 + 5) >= (-3)', type(e).__name__, e)
try:
    print('(2**64 + 5) + (2**63)', (2**64 + 5) + (2**63) if ('+' != '**' or abs(2**63) < 200) and ('+' != '<<' or abs(2**63) < 200) else 'skip')
except Exception as e:
    print('(2**64 + 5) + (2**63)', type(e).__name__, e)
try:
    print('(2**64 + 5) - (2**63)', (2**64 + 5) - (2**63) if ('-' != '**' or abs(2**63) < 200) and ('-' != '<<' or abs(2**63) < 200) else 'skip')
except Exception as e:
    print('(2**64 + 5) - (2**63)', type(e).__name__, e)
try:
    print('(2**64 + 5) * (2**63)', (2**64 + 5) * (2**63) if ('*' != '**' or abs(2**63) < 200) and ('*' != '<<' or abs(2**63) < 200) else 'skip')
except Exception as e:
    print('(2**64 + 5) * (2**63)', type(e).__name__, e)
try:
    print('(2**64 + 5) // (2**63)', (2**64 + 5) // (2**63) if ('//' != '**' or abs(2**63) < 200) and ('//' != '<<' or abs(2**63) < 200) else 'skip')
except Exception as e:
    print('(2**64 + 5) // (2**63)', type(e).__name__, e)
try:
    print('(2**64 + 5) % (2**63)', (2**64 + 5) % (2**63) if ('%' != '**' or abs(2**63) < 200) and ('%' != '<<' or abs(2**63) < 200) else 'skip')
except Exception as e:
    print('(2**64 + 5) % (2**63)', type(e).__name__, e)
try:
    print('(2**64 + 5) ** (2**63)', (2**64 + 5) ** (2**63) if ('**' != '**' or abs(2**63) < 200) and ('**' != '<<' or abs(2**63) < 200) else 'skip')
except Exception as e:
    print('(2**64 + 5) ** (2**63)', type(e).__name__, e)
try:
    print('(2**64 + 5) << (2**63)', (2**64 + 5) << (2**63) if ('<<' != '**' or abs(2**63) < 200) and ('<<' != '<<' or abs(2**63) < 200) else 'skip')
except Exception as e:
    print('(2**64 + 5) << (2**63)', type(e).__name__, e)
try:
    print('(2**64 + 5) >> (2**63)', (2**64 + 5) >> (2**63) if ('>>' != '**' or abs(2**63) < 200) and ('>>' != '<<' or abs(2**63) < 200) else 'skip')
except Exception as e:
    print('(2**64 + 5) >> (2**63)', type(e).__name__, e)
try:
    print('(2**64 + 5) & (2**63)', (2**64 + 5) & (2**63) if ('&' != '**' or abs(2**63) < 200) and ('&' != '<<' or abs(2**63) < 200) else 'skip')
except Exception as e:
    print('(2**64 + 5) & (2**63)', type(e).__name__, e)
try:
    print('(2**64 + 5) | (2**63)', (2**64 + 5) | (2**63) if ('|' != '**' or abs(2**63) < 200) and ('|' != '<<' or abs(2**63) < 200) else 'skip')
except Exception as e:
    print('(2**64 + 5) | (2**63)', type(e).__name__, e)
try:
    print('(2**64 + 5) ^ (2**63)', (2**64 + 5) ^ (2**63) if ('^' != '**' or abs(2**63) < 200) and ('^' != '<<' or abs(2**63) < 200) else 'skip')
except Exception as e:
    print('(2**64 + 5) ^ (2**63)', type(e).__name__, e)
try:
    print('(2**64 + 5) / (2**63)', (2**64 + 5) / (2**63) if ('/' != '**' or abs(2**63) < 200) and ('/' != '<<' or abs(2**63) < 200) else 'skip')
except Exception as e:
    print('(2**64 + 5) / (2**63)', type(e).__name__, e)
try:
    print('(2**64 + 5) < (2**63)', (2**64 + 5) < (2**63) if ('<' != '**' or abs(2**63) < 200) and ('<' != '<<' or abs(2**63) < 200) else 'skip')
except Exception as e:
    print('(2**64 + 5) < (2**63)', type(e).__name__, e)
try:
    print('(2**64 + 5) == (2**63)', (2**64 + 5) == (2**63) if ('==' != '**' or abs(2**63) < 200) and ('==' != '<<' or abs(2**63) < 200) else 'skip')
except Exception as e:
    print('(2**64 + 5) == (2**63)', type(e).__name__, e)
try:
    print('(2**64 + 5) >= (2**63)', (2**64 + 5) >= (2**63) if ('>=' != '**' or abs(2**63) < 200) and ('>=' != '<<' or abs(2**63) < 200) else 'skip')
except Exception as e:
    print('(2**64 + 5) >= (2**63)', type(e).__name__, e)
try:
    print('(2**64 + 5) + (-2**63)', (2**64 + 5) + (-2**63) if ('+' != '**' or abs(-2**63) < 200) and ('+' != '<<' or abs(-2**63) < 200) else 'skip')
except Exception as e:
    print('(2**64 + 5) + (-2**63)', type(e).__name__, e)
try:
    print('(2**64 + 5) - (-2**63)', (2**64 + 5) - (-2**63) if ('-' != '**' or abs(-2**63) < 200) and ('-' != '<<' or abs(-2**63) < 200) else 'skip')
except Exception as e:
    print('(2**64 + 5) - (-2**63)', type(e).__name__, e)
try:
    print('(2**64 + 5) * (-2**63)', (2**64 + 5) * (-2**63) if ('*' != '**' or abs(-2**63) < 200) and ('*' != '<<' or abs(-2**63) < 200) else 'skip')
except Exception as e:
    print('(2**64 + 5) * (-2**63)', type(e).__name__, e)
try:
    print('(2**64 + 5) // (-2**63)', (2**64 + 5) // (-2**63) if ('//' != '**' or abs(-2**63) < 200) and ('//' != '<<' or abs(-2**63) < 200) else 'skip')
except Exception as e:
    print('(2**64 + 5) // (-2**63)', type(e).__name__, e)
try:
    print('(2**64 + 5) % (-2**63)', (2**64 + 5) % (-2**63) if ('%' != '**' or abs(-2**63) < 200) and ('%' != '<<' or abs(-2**63) < 200) else 'skip')
except Exception as e:
    print('(2**64 + 5) % (-2**63)', type(e).__name__, e)
try:
    print('(2**64 + 5) ** (-2**63)', (2**64 + 5) ** (-2**63) if ('**' != '**' or abs(-2**63) < 200) and ('**' != '<<' or abs(-2**63) < 200) else 'skip')
except Exception as e:
    print('(2**64 + 5) ** (-2**63)', type(e).__name__, e)
try:
    print('(2**64 + 5) << (-2**63)', (2**64 + 5) << (-2**63) if ('<<' != '**' or abs(-2**63) < 200) and ('<<' != '<<' or abs(-2**63) < 200) else 'skip')
except Exception as e:
    print('(2**64 + 5) << (-2**63)', type(e).__name__, e)
try:
    print('(2**64 + 5) >> (-2**63)', (2**64 + 5) >> (-2**63) if ('>>' != '**' or abs(-2**63) < 200) and ('>>' != '<<' or abs(-2**63) < 200) else 'skip')
except Exception as e:
    print('(2**64 + 5) >> (-2**63)', type(e).__name__, e)
try:
    print('(2**64 + 5) & (-2**63)', (2**64 + 5) & (-2**63) if ('&' != '**' or abs(-2**63) < 200) and ('&' != '<<' or abs(-2**63) < 200) else 'skip')
except Exception as e:
    print('(2**64 + 5) & (-2**63)', type(e).__name__, e)
try:
    print('(2**64 + 5) | (-2**63)', (2**64 + 5) | (-2**63) if ('|' != '**' or abs(-2**63) < 200) and ('|' != '<<' or abs(-2**63) < 200) else 'skip')
except Exception as e:
    print('(2**64 + 5) | (-2**63)', type(e).__name__, e)
try:
    print('(2**64 + 5) ^ (-2**63)', (2**64 + 5) ^ (-2**63) if ('^' != '**' or abs(-2**63) < 200) and ('^' != '<<' or abs(-2**63) < 200) else 'skip')
except Exception as e:
    print('(2**64 + 5) ^ (-2**63)', type(e).__name__, e)
try:
    print('(2**64 + 5) / (-2**63)', (2**64 + 5) / (-2**63) if ('/' != '**' or abs(-2**63) < 200) and ('/' != '<<' or abs(-2**63) < 200) else 'skip')
except Exception as e:
    print('(2**64 + 5) / (-2**63)', type(e).__name__, e)
try:
    print('(2**64 + 5) < (-2**63)', (2**64 + 5) < (-2**63) if ('<' != '**' or abs(-2**63) < 200) and ('<' != '<<' or abs(-2**63) < 200) else 'skip')
except Exception as e:
    print('(2**64 + 5) < (-2**63)', type(e).__name__, e)
try:
    print('(2**64 + 5) == (-2**63)', (2**64 + 5) == (-2**63) if ('==' != '**' or abs(-2**63) < 200) and ('==' != '<<' or abs(-2**63) < 200) else 'skip')
except Exception as e:
    print('(2**64 + 5) == (-2**63)', type(e).__name__, e)
try:
    print('(2**64 + 5) >= (-2**63)', (2**64 + 5) >= (-2**63) if ('>=' != '**' or abs(-2**63) < 200) and ('>=' != '<<' or abs(-2**63) < 200) else 'skip')
except Exception as e:
    print('(2**64 + 5) >= (-2**63)', type(e).__name__, e)
try:
    print('(2**64 + 5) + (2**64 + 5)', (2**64 + 5) + (2**64 + 5) if ('+' != '**' or abs(2**64 + 5) < 200) and ('+' != '<<' or abs(2**64 + 5) < 200) else 'skip')
except Exception as e:
    print('(2**64 + 5) + (2**64 + 5)', type(e).__name__, e)
try:
    print('(2**64 + 5) - (2**64 + 5)', (2**64 + 5) - (2**64 + 5) if ('-' != '**' or abs(2**64 + 5) < 200) and ('-' != '<<' or abs(2**64 + 5) < 200) else 'skip')
except Exception as e:
    print('(2**64 + 5) - (2**64 + 5)', type(e).__name__, e)
try:
    print('(2**64 + 5) * (2**64 + 5)', (2**64 + 5) * (2**64 + 5) if ('*' != '**' or abs(2**64 + 5) < 200) and ('*' != '<<' or abs(2**64 + 5) < 200) else 'skip')
except Exception as e:
    print('(2**64 + 5) * (2**64 + 5)', type(e).__name__, e)
try:
    print('(2**64 + 5) // (2**64 + 5)', (2**64 + 5) // (2**64 + 5) if ('//' != '**' or abs(2**64 + 5) < 200) and ('//' != '<<' or abs(2**64 + 5) < 200) else 'skip')
except Exception as e:
    print('(2**64 + 5) // (2**64 + 5)', type(e).__name__, e)
try:
    print('(2**64 + 5) % (2**64 + 5)', (2**64 + 5) % (2**64 + 5) if ('%' != '**' or abs(2**64 + 5) < 200) and ('%' != '<<' or abs(2**64 + 5) < 200) else 'skip')
except Exception as e:
    print('(2**64 + 5) % (2**64 + 5)', type(e).__name__, e)
try:
    print('(2**64 + 5) ** (2**64 + 5)', (2**64 + 5) ** (2**64 + 5) if ('**' != '**' or abs(2**64 + 5) < 200) and ('**' != '<<' or abs(2**64 + 5) < 200) else 'skip')
except Exception as e:
    print('(2**64 + 5) ** (2**64 + 5)', type(e).__name__, e)
try:
    print('(2**64 + 5) << (2**64 + 5)', (2**64 + 5) << (2**64 + 5) if ('<<' != '**' or abs(2**64 + 5) < 200) and ('<<' != '<<' or abs(2**64 + 5) < 200) else 'skip')
except Exception as e:
    print('(2**64 + 5) << (2**64 + 5)', type(e).__name__, e)
try:
    print('(2**64 + 5) >> (2**64 + 5)', (2**64 + 5) >> (2**64 + 5) if ('>>' != '**' or abs(2**64 + 5) < 200) and ('>>' != '<<' or abs(2**64 + 5) < 200) else 'skip')
except Exception as e:
    print('(2**64 + 5) >> (2**64 + 5)', type(e).__name__, e)
try:
    print('(2**64 + 5) & (2**64 + 5)', (2**64 + 5) & (2**64 + 5) if ('&' != '**' or abs(2**64 + 5) < 200) and ('&' != '<<' or abs(2**64 + 5) < 200) else 'skip')
except Exception as e:
    print('(2**64 + 5) & (2**64 + 5)', type(e).__name__, e)
try:
    print('(2**64 + 5) | (2**64 + 5)', (2**64 + 5) | (2**64 + 5) if ('|' != '**' or abs(2**64 + 5) < 200) and ('|' != '<<' or abs(2**64 + 5) < 200) else 'skip')
except Exception as e:
    print('(2**64 + 5) | (2**64 + 5)', type(e).__name__, e)
try:
    print('(2**64 + 5) ^ (2**64 + 5)', (2**64 + 5) ^ (2**64 + 5) if ('^' != '**' or abs(2**64 + 5) < 200) and ('^' != '<<' or abs(2**64 + 5) < 200) else 'skip')
except Exception as e:
    print('(2**64 + 5) ^ (2**64 + 5)', type(e).__name__, e)
try:
    print('(2**64 + 5) / (2**64 + 5)', (2**64 + 5) / (2**64 + 5) if ('/' != '**' or abs(2**64 + 5) < 200) and ('/' != '<<' or abs(2**64 + 5) < 200) else 'skip')
except Exception as e:
    print('(2**64 + 5) / (2**64 + 5)', type(e).__name__, e)
try:
    print('(2**64 + 5) < (2**64 + 5)', (2**64 + 5) < (2**64 + 5) if ('<' != '**' or abs(2**64 + 5) < 200) and ('<' != '<<' or abs(2**64 + 5) < 200) else 'skip')
except Exception as e:
    print('(2**64 + 5) < (2**64 + 5)', type(e).__name__, e)
try:
    print('(2**64 + 5) == (2**64 + 5)', (2**64 + 5) == (2**64 + 5) if ('==' != '**' or abs(2**64 + 5) < 200) and ('==' != '<<' or abs(2**64 + 5) < 200) else 'skip')
except Exception as e:
    print('(2**64 + 5) == (2**64 + 5)', type(e).__name__, e)
try:
    print('(2**64 + 5) >= (2**64 + 5)', (2**64 + 5) >= (2**64 + 5) if ('>=' != '**' or abs(2**64 + 5) < 200) and ('>=' != '<<' or abs(2**64 + 5) < 200) else 'skip')
except Exception as e:
    print('(2**64 + 5) >= (2**64 + 5)', type(e).__name__, e)
try:
    print('(2**64 + 5) + (-(2**70))', (2**64 + 5) + (-(2**70)) if ('+' != '**' or abs(-(2**70)) < 200) and ('+' != '<<' or abs(-(2**70)) < 200) else 'skip')
except Exception as e:
    print('(2**64 + 5) + (-(2**70))', type(e).__name__, e)
try:
    print('(2**64 + 5) - (-(2**70))', (2**64 + 5) - (-(2**70)) if ('-' != '**' or abs(-(2**70)) < 200) and ('-' != '<<' or abs(-(2**70)) < 200) else 'skip')
except Exception as e:
    print('(2**64 + 5) - (-(2**70))', type(e).__name__, e)
try:
    print('(2**64 + 5) * (-(2**70))', (2**64 + 5) * (-(2**70)) if ('*' != '**' or abs(-(2**70)) < 200) and ('*' != '<<' or abs(-(2**70)) < 200) else 'skip')
except Exception as e:
    print('(2**64 + 5) * (-(2**70))', type(e).__name__, e)
try:
    print('(2**64 + 5) // (-(2**70))', (2**64 + 5) // (-(2**70)) if ('//' != '**' or abs(-(2**70)) < 200) and ('//' != '<<' or abs(-(2**70)) < 200) else 'skip')
except Exception as e:
    print('(2**64 + 5) // (-(2**70))', type(e).__name__, e)
try:
    print('(2**64 + 5) % (-(2**70))', (2**64 + 5) % (-(2**70)) if ('%' != '**' or abs(-(2**70)) < 200) and ('%' != '<<' or abs(-(2**70)) < 200) else 'skip')
except Exception as e:
    print('(2**64 + 5) % (-(2**70))', type(e).__name__, e)
try:
    print('(2**64 + 5) ** (-(2**70))', (2**64 + 5) ** (-(2**70)) if ('**' != '**' or abs(-(2**70)) < 200) and ('**' != '<<' or abs(-(2**70)) < 200) else 'skip')
except Exception as e:
    print('(2**64 + 5) ** (-(2**70))', type(e).__name__, e)
try:
    print('(2**64 + 5) << (-(2**70))', (2**64 + 5) << (-(2**70)) if ('<<' != '**' or abs(-(2**70)) < 200) and ('<<' != '<<' or abs(-(2**70)) < 200) else 'skip')
except Exception as e:
    print('(2**64 + 5) << (-(2**70))', type(e).__name__, e)
try:
    print('(2**64 + 5) >> (-(2**70))', (2**64 + 5) >> (-(2**70)) if ('>>' != '**' or abs(-(2**70)) < 200) and ('>>' != '<<' or abs(-(2**70)) < 200) else 'skip')
except Exception as e:
    print('(2**64 + 5) >> (-(2**70))', type(e).__name__, e)
try:
    print('(2**64 + 5) & (-(2**70))', (2**64 + 5) & (-(2**70)) if ('&' != '**' or abs(-(2**70)) < 200) and ('&' != '<<' or abs(-(2**70)) < 200) else 'skip')
except Exception as e:
    print('(2**64 + 5) & (-(2**70))', type(e).__name__, e)
try:
    print('(2**64 + 5) | (-(2**70))', (2**64 + 5) | (-(2**70)) if ('|' != '**' or abs(-(2**70)) < 200) and ('|' != '<<' or abs(-(2**70)) < 200) else 'skip')
except Exception as e:
    print('(2**64 + 5) | (-(2**70))', type(e).__name__, e)
try:
    print('(2**64 + 5) ^ (-(2**70))', (2**64 + 5) ^ (-(2**70)) if ('^' != '**' or abs(-(2**70)) < 200) and ('^' != '<<' or abs(-(2**70)) < 200) else 'skip')
except Exception as e:
    print('(2**64 + 5) ^ (-(2**70))', type(e).__name__, e)
try:
    print('(2**64 + 5) / (-(2**70))', (2**64 + 5) / (-(2**70)) if ('/' != '**' or abs(-(2**70)) < 200) and ('/' != '<<' or abs(-(2**70)) < 200) else 'skip')
except Exception as e:
    print('(2**64 + 5) / (-(2**70))', type(e).__name__, e)
try:
    print('(2**64 + 5) < (-(2**70))', (2**64 + 5) < (-(2**70)) if ('<' != '**' or abs(-(2**70)) < 200) and ('<' != '<<' or abs(-(2**70)) < 200) else 'skip')
except Exception as e:
    print('(2**64 + 5) < (-(2**70))', type(e).__name__, e)
try:
    print('(2**64 + 5) == (-(2**70))', (2**64 + 5) == (-(2**70)) if ('==' != '**' or abs(-(2**70)) < 200) and ('==' != '<<' or abs(-(2**70)) < 200) else 'skip')
except Exception as e:
    print('(2**64 + 5) == (-(2**70))', type(e).__name__, e)
try:
    print('(2**64 + 5) >= (-(2**70))', (2**64 + 5) >= (-(2**70)) if ('>=' != '**' or abs(-(2**70)) < 200) and ('>=' != '<<' or abs(-(2**70)) < 200) else 'skip')
except Exception as e:
    print('(2**64 + 5) >= (-(2**70))', type(e).__name__, e)
try:
    print('(2**64 + 5) + (10**20)', (2**64 + 5) + (10**20) if ('+' != '**' or abs(10**20) < 200) and ('+' != '<<' or abs(10**20) < 200) else 'skip')
except Exception as e:
    print('(2**64 + 5) + (10**20)', type(e).__name__, e)
try:
    print('(2**64 + 5) - (10**20)', (2**64 + 5) - (10**20) if ('-' != '**' or abs(10**20) < 200) and ('-' != '<<' or abs(10**20) < 200) else 'skip')
except Exception as e:
    print('(2**64 + 5) - (10**20)', type(e).__name__, e)
try:
    print('(2**64 + 5) * (10**20)', (2**64 + 5) * (10**20) if ('*' != '**' or abs(10**20) < 200) and ('*' != '<<' or abs(10**20) < 200) else 'skip')
except Exception as e:
    print('(2**64 + 5) * (10**20)', type(e).__name__, e)
try:
    print('(2**64 + 5) // (10**20)', (2**64 + 5) // (10**20) if ('//' != '**' or abs(10**20) < 200) and ('//' != '<<' or abs(10**20) < 200) else 'skip')
except Exception as e:
    print('(2**64 + 5) // (10**20)', type(e).__name__, e)
try:
    print('(2**64 + 5) % (10**20)', (2**64 + 5) % (10**20) if ('%' != '**' or abs(10**20) < 200) and ('%' != '<<' or abs(10**20) < 200) else 'skip')
except Exception as e:
    print('(2**64 + 5) % (10**20)', type(e).__name__, e)
try:
    print('(2**64 + 5) ** (10**20)', (2**64 + 5) ** (10**20) if ('**' != '**' or abs(10**20) < 200) and ('**' != '<<' or abs(10**20) < 200) else 'skip')
except Exception as e:
    print('(2**64 + 5) ** (10**20)', type(e).__name__, e)
try:
    print('(2**64 + 5) << (10**20)', (2**64 + 5) << (10**20) if ('<<' != '**' or abs(10**20) < 200) and ('<<' != '<<' or abs(10**20) < 200) else 'skip')
except Exception as e:
    print('(2**64 + 5) << (10**20)', type(e).__name__, e)
try:
    print('(2**64 + 5) >> (10**20)', (2**64 + 5) >> (10**20) if ('>>' != '**' or abs(10**20) < 200) and ('>>' != '<<' or abs(10**20) < 200) else 'skip')
except Exception as e:
    print('(2**64 + 5) >> (10**20)', type(e).__name__, e)
try:
    print('(2**64 + 5) & (10**20)', (2**64 + 5) & (10**20) if ('&' != '**' or abs(10**20) < 200) and ('&' != '<<' or abs(10**20) < 200) else 'skip')
except Exception as e:
    print('(2**64 + 5) & (10**20)', type(e).__name__, e)
try:
    print('(2**64 + 5) | (10**20)', (2**64 + 5) | (10**20) if ('|' != '**' or abs(10**20) < 200) and ('|' != '<<' or abs(10**20) < 200) else 'skip')
except Exception as e:
    print('(2**64 + 5) | (10**20)', type(e).__name__, e)
try:
    print('(2**64 + 5) ^ (10**20)', (2**64 + 5) ^ (10**20) if ('^' != '**' or abs(10**20) < 200) and ('^' != '<<' or abs(10**20) < 200) else 'skip')
except Exception as e:
    print('(2**64 + 5) ^ (10**20)', type(e).__name__, e)
try:
    print('(2**64 + 5) / (10**20)', (2**64 + 5) / (10**20) if ('/' != '**' or abs(10**20) < 200) and ('/' != '<<' or abs(10**20) < 200) else 'skip')
except Exception as e:
    print('(2**64 + 5) / (10**20)', type(e).__name__, e)
try:
    print('(2**64 + 5) < (10**20)', (2**64 + 5) < (10**20) if ('<' != '**' or abs(10**20) < 200) and ('<' != '<<' or abs(10**20) < 200) else 'skip')
except Exception as e:
    print('(2**64 + 5) < (10**20)', type(e).__name__, e)
try:
    print('(2**64 + 5) == (10**20)', (2**64 + 5) == (10**20) if ('==' != '**' or abs(10**20) < 200) and ('==' != '<<' or abs(10**20) < 200) else 'skip')
except Exception as e:
    print('(2**64 + 5) == (10**20)', type(e).__name__, e)
try:
    print('(2**64 + 5) >= (10**20)', (2**64 + 5) >= (10**20) if ('>=' != '**' or abs(10**20) < 200) and ('>=' != '<<' or abs(10**20) < 200) else 'skip')
except Exception as e:
    print('(2**64 + 5) >= (10**20)', type(e).__name__, e)
try:
    print('(2**64 + 5) + (True)', (2**64 + 5) + (True) if ('+' != '**' or abs(True) < 200) and ('+' != '<<' or abs(True) < 200) else 'skip')
except Exception as e:
    print('(2**64 + 5) + (True)', type(e).__name__, e)
try:
    print('(2**64 + 5) - (True)', (2**64 + 5) - (True) if ('-' != '**' or abs(True) < 200) and ('-' != '<<' or abs(True) < 200) else 'skip')
except Exception as e:
    print('(2**64 + 5) - (True)', type(e).__name__, e)
try:
    print('(2**64 + 5) * (True)', (2**64 + 5) * (True) if ('*' != '**' or abs(True) < 200) and ('*' != '<<' or abs(True) < 200) else 'skip')
except Exception as e:
    print('(2**64 + 5) * (True)', type(e).__name__, e)
try:
    print('(2**64 + 5) // (True)', (2**64 + 5) // (True) if ('//' != '**' or abs(True) < 200) and ('//' != '<<' or abs(True) < 200) else 'skip')
except Exception as e:
    print('(2**64 + 5) // (True)', type(e).__name__, e)
try:
    print('(2**64 + 5) % (True)', (2**64 + 5) % (True) if ('%' != '**' or abs(True) < 200) and ('%' != '<<' or abs(True) < 200) else 'skip')
except Exception as e:
    print('(2**64 + 5) % (True)', type(e).__name__, e)
try:
    print('(2**64 + 5) ** (True)', (2**64 + 5) ** (True) if ('**' != '**' or abs(True) < 200) and ('**' != '<<' or abs(True) < 200) else 'skip')
except Exception as e:
    print('(2**64 + 5) ** (True)', type(e).__name__, e)
try:
    print('(2**64 + 5) << (True)', (2**64 + 5) << (True) if ('<<' != '**' or abs(True) < 200) and ('<<' != '<<' or abs(True) < 200) else 'skip')
except Exception as e:
    print('(2**64 + 5) << (True)', type(e).__name__, e)
try:
    print('(2**64 + 5) >> (True)', (2**64 + 5) >> (True) if ('>>' != '**' or abs(True) < 200) and ('>>' != '<<' or abs(True) < 200) else 'skip')
except Exception as e:
    print('(2**64 + 5) >> (True)', type(e).__name__, e)
try:
    print('(2**64 + 5) & (True)', (2**64 + 5) & (True) if ('&' != '**' or abs(True) < 200) and ('&' != '<<' or abs(True) < 200) else 'skip')
except Exception as e:
    print('(2**64 + 5) & (True)', type(e).__name__, e)
try:
    print('(2**64 + 5) | (True)', (2**64 + 5) | (True) if ('|' != '**' or abs(True) < 200) and ('|' != '<<' or abs(True) < 200) else 'skip')
except Exception as e:
    print('(2**64 + 5) | (True)', type(e).__name__, e)
try:
    print('(2**64 + 5) ^ (True)', (2**64 + 5) ^ (True) if ('^' != '**' or abs(True) < 200) and ('^' != '<<' or abs(True) < 200) else 'skip')
except Exception as e:
    print('(2**64 + 5) ^ (True)', type(e).__name__, e)
try:
    print('(2**64 + 5) / (True)', (2**64 + 5) / (True) if ('/' != '**' or abs(True) < 200) and ('/' != '<<' or abs(True) < 200) else 'skip')
except Exception as e:
    print('(2**64 + 5) / (True)', type(e).__name__, e)
try:
    print('(2**64 + 5) < (True)', (2**64 + 5) < (True) if ('<' != '**' or abs(True) < 200) and ('<' != '<<' or abs(True) < 200) else 'skip')
except Exception as e:
    print('(2**64 + 5) < (True)', type(e).__name__, e)
try:
    print('(2**64 + 5) == (True)', (2**64 + 5) == (True) if ('==' != '**' or abs(True) < 200) and ('==' != '<<' or abs(True) < 200) else 'skip')
except Exception as e:
    print('(2**64 + 5) == (True)', type(e).__name__, e)
try:
    print('(2**64 + 5) >= (True)', (2**64 + 5) >= (True) if ('>=' != '**' or abs(True) < 200) and ('>=' != '<<' or abs(True) < 200) else 'skip')
except Exception as e:
    print('(2**64 + 5) >= (True)', type(e).__name__, e)
try:
    print('(2**64 + 5) + (2.5)', (2**64 + 5) + (2.5) if ('+' != '**' or abs(2.5) < 200) and ('+' != '<<' or abs(2.5) < 200) else 'skip')
except Exception as e:
    print('(2**64 + 5) + (2.5)', type(e).__name__, e)
try:
    print('(2**64 + 5) - (2.5)', (2**64 + 5) - (2.5) if ('-' != '**' or abs(2.5) < 200) and ('-' != '<<' or abs(2.5) < 200) else 'skip')
except Exception as e:
    print('(2**64 + 5) - (2.5)', type(e).__name__, e)
try:
    print('(2**64 + 5) * (2.5)', (2**64 + 5) * (2.5) if ('*' != '**' or abs(2.5) < 200) and ('*' != '<<' or abs(2.5) < 200) else 'skip')
except Exception as e:
    print('(2**64 + 5) * (2.5)', type(e).__name__, e)
try:
    print('(2**64 + 5) // (2.5)', (2**64 + 5) // (2.5) if ('//' != '**' or abs(2.5) < 200) and ('//' != '<<' or abs(2.5) < 200) else 'skip')
except Exception as e:
    print('(2**64 + 5) // (2.5)', type(e).__name__, e)
try:
    print('(2**64 + 5) % (2.5)', (2**64 + 5) % (2.5) if ('%' != '**' or abs(2.5) < 200) and ('%' != '<<' or abs(2.5) < 200) else 'skip')
except Exception as e:
    print('(2**64 + 5) % (2.5)', type(e).__name__, e)
try:
    print('(2**64 + 5) ** (2.5)', (2**64 + 5) ** (2.5) if ('**' != '**' or abs(2.5) < 200) and ('**' != '<<' or abs(2.5) < 200) else 'skip')
except Exception as e:
    print('(2**64 + 5) ** (2.5)', type(e).__name__, e)
try:
    print('(2**64 + 5) << (2.5)', (2**64 + 5) << (2.5) if ('<<' != '**' or abs(2.5) < 200) and ('<<' != '<<' or abs(2.5) < 200) else 'skip')
except Exception as e:
    print('(2**64 + 5) << (2.5)', type(e).__name__, e)
try:
    print('(2**64 + 5) >> (2.5)', (2**64 + 5) >> (2.5) if ('>>' != '**' or abs(2.5) < 200) and ('>>' != '<<' or abs(2.5) < 200) else 'skip')
except Exception as e:
    print('(2**64 + 5) >> (2.5)', type(e).__name__, e)
try:
    print('(2**64 + 5) & (2.5)', (2**64 + 5) & (2.5) if ('&' != '**' or abs(2.5) < 200) and ('&' != '<<' or abs(2.5) < 200) else 'skip')
except Exception as e:
    print('(2**64 + 5) & (2.5)', type(e).__name__, e)
try:
    print('(2**64 + 5) | (2.5)', (2**64 + 5) | (2.5) if ('|' != '**' or abs(2.5) < 200) and ('|' != '<<' or abs(2.5) < 200) else 'skip')
except Exception as e:
    print('(2**64 + 5) | (2.5)', type(e).__name__, e)
try:
    print('(2**64 + 5) ^ (2.5)', (2**64 + 5) ^ (2.5) if ('^' != '**' or abs(2.5) < 200) and ('^' != '<<' or abs(2.5) < 200) else 'skip')
except Exception as e:
    print('(2**64 + 5) ^ (2.5)', type(e).__name__, e)
try:
    print('(2**64 + 5) / (2.5)', (2**64 + 5) / (2.5) if ('/' != '**' or abs(2.5) < 200) and ('/' != '<<' or abs(2.5) < 200) else 'skip')
except Exception as e:
    print('(2**64 + 5) / (2.5)', type(e).__name__, e)
try:
    print('(2**64 + 5) < (2.5)', (2**64 + 5) < (2.5) if ('<' != '**' or abs(2.5) < 200) and ('<' != '<<' or abs(2.5) < 200) else 'skip')
except Exception as e:
    print('(2**64 + 5) < (2.5)', type(e).__name__, e)
try:
    print('(2**64 + 5) == (2.5)', (2**64 + 5) == (2.5) if ('==' != '**' or abs(2.5) < 200) and ('==' != '<<' or abs(2.5) < 200) else 'skip')
except Exception as e:
    print('(2**64 + 5) == (2.5)', type(e).__name__, e)
try:
    print('(2**64 + 5) >= (2.5)', (2**64 + 5) >= (2.5) if ('>=' != '**' or abs(2.5) < 200) and ('>=' != '<<' or abs(2.5) < 200) else 'skip')
except Exception as e:
    print('(2**64 + 5) >= (2.5)', type(e).__name__, e)
try:
    print('(2**64 + 5) + (-0.5)', (2**64 + 5) + (-0.5) if ('+' != '**' or abs(-0.5) < 200) and ('+' != '<<' or abs(-0.5) < 200) else 'skip')
except Exception as e:
    print('(2**64 + 5) + (-0.5)', type(e).__name__, e)
try:
    print('(2**64 + 5) - (-0.5)', (2**64 + 5) - (-0.5) if ('-' != '**' or abs(-0.5) < 200) and ('-' != '<<' or abs(-0.5) < 200) else 'skip')
except Exception as e:
    print('(2**64 + 5) - (-0.5)', type(e).__name__, e)
try:
    print('(2**64 + 5) * (-0.5)', (2**64 + 5) * (-0.5) if ('*' != '**' or abs(-0.5) < 200) and ('*' != '<<' or abs(-0.5) < 200) else 'skip')
except Exception as e:
    print('(2**64 + 5) * (-0.5)', type(e).__name__, e)
try:
    print('(2**64 + 5) // (-0.5)', (2**64 + 5) // (-0.5) if ('//' != '**' or abs(-0.5) < 200) and ('//' != '<<' or abs(-0.5) < 200) else 'skip')
except Exception as e:
    print('(2**64 + 5) // (-0.5)', type(e).__name__, e)
try:
    print('(2**64 + 5) % (-0.5)', (2**64 + 5) % (-0.5) if ('%' != '**' or abs(-0.5) < 200) and ('%' != '<<' or abs(-0.5) < 200) else 'skip')
except Exception as e:
    print('(2**64 + 5) % (-0.5)', type(e).__name__, e)
try:
    print('(2**64 + 5) ** (-0.5)', (2**64 + 5) ** (-0.5) if ('**' != '**' or abs(-0.5) < 200) and ('**' != '<<' or abs(-0.5) < 200) else 'skip')
except Exception as e:
    print('(2**64 + 5) ** (-0.5)', type(e).__name__, e)
try:
    print('(2**64 + 5) << (-0.5)', (2**64 + 5) << (-0.5) if ('<<' != '**' or abs(-0.5) < 200) and ('<<' != '<<' or abs(-0.5) < 200) else 'skip')
except Exception as e:
    print('(2**64 + 5) << (-0.5)', type(e).__name__, e)
try:
    print('(2**64 + 5) >> (-0.5)', (2**64 + 5) >> (-0.5) if ('>>' != '**' or abs(-0.5) < 200) and ('>>' != '<<' or abs(-0.5) < 200) else 'skip')
except Exception as e:
    print('(2**64 + 5) >> (-0.5)', type(e).__name__, e)
try:
    print('(2**64 + 5) & (-0.5)', (2**64 + 5) & (-0.5) if ('&' != '**' or abs(-0.5) < 200) and ('&' != '<<' or abs(-0.5) < 200) else 'skip')
except Exception as e:
    print('(2**64 + 5) & (-0.5)', type(e).__name__, e)
try:
    print('(2**64 + 5) | (-0.5)', (2**64 + 5) | (-0.5) if ('|' != '**' or abs(-0.5) < 200) and ('|' != '<<' or abs(-0.5) < 200) else 'skip')
except Exception as e:
    print('(2**64 + 5) | (-0.5)', type(e).__name__, e)
try:
    print('(2**64 + 5) ^ (-0.5)', (2**64 + 5) ^ (-0.5) if ('^' != '**' or abs(-0.5) < 200) and ('^' != '<<' or abs(-0.5) < 200) else 'skip')
except Exception as e:
    print('(2**64 + 5) ^ (-0.5)', type(e).__name__, e)
try:
    print('(2**64 + 5) / (-0.5)', (2**64 + 5) / (-0.5) if ('/' != '**' or abs(-0.5) < 200) and ('/' != '<<' or abs(-0.5) < 200) else 'skip')
except Exception as e:
    print('(2**64 + 5) / (-0.5)', type(e).__name__, e)
try:
    print('(2**64 + 5) < (-0.5)', (2**64 + 5) < (-0.5) if ('<' != '**' or abs(-0.5) < 200) and ('<' != '<<' or abs(-0.5) < 200) else 'skip')
except Exception as e:
    print('(2**64 + 5) < (-0.5)', type(e).__name__, e)
try:
    print('(2**64 + 5) == (-0.5)', (2**64 + 5) == (-0.5) if ('==' != '**' or abs(-0.5) < 200) and ('==' != '<<' or abs(-0.5) < 200) else 'skip')
except Exception as e:
    print('(2**64 + 5) == (-0.5)', type(e).__name__, e)
try:
    print('(2**64 + 5) >= (-0.5)', (2**64 + 5) >= (-0.5) if ('>=' != '**' or abs(-0.5) < 200) and ('>=' != '<<' or abs(-0.5) < 200) else 'skip')
except Exception as e:
    print('(2**64 + 5) >= (-0.5)', type(e).__name__, e)
try:
    print('(-(2**70)) + (0)', (-(2**70)) + (0) if ('+' != '**' or abs(0) < 200) and ('+' != '<<' or abs(0) < 200) else 'skip')
except Exception as e:
    print('(-(2**70)) + (0)', type(e).__name__, e)
try:
    print('(-(2**70)) - (0)', (-(2**70)) - (0) if ('-' != '**' or abs(0) < 200) and ('-' != '<<' or abs(0) < 200) else 'skip')
except Exception as e:
    print('(-(2**70)) - (0)', type(e).__name__, e)
try:
    print('(-(2**70)) * (0)', (-(2**70)) * (0) if ('*' != '**' or abs(0) < 200) and ('*' != '<<' or abs(0) < 200) else 'skip')
except Exception as e:
    print('(-(2**70)) * (0)', type(e).__name__, e)
try:
    print('(-(2**70)) // (0)', (-(2**70)) // (0) if ('//' != '**' or abs(0) < 200) and ('//' != '<<' or abs(0) < 200) else 'skip')
except Exception as e:
    print('(-(2**70)) // (0)', type(e).__name__, e)
try:
    print('(-(2**70)) % (0)', (-(2**70)) % (0) if ('%' != '**' or abs(0) < 200) and ('%' != '<<' or abs(0) < 200) else 'skip')
except Exception as e:
    print('(-(2**70)) % (0)', type(e).__name__, e)
try:
    print('(-(2**70)) ** (0)', (-(2**70)) ** (0) if ('**' != '**' or abs(0) < 200) and ('**' != '<<' or abs(0) < 200) else 'skip')
except Exception as e:
    print('(-(2**70)) ** (0)', type(e).__name__, e)
try:
    print('(-(2**70)) << (0)', (-(2**70)) << (0) if ('<<' != '**' or abs(0) < 200) and ('<<' != '<<' or abs(0) < 200) else 'skip')
except Exception as e:
    print('(-(2**70)) << (0)', type(e).__name__, e)
try:
    print('(-(2**70)) >> (0)', (-(2**70)) >> (0) if ('>>' != '**' or abs(0) < 200) and ('>>' != '<<' or abs(0) < 200) else 'skip')
except Exception as e:
    print('(-(2**70)) >> (0)', type(e).__name__, e)
try:
    print('(-(2**70)) & (0)', (-(2**70)) & (0) if ('&' != '**' or abs(0) < 200) and ('&' != '<<' or abs(0) < 200) else 'skip')
except Exception as e:
    print('(-(2**70)) & (0)', type(e).__name__, e)
try:
    print('(-(2**70)) | (0)', (-(2**70)) | (0) if ('|' != '**' or abs(0) < 200) and ('|' != '<<' or abs(0) < 200) else 'skip')
except Exception as e:
    print('(-(2**70)) | (0)', type(e).__name__, e)
try:
    print('(-(2**70)) ^ (0)', (-(2**70)) ^ (0) if ('^' != '**' or abs(0) < 200) and ('^' != '<<' or abs(0) < 200) else 'skip')
except Exception as e:
    print('(-(2**70)) ^ (0)', type(e).__name__, e)
try:
    print('(-(2**70)) / (0)', (-(2**70)) / (0) if ('/' != '**' or abs(0) < 200) and ('/' != '<<' or abs(0) < 200) else 'skip')
except Exception as e:
    print('(-(2**70)) / (0)', type(e).__name__, e)
try:
    print('(-(2**70)) < (0)', (-(2**70)) < (0) if ('<' != '**' or abs(0) < 200) and ('<' != '<<' or abs(0) < 200) else 'skip')
except Exception as e:
    print('(-(2**70)) < (0)', type(e).__name__, e)
try:
    print('(-(2**70)) == (0)', (-(2**70)) == (0) if ('==' != '**' or abs(0) < 200) and ('==' != '<<' or abs(0) < 200) else 'skip')
except Exception as e:
    print('(-(2**70)) == (0)', type(e).__name__, e)
try:
    print('(-(2**70)) >= (0)', (-(2**70)) >= (0) if ('>=' != '**' or abs(0) < 200) and ('>=' != '<<' or abs(0) < 200) else 'skip')
except Exception as e:
    print('(-(2**70)) >= (0)', type(e).__name__, e)
try:
    print('(-(2**70)) + (1)', (-(2**70)) + (1) if ('+' != '**' or abs(1) < 200) and ('+' != '<<' or abs(1) < 200) else 'skip')
except Exception as e:
    print('(-(2**70)) + (1)', type(e).__name__, e)
try:
    print('(-(2**70)) - (1)', (-(2**70)) - (1) if ('-' != '**' or abs(1) < 200) and ('-' != '<<' or abs(1) < 200) else 'skip')
except Exception as e:
    print('(-(2**70)) - (1)', type(e).__name__, e)
try:
    print('(-(2**70)) * (1)', (-(2**70)) * (1) if ('*' != '**' or abs(1) < 200) and ('*' != '<<' or abs(1) < 200) else 'skip')
except Exception as e:
    print('(-(2**70)) * (1)', type(e).__name__, e)
try:
    print('(-(2**70)) // (1)', (-(2**70)) // (1) if ('//' != '**' or abs(1) < 200) and ('//' != '<<' or abs(1) < 200) else 'skip')
except Exception as e:
    print('(-(2**70)) // (1)', type(e).__name__, e)
try:
    print('(-(2**70)) % (1)', (-(2**70)) % (1) if ('%' != '**' or abs(1) < 200) and ('%' != '<<' or abs(1) < 200) else 'skip')
except Exception as e:
    print('(-(2**70)) % (1)', type(e).__name__, e)
try:
    print('(-(2**70)) ** (1)', (-(2**70)) ** (1) if ('**' != '**' or abs(1) < 200) and ('**' != '<<' or abs(1) < 200) else 'skip')
except Exception as e:
    print('(-(2**70)) ** (1)', type(e).__name__, e)
try:
    print('(-(2**70)) << (1)', (-(2**70)) << (1) if ('<<' != '**' or abs(1) < 200) and ('<<' != '<<' or abs(1) < 200) else 'skip')
except Exception as e:
    print('(-(2**70)) << (1)', type(e).__name__, e)
try:
    print('(-(2**70)) >> (1)', (-(2**70)) >> (1) if ('>>' != '**' or abs(1) < 200) and ('>>' != '<<' or abs(1) < 200) else 'skip')
except Exception as e:
    print('(-(2**70)) >> (1)', type(e).__name__, e)
try:
    print('(-(2**70)) & (1)', (-(2**70)) & (1) if ('&' != '**' or abs(1) < 200) and ('&' != '<<' or abs(1) < 200) else 'skip')
except Exception as e:
    print('(-(2**70)) & (1)', type(e).__name__, e)
try:
    print('(-(2**70)) | (1)', (-(2**70)) | (1) if ('|' != '**' or abs(1) < 200) and ('|' != '<<' or abs(1) < 200) else 'skip')
except Exception as e:
    print('(-(2**70)) | (1)', type(e).__name__, e)
try:
    print('(-(2**70)) ^ (1)', (-(2**70)) ^ (1) if ('^' != '**' or abs(1) < 200) and ('^' != '<<' or abs(1) < 200) else 'skip')
except Exception as e:
    print('(-(2**70)) ^ (1)', type(e).__name__, e)
try:
    print('(-(2**70)) / (1)', (-(2**70)) / (1) if ('/' != '**' or abs(1) < 200) and ('/' != '<<' or abs(1) < 200) else 'skip')
except Exception as e:
    print('(-(2**70)) / (1)', type(e).__name__, e)
try:
    print('(-(2**70)) < (1)', (-(2**70)) < (1) if ('<' != '**' or abs(1) < 200) and ('<' != '<<' or abs(1) < 200) else 'skip')
except Exception as e:
    print('(-(2**70)) < (1)', type(e).__name__, e)
try:
    print('(-(2**70)) == (1)', (-(2**70)) == (1) if ('==' != '**' or abs(1) < 200) and ('==' != '<<' or abs(1) < 200) else 'skip')
except Exception as e:
    print('(-(2**70)) == (1)', type(e).__name__, e)
try:
    print('(-(2**70)) >= (1)', (-(2**70)) >= (1) if ('>=' != '**' or abs(1) < 200) and ('>=' != '<<' or abs(1) < 200) else 'skip')
except Exception as e:
    print('(-(2**70)) >= (1)', type(e).__name__, e)
try:
    print('(-(2**70)) + (-1)', (-(2**70)) + (-1) if ('+' != '**' or abs(-1) < 200) and ('+' != '<<' or abs(-1) < 200) else 'skip')
except Exception as e:
    print('(-(2**70)) + (-1)', type(e).__name__, e)
try:
    print('(-(2**70)) - (-1)', (-(2**70)) - (-1) if ('-' != '**' or abs(-1) < 200) and ('-' != '<<' or abs(-1) < 200) else 'skip')
except Exception as e:
    print('(-(2**70)) - (-1)', type(e).__name__, e)
try:
    print('(-(2**70)) * (-1)', (-(2**70)) * (-1) if ('*' != '**' or abs(-1) < 200) and ('*' != '<<' or abs(-1) < 200) else 'skip')
except Exception as e:
    print('(-(2**70)) * (-1)', type(e).__name__, e)
try:
    print('(-(2**70)) // (-1)', (-(2**70)) // (-1) if ('//' != '**' or abs(-1) < 200) and ('//' != '<<' or abs(-1) < 200) else 'skip')
except Exception as e:
    print('(-(2**70)) // (-1)', type(e).__name__, e)
try:
    print('(-(2**70)) % (-1)', (-(2**70)) % (-1) if ('%' != '**' or abs(-1) < 200) and ('%' != '<<' or abs(-1) < 200) else 'skip')
except Exception as e:
    print('(-(2**70)) % (-1)', type(e).__name__, e)
try:
    print('(-(2**70)) ** (-1)', (-(2**70)) ** (-1) if ('**' != '**' or abs(-1) < 200) and ('**' != '<<' or abs(-1) < 200) else 'skip')
except Exception as e:
    print('(-(2**70)) ** (-1)', type(e).__name__, e)
try:
    print('(-(2**70)) << (-1)', (-(2**70)) << (-1) if ('<<' != '**' or abs(-1) < 200) and ('<<' != '<<' or abs(-1) < 200) else 'skip')
except Exception as e:
    print('(-(2**70)) << (-1)', type(e).__name__, e)
try:
    print('(-(2**70)) >> (-1)', (-(2**70)) >> (-1) if ('>>' != '**' or abs(-1) < 200) and ('>>' != '<<' or abs(-1) < 200) else 'skip')
except Exception as e:
    print('(-(2**70)) >> (-1)', type(e).__name__, e)
try:
    print('(-(2**70)) & (-1)', (-(2**70)) & (-1) if ('&' != '**' or abs(-1) < 200) and ('&' != '<<' or abs(-1) < 200) else 'skip')
except Exception as e:
    print('(-(2**70)) & (-1)', type(e).__name__, e)
try:
    print('(-(2**70)) | (-1)', (-(2**70)) | (-1) if ('|' != '**' or abs(-1) < 200) and ('|' != '<<' or abs(-1) < 200) else 'skip')
except Exception as e:
    print('(-(2**70)) | (-1)', type(e).__name__, e)
try:
    print('(-(2**70)) ^ (-1)', (-(2**70)) ^ (-1) if ('^' != '**' or abs(-1) < 200) and ('^' != '<<' or abs(-1) < 200) else 'skip')
except Exception as e:
    print('(-(2**70)) ^ (-1)', type(e).__name__, e)
try:
    print('(-(2**70)) / (-1)', (-(2**70)) / (-1) if ('/' != '**' or abs(-1) < 200) and ('/' != '<<' or abs(-1) < 200) else 'skip')
except Exception as e:
    print('(-(2**70)) / (-1)', type(e).__name__, e)
try:
    print('(-(2**70)) < (-1)', (-(2**70)) < (-1) if ('<' != '**' or abs(-1) < 200) and ('<' != '<<' or abs(-1) < 200) else 'skip')
except Exception as e:
    print('(-(2**70)) < (-1)', type(e).__name__, e)
try:
    print('(-(2**70)) == (-1)', (-(2**70)) == (-1) if ('==' != '**' or abs(-1) < 200) and ('==' != '<<' or abs(-1) < 200) else 'skip')
except Exception as e:
    print('(-(2**70)) == (-1)', type(e).__name__, e)
try:
    print('(-(2**70)) >= (-1)', (-(2**70)) >= (-1) if ('>=' != '**' or abs(-1) < 200) and ('>=' != '<<' or abs(-1) < 200) else 'skip')
except Exception as e:
    print('(-(2**70)) >= (-1)', type(e).__name__, e)
try:
    print('(-(2**70)) + (7)', (-(2**70)) + (7) if ('+' != '**' or abs(7) < 200) and ('+' != '<<' or abs(7) < 200) else 'skip')
except Exception as e:
    print('(-(2**70)) + (7)', type(e).__name__, e)
try:
    print('(-(2**70)) - (7)', (-(2**70)) - (7) if ('-' != '**' or abs(7) < 200) and ('-' != '<<' or abs(7) < 200) else 'skip')
except Exception as e:
    print('(-(2**70)) - (7)', type(e).__name__, e)
try:
    print('(-(2**70)) * (7)', (-(2**70)) * (7) if ('*' != '**' or abs(7) < 200) and ('*' != '<<' or abs(7) < 200) else 'skip')
except Exception as e:
    print('(-(2**70)) * (7)', type(e).__name__, e)
try:
    print('(-(2**70)) // (7)', (-(2**70)) // (7) if ('//' != '**' or abs(7) < 200) and ('//' != '<<' or abs(7) < 200) else 'skip')
except Exception as e:
    print('(-(2**70)) // (7)', type(e).__name__, e)
try:
    print('(-(2**70)) % (7)', (-(2**70)) % (7) if ('%' != '**' or abs(7) < 200) and ('%' != '<<' or abs(7) < 200) else 'skip')
except Exception as e:
    print('(-(2**70)) % (7)', type(e).__name__, e)
try:
    print('(-(2**70)) ** (7)', (-(2**70)) ** (7) if ('**' != '**' or abs(7) < 200) and ('**' != '<<' or abs(7) < 200) else 'skip')
except Exception as e:
    print('(-(2**70)) ** (7)', type(e).__name__, e)
try:
    print('(-(2**70)) << (7)', (-(2**70)) << (7) if ('<<' != '**' or abs(7) < 200) and ('<<' != '<<' or abs(7) < 200) else 'skip')
except Exception as e:
    print('(-(2**70)) << (7)', type(e).__name__, e)
try:
    print('(-(2**70)) >> (7)', (-(2**70)) >> (7) if ('>>' != '**' or abs(7) < 200) and ('>>' != '<<' or abs(7) < 200) else 'skip')
except Exception as e:
    print('(-(2**70)) >> (7)', type(e).__name__, e)
try:
    print('(-(2**70)) & (7)', (-(2**70)) & (7) if ('&' != '**' or abs(7) < 200) and ('&' != '<<' or abs(7) < 200) else 'skip')
except Exception as e:
    print('(-(2**70)) & (7)', type(e).__name__, e)
try:
    print('(-(2**70)) | (7)', (-(2**70)) | (7) if ('|' != '**' or abs(7) < 200) and ('|' != '<<' or abs(7) < 200) else 'skip')
except Exception as e:
    print('(-(2**70)) | (7)', type(e).__name__, e)
try:
    print('(-(2**70)) ^ (7)', (-(2**70)) ^ (7) if ('^' != '**' or abs(7) < 200) and ('^' != '<<' or abs(7) < 200) else 'skip')
except Exception as e:
    print('(-(2**70)) ^ (7)', type(e).__name__, e)
try:
    print('(-(2**70)) / (7)', (-(2**70)) / (7) if ('/' != '**' or abs(7) < 200) and ('/' != '<<' or abs(7) < 200) else 'skip')
except Exception as e:
    print('(-(2**70)) / (7)', type(e).__name__, e)
try:
    print('(-(2**70)) < (7)', (-(2**70)) < (7) if ('<' != '**' or abs(7) < 200) and ('<' != '<<' or abs(7) < 200) else 'skip')
except Exception as e:
    print('(-(2**70)) < (7)', type(e).__name__, e)
try:
    print('(-(2**70)) == (7)', (-(2**70)) == (7) if ('==' != '**' or abs(7) < 200) and ('==' != '<<' or abs(7) < 200) else 'skip')
except Exception as e:
    print('(-(2**70)) == (7)', type(e).__name__, e)
try:
    print('(-(2**70)) >= (7)', (-(2**70)) >= (7) if ('>=' != '**' or abs(7) < 200) and ('>=' != '<<' or abs(7) < 200) else 'skip')
except Exception as e:
    print('(-(2**70)) >= (7)', type(e).__name__, e)
try:
    print('(-(2**70)) + (-7)', (-(2**70)) + (-7) if ('+' != '**' or abs(-7) < 200) and ('+' != '<<' or abs(-7) < 200) else 'skip')
except Exception as e:
    print('(-(2**70)) + (-7)', type(e).__name__, e)
try:
    print('(-(2**70)) - (-7)', (-(2**70)) - (-7) if ('-' != '**' or abs(-7) < 200) and ('-' != '<<' or abs(-7) < 200) else 'skip')
except Exception as e:
    print('(-(2**70)) - (-7)', type(e).__name__, e)
try:
    print('(-(2**70)) * (-7)', (-(2**70)) * (-7) if ('*' != '**' or abs(-7) < 200) and ('*' != '<<' or abs(-7) < 200) else 'skip')
except Exception as e:
    print('(-(2**70)) * (-7)', type(e).__name__, e)
try:
    print('(-(2**70)) // (-7)', (-(2**70)) // (-7) if ('//' != '**' or abs(-7) < 200) and ('//' != '<<' or abs(-7) < 200) else 'skip')
except Exception as e:
    print('(-(2**70)) // (-7)', type(e).__name__, e)
try:
    print('(-(2**70)) % (-7)', (-(2**70)) % (-7) if ('%' != '**' or abs(-7) < 200) and ('%' != '<<' or abs(-7) < 200) else 'skip')
except Exception as e:
    print('(-(2**70)) % (-7)', type(e).__name__, e)
try:
    print('(-(2**70)) ** (-7)', (-(2**70)) ** (-7) if ('**' != '**' or abs(-7) < 200) and ('**' != '<<' or abs(-7) < 200) else 'skip')
except Exception as e:
    print('(-(2**70)) ** (-7)', type(e).__name__, e)
try:
    print('(-(2**70)) << (-7)', (-(2**70)) << (-7) if ('<<' != '**' or abs(-7) < 200) and ('<<' != '<<' or abs(-7) < 200) else 'skip')
except Exception as e:
    print('(-(2**70)) << (-7)', type(e).__name__, e)
try:
    print('(-(2**70)) >> (-7)', (-(2**70)) >> (-7) if ('>>' != '**' or abs(-7) < 200) and ('>>' != '<<' or abs(-7) < 200) else 'skip')
except Exception as e:
    print('(-(2**70)) >> (-7)', type(e).__name__, e)
try:
    print('(-(2**70)) & (-7)', (-(2**70)) & (-7) if ('&' != '**' or abs(-7) < 200) and ('&' != '<<' or abs(-7) < 200) else 'skip')
except Exception as e:
    print('(-(2**70)) & (-7)', type(e).__name__, e)
try:
    print('(-(2**70)) | (-7)', (-(2**70)) | (-7) if ('|' != '**' or abs(-7) < 200) and ('|' != '<<' or abs(-7) < 200) else 'skip')
except Exception as e:
    print('(-(2**70)) | (-7)', type(e).__name__, e)
try:
    print('(-(2**70)) ^ (-7)', (-(2**70)) ^ (-7) if ('^' != '**' or abs(-7) < 200) and ('^' != '<<' or abs(-7) < 200) else 'skip')
except Exception as e:
    print('(-(2**70)) ^ (-7)', type(e).__name__, e)
try:
    print('(-(2**70)) / (-7)', (-(2**70)) / (-7) if ('/' != '**' or abs(-7) < 200) and ('/' != '<<' or abs(-7) < 200) else 'skip')
except Exception as e:
    print('(-(2**70)) / (-7)', type(e).__name__, e)
try:
    print('(-(2**70)) < (-7)', (-(2**70)) < (-7) if ('<' != '**' or abs(-7) < 200) and ('<' != '<<' or abs(-7) < 200) else 'skip')
except Exception as e:
    print('(-(2**70)) < (-7)', type(e).__name__, e)
try:
    print('(-(2**70)) == (-7)', (-(2**70)) == (-7) if ('==' != '**' or abs(-7) < 200) and ('==' != '<<' or abs(-7) < 200) else 'skip')
except Exception as e:
    print('(-(2**70)) == (-7)', type(e).__name__, e)
try:
    print('(-(2**70)) >= (-7)', (-(2**70)) >= (-7) if ('>=' != '**' or abs(-7) < 200) and ('>=' != '<<' or abs(-7) < 200) else 'skip')
except Exception as e:
    print('(-(2**70)) >= (-7)', type(e).__name__, e)
try:
    print('(-(2**70)) + (3)', (-(2**70)) + (3) if ('+' != '**' or abs(3) < 200) and ('+' != '<<' or abs(3) < 200) else 'skip')
except Exception as e:
    print('(-(2**70)) + (3)', type(e).__name__, e)
try:
    print('(-(2**70)) - (3)', (-(2**70)) - (3) if ('-' != '**' or abs(3) < 200) and ('-' != '<<' or abs(3) < 200) else 'skip')
except Exception as e:
    print('(-(2**70)) - (3)', type(e).__name__, e)
try:
    print('(-(2**70)) * (3)', (-(2**70)) * (3) if ('*' != '**' or abs(3) < 200) and ('*' != '<<' or abs(3) < 200) else 'skip')
except Exception as e:
    print('(-(2**70)) * (3)', type(e).__name__, e)
try:
    print('(-(2**70)) // (3)', (-(2**70)) // (3) if ('//' != '**' or abs(3) < 200) and ('//' != '<<' or abs(3) < 200) else 'skip')
except Exception as e:
    print('(-(2**70)) // (3)', type(e).__name__, e)
try:
    print('(-(2**70)) % (3)', (-(2**70)) % (3) if ('%' != '**' or abs(3) < 200) and ('%' != '<<' or abs(3) < 200) else 'skip')
except Exception as e:
    print('(-(2**70)) % (3)', type(e).__name__, e)
try:
    print('(-(2**70)) ** (3)', (-(2**70)) ** (3) if ('**' != '**' or abs(3) < 200) and ('**' != '<<' or abs(3) < 200) else 'skip')
except Exception as e:
    print('(-(2**70)) ** (3)', type(e).__name__, e)
try:
    print('(-(2**70)) << (3)', (-(2**70)) << (3) if ('<<' != '**' or abs(3) < 200) and ('<<' != '<<' or abs(3) < 200) else 'skip')
except Exception as e:
    print('(-(2**70)) << (3)', type(e).__name__, e)
try:
    print('(-(2**70)) >> (3)', (-(2**70)) >> (3) if ('>>' != '**' or abs(3) < 200) and ('>>' != '<<' or abs(3) < 200) else 'skip')
except Exception as e:
    print('(-(2**70)) >> (3)', type(e).__name__, e)
try:
    print('(-(2**70)) & (3)', (-(2**70)) & (3) if ('&' != '**' or abs(3) < 200) and ('&' != '<<' or abs(3) < 200) else 'skip')
except Exception as e:
    print('(-(2**70)) & (3)', type(e).__name__, e)
try:
    print('(-(2**70)) | (3)', (-(2**70)) | (3) if ('|' != '**' or abs(3) < 200) and ('|' != '<<' or abs(3) < 200) else 'skip')
except Exception as e:
    print('(-(2**70)) | (3)', type(e).__name__, e)
try:
    print('(-(2**70)) ^ (3)', (-(2**70)) ^ (3) if ('^' != '**' or abs(3) < 200) and ('^' != '<<' or abs(3) < 200) else 'skip')
except Exception as e:
    print('(-(2**70)) ^ (3)', type(e).__name__, e)
try:
    print('(-(2**70)) / (3)', (-(2**70)) / (3) if ('/' != '**' or abs(3) < 200) and ('/' != '<<' or abs(3) < 200) else 'skip')
except Exception as e:
    print('(-(2**70)) / (3)', type(e).__name__, e)
try:
    print('(-(2**70)) < (3)', (-(2**70)) < (3) if ('<' != '**' or abs(3) < 200) and ('<' != '<<' or abs(3) < 200) else 'skip')
except Exception as e:
    print('(-(2**70)) < (3)', type(e).__name__, e)
try:
    print('(-(2**70)) == (3)', (-(2**70)) == (3) if ('==' != '**' or abs(3) < 200) and ('==' != '<<' or abs(3) < 200) else 'skip')
except Exception as e:
    print('(-(2**70)) == (3)', type(e).__name__, e)
try:
    print('(-(2**70)) >= (3)', (-(2**70)) >= (3) if ('>=' != '**' or abs(3) < 200) and ('>=' != '<<' or abs(3) < 200) else 'skip')
except Exception as e:
    print('(-(2**70)) >= (3)', type(e).__name__, e)
try:
    print('(-(2**70)) + (-3)', (-(2**70)) + (-3) if ('+' != '**' or abs(-3) < 200) and ('+' != '<<' or abs(-3) < 200) else 'skip')
except Exception as e:
    print('(-(2**70)) + (-3)', type(e).__name__, e)
try:
    print('(-(2**70)) - (-3)', (-(2**70)) - (-3) if ('-' != '**' or abs(-3) < 200) and ('-' != '<<' or abs(-3) < 200) else 'skip')
except Exception as e:
    print('(-(2**70)) - (-3)', type(e).__name__, e)
try:
    print('(-(2**70)) * (-3)', (-(2**70)) * (-3) if ('*' != '**' or abs(-3) < 200) and ('*' != '<<' or abs(-3) < 200) else 'skip')
except Exception as e:
    print('(-(2**70)) * (-3)', type(e).__name__, e)
try:
    print('(-(2**70)) // (-3)', (-(2**70)) // (-3) if ('//' != '**' or abs(-3) < 200) and ('//' != '<<' or abs(-3) < 200) else 'skip')
except Exception as e:
    print('(-(2**70)) // (-3)', type(e).__name__, e)
try:
    print('(-(2**70)) % (-3)', (-(2**70)) % (-3) if ('%' != '**' or abs(-3) < 200) and ('%' != '<<' or abs(-3) < 200) else 'skip')
except Exception as e:
    print('(-(2**70)) % (-3)', type(e).__name__, e)
try:
    print('(-(2**70)) ** (-3)', (-(2**70)) ** (-3) if ('**' != '**' or abs(-3) < 200) and ('**' != '<<' or abs(-3) < 200) else 'skip')
except Exception as e:
    print('(-(2**70)) ** (-3)', type(e).__name__, e)
try:
    print('(-(2**70)) << (-3)', (-(2**70)) << (-3) if ('<<' != '**' or abs(-3) < 200) and ('<<' != '<<' or abs(-3) < 200) else 'skip')
except Exception as e:
    print('(-(2**70)) << (-3)', type(e).__name__, e)
try:
    print('(-(2**70)) >> (-3)', (-(2**70)) >> (-3) if ('>>' != '**' or abs(-3) < 200) and ('>>' != '<<' or abs(-3) < 200) else 'skip')
except Exception as e:
    print('(-(2**70)) >> (-3)', type(e).__name__, e)
try:
    print('(-(2**70)) & (-3)', (-(2**70)) & (-3) if ('&' != '**' or abs(-3) < 200) and ('&' != '<<' or abs(-3) < 200) else 'skip')
except Exception as e:
    print('(-(2**70)) & (-3)', type(e).__name__, e)
try:
    print('(-(2**70)) | (-3)', (-(2**70)) | (-3) if ('|' != '**' or abs(-3) < 200) and ('|' != '<<' or abs(-3) < 200) else 'skip')
except Exception as e:
    print('(-(2**70)) | (-3)', type(e).__name__, e)
try:
    print('(-(2**70)) ^ (-3)', (-(2**70)) ^ (-3) if ('^' != '**' or abs(-3) < 200) and ('^' != '<<' or abs(-3) < 200) else 'skip')
except Exception as e:
    print('(-(2**70)) ^ (-3)', type(e).__name__, e)
try:
    print('(-(2**70)) / (-3)', (-(2**70)) / (-3) if ('/' != '**' or abs(-3) < 200) and ('/' != '<<' or abs(-3) < 200) else 'skip')
except Exception as e:
    print('(-(2**70)) / (-3)', type(e).__name__, e)
try:
    print('(-(2**70)) < (-3)', (-(2**70)) < (-3) if ('<' != '**' or abs(-3) < 200) and ('<' != '<<' or abs(-3) < 200) else 'skip')
except Exception as e:
    print('(-(2**70)) < (-3)', type(e).__name__, e)
try:
    print('(-(2**70)) == (-3)', (-(2**70)) == (-3) if ('==' != '**' or abs(-3) < 200) and ('==' != '<<' or abs(-3) < 200) else 'skip')
except Exception as e:
    print('(-(2**70)) == (-3)', type(e).__name__, e)
try:
    print('(-(2**70)) >= (-3)', (-(2**70)) >= (-3) if ('>=' != '**' or abs(-3) < 200) and ('>=' != '<<' or abs(-3) < 200) else 'skip')
except Exception as e:
    print('(-(2**70)) >= (-3)', type(e).__name__, e)
try:
    print('(-(2**70)) + (2**63)', (-(2**70)) + (2**63) if ('+' != '**' or abs(2**63) < 200) and ('+' != '<<' or abs(2**63) < 200) else 'skip')
except Exception as e:
    print('(-(2**70)) + (2**63)', type(e).__name__, e)
try:
    print('(-(2**70)) - (2**63)', (-(2**70)) - (2**63) if ('-' != '**' or abs(2**63) < 200) and ('-' != '<<' or abs(2**63) < 200) else 'skip')
except Exception as e:
    print('(-(2**70)) - (2**63)', type(e).__name__, e)
try:
    print('(-(2**70)) * (2**63)', (-(2**70)) * (2**63) if ('*' != '**' or abs(2**63) < 200) and ('*' != '<<' or abs(2**63) < 200) else 'skip')
except Exception as e:
    print('(-(2**70)) * (2**63)', type(e).__name__, e)
try:
    print('(-(2**70)) // (2**63)', (-(2**70)) // (2**63) if ('//' != '**' or abs(2**63) < 200) and ('//' != '<<' or abs(2**63) < 200) else 'skip')
except Exception as e:
    print('(-(2**70)) // (2**63)', type(e).__name__, e)
try:
    print('(-(2**70)) % (2**63)', (-(2**70)) % (2**63) if ('%' != '**' or abs(2**63) < 200) and ('%' != '<<' or abs(2**63) < 200) else 'skip')
except Exception as e:
    print('(-(2**70)) % (2**63)', type(e).__name__, e)
try:
    print('(-(2**70)) ** (2**63)', (-(2**70)) ** (2**63) if ('**' != '**' or abs(2**63) < 200) and ('**' != '<<' or abs(2**63) < 200) else 'skip')
except Exception as e:
    print('(-(2**70)) ** (2**63)', type(e).__name__, e)
try:
    print('(-(2**70)) << (2**63)', (-(2**70)) << (2**63) if ('<<' != '**' or abs(2**63) < 200) and ('<<' != '<<' or abs(2**63) < 200) else 'skip')
except Exception as e:
    print('(-(2**70)) << (2**63)', type(e).__name__, e)
try:
    print('(-(2**70)) >> (2**63)', (-(2**70)) >> (2**63) if ('>>' != '**' or abs(2**63) < 200) and ('>>' != '<<' or abs(2**63) < 200) else 'skip')
except Exception as e:
    print('(-(2**70)) >> (2**63)', type(e).__name__, e)
try:
    print('(-(2**70)) & (2**63)', (-(2**70)) & (2**63) if ('&' != '**' or abs(2**63) < 200) and ('&' != '<<' or abs(2**63) < 200) else 'skip')
except Exception as e:
    print('(-(2**70)) & (2**63)', type(e).__name__, e)
try:
    print('(-(2**70)) | (2**63)', (-(2**70)) | (2**63) if ('|' != '**' or abs(2**63) < 200) and ('|' != '<<' or abs(2**63) < 200) else 'skip')
except Exception as e:
    print('(-(2**70)) | (2**63)', type(e).__name__, e)
try:
    print('(-(2**70)) ^ (2**63)', (-(2**70)) ^ (2**63) if ('^' != '**' or abs(2**63) < 200) and ('^' != '<<' or abs(2**63) < 200) else 'skip')
except Exception as e:
    print('(-(2**70)) ^ (2**63)', type(e).__name__, e)
try:
    print('(-(2**70)) / (2**63)', (-(2**70)) / (2**63) if ('/' != '**' or abs(2**63) < 200) and ('/' != '<<' or abs(2**63) < 200) else 'skip')
except Exception as e:
    print('(-(2**70)) / (2**63)', type(e).__name__, e)
try:
    print('(-(2**70)) < (2**63)', (-(2**70)) < (2**63) if ('<' != '**' or abs(2**63) < 200) and ('<' != '<<' or abs(2**63) < 200) else 'skip')
except Exception as e:
    print('(-(2**70)) < (2**63)', type(e).__name__, e)
try:
    print('(-(2**70)) == (2**63)', (-(2**70)) == (2**63) if ('==' != '**' or abs(2**63) < 200) and ('==' != '<<' or abs(2**63) < 200) else 'skip')
except Exception as e:
    print('(-(2**70)) == (2**63)', type(e).__name__, e)
try:
    print('(-(2**70)) >= (2**63)', (-(2**70)) >= (2**63) if ('>=' != '**' or abs(2**63) < 200) and ('>=' != '<<' or abs(2**63) < 200) else 'skip')
except Exception as e:
    print('(-(2**70)) >= (2**63)', type(e).__name__, e)
try:
    print('(-(2**70)) + (-2**63)', (-(2**70)) + (-2**63) if ('+' != '**' or abs(-2**63) < 200) and ('+' != '<<' or abs(-2**63) < 200) else 'skip')
except Exception as e:
    print('(-(2**70)) + (-2**63)', type(e).__name__, e)
try:
    print('(-(2**70)) - (-2**63)', (-(2**70)) - (-2**63) if ('-' != '**' or abs(-2**63) < 200) and ('-' != '<<' or abs(-2**63) < 200) else 'skip')
except Exception as e:
    print('(-(2**70)) - (-2**63)', type(e).__name__, e)
try:
    print('(-(2**70)) * (-2**63)', (-(2**70)) * (-2**63) if ('*' != '**' or abs(-2**63) < 200) and ('*' != '<<' or abs(-2**63) < 200) else 'skip')
except Exception as e:
    print('(-(2**70)) * (-2**63)', type(e).__name__, e)
try:
    print('(-(2**70)) // (-2**63)', (-(2**70)) // (-2**63) if ('//' != '**' or abs(-2**63) < 200) and ('//' != '<<' or abs(-2**63) < 200) else 'skip')
except Exception as e:
    print('(-(2**70)) // (-2**63)', type(e).__name__, e)
try:
    print('(-(2**70)) % (-2**63)', (-(2**70)) % (-2**63) if ('%' != '**' or abs(-2**63) < 200) and ('%' != '<<' or abs(-2**63) < 200) else 'skip')
except Exception as e:
    print('(-(2**70)) % (-2**63)', type(e).__name__, e)
try:
    print('(-(2**70)) ** (-2**63)', (-(2**70)) ** (-2**63) if ('**' != '**' or abs(-2**63) < 200) and ('**' != '<<' or abs(-2**63) < 200) else 'skip')
except Exception as e:
    print('(-(2**70)) ** (-2**63)', type(e).__name__, e)
try:
    print('(-(2**70)) << (-2**63)', (-(2**70)) << (-2**63) if ('<<' != '**' or abs(-2**63) < 200) and ('<<' != '<<' or abs(-2**63) < 200) else 'skip')
except Exception as e:
    print('(-(2**70)) << (-2**63)', type(e).__name__, e)
try:
    print('(-(2**70)) >> (-2**63)', (-(2**70)) >> (-2**63) if ('>>' != '**' or abs(-2**63) < 200) and ('>>' != '<<' or abs(-2**63) < 200) else 'skip')
except Exception as e:
    print('(-(2**70)) >> (-2**63)', type(e).__name__, e)
try:
    print('(-(2**70)) & (-2**63)', (-(2**70)) & (-2**63) if ('&' != '**' or abs(-2**63) < 200) and ('&' != '<<' or abs(-2**63) < 200) else 'skip')
except Exception as e:
    print('(-(2**70)) & (-2**63)', type(e).__name__, e)
try:
    print('(-(2**70)) | (-2**63)', (-(2**70)) | (-2**63) if ('|' != '**' or abs(-2**63) < 200) and ('|' != '<<' or abs(-2**63) < 200) else 'skip')
except Exception as e:
    print('(-(2**70)) | (-2**63)', type(e).__name__, e)
try:
    print('(-(2**70)) ^ (-2**63)', (-(2**70)) ^ (-2**63) if ('^' != '**' or abs(-2**63) < 200) and ('^' != '<<' or abs(-2**63) < 200) else 'skip')
except Exception as e:
    print('(-(2**70)) ^ (-2**63)', type(e).__name__, e)
try:
    print('(-(2**70)) / (-2**63)', (-(2**70)) / (-2**63) if ('/' != '**' or abs(-2**63) < 200) and ('/' != '<<' or abs(-2**63) < 200) else 'skip')
except Exception as e:
    print('(-(2**70)) / (-2**63)', type(e).__name__, e)
try:
    print('(-(2**70)) < (-2**63)', (-(2**70)) < (-2**63) if ('<' != '**' or abs(-2**63) < 200) and ('<' != '<<' or abs(-2**63) < 200) else 'skip')
except Exception as e:
    print('(-(2**70)) < (-2**63)', type(e).__name__, e)
try:
    print('(-(2**70)) == (-2**63)', (-(2**70)) == (-2**63) if ('==' != '**' or abs(-2**63) < 200) and ('==' != '<<' or abs(-2**63) < 200) else 'skip')
except Exception as e:
    print('(-(2**70)) == (-2**63)', type(e).__name__, e)
try:
    print('(-(2**70)) >= (-2**63)', (-(2**70)) >= (-2**63) if ('>=' != '**' or abs(-2**63) < 200) and ('>=' != '<<' or abs(-2**63) < 200) else 'skip')
except Exception as e:
    print('(-(2**70)) >= (-2**63)', type(e).__name__, e)
try:
    print('(-(2**70)) + (2**64 + 5)', (-(2**70)) + (2**64 + 5) if ('+' != '**' or abs(2**64 + 5) < 200) and ('+' != '<<' or abs(2**64 + 5) < 200) else 'skip')
except Exception as e:
    print('(-(2**70)) + (2**64 + 5)', type(e).__name__, e)
try:
    print('(-(2**70)) - (2**64 + 5)', (-(2**70)) - (2**64 + 5) if ('-' != '**' or abs(2**64 + 5) < 200) and ('-' != '<<' or abs(2**64 + 5) < 200) else 'skip')
except Exception as e:
    print('(-(2**70)) - (2**64 + 5)', type(e).__name__, e)
try:
    print('(-(2**70)) * (2**64 + 5)', (-(2**70)) * (2**64 + 5) if ('*' != '**' or abs(2**64 + 5) < 200) and ('*' != '<<' or abs(2**64 + 5) < 200) else 'skip')
except Exception as e:
    print('(-(2**70)) * (2**64 + 5)', type(e).__name__, e)
try:
    print('(-(2**70)) // (2**64 + 5)', (-(2**70)) // (2**64 + 5) if ('//' != '**' or abs(2**64 + 5) < 200) and ('//' != '<<' or abs(2**64 + 5) < 200) else 'skip')
except Exception as e:
    print('(-(2**70)) // (2**64 + 5)', type(e).__name__, e)
try:
    print('(-(2**70)) % (2**64 + 5)', (-(2**70)) % (2**64 + 5) if ('%' != '**' or abs(2**64 + 5) < 200) and ('%' != '<<' or abs(2**64 + 5) < 200) else 'skip')
except Exception as e:
    print('(-(2**70)) % (2**64 + 5)', type(e).__name__, e)
try:
    print('(-(2**70)) ** (2**64 + 5)', (-(2**70)) ** (2**64 + 5) if ('**' != '**' or abs(2**64 + 5) < 200) and ('**' != '<<' or abs(2**64 + 5) < 200) else 'skip')
except Exception as e:
    print('(-(2**70)) ** (2**64 + 5)', type(e).__name__, e)
try:
    print('(-(2**70)) << (2**64 + 5)', (-(2**70)) << (2**64 + 5) if ('<<' != '**' or abs(2**64 + 5) < 200) and ('<<' != '<<' or abs(2**64 + 5) < 200) else 'skip')
except Exception as e:
    print('(-(2**70)) << (2**64 + 5)', type(e).__name__, e)
try:
    print('(-(2**70)) >> (2**64 + 5)', (-(2**70)) >> (2**64 + 5) if ('>>' != '**' or abs(2**64 + 5) < 200) and ('>>' != '<<' or abs(2**64 + 5) < 200) else 'skip')
except Exception as e:
    print('(-(2**70)) >> (2**64 + 5)', type(e).__name__, e)
try:
    print('(-(2**70)) & (2**64 + 5)', (-(2**70)) & (2**64 + 5) if ('&' != '**' or abs(2**64 + 5) < 200) and ('&' != '<<' or abs(2**64 + 5) < 200) else 'skip')
except Exception as e:
    print('(-(2**70)) & (2**64 + 5)', type(e).__name__, e)
try:
    print('(-(2**70)) | (2**64 + 5)', (-(2**70)) | (2**64 + 5) if ('|' != '**' or abs(2**64 + 5) < 200) and ('|' != '<<' or abs(2**64 + 5) < 200) else 'skip')
except Exception as e:
    print('(-(2**70)) | (2**64 + 5)', type(e).__name__, e)
try:
    print('(-(2**70)) ^ (2**64 + 5)', (-(2**70)) ^ (2**64 + 5) if ('^' != '**' or abs(2**64 + 5) < 200) and ('^' != '<<' or abs(2**64 + 5) < 200) else 'skip')
except Exception as e:
    print('(-(2**70)) ^ (2**64 + 5)', type(e).__name__, e)
try:
    print('(-(2**70)) / (2**64 + 5)', (-(2**70)) / (2**64 + 5) if ('/' != '**' or abs(2**64 + 5) < 200) and ('/' != '<<' or abs(2**64 + 5) < 200) else 'skip')
except Exception as e:
    print('(-(2**70)) / (2**64 + 5)', type(e).__name__, e)
try:
    print('(-(2**70)) < (2**64 + 5)', (-(2**70)) < (2**64 + 5) if ('<' != '**' or abs(2**64 + 5) < 200) and ('<' != '<<' or abs(2**64 + 5) < 200) else 'skip')
except Exception as e:
    print('(-(2**70)) < (2**64 + 5)', type(e).__name__, e)
try:
    print('(-(2**70)) == (2**64 + 5)', (-(2**70)) == (2**64 + 5) if ('==' != '**' or abs(2**64 + 5) < 200) and ('==' != '<<' or abs(2**64 + 5) < 200) else 'skip')
except Exception as e:
    print('(-(2**70)) == (2**64 + 5)', type(e).__name__, e)
try:
    print('(-(2**70)) >= (2**64 + 5)', (-(2**70)) >= (2**64 + 5) if ('>=' != '**' or abs(2**64 + 5) < 200) and ('>=' != '<<' or abs(2**64 + 5) < 200) else 'skip')
except Exception as e:
    print('(-(2**70)) >= (2**64 + 5)', type(e).__name__, e)
try:
    print('(-(2**70)) + (-(2**70))', (-(2**70)) + (-(2**70)) if ('+' != '**' or abs(-(2**70)) < 200) and ('+' != '<<' or abs(-(2**70)) < 200) else 'skip')
except Exception as e:
    print('(-(2**70)) + (-(2**70))', type(e).__name__, e)
try:
    print('(-(2**70)) - (-(2**70))', (-(2**70)) - (-(2**70)) if ('-' != '**' or abs(-(2**70)) < 200) and ('-' != '<<' or abs(-(2**70)) < 200) else 'skip')
except Exception as e:
    print('(-(2**70)) - (-(2**70))', type(e).__name__, e)
try:
    print('(-(2**70)) * (-(2**70))', (-(2**70)) * (-(2**70)) if ('*' != '**' or abs(-(2**70)) < 200) and ('*' != '<<' or abs(-(2**70)) < 200) else 'skip')
except Exception as e:
    print('(-(2**70)) * (-(2**70))', type(e).__name__, e)
try:
    print('(-(2**70)) // (-(2**70))', (-(2**70)) // (-(2**70)) if ('//' != '**' or abs(-(2**70)) < 200) and ('//' != '<<' or abs(-(2**70)) < 200) else 'skip')
except Exception as e:
    print('(-(2**70)) // (-(2**70))', type(e).__name__, e)
try:
    print('(-(2**70)) % (-(2**70))', (-(2**70)) % (-(2**70)) if ('%' != '**' or abs(-(2**70)) < 200) and ('%' != '<<' or abs(-(2**70)) < 200) else 'skip')
except Exception as e:
    print('(-(2**70)) % (-(2**70))', type(e).__name__, e)
try:
    print('(-(2**70)) ** (-(2**70))', (-(2**70)) ** (-(2**70)) if ('**' != '**' or abs(-(2**70)) < 200) and ('**' != '<<' or abs(-(2**70)) < 200) else 'skip')
except Exception as e:
    print('(-(2**70)) ** (-(2**70))', type(e).__name__, e)
try:
    print('(-(2**70)) << (-(2**70))', (-(2**70)) << (-(2**70)) if ('<<' != '**' or abs(-(2**70)) < 200) and ('<<' != '<<' or abs(-(2**70)) < 200) else 'skip')
except Exception as e:
    print('(-(2**70)) << (-(2**70))', type(e).__name__, e)
try:
    print('(-(2**70)) >> (-(2**70))', (-(2**70)) >> (-(2**70)) if ('>>' != '**' or abs(-(2**70)) < 200) and ('>>' != '<<' or abs(-(2**70)) < 200) else 'skip')
except Exception as e:
    print('(-(2**70)) >> (-(2**70))', type(e).__name__, e)
try:
    print('(-(2**70)) & (-(2**70))', (-(2**70)) & (-(2**70)) if ('&' != '**' or abs(-(2**70)) < 200) and ('&' != '<<' or abs(-(2**70)) < 200) else 'skip')
except Exception as e:
    print('(-(2**70)) & (-(2**70))', type(e).__name__, e)
try:
    print('(-(2**70)) | (-(2**70))', (-(2**70)) | (-(2**70)) if ('|' != '**' or abs(-(2**70)) < 200) and ('|' != '<<' or abs(-(2**70)) < 200) else 'skip')
except Exception as e:
    print('(-(2**70)) | (-(2**70))', type(e).__name__, e)
try:
    print('(-(2**70)) ^ (-(2**70))', (-(2**70)) ^ (-(2**70)) if ('^' != '**' or abs(-(2**70)) < 200) and ('^' != '<<' or abs(-(2**70)) < 200) else 'skip')
except Exception as e:
    print('(-(2**70)) ^ (-(2**70))', type(e).__name__, e)
try:
    print('(-(2**70)) / (-(2**70))', (-(2**70)) / (-(2**70)) if ('/' != '**' or abs(-(2**70)) < 200) and ('/' != '<<' or abs(-(2**70)) < 200) else 'skip')
except Exception as e:
    print('(-(2**70)) / (-(2**70))', type(e).__name__, e)
try:
    print('(-(2**70)) < (-(2**70))', (-(2**70)) < (-(2**70)) if ('<' != '**' or abs(-(2**70)) < 200) and ('<' != '<<' or abs(-(2**70)) < 200) else 'skip')
except Exception as e:
    print('(-(2**70)) < (-(2**70))', type(e).__name__, e)
try:
    print('(-(2**70)) == (-(2**70))', (-(2**70)) == (-(2**70)) if ('==' != '**' or abs(-(2**70)) < 200) and ('==' != '<<' or abs(-(2**70)) < 200) else 'skip')
except Exception as e:
    print('(-(2**70)) == (-(2**70))', type(e).__name__, e)
try:
    print('(-(2**70)) >= (-(2**70))', (-(2**70)) >= (-(2**70)) if ('>=' != '**' or abs(-(2**70)) < 200) and ('>=' != '<<' or abs(-(2**70)) < 200) else 'skip')
except Exception as e:
    print('(-(2**70)) >= (-(2**70))', type(e).__name__, e)
try:
    print('(-(2**70)) + (10**20)', (-(2**70)) + (10**20) if ('+' != '**' or abs(10**20) < 200) and ('+' != '<<' or abs(10**20) < 200) else 'skip')
except Exception as e:
    print('(-(2**70)) + (10**20)', type(e).__name__, e)
try:
    print('(-(2**70)) - (10**20)', (-(2**70)) - (10**20) if ('-' != '**' or abs(10**20) < 200) and ('-' != '<<' or abs(10**20) < 200) else 'skip')
except Exception as e:
    print('(-(2**70)) - (10**20)', type(e).__name__, e)
try:
    print('(-(2**70)) * (10**20)', (-(2**70)) * (10**20) if ('*' != '**' or abs(10**20) < 200) and ('*' != '<<' or abs(10**20) < 200) else 'skip')
except Exception as e:
    print('(-(2**70)) * (10**20)', type(e).__name__, e)
try:
    print('(-(2**70)) // (10**20)', (-(2**70)) // (10**20) if ('//' != '**' or abs(10**20) < 200) and ('//' != '<<' or abs(10**20) < 200) else 'skip')
except Exception as e:
    print('(-(2**70)) // (10**20)', type(e).__name__, e)
try:
    print('(-(2**70)) % (10**20)', (-(2**70)) % (10**20) if ('%' != '**' or abs(10**20) < 200) and ('%' != '<<' or abs(10**20) < 200) else 'skip')
except Exception as e:
    print('(-(2**70)) % (10**20)', type(e).__name__, e)
try:
    print('(-(2**70)) ** (10**20)', (-(2**70)) ** (10**20) if ('**' != '**' or abs(10**20) < 200) and ('**' != '<<' or abs(10**20) < 200) else 'skip')
except Exception as e:
    print('(-(2**70)) ** (10**20)', type(e).__name__, e)
try:
    print('(-(2**70)) << (10**20)', (-(2**70)) << (10**20) if ('<<' != '**' or abs(10**20) < 200) and ('<<' != '<<' or abs(10**20) < 200) else 'skip')
except Exception as e:
    print('(-(2**70)) << (10**20)', type(e).__name__, e)
try:
    print('(-(2**70)) >> (10**20)', (-(2**70)) >> (10**20) if ('>>' != '**' or abs(10**20) < 200) and ('>>' != '<<' or abs(10**20) < 200) else 'skip')
except Exception as e:
    print('(-(2**70)) >> (10**20)', type(e).__name__, e)
try:
    print('(-(2**70)) & (10**20)', (-(2**70)) & (10**20) if ('&' != '**' or abs(10**20) < 200) and ('&' != '<<' or abs(10**20) < 200) else 'skip')
except Exception as e:
    print('(-(2**70)) & (10**20)', type(e).__name__, e)
try:
    print('(-(2**70)) | (10**20)', (-(2**70)) | (10**20) if ('|' != '**' or abs(10**20) < 200) and ('|' != '<<' or abs(10**20) < 200) else 'skip')
except Exception as e:
    print('(-(2**70)) | (10**20)', type(e).__name__, e)
try:
    print('(-(2**70)) ^ (10**20)', (-(2**70)) ^ (10**20) if ('^' != '**' or abs(10**20) < 200) and ('^' != '<<' or abs(10**20) < 200) else 'skip')
except Exception as e:
    print('(-(2**70)) ^ (10**20)', type(e).__name__, e)
try:
    print('(-(2**70)) / (10**20)', (-(2**70)) / (10**20) if ('/' != '**' or abs(10**20) < 200) and ('/' != '<<' or abs(10**20) < 200) else 'skip')
except Exception as e:
    print('(-(2**70)) / (10**20)', type(e).__name__, e)
try:
    print('(-(2**70)) < (10**20)', (-(2**70)) < (10**20) if ('<' != '**' or abs(10**20) < 200) and ('<' != '<<' or abs(10**20) < 200) else 'skip')
except Exception as e:
    print('(-(2**70)) < (10**20)', type(e).__name__, e)
try:
    print('(-(2**70)) == (10**20)', (-(2**70)) == (10**20) if ('==' != '**' or abs(10**20) < 200) and ('==' != '<<' or abs(10**20) < 200) else 'skip')
except Exception as e:
    print('(-(2**70)) == (10**20)', type(e).__name__, e)
try:
    print('(-(2**70)) >= (10**20)', (-(2**70)) >= (10**20) if ('>=' != '**' or abs(10**20) < 200) and ('>=' != '<<' or abs(10**20) < 200) else 'skip')
except Exception as e:
    print('(-(2**70)) >= (10**20)', type(e).__name__, e)
try:
    print('(-(2**70)) + (True)', (-(2**70)) + (True) if ('+' != '**' or abs(True) < 200) and ('+' != '<<' or abs(True) < 200) else 'skip')
except Exception as e:
    print('(-(2**70)) + (True)', type(e).__name__, e)
try:
    print('(-(2**70)) - (True)', (-(2**70)) - (True) if ('-' != '**' or abs(True) < 200) and ('-' != '<<' or abs(True) < 200) else 'skip')
except Exception as e:
    print('(-(2**70)) - (True)', type(e).__name__, e)
try:
    print('(-(2**70)) * (True)', (-(2**70)) * (True) if ('*' != '**' or abs(True) < 200) and ('*' != '<<' or abs(True) < 200) else 'skip')
except Exception as e:
    print('(-(2**70)) * (True)', type(e).__name__, e)
try:
    print('(-(2**70)) // (True)', (-(2**70)) // (True) if ('//' != '**' or abs(True) < 200) and ('//' != '<<' or abs(True) < 200) else 'skip')
except Exception as e:
    print('(-(2**70)) // (True)', type(e).__name__, e)
try:
    print('(-(2**70)) % (True)', (-(2**70)) % (True) if ('%' != '**' or abs(True) < 200) and ('%' != '<<' or abs(True) < 200) else 'skip')
except Exception as e:
    print('(-(2**70)) % (True)', type(e).__name__, e)
try:
    print('(-(2**70)) ** (True)', (-(2**70)) ** (True) if ('**' != '**' or abs(True) < 200) and ('**' != '<<' or abs(True) < 200) else 'skip')
except Exception as e:
    print('(-(2**70)) ** (True)', type(e).__name__, e)
try:
    print('(-(2**70)) << (True)', (-(2**70)) << (True) if ('<<' != '**' or abs(True) < 200) and ('<<' != '<<' or abs(True) < 200) else 'skip')
except Exception as e:
    print('(-(2**70)) << (True)', type(e).__name__, e)
try:
    print('(-(2**70)) >> (True)', (-(2**70)) >> (True) if ('>>' != '**' or abs(True) < 200) and ('>>' != '<<' or abs(True) < 200) else 'skip')
except Exception as e:
    print('(-(2**70)) >> (True)', type(e).__name__, e)
try:
    print('(-(2**70)) & (True)', (-(2**70)) & (True) if ('&' != '**' or abs(True) < 200) and ('&' != '<<' or abs(True) < 200) else 'skip')
except Exception as e:
    print('(-(2**70)) & (True)', type(e).__name__, e)
try:
    print('(-(2**70)) | (True)', (-(2**70)) | (True) if ('|' != '**' or abs(True) < 200) and ('|' != '<<' or abs(True) < 200) else 'skip')
except Exception as e:
    print('(-(2**70)) | (True)', type(e).__name__, e)
try:
    print('(-(2**70)) ^ (True)', (-(2**70)) ^ (True) if ('^' != '**' or abs(True) < 200) and ('^' != '<<' or abs(True) < 200) else 'skip')
except Exception as e:
    print('(-(2**70)) ^ (True)', type(e).__name__, e)
try:
    print('(-(2**70)) / (True)', (-(2**70)) / (True) if ('/' != '**' or abs(True) < 200) and ('/' != '<<' or abs(True) < 200) else 'skip')
except Exception as e:
    print('(-(2**70)) / (True)', type(e).__name__, e)
try:
    print('(-(2**70)) < (True)', (-(2**70)) < (True) if ('<' != '**' or abs(True) < 200) and ('<' != '<<' or abs(True) < 200) else 'skip')
except Exception as e:
    print('(-(2**70)) < (True)', type(e).__name__, e)
try:
    print('(-(2**70)) == (True)', (-(2**70)) == (True) if ('==' != '**' or abs(True) < 200) and ('==' != '<<' or abs(True) < 200) else 'skip')
except Exception as e:
    print('(-(2**70)) == (True)', type(e).__name__, e)
try:
    print('(-(2**70)) >= (True)', (-(2**70)) >= (True) if ('>=' != '**' or abs(True) < 200) and ('>=' != '<<' or abs(True) < 200) else 'skip')
except Exception as e:
    print('(-(2**70)) >= (True)', type(e).__name__, e)
try:
    print('(-(2**70)) + (2.5)', (-(2**70)) + (2.5) if ('+' != '**' or abs(2.5) < 200) and ('+' != '<<' or abs(2.5) < 200) else 'skip')
except Exception as e:
    print('(-(2**70)) + (2.5)', type(e).__name__, e)
try:
    print('(-(2**70)) - (2.5)', (-(2**70)) - (2.5) if ('-' != '**' or abs(2.5) < 200) and ('-' != '<<' or abs(2.5) < 200) else 'skip')
except Exception as e:
    print('(-(2**70)) - (2.5)', type(e).__name__, e)
try:
    print('(-(2**70)) * (2.5)', (-(2**70)) * (2.5) if ('*' != '**' or abs(2.5) < 200) and ('*' != '<<' or abs(2.5) < 200) else 'skip')
except Exception as e:
    print('(-(2**70)) * (2.5)', type(e).__name__, e)
try:
    print('(-(2**70)) // (2.5)', (-(2**70)) // (2.5) if ('//' != '**' or abs(2.5) < 200) and ('//' != '<<' or abs(2.5) < 200) else 'skip')
except Exception as e:
    print('(-(2**70)) // (2.5)', type(e).__name__, e)
try:
    print('(-(2**70)) % (2.5)', (-(2**70)) % (2.5) if ('%' != '**' or abs(2.5) < 200) and ('%' != '<<' or abs(2.5) < 200) else 'skip')
except Exception as e:
    print('(-(2**70)) % (2.5)', type(e).__name__, e)
try:
    print('(-(2**70)) << (2.5)', (-(2**70)) << (2.5) if ('<<' != '**' or abs(2.5) < 200) and ('<<' != '<<' or abs(2.5) < 200) else 'skip')
except Exception as e:
    print('(-(2**70)) << (2.5)', type(e).__name__, e)
try:
    print('(-(2**70)) >> (2.5)', (-(2**70)) >> (2.5) if ('>>' != '**' or abs(2.5) < 200) and ('>>' != '<<' or abs(2.5) < 200) else 'skip')
except Exception as e:
    print('(-(2**70)) >> (2.5)', type(e).__name__, e)
try:
    print('(-(2**70)) & (2.5)', (-(2**70)) & (2.5) if ('&' != '**' or abs(2.5) < 200) and ('&' != '<<' or abs(2.5) < 200) else 'skip')
except Exception as e:
    print('(-(2**70)) & (2.5)', type(e).__name__, e)
try:
    print('(-(2**70)) | (2.5)', (-(2**70)) | (2.5) if ('|' != '**' or abs(2.5) < 200) and ('|' != '<<' or abs(2.5) < 200) else 'skip')
except Exception as e:
    print('(-(2**70)) | (2.5)', type(e).__name__, e)
try:
    print('(-(2**70)) ^ (2.5)', (-(2**70)) ^ (2.5) if ('^' != '**' or abs(2.5) < 200) and ('^' != '<<' or abs(2.5) < 200) else 'skip')
except Exception as e:
    print('(-(2**70)) ^ (2.5)', type(e).__name__, e)
try:
    print('(-(2**70)) / (2.5)', (-(2**70)) / (2.5) if ('/' != '**' or abs(2.5) < 200) and ('/' != '<<' or abs(2.5) < 200) else 'skip')
except Exception as e:
    print('(-(2**70)) / (2.5)', type(e).__name__, e)
try:
    print('(-(2**70)) < (2.5)', (-(2**70)) < (2.5) if ('<' != '**' or abs(2.5) < 200) and ('<' != '<<' or abs(2.5) < 200) else 'skip')
except Exception as e:
    print('(-(2**70)) < (2.5)', type(e).__name__, e)
try:
    print('(-(2**70)) == (2.5)', (-(2**70)) == (2.5) if ('==' != '**' or abs(2.5) < 200) and ('==' != '<<' or abs(2.5) < 200) else 'skip')
except Exception as e:
    print('(-(2**70)) == (2.5)', type(e).__name__, e)
try:
    print('(-(2**70)) >= (2.5)', (-(2**70)) >= (2.5) if ('>=' != '**' or abs(2.5) < 200) and ('>=' != '<<' or abs(2.5) < 200) else 'skip')
except Exception as e:
    print('(-(2**70)) >= (2.5)', type(e).__name__, e)
try:
    print('(-(2**70)) + (-0.5)', (-(2**70)) + (-0.5) if ('+' != '**' or abs(-0.5) < 200) and ('+' != '<<' or abs(-0.5) < 200) else 'skip')
except Exception as e:
    print('(-(2**70)) + (-0.5)', type(e).__name__, e)
try:
    print('(-(2**70)) - (-0.5)', (-(2**70)) - (-0.5) if ('-' != '**' or abs(-0.5) < 200) and ('-' != '<<' or abs(-0.5) < 200) else 'skip')
except Exception as e:
    print('(-(2**70)) - (-0.5)', type(e).__name__, e)
try:
    print('(-(2**70)) * (-0.5)', (-(2**70)) * (-0.5) if ('*' != '**' or abs(-0.5) < 200) and ('*' != '<<' or abs(-0.5) < 200) else 'skip')
except Exception as e:
    print('(-(2**70)) * (-0.5)', type(e).__name__, e)
try:
    print('(-(2**70)) // (-0.5)', (-(2**70)) // (-0.5) if ('//' != '**' or abs(-0.5) < 200) and ('//' != '<<' or abs(-0.5) < 200) else 'skip')
except Exception as e:
    print('(-(2**70)) // (-0.5)', type(e).__name__, e)
try:
    print('(-(2**70)) % (-0.5)', (-(2**70)) % (-0.5) if ('%' != '**' or abs(-0.5) < 200) and ('%' != '<<' or abs(-0.5) < 200) else 'skip')
except Exception as e:
    print('(-(2**70)) % (-0.5)', type(e).__name__, e)
try:
    print('(-(2**70)) << (-0.5)', (-(2**70)) << (-0.5) if ('<<' != '**' or abs(-0.5) < 200) and ('<<' != '<<' or abs(-0.5) < 200) else 'skip')
except Exception as e:
    print('(-(2**70)) << (-0.5)', type(e).__name__, e)
try:
    print('(-(2**70)) >> (-0.5)', (-(2**70)) >> (-0.5) if ('>>' != '**' or abs(-0.5) < 200) and ('>>' != '<<' or abs(-0.5) < 200) else 'skip')
except Exception as e:
    print('(-(2**70)) >> (-0.5)', type(e).__name__, e)
try:
    print('(-(2**70)) & (-0.5)', (-(2**70)) & (-0.5) if ('&' != '**' or abs(-0.5) < 200) and ('&' != '<<' or abs(-0.5) < 200) else 'skip')
except Exception as e:
    print('(-(2**70)) & (-0.5)', type(e).__name__, e)
try:
    print('(-(2**70)) | (-0.5)', (-(2**70)) | (-0.5) if ('|' != '**' or abs(-0.5) < 200) and ('|' != '<<' or abs(-0.5) < 200) else 'skip')
except Exception as e:
    print('(-(2**70)) | (-0.5)', type(e).__name__, e)
try:
    print('(-(2**70)) ^ (-0.5)', (-(2**70)) ^ (-0.5) if ('^' != '**' or abs(-0.5) < 200) and ('^' != '<<' or abs(-0.5) < 200) else 'skip')
except Exception as e:
    print('(-(2**70)) ^ (-0.5)', type(e).__name__, e)
try:
    print('(-(2**70)) / (-0.5)', (-(2**70)) / (-0.5) if ('/' != '**' or abs(-0.5) < 200) and ('/' != '<<' or abs(-0.5) < 200) else 'skip')
except Exception as e:
    print('(-(2**70)) / (-0.5)', type(e).__name__, e)
try:
    print('(-(2**70)) < (-0.5)', (-(2**70)) < (-0.5) if ('<' != '**' or abs(-0.5) < 200) and ('<' != '<<' or abs(-0.5) < 200) else 'skip')
except Exception as e:
    print('(-(2**70)) < (-0.5)', type(e).__name__, e)
try:
    print('(-(2**70)) == (-0.5)', (-(2**70)) == (-0.5) if ('==' != '**' or abs(-0.5) < 200) and ('==' != '<<' or abs(-0.5) < 200) else 'skip')
except Exception as e:
    print('(-(2**70)) == (-0.5)', type(e).__name__, e)
try:
    print('(-(2**70)) >= (-0.5)', (-(2**70)) >= (-0.5) if ('>=' != '**' or abs(-0.5) < 200) and ('>=' != '<<' or abs(-0.5) < 200) else 'skip')
except Exception as e:
    print('(-(2**70)) >= (-0.5)', type(e).__name__, e)
try:
    print('(10**20) + (0)', (10**20) + (0) if ('+' != '**' or abs(0) < 200) and ('+' != '<<' or abs(0) < 200) else 'skip')
except Exception as e:
    print('(10**20) + (0)', type(e).__name__, e)
try:
    print('(10**20) - (0)', (10**20) - (0) if ('-' != '**' or abs(0) < 200) and ('-' != '<<' or abs(0) < 200) else 'skip')
except Exception as e:
    print('(10**20) - (0)', type(e).__name__, e)
try:
    print('(10**20) * (0)', (10**20) * (0) if ('*' != '**' or abs(0) < 200) and ('*' != '<<' or abs(0) < 200) else 'skip')
except Exception as e:
    print('(10**20) * (0)', type(e).__name__, e)
try:
    print('(10**20) // (0)', (10**20) // (0) if ('//' != '**' or abs(0) < 200) and ('//' != '<<' or abs(0) < 200) else 'skip')
except Exception as e:
    print('(10**20) // (0)', type(e).__name__, e)
try:
    print('(10**20) % (0)', (10**20) % (0) if ('%' != '**' or abs(0) < 200) and ('%' != '<<' or abs(0) < 200) else 'skip')
except Exception as e:
    print('(10**20) % (0)', type(e).__name__, e)
try:
    print('(10**20) ** (0)', (10**20) ** (0) if ('**' != '**' or abs(0) < 200) and ('**' != '<<' or abs(0) < 200) else 'skip')
except Exception as e:
    print('(10**20) ** (0)', type(e).__name__, e)
try:
    print('(10**20) << (0)', (10**20) << (0) if ('<<' != '**' or abs(0) < 200) and ('<<' != '<<' or abs(0) < 200) else 'skip')
except Exception as e:
    print('(10**20) << (0)', type(e).__name__, e)
try:
    print('(10**20) >> (0)', (10**20) >> (0) if ('>>' != '**' or abs(0) < 200) and ('>>' != '<<' or abs(0) < 200) else 'skip')
except Exception as e:
    print('(10**20) >> (0)', type(e).__name__, e)
try:
    print('(10**20) & (0)', (10**20) & (0) if ('&' != '**' or abs(0) < 200) and ('&' != '<<' or abs(0) < 200) else 'skip')
except Exception as e:
    print('(10**20) & (0)', type(e).__name__, e)
try:
    print('(10**20) | (0)', (10**20) | (0) if ('|' != '**' or abs(0) < 200) and ('|' != '<<' or abs(0) < 200) else 'skip')
except Exception as e:
    print('(10**20) | (0)', type(e).__name__, e)
try:
    print('(10**20) ^ (0)', (10**20) ^ (0) if ('^' != '**' or abs(0) < 200) and ('^' != '<<' or abs(0) < 200) else 'skip')
except Exception as e:
    print('(10**20) ^ (0)', type(e).__name__, e)
try:
    print('(10**20) / (0)', (10**20) / (0) if ('/' != '**' or abs(0) < 200) and ('/' != '<<' or abs(0) < 200) else 'skip')
except Exception as e:
    print('(10**20) / (0)', type(e).__name__, e)
try:
    print('(10**20) < (0)', (10**20) < (0) if ('<' != '**' or abs(0) < 200) and ('<' != '<<' or abs(0) < 200) else 'skip')
except Exception as e:
    print('(10**20) < (0)', type(e).__name__, e)
try:
    print('(10**20) == (0)', (10**20) == (0) if ('==' != '**' or abs(0) < 200) and ('==' != '<<' or abs(0) < 200) else 'skip')
except Exception as e:
    print('(10**20) == (0)', type(e).__name__, e)
try:
    print('(10**20) >= (0)', (10**20) >= (0) if ('>=' != '**' or abs(0) < 200) and ('>=' != '<<' or abs(0) < 200) else 'skip')
except Exception as e:
    print('(10**20) >= (0)', type(e).__name__, e)
try:
    print('(10**20) + (1)', (10**20) + (1) if ('+' != '**' or abs(1) < 200) and ('+' != '<<' or abs(1) < 200) else 'skip')
except Exception as e:
    print('(10**20) + (1)', type(e).__name__, e)
try:
    print('(10**20) - (1)', (10**20) - (1) if ('-' != '**' or abs(1) < 200) and ('-' != '<<' or abs(1) < 200) else 'skip')
except Exception as e:
    print('(10**20) - (1)', type(e).__name__, e)
try:
    print('(10**20) * (1)', (10**20) * (1) if ('*' != '**' or abs(1) < 200) and ('*' != '<<' or abs(1) < 200) else 'skip')
except Exception as e:
    print('(10**20) * (1)', type(e).__name__, e)
try:
    print('(10**20) // (1)', (10**20) // (1) if ('//' != '**' or abs(1) < 200) and ('//' != '<<' or abs(1) < 200) else 'skip')
except Exception as e:
    print('(10**20) // (1)', type(e).__name__, e)
try:
    print('(10**20) % (1)', (10**20) % (1) if ('%' != '**' or abs(1) < 200) and ('%' != '<<' or abs(1) < 200) else 'skip')
except Exception as e:
    print('(10**20) % (1)', type(e).__name__, e)
try:
    print('(10**20) ** (1)', (10**20) ** (1) if ('**' != '**' or abs(1) < 200) and ('**' != '<<' or abs(1) < 200) else 'skip')
except Exception as e:
    print('(10**20) ** (1)', type(e).__name__, e)
try:
    print('(10**20) << (1)', (10**20) << (1) if ('<<' != '**' or abs(1) < 200) and ('<<' != '<<' or abs(1) < 200) else 'skip')
except Exception as e:
    print('(10**20) << (1)', type(e).__name__, e)
try:
    print('(10**20) >> (1)', (10**20) >> (1) if ('>>' != '**' or abs(1) < 200) and ('>>' != '<<' or abs(1) < 200) else 'skip')
except Exception as e:
    print('(10**20) >> (1)', type(e).__name__, e)
try:
    print('(10**20) & (1)', (10**20) & (1) if ('&' != '**' or abs(1) < 200) and ('&' != '<<' or abs(1) < 200) else 'skip')
except Exception as e:
    print('(10**20) & (1)', type(e).__name__, e)
try:
    print('(10**20) | (1)', (10**20) | (1) if ('|' != '**' or abs(1) < 200) and ('|' != '<<' or abs(1) < 200) else 'skip')
except Exception as e:
    print('(10**20) | (1)', type(e).__name__, e)
try:
    print('(10**20) ^ (1)', (10**20) ^ (1) if ('^' != '**' or abs(1) < 200) and ('^' != '<<' or abs(1) < 200) else 'skip')
except Exception as e:
    print('(10**20) ^ (1)', type(e).__name__, e)
try:
    print('(10**20) / (1)', (10**20) / (1) if ('/' != '**' or abs(1) < 200) and ('/' != '<<' or abs(1) < 200) else 'skip')
except Exception as e:
    print('(10**20) / (1)', type(e).__name__, e)
try:
    print('(10**20) < (1)', (10**20) < (1) if ('<' != '**' or abs(1) < 200) and ('<' != '<<' or abs(1) < 200) else 'skip')
except Exception as e:
    print('(10**20) < (1)', type(e).__name__, e)
try:
    print('(10**20) == (1)', (10**20) == (1) if ('==' != '**' or abs(1) < 200) and ('==' != '<<' or abs(1) < 200) else 'skip')
except Exception as e:
    print('(10**20) == (1)', type(e).__name__, e)
try:
    print('(10**20) >= (1)', (10**20) >= (1) if ('>=' != '**' or abs(1) < 200) and ('>=' != '<<' or abs(1) < 200) else 'skip')
except Exception as e:
    print('(10**20) >= (1)', type(e).__name__, e)
try:
    print('(10**20) + (-1)', (10**20) + (-1) if ('+' != '**' or abs(-1) < 200) and ('+' != '<<' or abs(-1) < 200) else 'skip')
except Exception as e:
    print('(10**20) + (-1)', type(e).__name__, e)
try:
    print('(10**20) - (-1)', (10**20) - (-1) if ('-' != '**' or abs(-1) < 200) and ('-' != '<<' or abs(-1) < 200) else 'skip')
except Exception as e:
    print('(10**20) - (-1)', type(e).__name__, e)
try:
    print('(10**20) * (-1)', (10**20) * (-1) if ('*' != '**' or abs(-1) < 200) and ('*' != '<<' or abs(-1) < 200) else 'skip')
except Exception as e:
    print('(10**20) * (-1)', type(e).__name__, e)
try:
    print('(10**20) // (-1)', (10**20) // (-1) if ('//' != '**' or abs(-1) < 200) and ('//' != '<<' or abs(-1) < 200) else 'skip')
except Exception as e:
    print('(10**20) // (-1)', type(e).__name__, e)
try:
    print('(10**20) % (-1)', (10**20) % (-1) if ('%' != '**' or abs(-1) < 200) and ('%' != '<<' or abs(-1) < 200) else 'skip')
except Exception as e:
    print('(10**20) % (-1)', type(e).__name__, e)
try:
    print('(10**20) ** (-1)', (10**20) ** (-1) if ('**' != '**' or abs(-1) < 200) and ('**' != '<<' or abs(-1) < 200) else 'skip')
except Exception as e:
    print('(10**20) ** (-1)', type(e).__name__, e)
try:
    print('(10**20) << (-1)', (10**20) << (-1) if ('<<' != '**' or abs(-1) < 200) and ('<<' != '<<' or abs(-1) < 200) else 'skip')
except Exception as e:
    print('(10**20) << (-1)', type(e).__name__, e)
try:
    print('(10**20) >> (-1)', (10**20) >> (-1) if ('>>' != '**' or abs(-1) < 200) and ('>>' != '<<' or abs(-1) < 200) else 'skip')
except Exception as e:
    print('(10**20) >> (-1)', type(e).__name__, e)
try:
    print('(10**20) & (-1)', (10**20) & (-1) if ('&' != '**' or abs(-1) < 200) and ('&' != '<<' or abs(-1) < 200) else 'skip')
except Exception as e:
    print('(10**20) & (-1)', type(e).__name__, e)
try:
    print('(10**20) | (-1)', (10**20) | (-1) if ('|' != '**' or abs(-1) < 200) and ('|' != '<<' or abs(-1) < 200) else 'skip')
except Exception as e:
    print('(10**20) | (-1)', type(e).__name__, e)
try:
    print('(10**20) ^ (-1)', (10**20) ^ (-1) if ('^' != '**' or abs(-1) < 200) and ('^' != '<<' or abs(-1) < 200) else 'skip')
except Exception as e:
    print('(10**20) ^ (-1)', type(e).__name__, e)
try:
    print('(10**20) / (-1)', (10**20) / (-1) if ('/' != '**' or abs(-1) < 200) and ('/' != '<<' or abs(-1) < 200) else 'skip')
except Exception as e:
    print('(10**20) / (-1)', type(e).__name__, e)
try:
    print('(10**20) < (-1)', (10**20) < (-1) if ('<' != '**' or abs(-1) < 200) and ('<' != '<<' or abs(-1) < 200) else 'skip')
except Exception as e:
    print('(10**20) < (-1)', type(e).__name__, e)
try:
    print('(10**20) == (-1)', (10**20) == (-1) if ('==' != '**' or abs(-1) < 200) and ('==' != '<<' or abs(-1) < 200) else 'skip')
except Exception as e:
    print('(10**20) == (-1)', type(e).__name__, e)
try:
    print('(10**20) >= (-1)', (10**20) >= (-1) if ('>=' != '**' or abs(-1) < 200) and ('>=' != '<<' or abs(-1) < 200) else 'skip')
except Exception as e:
    print('(10**20) >= (-1)', type(e).__name__, e)
try:
    print('(10**20) + (7)', (10**20) + (7) if ('+' != '**' or abs(7) < 200) and ('+' != '<<' or abs(7) < 200) else 'skip')
except Exception as e:
    print('(10**20) + (7)', type(e).__name__, e)
try:
    print('(10**20) - (7)', (10**20) - (7) if ('-' != '**' or abs(7) < 200) and ('-' != '<<' or abs(7) < 200) else 'skip')
except Exception as e:
    print('(10**20) - (7)', type(e).__name__, e)
try:
    print('(10**20) * (7)', (10**20) * (7) if ('*' != '**' or abs(7) < 200) and ('*' != '<<' or abs(7) < 200) else 'skip')
except Exception as e:
    print('(10**20) * (7)', type(e).__name__, e)
try:
    print('(10**20) // (7)', (10**20) // (7) if ('//' != '**' or abs(7) < 200) and ('//' != '<<' or abs(7) < 200) else 'skip')
except Exception as e:
    print('(10**20) // (7)', type(e).__name__, e)
try:
    print('(10**20) % (7)', (10**20) % (7) if ('%' != '**' or abs(7) < 200) and ('%' != '<<' or abs(7) < 200) else 'skip')
except Exception as e:
    print('(10**20) % (7)', type(e).__name__, e)
try:
    print('(10**20) ** (7)', (10**20) ** (7) if ('**' != '**' or abs(7) < 200) and ('**' != '<<' or abs(7) < 200) else 'skip')
except Exception as e:
    print('(10**20) ** (7)', type(e).__name__, e)
try:
    print('(10**20) << (7)', (10**20) << (7) if ('<<' != '**' or abs(7) < 200) and ('<<' != '<<' or abs(7) < 200) else 'skip')
except Exception as e:
    print('(10**20) << (7)', type(e).__name__, e)
try:
    print('(10**20) >> (7)', (10**20) >> (7) if ('>>' != '**' or abs(7) < 200) and ('>>' != '<<' or abs(7) < 200) else 'skip')
except Exception as e:
    print('(10**20) >> (7)', type(e).__name__, e)
try:
    print('(10**20) & (7)', (10**20) & (7) if ('&' != '**' or abs(7) < 200) and ('&' != '<<' or abs(7) < 200) else 'skip')
except Exception as e:
    print('(10**20) & (7)', type(e).__name__, e)
try:
    print('(10**20) | (7)', (10**20) | (7) if ('|' != '**' or abs(7) < 200) and ('|' != '<<' or abs(7) < 200) else 'skip')
except Exception as e:
    print('(10**20) | (7)', type(e).__name__, e)
try:
    print('(10**20) ^ (7)', (10**20) ^ (7) if ('^' != '**' or abs(7) < 200) and ('^' != '<<' or abs(7) < 200) else 'skip')
except Exception as e:
    print('(10**20) ^ (7)', type(e).__name__, e)
try:
    print('(10**20) / (7)', (10**20) / (7) if ('/' != '**' or abs(7) < 200) and ('/' != '<<' or abs(7) < 200) else 'skip')
except Exception as e:
    print('(10**20) / (7)', type(e).__name__, e)
try:
    print('(10**20) < (7)', (10**20) < (7) if ('<' != '**' or abs(7) < 200) and ('<' != '<<' or abs(7) < 200) else 'skip')
except Exception as e:
    print('(10**20) < (7)', type(e).__name__, e)
try:
    print('(10**20) == (7)', (10**20) == (7) if ('==' != '**' or abs(7) < 200) and ('==' != '<<' or abs(7) < 200) else 'skip')
except Exception as e:
    print('(10**20) == (7)', type(e).__name__, e)
try:
    print('(10**20) >= (7)', (10**20) >= (7) if ('>=' != '**' or abs(7) < 200) and ('>=' != '<<' or abs(7) < 200) else 'skip')
except Exception as e:
    print('(10**20) >= (7)', type(e).__name__, e)
try:
    print('(10**20) + (-7)', (10**20) + (-7) if ('+' != '**' or abs(-7) < 200) and ('+' != '<<' or abs(-7) < 200) else 'skip')
except Exception as e:
    print('(10**20) + (-7)', type(e).__name__, e)
try:
    print('(10**20) - (-7)', (10**20) - (-7) if ('-' != '**' or abs(-7) < 200) and ('-' != '<<' or abs(-7) < 200) else 'skip')
except Exception as e:
    print('(10**20) - (-7)', type(e).__name__, e)
try:
    print('(10**20) * (-7)', (10**20) * (-7) if ('*' != '**' or abs(-7) < 200) and ('*' != '<<' or abs(-7) < 200) else 'skip')
except Exception as e:
    print('(10**20) * (-7)', type(e).__name__, e)
try:
    print('(10**20) // (-7)', (10**20) // (-7) if ('//' != '**' or abs(-7) < 200) and ('//' != '<<' or abs(-7) < 200) else 'skip')
except Exception as e:
    print('(10**20) // (-7)', type(e).__name__, e)
try:
    print('(10**20) % (-7)', (10**20) % (-7) if ('%' != '**' or abs(-7) < 200) and ('%' != '<<' or abs(-7) < 200) else 'skip')
except Exception as e:
    print('(10**20) % (-7)', type(e).__name__, e)
try:
    print('(10**20) ** (-7)', (10**20) ** (-7) if ('**' != '**' or abs(-7) < 200) and ('**' != '<<' or abs(-7) < 200) else 'skip')
except Exception as e:
    print('(10**20) ** (-7)', type(e).__name__, e)
try:
    print('(10**20) << (-7)', (10**20) << (-7) if ('<<' != '**' or abs(-7) < 200) and ('<<' != '<<' or abs(-7) < 200) else 'skip')
except Exception as e:
    print('(10**20) << (-7)', type(e).__name__, e)
try:
    print('(10**20) >> (-7)', (10**20) >> (-7) if ('>>' != '**' or abs(-7) < 200) and ('>>' != '<<' or abs(-7) < 200) else 'skip')
except Exception as e:
    print('(10**20) >> (-7)', type(e).__name__, e)
try:
    print('(10**20) & (-7)', (10**20) & (-7) if ('&' != '**' or abs(-7) < 200) and ('&' != '<<' or abs(-7) < 200) else 'skip')
except Exception as e:
    print('(10**20) & (-7)', type(e).__name__, e)
try:
    print('(10**20) | (-7)', (10**20) | (-7) if ('|' != '**' or abs(-7) < 200) and ('|' != '<<' or abs(-7) < 200) else 'skip')
except Exception as e:
    print('(10**20) | (-7)', type(e).__name__, e)
try:
    print('(10**20) ^ (-7)', (10**20) ^ (-7) if ('^' != '**' or abs(-7) < 200) and ('^' != '<<' or abs(-7) < 200) else 'skip')
except Exception as e:
    print('(10**20) ^ (-7)', type(e).__name__, e)
try:
    print('(10**20) / (-7)', (10**20) / (-7) if ('/' != '**' or abs(-7) < 200) and ('/' != '<<' or abs(-7) < 200) else 'skip')
except Exception as e:
    print('(10**20) / (-7)', type(e).__name__, e)
try:
    print('(10**20) < (-7)', (10**20) < (-7) if ('<' != '**' or abs(-7) < 200) and ('<' != '<<' or abs(-7) < 200) else 'skip')
except Exception as e:
    print('(10**20) < (-7)', type(e).__name__, e)
try:
    print('(10**20) == (-7)', (10**20) == (-7) if ('==' != '**' or abs(-7) < 200) and ('==' != '<<' or abs(-7) < 200) else 'skip')
except Exception as e:
    print('(10**20) == (-7)', type(e).__name__, e)
try:
    print('(10**20) >= (-7)', (10**20) >= (-7) if ('>=' != '**' or abs(-7) < 200) and ('>=' != '<<' or abs(-7) < 200) else 'skip')
except Exception as e:
    print('(10**20) >= (-7)', type(e).__name__, e)
try:
    print('(10**20) + (3)', (10**20) + (3) if ('+' != '**' or abs(3) < 200) and ('+' != '<<' or abs(3) < 200) else 'skip')
except Exception as e:
    print('(10**20) + (3)', type(e).__name__, e)
try:
    print('(10**20) - (3)', (10**20) - (3) if ('-' != '**' or abs(3) < 200) and ('-' != '<<' or abs(3) < 200) else 'skip')
except Exception as e:
    print('(10**20) - (3)', type(e).__name__, e)
try:
    print('(10**20) * (3)', (10**20) * (3) if ('*' != '**' or abs(3) < 200) and ('*' != '<<' or abs(3) < 200) else 'skip')
except Exception as e:
    print('(10**20) * (3)', type(e).__name__, e)
try:
    print('(10**20) // (3)', (10**20) // (3) if ('//' != '**' or abs(3) < 200) and ('//' != '<<' or abs(3) < 200) else 'skip')
except Exception as e:
    print('(10**20) // (3)', type(e).__name__, e)
try:
    print('(10**20) % (3)', (10**20) % (3) if ('%' != '**' or abs(3) < 200) and ('%' != '<<' or abs(3) < 200) else 'skip')
except Exception as e:
    print('(10**20) % (3)', type(e).__name__, e)
try:
    print('(10**20) ** (3)', (10**20) ** (3) if ('**' != '**' or abs(3) < 200) and ('**' != '<<' or abs(3) < 200) else 'skip')
except Exception as e:
    print('(10**20) ** (3)', type(e).__name__, e)
try:
    print('(10**20) << (3)', (10**20) << (3) if ('<<' != '**' or abs(3) < 200) and ('<<' != '<<' or abs(3) < 200) else 'skip')
except Exception as e:
    print('(10**20) << (3)', type(e).__name__, e)
try:
    print('(10**20) >> (3)', (10**20) >> (3) if ('>>' != '**' or abs(3) < 200) and ('>>' != '<<' or abs(3) < 200) else 'skip')
except Exception as e:
    print('(10**20) >> (3)', type(e).__name__, e)
try:
    print('(10**20) & (3)', (10**20) & (3) if ('&' != '**' or abs(3) < 200) and ('&' != '<<' or abs(3) < 200) else 'skip')
except Exception as e:
    print('(10**20) & (3)', type(e).__name__, e)
try:
    print('(10**20) | (3)', (10**20) | (3) if ('|' != '**' or abs(3) < 200) and ('|' != '<<' or abs(3) < 200) else 'skip')
except Exception as e:
    print('(10**20) | (3)', type(e).__name__, e)
try:
    print('(10**20) ^ (3)', (10**20) ^ (3) if ('^' != '**' or abs(3) < 200) and ('^' != '<<' or abs(3) < 200) else 'skip')
except Exception as e:
    print('(10**20) ^ (3)', type(e).__name__, e)
try:
    print('(10**20) / (3)', (10**20) / (3) if ('/' != '**' or abs(3) < 200) and ('/' != '<<' or abs(3) < 200) else 'skip')
except Exception as e:
    print('(10**20) / (3)', type(e).__name__, e)
try:
    print('(10**20) < (3)', (10**20) < (3) if ('<' != '**' or abs(3) < 200) and ('<' != '<<' or abs(3) < 200) else 'skip')
except Exception as e:
    print('(10**20) < (3)', type(e).__name__, e)
try:
    print('(10**20) == (3)', (10**20) == (3) if ('==' != '**' or abs(3) < 200) and ('==' != '<<' or abs(3) < 200) else 'skip')
except Exception as e:
    print('(10**20) == (3)', type(e).__name__, e)
try:
    print('(10**20) >= (3)', (10**20) >= (3) if ('>=' != '**' or abs(3) < 200) and ('>=' != '<<' or abs(3) < 200) else 'skip')
except Exception as e:
    print('(10**20) >= (3)', type(e).__name__, e)
try:
    print('(10**20) + (-3)', (10**20) + (-3) if ('+' != '**' or abs(-3) < 200) and ('+' != '<<' or abs(-3) < 200) else 'skip')
except Exception as e:
    print('(10**20) + (-3)', type(e).__name__, e)
try:
    print('(10**20) - (-3)', (10**20) - (-3) if ('-' != '**' or abs(-3) < 200) and ('-' != '<<' or abs(-3) < 200) else 'skip')
except Exception as e:
    print('(10**20) - (-3)', type(e).__name__, e)
try:
    print('(10**20) * (-3)', (10**20) * (-3) if ('*' != '**' or abs(-3) < 200) and ('*' != '<<' or abs(-3) < 200) else 'skip')
except Exception as e:
    print('(10**20) * (-3)', type(e).__name__, e)
try:
    print('(10**20) // (-3)', (10**20) // (-3) if ('//' != '**' or abs(-3) < 200) and ('//' != '<<' or abs(-3) < 200) else 'skip')
except Exception as e:
    print('(10**20) // (-3)', type(e).__name__, e)
try:
    print('(10**20) % (-3)', (10**20) % (-3) if ('%' != '**' or abs(-3) < 200) and ('%' != '<<' or abs(-3) < 200) else 'skip')
except Exception as e:
    print('(10**20) % (-3)', type(e).__name__, e)
try:
    print('(10**20) ** (-3)', (10**20) ** (-3) if ('**' != '**' or abs(-3) < 200) and ('**' != '<<' or abs(-3) < 200) else 'skip')
except Exception as e:
    print('(10**20) ** (-3)', type(e).__name__, e)
try:
    print('(10**20) << (-3)', (10**20) << (-3) if ('<<' != '**' or abs(-3) < 200) and ('<<' != '<<' or abs(-3) < 200) else 'skip')
except Exception as e:
    print('(10**20) << (-3)', type(e).__name__, e)
try:
    print('(10**20) >> (-3)', (10**20) >> (-3) if ('>>' != '**' or abs(-3) < 200) and ('>>' != '<<' or abs(-3) < 200) else 'skip')
except Exception as e:
    print('(10**20) >> (-3)', type(e).__name__, e)
try:
    print('(10**20) & (-3)', (10**20) & (-3) if ('&' != '**' or abs(-3) < 200) and ('&' != '<<' or abs(-3) < 200) else 'skip')
except Exception as e:
    print('(10**20) & (-3)', type(e).__name__, e)
try:
    print('(10**20) | (-3)', (10**20) | (-3) if ('|' != '**' or abs(-3) < 200) and ('|' != '<<' or abs(-3) < 200) else 'skip')
except Exception as e:
    print('(10**20) | (-3)', type(e).__name__, e)
try:
    print('(10**20) ^ (-3)', (10**20) ^ (-3) if ('^' != '**' or abs(-3) < 200) and ('^' != '<<' or abs(-3) < 200) else 'skip')
except Exception as e:
    print('(10**20) ^ (-3)', type(e).__name__, e)
try:
    print('(10**20) / (-3)', (10**20) / (-3) if ('/' != '**' or abs(-3) < 200) and ('/' != '<<' or abs(-3) < 200) else 'skip')
except Exception as e:
    print('(10**20) / (-3)', type(e).__name__, e)
try:
    print('(10**20) < (-3)', (10**20) < (-3) if ('<' != '**' or abs(-3) < 200) and ('<' != '<<' or abs(-3) < 200) else 'skip')
except Exception as e:
    print('(10**20) < (-3)', type(e).__name__, e)
try:
    print('(10**20) == (-3)', (10**20) == (-3) if ('==' != '**' or abs(-3) < 200) and ('==' != '<<' or abs(-3) < 200) else 'skip')
except Exception as e:
    print('(10**20) == (-3)', type(e).__name__, e)
try:
    print('(10**20) >= (-3)', (10**20) >= (-3) if ('>=' != '**' or abs(-3) < 200) and ('>=' != '<<' or abs(-3) < 200) else 'skip')
except Exception as e:
    print('(10**20) >= (-3)', type(e).__name__, e)
try:
    print('(10**20) + (2**63)', (10**20) + (2**63) if ('+' != '**' or abs(2**63) < 200) and ('+' != '<<' or abs(2**63) < 200) else 'skip')
except Exception as e:
    print('(10**20) + (2**63)', type(e).__name__, e)
try:
    print('(10**20) - (2**63)', (10**20) - (2**63) if ('-' != '**' or abs(2**63) < 200) and ('-' != '<<' or abs(2**63) < 200) else 'skip')
except Exception as e:
    print('(10**20) - (2**63)', type(e).__name__, e)
try:
    print('(10**20) * (2**63)', (10**20) * (2**63) if ('*' != '**' or abs(2**63) < 200) and ('*' != '<<' or abs(2**63) < 200) else 'skip')
except Exception as e:
    print('(10**20) * (2**63)', type(e).__name__, e)
try:
    print('(10**20) // (2**63)', (10**20) // (2**63) if ('//' != '**' or abs(2**63) < 200) and ('//' != '<<' or abs(2**63) < 200) else 'skip')
except Exception as e:
    print('(10**20) // (2**63)', type(e).__name__, e)
try:
    print('(10**20) % (2**63)', (10**20) % (2**63) if ('%' != '**' or abs(2**63) < 200) and ('%' != '<<' or abs(2**63) < 200) else 'skip')
except Exception as e:
    print('(10**20) % (2**63)', type(e).__name__, e)
try:
    print('(10**20) ** (2**63)', (10**20) ** (2**63) if ('**' != '**' or abs(2**63) < 200) and ('**' != '<<' or abs(2**63) < 200) else 'skip')
except Exception as e:
    print('(10**20) ** (2**63)', type(e).__name__, e)
try:
    print('(10**20) << (2**63)', (10**20) << (2**63) if ('<<' != '**' or abs(2**63) < 200) and ('<<' != '<<' or abs(2**63) < 200) else 'skip')
except Exception as e:
    print('(10**20) << (2**63)', type(e).__name__, e)
try:
    print('(10**20) >> (2**63)', (10**20) >> (2**63) if ('>>' != '**' or abs(2**63) < 200) and ('>>' != '<<' or abs(2**63) < 200) else 'skip')
except Exception as e:
    print('(10**20) >> (2**63)', type(e).__name__, e)
try:
    print('(10**20) & (2**63)', (10**20) & (2**63) if ('&' != '**' or abs(2**63) < 200) and ('&' != '<<' or abs(2**63) < 200) else 'skip')
except Exception as e:
    print('(10**20) & (2**63)', type(e).__name__, e)
try:
    print('(10**20) | (2**63)', (10**20) | (2**63) if ('|' != '**' or abs(2**63) < 200) and ('|' != '<<' or abs(2**63) < 200) else 'skip')
except Exception as e:
    print('(10**20) | (2**63)', type(e).__name__, e)
try:
    print('(10**20) ^ (2**63)', (10**20) ^ (2**63) if ('^' != '**' or abs(2**63) < 200) and ('^' != '<<' or abs(2**63) < 200) else 'skip')
except Exception as e:
    print('(10**20) ^ (2**63)', type(e).__name__, e)
try:
    print('(10**20) / (2**63)', (10**20) / (2**63) if ('/' != '**' or abs(2**63) < 200) and ('/' != '<<' or abs(2**63) < 200) else 'skip')
except Exception as e:
    print('(10**20) / (2**63)', type(e).__name__, e)
try:
    print('(10**20) < (2**63)', (10**20) < (2**63) if ('<' != '**' or abs(2**63) < 200) and ('<' != '<<' or abs(2**63) < 200) else 'skip')
except Exception as e:
    print('(10**20) < (2**63)', type(e).__name__, e)
try:
    print('(10**20) == (2**63)', (10**20) == (2**63) if ('==' != '**' or abs(2**63) < 200) and ('==' != '<<' or abs(2**63) < 200) else 'skip')
except Exception as e:
    print('(10**20) == (2**63)', type(e).__name__, e)
try:
    print('(10**20) >= (2**63)', (10**20) >= (2**63) if ('>=' != '**' or abs(2**63) < 200) and ('>=' != '<<' or abs(2**63) < 200) else 'skip')
except Exception as e:
    print('(10**20) >= (2**63)', type(e).__name__, e)
try:
    print('(10**20) + (-2**63)', (10**20) + (-2**63) if ('+' != '**' or abs(-2**63) < 200) and ('+' != '<<' or abs(-2**63) < 200) else 'skip')
except Exception as e:
    print('(10**20) + (-2**63)', type(e).__name__, e)
try:
    print('(10**20) - (-2**63)', (10**20) - (-2**63) if ('-' != '**' or abs(-2**63) < 200) and ('-' != '<<' or abs(-2**63) < 200) else 'skip')
except Exception as e:
    print('(10**20) - (-2**63)', type(e).__name__, e)
try:
    print('(10**20) * (-2**63)', (10**20) * (-2**63) if ('*' != '**' or abs(-2**63) < 200) and ('*' != '<<' or abs(-2**63) < 200) else 'skip')
except Exception as e:
    print('(10**20) * (-2**63)', type(e).__name__, e)
try:
    print('(10**20) // (-2**63)', (10**20) // (-2**63) if ('//' != '**' or abs(-2**63) < 200) and ('//' != '<<' or abs(-2**63) < 200) else 'skip')
except Exception as e:
    print('(10**20) // (-2**63)', type(e).__name__, e)
try:
    print('(10**20) % (-2**63)', (10**20) % (-2**63) if ('%' != '**' or abs(-2**63) < 200) and ('%' != '<<' or abs(-2**63) < 200) else 'skip')
except Exception as e:
    print('(10**20) % (-2**63)', type(e).__name__, e)
try:
    print('(10**20) ** (-2**63)', (10**20) ** (-2**63) if ('**' != '**' or abs(-2**63) < 200) and ('**' != '<<' or abs(-2**63) < 200) else 'skip')
except Exception as e:
    print('(10**20) ** (-2**63)', type(e).__name__, e)
try:
    print('(10**20) << (-2**63)', (10**20) << (-2**63) if ('<<' != '**' or abs(-2**63) < 200) and ('<<' != '<<' or abs(-2**63) < 200) else 'skip')
except Exception as e:
    print('(10**20) << (-2**63)', type(e).__name__, e)
try:
    print('(10**20) >> (-2**63)', (10**20) >> (-2**63) if ('>>' != '**' or abs(-2**63) < 200) and ('>>' != '<<' or abs(-2**63) < 200) else 'skip')
except Exception as e:
    print('(10**20) >> (-2**63)', type(e).__name__, e)
try:
    print('(10**20) & (-2**63)', (10**20) & (-2**63) if ('&' != '**' or abs(-2**63) < 200) and ('&' != '<<' or abs(-2**63) < 200) else 'skip')
except Exception as e:
    print('(10**20) & (-2**63)', type(e).__name__, e)
try:
    print('(10**20) | (-2**63)', (10**20) | (-2**63) if ('|' != '**' or abs(-2**63) < 200) and ('|' != '<<' or abs(-2**63) < 200) else 'skip')
except Exception as e:
    print('(10**20) | (-2**63)', type(e).__name__, e)
try:
    print('(10**20) ^ (-2**63)', (10**20) ^ (-2**63) if ('^' != '**' or abs(-2**63) < 200) and ('^' != '<<' or abs(-2**63) < 200) else 'skip')
except Exception as e:
    print('(10**20) ^ (-2**63)', type(e).__name__, e)
try:
    print('(10**20) / (-2**63)', (10**20) / (-2**63) if ('/' != '**' or abs(-2**63) < 200) and ('/' != '<<' or abs(-2**63) < 200) else 'skip')
except Exception as e:
    print('(10**20) / (-2**63)', type(e).__name__, e)
try:
    print('(10**20) < (-2**63)', (10**20) < (-2**63) if ('<' != '**' or abs(-2**63) < 200) and ('<' != '<<' or abs(-2**63) < 200) else 'skip')
except Exception as e:
    print('(10**20) < (-2**63)', type(e).__name__, e)
try:
    print('(10**20) == (-2**63)', (10**20) == (-2**63) if ('==' != '**' or abs(-2**63) < 200) and ('==' != '<<' or abs(-2**63) < 200) else 'skip')
except Exception as e:
    print('(10**20) == (-2**63)', type(e).__name__, e)
try:
    print('(10**20) >= (-2**63)', (10**20) >= (-2**63) if ('>=' != '**' or abs(-2**63) < 200) and ('>=' != '<<' or abs(-2**63) < 200) else 'skip')
except Exception as e:
    print('(10**20) >= (-2**63)', type(e).__name__, e)
try:
    print('(10**20) + (2**64 + 5)', (10**20) + (2**64 + 5) if ('+' != '**' or abs(2**64 + 5) < 200) and ('+' != '<<' or abs(2**64 + 5) < 200) else 'skip')
except Exception as e:
    print('(10**20) + (2**64 + 5)', type(e).__name__, e)
try:
    print('(10**20) - (2**64 + 5)', (10**20) - (2**64 + 5) if ('-' != '**' or abs(2**64 + 5) < 200) and ('-' != '<<' or abs(2**64 + 5) < 200) else 'skip')
except Exception as e:
    print('(10**20) - (2**64 + 5)', type(e).__name__, e)
try:
    print('(10**20) * (2**64 + 5)', (10**20) * (2**64 + 5) if ('*' != '**' or abs(2**64 + 5) < 200) and ('*' != '<<' or abs(2**64 + 5) < 200) else 'skip')
except Exception as e:
    print('(10**20) * (2**64 + 5)', type(e).__name__, e)
try:
    print('(10**20) // (2**64 + 5)', (10**20) // (2**64 + 5) if ('//' != '**' or abs(2**64 + 5) < 200) and ('//' != '<<' or abs(2**64 + 5) < 200) else 'skip')
except Exception as e:
    print('(10**20) // (2**64 + 5)', type(e).__name__, e)
try:
    print('(10**20) % (2**64 + 5)', (10**20) % (2**64 + 5) if ('%' != '**' or abs(2**64 + 5) < 200) and ('%' != '<<' or abs(2**64 + 5) < 200) else 'skip')
except Exception as e:
    print('(10**20) % (2**64 + 5)', type(e).__name__, e)
try:
    print('(10**20) ** (2**64 + 5)', (10**20) ** (2**64 + 5) if ('**' != '**' or abs(2**64 + 5) < 200) and ('**' != '<<' or abs(2**64 + 5) < 200) else 'skip')
except Exception as e:
    print('(10**20) ** (2**64 + 5)', type(e).__name__, e)
try:
    print('(10**20) << (2**64 + 5)', (10**20) << (2**64 + 5) if ('<<' != '**' or abs(2**64 + 5) < 200) and ('<<' != '<<' or abs(2**64 + 5) < 200) else 'skip')
except Exception as e:
    print('(10**20) << (2**64 + 5)', type(e).__name__, e)
try:
    print('(10**20) >> (2**64 + 5)', (10**20) >> (2**64 + 5) if ('>>' != '**' or abs(2**64 + 5) < 200) and ('>>' != '<<' or abs(2**64 + 5) < 200) else 'skip')
except Exception as e:
    print('(10**20) >> (2**64 + 5)', type(e).__name__, e)
try:
    print('(10**20) & (2**64 + 5)', (10**20) & (2**64 + 5) if ('&' != '**' or abs(2**64 + 5) < 200) and ('&' != '<<' or abs(2**64 + 5) < 200) else 'skip')
except Exception as e:
    print('(10**20) & (2**64 + 5)', type(e).__name__, e)
try:
    print('(10**20) | (2**64 + 5)', (10**20) | (2**64 + 5) if ('|' != '**' or abs(2**64 + 5) < 200) and ('|' != '<<' or abs(2**64 + 5) < 200) else 'skip')
except Exception as e:
    print('(10**20) | (2**64 + 5)', type(e).__name__, e)
try:
    print('(10**20) ^ (2**64 + 5)', (10**20) ^ (2**64 + 5) if ('^' != '**' or abs(2**64 + 5) < 200) and ('^' != '<<' or abs(2**64 + 5) < 200) else 'skip')
except Exception as e:
    print('(10**20) ^ (2**64 + 5)', type(e).__name__, e)
try:
    print('(10**20) / (2**64 + 5)', (10**20) / (2**64 + 5) if ('/' != '**' or abs(2**64 + 5) < 200) and ('/' != '<<' or abs(2**64 + 5) < 200) else 'skip')
except Exception as e:
    print('(10**20) / (2**64 + 5)', type(e).__name__, e)
try:
    print('(10**20) < (2**64 + 5)', (10**20) < (2**64 + 5) if ('<' != '**' or abs(2**64 + 5) < 200) and ('<' != '<<' or abs(2**64 + 5) < 200) else 'skip')
except Exception as e:
    print('(10**20) < (2**64 + 5)', type(e).__name__, e)
try:
    print('(10**20) == (2**64 + 5)', (10**20) == (2**64 + 5) if ('==' != '**' or abs(2**64 + 5) < 200) and ('==' != '<<' or abs(2**64 + 5) < 200) else 'skip')
except Exception as e:
    print('(10**20) == (2**64 + 5)', type(e).__name__, e)
try:
    print('(10**20) >= (2**64 + 5)', (10**20) >= (2**64 + 5) if ('>=' != '**' or abs(2**64 + 5) < 200) and ('>=' != '<<' or abs(2**64 + 5) < 200) else 'skip')
except Exception as e:
    print('(10**20) >= (2**64 + 5)', type(e).__name__, e)
try:
    print('(10**20) + (-(2**70))', (10**20) + (-(2**70)) if ('+' != '**' or abs(-(2**70)) < 200) and ('+' != '<<' or abs(-(2**70)) < 200) else 'skip')
except Exception as e:
    print('(10**20) + (-(2**70))', type(e).__name__, e)
try:
    print('(10**20) - (-(2**70))', (10**20) - (-(2**70)) if ('-' != '**' or abs(-(2**70)) < 200) and ('-' != '<<' or abs(-(2**70)) < 200) else 'skip')
except Exception as e:
    print('(10**20) - (-(2**70))', type(e).__name__, e)
try:
    print('(10**20) * (-(2**70))', (10**20) * (-(2**70)) if ('*' != '**' or abs(-(2**70)) < 200) and ('*' != '<<' or abs(-(2**70)) < 200) else 'skip')
except Exception as e:
    print('(10**20) * (-(2**70))', type(e).__name__, e)
try:
    print('(10**20) // (-(2**70))', (10**20) // (-(2**70)) if ('//' != '**' or abs(-(2**70)) < 200) and ('//' != '<<' or abs(-(2**70)) < 200) else 'skip')
except Exception as e:
    print('(10**20) // (-(2**70))', type(e).__name__, e)
try:
    print('(10**20) % (-(2**70))', (10**20) % (-(2**70)) if ('%' != '**' or abs(-(2**70)) < 200) and ('%' != '<<' or abs(-(2**70)) < 200) else 'skip')
except Exception as e:
    print('(10**20) % (-(2**70))', type(e).__name__, e)
try:
    print('(10**20) ** (-(2**70))', (10**20) ** (-(2**70)) if ('**' != '**' or abs(-(2**70)) < 200) and ('**' != '<<' or abs(-(2**70)) < 200) else 'skip')
except Exception as e:
    print('(10**20) ** (-(2**70))', type(e).__name__, e)
try:
    print('(10**20) << (-(2**70))', (10**20) << (-(2**70)) if ('<<' != '**' or abs(-(2**70)) < 200) and ('<<' != '<<' or abs(-(2**70)) < 200) else 'skip')
except Exception as e:
    print('(10**20) << (-(2**70))', type(e).__name__, e)
try:
    print('(10**20) >> (-(2**70))', (10**20) >> (-(2**70)) if ('>>' != '**' or abs(-(2**70)) < 200) and ('>>' != '<<' or abs(-(2**70)) < 200) else 'skip')
except Exception as e:
    print('(10**20) >> (-(2**70))', type(e).__name__, e)
try:
    print('(10**20) & (-(2**70))', (10**20) & (-(2**70)) if ('&' != '**' or abs(-(2**70)) < 200) and ('&' != '<<' or abs(-(2**70)) < 200) else 'skip')
except Exception as e:
    print('(10**20) & (-(2**70))', type(e).__name__, e)
try:
    print('(10**20) | (-(2**70))', (10**20) | (-(2**70)) if ('|' != '**' or abs(-(2**70)) < 200) and ('|' != '<<' or abs(-(2**70)) < 200) else 'skip')
except Exception as e:
    print('(10**20) | (-(2**70))', type(e).__name__, e)
try:
    print('(10**20) ^ (-(2**70))', (10**20) ^ (-(2**70)) if ('^' != '**' or abs(-(2**70)) < 200) and ('^' != '<<' or abs(-(2**70)) < 200) else 'skip')
except Exception as e:
    print('(10**20) ^ (-(2**70))', type(e).__name__, e)
try:
    print('(10**20) / (-(2**70))', (10**20) / (-(2**70)) if ('/' != '**' or abs(-(2**70)) < 200) and ('/' != '<<' or abs(-(2**70)) < 200) else 'skip')
except Exception as e:
    print('(10**20) / (-(2**70))', type(e).__name__, e)
try:
    print('(10**20) < (-(2**70))', (10**20) < (-(2**70)) if ('<' != '**' or abs(-(2**70)) < 200) and ('<' != '<<' or abs(-(2**70)) < 200) else 'skip')
except Exception as e:
    print('(10**20) < (-(2**70))', type(e).__name__, e)
try:
    print('(10**20) == (-(2**70))', (10**20) == (-(2**70)) if ('==' != '**' or abs(-(2**70)) < 200) and ('==' != '<<' or abs(-(2**70)) < 200) else 'skip')
except Exception as e:
    print('(10**20) == (-(2**70))', type(e).__name__, e)
try:
    print('(10**20) >= (-(2**70))', (10**20) >= (-(2**70)) if ('>=' != '**' or abs(-(2**70)) < 200) and ('>=' != '<<' or abs(-(2**70)) < 200) else 'skip')
except Exception as e:
    print('(10**20) >= (-(2**70))', type(e).__name__, e)
try:
    print('(10**20) + (10**20)', (10**20) + (10**20) if ('+' != '**' or abs(10**20) < 200) and ('+' != '<<' or abs(10**20) < 200) else 'skip')
except Exception as e:
    print('(10**20) + (10**20)', type(e).__name__, e)
try:
    print('(10**20) - (10**20)', (10**20) - (10**20) if ('-' != '**' or abs(10**20) < 200) and ('-' != '<<' or abs(10**20) < 200) else 'skip')
except Exception as e:
    print('(10**20) - (10**20)', type(e).__name__, e)
try:
    print('(10**20) * (10**20)', (10**20) * (10**20) if ('*' != '**' or abs(10**20) < 200) and ('*' != '<<' or abs(10**20) < 200) else 'skip')
except Exception as e:
    print('(10**20) * (10**20)', type(e).__name__, e)
try:
    print('(10**20) // (10**20)', (10**20) // (10**20) if ('//' != '**' or abs(10**20) < 200) and ('//' != '<<' or abs(10**20) < 200) else 'skip')
except Exception as e:
    print('(10**20) // (10**20)', type(e).__name__, e)
try:
    print('(10**20) % (10**20)', (10**20) % (10**20) if ('%' != '**' or abs(10**20) < 200) and ('%' != '<<' or abs(10**20) < 200) else 'skip')
except Exception as e:
    print('(10**20) % (10**20)', type(e).__name__, e)
try:
    print('(10**20) ** (10**20)', (10**20) ** (10**20) if ('**' != '**' or abs(10**20) < 200) and ('**' != '<<' or abs(10**20) < 200) else 'skip')
except Exception as e:
    print('(10**20) ** (10**20)', type(e).__name__, e)
try:
    print('(10**20) << (10**20)', (10**20) << (10**20) if ('<<' != '**' or abs(10**20) < 200) and ('<<' != '<<' or abs(10**20) < 200) else 'skip')
except Exception as e:
    print('(10**20) << (10**20)', type(e).__name__, e)
try:
    print('(10**20) >> (10**20)', (10**20) >> (10**20) if ('>>' != '**' or abs(10**20) < 200) and ('>>' != '<<' or abs(10**20) < 200) else 'skip')
except Exception as e:
    print('(10**20) >> (10**20)', type(e).__name__, e)
try:
    print('(10**20) & (10**20)', (10**20) & (10**20) if ('&' != '**' or abs(10**20) < 200) and ('&' != '<<' or abs(10**20) < 200) else 'skip')
except Exception as e:
    print('(10**20) & (10**20)', type(e).__name__, e)
try:
    print('(10**20) | (10**20)', (10**20) | (10**20) if ('|' != '**' or abs(10**20) < 200) and ('|' != '<<' or abs(10**20) < 200) else 'skip')
except Exception as e:
    print('(10**20) | (10**20)', type(e).__name__, e)
try:
    print('(10**20) ^ (10**20)', (10**20) ^ (10**20) if ('^' != '**' or abs(10**20) < 200) and ('^' != '<<' or abs(10**20) < 200) else 'skip')
except Exception as e:
    print('(10**20) ^ (10**20)', type(e).__name__, e)
try:
    print('(10**20) / (10**20)', (10**20) / (10**20) if ('/' != '**' or abs(10**20) < 200) and ('/' != '<<' or abs(10**20) < 200) else 'skip')
except Exception as e:
    print('(10**20) / (10**20)', type(e).__name__, e)
try:
    print('(10**20) < (10**20)', (10**20) < (10**20) if ('<' != '**' or abs(10**20) < 200) and ('<' != '<<' or abs(10**20) < 200) else 'skip')
except Exception as e:
    print('(10**20) < (10**20)', type(e).__name__, e)
try:
    print('(10**20) == (10**20)', (10**20) == (10**20) if ('==' != '**' or abs(10**20) < 200) and ('==' != '<<' or abs(10**20) < 200) else 'skip')
except Exception as e:
    print('(10**20) == (10**20)', type(e).__name__, e)
try:
    print('(10**20) >= (10**20)', (10**20) >= (10**20) if ('>=' != '**' or abs(10**20) < 200) and ('>=' != '<<' or abs(10**20) < 200) else 'skip')
except Exception as e:
    print('(10**20) >= (10**20)', type(e).__name__, e)
try:
    print('(10**20) + (True)', (10**20) + (True) if ('+' != '**' or abs(True) < 200) and ('+' != '<<' or abs(True) < 200) else 'skip')
except Exception as e:
    print('(10**20) + (True)', type(e).__name__, e)
try:
    print('(10**20) - (True)', (10**20) - (True) if ('-' != '**' or abs(True) < 200) and ('-' != '<<' or abs(True) < 200) else 'skip')
except Exception as e:
    print('(10**20) - (True)', type(e).__name__, e)
try:
    print('(10**20) * (True)', (10**20) * (True) if ('*' != '**' or abs(True) < 200) and ('*' != '<<' or abs(True) < 200) else 'skip')
except Exception as e:
    print('(10**20) * (True)', type(e).__name__, e)
try:
    print('(10**20) // (True)', (10**20) // (True) if ('//' != '**' or abs(True) < 200) and ('//' != '<<' or abs(True) < 200) else 'skip')
except Exception as e:
    print('(10**20) // (True)', type(e).__name__, e)
try:
    print('(10**20) % (True)', (10**20) % (True) if ('%' != '**' or abs(True) < 200) and ('%' != '<<' or abs(True) < 200) else 'skip')
except Exception as e:
    print('(10**20) % (True)', type(e).__name__, e)
try:
    print('(10**20) ** (True)', (10**20) ** (True) if ('**' != '**' or abs(True) < 200) and ('**' != '<<' or abs(True) < 200) else 'skip')
except Exception as e:
    print('(10**20) ** (True)', type(e).__name__, e)
try:
    print('(10**20) << (True)', (10**20) << (True) if ('<<' != '**' or abs(True) < 200) and ('<<' != '<<' or abs(True) < 200) else 'skip')
except Exception as e:
    print('(10**20) << (True)', type(e).__name__, e)
try:
    print('(10**20) >> (True)', (10**20) >> (True) if ('>>' != '**' or abs(True) < 200) and ('>>' != '<<' or abs(True) < 200) else 'skip')
except Exception as e:
    print('(10**20) >> (True)', type(e).__name__, e)
try:
    print('(10**20) & (True)', (10**20) & (True) if ('&' != '**' or abs(True) < 200) and ('&' != '<<' or abs(True) < 200) else 'skip')
except Exception as e:
    print('(10**20) & (True)', type(e).__name__, e)
try:
    print('(10**20) | (True)', (10**20) | (True) if ('|' != '**' or abs(True) < 200) and ('|' != '<<' or abs(True) < 200) else 'skip')
except Exception as e:
    print('(10**20) | (True)', type(e).__name__, e)
try:
    print('(10**20) ^ (True)', (10**20) ^ (True) if ('^' != '**' or abs(True) < 200) and ('^' != '<<' or abs(True) < 200) else 'skip')
except Exception as e:
    print('(10**20) ^ (True)', type(e).__name__, e)
try:
    print('(10**20) / (True)', (10**20) / (True) if ('/' != '**' or abs(True) < 200) and ('/' != '<<' or abs(True) < 200) else 'skip')
except Exception as e:
    print('(10**20) / (True)', type(e).__name__, e)
try:
    print('(10**20) < (True)', (10**20) < (True) if ('<' != '**' or abs(True) < 200) and ('<' != '<<' or abs(True) < 200) else 'skip')
except Exception as e:
    print('(10**20) < (True)', type(e).__name__, e)
try:
    print('(10**20) == (True)', (10**20) == (True) if ('==' != '**' or abs(True) < 200) and ('==' != '<<' or abs(True) < 200) else 'skip')
except Exception as e:
    print('(10**20) == (True)', type(e).__name__, e)
try:
    print('(10**20) >= (True)', (10**20) >= (True) if ('>=' != '**' or abs(True) < 200) and ('>=' != '<<' or abs(True) < 200) else 'skip')
except Exception as e:
    print('(10**20) >= (True)', type(e).__name__, e)
try:
    print('(10**20) + (2.5)', (10**20) + (2.5) if ('+' != '**' or abs(2.5) < 200) and ('+' != '<<' or abs(2.5) < 200) else 'skip')
except Exception as e:
    print('(10**20) + (2.5)', type(e).__name__, e)
try:
    print('(10**20) - (2.5)', (10**20) - (2.5) if ('-' != '**' or abs(2.5) < 200) and ('-' != '<<' or abs(2.5) < 200) else 'skip')
except Exception as e:
    print('(10**20) - (2.5)', type(e).__name__, e)
try:
    print('(10**20) * (2.5)', (10**20) * (2.5) if ('*' != '**' or abs(2.5) < 200) and ('*' != '<<' or abs(2.5) < 200) else 'skip')
except Exception as e:
    print('(10**20) * (2.5)', type(e).__name__, e)
try:
    print('(10**20) // (2.5)', (10**20) // (2.5) if ('//' != '**' or abs(2.5) < 200) and ('//' != '<<' or abs(2.5) < 200) else 'skip')
except Exception as e:
    print('(10**20) // (2.5)', type(e).__name__, e)
try:
    print('(10**20) % (2.5)', (10**20) % (2.5) if ('%' != '**' or abs(2.5) < 200) and ('%' != '<<' or abs(2.5) < 200) else 'skip')
except Exception as e:
    print('(10**20) % (2.5)', type(e).__name__, e)
try:
    print('(10**20) ** (2.5)', (10**20) ** (2.5) if ('**' != '**' or abs(2.5) < 200) and ('**' != '<<' or abs(2.5) < 200) else 'skip')
except Exception as e:
    print('(10**20) ** (2.5)', type(e).__name__, e)
try:
    print('(10**20) << (2.5)', (10**20) << (2.5) if ('<<' != '**' or abs(2.5) < 200) and ('<<' != '<<' or abs(2.5) < 200) else 'skip')
except Exception as e:
    print('(10**20) << (2.5)', type(e).__name__, e)
try:
    print('(10**20) >> (2.5)', (10**20) >> (2.5) if ('>>' != '**' or abs(2.5) < 200) and ('>>' != '<<' or abs(2.5) < 200) else 'skip')
except Exception as e:
    print('(10**20) >> (2.5)', type(e).__name__, e)
try:
    print('(10**20) & (2.5)', (10**20) & (2.5) if ('&' != '**' or abs(2.5) < 200) and ('&' != '<<' or abs(2.5) < 200) else 'skip')
except Exception as e:
    print('(10**20) & (2.5)', type(e).__name__, e)
try:
    print('(10**20) | (2.5)', (10**20) | (2.5) if ('|' != '**' or abs(2.5) < 200) and ('|' != '<<' or abs(2.5) < 200) else 'skip')
except Exception as e:
    print('(10**20) | (2.5)', type(e).__name__, e)
try:
    print('(10**20) ^ (2.5)', (10**20) ^ (2.5) if ('^' != '**' or abs(2.5) < 200) and ('^' != '<<' or abs(2.5) < 200) else 'skip')
except Exception as e:
    print('(10**20) ^ (2.5)', type(e).__name__, e)
try:
    print('(10**20) / (2.5)', (10**20) / (2.5) if ('/' != '**' or abs(2.5) < 200) and ('/' != '<<' or abs(2.5) < 200) else 'skip')
except Exception as e:
    print('(10**20) / (2.5)', type(e).__name__, e)
try:
    print('(10**20) < (2.5)', (10**20) < (2.5) if ('<' != '**' or abs(2.5) < 200) and ('<' != '<<' or abs(2.5) < 200) else 'skip')
except Exception as e:
    print('(10**20) < (2.5)', type(e).__name__, e)
try:
    print('(10**20) == (2.5)', (10**20) == (2.5) if ('==' != '**' or abs(2.5) < 200) and ('==' != '<<' or abs(2.5) < 200) else 'skip')
except Exception as e:
    print('(10**20) == (2.5)', type(e).__name__, e)
try:
    print('(10**20) >= (2.5)', (10**20) >= (2.5) if ('>=' != '**' or abs(2.5) < 200) and ('>=' != '<<' or abs(2.5) < 200) else 'skip')
except Exception as e:
    print('(10**20) >= (2.5)', type(e).__name__, e)
try:
    print('(10**20) + (-0.5)', (10**20) + (-0.5) if ('+' != '**' or abs(-0.5) < 200) and ('+' != '<<' or abs(-0.5) < 200) else 'skip')
except Exception as e:
    print('(10**20) + (-0.5)', type(e).__name__, e)
try:
    print('(10**20) - (-0.5)', (10**20) - (-0.5) if ('-' != '**' or abs(-0.5) < 200) and ('-' != '<<' or abs(-0.5) < 200) else 'skip')
except Exception as e:
    print('(10**20) - (-0.5)', type(e).__name__, e)
try:
    print('(10**20) * (-0.5)', (10**20) * (-0.5) if ('*' != '**' or abs(-0.5) < 200) and ('*' != '<<' or abs(-0.5) < 200) else 'skip')
except Exception as e:
    print('(10**20) * (-0.5)', type(e).__name__, e)
try:
    print('(10**20) // (-0.5)', (10**20) // (-0.5) if ('//' != '**' or abs(-0.5) < 200) and ('//' != '<<' or abs(-0.5) < 200) else 'skip')
except Exception as e:
    print('(10**20) // (-0.5)', type(e).__name__, e)
try:
    print('(10**20) % (-0.5)', (10**20) % (-0.5) if ('%' != '**' or abs(-0.5) < 200) and ('%' != '<<' or abs(-0.5) < 200) else 'skip')
except Exception as e:
    print('(10**20) % (-0.5)', type(e).__name__, e)
try:
    print('(10**20) ** (-0.5)', (10**20) ** (-0.5) if ('**' != '**' or abs(-0.5) < 200) and ('**' != '<<' or abs(-0.5) < 200) else 'skip')
except Exception as e:
    print('(10**20) ** (-0.5)', type(e).__name__, e)
try:
    print('(10**20) << (-0.5)', (10**20) << (-0.5) if ('<<' != '**' or abs(-0.5) < 200) and ('<<' != '<<' or abs(-0.5) < 200) else 'skip')
except Exception as e:
    print('(10**20) << (-0.5)', type(e).__name__, e)
try:
    print('(10**20) >> (-0.5)', (10**20) >> (-0.5) if ('>>' != '**' or abs(-0.5) < 200) and ('>>' != '<<' or abs(-0.5) < 200) else 'skip')
except Exception as e:
    print('(10**20) >> (-0.5)', type(e).__name__, e)
try:
    print('(10**20) & (-0.5)', (10**20) & (-0.5) if ('&' != '**' or abs(-0.5) < 200) and ('&' != '<<' or abs(-0.5) < 200) else 'skip')
except Exception as e:
    print('(10**20) & (-0.5)', type(e).__name__, e)
try:
    print('(10**20) | (-0.5)', (10**20) | (-0.5) if ('|' != '**' or abs(-0.5) < 200) and ('|' != '<<' or abs(-0.5) < 200) else 'skip')
except Exception as e:
    print('(10**20) | (-0.5)', type(e).__name__, e)
try:
    print('(10**20) ^ (-0.5)', (10**20) ^ (-0.5) if ('^' != '**' or abs(-0.5) < 200) and ('^' != '<<' or abs(-0.5) < 200) else 'skip')
except Exception as e:
    print('(10**20) ^ (-0.5)', type(e).__name__, e)
try:
    print('(10**20) / (-0.5)', (10**20) / (-0.5) if ('/' != '**' or abs(-0.5) < 200) and ('/' != '<<' or abs(-0.5) < 200) else 'skip')
except Exception as e:
    print('(10**20) / (-0.5)', type(e).__name__, e)
try:
    print('(10**20) < (-0.5)', (10**20) < (-0.5) if ('<' != '**' or abs(-0.5) < 200) and ('<' != '<<' or abs(-0.5) < 200) else 'skip')
except Exception as e:
    print('(10**20) < (-0.5)', type(e).__name__, e)
try:
    print('(10**20) == (-0.5)', (10**20) == (-0.5) if ('==' != '**' or abs(-0.5) < 200) and ('==' != '<<' or abs(-0.5) < 200) else 'skip')
except Exception as e:
    print('(10**20) == (-0.5)', type(e).__name__, e)
try:
    print('(10**20) >= (-0.5)', (10**20) >= (-0.5) if ('>=' != '**' or abs(-0.5) < 200) and ('>=' != '<<' or abs(-0.5) < 200) else 'skip')
except Exception as e:
    print('(10**20) >= (-0.5)', type(e).__name__, e)
try:
    print('(True) + (0)', (True) + (0) if ('+' != '**' or abs(0) < 200) and ('+' != '<<' or abs(0) < 200) else 'skip')
except Exception as e:
    print('(True) + (0)', type(e).__name__, e)
try:
    print('(True) - (0)', (True) - (0) if ('-' != '**' or abs(0) < 200) and ('-' != '<<' or abs(0) < 200) else 'skip')
except Exception as e:
    print('(True) - (0)', type(e).__name__, e)
try:
    print('(True) * (0)', (True) * (0) if ('*' != '**' or abs(0) < 200) and ('*' != '<<' or abs(0) < 200) else 'skip')
except Exception as e:
    print('(True) * (0)', type(e).__name__, e)
try:
    print('(True) // (0)', (True) // (0) if ('//' != '**' or abs(0) < 200) and ('//' != '<<' or abs(0) < 200) else 'skip')
except Exception as e:
    print('(True) // (0)', type(e).__name__, e)
try:
    print('(True) % (0)', (True) % (0) if ('%' != '**' or abs(0) < 200) and ('%' != '<<' or abs(0) < 200) else 'skip')
except Exception as e:
    print('(True) % (0)', type(e).__name__, e)
try:
    print('(True) ** (0)', (True) ** (0) if ('**' != '**' or abs(0) < 200) and ('**' != '<<' or abs(0) < 200) else 'skip')
except Exception as e:
    print('(True) ** (0)', type(e).__name__, e)
try:
    print('(True) << (0)', (True) << (0) if ('<<' != '**' or abs(0) < 200) and ('<<' != '<<' or abs(0) < 200) else 'skip')
except Exception as e:
    print('(True) << (0)', type(e).__name__, e)
try:
    print('(True) >> (0)', (True) >> (0) if ('>>' != '**' or abs(0) < 200) and ('>>' != '<<' or abs(0) < 200) else 'skip')
except Exception as e:
    print('(True) >> (0)', type(e).__name__, e)
try:
    print('(True) & (0)', (True) & (0) if ('&' != '**' or abs(0) < 200) and ('&' != '<<' or abs(0) < 200) else 'skip')
except Exception as e:
    print('(True) & (0)', type(e).__name__, e)
try:
    print('(True) | (0)', (True) | (0) if ('|' != '**' or abs(0) < 200) and ('|' != '<<' or abs(0) < 200) else 'skip')
except Exception as e:
    print('(True) | (0)', type(e).__name__, e)
try:
    print('(True) ^ (0)', (True) ^ (0) if ('^' != '**' or abs(0) < 200) and ('^' != '<<' or abs(0) < 200) else 'skip')
except Exception as e:
    print('(True) ^ (0)', type(e).__name__, e)
try:
    print('(True) / (0)', (True) / (0) if ('/' != '**' or abs(0) < 200) and ('/' != '<<' or abs(0) < 200) else 'skip')
except Exception as e:
    print('(True) / (0)', type(e).__name__, e)
try:
    print('(True) < (0)', (True) < (0) if ('<' != '**' or abs(0) < 200) and ('<' != '<<' or abs(0) < 200) else 'skip')
except Exception as e:
    print('(True) < (0)', type(e).__name__, e)
try:
    print('(True) == (0)', (True) == (0) if ('==' != '**' or abs(0) < 200) and ('==' != '<<' or abs(0) < 200) else 'skip')
except Exception as e:
    print('(True) == (0)', type(e).__name__, e)
try:
    print('(True) >= (0)', (True) >= (0) if ('>=' != '**' or abs(0) < 200) and ('>=' != '<<' or abs(0) < 200) else 'skip')
except Exception as e:
    print('(True) >= (0)', type(e).__name__, e)
try:
    print('(True) + (1)', (True) + (1) if ('+' != '**' or abs(1) < 200) and ('+' != '<<' or abs(1) < 200) else 'skip')
except Exception as e:
    print('(True) + (1)', type(e).__name__, e)
try:
    print('(True) - (1)', (True) - (1) if ('-' != '**' or abs(1) < 200) and ('-' != '<<' or abs(1) < 200) else 'skip')
except Exception as e:
    print('(True) - (1)', type(e).__name__, e)
try:
    print('(True) * (1)', (True) * (1) if ('*' != '**' or abs(1) < 200) and ('*' != '<<' or abs(1) < 200) else 'skip')
except Exception as e:
    print('(True) * (1)', type(e).__name__, e)
try:
    print('(True) // (1)', (True) // (1) if ('//' != '**' or abs(1) < 200) and ('//' != '<<' or abs(1) < 200) else 'skip')
except Exception as e:
    print('(True) // (1)', type(e).__name__, e)
try:
    print('(True) % (1)', (True) % (1) if ('%' != '**' or abs(1) < 200) and ('%' != '<<' or abs(1) < 200) else 'skip')
except Exception as e:
    print('(True) % (1)', type(e).__name__, e)
try:
    print('(True) ** (1)', (True) ** (1) if ('**' != '**' or abs(1) < 200) and ('**' != '<<' or abs(1) < 200) else 'skip')
except Exception as e:
    print('(True) ** (1)', type(e).__name__, e)
try:
    print('(True) << (1)', (True) << (1) if ('<<' != '**' or abs(1) < 200) and ('<<' != '<<' or abs(1) < 200) else 'skip')
except Exception as e:
    print('(True) << (1)', type(e).__name__, e)
try:
    print('(True) >> (1)', (True) >> (1) if ('>>' != '**' or abs(1) < 200) and ('>>' != '<<' or abs(1) < 200) else 'skip')
except Exception as e:
    print('(True) >> (1)', type(e).__name__, e)
try:
    print('(True) & (1)', (True) & (1) if ('&' != '**' or abs(1) < 200) and ('&' != '<<' or abs(1) < 200) else 'skip')
except Exception as e:
    print('(True) & (1)', type(e).__name__, e)
try:
    print('(True) | (1)', (True) | (1) if ('|' != '**' or abs(1) < 200) and ('|' != '<<' or abs(1) < 200) else 'skip')
except Exception as e:
    print('(True) | (1)', type(e).__name__, e)
try:
    print('(True) ^ (1)', (True) ^ (1) if ('^' != '**' or abs(1) < 200) and ('^' != '<<' or abs(1) < 200) else 'skip')
except Exception as e:
    print('(True) ^ (1)', type(e).__name__, e)
try:
    print('(True) / (1)', (True) / (1) if ('/' != '**' or abs(1) < 200) and ('/' != '<<' or abs(1) < 200) else 'skip')
except Exception as e:
    print('(True) / (1)', type(e).__name__, e)
try:
    print('(True) < (1)', (True) < (1) if ('<' != '**' or abs(1) < 200) and ('<' != '<<' or abs(1) < 200) else 'skip')
except Exception as e:
    print('(True) < (1)', type(e).__name__, e)
try:
    print('(True) == (1)', (True) == (1) if ('==' != '**' or abs(1) < 200) and ('==' != '<<' or abs(1) < 200) else 'skip')
except Exception as e:
    print('(True) == (1)', type(e).__name__, e)
try:
    print('(True) >= (1)', (True) >= (1) if ('>=' != '**' or abs(1) < 200) and ('>=' != '<<' or abs(1) < 200) else 'skip')
except Exception as e:
    print('(True) >= (1)', type(e).__name__, e)
try:
    print('(True) + (-1)', (True) + (-1) if ('+' != '**' or abs(-1) < 200) and ('+' != '<<' or abs(-1) < 200) else 'skip')
except Exception as e:
    print('(True) + (-1)', type(e).__name__, e)
try:
    print('(True) - (-1)', (True) - (-1) if ('-' != '**' or abs(-1) < 200) and ('-' != '<<' or abs(-1) < 200) else 'skip')
except Exception as e:
    print('(True) - (-1)', type(e).__name__, e)
try:
    print('(True) * (-1)', (True) * (-1) if ('*' != '**' or abs(-1) < 200) and ('*' != '<<' or abs(-1) < 200) else 'skip')
except Exception as e:
    print('(True) * (-1)', type(e).__name__, e)
try:
    print('(True) // (-1)', (True) // (-1) if ('//' != '**' or abs(-1) < 200) and ('//' != '<<' or abs(-1) < 200) else 'skip')
except Exception as e:
    print('(True) // (-1)', type(e).__name__, e)
try:
    print('(True) % (-1)', (True) % (-1) if ('%' != '**' or abs(-1) < 200) and ('%' != '<<' or abs(-1) < 200) else 'skip')
except Exception as e:
    print('(True) % (-1)', type(e).__name__, e)
try:
    print('(True) ** (-1)', (True) ** (-1) if ('**' != '**' or abs(-1) < 200) and ('**' != '<<' or abs(-1) < 200) else 'skip')
except Exception as e:
    print('(True) ** (-1)', type(e).__name__, e)
try:
    print('(True) << (-1)', (True) << (-1) if ('<<' != '**' or abs(-1) < 200) and ('<<' != '<<' or abs(-1) < 200) else 'skip')
except Exception as e:
    print('(True) << (-1)', type(e).__name__, e)
try:
    print('(True) >> (-1)', (True) >> (-1) if ('>>' != '**' or abs(-1) < 200) and ('>>' != '<<' or abs(-1) < 200) else 'skip')
except Exception as e:
    print('(True) >> (-1)', type(e).__name__, e)
try:
    print('(True) & (-1)', (True) & (-1) if ('&' != '**' or abs(-1) < 200) and ('&' != '<<' or abs(-1) < 200) else 'skip')
except Exception as e:
    print('(True) & (-1)', type(e).__name__, e)
try:
    print('(True) | (-1)', (True) | (-1) if ('|' != '**' or abs(-1) < 200) and ('|' != '<<' or abs(-1) < 200) else 'skip')
except Exception as e:
    print('(True) | (-1)', type(e).__name__, e)
try:
    print('(True) ^ (-1)', (True) ^ (-1) if ('^' != '**' or abs(-1) < 200) and ('^' != '<<' or abs(-1) < 200) else 'skip')
except Exception as e:
    print('(True) ^ (-1)', type(e).__name__, e)
try:
    print('(True) / (-1)', (True) / (-1) if ('/' != '**' or abs(-1) < 200) and ('/' != '<<' or abs(-1) < 200) else 'skip')
except Exception as e:
    print('(True) / (-1)', type(e).__name__, e)
try:
    print('(True) < (-1)', (True) < (-1) if ('<' != '**' or abs(-1) < 200) and ('<' != '<<' or abs(-1) < 200) else 'skip')
except Exception as e:
    print('(True) < (-1)', type(e).__name__, e)
try:
    print('(True) == (-1)', (True) == (-1) if ('==' != '**' or abs(-1) < 200) and ('==' != '<<' or abs(-1) < 200) else 'skip')
except Exception as e:
    print('(True) == (-1)', type(e).__name__, e)
try:
    print('(True) >= (-1)', (True) >= (-1) if ('>=' != '**' or abs(-1) < 200) and ('>=' != '<<' or abs(-1) < 200) else 'skip')
except Exception as e:
    print('(True) >= (-1)', type(e).__name__, e)
try:
    print('(True) + (7)', (True) + (7) if ('+' != '**' or abs(7) < 200) and ('+' != '<<' or abs(7) < 200) else 'skip')
except Exception as e:
    print('(True) + (7)', type(e).__name__, e)
try:
    print('(True) - (7)', (True) - (7) if ('-' != '**' or abs(7) < 200) and ('-' != '<<' or abs(7) < 200) else 'skip')
except Exception as e:
    print('(True) - (7)', type(e).__name__, e)
try:
    print('(True) * (7)', (True) * (7) if ('*' != '**' or abs(7) < 200) and ('*' != '<<' or abs(7) < 200) else 'skip')
except Exception as e:
    print('(True) * (7)', type(e).__name__, e)
try:
    print('(True) // (7)', (True) // (7) if ('//' != '**' or abs(7) < 200) and ('//' != '<<' or abs(7) < 200) else 'skip')
except Exception as e:
    print('(True) // (7)', type(e).__name__, e)
try:
    print('(True) % (7)', (True) % (7) if ('%' != '**' or abs(7) < 200) and ('%' != '<<' or abs(7) < 200) else 'skip')
except Exception as e:
    print('(True) % (7)', type(e).__name__, e)
try:
    print('(True) ** (7)', (True) ** (7) if ('**' != '**' or abs(7) < 200) and ('**' != '<<' or abs(7) < 200) else 'skip')
except Exception as e:
    print('(True) ** (7)', type(e).__name__, e)
try:
    print('(True) << (7)', (True) << (7) if ('<<' != '**' or abs(7) < 200) and ('<<' != '<<' or abs(7) < 200) else 'skip')
except Exception as e:
    print('(True) << (7)', type(e).__name__, e)
try:
    print('(True) >> (7)', (True) >> (7) if ('>>' != '**' or abs(7) < 200) and ('>>' != '<<' or abs(7) < 200) else 'skip')
except Exception as e:
    print('(True) >> (7)', type(e).__name__, e)
try:
    print('(True) & (7)', (True) & (7) if ('&' != '**' or abs(7) < 200) and ('&' != '<<' or abs(7) < 200) else 'skip')
except Exception as e:
    print('(True) & (7)', type(e).__name__, e)
try:
    print('(True) | (7)', (True) | (7) if ('|' != '**' or abs(7) < 200) and ('|' != '<<' or abs(7) < 200) else 'skip')
except Exception as e:
    print('(True) | (7)', type(e).__name__, e)
try:
    print('(True) ^ (7)', (True) ^ (7) if ('^' != '**' or abs(7) < 200) and ('^' != '<<' or abs(7) < 200) else 'skip')
except Exception as e:
    print('(True) ^ (7)', type(e).__name__, e)
try:
    print('(True) / (7)', (True) / (7) if ('/' != '**' or abs(7) < 200) and ('/' != '<<' or abs(7) < 200) else 'skip')
except Exception as e:
    print('(True) / (7)', type(e).__name__, e)
try:
    print('(True) < (7)', (True) < (7) if ('<' != '**' or abs(7) < 200) and ('<' != '<<' or abs(7) < 200) else 'skip')
except Exception as e:
    print('(True) < (7)', type(e).__name__, e)
try:
    print('(True) == (7)', (True) == (7) if ('==' != '**' or abs(7) < 200) and ('==' != '<<' or abs(7) < 200) else 'skip')
except Exception as e:
    print('(True) == (7)', type(e).__name__, e)
try:
    print('(True) >= (7)', (True) >= (7) if ('>=' != '**' or abs(7) < 200) and ('>=' != '<<' or abs(7) < 200) else 'skip')
except Exception as e:
    print('(True) >= (7)', type(e).__name__, e)
try:
    print('(True) + (-7)', (True) + (-7) if ('+' != '**' or abs(-7) < 200) and ('+' != '<<' or abs(-7) < 200) else 'skip')
except Exception as e:
    print('(True) + (-7)', type(e).__name__, e)
try:
    print('(True) - (-7)', (True) - (-7) if ('-' != '**' or abs(-7) < 200) and ('-' != '<<' or abs(-7) < 200) else 'skip')
except Exception as e:
    print('(True) - (-7)', type(e).__name__, e)
try:
    print('(True) * (-7)', (True) * (-7) if ('*' != '**' or abs(-7) < 200) and ('*' != '<<' or abs(-7) < 200) else 'skip')
except Exception as e:
    print('(True) * (-7)', type(e).__name__, e)
try:
    print('(True) // (-7)', (True) // (-7) if ('//' != '**' or abs(-7) < 200) and ('//' != '<<' or abs(-7) < 200) else 'skip')
except Exception as e:
    print('(True) // (-7)', type(e).__name__, e)
try:
    print('(True) % (-7)', (True) % (-7) if ('%' != '**' or abs(-7) < 200) and ('%' != '<<' or abs(-7) < 200) else 'skip')
except Exception as e:
    print('(True) % (-7)', type(e).__name__, e)
try:
    print('(True) ** (-7)', (True) ** (-7) if ('**' != '**' or abs(-7) < 200) and ('**' != '<<' or abs(-7) < 200) else 'skip')
except Exception as e:
    print('(True) ** (-7)', type(e).__name__, e)
try:
    print('(True) << (-7)', (True) << (-7) if ('<<' != '**' or abs(-7) < 200) and ('<<' != '<<' or abs(-7) < 200) else 'skip')
except Exception as e:
    print('(True) << (-7)', type(e).__name__, e)
try:
    print('(True) >> (-7)', (True) >> (-7) if ('>>' != '**' or abs(-7) < 200) and ('>>' != '<<' or abs(-7) < 200) else 'skip')
except Exception as e:
    print('(True) >> (-7)', type(e).__name__, e)
try:
    print('(True) & (-7)', (True) & (-7) if ('&' != '**' or abs(-7) < 200) and ('&' != '<<' or abs(-7) < 200) else 'skip')
except Exception as e:
    print('(True) & (-7)', type(e).__name__, e)
try:
    print('(True) | (-7)', (True) | (-7) if ('|' != '**' or abs(-7) < 200) and ('|' != '<<' or abs(-7) < 200) else 'skip')
except Exception as e:
    print('(True) | (-7)', type(e).__name__, e)
try:
    print('(True) ^ (-7)', (True) ^ (-7) if ('^' != '**' or abs(-7) < 200) and ('^' != '<<' or abs(-7) < 200) else 'skip')
except Exception as e:
    print('(True) ^ (-7)', type(e).__name__, e)
try:
    print('(True) / (-7)', (True) / (-7) if ('/' != '**' or abs(-7) < 200) and ('/' != '<<' or abs(-7) < 200) else 'skip')
except Exception as e:
    print('(True) / (-7)', type(e).__name__, e)
try:
    print('(True) < (-7)', (True) < (-7) if ('<' != '**' or abs(-7) < 200) and ('<' != '<<' or abs(-7) < 200) else 'skip')
except Exception as e:
    print('(True) < (-7)', type(e).__name__, e)
try:
    print('(True) == (-7)', (True) == (-7) if ('==' != '**' or abs(-7) < 200) and ('==' != '<<' or abs(-7) < 200) else 'skip')
except Exception as e:
    print('(True) == (-7)', type(e).__name__, e)
try:
    print('(True) >= (-7)', (True) >= (-7) if ('>=' != '**' or abs(-7) < 200) and ('>=' != '<<' or abs(-7) < 200) else 'skip')
except Exception as e:
    print('(True) >= (-7)', type(e).__name__, e)
try:
    print('(True) + (3)', (True) + (3) if ('+' != '**' or abs(3) < 200) and ('+' != '<<' or abs(3) < 200) else 'skip')
except Exception as e:
    print('(True) + (3)', type(e).__name__, e)
try:
    print('(True) - (3)', (True) - (3) if ('-' != '**' or abs(3) < 200) and ('-' != '<<' or abs(3) < 200) else 'skip')
except Exception as e:
    print('(True) - (3)', type(e).__name__, e)
try:
    print('(True) * (3)', (True) * (3) if ('*' != '**' or abs(3) < 200) and ('*' != '<<' or abs(3) < 200) else 'skip')
except Exception as e:
    print('(True) * (3)', type(e).__name__, e)
try:
    print('(True) // (3)', (True) // (3) if ('//' != '**' or abs(3) < 200) and ('//' != '<<' or abs(3) < 200) else 'skip')
except Exception as e:
    print('(True) // (3)', type(e).__name__, e)
try:
    print('(True) % (3)', (True) % (3) if ('%' != '**' or abs(3) < 200) and ('%' != '<<' or abs(3) < 200) else 'skip')
except Exception as e:
    print('(True) % (3)', type(e).__name__, e)
try:
    print('(True) ** (3)', (True) ** (3) if ('**' != '**' or abs(3) < 200) and ('**' != '<<' or abs(3) < 200) else 'skip')
except Exception as e:
    print('(True) ** (3)', type(e).__name__, e)
try:
    print('(True) << (3)', (True) << (3) if ('<<' != '**' or abs(3) < 200) and ('<<' != '<<' or abs(3) < 200) else 'skip')
except Exception as e:
    print('(True) << (3)', type(e).__name__, e)
try:
    print('(True) >> (3)', (True) >> (3) if ('>>' != '**' or abs(3) < 200) and ('>>' != '<<' or abs(3) < 200) else 'skip')
except Exception as e:
    print('(True) >> (3)', type(e).__name__, e)
try:
    print('(True) & (3)', (True) & (3) if ('&' != '**' or abs(3) < 200) and ('&' != '<<' or abs(3) < 200) else 'skip')
except Exception as e:
    print('(True) & (3)', type(e).__name__, e)
try:
    print('(True) | (3)', (True) | (3) if ('|' != '**' or abs(3) < 200) and ('|' != '<<' or abs(3) < 200) else 'skip')
except Exception as e:
    print('(True) | (3)', type(e).__name__, e)
try:
    print('(True) ^ (3)', (True) ^ (3) if ('^' != '**' or abs(3) < 200) and ('^' != '<<' or abs(3) < 200) else 'skip')
except Exception as e:
    print('(True) ^ (3)', type(e).__name__, e)
try:
    print('(True) / (3)', (True) / (3) if ('/' != '**' or abs(3) < 200) and ('/' != '<<' or abs(3) < 200) else 'skip')
except Exception as e:
    print('(True) / (3)', type(e).__name__, e)
try:
    print('(True) < (3)', (True) < (3) if ('<' != '**' or abs(3) < 200) and ('<' != '<<' or abs(3) < 200) else 'skip')
except Exception as e:
    print('(True) < (3)', type(e).__name__, e)
try:
    print('(True) == (3)', (True) == (3) if ('==' != '**' or abs(3) < 200) and ('==' != '<<' or abs(3) < 200) else 'skip')
except Exception as e:
    print('(True) == (3)', type(e).__name__, e)
try:
    print('(True) >= (3)', (True) >= (3) if ('>=' != '**' or abs(3) < 200) and ('>=' != '<<' or abs(3) < 200) else 'skip')
except Exception as e:
    print('(True) >= (3)', type(e).__name__, e)
try:
    print('(True) + (-3)', (True) + (-3) if ('+' != '**' or abs(-3) < 200) and ('+' != '<<' or abs(-3) < 200) else 'skip')
except Exception as e:
    print('(True) + (-3)', type(e).__name__, e)
try:
    print('(True) - (-3)', (True) - (-3) if ('-' != '**' or abs(-3) < 200) and ('-' != '<<' or abs(-3) < 200) else 'skip')
except Exception as e:
    print('(True) - (-3)', type(e).__name__, e)
try:
    print('(True) * (-3)', (True) * (-3) if ('*' != '**' or abs(-3) < 200) and ('*' != '<<' or abs(-3) < 200) else 'skip')
except Exception as e:
    print('(True) * (-3)', type(e).__name__, e)
try:
    print('(True) // (-3)', (True) // (-3) if ('//' != '**' or abs(-3) < 200) and ('//' != '<<' or abs(-3) < 200) else 'skip')
except Exception as e:
    print('(True) // (-3)', type(e).__name__, e)
try:
    print('(True) % (-3)', (True) % (-3) if ('%' != '**' or abs(-3) < 200) and ('%' != '<<' or abs(-3) < 200) else 'skip')
except Exception as e:
    print('(True) % (-3)', type(e).__name__, e)
try:
    print('(True) ** (-3)', (True) ** (-3) if ('**' != '**' or abs(-3) < 200) and ('**' != '<<' or abs(-3) < 200) else 'skip')
except Exception as e:
    print('(True) ** (-3)', type(e).__name__, e)
try:
    print('(True) << (-3)', (True) << (-3) if ('<<' != '**' or abs(-3) < 200) and ('<<' != '<<' or abs(-3) < 200) else 'skip')
except Exception as e:
    print('(True) << (-3)', type(e).__name__, e)
try:
    print('(True) >> (-3)', (True) >> (-3) if ('>>' != '**' or abs(-3) < 200) and ('>>' != '<<' or abs(-3) < 200) else 'skip')
except Exception as e:
    print('(True) >> (-3)', type(e).__name__, e)
try:
    print('(True) & (-3)', (True) & (-3) if ('&' != '**' or abs(-3) < 200) and ('&' != '<<' or abs(-3) < 200) else 'skip')
except Exception as e:
    print('(True) & (-3)', type(e).__name__, e)
try:
    print('(True) | (-3)', (True) | (-3) if ('|' != '**' or abs(-3) < 200) and ('|' != '<<' or abs(-3) < 200) else 'skip')
except Exception as e:
    print('(True) | (-3)', type(e).__name__, e)
try:
    print('(True) ^ (-3)', (True) ^ (-3) if ('^' != '**' or abs(-3) < 200) and ('^' != '<<' or abs(-3) < 200) else 'skip')
except Exception as e:
    print('(True) ^ (-3)', type(e).__name__, e)
try:
    print('(True) / (-3)', (True) / (-3) if ('/' != '**' or abs(-3) < 200) and ('/' != '<<' or abs(-3) < 200) else 'skip')
except Exception as e:
    print('(True) / (-3)', type(e).__name__, e)
try:
    print('(True) < (-3)', (True) < (-3) if ('<' != '**' or abs(-3) < 200) and ('<' != '<<' or abs(-3) < 200) else 'skip')
except Exception as e:
    print('(True) < (-3)', type(e).__name__, e)
try:
    print('(True) == (-3)', (True) == (-3) if ('==' != '**' or abs(-3) < 200) and ('==' != '<<' or abs(-3) < 200) else 'skip')
except Exception as e:
    print('(True) == (-3)', type(e).__name__, e)
try:
    print('(True) >= (-3)', (True) >= (-3) if ('>=' != '**' or abs(-3) < 200) and ('>=' != '<<' or abs(-3) < 200) else 'skip')
except Exception as e:
    print('(True) >= (-3)', type(e).__name__, e)
try:
    print('(True) + (2**63)', (True) + (2**63) if ('+' != '**' or abs(2**63) < 200) and ('+' != '<<' or abs(2**63) < 200) else 'skip')
except Exception as e:
    print('(True) + (2**63)', type(e).__name__, e)
try:
    print('(True) - (2**63)', (True) - (2**63) if ('-' != '**' or abs(2**63) < 200) and ('-' != '<<' or abs(2**63) < 200) else 'skip')
except Exception as e:
    print('(True) - (2**63)', type(e).__name__, e)
try:
    print('(True) * (2**63)', (True) * (2**63) if ('*' != '**' or abs(2**63) < 200) and ('*' != '<<' or abs(2**63) < 200) else 'skip')
except Exception as e:
    print('(True) * (2**63)', type(e).__name__, e)
try:
    print('(True) // (2**63)', (True) // (2**63) if ('//' != '**' or abs(2**63) < 200) and ('//' != '<<' or abs(2**63) < 200) else 'skip')
except Exception as e:
    print('(True) // (2**63)', type(e).__name__, e)
try:
    print('(True) % (2**63)', (True) % (2**63) if ('%' != '**' or abs(2**63) < 200) and ('%' != '<<' or abs(2**63) < 200) else 'skip')
except Exception as e:
    print('(True) % (2**63)', type(e).__name__, e)
try:
    print('(True) ** (2**63)', (True) ** (2**63) if ('**' != '**' or abs(2**63) < 200) and ('**' != '<<' or abs(2**63) < 200) else 'skip')
except Exception as e:
    print('(True) ** (2**63)', type(e).__name__, e)
try:
    print('(True) << (2**63)', (True) << (2**63) if ('<<' != '**' or abs(2**63) < 200) and ('<<' != '<<' or abs(2**63) < 200) else 'skip')
except Exception as e:
    print('(True) << (2**63)', type(e).__name__, e)
try:
    print('(True) >> (2**63)', (True) >> (2**63) if ('>>' != '**' or abs(2**63) < 200) and ('>>' != '<<' or abs(2**63) < 200) else 'skip')
except Exception as e:
    print('(True) >> (2**63)', type(e).__name__, e)
try:
    print('(True) & (2**63)', (True) & (2**63) if ('&' != '**' or abs(2**63) < 200) and ('&' != '<<' or abs(2**63) < 200) else 'skip')
except Exception as e:
    print('(True) & (2**63)', type(e).__name__, e)
try:
    print('(True) | (2**63)', (True) | (2**63) if ('|' != '**' or abs(2**63) < 200) and ('|' != '<<' or abs(2**63) < 200) else 'skip')
except Exception as e:
    print('(True) | (2**63)', type(e).__name__, e)
try:
    print('(True) ^ (2**63)', (True) ^ (2**63) if ('^' != '**' or abs(2**63) < 200) and ('^' != '<<' or abs(2**63) < 200) else 'skip')
except Exception as e:
    print('(True) ^ (2**63)', type(e).__name__, e)
try:
    print('(True) / (2**63)', (True) / (2**63) if ('/' != '**' or abs(2**63) < 200) and ('/' != '<<' or abs(2**63) < 200) else 'skip')
except Exception as e:
    print('(True) / (2**63)', type(e).__name__, e)
try:
    print('(True) < (2**63)', (True) < (2**63) if ('<' != '**' or abs(2**63) < 200) and ('<' != '<<' or abs(2**63) < 200) else 'skip')
except Exception as e:
    print('(True) < (2**63)', type(e).__name__, e)
try:
    print('(True) == (2**63)', (True) == (2**63) if ('==' != '**' or abs(2**63) < 200) and ('==' != '<<' or abs(2**63) < 200) else 'skip')
except Exception as e:
    print('(True) == (2**63)', type(e).__name__, e)
try:
    print('(True) >= (2**63)', (True) >= (2**63) if ('>=' != '**' or abs(2**63) < 200) and ('>=' != '<<' or abs(2**63) < 200) else 'skip')
except Exception as e:
    print('(True) >= (2**63)', type(e).__name__, e)
try:
    print('(True) + (-2**63)', (True) + (-2**63) if ('+' != '**' or abs(-2**63) < 200) and ('+' != '<<' or abs(-2**63) < 200) else 'skip')
except Exception as e:
    print('(True) + (-2**63)', type(e).__name__, e)
try:
    print('(True) - (-2**63)', (True) - (-2**63) if ('-' != '**' or abs(-2**63) < 200) and ('-' != '<<' or abs(-2**63) < 200) else 'skip')
except Exception as e:
    print('(True) - (-2**63)', type(e).__name__, e)
try:
    print('(True) * (-2**63)', (True) * (-2**63) if ('*' != '**' or abs(-2**63) < 200) and ('*' != '<<' or abs(-2**63) < 200) else 'skip')
except Exception as e:
    print('(True) * (-2**63)', type(e).__name__, e)
try:
    print('(True) // (-2**63)', (True) // (-2**63) if ('//' != '**' or abs(-2**63) < 200) and ('//' != '<<' or abs(-2**63) < 200) else 'skip')
except Exception as e:
    print('(True) // (-2**63)', type(e).__name__, e)
try:
    print('(True) % (-2**63)', (True) % (-2**63) if ('%' != '**' or abs(-2**63) < 200) and ('%' != '<<' or abs(-2**63) < 200) else 'skip')
except Exception as e:
    print('(True) % (-2**63)', type(e).__name__, e)
try:
    print('(True) ** (-2**63)', (True) ** (-2**63) if ('**' != '**' or abs(-2**63) < 200) and ('**' != '<<' or abs(-2**63) < 200) else 'skip')
except Exception as e:
    print('(True) ** (-2**63)', type(e).__name__, e)
try:
    print('(True) << (-2**63)', (True) << (-2**63) if ('<<' != '**' or abs(-2**63) < 200) and ('<<' != '<<' or abs(-2**63) < 200) else 'skip')
except Exception as e:
    print('(True) << (-2**63)', type(e).__name__, e)
try:
    print('(True) >> (-2**63)', (True) >> (-2**63) if ('>>' != '**' or abs(-2**63) < 200) and ('>>' != '<<' or abs(-2**63) < 200) else 'skip')
except Exception as e:
    print('(True) >> (-2**63)', type(e).__name__, e)
try:
    print('(True) & (-2**63)', (True) & (-2**63) if ('&' != '**' or abs(-2**63) < 200) and ('&' != '<<' or abs(-2**63) < 200) else 'skip')
except Exception as e:
    print('(True) & (-2**63)', type(e).__name__, e)
try:
    print('(True) | (-2**63)', (True) | (-2**63) if ('|' != '**' or abs(-2**63) < 200) and ('|' != '<<' or abs(-2**63) < 200) else 'skip')
except Exception as e:
    print('(True) | (-2**63)', type(e).__name__, e)
try:
    print('(True) ^ (-2**63)', (True) ^ (-2**63) if ('^' != '**' or abs(-2**63) < 200) and ('^' != '<<' or abs(-2**63) < 200) else 'skip')
except Exception as e:
    print('(True) ^ (-2**63)', type(e).__name__, e)
try:
    print('(True) / (-2**63)', (True) / (-2**63) if ('/' != '**' or abs(-2**63) < 200) and ('/' != '<<' or abs(-2**63) < 200) else 'skip')
except Exception as e:
    print('(True) / (-2**63)', type(e).__name__, e)
try:
    print('(True) < (-2**63)', (True) < (-2**63) if ('<' != '**' or abs(-2**63) < 200) and ('<' != '<<' or abs(-2**63) < 200) else 'skip')
except Exception as e:
    print('(True) < (-2**63)', type(e).__name__, e)
try:
    print('(True) == (-2**63)', (True) == (-2**63) if ('==' != '**' or abs(-2**63) < 200) and ('==' != '<<' or abs(-2**63) < 200) else 'skip')
except Exception as e:
    print('(True) == (-2**63)', type(e).__name__, e)
try:
    print('(True) >= (-2**63)', (True) >= (-2**63) if ('>=' != '**' or abs(-2**63) < 200) and ('>=' != '<<' or abs(-2**63) < 200) else 'skip')
except Exception as e:
    print('(True) >= (-2**63)', type(e).__name__, e)
try:
    print('(True) + (2**64 + 5)', (True) + (2**64 + 5) if ('+' != '**' or abs(2**64 + 5) < 200) and ('+' != '<<' or abs(2**64 + 5) < 200) else 'skip')
except Exception as e:
    print('(True) + (2**64 + 5)', type(e).__name__, e)
try:
    print('(True) - (2**64 + 5)', (True) - (2**64 + 5) if ('-' != '**' or abs(2**64 + 5) < 200) and ('-' != '<<' or abs(2**64 + 5) < 200) else 'skip')
except Exception as e:
    print('(True) - (2**64 + 5)', type(e).__name__, e)
try:
    print('(True) * (2**64 + 5)', (True) * (2**64 + 5) if ('*' != '**' or abs(2**64 + 5) < 200) and ('*' != '<<' or abs(2**64 + 5) < 200) else 'skip')
except Exception as e:
    print('(True) * (2**64 + 5)', type(e).__name__, e)
try:
    print('(True) // (2**64 + 5)', (True) // (2**64 + 5) if ('//' != '**' or abs(2**64 + 5) < 200) and ('//' != '<<' or abs(2**64 + 5) < 200) else 'skip')
except Exception as e:
    print('(True) // (2**64 + 5)', type(e).__name__, e)
try:
    print('(True) % (2**64 + 5)', (True) % (2**64 + 5) if ('%' != '**' or abs(2**64 + 5) < 200) and ('%' != '<<' or abs(2**64 + 5) < 200) else 'skip')
except Exception as e:
    print('(True) % (2**64 + 5)', type(e).__name__, e)
try:
    print('(True) ** (2**64 + 5)', (True) ** (2**64 + 5) if ('**' != '**' or abs(2**64 + 5) < 200) and ('**' != '<<' or abs(2**64 + 5) < 200) else 'skip')
except Exception as e:
    print('(True) ** (2**64 + 5)', type(e).__name__, e)
try:
    print('(True) << (2**64 + 5)', (True) << (2**64 + 5) if ('<<' != '**' or abs(2**64 + 5) < 200) and ('<<' != '<<' or abs(2**64 + 5) < 200) else 'skip')
except Exception as e:
    print('(True) << (2**64 + 5)', type(e).__name__, e)
try:
    print('(True) >> (2**64 + 5)', (True) >> (2**64 + 5) if ('>>' != '**' or abs(2**64 + 5) < 200) and ('>>' != '<<' or abs(2**64 + 5) < 200) else 'skip')
except Exception as e:
    print('(True) >> (2**64 + 5)', type(e).__name__, e)
try:
    print('(True) & (2**64 + 5)', (True) & (2**64 + 5) if ('&' != '**' or abs(2**64 + 5) < 200) and ('&' != '<<' or abs(2**64 + 5) < 200) else 'skip')
except Exception as e:
    print('(True) & (2**64 + 5)', type(e).__name__, e)
try:
    print('(True) | (2**64 + 5)', (True) | (2**64 + 5) if ('|' != '**' or abs(2**64 + 5) < 200) and ('|' != '<<' or abs(2**64 + 5) < 200) else 'skip')
except Exception as e:
    print('(True) | (2**64 + 5)', type(e).__name__, e)
try:
    print('(True) ^ (2**64 + 5)', (True) ^ (2**64 + 5) if ('^' != '**' or abs(2**64 + 5) < 200) and ('^' != '<<' or abs(2**64 + 5) < 200) else 'skip')
except Exception as e:
    print('(True) ^ (2**64 + 5)', type(e).__name__, e)
try:
    print('(True) / (2**64 + 5)', (True) / (2**64 + 5) if ('/' != '**' or abs(2**64 + 5) < 200) and ('/' != '<<' or abs(2**64 + 5) < 200) else 'skip')
except Exception as e:
    print('(True) / (2**64 + 5)', type(e).__name__, e)
try:
    print('(True) < (2**64 + 5)', (True) < (2**64 + 5) if ('<' != '**' or abs(2**64 + 5) < 200) and ('<' != '<<' or abs(2**64 + 5) < 200) else 'skip')
except Exception as e:
    print('(True) < (2**64 + 5)', type(e).__name__, e)
try:
    print('(True) == (2**64 + 5)', (True) == (2**64 + 5) if ('==' != '**' or abs(2**64 + 5) < 200) and ('==' != '<<' or abs(2**64 + 5) < 200) else 'skip')
except Exception as e:
    print('(True) == (2**64 + 5)', type(e).__name__, e)
try:
    print('(True) >= (2**64 + 5)', (True) >= (2**64 + 5) if ('>=' != '**' or abs(2**64 + 5) < 200) and ('>=' != '<<' or abs(2**64 + 5) < 200) else 'skip')
except Exception as e:
    print('(True) >= (2**64 + 5)', type(e).__name__, e)
try:
    print('(True) + (-(2**70))', (True) + (-(2**70)) if ('+' != '**' or abs(-(2**70)) < 200) and ('+' != '<<' or abs(-(2**70)) < 200) else 'skip')
except Exception as e:
    print('(True) + (-(2**70))', type(e).__name__, e)
try:
    print('(True) - (-(2**70))', (True) - (-(2**70)) if ('-' != '**' or abs(-(2**70)) < 200) and ('-' != '<<' or abs(-(2**70)) < 200) else 'skip')
except Exception as e:
    print('(True) - (-(2**70))', type(e).__name__, e)
try:
    print('(True) * (-(2**70))', (True) * (-(2**70)) if ('*' != '**' or abs(-(2**70)) < 200) and ('*' != '<<' or abs(-(2**70)) < 200) else 'skip')
except Exception as e:
    print('(True) * (-(2**70))', type(e).__name__, e)
try:
    print('(True) // (-(2**70))', (True) // (-(2**70)) if ('//' != '**' or abs(-(2**70)) < 200) and ('//' != '<<' or abs(-(2**70)) < 200) else 'skip')
except Exception as e:
    print('(True) // (-(2**70))', type(e).__name__, e)
try:
    print('(True) % (-(2**70))', (True) % (-(2**70)) if ('%' != '**' or abs(-(2**70)) < 200) and ('%' != '<<' or abs(-(2**70)) < 200) else 'skip')
except Exception as e:
    print('(True) % (-(2**70))', type(e).__name__, e)
try:
    print('(True) ** (-(2**70))', (True) ** (-(2**70)) if ('**' != '**' or abs(-(2**70)) < 200) and ('**' != '<<' or abs(-(2**70)) < 200) else 'skip')
except Exception as e:
    print('(True) ** (-(2**70))', type(e).__name__, e)
try:
    print('(True) << (-(2**70))', (True) << (-(2**70)) if ('<<' != '**' or abs(-(2**70)) < 200) and ('<<' != '<<' or abs(-(2**70)) < 200) else 'skip')
except Exception as e:
    print('(True) << (-(2**70))', type(e).__name__, e)
try:
    print('(True) >> (-(2**70))', (True) >> (-(2**70)) if ('>>' != '**' or abs(-(2**70)) < 200) and ('>>' != '<<' or abs(-(2**70)) < 200) else 'skip')
except Exception as e:
    print('(True) >> (-(2**70))', type(e).__name__, e)
try:
    print('(True) & (-(2**70))', (True) & (-(2**70)) if ('&' != '**' or abs(-(2**70)) < 200) and ('&' != '<<' or abs(-(2**70)) < 200) else 'skip')
except Exception as e:
    print('(True) & (-(2**70))', type(e).__name__, e)
try:
    print('(True) | (-(2**70))', (True) | (-(2**70)) if ('|' != '**' or abs(-(2**70)) < 200) and ('|' != '<<' or abs(-(2**70)) < 200) else 'skip')
except Exception as e:
    print('(True) | (-(2**70))', type(e).__name__, e)
try:
    print('(True) ^ (-(2**70))', (True) ^ (-(2**70)) if ('^' != '**' or abs(-(2**70)) < 200) and ('^' != '<<' or abs(-(2**70)) < 200) else 'skip')
except Exception as e:
    print('(True) ^ (-(2**70))', type(e).__name__, e)
try:
    print('(True) / (-(2**70))', (True) / (-(2**70)) if ('/' != '**' or abs(-(2**70)) < 200) and ('/' != '<<' or abs(-(2**70)) < 200) else 'skip')
except Exception as e:
    print('(True) / (-(2**70))', type(e).__name__, e)
try:
    print('(True) < (-(2**70))', (True) < (-(2**70)) if ('<' != '**' or abs(-(2**70)) < 200) and ('<' != '<<' or abs(-(2**70)) < 200) else 'skip')
except Exception as e:
    print('(True) < (-(2**70))', type(e).__name__, e)
try:
    print('(True) == (-(2**70))', (True) == (-(2**70)) if ('==' != '**' or abs(-(2**70)) < 200) and ('==' != '<<' or abs(-(2**70)) < 200) else 'skip')
except Exception as e:
    print('(True) == (-(2**70))', type(e).__name__, e)
try:
    print('(True) >= (-(2**70))', (True) >= (-(2**70)) if ('>=' != '**' or abs(-(2**70)) < 200) and ('>=' != '<<' or abs(-(2**70)) < 200) else 'skip')
except Exception as e:
    print('(True) >= (-(2**70))', type(e).__name__, e)
try:
    print('(True) + (10**20)', (True) + (10**20) if ('+' != '**' or abs(10**20) < 200) and ('+' != '<<' or abs(10**20) < 200) else 'skip')
except Exception as e:
    print('(True) + (10**20)', type(e).__name__, e)
try:
    print('(True) - (10**20)', (True) - (10**20) if ('-' != '**' or abs(10**20) < 200) and ('-' != '<<' or abs(10**20) < 200) else 'skip')
except Exception as e:
    print('(True) - (10**20)', type(e).__name__, e)
try:
    print('(True) * (10**20)', (True) * (10**20) if ('*' != '**' or abs(10**20) < 200) and ('*' != '<<' or abs(10**20) < 200) else 'skip')
except Exception as e:
    print('(True) * (10**20)', type(e).__name__, e)
try:
    print('(True) // (10**20)', (True) // (10**20) if ('//' != '**' or abs(10**20) < 200) and ('//' != '<<' or abs(10**20) < 200) else 'skip')
except Exception as e:
    print('(True) // (10**20)', type(e).__name__, e)
try:
    print('(True) % (10**20)', (True) % (10**20) if ('%' != '**' or abs(10**20) < 200) and ('%' != '<<' or abs(10**20) < 200) else 'skip')
except Exception as e:
    print('(True) % (10**20)', type(e).__name__, e)
try:
    print('(True) ** (10**20)', (True) ** (10**20) if ('**' != '**' or abs(10**20) < 200) and ('**' != '<<' or abs(10**20) < 200) else 'skip')
except Exception as e:
    print('(True) ** (10**20)', type(e).__name__, e)
try:
    print('(True) << (10**20)', (True) << (10**20) if ('<<' != '**' or abs(10**20) < 200) and ('<<' != '<<' or abs(10**20) < 200) else 'skip')
except Exception as e:
    print('(True) << (10**20)', type(e).__name__, e)
try:
    print('(True) >> (10**20)', (True) >> (10**20) if ('>>' != '**' or abs(10**20) < 200) and ('>>' != '<<' or abs(10**20) < 200) else 'skip')
except Exception as e:
    print('(True) >> (10**20)', type(e).__name__, e)
try:
    print('(True) & (10**20)', (True) & (10**20) if ('&' != '**' or abs(10**20) < 200) and ('&' != '<<' or abs(10**20) < 200) else 'skip')
except Exception as e:
    print('(True) & (10**20)', type(e).__name__, e)
try:
    print('(True) | (10**20)', (True) | (10**20) if ('|' != '**' or abs(10**20) < 200) and ('|' != '<<' or abs(10**20) < 200) else 'skip')
except Exception as e:
    print('(True) | (10**20)', type(e).__name__, e)
try:
    print('(True) ^ (10**20)', (True) ^ (10**20) if ('^' != '**' or abs(10**20) < 200) and ('^' != '<<' or abs(10**20) < 200) else 'skip')
except Exception as e:
    print('(True) ^ (10**20)', type(e).__name__, e)
try:
    print('(True) / (10**20)', (True) / (10**20) if ('/' != '**' or abs(10**20) < 200) and ('/' != '<<' or abs(10**20) < 200) else 'skip')
except Exception as e:
    print('(True) / (10**20)', type(e).__name__, e)
try:
    print('(True) < (10**20)', (True) < (10**20) if ('<' != '**' or abs(10**20) < 200) and ('<' != '<<' or abs(10**20) < 200) else 'skip')
except Exception as e:
    print('(True) < (10**20)', type(e).__name__, e)
try:
    print('(True) == (10**20)', (True) == (10**20) if ('==' != '**' or abs(10**20) < 200) and ('==' != '<<' or abs(10**20) < 200) else 'skip')
except Exception as e:
    print('(True) == (10**20)', type(e).__name__, e)
try:
    print('(True) >= (10**20)', (True) >= (10**20) if ('>=' != '**' or abs(10**20) < 200) and ('>=' != '<<' or abs(10**20) < 200) else 'skip')
except Exception as e:
    print('(True) >= (10**20)', type(e).__name__, e)
try:
    print('(True) + (True)', (True) + (True) if ('+' != '**' or abs(True) < 200) and ('+' != '<<' or abs(True) < 200) else 'skip')
except Exception as e:
    print('(True) + (True)', type(e).__name__, e)
try:
    print('(True) - (True)', (True) - (True) if ('-' != '**' or abs(True) < 200) and ('-' != '<<' or abs(True) < 200) else 'skip')
except Exception as e:
    print('(True) - (True)', type(e).__name__, e)
try:
    print('(True) * (True)', (True) * (True) if ('*' != '**' or abs(True) < 200) and ('*' != '<<' or abs(True) < 200) else 'skip')
except Exception as e:
    print('(True) * (True)', type(e).__name__, e)
try:
    print('(True) // (True)', (True) // (True) if ('//' != '**' or abs(True) < 200) and ('//' != '<<' or abs(True) < 200) else 'skip')
except Exception as e:
    print('(True) // (True)', type(e).__name__, e)
try:
    print('(True) % (True)', (True) % (True) if ('%' != '**' or abs(True) < 200) and ('%' != '<<' or abs(True) < 200) else 'skip')
except Exception as e:
    print('(True) % (True)', type(e).__name__, e)
try:
    print('(True) ** (True)', (True) ** (True) if ('**' != '**' or abs(True) < 200) and ('**' != '<<' or abs(True) < 200) else 'skip')
except Exception as e:
    print('(True) ** (True)', type(e).__name__, e)
try:
    print('(True) << (True)', (True) << (True) if ('<<' != '**' or abs(True) < 200) and ('<<' != '<<' or abs(True) < 200) else 'skip')
except Exception as e:
    print('(True) << (True)', type(e).__name__, e)
try:
    print('(True) >> (True)', (True) >> (True) if ('>>' != '**' or abs(True) < 200) and ('>>' != '<<' or abs(True) < 200) else 'skip')
except Exception as e:
    print('(True) >> (True)', type(e).__name__, e)
try:
    print('(True) & (True)', (True) & (True) if ('&' != '**' or abs(True) < 200) and ('&' != '<<' or abs(True) < 200) else 'skip')
except Exception as e:
    print('(True) & (True)', type(e).__name__, e)
try:
    print('(True) | (True)', (True) | (True) if ('|' != '**' or abs(True) < 200) and ('|' != '<<' or abs(True) < 200) else 'skip')
except Exception as e:
    print('(True) | (True)', type(e).__name__, e)
try:
    print('(True) ^ (True)', (True) ^ (True) if ('^' != '**' or abs(True) < 200) and ('^' != '<<' or abs(True) < 200) else 'skip')
except Exception as e:
    print('(True) ^ (True)', type(e).__name__, e)
try:
    print('(True) / (True)', (True) / (True) if ('/' != '**' or abs(True) < 200) and ('/' != '<<' or abs(True) < 200) else 'skip')
except Exception as e:
    print('(True) / (True)', type(e).__name__, e)
try:
    print('(True) < (True)', (True) < (True) if ('<' != '**' or abs(True) < 200) and ('<' != '<<' or abs(True) < 200) else 'skip')
except Exception as e:
    print('(True) < (True)', type(e).__name__, e)
try:
    print('(True) == (True)', (True) == (True) if ('==' != '**' or abs(True) < 200) and ('==' != '<<' or abs(True) < 200) else 'skip')
except Exception as e:
    print('(True) == (True)', type(e).__name__, e)
try:
    print('(True) >= (True)', (True) >= (True) if ('>=' != '**' or abs(True) < 200) and ('>=' != '<<' or abs(True) < 200) else 'skip')
except Exception as e:
    print('(True) >= (True)', type(e).__name__, e)
try:
    print('(True) + (2.5)', (True) + (2.5) if ('+' != '**' or abs(2.5) < 200) and ('+' != '<<' or abs(2.5) < 200) else 'skip')
except Exception as e:
    print('(True) + (2.5)', type(e).__name__, e)
try:
    print('(True) - (2.5)', (True) - (2.5) if ('-' != '**' or abs(2.5) < 200) and ('-' != '<<' or abs(2.5) < 200) else 'skip')
except Exception as e:
    print('(True) - (2.5)', type(e).__name__, e)
try:
    print('(True) * (2.5)', (True) * (2.5) if ('*' != '**' or abs(2.5) < 200) and ('*' != '<<' or abs(2.5) < 200) else 'skip')
except Exception as e:
    print('(True) * (2.5)', type(e).__name__, e)
try:
    print('(True) // (2.5)', (True) // (2.5) if ('//' != '**' or abs(2.5) < 200) and ('//' != '<<' or abs(2.5) < 200) else 'skip')
except Exception as e:
    print('(True) // (2.5)', type(e).__name__, e)
try:
    print('(True) % (2.5)', (True) % (2.5) if ('%' != '**' or abs(2.5) < 200) and ('%' != '<<' or abs(2.5) < 200) else 'skip')
except Exception as e:
    print('(True) % (2.5)', type(e).__name__, e)
try:
    print('(True) ** (2.5)', (True) ** (2.5) if ('**' != '**' or abs(2.5) < 200) and ('**' != '<<' or abs(2.5) < 200) else 'skip')
except Exception as e:
    print('(True) ** (2.5)', type(e).__name__, e)
try:
    print('(True) << (2.5)', (True) << (2.5) if ('<<' != '**' or abs(2.5) < 200) and ('<<' != '<<' or abs(2.5) < 200) else 'skip')
except Exception as e:
    print('(True) << (2.5)', type(e).__name__, e)
try:
    print('(True) >> (2.5)', (True) >> (2.5) if ('>>' != '**' or abs(2.5) < 200) and ('>>' != '<<' or abs(2.5) < 200) else 'skip')
except Exception as e:
    print('(True) >> (2.5)', type(e).__name__, e)
try:
    print('(True) & (2.5)', (True) & (2.5) if ('&' != '**' or abs(2.5) < 200) and ('&' != '<<' or abs(2.5) < 200) else 'skip')
except Exception as e:
    print('(True) & (2.5)', type(e).__name__, e)
try:
    print('(True) | (2.5)', (True) | (2.5) if ('|' != '**' or abs(2.5) < 200) and ('|' != '<<' or abs(2.5) < 200) else 'skip')
except Exception as e:
    print('(True) | (2.5)', type(e).__name__, e)
try:
    print('(True) ^ (2.5)', (True) ^ (2.5) if ('^' != '**' or abs(2.5) < 200) and ('^' != '<<' or abs(2.5) < 200) else 'skip')
except Exception as e:
    print('(True) ^ (2.5)', type(e).__name__, e)
try:
    print('(True) / (2.5)', (True) / (2.5) if ('/' != '**' or abs(2.5) < 200) and ('/' != '<<' or abs(2.5) < 200) else 'skip')
except Exception as e:
    print('(True) / (2.5)', type(e).__name__, e)
try:
    print('(True) < (2.5)', (True) < (2.5) if ('<' != '**' or abs(2.5) < 200) and ('<' != '<<' or abs(2.5) < 200) else 'skip')
except Exception as e:
    print('(True) < (2.5)', type(e).__name__, e)
try:
    print('(True) == (2.5)', (True) == (2.5) if ('==' != '**' or abs(2.5) < 200) and ('==' != '<<' or abs(2.5) < 200) else 'skip')
except Exception as e:
    print('(True) == (2.5)', type(e).__name__, e)
try:
    print('(True) >= (2.5)', (True) >= (2.5) if ('>=' != '**' or abs(2.5) < 200) and ('>=' != '<<' or abs(2.5) < 200) else 'skip')
except Exception as e:
    print('(True) >= (2.5)', type(e).__name__, e)
try:
    print('(True) + (-0.5)', (True) + (-0.5) if ('+' != '**' or abs(-0.5) < 200) and ('+' != '<<' or abs(-0.5) < 200) else 'skip')
except Exception as e:
    print('(True) + (-0.5)', type(e).__name__, e)
try:
    print('(True) - (-0.5)', (True) - (-0.5) if ('-' != '**' or abs(-0.5) < 200) and ('-' != '<<' or abs(-0.5) < 200) else 'skip')
except Exception as e:
    print('(True) - (-0.5)', type(e).__name__, e)
try:
    print('(True) * (-0.5)', (True) * (-0.5) if ('*' != '**' or abs(-0.5) < 200) and ('*' != '<<' or abs(-0.5) < 200) else 'skip')
except Exception as e:
    print('(True) * (-0.5)', type(e).__name__, e)
try:
    print('(True) // (-0.5)', (True) // (-0.5) if ('//' != '**' or abs(-0.5) < 200) and ('//' != '<<' or abs(-0.5) < 200) else 'skip')
except Exception as e:
    print('(True) // (-0.5)', type(e).__name__, e)
try:
    print('(True) % (-0.5)', (True) % (-0.5) if ('%' != '**' or abs(-0.5) < 200) and ('%' != '<<' or abs(-0.5) < 200) else 'skip')
except Exception as e:
    print('(True) % (-0.5)', type(e).__name__, e)
try:
    print('(True) ** (-0.5)', (True) ** (-0.5) if ('**' != '**' or abs(-0.5) < 200) and ('**' != '<<' or abs(-0.5) < 200) else 'skip')
except Exception as e:
    print('(True) ** (-0.5)', type(e).__name__, e)
try:
    print('(True) << (-0.5)', (True) << (-0.5) if ('<<' != '**' or abs(-0.5) < 200) and ('<<' != '<<' or abs(-0.5) < 200) else 'skip')
except Exception as e:
    print('(True) << (-0.5)', type(e).__name__, e)
try:
    print('(True) >> (-0.5)', (True) >> (-0.5) if ('>>' != '**' or abs(-0.5) < 200) and ('>>' != '<<' or abs(-0.5) < 200) else 'skip')
except Exception as e:
    print('(True) >> (-0.5)', type(e).__name__, e)
try:
    print('(True) & (-0.5)', (True) & (-0.5) if ('&' != '**' or abs(-0.5) < 200) and ('&' != '<<' or abs(-0.5) < 200) else 'skip')
except Exception as e:
    print('(True) & (-0.5)', type(e).__name__, e)
try:
    print('(True) | (-0.5)', (True) | (-0.5) if ('|' != '**' or abs(-0.5) < 200) and ('|' != '<<' or abs(-0.5) < 200) else 'skip')
except Exception as e:
    print('(True) | (-0.5)', type(e).__name__, e)
try:
    print('(True) ^ (-0.5)', (True) ^ (-0.5) if ('^' != '**' or abs(-0.5) < 200) and ('^' != '<<' or abs(-0.5) < 200) else 'skip')
except Exception as e:
    print('(True) ^ (-0.5)', type(e).__name__, e)
try:
    print('(True) / (-0.5)', (True) / (-0.5) if ('/' != '**' or abs(-0.5) < 200) and ('/' != '<<' or abs(-0.5) < 200) else 'skip')
except Exception as e:
    print('(True) / (-0.5)', type(e).__name__, e)
try:
    print('(True) < (-0.5)', (True) < (-0.5) if ('<' != '**' or abs(-0.5) < 200) and ('<' != '<<' or abs(-0.5) < 200) else 'skip')
except Exception as e:
    print('(True) < (-0.5)', type(e).__name__, e)
try:
    print('(True) == (-0.5)', (True) == (-0.5) if ('==' != '**' or abs(-0.5) < 200) and ('==' != '<<' or abs(-0.5) < 200) else 'skip')
except Exception as e:
    print('(True) == (-0.5)', type(e).__name__, e)
try:
    print('(True) >= (-0.5)', (True) >= (-0.5) if ('>=' != '**' or abs(-0.5) < 200) and ('>=' != '<<' or abs(-0.5) < 200) else 'skip')
except Exception as e:
    print('(True) >= (-0.5)', type(e).__name__, e)
try:
    print('(2.5) + (0)', (2.5) + (0) if ('+' != '**' or abs(0) < 200) and ('+' != '<<' or abs(0) < 200) else 'skip')
except Exception as e:
    print('(2.5) + (0)', type(e).__name__, e)
try:
    print('(2.5) - (0)', (2.5) - (0) if ('-' != '**' or abs(0) < 200) and ('-' != '<<' or abs(0) < 200) else 'skip')
except Exception as e:
    print('(2.5) - (0)', type(e).__name__, e)
try:
    print('(2.5) * (0)', (2.5) * (0) if ('*' != '**' or abs(0) < 200) and ('*' != '<<' or abs(0) < 200) else 'skip')
except Exception as e:
    print('(2.5) * (0)', type(e).__name__, e)
try:
    print('(2.5) // (0)', (2.5) // (0) if ('//' != '**' or abs(0) < 200) and ('//' != '<<' or abs(0) < 200) else 'skip')
except Exception as e:
    print('(2.5) // (0)', type(e).__name__, e)
try:
    print('(2.5) % (0)', (2.5) % (0) if ('%' != '**' or abs(0) < 200) and ('%' != '<<' or abs(0) < 200) else 'skip')
except Exception as e:
    print('(2.5) % (0)', type(e).__name__, e)
try:
    print('(2.5) ** (0)', (2.5) ** (0) if ('**' != '**' or abs(0) < 200) and ('**' != '<<' or abs(0) < 200) else 'skip')
except Exception as e:
    print('(2.5) ** (0)', type(e).__name__, e)
try:
    print('(2.5) << (0)', (2.5) << (0) if ('<<' != '**' or abs(0) < 200) and ('<<' != '<<' or abs(0) < 200) else 'skip')
except Exception as e:
    print('(2.5) << (0)', type(e).__name__, e)
try:
    print('(2.5) >> (0)', (2.5) >> (0) if ('>>' != '**' or abs(0) < 200) and ('>>' != '<<' or abs(0) < 200) else 'skip')
except Exception as e:
    print('(2.5) >> (0)', type(e).__name__, e)
try:
    print('(2.5) & (0)', (2.5) & (0) if ('&' != '**' or abs(0) < 200) and ('&' != '<<' or abs(0) < 200) else 'skip')
except Exception as e:
    print('(2.5) & (0)', type(e).__name__, e)
try:
    print('(2.5) | (0)', (2.5) | (0) if ('|' != '**' or abs(0) < 200) and ('|' != '<<' or abs(0) < 200) else 'skip')
except Exception as e:
    print('(2.5) | (0)', type(e).__name__, e)
try:
    print('(2.5) ^ (0)', (2.5) ^ (0) if ('^' != '**' or abs(0) < 200) and ('^' != '<<' or abs(0) < 200) else 'skip')
except Exception as e:
    print('(2.5) ^ (0)', type(e).__name__, e)
try:
    print('(2.5) / (0)', (2.5) / (0) if ('/' != '**' or abs(0) < 200) and ('/' != '<<' or abs(0) < 200) else 'skip')
except Exception as e:
    print('(2.5) / (0)', type(e).__name__, e)
try:
    print('(2.5) < (0)', (2.5) < (0) if ('<' != '**' or abs(0) < 200) and ('<' != '<<' or abs(0) < 200) else 'skip')
except Exception as e:
    print('(2.5) < (0)', type(e).__name__, e)
try:
    print('(2.5) == (0)', (2.5) == (0) if ('==' != '**' or abs(0) < 200) and ('==' != '<<' or abs(0) < 200) else 'skip')
except Exception as e:
    print('(2.5) == (0)', type(e).__name__, e)
try:
    print('(2.5) >= (0)', (2.5) >= (0) if ('>=' != '**' or abs(0) < 200) and ('>=' != '<<' or abs(0) < 200) else 'skip')
except Exception as e:
    print('(2.5) >= (0)', type(e).__name__, e)
try:
    print('(2.5) + (1)', (2.5) + (1) if ('+' != '**' or abs(1) < 200) and ('+' != '<<' or abs(1) < 200) else 'skip')
except Exception as e:
    print('(2.5) + (1)', type(e).__name__, e)
try:
    print('(2.5) - (1)', (2.5) - (1) if ('-' != '**' or abs(1) < 200) and ('-' != '<<' or abs(1) < 200) else 'skip')
except Exception as e:
    print('(2.5) - (1)', type(e).__name__, e)
try:
    print('(2.5) * (1)', (2.5) * (1) if ('*' != '**' or abs(1) < 200) and ('*' != '<<' or abs(1) < 200) else 'skip')
except Exception as e:
    print('(2.5) * (1)', type(e).__name__, e)
try:
    print('(2.5) // (1)', (2.5) // (1) if ('//' != '**' or abs(1) < 200) and ('//' != '<<' or abs(1) < 200) else 'skip')
except Exception as e:
    print('(2.5) // (1)', type(e).__name__, e)
try:
    print('(2.5) % (1)', (2.5) % (1) if ('%' != '**' or abs(1) < 200) and ('%' != '<<' or abs(1) < 200) else 'skip')
except Exception as e:
    print('(2.5) % (1)', type(e).__name__, e)
try:
    print('(2.5) ** (1)', (2.5) ** (1) if ('**' != '**' or abs(1) < 200) and ('**' != '<<' or abs(1) < 200) else 'skip')
except Exception as e:
    print('(2.5) ** (1)', type(e).__name__, e)
try:
    print('(2.5) << (1)', (2.5) << (1) if ('<<' != '**' or abs(1) < 200) and ('<<' != '<<' or abs(1) < 200) else 'skip')
except Exception as e:
    print('(2.5) << (1)', type(e).__name__, e)
try:
    print('(2.5) >> (1)', (2.5) >> (1) if ('>>' != '**' or abs(1) < 200) and ('>>' != '<<' or abs(1) < 200) else 'skip')
except Exception as e:
    print('(2.5) >> (1)', type(e).__name__, e)
try:
    print('(2.5) & (1)', (2.5) & (1) if ('&' != '**' or abs(1) < 200) and ('&' != '<<' or abs(1) < 200) else 'skip')
except Exception as e:
    print('(2.5) & (1)', type(e).__name__, e)
try:
    print('(2.5) | (1)', (2.5) | (1) if ('|' != '**' or abs(1) < 200) and ('|' != '<<' or abs(1) < 200) else 'skip')
except Exception as e:
    print('(2.5) | (1)', type(e).__name__, e)
try:
    print('(2.5) ^ (1)', (2.5) ^ (1) if ('^' != '**' or abs(1) < 200) and ('^' != '<<' or abs(1) < 200) else 'skip')
except Exception as e:
    print('(2.5) ^ (1)', type(e).__name__, e)
try:
    print('(2.5) / (1)', (2.5) / (1) if ('/' != '**' or abs(1) < 200) and ('/' != '<<' or abs(1) < 200) else 'skip')
except Exception as e:
    print('(2.5) / (1)', type(e).__name__, e)
try:
    print('(2.5) < (1)', (2.5) < (1) if ('<' != '**' or abs(1) < 200) and ('<' != '<<' or abs(1) < 200) else 'skip')
except Exception as e:
    print('(2.5) < (1)', type(e).__name__, e)
try:
    print('(2.5) == (1)', (2.5) == (1) if ('==' != '**' or abs(1) < 200) and ('==' != '<<' or abs(1) < 200) else 'skip')
except Exception as e:
    print('(2.5) == (1)', type(e).__name__, e)
try:
    print('(2.5) >= (1)', (2.5) >= (1) if ('>=' != '**' or abs(1) < 200) and ('>=' != '<<' or abs(1) < 200) else 'skip')
except Exception as e:
    print('(2.5) >= (1)', type(e).__name__, e)
try:
    print('(2.5) + (-1)', (2.5) + (-1) if ('+' != '**' or abs(-1) < 200) and ('+' != '<<' or abs(-1) < 200) else 'skip')
except Exception as e:
    print('(2.5) + (-1)', type(e).__name__, e)
try:
    print('(2.5) - (-1)', (2.5) - (-1) if ('-' != '**' or abs(-1) < 200) and ('-' != '<<' or abs(-1) < 200) else 'skip')
except Exception as e:
    print('(2.5) - (-1)', type(e).__name__, e)
try:
    print('(2.5) * (-1)', (2.5) * (-1) if ('*' != '**' or abs(-1) < 200) and ('*' != '<<' or abs(-1) < 200) else 'skip')
except Exception as e:
    print('(2.5) * (-1)', type(e).__name__, e)
try:
    print('(2.5) // (-1)', (2.5) // (-1) if ('//' != '**' or abs(-1) < 200) and ('//' != '<<' or abs(-1) < 200) else 'skip')
except Exception as e:
    print('(2.5) // (-1)', type(e).__name__, e)
try:
    print('(2.5) % (-1)', (2.5) % (-1) if ('%' != '**' or abs(-1) < 200) and ('%' != '<<' or abs(-1) < 200) else 'skip')
except Exception as e:
    print('(2.5) % (-1)', type(e).__name__, e)
try:
    print('(2.5) ** (-1)', (2.5) ** (-1) if ('**' != '**' or abs(-1) < 200) and ('**' != '<<' or abs(-1) < 200) else 'skip')
except Exception as e:
    print('(2.5) ** (-1)', type(e).__name__, e)
try:
    print('(2.5) << (-1)', (2.5) << (-1) if ('<<' != '**' or abs(-1) < 200) and ('<<' != '<<' or abs(-1) < 200) else 'skip')
except Exception as e:
    print('(2.5) << (-1)', type(e).__name__, e)
try:
    print('(2.5) >> (-1)', (2.5) >> (-1) if ('>>' != '**' or abs(-1) < 200) and ('>>' != '<<' or abs(-1) < 200) else 'skip')
except Exception as e:
    print('(2.5) >> (-1)', type(e).__name__, e)
try:
    print('(2.5) & (-1)', (2.5) & (-1) if ('&' != '**' or abs(-1) < 200) and ('&' != '<<' or abs(-1) < 200) else 'skip')
except Exception as e:
    print('(2.5) & (-1)', type(e).__name__, e)
try:
    print('(2.5) | (-1)', (2.5) | (-1) if ('|' != '**' or abs(-1) < 200) and ('|' != '<<' or abs(-1) < 200) else 'skip')
except Exception as e:
    print('(2.5) | (-1)', type(e).__name__, e)
try:
    print('(2.5) ^ (-1)', (2.5) ^ (-1) if ('^' != '**' or abs(-1) < 200) and ('^' != '<<' or abs(-1) < 200) else 'skip')
except Exception as e:
    print('(2.5) ^ (-1)', type(e).__name__, e)
try:
    print('(2.5) / (-1)', (2.5) / (-1) if ('/' != '**' or abs(-1) < 200) and ('/' != '<<' or abs(-1) < 200) else 'skip')
except Exception as e:
    print('(2.5) / (-1)', type(e).__name__, e)
try:
    print('(2.5) < (-1)', (2.5) < (-1) if ('<' != '**' or abs(-1) < 200) and ('<' != '<<' or abs(-1) < 200) else 'skip')
except Exception as e:
    print('(2.5) < (-1)', type(e).__name__, e)
try:
    print('(2.5) == (-1)', (2.5) == (-1) if ('==' != '**' or abs(-1) < 200) and ('==' != '<<' or abs(-1) < 200) else 'skip')
except Exception as e:
    print('(2.5) == (-1)', type(e).__name__, e)
try:
    print('(2.5) >= (-1)', (2.5) >= (-1) if ('>=' != '**' or abs(-1) < 200) and ('>=' != '<<' or abs(-1) < 200) else 'skip')
except Exception as e:
    print('(2.5) >= (-1)', type(e).__name__, e)
try:
    print('(2.5) + (7)', (2.5) + (7) if ('+' != '**' or abs(7) < 200) and ('+' != '<<' or abs(7) < 200) else 'skip')
except Exception as e:
    print('(2.5) + (7)', type(e).__name__, e)
try:
    print('(2.5) - (7)', (2.5) - (7) if ('-' != '**' or abs(7) < 200) and ('-' != '<<' or abs(7) < 200) else 'skip')
except Exception as e:
    print('(2.5) - (7)', type(e).__name__, e)
try:
    print('(2.5) * (7)', (2.5) * (7) if ('*' != '**' or abs(7) < 200) and ('*' != '<<' or abs(7) < 200) else 'skip')
except Exception as e:
    print('(2.5) * (7)', type(e).__name__, e)
try:
    print('(2.5) // (7)', (2.5) // (7) if ('//' != '**' or abs(7) < 200) and ('//' != '<<' or abs(7) < 200) else 'skip')
except Exception as e:
    print('(2.5) // (7)', type(e).__name__, e)
try:
    print('(2.5) % (7)', (2.5) % (7) if ('%' != '**' or abs(7) < 200) and ('%' != '<<' or abs(7) < 200) else 'skip')
except Exception as e:
    print('(2.5) % (7)', type(e).__name__, e)
try:
    print('(2.5) ** (7)', (2.5) ** (7) if ('**' != '**' or abs(7) < 200) and ('**' != '<<' or abs(7) < 200) else 'skip')
except Exception as e:
    print('(2.5) ** (7)', type(e).__name__, e)
try:
    print('(2.5) << (7)', (2.5) << (7) if ('<<' != '**' or abs(7) < 200) and ('<<' != '<<' or abs(7) < 200) else 'skip')
except Exception as e:
    print('(2.5) << (7)', type(e).__name__, e)
try:
    print('(2.5) >> (7)', (2.5) >> (7) if ('>>' != '**' or abs(7) < 200) and ('>>' != '<<' or abs(7) < 200) else 'skip')
except Exception as e:
    print('(2.5) >> (7)', type(e).__name__, e)
try:
    print('(2.5) & (7)', (2.5) & (7) if ('&' != '**' or abs(7) < 200) and ('&' != '<<' or abs(7) < 200) else 'skip')
except Exception as e:
    print('(2.5) & (7)', type(e).__name__, e)
try:
    print('(2.5) | (7)', (2.5) | (7) if ('|' != '**' or abs(7) < 200) and ('|' != '<<' or abs(7) < 200) else 'skip')
except Exception as e:
    print('(2.5) | (7)', type(e).__name__, e)
try:
    print('(2.5) ^ (7)', (2.5) ^ (7) if ('^' != '**' or abs(7) < 200) and ('^' != '<<' or abs(7) < 200) else 'skip')
except Exception as e:
    print('(2.5) ^ (7)', type(e).__name__, e)
try:
    print('(2.5) / (7)', (2.5) / (7) if ('/' != '**' or abs(7) < 200) and ('/' != '<<' or abs(7) < 200) else 'skip')
except Exception as e:
    print('(2.5) / (7)', type(e).__name__, e)
try:
    print('(2.5) < (7)', (2.5) < (7) if ('<' != '**' or abs(7) < 200) and ('<' != '<<' or abs(7) < 200) else 'skip')
except Exception as e:
    print('(2.5) < (7)', type(e).__name__, e)
try:
    print('(2.5) == (7)', (2.5) == (7) if ('==' != '**' or abs(7) < 200) and ('==' != '<<' or abs(7) < 200) else 'skip')
except Exception as e:
    print('(2.5) == (7)', type(e).__name__, e)
try:
    print('(2.5) >= (7)', (2.5) >= (7) if ('>=' != '**' or abs(7) < 200) and ('>=' != '<<' or abs(7) < 200) else 'skip')
except Exception as e:
    print('(2.5) >= (7)', type(e).__name__, e)
try:
    print('(2.5) + (-7)', (2.5) + (-7) if ('+' != '**' or abs(-7) < 200) and ('+' != '<<' or abs(-7) < 200) else 'skip')
except Exception as e:
    print('(2.5) + (-7)', type(e).__name__, e)
try:
    print('(2.5) - (-7)', (2.5) - (-7) if ('-' != '**' or abs(-7) < 200) and ('-' != '<<' or abs(-7) < 200) else 'skip')
except Exception as e:
    print('(2.5) - (-7)', type(e).__name__, e)
try:
    print('(2.5) * (-7)', (2.5) * (-7) if ('*' != '**' or abs(-7) < 200) and ('*' != '<<' or abs(-7) < 200) else 'skip')
except Exception as e:
    print('(2.5) * (-7)', type(e).__name__, e)
try:
    print('(2.5) // (-7)', (2.5) // (-7) if ('//' != '**' or abs(-7) < 200) and ('//' != '<<' or abs(-7) < 200) else 'skip')
except Exception as e:
    print('(2.5) // (-7)', type(e).__name__, e)
try:
    print('(2.5) % (-7)', (2.5) % (-7) if ('%' != '**' or abs(-7) < 200) and ('%' != '<<' or abs(-7) < 200) else 'skip')
except Exception as e:
    print('(2.5) % (-7)', type(e).__name__, e)
try:
    print('(2.5) ** (-7)', (2.5) ** (-7) if ('**' != '**' or abs(-7) < 200) and ('**' != '<<' or abs(-7) < 200) else 'skip')
except Exception as e:
    print('(2.5) ** (-7)', type(e).__name__, e)
try:
    print('(2.5) << (-7)', (2.5) << (-7) if ('<<' != '**' or abs(-7) < 200) and ('<<' != '<<' or abs(-7) < 200) else 'skip')
except Exception as e:
    print('(2.5) << (-7)', type(e).__name__, e)
try:
    print('(2.5) >> (-7)', (2.5) >> (-7) if ('>>' != '**' or abs(-7) < 200) and ('>>' != '<<' or abs(-7) < 200) else 'skip')
except Exception as e:
    print('(2.5) >> (-7)', type(e).__name__, e)
try:
    print('(2.5) & (-7)', (2.5) & (-7) if ('&' != '**' or abs(-7) < 200) and ('&' != '<<' or abs(-7) < 200) else 'skip')
except Exception as e:
    print('(2.5) & (-7)', type(e).__name__, e)
try:
    print('(2.5) | (-7)', (2.5) | (-7) if ('|' != '**' or abs(-7) < 200) and ('|' != '<<' or abs(-7) < 200) else 'skip')
except Exception as e:
    print('(2.5) | (-7)', type(e).__name__, e)
try:
    print('(2.5) ^ (-7)', (2.5) ^ (-7) if ('^' != '**' or abs(-7) < 200) and ('^' != '<<' or abs(-7) < 200) else 'skip')
except Exception as e:
    print('(2.5) ^ (-7)', type(e).__name__, e)
try:
    print('(2.5) / (-7)', (2.5) / (-7) if ('/' != '**' or abs(-7) < 200) and ('/' != '<<' or abs(-7) < 200) else 'skip')
except Exception as e:
    print('(2.5) / (-7)', type(e).__name__, e)
try:
    print('(2.5) < (-7)', (2.5) < (-7) if ('<' != '**' or abs(-7) < 200) and ('<' != '<<' or abs(-7) < 200) else 'skip')
except Exception as e:
    print('(2.5) < (-7)', type(e).__name__, e)
try:
    print('(2.5) == (-7)', (2.5) == (-7) if ('==' != '**' or abs(-7) < 200) and ('==' != '<<' or abs(-7) < 200) else 'skip')
except Exception as e:
    print('(2.5) == (-7)', type(e).__name__, e)
try:
    print('(2.5) >= (-7)', (2.5) >= (-7) if ('>=' != '**' or abs(-7) < 200) and ('>=' != '<<' or abs(-7) < 200) else 'skip')
except Exception as e:
    print('(2.5) >= (-7)', type(e).__name__, e)
try:
    print('(2.5) + (3)', (2.5) + (3) if ('+' != '**' or abs(3) < 200) and ('+' != '<<' or abs(3) < 200) else 'skip')
except Exception as e:
    print('(2.5) + (3)', type(e).__name__, e)
try:
    print('(2.5) - (3)', (2.5) - (3) if ('-' != '**' or abs(3) < 200) and ('-' != '<<' or abs(3) < 200) else 'skip')
except Exception as e:
    print('(2.5) - (3)', type(e).__name__, e)
try:
    print('(2.5) * (3)', (2.5) * (3) if ('*' != '**' or abs(3) < 200) and ('*' != '<<' or abs(3) < 200) else 'skip')
except Exception as e:
    print('(2.5) * (3)', type(e).__name__, e)
try:
    print('(2.5) // (3)', (2.5) // (3) if ('//' != '**' or abs(3) < 200) and ('//' != '<<' or abs(3) < 200) else 'skip')
except Exception as e:
    print('(2.5) // (3)', type(e).__name__, e)
try:
    print('(2.5) % (3)', (2.5) % (3) if ('%' != '**' or abs(3) < 200) and ('%' != '<<' or abs(3) < 200) else 'skip')
except Exception as e:
    print('(2.5) % (3)', type(e).__name__, e)
try:
    print('(2.5) ** (3)', (2.5) ** (3) if ('**' != '**' or abs(3) < 200) and ('**' != '<<' or abs(3) < 200) else 'skip')
except Exception as e:
    print('(2.5) ** (3)', type(e).__name__, e)
try:
    print('(2.5) << (3)', (2.5) << (3) if ('<<' != '**' or abs(3) < 200) and ('<<' != '<<' or abs(3) < 200) else 'skip')
except Exception as e:
    print('(2.5) << (3)', type(e).__name__, e)
try:
    print('(2.5) >> (3)', (2.5) >> (3) if ('>>' != '**' or abs(3) < 200) and ('>>' != '<<' or abs(3) < 200) else 'skip')
except Exception as e:
    print('(2.5) >> (3)', type(e).__name__, e)
try:
    print('(2.5) & (3)', (2.5) & (3) if ('&' != '**' or abs(3) < 200) and ('&' != '<<' or abs(3) < 200) else 'skip')
except Exception as e:
    print('(2.5) & (3)', type(e).__name__, e)
try:
    print('(2.5) | (3)', (2.5) | (3) if ('|' != '**' or abs(3) < 200) and ('|' != '<<' or abs(3) < 200) else 'skip')
except Exception as e:
    print('(2.5) | (3)', type(e).__name__, e)
try:
    print('(2.5) ^ (3)', (2.5) ^ (3) if ('^' != '**' or abs(3) < 200) and ('^' != '<<' or abs(3) < 200) else 'skip')
except Exception as e:
    print('(2.5) ^ (3)', type(e).__name__, e)
try:
    print('(2.5) / (3)', (2.5) / (3) if ('/' != '**' or abs(3) < 200) and ('/' != '<<' or abs(3) < 200) else 'skip')
except Exception as e:
    print('(2.5) / (3)', type(e).__name__, e)
try:
    print('(2.5) < (3)', (2.5) < (3) if ('<' != '**' or abs(3) < 200) and ('<' != '<<' or abs(3) < 200) else 'skip')
except Exception as e:
    print('(2.5) < (3)', type(e).__name__, e)
try:
    print('(2.5) == (3)', (2.5) == (3) if ('==' != '**' or abs(3) < 200) and ('==' != '<<' or abs(3) < 200) else 'skip')
except Exception as e:
    print('(2.5) == (3)', type(e).__name__, e)
try:
    print('(2.5) >= (3)', (2.5) >= (3) if ('>=' != '**' or abs(3) < 200) and ('>=' != '<<' or abs(3) < 200) else 'skip')
except Exception as e:
    print('(2.5) >= (3)', type(e).__name__, e)
try:
    print('(2.5) + (-3)', (2.5) + (-3) if ('+' != '**' or abs(-3) < 200) and ('+' != '<<' or abs(-3) < 200) else 'skip')
except Exception as e:
    print('(2.5) + (-3)', type(e).__name__, e)
try:
    print('(2.5) - (-3)', (2.5) - (-3) if ('-' != '**' or abs(-3) < 200) and ('-' != '<<' or abs(-3) < 200) else 'skip')
except Exception as e:
    print('(2.5) - (-3)', type(e).__name__, e)
try:
    print('(2.5) * (-3)', (2.5) * (-3) if ('*' != '**' or abs(-3) < 200) and ('*' != '<<' or abs(-3) < 200) else 'skip')
except Exception as e:
    print('(2.5) * (-3)', type(e).__name__, e)
try:
    print('(2.5) // (-3)', (2.5) // (-3) if ('//' != '**' or abs(-3) < 200) and ('//' != '<<' or abs(-3) < 200) else 'skip')
except Exception as e:
    print('(2.5) // (-3)', type(e).__name__, e)
try:
    print('(2.5) % (-3)', (2.5) % (-3) if ('%' != '**' or abs(-3) < 200) and ('%' != '<<' or abs(-3) < 200) else 'skip')
except Exception as e:
    print('(2.5) % (-3)', type(e).__name__, e)
try:
    print('(2.5) ** (-3)', (2.5) ** (-3) if ('**' != '**' or abs(-3) < 200) and ('**' != '<<' or abs(-3) < 200) else 'skip')
except Exception as e:
    print('(2.5) ** (-3)', type(e).__name__, e)
try:
    print('(2.5) << (-3)', (2.5) << (-3) if ('<<' != '**' or abs(-3) < 200) and ('<<' != '<<' or abs(-3) < 200) else 'skip')
except Exception as e:
    print('(2.5) << (-3)', type(e).__name__, e)
try:
    print('(2.5) >> (-3)', (2.5) >> (-3) if ('>>' != '**' or abs(-3) < 200) and ('>>' != '<<' or abs(-3) < 200) else 'skip')
except Exception as e:
    print('(2.5) >> (-3)', type(e).__name__, e)
try:
    print('(2.5) & (-3)', (2.5) & (-3) if ('&' != '**' or abs(-3) < 200) and ('&' != '<<' or abs(-3) < 200) else 'skip')
except Exception as e:
    print('(2.5) & (-3)', type(e).__name__, e)
try:
    print('(2.5) | (-3)', (2.5) | (-3) if ('|' != '**' or abs(-3) < 200) and ('|' != '<<' or abs(-3) < 200) else 'skip')
except Exception as e:
    print('(2.5) | (-3)', type(e).__name__, e)
try:
    print('(2.5) ^ (-3)', (2.5) ^ (-3) if ('^' != '**' or abs(-3) < 200) and ('^' != '<<' or abs(-3) < 200) else 'skip')
except Exception as e:
    print('(2.5) ^ (-3)', type(e).__name__, e)
try:
    print('(2.5) / (-3)', (2.5) / (-3) if ('/' != '**' or abs(-3) < 200) and ('/' != '<<' or abs(-3) < 200) else 'skip')
except Exception as e:
    print('(2.5) / (-3)', type(e).__name__, e)
try:
    print('(2.5) < (-3)', (2.5) < (-3) if ('<' != '**' or abs(-3) < 200) and ('<' != '<<' or abs(-3) < 200) else 'skip')
except Exception as e:
    print('(2.5) < (-3)', type(e).__name__, e)
try:
    print('(2.5) == (-3)', (2.5) == (-3) if ('==' != '**' or abs(-3) < 200) and ('==' != '<<' or abs(-3) < 200) else 'skip')
except Exception as e:
    print('(2.5) == (-3)', type(e).__name__, e)
try:
    print('(2.5) >= (-3)', (2.5) >= (-3) if ('>=' != '**' or abs(-3) < 200) and ('>=' != '<<' or abs(-3) < 200) else 'skip')
except Exception as e:
    print('(2.5) >= (-3)', type(e).__name__, e)
try:
    print('(2.5) + (2**63)', (2.5) + (2**63) if ('+' != '**' or abs(2**63) < 200) and ('+' != '<<' or abs(2**63) < 200) else 'skip')
except Exception as e:
    print('(2.5) + (2**63)', type(e).__name__, e)
try:
    print('(2.5) - (2**63)', (2.5) - (2**63) if ('-' != '**' or abs(2**63) < 200) and ('-' != '<<' or abs(2**63) < 200) else 'skip')
except Exception as e:
    print('(2.5) - (2**63)', type(e).__name__, e)
try:
    print('(2.5) * (2**63)', (2.5) * (2**63) if ('*' != '**' or abs(2**63) < 200) and ('*' != '<<' or abs(2**63) < 200) else 'skip')
except Exception as e:
    print('(2.5) * (2**63)', type(e).__name__, e)
try:
    print('(2.5) // (2**63)', (2.5) // (2**63) if ('//' != '**' or abs(2**63) < 200) and ('//' != '<<' or abs(2**63) < 200) else 'skip')
except Exception as e:
    print('(2.5) // (2**63)', type(e).__name__, e)
try:
    print('(2.5) % (2**63)', (2.5) % (2**63) if ('%' != '**' or abs(2**63) < 200) and ('%' != '<<' or abs(2**63) < 200) else 'skip')
except Exception as e:
    print('(2.5) % (2**63)', type(e).__name__, e)
try:
    print('(2.5) ** (2**63)', (2.5) ** (2**63) if ('**' != '**' or abs(2**63) < 200) and ('**' != '<<' or abs(2**63) < 200) else 'skip')
except Exception as e:
    print('(2.5) ** (2**63)', type(e).__name__, e)
try:
    print('(2.5) << (2**63)', (2.5) << (2**63) if ('<<' != '**' or abs(2**63) < 200) and ('<<' != '<<' or abs(2**63) < 200) else 'skip')
except Exception as e:
    print('(2.5) << (2**63)', type(e).__name__, e)
try:
    print('(2.5) >> (2**63)', (2.5) >> (2**63) if ('>>' != '**' or abs(2**63) < 200) and ('>>' != '<<' or abs(2**63) < 200) else 'skip')
except Exception as e:
    print('(2.5) >> (2**63)', type(e).__name__, e)
try:
    print('(2.5) & (2**63)', (2.5) & (2**63) if ('&' != '**' or abs(2**63) < 200) and ('&' != '<<' or abs(2**63) < 200) else 'skip')
except Exception as e:
    print('(2.5) & (2**63)', type(e).__name__, e)
try:
    print('(2.5) | (2**63)', (2.5) | (2**63) if ('|' != '**' or abs(2**63) < 200) and ('|' != '<<' or abs(2**63) < 200) else 'skip')
except Exception as e:
    print('(2.5) | (2**63)', type(e).__name__, e)
try:
    print('(2.5) ^ (2**63)', (2.5) ^ (2**63) if ('^' != '**' or abs(2**63) < 200) and ('^' != '<<' or abs(2**63) < 200) else 'skip')
except Exception as e:
    print('(2.5) ^ (2**63)', type(e).__name__, e)
try:
    print('(2.5) / (2**63)', (2.5) / (2**63) if ('/' != '**' or abs(2**63) < 200) and ('/' != '<<' or abs(2**63) < 200) else 'skip')
except Exception as e:
    print('(2.5) / (2**63)', type(e).__name__, e)
try:
    print('(2.5) < (2**63)', (2.5) < (2**63) if ('<' != '**' or abs(2**63) < 200) and ('<' != '<<' or abs(2**63) < 200) else 'skip')
except Exception as e:
    print('(2.5) < (2**63)', type(e).__name__, e)
try:
    print('(2.5) == (2**63)', (2.5) == (2**63) if ('==' != '**' or abs(2**63) < 200) and ('==' != '<<' or abs(2**63) < 200) else 'skip')
except Exception as e:
    print('(2.5) == (2**63)', type(e).__name__, e)
try:
    print('(2.5) >= (2**63)', (2.5) >= (2**63) if ('>=' != '**' or abs(2**63) < 200) and ('>=' != '<<' or abs(2**63) < 200) else 'skip')
except Exception as e:
    print('(2.5) >= (2**63)', type(e).__name__, e)
try:
    print('(2.5) + (-2**63)', (2.5) + (-2**63) if ('+' != '**' or abs(-2**63) < 200) and ('+' != '<<' or abs(-2**63) < 200) else 'skip')
except Exception as e:
    print('(2.5) + (-2**63)', type(e).__name__, e)
try:
    print('(2.5) - (-2**63)', (2.5) - (-2**63) if ('-' != '**' or abs(-2**63) < 200) and ('-' != '<<' or abs(-2**63) < 200) else 'skip')
except Exception as e:
    print('(2.5) - (-2**63)', type(e).__name__, e)
try:
    print('(2.5) * (-2**63)', (2.5) * (-2**63) if ('*' != '**' or abs(-2**63) < 200) and ('*' != '<<' or abs(-2**63) < 200) else 'skip')
except Exception as e:
    print('(2.5) * (-2**63)', type(e).__name__, e)
try:
    print('(2.5) // (-2**63)', (2.5) // (-2**63) if ('//' != '**' or abs(-2**63) < 200) and ('//' != '<<' or abs(-2**63) < 200) else 'skip')
except Exception as e:
    print('(2.5) // (-2**63)', type(e).__name__, e)
try:
    print('(2.5) % (-2**63)', (2.5) % (-2**63) if ('%' != '**' or abs(-2**63) < 200) and ('%' != '<<' or abs(-2**63) < 200) else 'skip')
except Exception as e:
    print('(2.5) % (-2**63)', type(e).__name__, e)
try:
    print('(2.5) ** (-2**63)', (2.5) ** (-2**63) if ('**' != '**' or abs(-2**63) < 200) and ('**' != '<<' or abs(-2**63) < 200) else 'skip')
except Exception as e:
    print('(2.5) ** (-2**63)', type(e).__name__, e)
try:
    print('(2.5) << (-2**63)', (2.5) << (-2**63) if ('<<' != '**' or abs(-2**63) < 200) and ('<<' != '<<' or abs(-2**63) < 200) else 'skip')
except Exception as e:
    print('(2.5) << (-2**63)', type(e).__name__, e)
try:
    print('(2.5) >> (-2**63)', (2.5) >> (-2**63) if ('>>' != '**' or abs(-2**63) < 200) and ('>>' != '<<' or abs(-2**63) < 200) else 'skip')
except Exception as e:
    print('(2.5) >> (-2**63)', type(e).__name__, e)
try:
    print('(2.5) & (-2**63)', (2.5) & (-2**63) if ('&' != '**' or abs(-2**63) < 200) and ('&' != '<<' or abs(-2**63) < 200) else 'skip')
except Exception as e:
    print('(2.5) & (-2**63)', type(e).__name__, e)
try:
    print('(2.5) | (-2**63)', (2.5) | (-2**63) if ('|' != '**' or abs(-2**63) < 200) and ('|' != '<<' or abs(-2**63) < 200) else 'skip')
except Exception as e:
    print('(2.5) | (-2**63)', type(e).__name__, e)
try:
    print('(2.5) ^ (-2**63)', (2.5) ^ (-2**63) if ('^' != '**' or abs(-2**63) < 200) and ('^' != '<<' or abs(-2**63) < 200) else 'skip')
except Exception as e:
    print('(2.5) ^ (-2**63)', type(e).__name__, e)
try:
    print('(2.5) / (-2**63)', (2.5) / (-2**63) if ('/' != '**' or abs(-2**63) < 200) and ('/' != '<<' or abs(-2**63) < 200) else 'skip')
except Exception as e:
    print('(2.5) / (-2**63)', type(e).__name__, e)
try:
    print('(2.5) < (-2**63)', (2.5) < (-2**63) if ('<' != '**' or abs(-2**63) < 200) and ('<' != '<<' or abs(-2**63) < 200) else 'skip')
except Exception as e:
    print('(2.5) < (-2**63)', type(e).__name__, e)
try:
    print('(2.5) == (-2**63)', (2.5) == (-2**63) if ('==' != '**' or abs(-2**63) < 200) and ('==' != '<<' or abs(-2**63) < 200) else 'skip')
except Exception as e:
    print('(2.5) == (-2**63)', type(e).__name__, e)
try:
    print('(2.5) >= (-2**63)', (2.5) >= (-2**63) if ('>=' != '**' or abs(-2**63) < 200) and ('>=' != '<<' or abs(-2**63) < 200) else 'skip')
except Exception as e:
    print('(2.5) >= (-2**63)', type(e).__name__, e)
try:
    print('(2.5) + (2**64 + 5)', (2.5) + (2**64 + 5) if ('+' != '**' or abs(2**64 + 5) < 200) and ('+' != '<<' or abs(2**64 + 5) < 200) else 'skip')
except Exception as e:
    print('(2.5) + (2**64 + 5)', type(e).__name__, e)
try:
    print('(2.5) - (2**64 + 5)', (2.5) - (2**64 + 5) if ('-' != '**' or abs(2**64 + 5) < 200) and ('-' != '<<' or abs(2**64 + 5) < 200) else 'skip')
except Exception as e:
    print('(2.5) - (2**64 + 5)', type(e).__name__, e)
try:
    print('(2.5) * (2**64 + 5)', (2.5) * (2**64 + 5) if ('*' != '**' or abs(2**64 + 5) < 200) and ('*' != '<<' or abs(2**64 + 5) < 200) else 'skip')
except Exception as e:
    print('(2.5) * (2**64 + 5)', type(e).__name__, e)
try:
    print('(2.5) // (2**64 + 5)', (2.5) // (2**64 + 5) if ('//' != '**' or abs(2**64 + 5) < 200) and ('//' != '<<' or abs(2**64 + 5) < 200) else 'skip')
except Exception as e:
    print('(2.5) // (2**64 + 5)', type(e).__name__, e)
try:
    print('(2.5) % (2**64 + 5)', (2.5) % (2**64 + 5) if ('%' != '**' or abs(2**64 + 5) < 200) and ('%' != '<<' or abs(2**64 + 5) < 200) else 'skip')
except Exception as e:
    print('(2.5) % (2**64 + 5)', type(e).__name__, e)
try:
    print('(2.5) ** (2**64 + 5)', (2.5) ** (2**64 + 5) if ('**' != '**' or abs(2**64 + 5) < 200) and ('**' != '<<' or abs(2**64 + 5) < 200) else 'skip')
except Exception as e:
    print('(2.5) ** (2**64 + 5)', type(e).__name__, e)
try:
    print('(2.5) << (2**64 + 5)', (2.5) << (2**64 + 5) if ('<<' != '**' or abs(2**64 + 5) < 200) and ('<<' != '<<' or abs(2**64 + 5) < 200) else 'skip')
except Exception as e:
    print('(2.5) << (2**64 + 5)', type(e).__name__, e)
try:
    print('(2.5) >> (2**64 + 5)', (2.5) >> (2**64 + 5) if ('>>' != '**' or abs(2**64 + 5) < 200) and ('>>' != '<<' or abs(2**64 + 5) < 200) else 'skip')
except Exception as e:
    print('(2.5) >> (2**64 + 5)', type(e).__name__, e)
try:
    print('(2.5) & (2**64 + 5)', (2.5) & (2**64 + 5) if ('&' != '**' or abs(2**64 + 5) < 200) and ('&' != '<<' or abs(2**64 + 5) < 200) else 'skip')
except Exception as e:
    print('(2.5) & (2**64 + 5)', type(e).__name__, e)
try:
    print('(2.5) | (2**64 + 5)', (2.5) | (2**64 + 5) if ('|' != '**' or abs(2**64 + 5) < 200) and ('|' != '<<' or abs(2**64 + 5) < 200) else 'skip')
except Exception as e:
    print('(2.5) | (2**64 + 5)', type(e).__name__, e)
try:
    print('(2.5) ^ (2**64 + 5)', (2.5) ^ (2**64 + 5) if ('^' != '**' or abs(2**64 + 5) < 200) and ('^' != '<<' or abs(2**64 + 5) < 200) else 'skip')
except Exception as e:
    print('(2.5) ^ (2**64 + 5)', type(e).__name__, e)
try:
    print('(2.5) / (2**64 + 5)', (2.5) / (2**64 + 5) if ('/' != '**' or abs(2**64 + 5) < 200) and ('/' != '<<' or abs(2**64 + 5) < 200) else 'skip')
except Exception as e:
    print('(2.5) / (2**64 + 5)', type(e).__name__, e)
try:
    print('(2.5) < (2**64 + 5)', (2.5) < (2**64 + 5) if ('<' != '**' or abs(2**64 + 5) < 200) and ('<' != '<<' or abs(2**64 + 5) < 200) else 'skip')
except Exception as e:
    print('(2.5) < (2**64 + 5)', type(e).__name__, e)
try:
    print('(2.5) == (2**64 + 5)', (2.5) == (2**64 + 5) if ('==' != '**' or abs(2**64 + 5) < 200) and ('==' != '<<' or abs(2**64 + 5) < 200) else 'skip')
except Exception as e:
    print('(2.5) == (2**64 + 5)', type(e).__name__, e)
try:
    print('(2.5) >= (2**64 + 5)', (2.5) >= (2**64 + 5) if ('>=' != '**' or abs(2**64 + 5) < 200) and ('>=' != '<<' or abs(2**64 + 5) < 200) else 'skip')
except Exception as e:
    print('(2.5) >= (2**64 + 5)', type(e).__name__, e)
try:
    print('(2.5) + (-(2**70))', (2.5) + (-(2**70)) if ('+' != '**' or abs(-(2**70)) < 200) and ('+' != '<<' or abs(-(2**70)) < 200) else 'skip')
except Exception as e:
    print('(2.5) + (-(2**70))', type(e).__name__, e)
try:
    print('(2.5) - (-(2**70))', (2.5) - (-(2**70)) if ('-' != '**' or abs(-(2**70)) < 200) and ('-' != '<<' or abs(-(2**70)) < 200) else 'skip')
except Exception as e:
    print('(2.5) - (-(2**70))', type(e).__name__, e)
try:
    print('(2.5) * (-(2**70))', (2.5) * (-(2**70)) if ('*' != '**' or abs(-(2**70)) < 200) and ('*' != '<<' or abs(-(2**70)) < 200) else 'skip')
except Exception as e:
    print('(2.5) * (-(2**70))', type(e).__name__, e)
try:
    print('(2.5) // (-(2**70))', (2.5) // (-(2**70)) if ('//' != '**' or abs(-(2**70)) < 200) and ('//' != '<<' or abs(-(2**70)) < 200) else 'skip')
except Exception as e:
    print('(2.5) // (-(2**70))', type(e).__name__, e)
try:
    print('(2.5) % (-(2**70))', (2.5) % (-(2**70)) if ('%' != '**' or abs(-(2**70)) < 200) and ('%' != '<<' or abs(-(2**70)) < 200) else 'skip')
except Exception as e:
    print('(2.5) % (-(2**70))', type(e).__name__, e)
try:
    print('(2.5) ** (-(2**70))', (2.5) ** (-(2**70)) if ('**' != '**' or abs(-(2**70)) < 200) and ('**' != '<<' or abs(-(2**70)) < 200) else 'skip')
except Exception as e:
    print('(2.5) ** (-(2**70))', type(e).__name__, e)
try:
    print('(2.5) << (-(2**70))', (2.5) << (-(2**70)) if ('<<' != '**' or abs(-(2**70)) < 200) and ('<<' != '<<' or abs(-(2**70)) < 200) else 'skip')
except Exception as e:
    print('(2.5) << (-(2**70))', type(e).__name__, e)
try:
    print('(2.5) >> (-(2**70))', (2.5) >> (-(2**70)) if ('>>' != '**' or abs(-(2**70)) < 200) and ('>>' != '<<' or abs(-(2**70)) < 200) else 'skip')
except Exception as e:
    print('(2.5) >> (-(2**70))', type(e).__name__, e)
try:
    print('(2.5) & (-(2**70))', (2.5) & (-(2**70)) if ('&' != '**' or abs(-(2**70)) < 200) and ('&' != '<<' or abs(-(2**70)) < 200) else 'skip')
except Exception as e:
    print('(2.5) & (-(2**70))', type(e).__name__, e)
try:
    print('(2.5) | (-(2**70))', (2.5) | (-(2**70)) if ('|' != '**' or abs(-(2**70)) < 200) and ('|' != '<<' or abs(-(2**70)) < 200) else 'skip')
except Exception as e:
    print('(2.5) | (-(2**70))', type(e).__name__, e)
try:
    print('(2.5) ^ (-(2**70))', (2.5) ^ (-(2**70)) if ('^' != '**' or abs(-(2**70)) < 200) and ('^' != '<<' or abs(-(2**70)) < 200) else 'skip')
except Exception as e:
    print('(2.5) ^ (-(2**70))', type(e).__name__, e)
try:
    print('(2.5) / (-(2**70))', (2.5) / (-(2**70)) if ('/' != '**' or abs(-(2**70)) < 200) and ('/' != '<<' or abs(-(2**70)) < 200) else 'skip')
except Exception as e:
    print('(2.5) / (-(2**70))', type(e).__name__, e)
try:
    print('(2.5) < (-(2**70))', (2.5) < (-(2**70)) if ('<' != '**' or abs(-(2**70)) < 200) and ('<' != '<<' or abs(-(2**70)) < 200) else 'skip')
except Exception as e:
    print('(2.5) < (-(2**70))', type(e).__name__, e)
try:
    print('(2.5) == (-(2**70))', (2.5) == (-(2**70)) if ('==' != '**' or abs(-(2**70)) < 200) and ('==' != '<<' or abs(-(2**70)) < 200) else 'skip')
except Exception as e:
    print('(2.5) == (-(2**70))', type(e).__name__, e)
try:
    print('(2.5) >= (-(2**70))', (2.5) >= (-(2**70)) if ('>=' != '**' or abs(-(2**70)) < 200) and ('>=' != '<<' or abs(-(2**70)) < 200) else 'skip')
except Exception as e:
    print('(2.5) >= (-(2**70))', type(e).__name__, e)
try:
    print('(2.5) + (10**20)', (2.5) + (10**20) if ('+' != '**' or abs(10**20) < 200) and ('+' != '<<' or abs(10**20) < 200) else 'skip')
except Exception as e:
    print('(2.5) + (10**20)', type(e).__name__, e)
try:
    print('(2.5) - (10**20)', (2.5) - (10**20) if ('-' != '**' or abs(10**20) < 200) and ('-' != '<<' or abs(10**20) < 200) else 'skip')
except Exception as e:
    print('(2.5) - (10**20)', type(e).__name__, e)
try:
    print('(2.5) * (10**20)', (2.5) * (10**20) if ('*' != '**' or abs(10**20) < 200) and ('*' != '<<' or abs(10**20) < 200) else 'skip')
except Exception as e:
    print('(2.5) * (10**20)', type(e).__name__, e)
try:
    print('(2.5) // (10**20)', (2.5) // (10**20) if ('//' != '**' or abs(10**20) < 200) and ('//' != '<<' or abs(10**20) < 200) else 'skip')
except Exception as e:
    print('(2.5) // (10**20)', type(e).__name__, e)
try:
    print('(2.5) % (10**20)', (2.5) % (10**20) if ('%' != '**' or abs(10**20) < 200) and ('%' != '<<' or abs(10**20) < 200) else 'skip')
except Exception as e:
    print('(2.5) % (10**20)', type(e).__name__, e)
try:
    print('(2.5) ** (10**20)', (2.5) ** (10**20) if ('**' != '**' or abs(10**20) < 200) and ('**' != '<<' or abs(10**20) < 200) else 'skip')
except Exception as e:
    print('(2.5) ** (10**20)', type(e).__name__, e)
try:
    print('(2.5) << (10**20)', (2.5) << (10**20) if ('<<' != '**' or abs(10**20) < 200) and ('<<' != '<<' or abs(10**20) < 200) else 'skip')
except Exception as e:
    print('(2.5) << (10**20)', type(e).__name__, e)
try:
    print('(2.5) >> (10**20)', (2.5) >> (10**20) if ('>>' != '**' or abs(10**20) < 200) and ('>>' != '<<' or abs(10**20) < 200) else 'skip')
except Exception as e:
    print('(2.5) >> (10**20)', type(e).__name__, e)
try:
    print('(2.5) & (10**20)', (2.5) & (10**20) if ('&' != '**' or abs(10**20) < 200) and ('&' != '<<' or abs(10**20) < 200) else 'skip')
except Exception as e:
    print('(2.5) & (10**20)', type(e).__name__, e)
try:
    print('(2.5) | (10**20)', (2.5) | (10**20) if ('|' != '**' or abs(10**20) < 200) and ('|' != '<<' or abs(10**20) < 200) else 'skip')
except Exception as e:
    print('(2.5) | (10**20)', type(e).__name__, e)
try:
    print('(2.5) ^ (10**20)', (2.5) ^ (10**20) if ('^' != '**' or abs(10**20) < 200) and ('^' != '<<' or abs(10**20) < 200) else 'skip')
except Exception as e:
    print('(2.5) ^ (10**20)', type(e).__name__, e)
try:
    print('(2.5) / (10**20)', (2.5) / (10**20) if ('/' != '**' or abs(10**20) < 200) and ('/' != '<<' or abs(10**20) < 200) else 'skip')
except Exception as e:
    print('(2.5) / (10**20)', type(e).__name__, e)
try:
    print('(2.5) < (10**20)', (2.5) < (10**20) if ('<' != '**' or abs(10**20) < 200) and ('<' != '<<' or abs(10**20) < 200) else 'skip')
except Exception as e:
    print('(2.5) < (10**20)', type(e).__name__, e)
try:
    print('(2.5) == (10**20)', (2.5) == (10**20) if ('==' != '**' or abs(10**20) < 200) and ('==' != '<<' or abs(10**20) < 200) else 'skip')
except Exception as e:
    print('(2.5) == (10**20)', type(e).__name__, e)
try:
    print('(2.5) >= (10**20)', (2.5) >= (10**20) if ('>=' != '**' or abs(10**20) < 200) and ('>=' != '<<' or abs(10**20) < 200) else 'skip')
except Exception as e:
    print('(2.5) >= (10**20)', type(e).__name__, e)
try:
    print('(2.5) + (True)', (2.5) + (True) if ('+' != '**' or abs(True) < 200) and ('+' != '<<' or abs(True) < 200) else 'skip')
except Exception as e:
    print('(2.5) + (True)', type(e).__name__, e)
try:
    print('(2.5) - (True)', (2.5) - (True) if ('-' != '**' or abs(True) < 200) and ('-' != '<<' or abs(True) < 200) else 'skip')
except Exception as e:
    print('(2.5) - (True)', type(e).__name__, e)
try:
    print('(2.5) * (True)', (2.5) * (True) if ('*' != '**' or abs(True) < 200) and ('*' != '<<' or abs(True) < 200) else 'skip')
except Exception as e:
    print('(2.5) * (True)', type(e).__name__, e)
try:
    print('(2.5) // (True)', (2.5) // (True) if ('//' != '**' or abs(True) < 200) and ('//' != '<<' or abs(True) < 200) else 'skip')
except Exception as e:
    print('(2.5) // (True)', type(e).__name__, e)
try:
    print('(2.5) % (True)', (2.5) % (True) if ('%' != '**' or abs(True) < 200) and ('%' != '<<' or abs(True) < 200) else 'skip')
except Exception as e:
    print('(2.5) % (True)', type(e).__name__, e)
try:
    print('(2.5) ** (True)', (2.5) ** (True) if ('**' != '**' or abs(True) < 200) and ('**' != '<<' or abs(True) < 200) else 'skip')
except Exception as e:
    print('(2.5) ** (True)', type(e).__name__, e)
try:
    print('(2.5) << (True)', (2.5) << (True) if ('<<' != '**' or abs(True) < 200) and ('<<' != '<<' or abs(True) < 200) else 'skip')
except Exception as e:
    print('(2.5) << (True)', type(e).__name__, e)
try:
    print('(2.5) >> (True)', (2.5) >> (True) if ('>>' != '**' or abs(True) < 200) and ('>>' != '<<' or abs(True) < 200) else 'skip')
except Exception as e:
    print('(2.5) >> (True)', type(e).__name__, e)
try:
    print('(2.5) & (True)', (2.5) & (True) if ('&' != '**' or abs(True) < 200) and ('&' != '<<' or abs(True) < 200) else 'skip')
except Exception as e:
    print('(2.5) & (True)', type(e).__name__, e)
try:
    print('(2.5) | (True)', (2.5) | (True) if ('|' != '**' or abs(True) < 200) and ('|' != '<<' or abs(True) < 200) else 'skip')
except Exception as e:
    print('(2.5) | (True)', type(e).__name__, e)
try:
    print('(2.5) ^ (True)', (2.5) ^ (True) if ('^' != '**' or abs(True) < 200) and ('^' != '<<' or abs(True) < 200) else 'skip')
except Exception as e:
    print('(2.5) ^ (True)', type(e).__name__, e)
try:
    print('(2.5) / (True)', (2.5) / (True) if ('/' != '**' or abs(True) < 200) and ('/' != '<<' or abs(True) < 200) else 'skip')
except Exception as e:
    print('(2.5) / (True)', type(e).__name__, e)
try:
    print('(2.5) < (True)', (2.5) < (True) if ('<' != '**' or abs(True) < 200) and ('<' != '<<' or abs(True) < 200) else 'skip')
except Exception as e:
    print('(2.5) < (True)', type(e).__name__, e)
try:
    print('(2.5) == (True)', (2.5) == (True) if ('==' != '**' or abs(True) < 200) and ('==' != '<<' or abs(True) < 200) else 'skip')
except Exception as e:
    print('(2.5) == (True)', type(e).__name__, e)
try:
    print('(2.5) >= (True)', (2.5) >= (True) if ('>=' != '**' or abs(True) < 200) and ('>=' != '<<' or abs(True) < 200) else 'skip')
except Exception as e:
    print('(2.5) >= (True)', type(e).__name__, e)
try:
    print('(2.5) + (2.5)', (2.5) + (2.5) if ('+' != '**' or abs(2.5) < 200) and ('+' != '<<' or abs(2.5) < 200) else 'skip')
except Exception as e:
    print('(2.5) + (2.5)', type(e).__name__, e)
try:
    print('(2.5) - (2.5)', (2.5) - (2.5) if ('-' != '**' or abs(2.5) < 200) and ('-' != '<<' or abs(2.5) < 200) else 'skip')
except Exception as e:
    print('(2.5) - (2.5)', type(e).__name__, e)
try:
    print('(2.5) * (2.5)', (2.5) * (2.5) if ('*' != '**' or abs(2.5) < 200) and ('*' != '<<' or abs(2.5) < 200) else 'skip')
except Exception as e:
    print('(2.5) * (2.5)', type(e).__name__, e)
try:
    print('(2.5) // (2.5)', (2.5) // (2.5) if ('//' != '**' or abs(2.5) < 200) and ('//' != '<<' or abs(2.5) < 200) else 'skip')
except Exception as e:
    print('(2.5) // (2.5)', type(e).__name__, e)
try:
    print('(2.5) % (2.5)', (2.5) % (2.5) if ('%' != '**' or abs(2.5) < 200) and ('%' != '<<' or abs(2.5) < 200) else 'skip')
except Exception as e:
    print('(2.5) % (2.5)', type(e).__name__, e)
try:
    print('(2.5) ** (2.5)', (2.5) ** (2.5) if ('**' != '**' or abs(2.5) < 200) and ('**' != '<<' or abs(2.5) < 200) else 'skip')
except Exception as e:
    print('(2.5) ** (2.5)', type(e).__name__, e)
try:
    print('(2.5) << (2.5)', (2.5) << (2.5) if ('<<' != '**' or abs(2.5) < 200) and ('<<' != '<<' or abs(2.5) < 200) else 'skip')
except Exception as e:
    print('(2.5) << (2.5)', type(e).__name__, e)
try:
    print('(2.5) >> (2.5)', (2.5) >> (2.5) if ('>>' != '**' or abs(2.5) < 200) and ('>>' != '<<' or abs(2.5) < 200) else 'skip')
except Exception as e:
    print('(2.5) >> (2.5)', type(e).__name__, e)
try:
    print('(2.5) & (2.5)', (2.5) & (2.5) if ('&' != '**' or abs(2.5) < 200) and ('&' != '<<' or abs(2.5) < 200) else 'skip')
except Exception as e:
    print('(2.5) & (2.5)', type(e).__name__, e)
try:
    print('(2.5) | (2.5)', (2.5) | (2.5) if ('|' != '**' or abs(2.5) < 200) and ('|' != '<<' or abs(2.5) < 200) else 'skip')
except Exception as e:
    print('(2.5) | (2.5)', type(e).__name__, e)
try:
    print('(2.5) ^ (2.5)', (2.5) ^ (2.5) if ('^' != '**' or abs(2.5) < 200) and ('^' != '<<' or abs(2.5) < 200) else 'skip')
except Exception as e:
    print('(2.5) ^ (2.5)', type(e).__name__, e)
try:
    print('(2.5) / (2.5)', (2.5) / (2.5) if ('/' != '**' or abs(2.5) < 200) and ('/' != '<<' or abs(2.5) < 200) else 'skip')
except Exception as e:
    print('(2.5) / (2.5)', type(e).__name__, e)
try:
    print('(2.5) < (2.5)', (2.5) < (2.5) if ('<' != '**' or abs(2.5) < 200) and ('<' != '<<' or abs(2.5) < 200) else 'skip')
except Exception as e:
    print('(2.5) < (2.5)', type(e).__name__, e)
try:
    print('(2.5) == (2.5)', (2.5) == (2.5) if ('==' != '**' or abs(2.5) < 200) and ('==' != '<<' or abs(2.5) < 200) else 'skip')
except Exception as e:
    print('(2.5) == (2.5)', type(e).__name__, e)
try:
    print('(2.5) >= (2.5)', (2.5) >= (2.5) if ('>=' != '**' or abs(2.5) < 200) and ('>=' != '<<' or abs(2.5) < 200) else 'skip')
except Exception as e:
    print('(2.5) >= (2.5)', type(e).__name__, e)
try:
    print('(2.5) + (-0.5)', (2.5) + (-0.5) if ('+' != '**' or abs(-0.5) < 200) and ('+' != '<<' or abs(-0.5) < 200) else 'skip')
except Exception as e:
    print('(2.5) + (-0.5)', type(e).__name__, e)
try:
    print('(2.5) - (-0.5)', (2.5) - (-0.5) if ('-' != '**' or abs(-0.5) < 200) and ('-' != '<<' or abs(-0.5) < 200) else 'skip')
except Exception as e:
    print('(2.5) - (-0.5)', type(e).__name__, e)
try:
    print('(2.5) * (-0.5)', (2.5) * (-0.5) if ('*' != '**' or abs(-0.5) < 200) and ('*' != '<<' or abs(-0.5) < 200) else 'skip')
except Exception as e:
    print('(2.5) * (-0.5)', type(e).__name__, e)
try:
    print('(2.5) // (-0.5)', (2.5) // (-0.5) if ('//' != '**' or abs(-0.5) < 200) and ('//' != '<<' or abs(-0.5) < 200) else 'skip')
except Exception as e:
    print('(2.5) // (-0.5)', type(e).__name__, e)
try:
    print('(2.5) % (-0.5)', (2.5) % (-0.5) if ('%' != '**' or abs(-0.5) < 200) and ('%' != '<<' or abs(-0.5) < 200) else 'skip')
except Exception as e:
    print('(2.5) % (-0.5)', type(e).__name__, e)
try:
    print('(2.5) ** (-0.5)', (2.5) ** (-0.5) if ('**' != '**' or abs(-0.5) < 200) and ('**' != '<<' or abs(-0.5) < 200) else 'skip')
except Exception as e:
    print('(2.5) ** (-0.5)', type(e).__name__, e)
try:
    print('(2.5) << (-0.5)', (2.5) << (-0.5) if ('<<' != '**' or abs(-0.5) < 200) and ('<<' != '<<' or abs(-0.5) < 200) else 'skip')
except Exception as e:
    print('(2.5) << (-0.5)', type(e).__name__, e)
try:
    print('(2.5) >> (-0.5)', (2.5) >> (-0.5) if ('>>' != '**' or abs(-0.5) < 200) and ('>>' != '<<' or abs(-0.5) < 200) else 'skip')
except Exception as e:
    print('(2.5) >> (-0.5)', type(e).__name__, e)
try:
    print('(2.5) & (-0.5)', (2.5) & (-0.5) if ('&' != '**' or abs(-0.5) < 200) and ('&' != '<<' or abs(-0.5) < 200) else 'skip')
except Exception as e:
    print('(2.5) & (-0.5)', type(e).__name__, e)
try:
    print('(2.5) | (-0.5)', (2.5) | (-0.5) if ('|' != '**' or abs(-0.5) < 200) and ('|' != '<<' or abs(-0.5) < 200) else 'skip')
except Exception as e:
    print('(2.5) | (-0.5)', type(e).__name__, e)
try:
    print('(2.5) ^ (-0.5)', (2.5) ^ (-0.5) if ('^' != '**' or abs(-0.5) < 200) and ('^' != '<<' or abs(-0.5) < 200) else 'skip')
except Exception as e:
    print('(2.5) ^ (-0.5)', type(e).__name__, e)
try:
    print('(2.5) / (-0.5)', (2.5) / (-0.5) if ('/' != '**' or abs(-0.5) < 200) and ('/' != '<<' or abs(-0.5) < 200) else 'skip')
except Exception as e:
    print('(2.5) / (-0.5)', type(e).__name__, e)
try:
    print('(2.5) < (-0.5)', (2.5) < (-0.5) if ('<' != '**' or abs(-0.5) < 200) and ('<' != '<<' or abs(-0.5) < 200) else 'skip')
except Exception as e:
    print('(2.5) < (-0.5)', type(e).__name__, e)
try:
    print('(2.5) == (-0.5)', (2.5) == (-0.5) if ('==' != '**' or abs(-0.5) < 200) and ('==' != '<<' or abs(-0.5) < 200) else 'skip')
except Exception as e:
    print('(2.5) == (-0.5)', type(e).__name__, e)
try:
    print('(2.5) >= (-0.5)', (2.5) >= (-0.5) if ('>=' != '**' or abs(-0.5) < 200) and ('>=' != '<<' or abs(-0.5) < 200) else 'skip')
except Exception as e:
    print('(2.5) >= (-0.5)', type(e).__name__, e)
try:
    print('(-0.5) + (0)', (-0.5) + (0) if ('+' != '**' or abs(0) < 200) and ('+' != '<<' or abs(0) < 200) else 'skip')
except Exception as e:
    print('(-0.5) + (0)', type(e).__name__, e)
try:
    print('(-0.5) - (0)', (-0.5) - (0) if ('-' != '**' or abs(0) < 200) and ('-' != '<<' or abs(0) < 200) else 'skip')
except Exception as e:
    print('(-0.5) - (0)', type(e).__name__, e)
try:
    print('(-0.5) * (0)', (-0.5) * (0) if ('*' != '**' or abs(0) < 200) and ('*' != '<<' or abs(0) < 200) else 'skip')
except Exception as e:
    print('(-0.5) * (0)', type(e).__name__, e)
try:
    print('(-0.5) // (0)', (-0.5) // (0) if ('//' != '**' or abs(0) < 200) and ('//' != '<<' or abs(0) < 200) else 'skip')
except Exception as e:
    print('(-0.5) // (0)', type(e).__name__, e)
try:
    print('(-0.5) % (0)', (-0.5) % (0) if ('%' != '**' or abs(0) < 200) and ('%' != '<<' or abs(0) < 200) else 'skip')
except Exception as e:
    print('(-0.5) % (0)', type(e).__name__, e)
try:
    print('(-0.5) ** (0)', (-0.5) ** (0) if ('**' != '**' or abs(0) < 200) and ('**' != '<<' or abs(0) < 200) else 'skip')
except Exception as e:
    print('(-0.5) ** (0)', type(e).__name__, e)
try:
    print('(-0.5) << (0)', (-0.5) << (0) if ('<<' != '**' or abs(0) < 200) and ('<<' != '<<' or abs(0) < 200) else 'skip')
except Exception as e:
    print('(-0.5) << (0)', type(e).__name__, e)
try:
    print('(-0.5) >> (0)', (-0.5) >> (0) if ('>>' != '**' or abs(0) < 200) and ('>>' != '<<' or abs(0) < 200) else 'skip')
except Exception as e:
    print('(-0.5) >> (0)', type(e).__name__, e)
try:
    print('(-0.5) & (0)', (-0.5) & (0) if ('&' != '**' or abs(0) < 200) and ('&' != '<<' or abs(0) < 200) else 'skip')
except Exception as e:
    print('(-0.5) & (0)', type(e).__name__, e)
try:
    print('(-0.5) | (0)', (-0.5) | (0) if ('|' != '**' or abs(0) < 200) and ('|' != '<<' or abs(0) < 200) else 'skip')
except Exception as e:
    print('(-0.5) | (0)', type(e).__name__, e)
try:
    print('(-0.5) ^ (0)', (-0.5) ^ (0) if ('^' != '**' or abs(0) < 200) and ('^' != '<<' or abs(0) < 200) else 'skip')
except Exception as e:
    print('(-0.5) ^ (0)', type(e).__name__, e)
try:
    print('(-0.5) / (0)', (-0.5) / (0) if ('/' != '**' or abs(0) < 200) and ('/' != '<<' or abs(0) < 200) else 'skip')
except Exception as e:
    print('(-0.5) / (0)', type(e).__name__, e)
try:
    print('(-0.5) < (0)', (-0.5) < (0) if ('<' != '**' or abs(0) < 200) and ('<' != '<<' or abs(0) < 200) else 'skip')
except Exception as e:
    print('(-0.5) < (0)', type(e).__name__, e)
try:
    print('(-0.5) == (0)', (-0.5) == (0) if ('==' != '**' or abs(0) < 200) and ('==' != '<<' or abs(0) < 200) else 'skip')
except Exception as e:
    print('(-0.5) == (0)', type(e).__name__, e)
try:
    print('(-0.5) >= (0)', (-0.5) >= (0) if ('>=' != '**' or abs(0) < 200) and ('>=' != '<<' or abs(0) < 200) else 'skip')
except Exception as e:
    print('(-0.5) >= (0)', type(e).__name__, e)
try:
    print('(-0.5) + (1)', (-0.5) + (1) if ('+' != '**' or abs(1) < 200) and ('+' != '<<' or abs(1) < 200) else 'skip')
except Exception as e:
    print('(-0.5) + (1)', type(e).__name__, e)
try:
    print('(-0.5) - (1)', (-0.5) - (1) if ('-' != '**' or abs(1) < 200) and ('-' != '<<' or abs(1) < 200) else 'skip')
except Exception as e:
    print('(-0.5) - (1)', type(e).__name__, e)
try:
    print('(-0.5) * (1)', (-0.5) * (1) if ('*' != '**' or abs(1) < 200) and ('*' != '<<' or abs(1) < 200) else 'skip')
except Exception as e:
    print('(-0.5) * (1)', type(e).__name__, e)
try:
    print('(-0.5) // (1)', (-0.5) // (1) if ('//' != '**' or abs(1) < 200) and ('//' != '<<' or abs(1) < 200) else 'skip')
except Exception as e:
    print('(-0.5) // (1)', type(e).__name__, e)
try:
    print('(-0.5) % (1)', (-0.5) % (1) if ('%' != '**' or abs(1) < 200) and ('%' != '<<' or abs(1) < 200) else 'skip')
except Exception as e:
    print('(-0.5) % (1)', type(e).__name__, e)
try:
    print('(-0.5) ** (1)', (-0.5) ** (1) if ('**' != '**' or abs(1) < 200) and ('**' != '<<' or abs(1) < 200) else 'skip')
except Exception as e:
    print('(-0.5) ** (1)', type(e).__name__, e)
try:
    print('(-0.5) << (1)', (-0.5) << (1) if ('<<' != '**' or abs(1) < 200) and ('<<' != '<<' or abs(1) < 200) else 'skip')
except Exception as e:
    print('(-0.5) << (1)', type(e).__name__, e)
try:
    print('(-0.5) >> (1)', (-0.5) >> (1) if ('>>' != '**' or abs(1) < 200) and ('>>' != '<<' or abs(1) < 200) else 'skip')
except Exception as e:
    print('(-0.5) >> (1)', type(e).__name__, e)
try:
    print('(-0.5) & (1)', (-0.5) & (1) if ('&' != '**' or abs(1) < 200) and ('&' != '<<' or abs(1) < 200) else 'skip')
except Exception as e:
    print('(-0.5) & (1)', type(e).__name__, e)
try:
    print('(-0.5) | (1)', (-0.5) | (1) if ('|' != '**' or abs(1) < 200) and ('|' != '<<' or abs(1) < 200) else 'skip')
except Exception as e:
    print('(-0.5) | (1)', type(e).__name__, e)
try:
    print('(-0.5) ^ (1)', (-0.5) ^ (1) if ('^' != '**' or abs(1) < 200) and ('^' != '<<' or abs(1) < 200) else 'skip')
except Exception as e:
    print('(-0.5) ^ (1)', type(e).__name__, e)
try:
    print('(-0.5) / (1)', (-0.5) / (1) if ('/' != '**' or abs(1) < 200) and ('/' != '<<' or abs(1) < 200) else 'skip')
except Exception as e:
    print('(-0.5) / (1)', type(e).__name__, e)
try:
    print('(-0.5) < (1)', (-0.5) < (1) if ('<' != '**' or abs(1) < 200) and ('<' != '<<' or abs(1) < 200) else 'skip')
except Exception as e:
    print('(-0.5) < (1)', type(e).__name__, e)
try:
    print('(-0.5) == (1)', (-0.5) == (1) if ('==' != '**' or abs(1) < 200) and ('==' != '<<' or abs(1) < 200) else 'skip')
except Exception as e:
    print('(-0.5) == (1)', type(e).__name__, e)
try:
    print('(-0.5) >= (1)', (-0.5) >= (1) if ('>=' != '**' or abs(1) < 200) and ('>=' != '<<' or abs(1) < 200) else 'skip')
except Exception as e:
    print('(-0.5) >= (1)', type(e).__name__, e)
try:
    print('(-0.5) + (-1)', (-0.5) + (-1) if ('+' != '**' or abs(-1) < 200) and ('+' != '<<' or abs(-1) < 200) else 'skip')
except Exception as e:
    print('(-0.5) + (-1)', type(e).__name__, e)
try:
    print('(-0.5) - (-1)', (-0.5) - (-1) if ('-' != '**' or abs(-1) < 200) and ('-' != '<<' or abs(-1) < 200) else 'skip')
except Exception as e:
    print('(-0.5) - (-1)', type(e).__name__, e)
try:
    print('(-0.5) * (-1)', (-0.5) * (-1) if ('*' != '**' or abs(-1) < 200) and ('*' != '<<' or abs(-1) < 200) else 'skip')
except Exception as e:
    print('(-0.5) * (-1)', type(e).__name__, e)
try:
    print('(-0.5) // (-1)', (-0.5) // (-1) if ('//' != '**' or abs(-1) < 200) and ('//' != '<<' or abs(-1) < 200) else 'skip')
except Exception as e:
    print('(-0.5) // (-1)', type(e).__name__, e)
try:
    print('(-0.5) % (-1)', (-0.5) % (-1) if ('%' != '**' or abs(-1) < 200) and ('%' != '<<' or abs(-1) < 200) else 'skip')
except Exception as e:
    print('(-0.5) % (-1)', type(e).__name__, e)
try:
    print('(-0.5) ** (-1)', (-0.5) ** (-1) if ('**' != '**' or abs(-1) < 200) and ('**' != '<<' or abs(-1) < 200) else 'skip')
except Exception as e:
    print('(-0.5) ** (-1)', type(e).__name__, e)
try:
    print('(-0.5) << (-1)', (-0.5) << (-1) if ('<<' != '**' or abs(-1) < 200) and ('<<' != '<<' or abs(-1) < 200) else 'skip')
except Exception as e:
    print('(-0.5) << (-1)', type(e).__name__, e)
try:
    print('(-0.5) >> (-1)', (-0.5) >> (-1) if ('>>' != '**' or abs(-1) < 200) and ('>>' != '<<' or abs(-1) < 200) else 'skip')
except Exception as e:
    print('(-0.5) >> (-1)', type(e).__name__, e)
try:
    print('(-0.5) & (-1)', (-0.5) & (-1) if ('&' != '**' or abs(-1) < 200) and ('&' != '<<' or abs(-1) < 200) else 'skip')
except Exception as e:
    print('(-0.5) & (-1)', type(e).__name__, e)
try:
    print('(-0.5) | (-1)', (-0.5) | (-1) if ('|' != '**' or abs(-1) < 200) and ('|' != '<<' or abs(-1) < 200) else 'skip')
except Exception as e:
    print('(-0.5) | (-1)', type(e).__name__, e)
try:
    print('(-0.5) ^ (-1)', (-0.5) ^ (-1) if ('^' != '**' or abs(-1) < 200) and ('^' != '<<' or abs(-1) < 200) else 'skip')
except Exception as e:
    print('(-0.5) ^ (-1)', type(e).__name__, e)
try:
    print('(-0.5) / (-1)', (-0.5) / (-1) if ('/' != '**' or abs(-1) < 200) and ('/' != '<<' or abs(-1) < 200) else 'skip')
except Exception as e:
    print('(-0.5) / (-1)', type(e).__name__, e)
try:
    print('(-0.5) < (-1)', (-0.5) < (-1) if ('<' != '**' or abs(-1) < 200) and ('<' != '<<' or abs(-1) < 200) else 'skip')
except Exception as e:
    print('(-0.5) < (-1)', type(e).__name__, e)
try:
    print('(-0.5) == (-1)', (-0.5) == (-1) if ('==' != '**' or abs(-1) < 200) and ('==' != '<<' or abs(-1) < 200) else 'skip')
except Exception as e:
    print('(-0.5) == (-1)', type(e).__name__, e)
try:
    print('(-0.5) >= (-1)', (-0.5) >= (-1) if ('>=' != '**' or abs(-1) < 200) and ('>=' != '<<' or abs(-1) < 200) else 'skip')
except Exception as e:
    print('(-0.5) >= (-1)', type(e).__name__, e)
try:
    print('(-0.5) + (7)', (-0.5) + (7) if ('+' != '**' or abs(7) < 200) and ('+' != '<<' or abs(7) < 200) else 'skip')
except Exception as e:
    print('(-0.5) + (7)', type(e).__name__, e)
try:
    print('(-0.5) - (7)', (-0.5) - (7) if ('-' != '**' or abs(7) < 200) and ('-' != '<<' or abs(7) < 200) else 'skip')
except Exception as e:
    print('(-0.5) - (7)', type(e).__name__, e)
try:
    print('(-0.5) * (7)', (-0.5) * (7) if ('*' != '**' or abs(7) < 200) and ('*' != '<<' or abs(7) < 200) else 'skip')
except Exception as e:
    print('(-0.5) * (7)', type(e).__name__, e)
try:
    print('(-0.5) // (7)', (-0.5) // (7) if ('//' != '**' or abs(7) < 200) and ('//' != '<<' or abs(7) < 200) else 'skip')
except Exception as e:
    print('(-0.5) // (7)', type(e).__name__, e)
try:
    print('(-0.5) % (7)', (-0.5) % (7) if ('%' != '**' or abs(7) < 200) and ('%' != '<<' or abs(7) < 200) else 'skip')
except Exception as e:
    print('(-0.5) % (7)', type(e).__name__, e)
try:
    print('(-0.5) ** (7)', (-0.5) ** (7) if ('**' != '**' or abs(7) < 200) and ('**' != '<<' or abs(7) < 200) else 'skip')
except Exception as e:
    print('(-0.5) ** (7)', type(e).__name__, e)
try:
    print('(-0.5) << (7)', (-0.5) << (7) if ('<<' != '**' or abs(7) < 200) and ('<<' != '<<' or abs(7) < 200) else 'skip')
except Exception as e:
    print('(-0.5) << (7)', type(e).__name__, e)
try:
    print('(-0.5) >> (7)', (-0.5) >> (7) if ('>>' != '**' or abs(7) < 200) and ('>>' != '<<' or abs(7) < 200) else 'skip')
except Exception as e:
    print('(-0.5) >> (7)', type(e).__name__, e)
try:
    print('(-0.5) & (7)', (-0.5) & (7) if ('&' != '**' or abs(7) < 200) and ('&' != '<<' or abs(7) < 200) else 'skip')
except Exception as e:
    print('(-0.5) & (7)', type(e).__name__, e)
try:
    print('(-0.5) | (7)', (-0.5) | (7) if ('|' != '**' or abs(7) < 200) and ('|' != '<<' or abs(7) < 200) else 'skip')
except Exception as e:
    print('(-0.5) | (7)', type(e).__name__, e)
try:
    print('(-0.5) ^ (7)', (-0.5) ^ (7) if ('^' != '**' or abs(7) < 200) and ('^' != '<<' or abs(7) < 200) else 'skip')
except Exception as e:
    print('(-0.5) ^ (7)', type(e).__name__, e)
try:
    print('(-0.5) / (7)', (-0.5) / (7) if ('/' != '**' or abs(7) < 200) and ('/' != '<<' or abs(7) < 200) else 'skip')
except Exception as e:
    print('(-0.5) / (7)', type(e).__name__, e)
try:
    print('(-0.5) < (7)', (-0.5) < (7) if ('<' != '**' or abs(7) < 200) and ('<' != '<<' or abs(7) < 200) else 'skip')
except Exception as e:
    print('(-0.5) < (7)', type(e).__name__, e)
try:
    print('(-0.5) == (7)', (-0.5) == (7) if ('==' != '**' or abs(7) < 200) and ('==' != '<<' or abs(7) < 200) else 'skip')
except Exception as e:
    print('(-0.5) == (7)', type(e).__name__, e)
try:
    print('(-0.5) >= (7)', (-0.5) >= (7) if ('>=' != '**' or abs(7) < 200) and ('>=' != '<<' or abs(7) < 200) else 'skip')
except Exception as e:
    print('(-0.5) >= (7)', type(e).__name__, e)
try:
    print('(-0.5) + (-7)', (-0.5) + (-7) if ('+' != '**' or abs(-7) < 200) and ('+' != '<<' or abs(-7) < 200) else 'skip')
except Exception as e:
    print('(-0.5) + (-7)', type(e).__name__, e)
try:
    print('(-0.5) - (-7)', (-0.5) - (-7) if ('-' != '**' or abs(-7) < 200) and ('-' != '<<' or abs(-7) < 200) else 'skip')
except Exception as e:
    print('(-0.5) - (-7)', type(e).__name__, e)
try:
    print('(-0.5) * (-7)', (-0.5) * (-7) if ('*' != '**' or abs(-7) < 200) and ('*' != '<<' or abs(-7) < 200) else 'skip')
except Exception as e:
    print('(-0.5) * (-7)', type(e).__name__, e)
try:
    print('(-0.5) // (-7)', (-0.5) // (-7) if ('//' != '**' or abs(-7) < 200) and ('//' != '<<' or abs(-7) < 200) else 'skip')
except Exception as e:
    print('(-0.5) // (-7)', type(e).__name__, e)
try:
    print('(-0.5) % (-7)', (-0.5) % (-7) if ('%' != '**' or abs(-7) < 200) and ('%' != '<<' or abs(-7) < 200) else 'skip')
except Exception as e:
    print('(-0.5) % (-7)', type(e).__name__, e)
try:
    print('(-0.5) ** (-7)', (-0.5) ** (-7) if ('**' != '**' or abs(-7) < 200) and ('**' != '<<' or abs(-7) < 200) else 'skip')
except Exception as e:
    print('(-0.5) ** (-7)', type(e).__name__, e)
try:
    print('(-0.5) << (-7)', (-0.5) << (-7) if ('<<' != '**' or abs(-7) < 200) and ('<<' != '<<' or abs(-7) < 200) else 'skip')
except Exception as e:
    print('(-0.5) << (-7)', type(e).__name__, e)
try:
    print('(-0.5) >> (-7)', (-0.5) >> (-7) if ('>>' != '**' or abs(-7) < 200) and ('>>' != '<<' or abs(-7) < 200) else 'skip')
except Exception as e:
    print('(-0.5) >> (-7)', type(e).__name__, e)
try:
    print('(-0.5) & (-7)', (-0.5) & (-7) if ('&' != '**' or abs(-7) < 200) and ('&' != '<<' or abs(-7) < 200) else 'skip')
except Exception as e:
    print('(-0.5) & (-7)', type(e).__name__, e)
try:
    print('(-0.5) | (-7)', (-0.5) | (-7) if ('|' != '**' or abs(-7) < 200) and ('|' != '<<' or abs(-7) < 200) else 'skip')
except Exception as e:
    print('(-0.5) | (-7)', type(e).__name__, e)
try:
    print('(-0.5) ^ (-7)', (-0.5) ^ (-7) if ('^' != '**' or abs(-7) < 200) and ('^' != '<<' or abs(-7) < 200) else 'skip')
except Exception as e:
    print('(-0.5) ^ (-7)', type(e).__name__, e)
try:
    print('(-0.5) / (-7)', (-0.5) / (-7) if ('/' != '**' or abs(-7) < 200) and ('/' != '<<' or abs(-7) < 200) else 'skip')
except Exception as e:
    print('(-0.5) / (-7)', type(e).__name__, e)
try:
    print('(-0.5) < (-7)', (-0.5) < (-7) if ('<' != '**' or abs(-7) < 200) and ('<' != '<<' or abs(-7) < 200) else 'skip')
except Exception as e:
    print('(-0.5) < (-7)', type(e).__name__, e)
try:
    print('(-0.5) == (-7)', (-0.5) == (-7) if ('==' != '**' or abs(-7) < 200) and ('==' != '<<' or abs(-7) < 200) else 'skip')
except Exception as e:
    print('(-0.5) == (-7)', type(e).__name__, e)
try:
    print('(-0.5) >= (-7)', (-0.5) >= (-7) if ('>=' != '**' or abs(-7) < 200) and ('>=' != '<<' or abs(-7) < 200) else 'skip')
except Exception as e:
    print('(-0.5) >= (-7)', type(e).__name__, e)
try:
    print('(-0.5) + (3)', (-0.5) + (3) if ('+' != '**' or abs(3) < 200) and ('+' != '<<' or abs(3) < 200) else 'skip')
except Exception as e:
    print('(-0.5) + (3)', type(e).__name__, e)
try:
    print('(-0.5) - (3)', (-0.5) - (3) if ('-' != '**' or abs(3) < 200) and ('-' != '<<' or abs(3) < 200) else 'skip')
except Exception as e:
    print('(-0.5) - (3)', type(e).__name__, e)
try:
    print('(-0.5) * (3)', (-0.5) * (3) if ('*' != '**' or abs(3) < 200) and ('*' != '<<' or abs(3) < 200) else 'skip')
except Exception as e:
    print('(-0.5) * (3)', type(e).__name__, e)
try:
    print('(-0.5) // (3)', (-0.5) // (3) if ('//' != '**' or abs(3) < 200) and ('//' != '<<' or abs(3) < 200) else 'skip')
except Exception as e:
    print('(-0.5) // (3)', type(e).__name__, e)
try:
    print('(-0.5) % (3)', (-0.5) % (3) if ('%' != '**' or abs(3) < 200) and ('%' != '<<' or abs(3) < 200) else 'skip')
except Exception as e:
    print('(-0.5) % (3)', type(e).__name__, e)
try:
    print('(-0.5) ** (3)', (-0.5) ** (3) if ('**' != '**' or abs(3) < 200) and ('**' != '<<' or abs(3) < 200) else 'skip')
except Exception as e:
    print('(-0.5) ** (3)', type(e).__name__, e)
try:
    print('(-0.5) << (3)', (-0.5) << (3) if ('<<' != '**' or abs(3) < 200) and ('<<' != '<<' or abs(3) < 200) else 'skip')
except Exception as e:
    print('(-0.5) << (3)', type(e).__name__, e)
try:
    print('(-0.5) >> (3)', (-0.5) >> (3) if ('>>' != '**' or abs(3) < 200) and ('>>' != '<<' or abs(3) < 200) else 'skip')
except Exception as e:
    print('(-0.5) >> (3)', type(e).__name__, e)
try:
    print('(-0.5) & (3)', (-0.5) & (3) if ('&' != '**' or abs(3) < 200) and ('&' != '<<' or abs(3) < 200) else 'skip')
except Exception as e:
    print('(-0.5) & (3)', type(e).__name__, e)
try:
    print('(-0.5) | (3)', (-0.5) | (3) if ('|' != '**' or abs(3) < 200) and ('|' != '<<' or abs(3) < 200) else 'skip')
except Exception as e:
    print('(-0.5) | (3)', type(e).__name__, e)
try:
    print('(-0.5) ^ (3)', (-0.5) ^ (3) if ('^' != '**' or abs(3) < 200) and ('^' != '<<' or abs(3) < 200) else 'skip')
except Exception as e:
    print('(-0.5) ^ (3)', type(e).__name__, e)
try:
    print('(-0.5) / (3)', (-0.5) / (3) if ('/' != '**' or abs(3) < 200) and ('/' != '<<' or abs(3) < 200) else 'skip')
except Exception as e:
    print('(-0.5) / (3)', type(e).__name__, e)
try:
    print('(-0.5) < (3)', (-0.5) < (3) if ('<' != '**' or abs(3) < 200) and ('<' != '<<' or abs(3) < 200) else 'skip')
except Exception as e:
    print('(-0.5) < (3)', type(e).__name__, e)
try:
    print('(-0.5) == (3)', (-0.5) == (3) if ('==' != '**' or abs(3) < 200) and ('==' != '<<' or abs(3) < 200) else 'skip')
except Exception as e:
    print('(-0.5) == (3)', type(e).__name__, e)
try:
    print('(-0.5) >= (3)', (-0.5) >= (3) if ('>=' != '**' or abs(3) < 200) and ('>=' != '<<' or abs(3) < 200) else 'skip')
except Exception as e:
    print('(-0.5) >= (3)', type(e).__name__, e)
try:
    print('(-0.5) + (-3)', (-0.5) + (-3) if ('+' != '**' or abs(-3) < 200) and ('+' != '<<' or abs(-3) < 200) else 'skip')
except Exception as e:
    print('(-0.5) + (-3)', type(e).__name__, e)
try:
    print('(-0.5) - (-3)', (-0.5) - (-3) if ('-' != '**' or abs(-3) < 200) and ('-' != '<<' or abs(-3) < 200) else 'skip')
except Exception as e:
    print('(-0.5) - (-3)', type(e).__name__, e)
try:
    print('(-0.5) * (-3)', (-0.5) * (-3) if ('*' != '**' or abs(-3) < 200) and ('*' != '<<' or abs(-3) < 200) else 'skip')
except Exception as e:
    print('(-0.5) * (-3)', type(e).__name__, e)
try:
    print('(-0.5) // (-3)', (-0.5) // (-3) if ('//' != '**' or abs(-3) < 200) and ('//' != '<<' or abs(-3) < 200) else 'skip')
except Exception as e:
    print('(-0.5) // (-3)', type(e).__name__, e)
try:
    print('(-0.5) % (-3)', (-0.5) % (-3) if ('%' != '**' or abs(-3) < 200) and ('%' != '<<' or abs(-3) < 200) else 'skip')
except Exception as e:
    print('(-0.5) % (-3)', type(e).__name__, e)
try:
    print('(-0.5) ** (-3)', (-0.5) ** (-3) if ('**' != '**' or abs(-3) < 200) and ('**' != '<<' or abs(-3) < 200) else 'skip')
except Exception as e:
    print('(-0.5) ** (-3)', type(e).__name__, e)
try:
    print('(-0.5) << (-3)', (-0.5) << (-3) if ('<<' != '**' or abs(-3) < 200) and ('<<' != '<<' or abs(-3) < 200) else 'skip')
except Exception as e:
    print('(-0.5) << (-3)', type(e).__name__, e)
try:
    print('(-0.5) >> (-3)', (-0.5) >> (-3) if ('>>' != '**' or abs(-3) < 200) and ('>>' != '<<' or abs(-3) < 200) else 'skip')
except Exception as e:
    print('(-0.5) >> (-3)', type(e).__name__, e)
try:
    print('(-0.5) & (-3)', (-0.5) & (-3) if ('&' != '**' or abs(-3) < 200) and ('&' != '<<' or abs(-3) < 200) else 'skip')
except Exception as e:
    print('(-0.5) & (-3)', type(e).__name__, e)
try:
    print('(-0.5) | (-3)', (-0.5) | (-3) if ('|' != '**' or abs(-3) < 200) and ('|' != '<<' or abs(-3) < 200) else 'skip')
except Exception as e:
    print('(-0.5) | (-3)', type(e).__name__, e)
try:
    print('(-0.5) ^ (-3)', (-0.5) ^ (-3) if ('^' != '**' or abs(-3) < 200) and ('^' != '<<' or abs(-3) < 200) else 'skip')
except Exception as e:
    print('(-0.5) ^ (-3)', type(e).__name__, e)
try:
    print('(-0.5) / (-3)', (-0.5) / (-3) if ('/' != '**' or abs(-3) < 200) and ('/' != '<<' or abs(-3) < 200) else 'skip')
except Exception as e:
    print('(-0.5) / (-3)', type(e).__name__, e)
try:
    print('(-0.5) < (-3)', (-0.5) < (-3) if ('<' != '**' or abs(-3) < 200) and ('<' != '<<' or abs(-3) < 200) else 'skip')
except Exception as e:
    print('(-0.5) < (-3)', type(e).__name__, e)
try:
    print('(-0.5) == (-3)', (-0.5) == (-3) if ('==' != '**' or abs(-3) < 200) and ('==' != '<<' or abs(-3) < 200) else 'skip')
except Exception as e:
    print('(-0.5) == (-3)', type(e).__name__, e)
try:
    print('(-0.5) >= (-3)', (-0.5) >= (-3) if ('>=' != '**' or abs(-3) < 200) and ('>=' != '<<' or abs(-3) < 200) else 'skip')
except Exception as e:
    print('(-0.5) >= (-3)', type(e).__name__, e)
try:
    print('(-0.5) + (2**63)', (-0.5) + (2**63) if ('+' != '**' or abs(2**63) < 200) and ('+' != '<<' or abs(2**63) < 200) else 'skip')
except Exception as e:
    print('(-0.5) + (2**63)', type(e).__name__, e)
try:
    print('(-0.5) - (2**63)', (-0.5) - (2**63) if ('-' != '**' or abs(2**63) < 200) and ('-' != '<<' or abs(2**63) < 200) else 'skip')
except Exception as e:
    print('(-0.5) - (2**63)', type(e).__name__, e)
try:
    print('(-0.5) * (2**63)', (-0.5) * (2**63) if ('*' != '**' or abs(2**63) < 200) and ('*' != '<<' or abs(2**63) < 200) else 'skip')
except Exception as e:
    print('(-0.5) * (2**63)', type(e).__name__, e)
try:
    print('(-0.5) // (2**63)', (-0.5) // (2**63) if ('//' != '**' or abs(2**63) < 200) and ('//' != '<<' or abs(2**63) < 200) else 'skip')
except Exception as e:
    print('(-0.5) // (2**63)', type(e).__name__, e)
try:
    print('(-0.5) % (2**63)', (-0.5) % (2**63) if ('%' != '**' or abs(2**63) < 200) and ('%' != '<<' or abs(2**63) < 200) else 'skip')
except Exception as e:
    print('(-0.5) % (2**63)', type(e).__name__, e)
try:
    print('(-0.5) ** (2**63)', (-0.5) ** (2**63) if ('**' != '**' or abs(2**63) < 200) and ('**' != '<<' or abs(2**63) < 200) else 'skip')
except Exception as e:
    print('(-0.5) ** (2**63)', type(e).__name__, e)
try:
    print('(-0.5) << (2**63)', (-0.5) << (2**63) if ('<<' != '**' or abs(2**63) < 200) and ('<<' != '<<' or abs(2**63) < 200) else 'skip')
except Exception as e:
    print('(-0.5) << (2**63)', type(e).__name__, e)
try:
    print('(-0.5) >> (2**63)', (-0.5) >> (2**63) if ('>>' != '**' or abs(2**63) < 200) and ('>>' != '<<' or abs(2**63) < 200) else 'skip')
except Exception as e:
    print('(-0.5) >> (2**63)', type(e).__name__, e)
try:
    print('(-0.5) & (2**63)', (-0.5) & (2**63) if ('&' != '**' or abs(2**63) < 200) and ('&' != '<<' or abs(2**63) < 200) else 'skip')
except Exception as e:
    print('(-0.5) & (2**63)', type(e).__name__, e)
try:
    print('(-0.5) | (2**63)', (-0.5) | (2**63) if ('|' != '**' or abs(2**63) < 200) and ('|' != '<<' or abs(2**63) < 200) else 'skip')
except Exception as e:
    print('(-0.5) | (2**63)', type(e).__name__, e)
try:
    print('(-0.5) ^ (2**63)', (-0.5) ^ (2**63) if ('^' != '**' or abs(2**63) < 200) and ('^' != '<<' or abs(2**63) < 200) else 'skip')
except Exception as e:
    print('(-0.5) ^ (2**63)', type(e).__name__, e)
try:
    print('(-0.5) / (2**63)', (-0.5) / (2**63) if ('/' != '**' or abs(2**63) < 200) and ('/' != '<<' or abs(2**63) < 200) else 'skip')
except Exception as e:
    print('(-0.5) / (2**63)', type(e).__name__, e)
try:
    print('(-0.5) < (2**63)', (-0.5) < (2**63) if ('<' != '**' or abs(2**63) < 200) and ('<' != '<<' or abs(2**63) < 200) else 'skip')
except Exception as e:
    print('(-0.5) < (2**63)', type(e).__name__, e)
try:
    print('(-0.5) == (2**63)', (-0.5) == (2**63) if ('==' != '**' or abs(2**63) < 200) and ('==' != '<<' or abs(2**63) < 200) else 'skip')
except Exception as e:
    print('(-0.5) == (2**63)', type(e).__name__, e)
try:
    print('(-0.5) >= (2**63)', (-0.5) >= (2**63) if ('>=' != '**' or abs(2**63) < 200) and ('>=' != '<<' or abs(2**63) < 200) else 'skip')
except Exception as e:
    print('(-0.5) >= (2**63)', type(e).__name__, e)
try:
    print('(-0.5) + (-2**63)', (-0.5) + (-2**63) if ('+' != '**' or abs(-2**63) < 200) and ('+' != '<<' or abs(-2**63) < 200) else 'skip')
except Exception as e:
    print('(-0.5) + (-2**63)', type(e).__name__, e)
try:
    print('(-0.5) - (-2**63)', (-0.5) - (-2**63) if ('-' != '**' or abs(-2**63) < 200) and ('-' != '<<' or abs(-2**63) < 200) else 'skip')
except Exception as e:
    print('(-0.5) - (-2**63)', type(e).__name__, e)
try:
    print('(-0.5) * (-2**63)', (-0.5) * (-2**63) if ('*' != '**' or abs(-2**63) < 200) and ('*' != '<<' or abs(-2**63) < 200) else 'skip')
except Exception as e:
    print('(-0.5) * (-2**63)', type(e).__name__, e)
try:
    print('(-0.5) // (-2**63)', (-0.5) // (-2**63) if ('//' != '**' or abs(-2**63) < 200) and ('//' != '<<' or abs(-2**63) < 200) else 'skip')
except Exception as e:
    print('(-0.5) // (-2**63)', type(e).__name__, e)
try:
    print('(-0.5) % (-2**63)', (-0.5) % (-2**63) if ('%' != '**' or abs(-2**63) < 200) and ('%' != '<<' or abs(-2**63) < 200) else 'skip')
except Exception as e:
    print('(-0.5) % (-2**63)', type(e).__name__, e)
try:
    print('(-0.5) ** (-2**63)', (-0.5) ** (-2**63) if ('**' != '**' or abs(-2**63) < 200) and ('**' != '<<' or abs(-2**63) < 200) else 'skip')
except Exception as e:
    print('(-0.5) ** (-2**63)', type(e).__name__, e)
try:
    print('(-0.5) << (-2**63)', (-0.5) << (-2**63) if ('<<' != '**' or abs(-2**63) < 200) and ('<<' != '<<' or abs(-2**63) < 200) else 'skip')
except Exception as e:
    print('(-0.5) << (-2**63)', type(e).__name__, e)
try:
    print('(-0.5) >> (-2**63)', (-0.5) >> (-2**63) if ('>>' != '**' or abs(-2**63) < 200) and ('>>' != '<<' or abs(-2**63) < 200) else 'skip')
except Exception as e:
    print('(-0.5) >> (-2**63)', type(e).__name__, e)
try:
    print('(-0.5) & (-2**63)', (-0.5) & (-2**63) if ('&' != '**' or abs(-2**63) < 200) and ('&' != '<<' or abs(-2**63) < 200) else 'skip')
except Exception as e:
    print('(-0.5) & (-2**63)', type(e).__name__, e)
try:
    print('(-0.5) | (-2**63)', (-0.5) | (-2**63) if ('|' != '**' or abs(-2**63) < 200) and ('|' != '<<' or abs(-2**63) < 200) else 'skip')
except Exception as e:
    print('(-0.5) | (-2**63)', type(e).__name__, e)
try:
    print('(-0.5) ^ (-2**63)', (-0.5) ^ (-2**63) if ('^' != '**' or abs(-2**63) < 200) and ('^' != '<<' or abs(-2**63) < 200) else 'skip')
except Exception as e:
    print('(-0.5) ^ (-2**63)', type(e).__name__, e)
try:
    print('(-0.5) / (-2**63)', (-0.5) / (-2**63) if ('/' != '**' or abs(-2**63) < 200) and ('/' != '<<' or abs(-2**63) < 200) else 'skip')
except Exception as e:
    print('(-0.5) / (-2**63)', type(e).__name__, e)
try:
    print('(-0.5) < (-2**63)', (-0.5) < (-2**63) if ('<' != '**' or abs(-2**63) < 200) and ('<' != '<<' or abs(-2**63) < 200) else 'skip')
except Exception as e:
    print('(-0.5) < (-2**63)', type(e).__name__, e)
try:
    print('(-0.5) == (-2**63)', (-0.5) == (-2**63) if ('==' != '**' or abs(-2**63) < 200) and ('==' != '<<' or abs(-2**63) < 200) else 'skip')
except Exception as e:
    print('(-0.5) == (-2**63)', type(e).__name__, e)
try:
    print('(-0.5) >= (-2**63)', (-0.5) >= (-2**63) if ('>=' != '**' or abs(-2**63) < 200) and ('>=' != '<<' or abs(-2**63) < 200) else 'skip')
except Exception as e:
    print('(-0.5) >= (-2**63)', type(e).__name__, e)
try:
    print('(-0.5) + (2**64 + 5)', (-0.5) + (2**64 + 5) if ('+' != '**' or abs(2**64 + 5) < 200) and ('+' != '<<' or abs(2**64 + 5) < 200) else 'skip')
except Exception as e:
    print('(-0.5) + (2**64 + 5)', type(e).__name__, e)
try:
    print('(-0.5) - (2**64 + 5)', (-0.5) - (2**64 + 5) if ('-' != '**' or abs(2**64 + 5) < 200) and ('-' != '<<' or abs(2**64 + 5) < 200) else 'skip')
except Exception as e:
    print('(-0.5) - (2**64 + 5)', type(e).__name__, e)
try:
    print('(-0.5) * (2**64 + 5)', (-0.5) * (2**64 + 5) if ('*' != '**' or abs(2**64 + 5) < 200) and ('*' != '<<' or abs(2**64 + 5) < 200) else 'skip')
except Exception as e:
    print('(-0.5) * (2**64 + 5)', type(e).__name__, e)
try:
    print('(-0.5) // (2**64 + 5)', (-0.5) // (2**64 + 5) if ('//' != '**' or abs(2**64 + 5) < 200) and ('//' != '<<' or abs(2**64 + 5) < 200) else 'skip')
except Exception as e:
    print('(-0.5) // (2**64 + 5)', type(e).__name__, e)
try:
    print('(-0.5) % (2**64 + 5)', (-0.5) % (2**64 + 5) if ('%' != '**' or abs(2**64 + 5) < 200) and ('%' != '<<' or abs(2**64 + 5) < 200) else 'skip')
except Exception as e:
    print('(-0.5) % (2**64 + 5)', type(e).__name__, e)
try:
    print('(-0.5) ** (2**64 + 5)', (-0.5) ** (2**64 + 5) if ('**' != '**' or abs(2**64 + 5) < 200) and ('**' != '<<' or abs(2**64 + 5) < 200) else 'skip')
except Exception as e:
    print('(-0.5) ** (2**64 + 5)', type(e).__name__, e)
try:
    print('(-0.5) << (2**64 + 5)', (-0.5) << (2**64 + 5) if ('<<' != '**' or abs(2**64 + 5) < 200) and ('<<' != '<<' or abs(2**64 + 5) < 200) else 'skip')
except Exception as e:
    print('(-0.5) << (2**64 + 5)', type(e).__name__, e)
try:
    print('(-0.5) >> (2**64 + 5)', (-0.5) >> (2**64 + 5) if ('>>' != '**' or abs(2**64 + 5) < 200) and ('>>' != '<<' or abs(2**64 + 5) < 200) else 'skip')
except Exception as e:
    print('(-0.5) >> (2**64 + 5)', type(e).__name__, e)
try:
    print('(-0.5) & (2**64 + 5)', (-0.5) & (2**64 + 5) if ('&' != '**' or abs(2**64 + 5) < 200) and ('&' != '<<' or abs(2**64 + 5) < 200) else 'skip')
except Exception as e:
    print('(-0.5) & (2**64 + 5)', type(e).__name__, e)
try:
    print('(-0.5) | (2**64 + 5)', (-0.5) | (2**64 + 5) if ('|' != '**' or abs(2**64 + 5) < 200) and ('|' != '<<' or abs(2**64 + 5) < 200) else 'skip')
except Exception as e:
    print('(-0.5) | (2**64 + 5)', type(e).__name__, e)
try:
    print('(-0.5) ^ (2**64 + 5)', (-0.5) ^ (2**64 + 5) if ('^' != '**' or abs(2**64 + 5) < 200) and ('^' != '<<' or abs(2**64 + 5) < 200) else 'skip')
except Exception as e:
    print('(-0.5) ^ (2**64 + 5)', type(e).__name__, e)
try:
    print('(-0.5) / (2**64 + 5)', (-0.5) / (2**64 + 5) if ('/' != '**' or abs(2**64 + 5) < 200) and ('/' != '<<' or abs(2**64 + 5) < 200) else 'skip')
except Exception as e:
    print('(-0.5) / (2**64 + 5)', type(e).__name__, e)
try:
    print('(-0.5) < (2**64 + 5)', (-0.5) < (2**64 + 5) if ('<' != '**' or abs(2**64 + 5) < 200) and ('<' != '<<' or abs(2**64 + 5) < 200) else 'skip')
except Exception as e:
    print('(-0.5) < (2**64 + 5)', type(e).__name__, e)
try:
    print('(-0.5) == (2**64 + 5)', (-0.5) == (2**64 + 5) if ('==' != '**' or abs(2**64 + 5) < 200) and ('==' != '<<' or abs(2**64 + 5) < 200) else 'skip')
except Exception as e:
    print('(-0.5) == (2**64 + 5)', type(e).__name__, e)
try:
    print('(-0.5) >= (2**64 + 5)', (-0.5) >= (2**64 + 5) if ('>=' != '**' or abs(2**64 + 5) < 200) and ('>=' != '<<' or abs(2**64 + 5) < 200) else 'skip')
except Exception as e:
    print('(-0.5) >= (2**64 + 5)', type(e).__name__, e)
try:
    print('(-0.5) + (-(2**70))', (-0.5) + (-(2**70)) if ('+' != '**' or abs(-(2**70)) < 200) and ('+' != '<<' or abs(-(2**70)) < 200) else 'skip')
except Exception as e:
    print('(-0.5) + (-(2**70))', type(e).__name__, e)
try:
    print('(-0.5) - (-(2**70))', (-0.5) - (-(2**70)) if ('-' != '**' or abs(-(2**70)) < 200) and ('-' != '<<' or abs(-(2**70)) < 200) else 'skip')
except Exception as e:
    print('(-0.5) - (-(2**70))', type(e).__name__, e)
try:
    print('(-0.5) * (-(2**70))', (-0.5) * (-(2**70)) if ('*' != '**' or abs(-(2**70)) < 200) and ('*' != '<<' or abs(-(2**70)) < 200) else 'skip')
except Exception as e:
    print('(-0.5) * (-(2**70))', type(e).__name__, e)
try:
    print('(-0.5) // (-(2**70))', (-0.5) // (-(2**70)) if ('//' != '**' or abs(-(2**70)) < 200) and ('//' != '<<' or abs(-(2**70)) < 200) else 'skip')
except Exception as e:
    print('(-0.5) // (-(2**70))', type(e).__name__, e)
try:
    print('(-0.5) % (-(2**70))', (-0.5) % (-(2**70)) if ('%' != '**' or abs(-(2**70)) < 200) and ('%' != '<<' or abs(-(2**70)) < 200) else 'skip')
except Exception as e:
    print('(-0.5) % (-(2**70))', type(e).__name__, e)
try:
    print('(-0.5) ** (-(2**70))', (-0.5) ** (-(2**70)) if ('**' != '**' or abs(-(2**70)) < 200) and ('**' != '<<' or abs(-(2**70)) < 200) else 'skip')
except Exception as e:
    print('(-0.5) ** (-(2**70))', type(e).__name__, e)
try:
    print('(-0.5) << (-(2**70))', (-0.5) << (-(2**70)) if ('<<' != '**' or abs(-(2**70)) < 200) and ('<<' != '<<' or abs(-(2**70)) < 200) else 'skip')
except Exception as e:
    print('(-0.5) << (-(2**70))', type(e).__name__, e)
try:
    print('(-0.5) >> (-(2**70))', (-0.5) >> (-(2**70)) if ('>>' != '**' or abs(-(2**70)) < 200) and ('>>' != '<<' or abs(-(2**70)) < 200) else 'skip')
except Exception as e:
    print('(-0.5) >> (-(2**70))', type(e).__name__, e)
try:
    print('(-0.5) & (-(2**70))', (-0.5) & (-(2**70)) if ('&' != '**' or abs(-(2**70)) < 200) and ('&' != '<<' or abs(-(2**70)) < 200) else 'skip')
except Exception as e:
    print('(-0.5) & (-(2**70))', type(e).__name__, e)
try:
    print('(-0.5) | (-(2**70))', (-0.5) | (-(2**70)) if ('|' != '**' or abs(-(2**70)) < 200) and ('|' != '<<' or abs(-(2**70)) < 200) else 'skip')
except Exception as e:
    print('(-0.5) | (-(2**70))', type(e).__name__, e)
try:
    print('(-0.5) ^ (-(2**70))', (-0.5) ^ (-(2**70)) if ('^' != '**' or abs(-(2**70)) < 200) and ('^' != '<<' or abs(-(2**70)) < 200) else 'skip')
except Exception as e:
    print('(-0.5) ^ (-(2**70))', type(e).__name__, e)
try:
    print('(-0.5) / (-(2**70))', (-0.5) / (-(2**70)) if ('/' != '**' or abs(-(2**70)) < 200) and ('/' != '<<' or abs(-(2**70)) < 200) else 'skip')
except Exception as e:
    print('(-0.5) / (-(2**70))', type(e).__name__, e)
try:
    print('(-0.5) < (-(2**70))', (-0.5) < (-(2**70)) if ('<' != '**' or abs(-(2**70)) < 200) and ('<' != '<<' or abs(-(2**70)) < 200) else 'skip')
except Exception as e:
    print('(-0.5) < (-(2**70))', type(e).__name__, e)
try:
    print('(-0.5) == (-(2**70))', (-0.5) == (-(2**70)) if ('==' != '**' or abs(-(2**70)) < 200) and ('==' != '<<' or abs(-(2**70)) < 200) else 'skip')
except Exception as e:
    print('(-0.5) == (-(2**70))', type(e).__name__, e)
try:
    print('(-0.5) >= (-(2**70))', (-0.5) >= (-(2**70)) if ('>=' != '**' or abs(-(2**70)) < 200) and ('>=' != '<<' or abs(-(2**70)) < 200) else 'skip')
except Exception as e:
    print('(-0.5) >= (-(2**70))', type(e).__name__, e)
try:
    print('(-0.5) + (10**20)', (-0.5) + (10**20) if ('+' != '**' or abs(10**20) < 200) and ('+' != '<<' or abs(10**20) < 200) else 'skip')
except Exception as e:
    print('(-0.5) + (10**20)', type(e).__name__, e)
try:
    print('(-0.5) - (10**20)', (-0.5) - (10**20) if ('-' != '**' or abs(10**20) < 200) and ('-' != '<<' or abs(10**20) < 200) else 'skip')
except Exception as e:
    print('(-0.5) - (10**20)', type(e).__name__, e)
try:
    print('(-0.5) * (10**20)', (-0.5) * (10**20) if ('*' != '**' or abs(10**20) < 200) and ('*' != '<<' or abs(10**20) < 200) else 'skip')
except Exception as e:
    print('(-0.5) * (10**20)', type(e).__name__, e)
try:
    print('(-0.5) // (10**20)', (-0.5) // (10**20) if ('//' != '**' or abs(10**20) < 200) and ('//' != '<<' or abs(10**20) < 200) else 'skip')
except Exception as e:
    print('(-0.5) // (10**20)', type(e).__name__, e)
try:
    print('(-0.5) % (10**20)', (-0.5) % (10**20) if ('%' != '**' or abs(10**20) < 200) and ('%' != '<<' or abs(10**20) < 200) else 'skip')
except Exception as e:
    print('(-0.5) % (10**20)', type(e).__name__, e)
try:
    print('(-0.5) ** (10**20)', (-0.5) ** (10**20) if ('**' != '**' or abs(10**20) < 200) and ('**' != '<<' or abs(10**20) < 200) else 'skip')
except Exception as e:
    print('(-0.5) ** (10**20)', type(e).__name__, e)
try:
    print('(-0.5) << (10**20)', (-0.5) << (10**20) if ('<<' != '**' or abs(10**20) < 200) and ('<<' != '<<' or abs(10**20) < 200) else 'skip')
except Exception as e:
    print('(-0.5) << (10**20)', type(e).__name__, e)
try:
    print('(-0.5) >> (10**20)', (-0.5) >> (10**20) if ('>>' != '**' or abs(10**20) < 200) and ('>>' != '<<' or abs(10**20) < 200) else 'skip')
except Exception as e:
    print('(-0.5) >> (10**20)', type(e).__name__, e)
try:
    print('(-0.5) & (10**20)', (-0.5) & (10**20) if ('&' != '**' or abs(10**20) < 200) and ('&' != '<<' or abs(10**20) < 200) else 'skip')
except Exception as e:
    print('(-0.5) & (10**20)', type(e).__name__, e)
try:
    print('(-0.5) | (10**20)', (-0.5) | (10**20) if ('|' != '**' or abs(10**20) < 200) and ('|' != '<<' or abs(10**20) < 200) else 'skip')
except Exception as e:
    print('(-0.5) | (10**20)', type(e).__name__, e)
try:
    print('(-0.5) ^ (10**20)', (-0.5) ^ (10**20) if ('^' != '**' or abs(10**20) < 200) and ('^' != '<<' or abs(10**20) < 200) else 'skip')
except Exception as e:
    print('(-0.5) ^ (10**20)', type(e).__name__, e)
try:
    print('(-0.5) / (10**20)', (-0.5) / (10**20) if ('/' != '**' or abs(10**20) < 200) and ('/' != '<<' or abs(10**20) < 200) else 'skip')
except Exception as e:
    print('(-0.5) / (10**20)', type(e).__name__, e)
try:
    print('(-0.5) < (10**20)', (-0.5) < (10**20) if ('<' != '**' or abs(10**20) < 200) and ('<' != '<<' or abs(10**20) < 200) else 'skip')
except Exception as e:
    print('(-0.5) < (10**20)', type(e).__name__, e)
try:
    print('(-0.5) == (10**20)', (-0.5) == (10**20) if ('==' != '**' or abs(10**20) < 200) and ('==' != '<<' or abs(10**20) < 200) else 'skip')
except Exception as e:
    print('(-0.5) == (10**20)', type(e).__name__, e)
try:
    print('(-0.5) >= (10**20)', (-0.5) >= (10**20) if ('>=' != '**' or abs(10**20) < 200) and ('>=' != '<<' or abs(10**20) < 200) else 'skip')
except Exception as e:
    print('(-0.5) >= (10**20)', type(e).__name__, e)
try:
    print('(-0.5) + (True)', (-0.5) + (True) if ('+' != '**' or abs(True) < 200) and ('+' != '<<' or abs(True) < 200) else 'skip')
except Exception as e:
    print('(-0.5) + (True)', type(e).__name__, e)
try:
    print('(-0.5) - (True)', (-0.5) - (True) if ('-' != '**' or abs(True) < 200) and ('-' != '<<' or abs(True) < 200) else 'skip')
except Exception as e:
    print('(-0.5) - (True)', type(e).__name__, e)
try:
    print('(-0.5) * (True)', (-0.5) * (True) if ('*' != '**' or abs(True) < 200) and ('*' != '<<' or abs(True) < 200) else 'skip')
except Exception as e:
    print('(-0.5) * (True)', type(e).__name__, e)
try:
    print('(-0.5) // (True)', (-0.5) // (True) if ('//' != '**' or abs(True) < 200) and ('//' != '<<' or abs(True) < 200) else 'skip')
except Exception as e:
    print('(-0.5) // (True)', type(e).__name__, e)
try:
    print('(-0.5) % (True)', (-0.5) % (True) if ('%' != '**' or abs(True) < 200) and ('%' != '<<' or abs(True) < 200) else 'skip')
except Exception as e:
    print('(-0.5) % (True)', type(e).__name__, e)
try:
    print('(-0.5) ** (True)', (-0.5) ** (True) if ('**' != '**' or abs(True) < 200) and ('**' != '<<' or abs(True) < 200) else 'skip')
except Exception as e:
    print('(-0.5) ** (True)', type(e).__name__, e)
try:
    print('(-0.5) << (True)', (-0.5) << (True) if ('<<' != '**' or abs(True) < 200) and ('<<' != '<<' or abs(True) < 200) else 'skip')
except Exception as e:
    print('(-0.5) << (True)', type(e).__name__, e)
try:
    print('(-0.5) >> (True)', (-0.5) >> (True) if ('>>' != '**' or abs(True) < 200) and ('>>' != '<<' or abs(True) < 200) else 'skip')
except Exception as e:
    print('(-0.5) >> (True)', type(e).__name__, e)
try:
    print('(-0.5) & (True)', (-0.5) & (True) if ('&' != '**' or abs(True) < 200) and ('&' != '<<' or abs(True) < 200) else 'skip')
except Exception as e:
    print('(-0.5) & (True)', type(e).__name__, e)
try:
    print('(-0.5) | (True)', (-0.5) | (True) if ('|' != '**' or abs(True) < 200) and ('|' != '<<' or abs(True) < 200) else 'skip')
except Exception as e:
    print('(-0.5) | (True)', type(e).__name__, e)
try:
    print('(-0.5) ^ (True)', (-0.5) ^ (True) if ('^' != '**' or abs(True) < 200) and ('^' != '<<' or abs(True) < 200) else 'skip')
except Exception as e:
    print('(-0.5) ^ (True)', type(e).__name__, e)
try:
    print('(-0.5) / (True)', (-0.5) / (True) if ('/' != '**' or abs(True) < 200) and ('/' != '<<' or abs(True) < 200) else 'skip')
except Exception as e:
    print('(-0.5) / (True)', type(e).__name__, e)
try:
    print('(-0.5) < (True)', (-0.5) < (True) if ('<' != '**' or abs(True) < 200) and ('<' != '<<' or abs(True) < 200) else 'skip')
except Exception as e:
    print('(-0.5) < (True)', type(e).__name__, e)
try:
    print('(-0.5) == (True)', (-0.5) == (True) if ('==' != '**' or abs(True) < 200) and ('==' != '<<' or abs(True) < 200) else 'skip')
except Exception as e:
    print('(-0.5) == (True)', type(e).__name__, e)
try:
    print('(-0.5) >= (True)', (-0.5) >= (True) if ('>=' != '**' or abs(True) < 200) and ('>=' != '<<' or abs(True) < 200) else 'skip')
except Exception as e:
    print('(-0.5) >= (True)', type(e).__name__, e)
try:
    print('(-0.5) + (2.5)', (-0.5) + (2.5) if ('+' != '**' or abs(2.5) < 200) and ('+' != '<<' or abs(2.5) < 200) else 'skip')
except Exception as e:
    print('(-0.5) + (2.5)', type(e).__name__, e)
try:
    print('(-0.5) - (2.5)', (-0.5) - (2.5) if ('-' != '**' or abs(2.5) < 200) and ('-' != '<<' or abs(2.5) < 200) else 'skip')
except Exception as e:
    print('(-0.5) - (2.5)', type(e).__name__, e)
try:
    print('(-0.5) * (2.5)', (-0.5) * (2.5) if ('*' != '**' or abs(2.5) < 200) and ('*' != '<<' or abs(2.5) < 200) else 'skip')
except Exception as e:
    print('(-0.5) * (2.5)', type(e).__name__, e)
try:
    print('(-0.5) // (2.5)', (-0.5) // (2.5) if ('//' != '**' or abs(2.5) < 200) and ('//' != '<<' or abs(2.5) < 200) else 'skip')
except Exception as e:
    print('(-0.5) // (2.5)', type(e).__name__, e)
try:
    print('(-0.5) % (2.5)', (-0.5) % (2.5) if ('%' != '**' or abs(2.5) < 200) and ('%' != '<<' or abs(2.5) < 200) else 'skip')
except Exception as e:
    print('(-0.5) % (2.5)', type(e).__name__, e)
try:
    print('(-0.5) << (2.5)', (-0.5) << (2.5) if ('<<' != '**' or abs(2.5) < 200) and ('<<' != '<<' or abs(2.5) < 200) else 'skip')
except Exception as e:
    print('(-0.5) << (2.5)', type(e).__name__, e)
try:
    print('(-0.5) >> (2.5)', (-0.5) >> (2.5) if ('>>' != '**' or abs(2.5) < 200) and ('>>' != '<<' or abs(2.5) < 200) else 'skip')
except Exception as e:
    print('(-0.5) >> (2.5)', type(e).__name__, e)
try:
    print('(-0.5) & (2.5)', (-0.5) & (2.5) if ('&' != '**' or abs(2.5) < 200) and ('&' != '<<' or abs(2.5) < 200) else 'skip')
except Exception as e:
    print('(-0.5) & (2.5)', type(e).__name__, e)
try:
    print('(-0.5) | (2.5)', (-0.5) | (2.5) if ('|' != '**' or abs(2.5) < 200) and ('|' != '<<' or abs(2.5) < 200) else 'skip')
except Exception as e:
    print('(-0.5) | (2.5)', type(e).__name__, e)
try:
    print('(-0.5) ^ (2.5)', (-0.5) ^ (2.5) if ('^' != '**' or abs(2.5) < 200) and ('^' != '<<' or abs(2.5) < 200) else 'skip')
except Exception as e:
    print('(-0.5) ^ (2.5)', type(e).__name__, e)
try:
    print('(-0.5) / (2.5)', (-0.5) / (2.5) if ('/' != '**' or abs(2.5) < 200) and ('/' != '<<' or abs(2.5) < 200) else 'skip')
except Exception as e:
    print('(-0.5) / (2.5)', type(e).__name__, e)
try:
    print('(-0.5) < (2.5)', (-0.5) < (2.5) if ('<' != '**' or abs(2.5) < 200) and ('<' != '<<' or abs(2.5) < 200) else 'skip')
except Exception as e:
    print('(-0.5) < (2.5)', type(e).__name__, e)
try:
    print('(-0.5) == (2.5)', (-0.5) == (2.5) if ('==' != '**' or abs(2.5) < 200) and ('==' != '<<' or abs(2.5) < 200) else 'skip')
except Exception as e:
    print('(-0.5) == (2.5)', type(e).__name__, e)
try:
    print('(-0.5) >= (2.5)', (-0.5) >= (2.5) if ('>=' != '**' or abs(2.5) < 200) and ('>=' != '<<' or abs(2.5) < 200) else 'skip')
except Exception as e:
    print('(-0.5) >= (2.5)', type(e).__name__, e)
try:
    print('(-0.5) + (-0.5)', (-0.5) + (-0.5) if ('+' != '**' or abs(-0.5) < 200) and ('+' != '<<' or abs(-0.5) < 200) else 'skip')
except Exception as e:
    print('(-0.5) + (-0.5)', type(e).__name__, e)
try:
    print('(-0.5) - (-0.5)', (-0.5) - (-0.5) if ('-' != '**' or abs(-0.5) < 200) and ('-' != '<<' or abs(-0.5) < 200) else 'skip')
except Exception as e:
    print('(-0.5) - (-0.5)', type(e).__name__, e)
try:
    print('(-0.5) * (-0.5)', (-0.5) * (-0.5) if ('*' != '**' or abs(-0.5) < 200) and ('*' != '<<' or abs(-0.5) < 200) else 'skip')
except Exception as e:
    print('(-0.5) * (-0.5)', type(e).__name__, e)
try:
    print('(-0.5) // (-0.5)', (-0.5) // (-0.5) if ('//' != '**' or abs(-0.5) < 200) and ('//' != '<<' or abs(-0.5) < 200) else 'skip')
except Exception as e:
    print('(-0.5) // (-0.5)', type(e).__name__, e)
try:
    print('(-0.5) % (-0.5)', (-0.5) % (-0.5) if ('%' != '**' or abs(-0.5) < 200) and ('%' != '<<' or abs(-0.5) < 200) else 'skip')
except Exception as e:
    print('(-0.5) % (-0.5)', type(e).__name__, e)
try:
    print('(-0.5) << (-0.5)', (-0.5) << (-0.5) if ('<<' != '**' or abs(-0.5) < 200) and ('<<' != '<<' or abs(-0.5) < 200) else 'skip')
except Exception as e:
    print('(-0.5) << (-0.5)', type(e).__name__, e)
try:
    print('(-0.5) >> (-0.5)', (-0.5) >> (-0.5) if ('>>' != '**' or abs(-0.5) < 200) and ('>>' != '<<' or abs(-0.5) < 200) else 'skip')
except Exception as e:
    print('(-0.5) >> (-0.5)', type(e).__name__, e)
try:
    print('(-0.5) & (-0.5)', (-0.5) & (-0.5) if ('&' != '**' or abs(-0.5) < 200) and ('&' != '<<' or abs(-0.5) < 200) else 'skip')
except Exception as e:
    print('(-0.5) & (-0.5)', type(e).__name__, e)
try:
    print('(-0.5) | (-0.5)', (-0.5) | (-0.5) if ('|' != '**' or abs(-0.5) < 200) and ('|' != '<<' or abs(-0.5) < 200) else 'skip')
except Exception as e:
    print('(-0.5) | (-0.5)', type(e).__name__, e)
try:
    print('(-0.5) ^ (-0.5)', (-0.5) ^ (-0.5) if ('^' != '**' or abs(-0.5) < 200) and ('^' != '<<' or abs(-0.5) < 200) else 'skip')
except Exception as e:
    print('(-0.5) ^ (-0.5)', type(e).__name__, e)
try:
    print('(-0.5) / (-0.5)', (-0.5) / (-0.5) if ('/' != '**' or abs(-0.5) < 200) and ('/' != '<<' or abs(-0.5) < 200) else 'skip')
except Exception as e:
    print('(-0.5) / (-0.5)', type(e).__name__, e)
try:
    print('(-0.5) < (-0.5)', (-0.5) < (-0.5) if ('<' != '**' or abs(-0.5) < 200) and ('<' != '<<' or abs(-0.5) < 200) else 'skip')
except Exception as e:
    print('(-0.5) < (-0.5)', type(e).__name__, e)
try:
    print('(-0.5) == (-0.5)', (-0.5) == (-0.5) if ('==' != '**' or abs(-0.5) < 200) and ('==' != '<<' or abs(-0.5) < 200) else 'skip')
except Exception as e:
    print('(-0.5) == (-0.5)', type(e).__name__, e)
try:
    print('(-0.5) >= (-0.5)', (-0.5) >= (-0.5) if ('>=' != '**' or abs(-0.5) < 200) and ('>=' != '<<' or abs(-0.5) < 200) else 'skip')
except Exception as e:
    print('(-0.5) >= (-0.5)', type(e).__name__, e)
