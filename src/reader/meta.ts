/**
 * Article facts beyond Readability's metadata: a publication date when the page states
 * one, text direction (also for RTL pages that never set `dir`) and reading time.
 */

/** ISO form of a stated date, or null when there is none or it does not parse. */
export function isoDate(value: string | null | undefined): string | null {
  const v = value?.trim();
  if (!v) return null;
  const t = Date.parse(v);
  return Number.isNaN(t) ? null : new Date(t).toISOString();
}

const LD_PUBLISHED = /"datePublished"\s*:\s*"([^"]{4,40})"/;

/** The page's own statement of when it was published, in the usual places. */
export function statedDate(doc: Document): string | null {
  // JSON-LD first: news sites state it there most reliably (schema.org datePublished).
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    const found = isoDate(LD_PUBLISHED.exec(script.textContent ?? '')?.[1]);
    if (found) return found;
  }
  const meta = doc.querySelector('meta[property="article:published_time"], meta[name="article:published_time"], '
    + 'meta[itemprop="datePublished"], meta[name="date"], meta[name="pubdate"], meta[name="DC.date.issued"]');
  const fromMeta = isoDate(meta?.getAttribute('content'));
  if (fromMeta) return fromMeta;
  const time = doc.querySelector('article time[datetime], time[pubdate][datetime], [itemprop="datePublished"][datetime], time[datetime]');
  return isoDate(time?.getAttribute('datetime'));
}

const RTL_CHARS = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]/g;
const LTR_CHARS = /[A-Za-z\u00c0-\u024f\u0370-\u03ff\u0400-\u04ff]/g;

/** Direction stated by Readability or the page, else the one most letters of the text need. */
export function textDirection(stated: string | null | undefined, text: string): 'ltr' | 'rtl' {
  const s = stated?.toLowerCase();
  if (s === 'rtl' || s === 'ltr') return s;
  const sample = text.slice(0, 4000);
  const rtl = sample.match(RTL_CHARS)?.length ?? 0;
  const ltr = sample.match(LTR_CHARS)?.length ?? 0;
  return rtl > ltr ? 'rtl' : 'ltr';
}

/** About 230 words a minute for spaced scripts; Chinese and Japanese are counted by character. */
export const WORDS_PER_MINUTE = 230;
export const CJK_CHARS_PER_MINUTE = 450;
const CJK = /[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]/g;

export function readingMinutes(text: string): number {
  const cjk = text.match(CJK)?.length ?? 0;
  const words = text.replace(CJK, ' ').split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
  return Math.max(1, Math.round(words / WORDS_PER_MINUTE + cjk / CJK_CHARS_PER_MINUTE));
}

/**
 * Drops a trailing site name that Readability leaves on titles joined with an en or em
 * dash ("A weekend walking – Slow Miles"): its separator list has only | - \ / > ».
 */
export function cleanTitle(title: string, siteName: string | null): string {
  const m = /^(.*\S)\s+[–—]\s+([^–—]+)$/.exec(title.trim());
  if (!m) return title.trim();
  const [, head, tail] = m as unknown as [string, string, string];
  const isSite = siteName ? tail.trim().toLowerCase() === siteName.trim().toLowerCase() : false;
  const words = (s: string) => s.split(/\s+/).filter(Boolean).length;
  return isSite || (words(tail) <= 4 && words(head) >= 3) ? head : title.trim();
}
