/**
 * `rng.uniform(key, id, draw)` in a kernel body, written in by the pass generator as the body of
 * rng.ts's `uniformDrawInto` (the draw's one definition) turned into a comma expression on a local of
 * the pass, its value the one it stores:
 * a call in a long fused loop is not inlined once V8's inlining budget is spent, and the double it
 * returns is then allocated. The draw is a pure function of its arguments, so the expression gives
 * the same bits as the call.
 */
import { readFileSync } from 'node:fs';
import { type Node, parse } from 'acorn';
import { transformSync } from 'esbuild';

// biome-ignore lint/suspicious/noExplicitAny: acorn's nodes, read generically.
type AnyNode = Node & Record<string, any>;

/** The pass's local holding the hash state, and the local holding the run's key. */
export const DRAW_STATE = 'rng$h';
export const RUN_KEY = 'rng$runKey';

export interface DrawTemplate {
  /** Text between the arguments: before the key, key–id, id–draw, after the draw (closing the expression). */
  pieces: [string, string, string, string];
}

/**
 * Reads uniformDrawInto from rng.ts and checks its shape: one `let`, assignments to it, one assignment
 * to out[index], each parameter once, in order.
 */
export function drawTemplate(rngFile: string): DrawTemplate {
  const fail = (message: string): never => {
    throw new Error(`${rngFile} (uniformDrawInto): ${message}, so the generator cannot write it in`);
  };
  const js = transformSync(readFileSync(rngFile, 'utf8'), { loader: 'ts', format: 'esm', target: 'esnext' }).code;
  const program = parse(js, { ecmaVersion: 'latest', sourceType: 'module' }) as AnyNode;
  const declaration = (program.body as AnyNode[])
    .map((s) => (s.type === 'ExportNamedDeclaration' ? s.declaration : s))
    .find((s) => s?.type === 'FunctionDeclaration' && s.id.name === 'uniformDrawInto');
  if (!declaration) return fail('not found');
  const [out, index, ...params] = (declaration.params as AnyNode[]).map((q) => q.name as string);
  if (params.length !== 4) fail('it takes (out, index, key, agentId, draw, runKey)');
  const statements = declaration.body.body as AnyNode[];
  const first = statements[0];
  if (first?.type !== 'VariableDeclaration' || first.declarations.length !== 1) return fail('it does not start with one `let`');
  const state = first.declarations[0].id.name as string;
  const parts: string[] = [];
  // Placeholders ⟦n⟧ mark where argument n goes; the state variable becomes the pass's local.
  const rewrite = (expression: AnyNode): string => {
    const edits: Array<{ start: number; end: number; text: string }> = [];
    const visit = (node: AnyNode) => {
      if (node.type === 'Identifier') {
        const n = params.indexOf(node.name);
        if (node.name === state) edits.push({ start: node.start, end: node.end, text: DRAW_STATE });
        else if (n === 3) edits.push({ start: node.start, end: node.end, text: RUN_KEY });
        else if (n >= 0) edits.push({ start: node.start, end: node.end, text: `(⟦${n}⟧)` });
        else if (node.name !== 'Math') fail(`it names ${node.name}`);
        return;
      }
      if (node.type === 'MemberExpression' && !node.computed) return visit(node.object);
      if (node.type === 'CallExpression' && !(node.callee.type === 'MemberExpression' && node.callee.object.name === 'Math'))
        fail('it calls a function other than Math.imul');
      for (const key of Object.keys(node)) {
        const child = node[key];
        if (Array.isArray(child)) for (const c of child) if (c?.type) visit(c);
        if (child?.type && key !== 'type') visit(child);
      }
    };
    visit(expression);
    let text = js.slice(expression.start, expression.end);
    for (const edit of edits.sort((a, b) => b.start - a.start))
      text = text.slice(0, edit.start - expression.start) + edit.text + text.slice(edit.end - expression.start);
    return text;
  };
  parts.push(`${DRAW_STATE} = ${rewrite(first.declarations[0].init)}`);
  for (const statement of statements.slice(1, -1)) {
    const e = statement.expression;
    if (statement.type !== 'ExpressionStatement' || e.type !== 'AssignmentExpression' || e.left.name !== state)
      fail(`a statement other than an assignment to ${state}`);
    parts.push(`${DRAW_STATE} ${e.operator} ${rewrite(e.right)}`);
  }
  const last = statements.at(-1)?.expression;
  const target = last?.left;
  if (
    last?.type !== 'AssignmentExpression' ||
    last.operator !== '=' ||
    target.type !== 'MemberExpression' ||
    !target.computed ||
    target.object.name !== out ||
    target.property.name !== index
  )
    return fail(`it does not end with ${out}[${index}] = …`);
  parts.push(rewrite(last.right));
  const pieces = `(${parts.join(', ')})`.split(/⟦(\d)⟧/);
  // pieces alternate text, argument number, text, …: the arguments must appear once each, in order.
  if (pieces.length !== 7 || pieces[1] !== '0' || pieces[3] !== '1' || pieces[5] !== '2')
    fail('it does not use key, agentId and draw once each, in that order');
  return { pieces: [pieces[0], pieces[2], pieces[4], pieces[6]] };
}

/**
 * Edits that turn the call `node` into the draw's expression, leaving the arguments' text (and the
 * generator's edits inside them) in place. The arguments must be pure: they are evaluated once each,
 * in order, interleaved with the hashing.
 */
export function drawEdits(node: AnyNode, template: DrawTemplate, fail: (message: string) => never) {
  const args = node.arguments as AnyNode[];
  if (args.length !== 3) fail('rng.uniform takes (key, agentId, draw)');
  for (const arg of args) {
    let impure = false;
    const visit = (n: AnyNode) => {
      if (/Call|Assignment|Update|New|Await|Yield/.test(n.type)) impure = true;
      for (const key of Object.keys(n)) {
        const child = n[key];
        if (Array.isArray(child)) for (const c of child) if (c?.type) visit(c);
        if (child?.type && key !== 'type') visit(child);
      }
    };
    visit(arg);
    if (impure) fail('the arguments of rng.uniform must be plain values (no calls or assignments)');
  }
  const [before, keyToId, idToDraw, after] = template.pieces;
  return [
    { start: node.start, end: args[0].start, text: before },
    { start: args[0].end, end: args[1].start, text: keyToId },
    { start: args[1].end, end: args[2].start, text: idToDraw },
    { start: args[2].end, end: node.end, text: after },
  ];
}
