/**
 * Every one-word alias in the knowledge base with how it is kept from misleading (issue
 * #12): the reviewed list in src/knowledge/coverage/single-word-aliases.txt must match the
 * records, so each new one-word alias shows up in review with its reason.
 *   npx tsx scripts/cli/single-word-aliases.ts > src/knowledge/coverage/single-word-aliases.txt
 */
import { normalizeAlias } from '../../src/knowledge/compile.ts';
import type { KbRecord } from '../../src/knowledge/types.ts';

export function reasonFor(text: string, spec: ReturnType<typeof normalizeAlias>, common: ReadonlySet<string>): string {
  if (spec.surname) return spec.safe ? 'surname, no other notable bearer known: links only after the full name on the same page' : 'surname: links only after the full name on the same page';
  if (spec.ambiguous) return `ambiguous: links only with context (${(spec.context ?? []).slice(0, 4).join(', ')})`;
  if (/^[\p{Lu}\d&.-]{2,}$/u.test(text)) return 'abbreviation in capitals: matched with its capitals only';
  if (common.has(text.toLowerCase())) return 'also a common word: matched capitalised, and at a sentence start only when the name is confirmed';
  return 'distinctive name: not a common word, not another record\'s alias';
}

export function singleWordAliases(records: readonly KbRecord[], common: ReadonlySet<string>): string[] {
  const lines: string[] = [];
  for (const r of records) {
    const specs = [{ text: r.name }, ...r.aliases.map(normalizeAlias)];
    const named = new Map(specs.map((s) => [s.text, s] as const));
    for (const [text, spec] of named) {
      if (/[\s]/.test(text)) continue;
      const full = r.aliases.map(normalizeAlias).find((a) => a.text === text) ?? spec;
      lines.push(`${text} | ${r.id} | ${reasonFor(text, full, common)}`);
    }
  }
  return lines.sort((a, b) => a.localeCompare(b, 'en'));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { loadRecords } = await import('../../src/knowledge/load-files.ts');
  const { commonEnglishWords } = await import('../../src/knowledge/common-words.ts');
  process.stdout.write('# One-word aliases and why each cannot mislead (issue #12). Regenerate with\n'
    + '# npx tsx scripts/cli/single-word-aliases.ts > src/knowledge/coverage/single-word-aliases.txt and review the diff.\n'
    + singleWordAliases(loadRecords(), commonEnglishWords()).join('\n') + '\n');
}
