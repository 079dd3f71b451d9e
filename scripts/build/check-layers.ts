/**
 * `npm run lint:deps`: the layering rules (layer-rules.ts), circles and undeclared packages,
 * over every module in src/, scripts/ and tests/. Exits 1 on any finding.
 *
 * The import graph comes from esbuild's resolver (its metafile), which reads TypeScript and
 * TSX as the build does. dependency-cruiser was tried first: its TypeScript reader needs the
 * TypeScript compiler's JavaScript API, which TypeScript 7 (the native compiler this project
 * uses) no longer has, and its swc reader cannot read TSX. esbuild drops type-only imports,
 * so those are read from the source as well: a circle of types is still a circle.
 */
import { build, type Plugin } from 'esbuild';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { RULES } from './layer-rules.ts';
import { cycles, ruleViolations, undeclaredPackages } from './layers.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const SOURCE = /\.(ts|tsx|mjs)$/;
const BUILTINS = new Set(builtinModules);

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const e of readdirSync(join(ROOT, dir), { withFileTypes: true })) {
    const path = `${dir}/${e.name}`;
    if (e.isDirectory()) { if (!/^(node_modules|fixtures|data)$/.test(e.name)) out.push(...sourceFiles(path)); }
    else if (SOURCE.test(e.name) && !e.name.endsWith('.d.ts')) out.push(path);
  }
  return out;
}

const packageOf = (spec: string) => (spec.startsWith('@') ? spec.split('/').slice(0, 2) : spec.split('/').slice(0, 1)).join('/');

function target(spec: string): string {
  if (spec.startsWith('virtual:')) return spec;
  const bare = spec.replace(/^node:/, '');
  if (spec.startsWith('node:') || BUILTINS.has(bare) || BUILTINS.has(bare.split('/')[0]!)) return `node:${bare}`;
  return `pkg:${packageOf(spec)}`;
}

/** Everything external stays a name: packages, built-ins and the build's virtual module. */
const externals: Plugin = {
  name: 'externals',
  setup(b) {
    b.onResolve({ filter: /^[^./]/ }, (args) => ({ path: args.path, external: true }));
    // Assets imported by path (the demo's images) are not modules.
    b.onLoad({ filter: /\.(svg|png|css|html)$/ }, () => ({ contents: '', loader: 'empty' }));
  },
};

const TYPE_IMPORT = /^\s*(?:import|export)\s+type\s[^;]*?from\s+['"](\.{1,2}\/[^'"]+)['"]/gm;

function resolveRelative(from: string, spec: string): string | null {
  const base = resolve(ROOT, dirname(from), spec);
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, `${base}.d.ts`, join(base, 'index.ts')])
    if (existsSync(candidate) && SOURCE.test(candidate)) return relative(ROOT, candidate);
  return null;
}

async function importGraph(files: string[]): Promise<Map<string, string[]>> {
  const result = await build({
    absWorkingDir: ROOT, entryPoints: files, bundle: true, write: false, metafile: true, outdir: 'out',
    platform: 'neutral', format: 'esm', logLevel: 'silent', jsx: 'automatic', jsxImportSource: 'preact',
    plugins: [externals], loader: { '.json': 'json' },
  });
  const graph = new Map<string, string[]>();
  for (const [file, input] of Object.entries(result.metafile!.inputs)) {
    graph.set(file, input.imports.map((i) => (i.external ? target(i.path) : i.path)));
  }
  for (const file of files) {
    const text = readFileSync(join(ROOT, file), 'utf8');
    const list = graph.get(file) ?? [];
    for (const m of text.matchAll(TYPE_IMPORT)) {
      const to = resolveRelative(file, m[1]!);
      if (to && !list.includes(to)) list.push(to);
    }
    graph.set(file, list);
  }
  return graph;
}

async function main(): Promise<number> {
  const files = ['src', 'scripts', 'tests'].flatMap(sourceFiles).concat(['vite.config.ts', 'vitest.config.ts', 'vitest.e2e.config.ts']);
  let graph: Map<string, string[]>;
  try {
    graph = await importGraph(files);
  } catch (e) {
    // An import that resolves to nothing is a finding too, not a crash.
    const errors = (e as { errors?: { text: string; location?: { file: string; line: number } }[] }).errors ?? [];
    for (const err of errors) console.error(`unresolvable: ${err.location ? `${err.location.file}:${err.location.line}: ` : ''}${err.text}`);
    if (!errors.length) console.error(String(e));
    console.error(`import graph not built: ${errors.length || 1} problems`);
    return 1;
  }
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as Record<string, Record<string, string> | undefined>;
  const declared = new Set([...Object.keys(pkg.dependencies ?? {}), ...Object.keys(pkg.devDependencies ?? {})]);
  const problems: string[] = [];
  for (const v of ruleViolations(graph, RULES))
    problems.push(`${v.rule}: ${v.from} → ${v.to}${v.via?.length ? ` (via ${v.via.join(' → ')})` : ''}\n    ${v.why}`);
  for (const group of cycles(graph)) problems.push(`circle: ${group.join(' ⇄ ')}\n    a circle makes these one module: move what they share into another`);
  for (const u of undeclaredPackages(graph, declared)) problems.push(`undeclared package: ${u.from} imports ${u.pkg}\n    declare it in package.json; what arrives through another package can vanish on any update`);
  for (const p of problems) console.error(p);
  console.error(`${graph.size} modules, ${[...graph.values()].reduce((n, l) => n + l.length, 0)} imports, ${RULES.length} rules: ${problems.length} problems`);
  return problems.length ? 1 : 0;
}

process.exitCode = await main();
