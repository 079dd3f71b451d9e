import { defineConfig, type Plugin } from 'vite';
import { crx, type ManifestV3Export } from '@crxjs/vite-plugin';
import preact from '@preact/preset-vite';
import { readFile, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import manifest from './manifest.json' with { type: 'json' };
import { knowledgeBase } from './scripts/build/vite-knowledge-plugin.ts';
import { buildContentScripts, CONTENT_ENTRY } from './scripts/build/vite-content-script.ts';

type ContentScript = { matches: string[]; js: string[]; run_at?: string };
const contentScripts = (manifest as { content_scripts: ContentScript[] }).content_scripts;
if (contentScripts.length !== 1 || contentScripts[0]!.js.join() !== CONTENT_ENTRY) {
  throw new Error(`manifest.json must name one content script, ${CONTENT_ENTRY}`);
}
// crxjs builds the background and the extension pages; the content script is ours.
const { content_scripts: _ours, ...forCrx } = manifest;

/**
 * Finishes what crxjs wrote. It keeps only one background key, but one build must load in
 * both browsers: Chrome wants `service_worker`, Firefox MV3 wants `scripts` (and ignores
 * the other). And the content script is built by scripts/vite-content-script.ts.
 * crxjs writes manifest.json after generateBundle, so patch the emitted file afterwards.
 */
function finishManifest(): Plugin {
  // `vite build --minify false` (the bench's --diagnose) leaves the page's scripts readable too.
  let minify = true;
  return {
    name: 'gloss:finish-manifest',
    apply: 'build',
    enforce: 'post',
    configResolved(config) { minify = config.build.minify !== false; },
    async writeBundle(options) {
      const file = resolve(options.dir ?? 'dist', 'manifest.json');
      const built = JSON.parse(await readFile(file, 'utf8'));
      const worker: string | undefined = built.background?.service_worker;
      if (!worker) throw new Error('built manifest has no background.service_worker');
      built.background = { service_worker: worker, scripts: [worker], type: 'module' };
      const ours = contentScripts[0]!;
      const { contentScript, contentStyles, webAccessible } = await buildContentScripts(import.meta.dirname, options.dir ?? 'dist', ours.matches, minify);
      built.content_scripts = [{ ...ours, js: [contentScript], css: [contentStyles] }];
      built.web_accessible_resources = [webAccessible];
      await writeFile(file, JSON.stringify(built, null, 2) + '\n');
    },
  };
}

export default defineConfig({
  plugins: [
    knowledgeBase(),
    preact(),
    crx({ manifest: forCrx as unknown as ManifestV3Export }),
    finishManifest(),
  ],
  build: {
    target: 'es2022',
    sourcemap: false,
    emptyOutDir: true,
    // No modulepreload polyfill in the extension pages: it fetch()es chunks, and the built
    // code holds no network call at all (privacy.e2e.ts, issue #8).
    modulePreload: false,
  },
  server: { port: 5173, strictPort: true, hmr: { port: 5173 } },
});
