/**
 * The clean-text metric of issue #7: 4-gram word shingles compared as multisets.
 * Tokens are runs of Unicode letters, digits and underscores, case kept. A text of 1-3
 * tokens is one shingle; an empty text has none. Per document tp = Σ min(counts),
 * fp and fn are the excess on each side; the corpus scores are the means of the
 * per-document precision and recall, and F1 comes from those two means.
 */

const TOKEN = /[\p{L}\p{N}_]+/gu;
const N = 4;
/** Tokens never contain control characters, so this cannot join two shingles into one. */
const SEP = '\u0001';

export function tokens(text: string): string[] {
  return text.match(TOKEN) ?? [];
}

export function shingles(text: string): Map<string, number> {
  const toks = tokens(text);
  const out = new Map<string, number>();
  if (!toks.length) return out;
  const count = Math.max(1, toks.length - N + 1);
  for (let i = 0; i < count; i++) {
    const key = toks.slice(i, i + N).join(SEP);
    out.set(key, (out.get(key) ?? 0) + 1);
  }
  return out;
}

export interface DocScore { tp: number; fp: number; fn: number; precision: number; recall: number }

/**
 * Edge cases, chosen so that failing to extract never scores well: an empty output
 * against a non-empty reference scores 0 and 0; output against an empty reference has
 * precision 0 (all of it is extra) and recall 1 (nothing was missed); both empty score 1.
 */
export function scoreDoc(predicted: string, reference: string): DocScore {
  const p = shingles(predicted);
  const r = shingles(reference);
  let tp = 0;
  let pTotal = 0;
  let rTotal = 0;
  for (const n of r.values()) rTotal += n;
  for (const [key, n] of p) {
    pTotal += n;
    tp += Math.min(n, r.get(key) ?? 0);
  }
  const fp = pTotal - tp;
  const fn = rTotal - tp;
  if (!pTotal && !rTotal) return { tp, fp, fn, precision: 1, recall: 1 };
  return { tp, fp, fn, precision: pTotal ? tp / pTotal : 0, recall: rTotal ? tp / rTotal : 1 };
}

export interface CorpusScore { documents: number; precision: number; recall: number; f1: number }

export function corpusScore(docs: readonly Pick<DocScore, 'precision' | 'recall'>[]): CorpusScore {
  const n = docs.length;
  const precision = n ? docs.reduce((s, d) => s + d.precision, 0) / n : 0;
  const recall = n ? docs.reduce((s, d) => s + d.recall, 0) / n : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { documents: n, precision, recall, f1 };
}

/** The length WCXB cuts a with[] or without[] snippet at. */
export const SNIPPET_CUT = 80;

/**
 * Whether a snippet occurs in `text` as a run of whole tokens, case kept: robust to the
 * punctuation and spacing differences between a reference and an extraction, strict about
 * words ("Home" does not match inside "Homepage"). Used for WCXB's with[] and without[].
 */
export function snippetFinder(text: string): (snippet: string) => boolean {
  const haystack = ` ${tokens(text).join(' ')} `;
  return (snippet) => {
    const needle = tokens(snippet);
    if (!needle.length) return false;
    // WCXB cuts its snippets at 80 characters, where a word may be cut too ("… healthy
    // fats, protein, and carbohydrate" for "carbohydrates"): there the last token is a
    // word's beginning, and asking for it whole missed snippets the text holds.
    const cut = snippet.length === SNIPPET_CUT && /[\p{L}\p{N}_]$/u.test(snippet);
    return haystack.includes(` ${needle.join(' ')}${cut ? '' : ' '}`);
  };
}

