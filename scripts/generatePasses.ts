/**
 * Fused passes from the kernels (`pnpm generate:passes`; `--check` fails if a generated file is not
 * current, which the suite runs). For each pass of step/plan.ts it reads the kernels' bodies from
 * their source files and splices them, in order, into one loop over the agents: V8 optimises one
 * loop body as a whole, while calls to per-kernel functions stop being inlined past its budget.
 *
 * A body is copied as it is written, with three rewrites: `p.<column>` (or `h.` for hosts) becomes
 * a local holding the column, `s.<field>` a local holding the step value (read once per block, after
 * every kernel's begin), and `return` a `break` out of the kernel's labelled block. Imported numeric
 * constants (ages, codes, tally slots) are written in as numbers, imported functions imported again.
 * Anything else a body names from its module is refused, with the reason; so is a body that reads
 * another agent's column where another kernel of the pass writes that column (fused and reference
 * steps would then differ).
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { type Node, parse } from 'acorn';
import { transformSync } from 'esbuild';
import type { HostKernel, PersonKernel } from '../packages/engine/src/rules/kernel.js';
import { type Phase, STEP_PLAN } from '../packages/engine/src/step/plan.js';
import { DRAW_STATE, drawEdits, drawTemplate, RUN_KEY } from './passes/inlineDraw.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const ENGINE = join(ROOT, 'packages/engine/src');
const OUT_DIR = join(ENGINE, 'step/passes');
const KERNEL_DIRS = ['rules', 'observe'];
/** Math functions whose results are exactly specified (the engine's math module covers the rest). */
const MATH_ALLOWED = new Set(['min', 'max', 'floor', 'ceil', 'abs', 'clz32', 'imul', 'trunc', 'round', 'sign', 'fround', 'PI']);
const GLOBALS_ALLOWED = new Set(['Math', 'Infinity', 'NaN', 'undefined']);

// biome-ignore lint/suspicious/noExplicitAny: kernels of every step type.
type AnyKernel = PersonKernel<any> | HostKernel<any>;
// biome-ignore lint/suspicious/noExplicitAny: acorn's nodes, walked generically.
type AnyNode = Node & Record<string, any>;

export interface KernelSource {
  kernel: AnyKernel;
  exportName: string;
  file: string;
}

export class GenerationError extends Error {}

async function locateKernels(): Promise<Map<AnyKernel, KernelSource>> {
  const found = new Map<AnyKernel, KernelSource>();
  for (const dir of KERNEL_DIRS) {
    for (const name of readdirSync(join(ENGINE, dir))) {
      if (!name.endsWith('.ts')) continue;
      const file = join(ENGINE, dir, name);
      const module = (await import(pathToFileURL(file).href)) as Record<string, unknown>;
      for (const [exportName, value] of Object.entries(module)) {
        if (value && typeof value === 'object' && 'begin' in value && ('person' in value || 'host' in value)) {
          found.set(value as AnyKernel, { kernel: value as AnyKernel, exportName, file });
        }
      }
    }
  }
  return found;
}

interface Import {
  local: string;
  imported: string;
  /** Absolute path of the source module (.ts). */
  file: string;
}

interface SplicedBody {
  label: string;
  code: string;
  columns: Set<string>;
  fields: Set<string>;
  functions: Import[];
  writes: Set<string>;
  foreignReads: Set<string>;
  /** Whether the body draws (rng.uniform written in): the pass then declares the draw's locals. */
  draws: boolean;
}

function walk(node: AnyNode, visit: (node: AnyNode, parent: AnyNode | undefined) => boolean, parent?: AnyNode): void {
  if (!visit(node, parent)) return;
  for (const key of Object.keys(node)) {
    if (key === 'type' || key === 'start' || key === 'end') continue;
    const child = node[key];
    if (Array.isArray(child)) {
      for (const c of child) if (c && typeof c.type === 'string') walk(c, visit, node);
    } else if (child && typeof child.type === 'string') walk(child, visit, node);
  }
}

