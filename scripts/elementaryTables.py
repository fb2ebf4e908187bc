#!/usr/bin/env python3
"""Writes packages/engine/src/math/tables.ts: the constants and tables of the engine's elementary
functions, computed with exact rationals and 80-digit decimals (python3 standard library only).

    python3 scripts/elementaryTables.py

Every value is written as the shortest decimal that reads back as the same double (at most 17
significant digits, which ECMAScript requires to be converted exactly), and the tests recompute
every entry with the BigInt arithmetic of the accurate path.
"""

from decimal import Decimal, getcontext
from fractions import Fraction
import math
import os

getcontext().prec = 80
D = Decimal


def pi() -> Decimal:
    """Pi to the current precision (the recipe of the decimal module's documentation)."""
    getcontext().prec += 4
    three = D(3)
    lasts, t, s, n, na, d, da = 0, three, 3, 1, 0, 0, 24
    while s != lasts:
        lasts = s
        n, na = n + na, na + 8
        d, da = d + da, da + 32
        t = (t * n) / d
        s += t
    getcontext().prec -= 4
    return +s


def sin_cos(x: Decimal) -> tuple[Decimal, Decimal]:
    """Taylor series, for |x| < 1."""
    getcontext().prec += 6
    term, s, c, n = D(1), D(0), D(0), 0
    while True:
        if n % 4 == 0:
            c += term
        elif n % 4 == 1:
            s += term
        elif n % 4 == 2:
            c -= term
        else:
            s -= term
        n += 1
        term = term * x / n
        if term == 0 or abs(term) < D(10) ** (-getcontext().prec - 5):
            break
    getcontext().prec -= 6
    return +s, +c


def rounded_bits(value: Fraction, bits: int) -> Fraction:
    """value rounded to the nearest number with `bits` significant bits."""
    if value == 0:
        return Fraction(0)
    sign = -1 if value < 0 else 1
    value = abs(value)
    exponent = math.floor(math.log2(value))
    while Fraction(2) ** exponent > value:
        exponent -= 1
    while Fraction(2) ** (exponent + 1) <= value:
        exponent += 1
    unit = Fraction(2) ** (exponent - bits + 1)
    return sign * round(value / unit) * unit


def double(value) -> float:
    fraction = Fraction(value)
    return fraction.numerator / fraction.denominator


def hi_lo(value: Decimal) -> tuple[float, float]:
    hi = double(value)
    return hi, double(Fraction(value) - Fraction(hi))


def literal(x: float) -> str:
    """Shortest round-trip decimal, spelt as JavaScript prints it."""
    text = repr(x).removesuffix('.0')
    assert float(text) == x
    return text


def array(name: str, values: list[float], per_line: int, doc: str) -> str:
    lines = [f'/** {doc} */', '// biome-ignore format: one entry per line', f'export const {name} = new Float64Array([']
    for i in range(0, len(values), per_line):
        lines.append('  ' + ', '.join(literal(v) for v in values[i : i + per_line]) + ',')
    lines.append(']);')
    return '\n'.join(lines)


def constant(name: str, value: float, doc: str) -> str:
    return f'/** {doc} */\nexport const {name} = {literal(value)};'


