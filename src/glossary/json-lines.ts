/**
 * A small JSON reader that remembers on which line each object and each of its fields
 * began, so an import can say "line 12: description is missing" instead of "entry 4".
 * JSON.parse gives neither positions of values nor (in every browser) of syntax errors.
 */
export class JsonSyntaxError extends Error {
  constructor(readonly line: number, readonly column: number) {
    super(`not valid JSON at line ${line}, column ${column}`);
  }
}

export interface Where {
  line: number;
  /** Line of each field's key (for arrays: where each item starts, keyed by index). */
  fields: Map<string, number>;
}

export interface ParsedJson {
  value: unknown;
  /** Objects and arrays of the document → where they start. */
  where: WeakMap<object, Where>;
}

/** Deeper than any glossary file needs; stops a hostile file from exhausting the stack. */
const MAX_DEPTH = 32;
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const ESCAPES: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };

export function parseJsonWithLines(text: string): ParsedJson {
  const where = new WeakMap<object, Where>();
  let pos = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let line = 1;
  let lineStart = 0;

  const fail = (): never => { throw new JsonSyntaxError(line, pos - lineStart + 1); };
  const space = () => {
    for (;;) {
      const c = text[pos];
      if (c === '\n') { line++; pos++; lineStart = pos; } else if (c === ' ' || c === '\t' || c === '\r') pos++;
      else return;
    }
  };
  const expect = (ch: string) => { if (text[pos] !== ch) fail(); pos++; };

  function string(): string {
    expect('"');
    let out = '';
    for (;;) {
      const c = text[pos];
      if (c === undefined || c < ' ') fail();
      pos++;
      if (c === '"') return out;
      if (c !== '\\') { out += c; continue; }
      const e = text[pos++] ?? '';
      if (e === 'u') {
        const hex = text.slice(pos, pos + 4);
        if (!/^[0-9a-fA-F]{4}$/.test(hex)) { pos--; fail(); }
        out += String.fromCharCode(parseInt(hex, 16));
        pos += 4;
      } else if (e in ESCAPES) out += ESCAPES[e];
      else { pos--; fail(); }
    }
  }

  function value(depth: number): unknown {
    if (depth > MAX_DEPTH) fail();
    space();
    const c = text[pos];
    if (c === '{') return object(depth);
    if (c === '[') return array(depth);
    if (c === '"') return string();
    for (const [word, v] of [['true', true], ['false', false], ['null', null]] as const)
      if (text.startsWith(word, pos)) { pos += word.length; return v; }
    NUMBER.lastIndex = pos;
    const m = NUMBER.exec(text);
    if (!m) fail();
    pos += m![0].length;
    return Number(m![0]);
  }

  function object(depth: number): Record<string, unknown> {
    const obj: Record<string, unknown> = {};
    const here: Where = { line, fields: new Map() };
    where.set(obj, here);
    expect('{');
    space();
    if (text[pos] === '}') { pos++; return obj; }
    for (;;) {
      space();
      const keyLine = line;
      const key = string();
      space();
      expect(':');
      space();
      here.fields.set(key, keyLine);
      // defineProperty: a "__proto__" key must stay data, never become the prototype.
      Object.defineProperty(obj, key, { value: value(depth + 1), enumerable: true, writable: true, configurable: true });
      space();
      if (text[pos] === ',') { pos++; continue; }
      expect('}');
      return obj;
    }
  }

  function array(depth: number): unknown[] {
    const list: unknown[] = [];
    const here: Where = { line, fields: new Map() };
    where.set(list, here);
    expect('[');
    space();
    if (text[pos] === ']') { pos++; return list; }
    for (;;) {
      space();
      here.fields.set(String(list.length), line);
      list.push(value(depth + 1));
      space();
      if (text[pos] === ',') { pos++; continue; }
      expect(']');
      return list;
    }
  }

  const result = value(0);
  space();
  if (pos < text.length) fail();
  return { value: result, where };
}
