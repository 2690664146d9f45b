"""Constants and reference values for PortableExp and PortableExpTest, computed with Python's decimal module at
60 significant digits, independently of forecast4j (no floating-point exp or log is used).

Run:  python3 core/src/test/python/exp_reference.py

1. The 128-entry table of PortableExp: for j = 0..127, H_j is the double nearest 2^(j/128) and
   t_j = 2^(j/128)/H_j - 1 (rounded to a double) its relative tail, so that H_j (1 + t_j) = 2^(j/128) to about
   2^-106. The table stores, per j, the bits of t_j and the bits of H_j minus j << 45 (PortableExp adds the
   scaled exponent back).
2. The split of ln 2 / 128: a high part of 36 significant bits (so that k times it is exact for |k| < 2^17) and
   the double nearest the remainder.
3. exp(x) correctly rounded to a double at the points PortableExpTest quotes.
"""
from decimal import Decimal, getcontext
import struct

getcontext().prec = 60
LN2 = Decimal(2).ln()


def bits(d):
    return struct.unpack('<q', struct.pack('<d', d))[0]


def hex_long(v):
    return "0x%016xL" % (v & 0xffffffffffffffff)


print("# table: tail bits, H bits - (j << 45)")
for j in range(128):
    exact = (LN2 * j / 128).exp()
    h = float(exact)
    tail = float(exact / Decimal(h) - 1)
    print("            %s, %s," % (hex_long(bits(tail)), hex_long(bits(h) - (j << 45))))

print("# ln2/128 split and 128/ln2")
step = LN2 / 128
scale = Decimal(2) ** (36 - 1 - (-8))  # ln2/128 is in [2^-8, 2^-7): keep 36 significant bits
hi = Decimal(int(step * scale)) / scale
print("LN2_BY_N_HI =", float(hi).hex(), " exact:", Decimal(float(hi)) == hi)
print("LN2_BY_N_LO =", float(step - hi).hex())
print("N_BY_LN2 =", float(128 / LN2).hex())

print("# exp(x) correctly rounded: x, exp(x)")
points = ["-745.1332191019411", "-708.3964185322641", "-511.9", "-100.5", "-20", "-1", "-0.6931471805599453",
          "-1e-10", "1e-300", "5.551115123125783e-17", "0.0027", "0.5", "1", "2.302585092994046", "10",
          "88.72283905206835", "300.25", "511.99", "709.782712893384"]
for p in points:
    x = Decimal(float(p))  # the double the test passes, exactly
    print(p, repr(float(x.exp())))
