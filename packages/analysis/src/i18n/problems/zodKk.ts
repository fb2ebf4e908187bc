import type { z } from 'zod';
import ru from 'zod/v4/locales/ru.js';

/**
 * Kazakh messages for zod's issues, in the form of zod's own locales (zod 4.6 has none for Kazakh):
 * the codes a scenario file can raise; anything rarer is said in Russian, which Kazakh readers read.
 */
const error = (): z.core.$ZodErrorMap => {
  const Sizable: Record<string, { unit: string }> = {
    string: { unit: 'таңба' },
    array: { unit: 'элемент' },
    set: { unit: 'элемент' },
  };
  const TypeDictionary: Record<string, string> = { nan: 'NaN', number: 'сан', string: 'мәтін', array: 'тізім', object: 'нысан' };
  const russian = ru().localeError;
  const typeOf = (input: unknown) => {
    if (typeof input === 'number') return Number.isNaN(input) ? 'nan' : 'number';
    if (Array.isArray(input)) return 'array';
    if (input === null) return 'null';
    // As zod's own locales do: an object of a class is named by its class.
    const named = typeof input === 'object' && Object.getPrototypeOf(input) !== Object.prototype && 'constructor' in input;
    return named ? (input as { constructor: { name: string } }).constructor.name : typeof input;
  };
  const joinValues = (values: readonly unknown[], separator: string) =>
    values.map((v) => (typeof v === 'string' ? `"${v}"` : String(v))).join(separator);
  return (issue) => {
    switch (issue.code) {
      case 'invalid_type': {
        const expected = TypeDictionary[issue.expected] ?? issue.expected;
        const received = typeOf(issue.input);
        return `Қате енгізу: ${expected} күтілді, ${TypeDictionary[received] ?? received} алынды`;
      }
      case 'invalid_value':
        if (issue.values.length === 1) return `Қате енгізу: ${joinValues(issue.values, '')} күтілді`;
        return `Қате нұсқа: мыналардың бірі күтілді: ${joinValues(issue.values, '|')}`;
      case 'too_big': {
        const adj = issue.inclusive ? '<=' : '<';
        const sizing = Sizable[issue.origin ?? ''];
        const what = issue.origin ?? 'мән';
        if (sizing) return `Тым үлкен: ${what} ${adj}${issue.maximum.toString()} ${sizing.unit} болуы керек`;
        return `Тым үлкен мән: ${what} ${adj}${issue.maximum.toString()} болуы керек`;
      }
      case 'too_small': {
        const adj = issue.inclusive ? '>=' : '>';
        const sizing = Sizable[issue.origin ?? ''];
        const what = issue.origin ?? 'мән';
        if (sizing) return `Тым кіші: ${what} ${adj}${issue.minimum.toString()} ${sizing.unit} болуы керек`;
        return `Тым кіші мән: ${what} ${adj}${issue.minimum.toString()} болуы керек`;
      }
      case 'unrecognized_keys':
        return `Танылмаған кілт${issue.keys.length > 1 ? 'тер' : ''}: ${joinValues(issue.keys, ', ')}`;
      case 'invalid_union':
      case 'custom':
        return 'Қате енгізу';
      default:
        return russian(issue);
    }
  };
};

export default function kk(): { localeError: z.core.$ZodErrorMap } {
  return { localeError: error() };
}
