x = b'ab'
