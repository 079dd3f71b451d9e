/**
 * The content script and its clean-mode chunk are built here, not by crxjs (issue #8).
 *
 * crxjs loads a content script as an ES module with shared chunks, so every chunk must be
 * web-accessible, and with `use_dynamic_url` Chromium resolves a chunk's own relative
 * imports against the extension's stable URL and refuses them (seen in Chromium 156: the
 * content script never started). So: the content script is one classic script the
 * manifest names directly (nothing web-accessible), and clean mode's code is one ES
 * module with no imports of its own, the only web-accessible file, behind a dynamic URL.
 */
import { build, type InlineConfig, type PluginOption } from 'vite';
import preact from '@preact/preset-vite';
import { copyFile, mkdir, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { CONTENT_SCRIPT, MARK_STYLES, NAMES_CHUNK, READER_CHUNK } from '../../src/content/chunk-names.ts';
import { DYSLEXIC_FACES, DYSLEXIC_LICENCE } from '../../src/reader/font-files.ts';
import { MARK_CSS } from '../../src/annotate/mark-css.ts';

export const CONTENT_ENTRY = 'src/content/index.ts';
const PAGE_API = 'src/platform/page-api.ts';
/**
 * V8's explicit compile hint (Chromium 136+; other engines read a comment): compile every
 * function of the file when the script is compiled, instead of pre-parsing each and parsing
 * it again on its first call. Nearly all of the content script runs on every page, so on a
 * page that is not an article this halved its script time; the names chunk runs nearly
 * whole on every article (about a tenth less script there). Not for clean mode's chunk:
 * most of its code never runs on a given page (ADR 5).
 */
const COMPILE_ALL_NOW = '//# allFunctionsCalledOnLoad';
const READER_ENTRY = 'src/reader/toggle.ts';
const NAMES_ENTRY = 'src/content/names.ts';

function config(root: string, outDir: string, plugins: PluginOption[], lib: NonNullable<InlineConfig['build']>['lib'],
  minify: boolean | 'esbuild' = true, banner = ''): InlineConfig {
  return {
    root,
    configFile: false,
    logLevel: 'warn',
    plugins,
    // Code in pages gets the small API of src/platform/page-api.ts, not the polyfill (ADR 5).
    resolve: { alias: { 'webextension-polyfill': resolve(root, PAGE_API) } },
    // Library builds leave process.env alone; the extension has no process.
    // Paint probes exist only in the bench's own build (src/probes/paint.ts).
    define: { 'process.env.NODE_ENV': JSON.stringify('production'), __GLOSS_PROBES__: JSON.stringify(process.env.GLOSS_PROBES === '1') },
    build: {
      outDir,
      emptyOutDir: false,
      target: 'es2022',
      sourcemap: false,
      minify,
      copyPublicDir: false,
      // Vite's preload helper inserts <link rel="modulepreload"> into document.head before a
      // dynamic import(); in a content script that head is the page's (seen in reader.e2e.ts).
      modulePreload: false,
      lib,
      rollupOptions: { output: { postBanner: banner } },
    },
  };
}

/** Builds the three files and the marks' stylesheet into `outDir` (dist/); returns the manifest
 *  entries that name them. */
export async function buildContentScripts(root: string, outDir: string, matches: string[], minify = true) {
  // No knowledge-base plugin here: a page's code that imported the records would fail to
  // build instead of carrying every record into every page (issue #17).
  await build(config(root, outDir, [preact()],
    { entry: resolve(root, CONTENT_ENTRY), formats: ['iife'], name: 'glossContent', fileName: () => CONTENT_SCRIPT }, minify, COMPILE_ALL_NOW));
  // esbuild minifies clean mode's chunk: Vite's default minifier rewrites DOMPurify's
  // argument-copying loop as [...arguments].slice(1), which made DOMPurify a third of the
  // time clean mode took on the 100,000-node page in Chromium (about 5 s; 3.2-3.7 s with esbuild).
  await build(config(root, outDir, [preact()],
    { entry: resolve(root, READER_ENTRY), formats: ['es'], fileName: () => READER_CHUNK }, minify && 'esbuild'));
  await build(config(root, outDir, [preact()],
    { entry: resolve(root, NAMES_ENTRY), formats: ['es'], fileName: () => NAMES_CHUNK }, minify, COMPILE_ALL_NOW));
  await writeFile(resolve(outDir, MARK_STYLES), MARK_CSS.trim() + '\n');
  const fonts = await copyDyslexicFont(root, outDir);
  return {
    contentScript: CONTENT_SCRIPT,
    contentStyles: MARK_STYLES,
    // The font files are web-accessible because the page's document loads them for the
    // view (src/reader/view/document-fonts.ts); the licence beside them is not.
    webAccessible: { matches, resources: [READER_CHUNK, NAMES_CHUNK, ...fonts], use_dynamic_url: true },
  };
}

/** Copies the two OpenDyslexic faces the view uses, and the font's licence, from the npm
 *  package into dist/ (the package's other scripts, styles and formats stay out). */
async function copyDyslexicFont(root: string, outDir: string): Promise<string[]> {
  const pkg = resolve(root, 'node_modules/@fontsource/opendyslexic');
  for (const { from, file } of [...DYSLEXIC_FACES, DYSLEXIC_LICENCE]) {
    await mkdir(dirname(resolve(outDir, file)), { recursive: true });
    await copyFile(resolve(pkg, from), resolve(outDir, file));
  }
  return DYSLEXIC_FACES.map((f) => f.file);
}
