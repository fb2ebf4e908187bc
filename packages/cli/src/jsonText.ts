/**
 * JSON.parse with the place of a syntax error. Node 20's messages do not always give a position
 * ("Unexpected token '}', ... is not valid JSON"), so on failure a small scanner walks the text to
 * find the first offending character and says what it expected there.
 */
export interface JsonSyntaxError {
  readonly line: number;
  readonly column: number;
  readonly message: string;
}

export type JsonParseResult = { ok: true; value: unknown } | { ok: false; error: JsonSyntaxError };

/** `endName` names the end of the input in messages ("the end of the file", "the end of the value"). */
export function parseJsonText(source: string, endName = 'the end of the file'): JsonParseResult {
  // Editors on Windows may save a byte-order mark, which JSON.parse refuses.
  const text = source.charCodeAt(0) === 0xfeff ? source.slice(1) : source;
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    const found = findSyntaxError(text, endName) ?? { offset: text.length, message: (error as Error).message };
    return { ok: false, error: { ...lineAndColumn(text, found.offset), message: found.message } };
  }
}

function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text[i] === '\n') {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

class Stop {
  constructor(
    readonly offset: number,
    readonly message: string,
  ) {}
}

/** Offset and description of the first syntax error, or undefined when the text is valid JSON. */
export function findSyntaxError(text: string, endName = 'the end of the file'): { offset: number; message: string } | undefined {
  let i = 0;
  const describe = (at: number) => (at >= text.length ? endName : `"${text[at]}"`);
  const fail = (expected: string): never => {
    throw new Stop(i, `expected ${expected}, found ${describe(i)}`);
  };
  const skipSpace = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i])) i++;
  };
  const literal = (word: string) => {
    for (let k = 0; k < word.length; k++, i++) if (text[i] !== word[k]) fail(`"${word}"`);
  };
  const string = () => {
    i++; // opening quote
    while (i < text.length && text[i] !== '"') {
      const c = text.charCodeAt(i);
      if (c < 0x20) throw new Stop(i, 'line break or control character inside a string (a closing quote is probably missing)');
      if (text[i] === '\\') {
        i++;
        if (text[i] === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 1, i + 5))) throw new Stop(i, 'bad \\u escape in a string');
          i += 4;
        } else if (!'"\\/bfnrt'.includes(text[i] ?? '')) throw new Stop(i, `bad escape "\\${text[i] ?? ''}" in a string`);
      }
      i++;
    }
    if (i >= text.length) throw new Stop(i, 'the file ends inside a string (a closing quote is missing)');
    i++;
  };
  const number = () => {
    const match = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i, i + 400));
    if (!match) return fail('a value');
    i += match[0].length;
  };
  const value = (): void => {
    skipSpace();
    const c = text[i];
    if (c === '{') object();
    else if (c === '[') array();
    else if (c === '"') string();
    else if (c === 't') literal('true');
    else if (c === 'f') literal('false');
    else if (c === 'n') literal('null');
    else if (c === '-' || (c >= '0' && c <= '9')) number();
    else fail('a value (a number, a string in double quotes, true, false, null, an object or a list)');
  };
  const object = () => {
    i++;
    skipSpace();
    if (text[i] === '}') {
      i++;
      return;
    }
    for (;;) {
      skipSpace();
      if (text[i] !== '"')
        fail(text[i] === '}' ? 'another property (a trailing comma is not allowed)' : 'a property name in double quotes');
      string();
      skipSpace();
      if (text[i] !== ':') fail('":" after the property name');
      i++;
      value();
      skipSpace();
      if (text[i] === ',') {
        i++;
        continue;
      }
      if (text[i] === '}') {
        i++;
        return;
      }
      fail('"," or "}" after a property value');
    }
  };
  const array = () => {
    i++;
    skipSpace();
    if (text[i] === ']') {
      i++;
      return;
    }
    for (;;) {
      value();
      skipSpace();
      if (text[i] === ',') {
        i++;
        skipSpace();
        if (text[i] === ']') fail('another value (a trailing comma is not allowed)');
        continue;
      }
      if (text[i] === ']') {
        i++;
        return;
      }
      fail('"," or "]" after a list item');
    }
  };
  try {
    value();
    skipSpace();
    if (i < text.length) fail('nothing more after the end of the JSON value');
    return undefined;
  } catch (error) {
    if (error instanceof Stop) return { offset: error.offset, message: error.message };
    throw error;
  }
}
