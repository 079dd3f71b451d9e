/**
 * Checks for what issue #12 adds to a record: desk, sources, the day it was checked, and
 * dated roles, leaders and status changes, including that a country's or organisation's
 * current leader and that person's own current role agree. Pure, like checks.ts.
 */
import { DESKS, HONORIFICS, LEADER_KINDS, type KbRecord, type PartialDate } from './types.ts';
import { lowQualityHost } from './low-quality-hosts.ts';

const PARTIAL_DATE = /^(19|20)\d\d(-(0[1-9]|1[0-2]))?$/;
/** Roles and changes are the news era's; a person who died may be Newton or Rembrandt. */
const DIED_DATE = /^(1\d|20)\d\d(-(0[1-9]|1[0-2]))?$/;
const DAY = /^(19|20)\d\d-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const MAX_SOURCES = 3;
const MAX_CHANGE = 200;

/** Compares partial dates by their common precision: "2025" is not before "2025-10". */
export function dateBefore(a: PartialDate, b: PartialDate): boolean {
  const n = Math.min(a.length, b.length);
  return a.slice(0, n) < b.slice(0, n);
}

function datesOf(r: KbRecord): PartialDate[] {
  const out: PartialDate[] = [];
  for (const role of r.roles ?? []) out.push(role.from, ...(role.to ? [role.to] : []));
  for (const l of r.leaders ?? []) out.push(l.from, ...(l.to ? [l.to] : []));
  for (const c of r.changes ?? []) out.push(c.from);
  if (r.died) out.push(r.died);
  return out.filter((d) => typeof d === 'string');
}

function spanProblems(what: string, from: unknown, to: unknown): string[] {
  const p: string[] = [];
  if (typeof from !== 'string' || !PARTIAL_DATE.test(from)) p.push(`${what}: from "${String(from)}" is not YYYY-MM or YYYY`);
  if (to !== null && (typeof to !== 'string' || !PARTIAL_DATE.test(to))) p.push(`${what}: to "${String(to)}" is not YYYY-MM, YYYY or null`);
  else if (typeof from === 'string' && typeof to === 'string' && dateBefore(to, from)) p.push(`${what}: ends (${to}) before it starts (${from})`);
  return p;
}

