import type { Plugin } from 'vite';
import { compileIndex } from '../../src/knowledge/compile.ts';
import { kbFiles, loadRecords } from '../../src/knowledge/load-files.ts';
import { commonEnglishWords } from '../../src/knowledge/common-words.ts';
import { packKnowledge } from '../../src/knowledge/packed.ts';

/**
 * Compiles src/knowledge/data/*.jsonl at build time into files of the package the
 * background reads on demand (ADR 4): knowledge/index.json, the compact alias index, and
 * knowledge/records-NN.json, the records in shards. No script carries the records, so a
 * service worker that wakes parses none of them.
 */
export function knowledgeBase(): Plugin {
  return {
    name: 'gloss:knowledge-base',
    buildStart() {
      for (const file of kbFiles()) this.addWatchFile(file);
    },
    generateBundle() {
      const records = loadRecords();
      const words = commonEnglishWords();
      const index = compileIndex(records, { commonWord: (w) => words.has(w) });
      for (const [fileName, source] of packKnowledge(records, index)) this.emitFile({ type: 'asset', fileName, source });
    },
  };
}
