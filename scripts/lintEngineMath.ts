import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/**
 * Forbids, in packages/engine/src outside math/, the Math functions that ECMAScript leaves
 * implementation-approximated (their last bit differs between engines and versions) and `**` with
 * an exponent that is not an integer literal: the engine takes them from its math module instead,
 * whose results are the same bits everywhere.
 *
 *   npx tsx scripts/lintEngineMath.ts             file:line:column and the call per offence; exit 1 if any
 *   npx tsx scripts/lintEngineMath.ts --report    the same, then the count per file; always exit 0
 *   npx tsx scripts/lintEngineMath.ts [--report] paths…   other files or folders
 *
 * Biome has no such rule. Comments, strings, template text and regular expressions are blanked
 * first (keeping lines and columns), so only code is matched; `Math` used as a value (`const m =
 * Math`, `Math[name]`) is refused too, since it would hide a call.
 */
export const FORBIDDEN = new Set([
  'exp',
  'expm1',
  'log',
  'log1p',
  'log2',
  'log10',
  'pow',
  'sqrt',
  'cbrt',
  'sin',
  'cos',
  'tan',
  'asin',
  'acos',
  'atan',
  'atan2',
  'sinh',
  'cosh',
  'tanh',
  'asinh',
  'acosh',
  'atanh',
  'hypot',
]);

export interface Offence {
  line: number;
  column: number;
  what: string;
}

// After these, a `/` starts a regular expression rather than a division.
const KEYWORDS_BEFORE_EXPRESSION = new Set([
  'return',
  'typeof',
  'case',
  'do',
  'else',
  'in',
  'of',
  'new',
  'delete',
  'void',
  'throw',
  'yield',
  'await',
  'instanceof',
]);

/** The source with comments, string and template text and regular expressions replaced by spaces. */
export function codeOnly(source: string): string {
  const out = source.split('');
  const blank = (from: number, to: number) => {
    for (let i = from; i < to; i++) if (out[i] !== '\n') out[i] = ' ';
  };
  // Each open template literal's `${` depth: code inside ${…} is kept.
  const templates: number[] = [];
  let braces = 0;
  let expressionExpected = true;
  let i = 0;
  const n = source.length;
  const templateText = () => {
    // From i (inside a template's text) to its end or to a `${`.
    const start = i;
    while (i < n && source[i] !== '`' && !(source[i] === '$' && source[i + 1] === '{')) i += source[i] === '\\' ? 2 : 1;
    blank(start, i);
    if (source[i] === '`') {
      i++;
      expressionExpected = false;
    } else {
      i += 2;
      templates.push(braces);
      expressionExpected = true;
    }
  };
  while (i < n) {
    const c = source[i];
    const next = source[i + 1];
    if (c === '/' && next === '/') {
      const end = source.indexOf('\n', i);
      blank(i, end < 0 ? n : end);
      i = end < 0 ? n : end;
    } else if (c === '/' && next === '*') {
      const end = source.indexOf('*/', i + 2);
      blank(i, end < 0 ? n : end + 2);
      i = end < 0 ? n : end + 2;
    } else if (c === "'" || c === '"') {
      const start = i++;
      while (i < n && source[i] !== c && source[i] !== '\n') i += source[i] === '\\' ? 2 : 1;
      blank(start + 1, i);
      i++;
      expressionExpected = false;
    } else if (c === '`') {
      i++;
      templateText();
    } else if (c === '/' && expressionExpected) {
      // a regular expression literal, with classes ([…] may hold a /)
      const start = i++;
      let inClass = false;
      while (i < n && source[i] !== '\n' && (inClass || source[i] !== '/')) {
        if (source[i] === '\\') i++;
        else if (source[i] === '[') inClass = true;
        else if (source[i] === ']') inClass = false;
        i++;
      }
      blank(start + 1, i);
      i++;
      while (i < n && /[a-z]/.test(source[i])) i++;
      expressionExpected = false;
    } else if (c === '}' && templates.length > 0 && templates[templates.length - 1] === braces) {
      templates.pop();
      i++;
      templateText();
    } else if (/[\p{L}\p{N}_$]/u.test(c)) {
      const start = i;
      while (i < n && /[\p{L}\p{N}_$]/u.test(source[i])) i++;
      expressionExpected = KEYWORDS_BEFORE_EXPRESSION.has(source.slice(start, i));
    } else {
      if (c === '{') braces++;
      if (c === '}') braces--;
      if (!/\s/.test(c)) expressionExpected = c !== ')' && c !== ']';
      i++;
    }
  }
  return out.join('');
}

