# Found by the fuzzer (seed 8, input 33944): a negative ndigits of -2**63
# overflowed a negation and panicked. CPython computes 10**(2**63) here and
# never ends; every i64 rounds to 0 past 10**18.
print(round(1250, -2**63), round(-1250, -2**63), round(7, -(2**63 - 1)))
