import { findParameter, type ParameterSection, type Problem } from '@diaspora-sim/engine';
import { localeFormat } from '../format.js';
import { MESSAGES } from '../resources.js';
import type { Translator } from '../translator.js';
import { code, type RichText, richT } from './richText.js';

/** One function per code of a family of problems (see the engine's problems.ts), saying it in a language. */
export type Texts<Params> = { readonly [Code in keyof Params]: (tr: Translator, params: Params[Code]) => RichText };

export function sayProblem<Params>(texts: Texts<Params>, tr: Translator, problem: Problem<Params>): RichText {
  return (texts[problem.code] as (tr: Translator, params: unknown) => RichText)(tr, problem.params);
}

/** A number as the language writes it (a decimal comma in Russian, Kazakh and Uzbek). */
export function localNumber(tr: Translator, value: number): string {
  return localeFormat(tr).number(value, 6);
}

const KINDS = { levers: 'lever', drivers: 'driver', assumptions: 'assumption' } as const;

/** A parameter as a message names it: its id as written, after its label in the language when the catalogue has it. */
export function parameterName(tr: Translator, section: ParameterSection, id: string): RichText {
  const found = findParameter(id);
  if (!found || found.kind !== KINDS[section]) return [code(id)];
  return richT(tr, 'problem.labelled', { label: tr.text(found.kind, id, 'label'), id: code(id) });
}

/** A unit in the language: the catalogue's word, or for units of older versions the lab catalog's. */
export function unitWord(tr: Translator, englishUnit: string): string {
  if (`unit.${englishUnit}` in MESSAGES[tr.locale].catalog) return tr.unit(englishUnit);
  return tr.t(`lab:problem.unit.${englishUnit}`);
}
