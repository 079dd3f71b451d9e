/** What clean-mode extraction returns: the reading view, `gloss clean` and eval all use it. */
import type { BlockSignature } from './block-rules';

export interface RemovedItem {
  /** Short label a reader understands: "share row", "comment form", "Exit mobile version link". */
  label: string;
  /** The first words of what was removed, for the "What was removed" list. */
  sample: string;
  /** Which pass removed it: Readability's own, or Gloss's declutter rule (its id;
   *  `rule:site` for the reader's own "Always remove" on this site). */
  by: 'readability' | `rule:${string}`;
  /** The block as "Always / Never remove blocks like this" rules describe it (block-rules.ts). */
  block?: BlockSignature;
  /** What "Restore" puts back, asked for only when the reader restores it: the block's
   *  sanitized HTML and the end of the article text it followed ('' when at the start). */
  restore?: () => { html: string; after: string };
}

export interface Extracted {
  ok: true;
  title: string;
  byline: string | null;
  siteName: string | null;
  /** ISO date when the page states one. */
  published: string | null;
  lang: string | null;
  dir: 'ltr' | 'rtl';
  /** The sanitized (DOMPurify) article, as the body of an inert document: read its text
   *  here; never move its nodes into a page (see view/Article.tsx). */
  body: HTMLElement;
  /** The same as HTML, serialised once when first asked: what the view parses. */
  readonly html: string;
  /** The body as plain text, one paragraph per line: exactly what the view shows below the title. */
  text: string;
  removed: RemovedItem[];
  /** Minutes at about 230 words per minute (English). */
  readingMinutes: number;
}

export interface ExtractFailure {
  ok: false;
  /** Why, in words for the reader ("This page has too little text to show in clean mode."). */
  reason: 'not-article' | 'too-short' | 'error';
  message: string;
}

export type ExtractResult = Extracted | ExtractFailure;
