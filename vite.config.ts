import { defineConfig, type Plugin } from 'vite';
import { crx, type ManifestV3Export } from '@crxjs/vite-plugin';
import preact from '@preact/preset-vite';
import { readFile, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import manifest from './manifest.json' with { type: 'json' };
import { knowledgeBase } from './scripts/vite-knowledge-plugin.ts';

/**
 * crxjs keeps only one background key, but one build must load in both browsers:
 * Chrome wants `service_worker`, Firefox MV3 wants `scripts` (and ignores the other).
 * crxjs writes manifest.json after generateBundle, so patch the emitted file afterwards.
 */
function bothBackgroundKeys(): Plugin {
  return {
    name: 'gloss:both-background-keys',
    apply: 'build',
    enforce: 'post',
    async writeBundle(options) {
      const file = resolve(options.dir ?? 'dist', 'manifest.json');
      const built = JSON.parse(await readFile(file, 'utf8'));
      const worker: string | undefined = built.background?.service_worker;
      if (!worker) throw new Error('built manifest has no background.service_worker');
      built.background = { service_worker: worker, scripts: [worker], type: 'module' };
      // Content chunks are fetched by crxjs's loader through web_accessible_resources.
      // `use_dynamic_url` would hide the stable extension id from pages, but Chromium 156
      // then refuses the loader's import() of the chunk (seen 2026-11: content script never
      // starts), so it stays off; Firefox randomises its moz-extension:// host per install.
      await writeFile(file, JSON.stringify(built, null, 2) + '\n');
    },
  };
}

export default defineConfig({
  plugins: [
    knowledgeBase(),
    preact(),
    crx({ manifest: manifest as unknown as ManifestV3Export }),
    bothBackgroundKeys(),
  ],
  build: {
    target: 'es2022',
    sourcemap: false,
    emptyOutDir: true,
    // Vite's preload helper inserts <link rel="modulepreload"> into document.head before
    // a dynamic import(); in a content script that head is the page's, so loading the
    // clean-mode chunk would change the page's DOM (seen in reader.e2e.ts, issue #3).
    modulePreload: false,
  },
  server: { port: 5173, strictPort: true, hmr: { port: 5173 } },
});
