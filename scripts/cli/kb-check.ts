// `npm run kb:check`: the knowledge-base quality gate; exits 1 with every problem listed.
import { readFileSync } from 'node:fs';
import { checkKnowledgeBase } from '../../src/knowledge/checks.ts';
import { loadSourced } from '../../src/knowledge/load-files.ts';
import { ENTITY_TYPES } from '../../src/knowledge/types.ts';
import { commonEnglishWords } from '../../src/knowledge/common-words.ts';


function lines(file: string): string[] {
  return readFileSync(new URL(`../../src/knowledge/coverage/${file}`, import.meta.url), 'utf8')
    .split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#'));
}

const sourced = loadSourced();
const problems = checkKnowledgeBase(
  sourced.map((s) => ({ record: s.record, where: `${s.file}:${s.line}` })),
  {
    commonWords: commonEnglishWords(),
    requiredTitles: lines('un-members.txt'),
    requiredSurfaces: lines('demo-names.txt').map((l) => l.split('|').map((s) => s.trim()) as [string, string]),
  },
);
const byType = Object.fromEntries(ENTITY_TYPES.map((t) => [t, sourced.filter((s) => s.record.type === t).length]));
const checked = sourced.filter((s) => s.record.checked !== undefined).length;
for (const p of problems) console.error(p);
console.error(`${sourced.length} records ${JSON.stringify(byType)}; ${problems.length} problems`);
// Issue #12 re-checks every record against its sources; until each has, say how far it got.
console.error(`${checked} of ${sourced.length} records checked against sources (desk, sources, checked date)`);
process.exit(problems.length ? 1 : 0);
