/** The Ishigami function (Ishigami and Homma 1990) on [-pi, pi]^3, with its closed-form Sobol indices. */
export const ISHIGAMI_A = 7;
export const ISHIGAMI_B = 0.1;

export function ishigami(x1: number, x2: number, x3: number, a = ISHIGAMI_A, b = ISHIGAMI_B): number {
  return Math.sin(x1) + a * Math.sin(x2) ** 2 + b * x3 ** 4 * Math.sin(x1);
}

/** Closed form (e.g. Saltelli et al. 2008, Global Sensitivity Analysis: The Primer, section 4.9). */
export function ishigamiIndices(a = ISHIGAMI_A, b = ISHIGAMI_B) {
  const pi4 = Math.PI ** 4;
  const v1 = 0.5 * (1 + (b * pi4) / 5) ** 2;
  const v2 = a ** 2 / 8;
  const v13 = ((8 * b ** 2 * pi4 ** 2) / 225) * 1;
  const variance = v1 + v2 + v13;
  return {
    firstOrder: [v1 / variance, v2 / variance, 0],
    totalOrder: [(v1 + v13) / variance, v2 / variance, v13 / variance],
  };
}

/** Ishigami of unit coordinates u in [0, 1]^3 (mapped onto [-pi, pi]). */
export function ishigamiUnit(points: Float64Array, index: number): number {
  const x = (j: number) => -Math.PI + 2 * Math.PI * points[index * 3 + j];
  return ishigami(x(0), x(1), x(2));
}
