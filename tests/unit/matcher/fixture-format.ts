/** Parses matcher fixtures: `[[surface|id]]` must link to id, `{{surface}}` must not link. */
export interface Expectation { start: number; end: number; id: string | null }

export function parseFixture(source: string): { text: string; expected: Expectation[] } {
  const expected: Expectation[] = [];
  let text = '';
  const re = /\[\[([^|\]]+)\|([^\]]+)\]\]|\{\{([^}]+)\}\}/g;
  let last = 0;
  for (const m of source.matchAll(re)) {
    text += source.slice(last, m.index);
    const surface = m[1] ?? m[3]!;
    expected.push({ start: text.length, end: text.length + surface.length, id: m[2] ?? null });
    text += surface;
    last = m.index! + m[0].length;
  }
  text += source.slice(last);
  return { text, expected };
}