export async function spliceBody(source: KernelSource, kind: 'persons' | 'hosts'): Promise<SplicedBody> {
  const where = `${relative(ROOT, source.file)} (${source.exportName})`;
  const fail = (message: string): never => {
    throw new GenerationError(`${where}: ${message}`);
  };
  const js = transformSync(readFileSync(source.file, 'utf8'), { loader: 'ts', format: 'esm', target: 'esnext' }).code;
  const program = parse(js, { ecmaVersion: 'latest', sourceType: 'module' }) as AnyNode;
  const imports = new Map<string, Import>();
  let body: AnyNode | undefined;
  let params: string[] = [];
  const method = kind === 'persons' ? 'person' : 'host';
  for (const statement of program.body as AnyNode[]) {
    if (statement.type === 'ImportDeclaration') {
      const file = resolve(dirname(source.file), statement.source.value.replace(/\.js$/, '.ts'));
      for (const s of statement.specifiers)
        if (s.type === 'ImportSpecifier') imports.set(s.local.name, { local: s.local.name, imported: s.imported.name, file });
    }
    // esbuild may write `const x = …; export { x }`: look at every top-level const.
    const declaration = statement.type === 'ExportNamedDeclaration' ? statement.declaration : statement;
    if (declaration?.type !== 'VariableDeclaration') continue;
    for (const declarator of declaration.declarations) {
      if (declarator.id.name !== source.exportName || declarator.init?.type !== 'ObjectExpression') continue;
      const property = declarator.init.properties.find((q: AnyNode) => q.key?.name === method);
      if (!property) fail(`no ${method}() method`);
      body = property.value.body;
      params = property.value.params.map((q: AnyNode) => (q.type === 'Identifier' ? q.name : fail('parameters must be plain names')));
    }
  }
  if (!body) return fail('kernel object not found in its file');
  const expected = kind === 'persons' ? ['i', 'p', 's', 'rng'] : ['j', 'h', 's'];
  if (params.some((name, k) => name !== expected[k])) fail(`parameters must be named (${expected.join(', ')}), not (${params.join(', ')})`);
  const [index, agents] = expected;
  const label = source.exportName;
  const declared = new Set<string>();
  walk(body, (node) => {
    if (node.type === 'VariableDeclarator') {
      if (node.id.type !== 'Identifier') fail('destructuring is not supported in a body');
      if ([index, agents, 's', 'rng'].includes(node.id.name) || node.id.name.includes('$'))
        fail(`a local may not be named ${node.id.name}`);
      declared.add(node.id.name);
    }
    if (/Function|Class/.test(node.type)) fail('a body may not define functions or classes (put a rare path in the step object)');
    return true;
  });
  const edits: Array<{ start: number; end: number; text: string }> = [];
  const result: SplicedBody = {
    label,
    code: '',
    columns: new Set(),
    fields: new Set(),
    functions: [],
    writes: new Set(),
    foreignReads: new Set(),
    draws: false,
  };
  const draw = drawTemplate(join(ENGINE, 'rng.ts'));
  const isTarget = (node: AnyNode, parent: AnyNode | undefined) =>
    (parent?.type === 'AssignmentExpression' && parent.left === node) || (parent?.type === 'UpdateExpression' && parent.argument === node);
  const constants = new Map<string, unknown>();
  const moduleValue = async (imp: Import) => {
    const key = `${imp.file}#${imp.imported}`;
    if (!constants.has(key)) constants.set(key, ((await import(pathToFileURL(imp.file).href)) as Record<string, unknown>)[imp.imported]);
    return constants.get(key);
  };
  const pending: Array<() => Promise<void>> = [];
  const visit = (node: AnyNode, parent: AnyNode | undefined): boolean => {
    if (node.type === 'CallExpression' && node.callee.type === 'MemberExpression' && node.callee.object.name === 'rng') {
      if (node.callee.property.name !== 'uniform') fail(`rng.${node.callee.property.name} is not written in: draw with rng.uniform`);
      edits.push(...drawEdits(node, draw, fail));
      result.draws = true;
      for (const arg of node.arguments) walk(arg, visit, node);
      return false;
    }
    if (node.type === 'ReturnStatement') {
      if (node.argument) fail('a body returns nothing');
      edits.push({ start: node.start, end: node.end, text: `break ${label};` });
      return false;
    }
    if (node.type === 'LabeledStatement' || node.type === 'BreakStatement' || node.type === 'ContinueStatement') {
      if (node.label) fail('labels are reserved for the kernels');
      return true;
    }
    if (node.type === 'MemberExpression' && !node.computed && node.object.type === 'Identifier') {
      const object = node.object.name as string;
      const field = node.property.name as string;
      if (object === agents) {
        if (isTarget(node, parent)) fail(`${agents}.${field} is assigned as a whole`);
        result.columns.add(field);
        edits.push({ start: node.start, end: node.end, text: `${agents}$${field}` });
        if (parent?.type === 'MemberExpression' && parent.object === node && parent.computed) {
          const indexed = parent.property;
          const own = indexed.type === 'Identifier' && indexed.name === index;
          if (!own) result.foreignReads.add(field);
        }
        return false;
      }
      if (object === 's') {
        if (isTarget(node, parent)) fail(`s.${field} is assigned: the step's values are set in begin()`);
        result.fields.add(field);
        edits.push({ start: node.start, end: node.end, text: `${label}$${field}` });
        return false;
      }
      if (object === 'Math') {
        if (!MATH_ALLOWED.has(field)) fail(`Math.${field} is not exactly specified: use the engine's math module`);
        return false;
      }
      const imp = imports.get(object);
      if (imp && !declared.has(object)) {
        pending.push(async () => {
          const value = (await moduleValue(imp)) as Record<string, unknown>;
          const member = value?.[field];
          if (typeof member !== 'number') return fail(`${object}.${field} is not a number constant`);
          edits.push({ start: node.start, end: node.end, text: `${literal(member)} /* ${object}.${field} */` });
        });
        return false;
      }
    }
    if (node.type === 'Identifier') {
      const name = node.name as string;
      const isPropertyName = parent?.type === 'MemberExpression' && parent.property === node && !parent.computed;
      const isKey = parent?.type === 'Property' && parent.key === node && !parent.computed && !parent.shorthand;
      const isDeclaration = parent?.type === 'VariableDeclarator' && parent.id === node;
      if (isPropertyName || isKey || isDeclaration) return false;
      if (name === index || name === 'rng' || declared.has(name) || GLOBALS_ALLOWED.has(name)) return false;
      if (name === agents || name === 's') fail(`${name} is used other than as ${name}.<name>`);
      const imp = imports.get(name);
      if (!imp) return fail(`${name} comes from the module's scope: put what the body needs in the step object`);
      pending.push(async () => {
        const value = await moduleValue(imp);
        if (typeof value === 'number') edits.push({ start: node.start, end: node.end, text: `${literal(value)} /* ${name} */` });
        else if (typeof value === 'function') result.functions.push(imp);
        else fail(`${name} is neither a number constant nor a function`);
      });
      return false;
    }
    if (node.type === 'AssignmentExpression' || node.type === 'UpdateExpression') {
      const target = node.type === 'AssignmentExpression' ? node.left : node.argument;
      if (target.type === 'MemberExpression' && target.computed && target.object.type === 'MemberExpression') {
        const column = target.object;
        if (!column.computed && column.object.type === 'Identifier' && column.object.name === agents) {
          const own = target.property.type === 'Identifier' && target.property.name === index;
          if (!own) fail(`${agents}.${column.property.name} is written at another agent's index`);
          result.writes.add(column.property.name);
        }
      }
    }
    return true;
  };
  walk(body, visit);
  for (const run of pending) await run();
  edits.sort((a, b) => b.start - a.start);
  let code = js.slice(body.start + 1, body.end - 1);
  for (const edit of edits) code = code.slice(0, edit.start - body.start - 1) + edit.text + code.slice(edit.end - body.start - 1);
  result.code = code;
  return result;
}