/** Problems of one re-checked record's own new fields; `today` as YYYY-MM-DD. */
export function datedProblems(r: KbRecord, today: string): string[] {
  const p: string[] = [];
  if (!r.desk || !(DESKS as readonly string[]).includes(r.desk)) p.push(`desk "${String(r.desk)}" is not one of ${DESKS.join(', ')}`);
  const sources = r.sources ?? [];
  if (!Array.isArray(sources) || sources.length < 1 || sources.length > MAX_SOURCES) p.push(`sources must list 1 to ${MAX_SOURCES} URLs`);
  else {
    for (const s of sources) if (typeof s !== 'string' || !/^https?:\/\/[^\s/]+\.[^\s/]+\/\S*$/.test(s)) p.push(`source "${String(s)}" is not a web address`);
    if (new Set(sources).size !== sources.length) p.push('sources repeat a URL');
    for (const s of sources) {
      const host = typeof s === 'string' ? lowQualityHost(s) : null;
      if (host) p.push(`source ${host} is a low-quality site (spam mirror or invented news): cite the article or a reputable outlet`);
    }
  }
  if (typeof r.checked !== 'string' || !DAY.test(r.checked)) p.push(`checked "${String(r.checked)}" is not YYYY-MM-DD`);
  else if (r.checked > today) p.push(`checked ${r.checked} is in the future`);
  else if (r.asOf > r.checked.slice(0, 7)) p.push(`asOf ${r.asOf} is after the day it was checked`);

  (r.roles ?? []).forEach((role, i) => {
    if (typeof role.title !== 'string' || !role.title.trim()) p.push(`role ${i + 1} has no title`);
    if (role.kind !== undefined && !(LEADER_KINDS as readonly string[]).includes(role.kind)) p.push(`role "${role.title}": kind "${role.kind}" is unknown`);
    if (role.kind && !role.of) p.push(`role "${role.title}": a ${role.kind} role needs "of"`);
    p.push(...spanProblems(`role "${role.title}"`, role.from, role.to));
    if (r.died && role.to === null) p.push(`role "${role.title}" is still held, but the person died in ${r.died}`);
  });
  (r.leaders ?? []).forEach((l) => {
    if (!(LEADER_KINDS as readonly string[]).includes(l.kind)) p.push(`leader ${l.name}: kind "${l.kind}" is unknown`);
    if (typeof l.title !== 'string' || !l.title.trim() || typeof l.name !== 'string' || !l.name.trim()) p.push('a leader needs a title and a name');
    p.push(...spanProblems(`leader ${l.name}`, l.from, l.to));
  });
  for (const c of r.changes ?? []) {
    if (typeof c.what !== 'string' || !c.what.trim() || c.what.length > MAX_CHANGE) p.push(`a change needs "what" of 1 to ${MAX_CHANGE} characters`);
    if (typeof c.from !== 'string' || !PARTIAL_DATE.test(c.from)) p.push(`change "${c.what}": from "${String(c.from)}" is not YYYY-MM or YYYY`);
  }
  if (r.died !== undefined && (typeof r.died !== 'string' || !DIED_DATE.test(r.died))) p.push(`died "${String(r.died)}" is not YYYY-MM or YYYY`);
  if ((r.roles || r.died || r.honorifics) && r.type !== 'person') p.push('roles, died and honorifics are for people');
  if (r.leaders && r.type === 'person') p.push('leaders are for countries and organisations; people have roles');
  for (const h of r.honorifics ?? []) if (!(HONORIFICS as readonly string[]).includes(h)) p.push(`honorific "${h}" is not one of ${HONORIFICS.join(' ')}`);
  if (r.honorifics?.includes('Mr') && r.honorifics.some((h) => h === 'Mrs' || h === 'Ms' || h === 'Miss')) p.push('honorifics mix Mr with Mrs/Ms/Miss');
  for (const d of datesOf(r)) if (PARTIAL_DATE.test(d) && dateBefore(r.asOf, d)) { p.push(`asOf ${r.asOf} is older than ${d}, a date in the record`); break; }
  return p;
}

/**
 * Across records: ids named by roles and leaders exist, and each current leader entry and
 * its holder's current role agree (Japan's head of government is the person whose current
 * head-of-government role is of Japan, and no one else claims it).
 */
export function leaderAgreement(records: readonly KbRecord[]): string[] {
  const p: string[] = [];
  const byId = new Map(records.map((r) => [r.id, r] as const));
  for (const r of records) {
    for (const role of r.roles ?? []) {
      if (role.of && !byId.has(role.of)) p.push(`${r.id}: role "${role.title}" is of "${role.of}", which has no record`);
      if (!role.kind || !role.of || role.to !== null) continue;
      const body = byId.get(role.of);
      if (!body?.leaders) continue;
      const listed = body.leaders.some((l) => l.kind === role.kind && l.to === null && l.id === r.id);
      if (!listed) p.push(`${r.id}: holds ${role.kind} of ${role.of} ("${role.title}" since ${role.from}), but ${role.of}'s current leaders do not name ${r.id}`);
    }
    for (const l of r.leaders ?? []) {
      if (!l.id) continue;
      const person = byId.get(l.id);
      if (!person) { p.push(`${r.id}: leader ${l.name} has id "${l.id}", which has no record`); continue; }
      if (person.type !== 'person') p.push(`${r.id}: leader id "${l.id}" is not a person`);
      if (l.to !== null || !person.roles) continue;
      const holds = person.roles.some((role) => role.kind === l.kind && role.of === r.id && role.to === null);
      if (!holds) p.push(`${r.id}: names ${l.id} as current ${l.kind}, but ${l.id}'s roles hold no current ${l.kind} role of ${r.id}`);
    }
  }
  return p;
}
