/**
 * Pure part of the layer check: given the import graph (file → what it imports: repo
 * files, `pkg:name` packages, `node:name` built-ins, `virtual:` modules) and the rules,
 * list the violations, the cycles and the packages used but not declared.
 */
import type { Rule } from './layer-rules.ts';

export type Graph = ReadonlyMap<string, readonly string[]>;

export interface Violation { rule: string; why: string; from: string; to: string; via?: string[] }

/** Every path reachable from `start`, with the first chain that reached it. */
function reach(graph: Graph, start: string): Map<string, string[]> {
  const seen = new Map<string, string[]>([[start, [start]]]);
  const queue = [start];
  while (queue.length) {
    const at = queue.shift()!;
    for (const next of graph.get(at) ?? []) {
      if (seen.has(next)) continue;
      seen.set(next, [...seen.get(at)!, next]);
      queue.push(next);
    }
  }
  return seen;
}

export function ruleViolations(graph: Graph, rules: readonly Rule[]): Violation[] {
  const out: Violation[] = [];
  for (const rule of rules) {
    for (const file of graph.keys()) {
      if (!rule.from.test(file) || rule.fromNot?.test(file)) continue;
      if (rule.reachable) {
        for (const [to, chain] of reach(graph, file))
          if (to !== file && rule.to.test(to)) out.push({ rule: rule.name, why: rule.why, from: file, to, via: chain.slice(1, -1) });
      } else {
        for (const to of graph.get(file) ?? []) if (rule.to.test(to)) out.push({ rule: rule.name, why: rule.why, from: file, to });
      }
    }
  }
  return out;
}

/** Strongly connected groups of more than one file (Tarjan), each sorted. */
export function cycles(graph: Graph): string[][] {
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const out: string[][] = [];
  const visit = (v: string) => {
    index.set(v, counter); low.set(v, counter); counter++;
    stack.push(v); onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!graph.has(w)) continue;
      if (!index.has(w)) { visit(w); low.set(v, Math.min(low.get(v)!, low.get(w)!)); }
      else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) === index.get(v)) {
      const group: string[] = [];
      let w: string;
      do { w = stack.pop()!; onStack.delete(w); group.push(w); } while (w !== v);
      if (group.length > 1) out.push(group.sort());
    }
  };
  for (const v of [...graph.keys()].sort()) if (!index.has(v)) visit(v);
  return out;
}

/** Packages imported anywhere (`pkg:name` targets) that package.json does not declare. */
export function undeclaredPackages(graph: Graph, declared: ReadonlySet<string>): { pkg: string; from: string }[] {
  const out: { pkg: string; from: string }[] = [];
  for (const [file, targets] of graph)
    for (const t of targets) if (t.startsWith('pkg:') && !declared.has(t.slice(4))) out.push({ pkg: t.slice(4), from: file });
  return out;
}
