import { ASSUMPTIONS, DRIVERS, INDICATORS, LEVERS, type ParameterDefinition } from '../packages/engine/src/index.js';

/**
 * The parameter and indicator tables of docs/model.md, generated from the engine's catalogue so that
 * the documentation cannot drift from the code (tests/docs checks they are current).
 */
export const START_MARK = '<!-- generated tables: start (pnpm docs:tables) -->';
export const END_MARK = '<!-- generated tables: end -->';

const cell = (text: string) => text.replaceAll('|', '\\|').replaceAll('\n', ' ');

function parameterTable(definitions: readonly ParameterDefinition[]): string {
  const rows = definitions.map(
    (p) => `| \`${p.id}\` | ${cell(p.label)} | ${cell(p.unit)} | ${p.default} | ${p.min} – ${p.max} | ${p.evidence} | ${cell(p.source)} |`,
  );
  return ['| id | meaning | unit | default | range | evidence | source |', '|---|---|---|---|---|---|---|', ...rows].join('\n');
}

export function generatedTables(): string {
  const indicatorRows = INDICATORS.map(
    (i) => `| \`${i.id}\` | ${cell(i.label)} | ${cell(i.unit)} | ${i.kind} | ${i.contract ? 'yes' : 'added'} |`,
  );
  return [
    START_MARK,
    '',
    '### Policy levers',
    '',
    parameterTable(LEVERS),
    '',
    '### Exogenous drivers',
    '',
    parameterTable(DRIVERS),
    '',
    '### Behavioural assumptions',
    '',
    parameterTable(ASSUMPTIONS),
    '',
    '### Indicators',
    '',
    '| id | meaning | unit | kind | in the contract |',
    '|---|---|---|---|---|',
    ...indicatorRows,
    '',
    END_MARK,
  ].join('\n');
}

export function replaceGeneratedTables(markdown: string): string {
  const start = markdown.indexOf(START_MARK);
  const end = markdown.indexOf(END_MARK);
  if (start < 0 || end < start) throw new Error('docs/model.md lacks the generated-table marks');
  return markdown.slice(0, start) + generatedTables() + markdown.slice(end + END_MARK.length);
}