def main() -> None:
    ln2 = D(2).ln()
    ln10 = D(10).ln()
    pi_value = pi()
    parts: list[str] = []

    # exp: x = k·ln2/512 + r, 2^(j/512) as double-double plus the high half of its Veltkamp split.
    exp_table: list[float] = []
    for j in range(512):
        hi, lo = hi_lo(D(2) ** (D(j) / 512))
        split = hi * 134217729.0
        high = split - (split - hi)
        exp_table += [hi, lo, high]
    parts.append(array('EXP2_TABLE', exp_table, 3, '2^(j/512) as [hi, lo, high 26 bits of hi] for j = 0…511.'))
    step = Fraction(ln2 / 512)
    c1 = rounded_bits(step, 33)
    c2 = rounded_bits(step - c1, 33)
    c3 = double(step - c1 - c2)
    parts.append(constant('INV_LN2_512', double(512 / ln2), '512/ln 2 (only chooses k).'))
    parts.append(constant('LN2_512_1', double(c1), 'ln2/512, first 33 bits: k·LN2_512_1 is exact for |k| < 2^20.'))
    parts.append(constant('LN2_512_2', double(c2), 'ln2/512, next 33 bits.'))
    parts.append(constant('LN2_512_3', c3, 'ln2/512, the rest rounded to a double.'))

    # log: m in [0.75, 1.5) is cut into 192 cells of width 1/256; r ≈ 1/m with 24 significant bits
    # (r = 1 around m = 1), so that m·r splits into exact products; -log(r) as double-double.
    log_table: list[float] = []
    max_z = Fraction(0)
    for cell in range(192, 384):
        if cell in (255, 256):
            r = Fraction(1)
        else:
            r = rounded_bits(Fraction(2 * 256, 2 * cell + 1), 24)
            for m in (Fraction(cell, 256), Fraction(cell + 1, 256)):
                max_z = max(max_z, abs(m * r - 1))
        hi, lo = hi_lo(-D(r.numerator / D(r.denominator)).ln()) if r != 1 else (0.0, 0.0)
        log_table += [double(r), hi, lo]
    parts.append(array('LOG_TABLE', log_table, 3, '[r, -log(r) hi, lo] for the cells m in [c/256, (c+1)/256), c = 192…383.'))
    print('log table: max |z| = 2^%.4f outside the two cells around 1' % math.log2(max_z))
    ln2_hi = rounded_bits(Fraction(ln2), 42)
    parts.append(constant('LN2_HI', double(ln2_hi), 'ln 2, first 42 bits: e·LN2_HI is exact for |e| < 2^11.'))
    parts.append(constant('LN2_LO', double(Fraction(ln2) - ln2_hi), 'ln 2 - LN2_HI rounded.'))
    for name, value in (('INV_LN2', 1 / ln2), ('INV_LN10', 1 / ln10), ('THIRD', D(1) / 3)):
        hi, lo = hi_lo(value)
        parts.append(constant(f'{name}_HI', hi, f'{name.lower()} as a double-double: high part.'))
        parts.append(constant(f'{name}_LO', lo, f'{name.lower()}: low part.'))

    # sin, cos: r = i/256 + d with |d| <= 1/512; sin and cos of i/256 as double-doubles.
    trig_table: list[float] = []
    for i in range(202):
        s, c = sin_cos(D(i) / 256)
        trig_table += [*hi_lo(s), *hi_lo(c)]
    parts.append(array('TRIG_TABLE', trig_table, 4, '[sin hi, sin lo, cos hi, cos lo] of i/256 for i = 0…201.'))
    half_pi = Fraction(pi_value / 2)
    p1 = rounded_bits(half_pi, 33)
    p2 = rounded_bits(half_pi - p1, 33)
    p3 = rounded_bits(half_pi - p1 - p2, 33)
    p4 = double(half_pi - p1 - p2 - p3)
    parts.append(constant('TWO_OVER_PI', double(2 / pi_value), '2/π (only chooses the quadrant).'))
    for i, value in enumerate((double(p1), double(p2), double(p3), p4), start=1):
        parts.append(constant(f'HALF_PI_{i}', value, f'π/2, part {i} (33 bits each but the last): k·part is exact for |k| < 2^20.'))

    header = (
        '// Generated by scripts/elementaryTables.py: do not edit (rerun the script).\n'
        '// Constants and tables of the elementary functions in this folder; tests/engine/elementaryFunctions.model.test.ts\n'
        '// recomputes every entry with the BigInt arithmetic of ./accurate.\n'
        '// biome-ignore-all lint/suspicious/noApproximativeNumericConstant: generated values, compared bit for bit\n'
    )
    out = os.path.join(os.path.dirname(__file__), '..', 'packages', 'engine', 'src', 'math', 'tables.ts')
    with open(out, 'w') as f:
        f.write(header + '\n' + '\n\n'.join(parts) + '\n')
    print('wrote', os.path.normpath(out))


if __name__ == '__main__':
    main()
