/**
 * Everything detection looks at, read from the page in one go and kept as plain data, so
 * scoring (score.ts) is a pure function that tests and `npm run eval` can check on their own.
 */
import { isProbablyReaderable } from './readerable';
import { readMetadata, type HeadFacts, type PageMetadata } from './metadata';
import type { BodyFacts } from './page-walk';
import { createBodyReader, readBody, READ_LIMITS, type ReadLimits } from './bounded-read';
import { urlShape, type UrlShape } from './url-shape';

export type Layout = Omit<BodyFacts, 'bestParent' | 'articleBody' | 'jsonLd' | 'itemTypes' | 'itemDate' | 'itemAuthor' | 'relAuthor' | 'truncated' | 'elementChars' | 'shortParagraphParent'>;

export interface Signals {
  url: UrlShape;
  meta: PageMetadata;
  /** Readability's own cheap check (long visible paragraphs); false where it was not asked
   *  because it could not change the verdict (detect.ts: weighWalked). */
  readerable: boolean;
  layout: Layout;
}

/** What the container search needs besides the signals. */
export interface BodyAnchors {
  bestParent: Element | null;
  articleBody: Element | null;
  shortParagraphParent: Element | null;
  /** Text lengths the walk already measured (see BodyFacts.elementChars). */
  elementChars: ReadonlyMap<Element, number>;
}

/** Readability's check reads inline styles; jsdom (the CLI) throws on some it cannot parse
 *  (SCSS left in a style attribute). A browser never does; either way detection goes on. */
export function readerable(doc: Document): boolean {
  try {
    return isProbablyReaderable(doc);
  } catch {
    return false;
  }
}

/** What the walk read; `readerable` is left for the verdict to ask when it matters. */
export interface WalkedSignals {
  signals: Signals;
  anchors: BodyAnchors;
  /** Readability's check may be asked: not on a page too large for the walk, where it would
   *  read every paragraph's text in one long task (issue #8, hostile pages). */
  mayAskReaderable: boolean;
}

function fromFacts(doc: Document, url: URL, body: BodyFacts, head?: HeadFacts): WalkedSignals {
  const { bestParent, articleBody, shortParagraphParent, elementChars, jsonLd: _j, itemTypes: _t, itemDate: _d, itemAuthor: _a, relAuthor: _r, truncated, ...layout } = body;
  return {
    signals: { url: urlShape(url), meta: readMetadata(doc, body, head), readerable: false, layout },
    anchors: { bestParent, articleBody, shortParagraphParent, elementChars },
    mayAskReaderable: !truncated,
  };
}

export function readSignals(doc: Document, url: URL, head?: HeadFacts, limits: ReadLimits = READ_LIMITS): WalkedSignals {
  return fromFacts(doc, url, readBody(doc.body ?? doc.documentElement, limits), head);
}

/**
 * The same, with the body walked in slices: `run` drives `step(timeUp)` until it returns
 * true (the content script passes its idle-time scheduler), so a huge page never gets a
 * long task from detection.
 */
export async function readSignalsSliced(doc: Document, url: URL,
  run: (step: (timeUp: () => boolean) => boolean) => Promise<void>, head?: HeadFacts): Promise<WalkedSignals> {
  const walker = createBodyReader(doc.body ?? doc.documentElement);
  await run((timeUp) => walker.step(timeUp));
  return fromFacts(doc, url, walker.result(), head);
}
