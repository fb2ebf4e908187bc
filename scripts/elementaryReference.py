#!/usr/bin/env python3
"""Writes tests/engine/math/fixtures/elementary-reference.json: inputs and the correctly rounded double of
each elementary function there, for tests/engine/math/elementaryFunctions.model.test.ts (python3 standard library).

    python3 scripts/elementaryReference.py

Each value is computed in decimal at 40 significant digits or more (sin, cos and tan by our own
argument reduction with π to as many digits as the input needs, then Taylor series), converted
exactly to a fraction and rounded to the nearest double (ties to even, subnormals, overflow). If
the decimal value is too close to a midpoint between two doubles for its error bound to decide,
the precision is doubled. pow's results that are exact rationals (integer exponents, or exponents
n/2^j of perfect powers) are rounded exactly, so halfway cases round to even.
Doubles are written as their 16 hex digits (big-endian IEEE-754 bits).
"""

from decimal import Decimal, localcontext
from fractions import Fraction
import json
import math
import os
import random
import struct

D = Decimal


def bits(x: float) -> str:
    return struct.pack('>d', x).hex()


def nearest(value: Fraction) -> float:
    """The double nearest to value (ties to even), as IEEE-754 rounds."""
    try:
        return value.numerator / value.denominator
    except OverflowError:
        return math.inf if value > 0 else -math.inf


def decided(value: Decimal, digits: int) -> float | None:
    """The double nearest to the exact number that `value` approximates to `digits` digits (relative
    error below 10^(3 - digits)), or None if a rounding boundary lies within that error."""
    exact = Fraction(value)
    result = nearest(exact)
    if exact == 0:
        return 0.0
    error = abs(exact) * Fraction(10) ** (3 - digits)
    if math.isinf(result):
        below = Fraction(math.nextafter(math.inf, 0)) + Fraction(2) ** 970
        return result if abs(exact) - error > below else None
    for neighbour in (math.nextafter(result, math.inf), math.nextafter(result, -math.inf)):
        midpoint = (Fraction(result) + Fraction(neighbour)) / 2 if not math.isinf(neighbour) else None
        if midpoint is not None and abs(exact - midpoint) <= error:
            return None
    if result == 0:  # below half the smallest subnormal: the interval must stay below it too
        return 0.0 if abs(exact) + error < Fraction(2) ** -1075 else None
    return result


def correctly_rounded(compute, digits: int = 40) -> float:
    while True:
        with localcontext() as context:
            context.prec = digits
            context.Emin = -999999
            context.Emax = 999999
            value = compute(digits)
        result = decided(value, digits)
        if result is not None:
            return result
        digits *= 2
        assert digits < 4000, 'no decision at 4000 digits'


# π by the decimal module documentation's recipe, cached at the largest precision asked for.
_pi_cache: dict[str, Decimal | int] = {'digits': 0, 'value': D(0)}


def pi(digits: int) -> Decimal:
    if digits > _pi_cache['digits']:
        with localcontext() as context:
            context.prec = digits + 10
            three = D(3)
            lasts, t, s, n, na, d, da = 0, three, 3, 1, 0, 0, 24
            while s != lasts:
                lasts = s
                n, na = n + na, na + 8
                d, da = d + da, da + 32
                t = (t * n) / d
                s += t
        _pi_cache.update(digits=digits, value=s)
    return +_pi_cache['value']


def sin_cos(x: float, digits: int) -> tuple[Decimal, Decimal]:
    """sin and cos of the double x to `digits` digits: x - k·π/2 with π to enough digits for the
    reduced value to keep them, then Taylor series."""
    exact = D(x)
    magnitude = max(0, exact.adjusted())
    with localcontext() as context:
        context.prec = digits + magnitude + 40
        half_pi = pi(context.prec) / 2
        k = int((exact / half_pi).to_integral_value())
        r = exact - k * half_pi
        context.prec = digits + 40
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
            term = term * r / n
            negligible = D(10) ** (-context.prec - 10)
            if term == 0 or (n > 2 and abs(term) <= abs(s) * negligible and abs(term) <= abs(c) * negligible):
                break
    quadrant = k % 4
    return [(s, c), (c, -s), (-s, -c), (-c, s)][quadrant]


def expm1(x: float, digits: int) -> Decimal:
    exact = D(x)
    if abs(x) < 1e-5:
        with localcontext() as context:
            context.prec = digits + 10
            term, total, n = exact, D(0), 1
            while term != 0 and (total == 0 or abs(term) > abs(total) * D(10) ** (-digits - 10)):
                total += term
                n += 1
                term = term * exact / n
            return total
    with localcontext() as context:
        context.prec = digits + 20
        return exact.exp() - 1


