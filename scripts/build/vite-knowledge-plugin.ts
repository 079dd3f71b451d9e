import type { Plugin } from 'vite';
import { compileIndex } from '../../src/knowledge/compile.ts';
import { kbFiles, loadRecords } from '../../src/knowledge/load-files.ts';
import { commonEnglishWords } from '../../src/knowledge/common-words.ts';

const ID = 'virtual:gloss-knowledge';
const RESOLVED = '\0' + ID;

/**
 * Compiles src/knowledge/data/*.jsonl at build time into one module for the background:
 * the compact alias index (handed to tabs) and the records (handed out one at a time).
 * JSON.parse of a string literal parses faster than the same data as an object literal.
 */
export function knowledgeBase(): Plugin {
  return {
    name: 'gloss:knowledge-base',
    resolveId(id) {
      return id === ID ? RESOLVED : null;
    },
    load(id) {
      if (id !== RESOLVED) return null;
      for (const file of kbFiles()) this.addWatchFile(file);
      const records = loadRecords();
      const payload = JSON.stringify({ index: compileIndex(records, { commonWord: (w) => commonEnglishWords().has(w) }), records });
      return `export default JSON.parse(${JSON.stringify(payload)});`;
    },
  };
}
