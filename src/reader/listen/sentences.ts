/**
 * What read-aloud speaks, one sentence at a time (issue #15): each block's text cut into
 * sentences with their offsets, so the one being read can be highlighted. Pure.
 */

export interface Sentence { block: number; start: number; end: number; text: string }

const FALLBACK = /[^.!?…]+(?:[.!?…]+["”’)]*|$)\s*/gu;

/** Sentences of `text` as [start, end) offsets, trimmed of surrounding spaces. */
export function sentenceSpans(text: string, lang?: string): [number, number][] {
  const out: [number, number][] = [];
  const push = (start: number, end: number) => {
    while (start < end && /\s/u.test(text[start]!)) start++;
    while (end > start && /\s/u.test(text[end - 1]!)) end--;
    if (end > start) out.push([start, end]);
  };
  const Segmenter = (Intl as unknown as { Segmenter?: new (l?: string, o?: { granularity: string }) => { segment(t: string): Iterable<{ index: number; segment: string }> } }).Segmenter;
  if (Segmenter) {
    for (const s of new Segmenter(lang, { granularity: 'sentence' }).segment(text)) push(s.index, s.index + s.segment.length);
  } else {
    for (const m of text.matchAll(FALLBACK)) push(m.index!, m.index! + m[0].length);
  }
  return out;
}

export function sentencesOf(blocks: readonly string[], lang?: string): Sentence[] {
  return blocks.flatMap((text, block) => sentenceSpans(text, lang).map(([start, end]) => ({ block, start, end, text: text.slice(start, end) })));
}
