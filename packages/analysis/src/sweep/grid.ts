import { findParameter, type ParameterDefinition } from '@diaspora-sim/engine';

/** One swept lever or assumption and its grid values. */
export interface SweepAxis {
  readonly id: string;
  readonly kind: 'lever' | 'assumption';
  readonly values: readonly number[];
}

export class SweepSpecError extends Error {}

/**
 * Reads `<id>=<from>:<to>:<points>` (points evenly spaced, both ends included; whole-number levers
 * must land on whole numbers). Every value is checked against the catalogue's range.
 */
export function parseSweepAxis(text: string): SweepAxis {
  const match = /^([^=]+)=([^:]+):([^:]+):([^:]+)$/.exec(text.trim());
  if (!match) throw new SweepSpecError(`expected <id>=<from>:<to>:<points>, e.g. trade.tariff_equivalent_pct=0:30:7; got "${text}"`);
  const [, rawId, rawFrom, rawTo, rawPoints] = match;
  const id = rawId.trim();
  const found = findParameter(id);
  if (!found || found.kind === 'driver') throw new SweepSpecError(`"${id}" is not a lever or an assumption id`);
  const from = Number(rawFrom);
  const to = Number(rawTo);
  const points = Number(rawPoints);
  if (!Number.isFinite(from) || !Number.isFinite(to)) throw new SweepSpecError(`"${text}": from and to must be numbers`);
  if (!Number.isInteger(points) || points < 1 || points > 1000)
    throw new SweepSpecError(`"${text}": points must be a whole number from 1 to 1000`);
  if (points === 1 && from !== to) throw new SweepSpecError(`"${text}": one point needs from = to`);
  const values = Array.from({ length: points }, (_, i) => (points === 1 ? from : from + ((to - from) * i) / (points - 1)));
  for (const value of values) checkValue(found.definition, value, text);
  return { id, kind: found.kind, values };
}

function checkValue(definition: ParameterDefinition, value: number, text: string): void {
  if (value < definition.min || value > definition.max) {
    throw new SweepSpecError(
      `"${text}": ${value} is outside ${definition.id}'s range ${definition.min} to ${definition.max} ${definition.unit}`,
    );
  }
  if (definition.integer && !Number.isInteger(value)) {
    throw new SweepSpecError(`"${text}": ${definition.id} takes whole numbers, and the grid gives ${value}`);
  }
}

/** Every combination of the axes' values, the last axis varying fastest. */
export function gridPoints(axes: readonly SweepAxis[]): number[][] {
  let points: number[][] = [[]];
  for (const axis of axes) points = points.flatMap((point) => axis.values.map((v) => [...point, v]));
  return points;
}
