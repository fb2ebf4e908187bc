import { findParameter, type ParameterDefinition } from '@diaspora-sim/engine';
import { AnalysisError, type AnalysisProblem } from '../analysisProblem.js';

/** One swept lever or assumption and its grid values. */
export interface SweepAxis {
  readonly id: string;
  readonly kind: 'lever' | 'assumption';
  readonly values: readonly number[];
}

export class SweepSpecError extends AnalysisError {}

const MAX_POINTS = 1000;
const refuse = (problem: AnalysisProblem) => new SweepSpecError(problem);

/**
 * Reads `<id>=<from>:<to>:<points>` (points evenly spaced, both ends included; whole-number levers
 * must land on whole numbers). Every value is checked against the catalogue's range.
 */
export function parseSweepAxis(text: string): SweepAxis {
  const match = /^([^=]+)=([^:]+):([^:]+):([^:]+)$/.exec(text.trim());
  if (!match) throw refuse({ code: 'sweep_form', params: { text } });
  const [, rawId, rawFrom, rawTo, rawPoints] = match;
  const id = rawId.trim();
  const found = findParameter(id);
  if (!found || found.kind === 'driver') throw refuse({ code: 'sweep_not_parameter', params: { id } });
  const from = Number(rawFrom);
  const to = Number(rawTo);
  const points = Number(rawPoints);
  if (!Number.isFinite(from) || !Number.isFinite(to)) throw refuse({ code: 'sweep_not_numbers', params: { text, id } });
  if (!Number.isInteger(points) || points < 1 || points > MAX_POINTS)
    throw refuse({ code: 'sweep_points', params: { text, id, max: MAX_POINTS } });
  if (points === 1 && from !== to) throw refuse({ code: 'sweep_one_point', params: { text, id } });
  const values = Array.from({ length: points }, (_, i) => (points === 1 ? from : from + ((to - from) * i) / (points - 1)));
  for (const value of values) checkValue(found.definition, value, text);
  return { id, kind: found.kind, values };
}

function checkValue(definition: ParameterDefinition, value: number, text: string): void {
  const { id, min, max, unit } = definition;
  if (value < min || value > max) throw refuse({ code: 'sweep_outside_range', params: { text, id, value, min, max, unit } });
  if (definition.integer && !Number.isInteger(value)) throw refuse({ code: 'sweep_not_whole', params: { text, id, value } });
}

/** Every combination of the axes' values, the last axis varying fastest. */
export function gridPoints(axes: readonly SweepAxis[]): number[][] {
  let points: number[][] = [[]];
  for (const axis of axes) points = points.flatMap((point) => axis.values.map((v) => [...point, v]));
  return points;
}
