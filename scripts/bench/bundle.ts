/**
 * Bundle figures, read from dist/ after the build: the content script's initial code (the
 * files manifest.json's content_scripts name, with anything they import) and what it
 * loads lazily (clean mode: a content script can only load what web_accessible_resources
 * lists), raw and gzip. Imports are read from the built files themselves, so the figures
 * follow whatever the bundler actually emitted.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, posix, relative } from 'node:path';
import { spawnSync } from 'node:child_process';
import { gzipSync } from 'node:zlib';
import { transformSync } from 'esbuild';

export interface ChunkSize { file: string; raw: number; gzip: number }
export interface ChunkGroup { files: ChunkSize[]; raw: number; gzip: number }
export interface BundleFigures {
  /** The files manifest.json content_scripts names, and everything they import statically. */
  initial: ChunkGroup;
  /** What the content script may load later (web_accessible_resources, and dynamic
   *  import("./x.js") from the initial set), with their own imports. */
  lazy: ChunkGroup;
  /** Readability and DOMPurify alone, minified by esbuild as clean mode's chunk is: the least a
   *  lazy reader can weigh, beside what the reader chunk weighs. */
  readerLibraries: ChunkGroup;
}

const STATIC_IMPORT = /(?:^|[;\s}])(?:import|export)\s*(?:[\w*{}\s,$]+\s*from\s*)?["'`](\.{1,2}\/[^"'`]+)["'`]/g;
const DYNAMIC_IMPORT = /\bimport\(\s*["'`](\.{1,2}\/[^"'`]+)["'`]\s*\)/g;

/** Relative imports of a built ES module: static ones, and dynamic import("./x.js") ones. */
export function importsOf(code: string): { statics: string[]; dynamics: string[] } {
  const statics = [...code.matchAll(STATIC_IMPORT)].map((m) => m[1]!);
  const dynamics = [...code.matchAll(DYNAMIC_IMPORT)].map((m) => m[1]!);
  return { statics: [...new Set(statics)], dynamics: [...new Set(dynamics)] };
}

/** Walks the module graph from `roots` (paths relative to dist), with `later` loaded on
 *  demand; `read` gives a file's code. */
export function chunkGraph(roots: string[], read: (file: string) => string, later: string[] = []): { initial: string[]; lazy: string[] } {
  const resolveFrom = (from: string, spec: string) => posix.normalize(posix.join(posix.dirname(from), spec));
  const initial = new Set<string>();
  const lazyRoots: string[] = [...later];
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
    const { code } = transformSync(readFileSync(join(base, file), 'utf8'), { minify: true, format: 'esm', sourcefile: file });
    return measure(file, Buffer.from(code));
  }));
}


type Manifest = { content_scripts?: { js?: string[] }[]; web_accessible_resources?: { resources?: string[] }[] };

export function benchBundle(dist: string, root: string): BundleFigures {
  const manifest = JSON.parse(readFileSync(join(dist, 'manifest.json'), 'utf8')) as Manifest;
  const scripts = [...new Set((manifest.content_scripts ?? []).flatMap((c) => c.js ?? []))];
  if (!scripts.length) throw new Error('dist/manifest.json lists no content script');
  const reachable = (manifest.web_accessible_resources ?? []).flatMap((w) => w.resources ?? []).filter((f) => f.endsWith('.js'));
  const read = (file: string) => readFileSync(join(dist, file), 'utf8');
  const { initial, lazy } = chunkGraph(scripts, read, reachable);
  const lib = (spec: string) => relative(root, join(root, 'node_modules', spec));
  return {
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
  const sources = ['src', 'public', 'manifest.json', 'vite.config.ts', 'scripts/build', 'package-lock.json']
    .map((p) => newest(join(root, p)));
  if (existsSync(manifest) && statSync(manifest).mtimeMs >= Math.max(...sources)) return { built: false };
  log('dist/ is missing or older than src/: building with `npx vite build`…');
  const r = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  if (r.status !== 0 || !existsSync(manifest)) throw new Error('the build failed: run `npx vite build` to see why');
  return { built: true };
}

export const distOf = (root: string) => join(root, 'dist');
export const rootOf = (file: string) => dirname(file);