/** A number as source text that reads back as the same double, parenthesised when negative. */
function literal(value: number): string {
  if (!Number.isFinite(value)) throw new GenerationError(`constant ${value} is not finite`);
  return value < 0 || Object.is(value, -0) ? `(${value === 0 ? '-0' : String(value)})` : String(value);
}

function relativeImport(fromDir: string, file: string): string {
  const path = relative(fromDir, file).replace(/\.ts$/, '.js');
  return path.startsWith('.') ? path : `./${path}`;
}

export async function generatePass(
  phase: Extract<Phase, { kind: 'persons' | 'hosts' }>,
  sources: Map<AnyKernel, KernelSource>,
): Promise<string> {
  const persons = phase.kind === 'persons';
  const agents = persons ? 'p' : 'h';
  const index = persons ? 'i' : 'j';
  const bodies: SplicedBody[] = [];
  const kernelSources: KernelSource[] = [];
  for (const kernel of phase.kernels) {
    const source = sources.get(kernel);
    if (!source)
      throw new GenerationError(`kernel "${kernel.name}" of pass "${phase.name}" is not exported by a file of ${KERNEL_DIRS.join(', ')}/`);
    kernelSources.push(source);
    bodies.push(await spliceBody(source, phase.kind));
  }
  for (const reader of bodies) {
    for (const writer of bodies) {
      if (writer === reader) continue;
      for (const column of reader.foreignReads) {
        if (writer.writes.has(column))
          throw new GenerationError(
            `pass "${phase.name}": ${reader.label} reads ${agents}.${column} of other agents, which ${writer.label} writes: fused and reference steps would differ`,
          );
      }
    }
  }
  const name = `${phase.name}Pass`;
  const imports = new Map<string, Set<string>>();
  const addImport = (file: string, what: string) => {
    const path = relativeImport(OUT_DIR, file);
    if (!imports.has(path)) imports.set(path, new Set());
    imports.get(path)?.add(what);
  };
  const functionOwners = new Map<string, string>();
  for (const body of bodies) {
    for (const f of body.functions) {
      const owner = `${f.file}#${f.imported}`;
      if (functionOwners.has(f.local) && functionOwners.get(f.local) !== owner)
        throw new GenerationError(`pass "${phase.name}": two kernels import different functions named ${f.local}`);
      functionOwners.set(f.local, owner);
      addImport(f.file, f.imported === f.local ? f.local : `${f.imported} as ${f.local}`);
    }
  }
  for (const source of kernelSources) addImport(source.file, source.exportName);
  addImport(join(ENGINE, 'state/sweep.ts'), 'blockEnd');
  const typeImports = [
    `import type { Assumptions, StepValues } from '../../equations/values.js';`,
    `import type { RandomSource } from '../../rng.js';`,
    persons ? `import type { Persons } from '../../state/persons.js';` : `import type { Hosts } from '../../state/hosts.js';`,
    `import type { SimulationState } from '../../state/simulationState.js';`,
  ];
  const valueImports = [...imports.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([path, names]) => `import { ${[...names].sort().join(', ')} } from '${path}';`);
  const columns = new Set<string>(persons ? ['alive'] : []);
  for (const body of bodies) for (const c of body.columns) columns.add(c);
  const lines: string[] = [];
  lines.push('// Generated by scripts/generatePasses.ts (pnpm generate:passes) from step/plan.ts and the kernels');
  lines.push(`// it lists for the pass "${phase.name}": ${kernelSources.map((k) => k.exportName).join(', ')}. Do not edit.`);
  lines.push(...[...valueImports, ...typeImports].sort((a, b) => a.split("from '")[1].localeCompare(b.split("from '")[1])));
  lines.push('');
  lines.push(`/** The kernels of the pass, in order (step/fusedStep.ts checks them against step/plan.ts). */`);
  lines.push(`export const ${name}Kernels = [${phase.kernels.map((k) => `'${k.name}'`).join(', ')}] as const;`);
  lines.push('');
  lines.push(
    `export function ${name}(state: SimulationState, levers: StepValues, params: Assumptions, rng: RandomSource, t: number): void {`,
  );
  for (const source of kernelSources) lines.push(`  ${source.exportName}.begin(state, levers, params, rng, t);`);
  if (persons) {
    lines.push('  const p = state.persons;');
    lines.push('  const end = p.end;');
    lines.push(`  for (let from = 0; from < end; from = blockEnd(from, end)) ${name}Block(p, rng, from, blockEnd(from, end));`);
  } else {
    lines.push('  const h = state.hosts;');
    lines.push('  const end = h.count;');
    lines.push(`  for (let from = 0; from < end; from = blockEnd(from, end)) ${name}Block(h, from, blockEnd(from, end));`);
  }
  for (const source of kernelSources) if (source.kernel.end) lines.push(`  ${source.exportName}.end?.(state, levers, params, rng, t);`);
  lines.push('}');
  lines.push('');
  lines.push(
    persons
      ? `function ${name}Block(p: Persons, rng: RandomSource, from: number, to: number): void {`
      : `function ${name}Block(h: Hosts, from: number, to: number): void {`,
  );
  for (const c of [...columns].sort()) lines.push(`  const ${agents}$${c} = ${agents}.${c};`);
  for (const body of bodies) for (const f of [...body.fields].sort()) lines.push(`  const ${body.label}$${f} = ${body.label}.step.${f};`);
  if (bodies.some((b) => b.draws)) {
    lines.push(`  const ${RUN_KEY} = rng.runKey;`);
    lines.push(`  let ${DRAW_STATE} = 0;`);
  }
  lines.push(`  for (let ${index} = from; ${index} < to; ${index}++) {`);
  if (persons) lines.push('    if (p$alive[i] === 0) continue;');
  for (const body of bodies) {
    lines.push(`    ${body.label}: {`);
    for (const line of body.code.split('\n')) if (line.trim() !== '') lines.push(`      ${line.replace(/^ {4}/, '')}`);
    lines.push('    }');
  }
  lines.push('  }');
  lines.push('}');
  return `${lines.join('\n')}\n`;
}

async function main(): Promise<void> {
  const check = process.argv.includes('--check');
  const sources = await locateKernels();
  const stale: string[] = [];
  const index: string[] = [];
  for (const phase of STEP_PLAN) {
    if (phase.kind === 'rule') continue;
    const text = await generatePass(phase, sources);
    const file = join(OUT_DIR, `${phase.name}Pass.generated.ts`);
    index.push(phase.name);
    let current = '';
    try {
      current = readFileSync(file, 'utf8');
    } catch {}
    if (current === text) continue;
    if (check) stale.push(relative(ROOT, file));
    else writeFileSync(file, text);
  }
  if (check && stale.length > 0) {
    console.error(`generated passes not current: ${stale.join(', ')} (run pnpm generate:passes)`);
    process.exit(1);
  }
  console.log(check ? `passes current: ${index.join(', ')}` : `passes written: ${index.join(', ')}`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error) => {
    console.error(error instanceof GenerationError ? `generate:passes: ${error.message}` : error);
    process.exit(1);
  });
}
