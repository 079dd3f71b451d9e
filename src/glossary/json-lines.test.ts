import { describe, expect, it } from 'vitest';
import { JsonSyntaxError, parseJsonWithLines } from './json-lines';

describe('JSON with lines', () => {
  it('parses what JSON.parse parses', () => {
    const samples = ['{"a":[1,-2.5e3,true,false,null,"x\\n\\u00e9\\"\\\\/"],"b":{}}', '[]', '"s"', '0', ' [ { } ] '];
    for (const s of samples) expect(parseJsonWithLines(s).value).toEqual(JSON.parse(s));
  });

  it('remembers the line of each object and of each field', () => {
    const text = '[\n  {\n    "name": "A",\n    "description":\n      "d"\n  },\n  {"name": "B"}\n]';
    const { value, where } = parseJsonWithLines(text);
    const [a, b] = value as object[];
    expect(where.get(a!)!.line).toBe(2);
    expect(where.get(a!)!.fields.get('name')).toBe(3);
    expect(where.get(a!)!.fields.get('description')).toBe(4);
    expect(where.get(b!)!.line).toBe(7);
    expect(where.get(value as object)!.fields.get('1')).toBe(7);
  });

  it('names the line and column of a syntax error', () => {
    const cases: [string, number, number][] = [
      ['[\n  {"name": "A",}\n]', 2, 16],
      ['{\n "a": tru\n}', 2, 7],
      ['[1, 2', 1, 6],
      ['{"a": "line\nbreak"}', 1, 12],
      ['[1] x', 1, 5],
    ];
    for (const [text, line, column] of cases) {
      try {
        parseJsonWithLines(text);
        expect.unreachable(text);
      } catch (e) {
        expect(e, text).toBeInstanceOf(JsonSyntaxError);
        expect([(e as JsonSyntaxError).line, (e as JsonSyntaxError).column], text).toEqual([line, column]);
      }
    }
  });

  it('keeps "__proto__" as data and refuses absurd nesting', () => {
    const { value } = parseJsonWithLines('{"__proto__": {"polluted": 1}}');
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
    expect(({} as { polluted?: number }).polluted).toBeUndefined();
    expect(Object.keys(value as object)).toEqual(['__proto__']);
    expect(() => parseJsonWithLines('['.repeat(100) + ']'.repeat(100))).toThrow(JsonSyntaxError);
  });

  it('skips a byte-order mark', () => {
    expect(parseJsonWithLines('\ufeff[1]').value).toEqual([1]);
  });
});
