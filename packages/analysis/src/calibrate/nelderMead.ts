/**
 * Nelder–Mead simplex minimisation (Nelder and Mead 1965; coefficients of Lagarias et al. 1998:
 * reflection 1, expansion 2, contraction 1/2, shrink 1/2) inside the unit box: every trial point
 * is clamped to [0, 1]^d, so a parameter never leaves its range. The objective is asynchronous
 * (each evaluation is a batch of runs on a pool); the start simplex is evaluated in parallel.
 * Deterministic: the same objective values give the same path (which is what makes a resumed
 * calibration replay its journal exactly).
 */
export interface NelderMeadOptions {
  /** Edge of the start simplex in unit coordinates. */
  readonly initialStep?: number;
  readonly maxEvaluations?: number;
  /** Stop when the simplex's objective values differ by less than this... */
  readonly functionTolerance?: number;
  /** ...and its vertices by less than this in every coordinate. */
  readonly pointTolerance?: number;
  readonly onIteration?: (best: { point: readonly number[]; value: number; evaluations: number }) => void;
}

export interface NelderMeadResult {
  readonly point: number[];
  readonly value: number;
  readonly evaluations: number;
  readonly converged: boolean;
}

export async function nelderMead(
  objective: (point: number[]) => Promise<number>,
  start: readonly number[],
  options: NelderMeadOptions = {},
): Promise<NelderMeadResult> {
  const d = start.length;
  const step = options.initialStep ?? 0.15;
  const maxEvaluations = options.maxEvaluations ?? 200 * d;
  const fTol = options.functionTolerance ?? 1e-6;
  const xTol = options.pointTolerance ?? 1e-4;
  let evaluations = 0;
  const clamp = (x: number[]) => x.map((v) => Math.min(1, Math.max(0, v)));
  const evaluate = async (x: number[]) => {
    evaluations++;
    return objective(x);
  };

  // The start simplex steps inward from the start point, so no vertex is clamped onto another.
  const simplex: number[][] = [clamp([...start])];
  for (let i = 0; i < d; i++) {
    const vertex = [...simplex[0]];
    vertex[i] += vertex[i] + step <= 1 ? step : -step;
    simplex.push(clamp(vertex));
  }
  const values = await Promise.all(simplex.map(evaluate));
  let converged = false;
  while (evaluations < maxEvaluations) {
    const order = simplex.map((_, i) => i).sort((a, b) => values[a] - values[b] || a - b);
    const sorted = order.map((i) => simplex[i]);
    const sortedValues = order.map((i) => values[i]);
    simplex.splice(0, simplex.length, ...sorted);
    values.splice(0, values.length, ...sortedValues);
    options.onIteration?.({ point: simplex[0], value: values[0], evaluations });
    const spread = values[d] - values[0];
    const size = Math.max(...simplex.slice(1).map((v) => Math.max(...v.map((x, j) => Math.abs(x - simplex[0][j])))));
    if (spread <= fTol && size <= xTol) {
      converged = true;
      break;
    }
    const centroid = Array.from({ length: d }, (_, j) => simplex.slice(0, d).reduce((sum, v) => sum + v[j], 0) / d);
    const along = (t: number) => clamp(centroid.map((c, j) => c + t * (simplex[d][j] - c)));
    const reflected = along(-1);
    const fr = await evaluate(reflected);
    if (fr < values[0]) {
      const expanded = along(-2);
      const fe = await evaluate(expanded);
      [simplex[d], values[d]] = fe < fr ? [expanded, fe] : [reflected, fr];
      continue;
    }
    if (fr < values[d - 1]) {
      [simplex[d], values[d]] = [reflected, fr];
      continue;
    }
    const outside = fr < values[d];
    const contracted = along(outside ? -0.5 : 0.5);
    const fc = await evaluate(contracted);
    if (fc < (outside ? fr : values[d])) {
      [simplex[d], values[d]] = [contracted, fc];
      continue;
    }
    // Shrink toward the best vertex.
    for (let i = 1; i <= d; i++) simplex[i] = simplex[i].map((x, j) => simplex[0][j] + 0.5 * (x - simplex[0][j]));
    const shrunk = await Promise.all(simplex.slice(1).map(evaluate));
    for (let i = 1; i <= d; i++) values[i] = shrunk[i - 1];
  }
  let best = 0;
  for (let i = 1; i < values.length; i++) if (values[i] < values[best]) best = i;
  return { point: simplex[best], value: values[best], evaluations, converged };
}
