/**
 * What a card says about the day an article was written (issue #16): the roles a person
 * held, or who led a country or body, on that date; what has changed since; and whether
 * Gloss's note is older than the article. Pure: dates are `YYYY`, `YYYY-MM` or ISO days,
 * compared at their common precision, as the knowledge checks compare them.
 */
import type { CardRecord } from '../knowledge/types';
import { monthYear } from '../i18n/month-names';

export interface DatedLine { label: string; since?: string }

export interface DatedCard {
  /** The article's month (YYYY-MM), when the page states one. */
  published: string;
  /** Held (or leading) on the article's date. */
  then: DatedLine[];
  /** Began after the article's date and still held. */
  now: DatedLine[];
  /** Status changes after the article's date, oldest first. */
  changes: { what: string; from: string }[];
  /** Died after the article's date. */
  died?: string;
  /** The article is newer than the record's asOf: the note may not know what it says. */
  noteOlder: boolean;
}

/** a < b at their common precision ("2025" is not before "2025-10"). */
const before = (a: string, b: string) => { const n = Math.min(a.length, b.length); return a.slice(0, n) < b.slice(0, n); };
const heldOn = (from: string, to: string | null, day: string) => !before(day, from) && (to === null || before(day, to));

export function articleMonth(iso: string | null | undefined): string | null {
  const m = iso && /^(\d{4})-(\d{2})/.exec(iso);
  return m ? `${m[1]}-${m[2]}` : null;
}

/**
 * The dated view of `record` for an article published on `publishedIso`, or null when it
 * would say nothing the plain card does not: no date, or nothing changed since.
 */
export function datedCard(record: CardRecord, publishedIso: string | null | undefined): DatedCard | null {
  const published = articleMonth(publishedIso);
  if (!published || record.source !== 'shipped') return null;
  const then: DatedLine[] = [];
  const now: DatedLine[] = [];
  let endedSince = false;
  const sort = (label: string, from: string, to: string | null) => {
    if (heldOn(from, to, published)) { then.push({ label }); endedSince ||= to !== null; }
    else if (to === null && before(published, from)) now.push({ label, since: from });
  };
  for (const r of record.roles ?? []) sort(r.title, r.from, r.to);
  for (const l of record.leaders ?? []) sort(`${l.title}: ${l.name}`, l.from, l.to);
  const changes = (record.changes ?? []).filter((c) => before(published, c.from)).sort((a, b) => (before(a.from, b.from) ? -1 : 1));
  const died = record.died && before(published, record.died) ? record.died : undefined;
  const noteOlder = !!record.asOf && before(record.asOf, published);
  // Nothing to tell apart: the roles then are the roles now, nothing changed, nobody died.
  if (!endedSince && !now.length && !changes.length && !died && !noteOlder) return null;
  return { published, then, now, changes, ...(died ? { died } : {}), noteOlder };
}

/** "October 2019" or "2019" in the reader's language. */
export function formatMonth(date: string, locale: string): string {
  const m = /^(\d{4})(?:-(\d{2}))?/.exec(date);
  if (!m) return date;
  return monthYear(Number(m[1]), m[2] ? Number(m[2]) : null, locale);
}
