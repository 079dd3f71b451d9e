/**
 * Bundle figures, read from dist/ after the build: the content script's initial chunk
 * (what the manifest's loader imports, with its static imports) and the chunks it loads
 * lazily (the reader), raw and gzip. Static and dynamic imports are read from the built
 * files themselves, so the figures follow whatever the bundler actually emitted.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, posix, relative } from 'node:path';
import { spawnSync } from 'node:child_process';
import { gzipSync } from 'node:zlib';
import { minifySync } from 'rolldown/utils';

export interface ChunkSize { file: string; raw: number; gzip: number }
export interface ChunkGroup { files: ChunkSize[]; raw: number; gzip: number }
export interface BundleFigures {
  /** Loader files named in manifest.json content_scripts. */
  loaders: ChunkGroup;
  /** The chunk each loader imports, and everything it imports statically. */
  initial: ChunkGroup;
  /** Chunks reached only through dynamic import() from the initial set (and their own imports). */
  lazy: ChunkGroup;
  /** Readability and DOMPurify alone, minified by the bundler's own minifier: the least a
   *  lazy reader can weigh, beside what the reader chunk weighs. */
  readerLibraries: ChunkGroup;
}

const STATIC_IMPORT = /(?:^|[;\s}])(?:import|export)\s*(?:[\w*{}\s,$]+\s*from\s*)?["'`](\.{1,2}\/[^"'`]+)["'`]/g;
const DYNAMIC_IMPORT = /\bimport\(\s*["'`](\.{1,2}\/[^"'`]+)["'`]\s*\)/g;
const LOADER_TARGET = /getURL\(\s*["'`]([^"'`]+\.js)["'`]\s*\)/g;

/** Relative imports of a built ES module: static ones, and dynamic import("./x.js") ones. */
export function importsOf(code: string): { statics: string[]; dynamics: string[] } {
  const statics = [...code.matchAll(STATIC_IMPORT)].map((m) => m[1]!);
  const dynamics = [...code.matchAll(DYNAMIC_IMPORT)].map((m) => m[1]!);
  return { statics: [...new Set(statics)], dynamics: [...new Set(dynamics)] };
}

/** The chunks a crxjs content-script loader imports through chrome.runtime.getURL(). */
export function loaderTargets(code: string): string[] {
  return [...new Set([...code.matchAll(LOADER_TARGET)].map((m) => m[1]!))];
}

/** Walks the module graph from `roots` (paths relative to dist); `read` gives a file's code. */
export function chunkGraph(roots: string[], read: (file: string) => string): { initial: string[]; lazy: string[] } {
  const resolveFrom = (from: string, spec: string) => posix.normalize(posix.join(posix.dirname(from), spec));
  const initial = new Set<string>();
  const lazyRoots: string[] = [];
  const visit = (file: string, into: Set<string>, dyn: string[]) => {
    if (into.has(file)) return;
    into.add(file);
    const { statics, dynamics } = importsOf(read(file));
    for (const s of statics) visit(resolveFrom(file, s), into, dyn);
    for (const d of dynamics) dyn.push(resolveFrom(file, d));
  };
  for (const r of roots) visit(r, initial, lazyRoots);
  const lazy = new Set<string>();
  const seen = new Set(initial);
  while (lazyRoots.length) {
    const next = lazyRoots.shift()!;
    if (seen.has(next)) continue;
    const found = new Set<string>();
    const more: string[] = [];
    const walk = (file: string) => {
      if (seen.has(file) || found.has(file)) return;
      found.add(file);
      const { statics, dynamics } = importsOf(read(file));
      for (const s of statics) walk(resolveFrom(file, s));
      for (const d of dynamics) more.push(resolveFrom(file, d));
    };
    walk(next);
    for (const f of found) { lazy.add(f); seen.add(f); }
    lazyRoots.push(...more);
  }
  return { initial: [...initial].sort(), lazy: [...lazy].sort() };
}

const measure = (file: string, bytes: Buffer): ChunkSize => ({ file, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length });
const group = (list: ChunkSize[]): ChunkGroup =>
  ({ files: list, raw: list.reduce((s, f) => s + f.raw, 0), gzip: list.reduce((s, f) => s + f.gzip, 0) });

function sizeOf(base: string, files: string[]): ChunkGroup {
  return group(files.map((file) => measure(file, readFileSync(join(base, file)))));
}

function minifiedSizeOf(base: string, files: string[]): ChunkGroup {
  return group(files.map((file) => {
    const { code } = minifySync(file, readFileSync(join(base, file), 'utf8'), { compress: true, mangle: true });
    return measure(file, Buffer.from(code));
  }));
}


export function benchBundle(dist: string, root: string): BundleFigures {
  const manifest = JSON.parse(readFileSync(join(dist, 'manifest.json'), 'utf8')) as { content_scripts?: { js?: string[] }[] };
  const loaders = [...new Set((manifest.content_scripts ?? []).flatMap((c) => c.js ?? []))];
  if (!loaders.length) throw new Error('dist/manifest.json lists no content script');
  const read = (file: string) => readFileSync(join(dist, file), 'utf8');
  const entries = loaders.flatMap((l) => loaderTargets(read(l)));
  // A loader that imports nothing is itself the content script.
  const { initial, lazy } = chunkGraph(entries.length ? entries : loaders, read);
  const lib = (spec: string) => relative(root, join(root, 'node_modules', spec));
  return {
    loaders: sizeOf(dist, loaders),
    initial: sizeOf(dist, initial),
    lazy: sizeOf(dist, lazy),
    readerLibraries: minifiedSizeOf(root, [lib('@mozilla/readability/Readability.js'), lib('dompurify/dist/purify.es.mjs')]),
  };
}

function newest(path: string): number {
  if (!existsSync(path)) return 0;
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  let t = st.mtimeMs;
  for (const entry of readdirSync(path)) t = Math.max(t, newest(join(path, entry)));
  return t;
}

/** Builds dist/ with `npx vite build` when it is missing or older than its sources. */
export function ensureBuilt(root: string, dist: string, log: (s: string) => void): { built: boolean } {
  const manifest = join(dist, 'manifest.json');
  const sources = ['src', 'public', 'manifest.json', 'vite.config.ts', 'scripts/vite-knowledge-plugin.ts', 'package-lock.json']
    .map((p) => newest(join(root, p)));
  if (existsSync(manifest) && statSync(manifest).mtimeMs >= Math.max(...sources)) return { built: false };
  log('dist/ is missing or older than src/: building with `npx vite build`…');
  const r = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  if (r.status !== 0 || !existsSync(manifest)) throw new Error('the build failed: run `npx vite build` to see why');
  return { built: true };
}

export const distOf = (root: string) => join(root, 'dist');
export const rootOf = (file: string) => dirname(file);
