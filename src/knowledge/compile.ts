import { AliasFlag, Honorific, type AliasIndex, type AliasSpec, type IndexAlias, type KbRecord } from './types.ts';

export function normalizeAlias(alias: string | AliasSpec): AliasSpec {
  return typeof alias === 'string' ? { text: alias } : alias;
}

/** Parse JSON Lines text into records; reports the line of the first bad one. */
export function parseJsonl(text: string, file = 'input'): KbRecord[] {
  const out: KbRecord[] = [];
  text.split('\n').forEach((line, i) => {
    if (!line.trim()) return;
    try {
      out.push(JSON.parse(line) as KbRecord);
    } catch {
      throw new Error(`${file}:${i + 1}: not valid JSON`);
    }
  });
  return out;
}

export interface CompileOptions {
  /** True for common lower-case English words; marks one-word aliases that are also words. */
  commonWord?: (lower: string) => boolean;
}

function flagsOf(spec: AliasSpec, fullName: boolean, options: CompileOptions): number {
  let f = 0;
  const lower = spec.text.toLowerCase();
  if (options.commonWord && !/[\s-]/.test(lower) && options.commonWord(lower)) f |= AliasFlag.CommonWord;
  if (spec.caseSensitive === false) f |= AliasFlag.CaseInsensitive;
  if (spec.ambiguous) f |= AliasFlag.Ambiguous;
  if (spec.surname) f |= AliasFlag.Surname;
  if (spec.safe) f |= AliasFlag.Safe;
  if (fullName) f |= AliasFlag.FullName;
  return f;
}

/**
 * Build the compact index the content script matches with. Records keep their order;
 * context hints that name a known id become entity indices, the rest stay literal words.
 */
export function compileIndex(records: readonly KbRecord[], options: CompileOptions = {}): AliasIndex {
  const position = new Map(records.map((r, i) => [r.id, i] as const));
  const aliases: IndexAlias[] = [];
  records.forEach((r, e) => {
    const own = r.aliases.map(normalizeAlias);
    // An alias object with the record's own name carries flags for the name ("Jordan").
    const nameSpec = own.find((a) => a.text === r.name) ?? { text: r.name };
    const specs: [AliasSpec, boolean][] = [
      [nameSpec, true],
      ...own.filter((a) => a !== nameSpec).map((a) => [a, false] as [AliasSpec, boolean]),
    ];
    for (const [spec, full] of specs) {
      const ctxIds: number[] = [];
      const ctxWords: string[] = [];
      for (const hint of spec.context ?? []) {
        const at = position.get(hint);
        if (at !== undefined) ctxIds.push(at);
        else ctxWords.push(hint);
      }
      const entry: IndexAlias = [spec.text, e, flagsOf(spec, full, options)];
      if (ctxIds.length || ctxWords.length) entry.push(ctxIds, ctxWords);
      aliases.push(entry);
    }
  });
  const honorifics: Record<number, number> = {};
  records.forEach((r, e) => {
    let bits = 0;
    for (const h of r.honorifics ?? []) bits |= h === 'Mr' ? Honorific.Male : h === 'Mrs' || h === 'Ms' || h === 'Miss' ? Honorific.Female : 0;
    if (bits) honorifics[e] = bits;
  });
  const places = placeFacts(records);
  return {
    version: 1, entities: records.map((r) => [r.id, r.name, r.type]), aliases,
    ...(Object.keys(honorifics).length ? { honorifics } : {}),
    ...(places.regions.length || Object.keys(places.countryOf).length ? { places } : {}),
  };
}

/** `facts.country` as records write it, "United Kingdom (Scotland)" included, to the country's entity. */
function placeFacts(records: readonly KbRecord[]): NonNullable<AliasIndex['places']> {
  const countries = new Map<string, number>();
  records.forEach((r, e) => {
    if (r.type !== 'country') return;
    for (const form of [r.name, ...r.aliases.map((a) => normalizeAlias(a).text)]) if (!countries.has(form)) countries.set(form, e);
  });
  const countryOf: Record<number, number> = {};
  const regions: number[] = [];
  records.forEach((r, e) => {
    if (r.type !== 'place') return;
    const named = r.facts?.country?.replace(/\s*\(.*$/, '');
    const country = named ? countries.get(named) : undefined;
    if (country !== undefined) countryOf[e] = country;
    if (r.facts?.capital) regions.push(e);
  });
  return { countryOf, regions };
}
