import { getLocation, type ParseError, parse, parseTree, printParseErrorCode } from 'jsonc-parser';

/**
 * JSON.parse with the place of a syntax error. Node 20's messages do not always give a position
 * ("Unexpected token '}', ... is not valid JSON"), so on failure jsonc-parser (the parser of VS Code's
 * JSON support), held to strict JSON, finds the first error; here it is only put in plain words.
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
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: before[before.length - 1].length + 1 };
}

const STRICT = { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false } as const;
const A_VALUE = 'a value (a number, a string in double quotes, true, false, null, an object or a list)';

/** Offset and description of the first syntax error, or undefined when the text is valid JSON. */
export function findSyntaxError(text: string, endName = 'the end of the file'): { offset: number; message: string } | undefined {
  const errors: ParseError[] = [];
  parse(text, errors, STRICT);
  if (errors.length === 0) return undefined;
  const { offset, length } = errors[0];
  const code = printParseErrorCode(errors[0].error);
  const token = text.slice(offset, offset + length);
  const shown = length > 1 ? token : text[offset];
  const found = offset >= text.length ? endName : shown.startsWith('"') ? shown : `"${shown}"`;
  const root = parseTree(text, [], STRICT);
  if (root && offset >= root.offset + root.length && code !== 'CloseBraceExpected' && code !== 'CloseBracketExpected')
    return { offset, message: `expected nothing more after the end of the JSON value, found ${found}` };
  const inList = () => typeof getLocation(text, offset).path.at(-1) === 'number';
  const afterItem = (list: boolean) => (list ? '"," or "]" after a list item' : '"," or "}" after a property value');
  const message = (() => {
    switch (code) {
      case 'PropertyNameExpected':
        return text[offset] === '}'
          ? 'expected another property (a trailing comma is not allowed), found "}"'
          : `expected a property name in double quotes, found ${found}`;
      case 'ValueExpected':
        return text[offset] === ']'
          ? 'expected another value (a trailing comma is not allowed), found "]"'
          : `expected ${A_VALUE}, found ${found}`;
      case 'InvalidSymbol':
        return `expected ${A_VALUE}, found ${found}`;
      case 'ColonExpected':
        return `expected ":" after the property name, found ${found}`;
      case 'CommaExpected':
        return `expected ${afterItem(inList())}, found ${found}`;
      case 'CloseBracketExpected':
        return `expected ${afterItem(true)}, found ${found}`;
      case 'CloseBraceExpected':
        return `expected ${afterItem(false)}, found ${found}`;
      case 'EndOfFileExpected':
        return `expected nothing more after the end of the JSON value, found ${found}`;
      case 'UnexpectedEndOfString':
        return /[\r\n]/.test(text[offset + length] ?? '')
          ? 'line break inside a string (a closing quote is probably missing)'
          : `${endName} comes inside a string (a closing quote is missing)`;
      case 'InvalidCharacter':
        return 'control character inside a string (a closing quote is probably missing)';
      case 'InvalidEscapeCharacter':
      case 'InvalidUnicode':
        return `bad escape in the string ${token}`;
      case 'InvalidNumberFormat':
      case 'UnexpectedEndOfNumber':
        return `bad number ${token}`;
      case 'InvalidCommentToken':
      case 'UnexpectedEndOfComment':
        return 'comments are not allowed in JSON';
      default:
        return `expected ${A_VALUE}, found ${found}`;
    }
  })();
  return { offset, message };
}