const INTEGER_LITERAL = /^\s*[+-]?\s*(?:0[xX][\da-fA-F_]+|0[bB][01_]+|0[oO][0-7_]+|\d[\d_]*)(?![\w$.]|\s*(?:\*\*|[([]))/;
const GLOBAL_OBJECTS = new Set(['globalThis', 'window', 'self', 'global']);

/** The offences in one file's source. */
export function findOffences(source: string): Offence[] {
  const code = codeOnly(source);
  const lineStarts = [0];
  for (let i = 0; i < code.length; i++) if (code[i] === '\n') lineStarts.push(i + 1);
  const at = (index: number) => {
    let line = lineStarts.length - 1;
    while (lineStarts[line] > index) line--;
    return { line: line + 1, column: index - lineStarts[line] + 1 };
  };
  const offences: Offence[] = [];
  for (const match of code.matchAll(/(?<![\p{L}\p{N}_$])Math(?![\p{L}\p{N}_$])/gu)) {
    const index = match.index;
    const before = /([\p{L}\p{N}_$]+)\s*\??\.\s*$/u.exec(code.slice(Math.max(0, index - 40), index));
    if (/\.\s*$/.test(code.slice(0, index)) && !(before && GLOBAL_OBJECTS.has(before[1]))) continue; // someone's own .Math
    const after = /^\s*(\??\.)\s*([\p{L}\p{N}_$]+)/u.exec(code.slice(index + 4));
    if (after) {
      if (FORBIDDEN.has(after[2])) offences.push({ ...at(index), what: `Math.${after[2]}` });
    } else {
      offences.push({
        ...at(index),
        what: /^\s*(\?\.)?\[/.test(code.slice(index + 4)) ? 'Math[…] (computed access)' : 'Math used as a value',
      });
    }
  }
  for (const match of code.matchAll(/\*\*(=?)/g)) {
    const rest = code.slice(match.index + match[0].length);
    if (!INTEGER_LITERAL.test(rest)) {
      const operand = rest.trimStart().slice(0, 30).split('\n')[0];
      offences.push({ ...at(match.index), what: `${match[0]} ${operand}${operand.length === 30 ? '…' : ''}` });
    }
  }
  return offences.sort((a, b) => a.line - b.line || a.column - b.column);
}

function sourceFiles(path: string, skip: string): string[] {
  if (!statSync(path).isDirectory()) return path.endsWith('.ts') ? [path] : [];
  if (path === skip) return [];
  return readdirSync(path)
    .sort()
    .flatMap((name) => sourceFiles(join(path, name), skip));
}

function main(args: string[]): number {
  const report = args.includes('--report');
  const root = fileURLToPath(new URL('..', import.meta.url));
  const engine = join(root, 'packages/engine/src');
  const paths = args.filter((arg) => arg !== '--report');
  const files = (paths.length > 0 ? paths : [engine]).flatMap((path) => sourceFiles(path, join(engine, 'math')));
  const counts = new Map<string, number>();
  for (const file of files) {
    const name = relative(root, file);
    for (const offence of findOffences(readFileSync(file, 'utf8'))) {
      console.log(`${name}:${offence.line}:${offence.column}  ${offence.what}`);
      counts.set(name, (counts.get(name) ?? 0) + 1);
    }
  }
  const total = [...counts.values()].reduce((a, b) => a + b, 0);
  if (report) {
    console.log(`\n${total} offences in ${counts.size} of ${files.length} files:`);
    for (const [name, count] of [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))) {
      console.log(`${String(count).padStart(5)}  ${name}`);
    }
    return 0;
  }
  if (total > 0) {
    console.error(
      `\n${total} uses of implementation-approximated Math functions or ** in the engine: use packages/engine/src/math instead.`,
    );
  }
  return total > 0 ? 1 : 0;
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) process.exitCode = main(process.argv.slice(2));