def log1p(x: float, digits: int) -> Decimal:
    with localcontext() as context:
        context.prec = 2000  # 1 + x exactly
        one_plus = 1 + D(x)
    return one_plus.ln()


def exact_power(x: float, y: float) -> Fraction | None:
    """x^y when it is a rational number (x > 0): integer y, or y = n/2^j and x a 2^j-th power."""
    n, d = Fraction(y).as_integer_ratio()
    if d == 1 and abs(n) <= 64:
        return Fraction(x) ** n
    # a power of two to an integer or dyadic exponent (2^-1075 is halfway between 0 and 2^-1074)
    m, e = math.frexp(x)
    if m == 0.5 and (e - 1) * n % d == 0 and abs((e - 1) * n // d) <= 2000:
        return Fraction(2) ** ((e - 1) * n // d)
    if d > 64 or n <= 0 or n > 64:
        return None
    base = Fraction(x)
    for _ in range(d.bit_length() - 1):
        num, den = math.isqrt(base.numerator), math.isqrt(base.denominator)
        if num * num != base.numerator or den * den != base.denominator:
            return None
        base = Fraction(num, den)
    return base**n


def power(x: float, y: float) -> float:
    """x^y with ECMAScript's special values."""
    if y == 0:
        return 1.0
    if math.isnan(x) or math.isnan(y):
        return math.nan
    if math.isinf(y):
        if abs(x) == 1:
            return math.nan
        return math.inf if (abs(x) > 1) == (y > 0) else 0.0
    integer = float(y).is_integer()
    odd = integer and abs(y) < 2**53 and int(y) % 2 == 1
    if x == 0 or math.isinf(x):
        large = y < 0 if x == 0 else y > 0
        magnitude = math.inf if large else 0.0
        negative = math.copysign(1, x) < 0
        return -magnitude if negative and odd else magnitude
    if x < 0 and not integer:
        return math.nan
    sign = -1.0 if x < 0 and odd else 1.0
    x = abs(x)
    exact = exact_power(x, y)
    if exact is not None:
        return sign * nearest(exact)
    return sign * correctly_rounded(lambda digits: power_decimal(x, y, digits))


def power_decimal(x: float, y: float, digits: int) -> Decimal:
    with localcontext() as context:
        context.prec = digits + 30
        t = D(x).ln() * D(y)
        if t > 800:
            return D(10) ** 400
        if t < -800:
            return D(10) ** -400
        return t.exp()


def unary(name: str, x: float) -> float:
    """name(x) correctly rounded, with ECMAScript's special values."""
    if math.isnan(x):
        return math.nan
    if name == 'exp':
        if math.isinf(x):
            return math.inf if x > 0 else 0.0
        if x > 710:
            return math.inf
        if x < -746:
            return 0.0
        return 1.0 if x == 0 else correctly_rounded(lambda digits: D(x).exp())
    if name == 'expm1':
        if math.isinf(x):
            return math.inf if x > 0 else -1.0
        if x > 710:
            return math.inf
        return x if x == 0 else correctly_rounded(lambda digits: expm1(x, digits))
    if name in ('log', 'log2', 'log10'):
        if x < 0:
            return math.nan
        if x == 0:
            return -math.inf
        if math.isinf(x) or x == 1:
            return x if math.isinf(x) else 0.0
        if name == 'log':
            return correctly_rounded(lambda digits: D(x).ln())
        if name == 'log10':
            return correctly_rounded(lambda digits: D(x).log10())
        return correctly_rounded(lambda digits: D(x).ln() / D(2).ln())
    if name == 'log1p':
        if x < -1:
            return math.nan
        if x == -1:
            return -math.inf
        if math.isinf(x) or x == 0:
            return x
        return correctly_rounded(lambda digits: log1p(x, digits))
    if name == 'sqrt':
        if x < 0:
            return math.nan
        if x == 0 or math.isinf(x):
            return x
        return correctly_rounded(lambda digits: D(x).sqrt())
    if name in ('sin', 'cos', 'tan'):
        if math.isinf(x):
            return math.nan
        if x == 0:
            return 1.0 if name == 'cos' else x
        index = {'sin': 0, 'cos': 1}.get(name)
        if index is not None:
            return correctly_rounded(lambda digits: sin_cos(x, digits)[index])
        return correctly_rounded(lambda digits: (lambda s, c: s / c)(*sin_cos(x, digits + 40)))
    raise ValueError(name)


# Inputs: the ranges the model uses (see the call sites in packages/engine/src), wide random
# doubles, and edge cases.
rng = random.Random(20240611)


def uniform(a: float, b: float, n: int) -> list[float]:
    return [rng.uniform(a, b) for _ in range(n)]


def log_uniform(a: float, b: float, n: int, signs: bool = False) -> list[float]:
    values = [math.exp(rng.uniform(math.log(a), math.log(b))) for _ in range(n)]
    return [v if not signs or rng.random() < 0.5 else -v for v in values]


def random_doubles(n: int, positive: bool = False) -> list[float]:
    """Uniform over bit patterns of finite doubles."""
    out: list[float] = []
    while len(out) < n:
        x = struct.unpack('>d', rng.getrandbits(64).to_bytes(8, 'big'))[0]
        if math.isfinite(x):
            out.append(abs(x) if positive else x)
    return out


def near(values: list[float], ulps: int = 3) -> list[float]:
    out: list[float] = []
    for v in values:
        x = v
        for _ in range(ulps):
            x = math.nextafter(x, math.inf)
            out.append(x)
        x = v
        for _ in range(ulps):
            x = math.nextafter(x, -math.inf)
            out.append(x)
        out.append(v)
    return out


SPECIAL = [0.0, -0.0, math.inf, -math.inf, math.nan, 5e-324, -5e-324, 2.2250738585072014e-308, 1.7976931348623157e308, 1.0, -1.0]


def inputs() -> dict[str, list]:
    tiny = [2.0**-k for k in range(20, 80, 3)] + [-(2.0**-k) for k in range(20, 80, 3)]
    halves_pi = [float(k) * math.pi / 2 for k in range(1, 60)] + [float(k) * math.pi for k in (100, 1000, 10**5, 10**6)]
    cases: dict[str, list] = {
        'exp': uniform(-40, 40, 900)
        + [-v for v in log_uniform(1e-12, 2, 400)]
        + uniform(-745.2, 709.8, 300)
        + uniform(-745.2, -708, 100)
        + uniform(700, 709.79, 50)
        + log_uniform(1e-20, 1e-5, 100, signs=True)
        + [float(k) for k in range(-20, 21)]
        + near([709.782712893384, -708.3964185322641, -745.1332191019411, -744.4400719213812])
        + tiny
        + SPECIAL,
        'expm1': log_uniform(1e-20, 1, 800, signs=True)
        + [-v / 4 for v in log_uniform(1e-4, 2, 400)]
        + uniform(-40, 40, 400)
        + uniform(-1, 1, 200)
        + uniform(0.0005, 0.0007, 50)
        + uniform(-0.0007, -0.0005, 50)
        + uniform(700, 709.78, 30)
        + near([709.782712893384, -37.42994775023705, 0.00067, -0.00067])
        + tiny
        + SPECIAL,
        'log': log_uniform(1e-300, 1, 900)
        + [1 + v for v in log_uniform(1e-16, 1e-2, 200, signs=True)]
        + uniform(0.5, 2, 300)
        + log_uniform(1, 1e10, 200)
        + random_doubles(300, positive=True)
        + log_uniform(5e-324, 2.2e-308, 50)
        + near([1.0, 2.0, 0.5, math.e, 10.0, 0.75, 1.5, 255 / 256, 257 / 256])
        + SPECIAL
        + [-1.0, -math.inf],
        'log1p': log_uniform(1e-20, 1, 900, signs=True)
        + uniform(-1, 1, 300)
        + log_uniform(1, 1e300, 200)
        + [-1 + v for v in log_uniform(1e-16, 0.5, 100)]
        + near([0.00390625, -0.00390625, -0.5, 1.0, 2.0**-54, 2.0**-53])
        + tiny
        + SPECIAL
        + [-2.0],
        'log2': [(1 + rng.randrange(10**6)) / 4 for _ in range(700)]
        + log_uniform(1e-300, 1e300, 500)
        + [2.0**k for k in range(-1074, 1024, 7)]
        + random_doubles(200, positive=True)
        + near([1.0, 2.0, 4.0, 0.5])
        + SPECIAL,
        'log10': log_uniform(1e-300, 1, 600)
        + log_uniform(1, 1e300, 300)
        + [10.0**k for k in range(-20, 23)]
        + random_doubles(200, positive=True)
        + near([1.0, 10.0, 100.0, 0.1])
        + SPECIAL,
        'sqrt': log_uniform(1e-300, 1e300, 800)
        + uniform(0, 1e6, 300)
        + [float(k * k) for k in range(1, 300)]
        + [float(k * k) for k in (2**26 - 1, 2**26 + 1, 94906265, 3037000499)]
        + random_doubles(300, positive=True)
        + log_uniform(5e-324, 2.2e-308, 50)
        + near([1.0, 2.0, 4.0, 0.25, 1.7976931348623157e308])
        + SPECIAL,
        'sin': [2 * math.pi * u for u in uniform(0, 1, 600)]
        + [math.pi * u for u in uniform(0, 0.5, 300)]
        + uniform(-10, 10, 400)
        + log_uniform(1, 8e5, 200, signs=True)
        + log_uniform(8e5, 1e300, 60, signs=True)
        + log_uniform(1e-12, 1, 200, signs=True)
        + near(halves_pi, 1)
        + tiny
        + SPECIAL,
        'tan': uniform(-1.5, 1.5, 600)
        + uniform(-10, 10, 300)
        + log_uniform(1, 8e5, 150, signs=True)
        + log_uniform(8e5, 1e300, 40, signs=True)
        + log_uniform(1e-12, 1, 150, signs=True)
        + near(halves_pi, 1)
        + tiny
        + SPECIAL,
    }
    cases['cos'] = cases['sin']
    pairs: list[tuple[float, float]] = []
    for _ in range(700):
        pairs.append((1 + math.copysign(math.exp(rng.uniform(math.log(1e-8), math.log(0.3))), rng.random() - 0.5), rng.uniform(0.1, 8)))
    for _ in range(500):
        pairs.append((rng.uniform(0, 10), rng.uniform(-8, 8)))
    for _ in range(300):
        pairs.append((rng.random(), 1.5))
    for _ in range(200):
        pairs.append((1 + rng.uniform(0, 0.2), 0.25))  # quarterly growth from yearly rates
    for _ in range(200):
        pairs.append((math.exp(rng.uniform(-700, 700)), rng.uniform(-1.5, 1.5)))
    for _ in range(200):
        pairs.append((rng.uniform(-10, 10), float(rng.randrange(-40, 41))))
    for _ in range(100):
        pairs.append((rng.uniform(0.5, 2), rng.uniform(-1200, 1200)))
    for _ in range(100):
        x, y = random_doubles(2)
        pairs.append((x, y))
    # halfway and exact cases: (2^27 - 1)^2, t^2 to the 3/2 with 18-bit t, 3^34, 2^-1075
    pairs += [(134217727.0, 2.0), (3.0, 34.0), (2.0**-25, 43.0), (5.0, 23.0), (0.5, 1075.0), (2.0, -1075.0), (4.0, 0.5), (2.0, 0.5)]
    pairs += [(float(t * t), 1.5) for t in (2**17 + 1, 2**17 + 3, 2**18 - 1, 200001, 262143)]
    pairs += [(float(t**4), 0.75) for t in (8191, 6561, 5001)]
    pairs += [(x, y) for x in (0.0, -0.0, 1.0, -1.0, 2.0, -2.0, 0.5, -0.5, math.inf, -math.inf, math.nan) for y in (0.0, -0.0, 1.0, -1.0, 2.0, 3.0, -3.0, 0.5, -0.5, 2.5, math.inf, -math.inf, math.nan)]
    cases['pow'] = pairs
    return cases


def main() -> None:
    out: dict[str, object] = {
        '//': 'Generated by scripts/elementaryReference.py: correctly rounded results, doubles as 16 hex digits (IEEE-754 bits, big-endian).',
    }
    functions: dict[str, list[list[str]]] = {}
    for name, values in inputs().items():
        rows: list[list[str]] = []
        seen: set[str] = set()
        for value in values:
            if name == 'pow':
                x, y = value
                key = bits(x) + bits(y)
                row = [bits(x), bits(y), bits(power(x, y))]
            else:
                key = bits(value)
                row = [bits(value), bits(unary(name, value))]
            if key not in seen:
                seen.add(key)
                rows.append(row)
        functions[name] = rows
        print(f'{name}: {len(rows)} values')
    out['functions'] = functions
    path = os.path.join(os.path.dirname(__file__), '..', 'tests', 'engine', 'math', 'fixtures', 'elementary-reference.json')
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, 'w') as f:
        f.write('{\n  "//": ' + json.dumps(out['//']) + ',\n  "functions": {\n')
        names = list(functions)
        for i, name in enumerate(names):
            f.write(f'    "{name}": [\n')
            rows = functions[name]
            f.write(',\n'.join('      ' + json.dumps(row) for row in rows))
            f.write('\n    ]' + (',' if i < len(names) - 1 else '') + '\n')
        f.write('  }\n}\n')
    print('wrote', os.path.normpath(path))


if __name__ == '__main__':
    main()
