#!/usr/bin/env node
// Quick structural lint for knowledge-base JSON Lines files, usable while records are
// being written (no build needed): node scripts/kb-lint.mjs FILE...
import { readFileSync } from 'node:fs';

const TYPES = new Set(['person', 'country', 'place', 'organization', 'group', 'event', 'agreement', 'other']);
const ALIAS_KEYS = new Set(['text', 'caseSensitive', 'ambiguous', 'context', 'surname', 'safe']);
const KEYS = new Set(['id', 'name', 'type', 'aliases', 'description', 'background', 'asOf', 'wikipedia', 'facts', 'related']);

export function slugify(title) {
  const LETTERS = { 'ı': 'i', 'ø': 'o', 'Ø': 'o', 'ł': 'l', 'Ł': 'l', 'đ': 'd', 'Đ': 'd', 'ß': 'ss', 'æ': 'ae', 'Æ': 'ae', 'œ': 'oe', 'þ': 'th', 'ð': 'd' };
  return title.replace(/[ıøØłŁđĐßæÆœþð]/g, (c) => LETTERS[c]).normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase()
    .replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}

function sentences(text) {
  return text.split(/(?<=[.!?])\s+(?=[A-Z0-9"“])/).filter(Boolean).length;
}

export function lintRecord(r) {
  const errors = [];
  for (const k of Object.keys(r)) if (!KEYS.has(k)) errors.push(`unknown field ${k}`);
  for (const k of ['id', 'name', 'type', 'description', 'background', 'asOf', 'wikipedia'])
    if (typeof r[k] !== 'string' || !r[k].trim()) errors.push(`missing ${k}`);
  if (errors.length) return errors;
  if (r.id !== slugify(r.wikipedia)) errors.push(`id should be ${slugify(r.wikipedia)}`);
  if (!TYPES.has(r.type)) errors.push(`bad type ${r.type}`);
  if (r.description.length > 90) errors.push(`description ${r.description.length} > 90 chars`);
  if (r.background.length > 450) errors.push(`background ${r.background.length} > 450 chars`);
  const n = sentences(r.background);
  if (n < 2 || n > 4) errors.push(`background has ${n} sentences (2-4)`);
  for (const t of [r.description, r.background])
    if (/<[a-z/!]|https?:|www\./i.test(t)) errors.push('markup or URL in text');
  if (!/^(19|20)\d\d-(0[1-9]|1[0-2])$/.test(r.asOf)) errors.push(`bad asOf ${r.asOf}`);
  if (!Array.isArray(r.aliases)) errors.push('aliases must be an array');
  else for (const a of r.aliases) {
    const obj = typeof a === 'string' ? { text: a } : a;
    if (!obj || typeof obj.text !== 'string' || !obj.text.trim()) { errors.push('alias without text'); continue; }
    for (const k of Object.keys(obj)) if (!ALIAS_KEYS.has(k)) errors.push(`alias ${obj.text}: unknown key ${k}`);
    if (obj.text === r.name && typeof a === 'string') errors.push(`alias repeats name: ${obj.text} (only an object with flags may, to flag the name)`);
    if (obj.ambiguous && !(Array.isArray(obj.context) && obj.context.length))
      errors.push(`ambiguous alias ${obj.text} needs context`);
  }
  if (r.facts !== undefined && (typeof r.facts !== 'object' || Object.values(r.facts).some((v) => typeof v !== 'string')))
    errors.push('facts values must be strings');
  if (r.related !== undefined && !Array.isArray(r.related)) errors.push('related must be an array');
  return errors;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  let bad = 0, count = 0;
  const seen = new Map();
  for (const file of process.argv.slice(2)) {
    readFileSync(file, 'utf8').split('\n').forEach((line, i) => {
      if (!line.trim()) return;
      count++;
      let r;
      try { r = JSON.parse(line); } catch (e) { bad++; console.log(`${file}:${i + 1}: invalid JSON`); return; }
      const errs = lintRecord(r);
      if (seen.has(r.id)) errs.push(`duplicate id (also ${seen.get(r.id)})`);
      seen.set(r.id, `${file}:${i + 1}`);
      if (errs.length) { bad++; console.log(`${file}:${i + 1} ${r.id}: ${errs.join('; ')}`); }
    });
  }
  console.log(`${count} records, ${bad} with problems`);
  process.exit(bad ? 1 : 0);
}
