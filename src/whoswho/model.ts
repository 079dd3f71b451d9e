/**
 * Who's who in a story (issue #16): every entity marked on the page, grouped, in order of
 * first mention, with how often it is named and the sentence that first names it. Built
 * from the marks already found: no second pass over the page. Pure.
 */
import type { EntityType } from '../knowledge/types';

export type Group = 'people' | 'places' | 'organisations' | 'events';

export const GROUP_ORDER: readonly Group[] = ['people', 'places', 'organisations', 'events'];

/** Terms are explained where they appear; who's who lists names only. */
const GROUP_OF: Record<EntityType, Group | null> = {
  person: 'people', country: 'places', place: 'places', organization: 'organisations', group: 'organisations',
  event: 'events', agreement: 'events', other: 'organisations', term: null,
};

/** One mention as the page has it: which entity, and the text of its block around it. */
export interface MentionSeen { entity: number; id: string; name: string; type: EntityType; block: string; start: number; end: number }

export interface Row {
  entity: number;
  id: string;
  name: string;
  type: EntityType;
  mentions: number;
  /** The sentence of the first mention, trimmed to a readable length. */
  firstSentence: string;
  /** Filled in from the record when it arrives. */
  description?: string;
  asOf?: string;
}

export interface WhosWho { groups: { group: Group; rows: Row[] }[]; total: number }

const SENTENCE_END = /[.!?…]["”’)]?\s/gu;
const MAX_SENTENCE = 240;

/** The sentence of `text` around [start, end), cut at sentence ends, at most ~240 characters. */
export function sentenceAround(text: string, start: number, end: number): string {
  let from = 0;
  let to = text.length;
  for (const m of text.matchAll(SENTENCE_END)) {
    const at = m.index! + m[0].length;
    if (at <= start) from = at;
    else if (m.index! >= end) { to = m.index! + m[0].trimEnd().length; break; }
  }
  let s = text.slice(from, to).replace(/\s+/g, ' ').trim();
  if (s.length > MAX_SENTENCE) {
    const at = Math.max(0, start - from - MAX_SENTENCE / 2);
    s = `${at > 0 ? '…' : ''}${s.slice(at, at + MAX_SENTENCE).trim()}…`;
  }
  return s;
}

/** Mentions in document order → rows, grouped and in order of first mention. */
export function whosWho(mentions: readonly MentionSeen[]): WhosWho {
  const rows = new Map<number, Row>();
  for (const m of mentions) {
    if (!GROUP_OF[m.type]) continue;
    const row = rows.get(m.entity);
    if (row) { row.mentions++; continue; }
    rows.set(m.entity, { entity: m.entity, id: m.id, name: m.name, type: m.type, mentions: 1, firstSentence: sentenceAround(m.block, m.start, m.end) });
  }
  const groups = GROUP_ORDER.map((group) => ({ group, rows: [...rows.values()].filter((r) => GROUP_OF[r.type] === group) }))
    .filter((g) => g.rows.length);
  return { groups, total: rows.size };
}

export interface CopyLabels { title: string; groups: Record<Group, string>; asOf: (month: string) => string }

/** The list as plain text or Markdown: name, what it is, as-of date. */
export function asText(list: WhosWho, labels: CopyLabels, markdown: boolean): string {
  const out: string[] = [markdown ? `## ${labels.title}` : labels.title];
  for (const { group, rows } of list.groups) {
    out.push('', markdown ? `### ${labels.groups[group]}` : labels.groups[group]);
    for (const r of rows) {
      const what = [r.description, r.asOf ? labels.asOf(r.asOf) : ''].filter(Boolean).join(' ');
      out.push(markdown ? `- **${r.name}**${what ? ` — ${what}` : ''}` : `${r.name}${what ? ` — ${what}` : ''}`);
    }
  }
  return out.join('\n') + '\n';
}
