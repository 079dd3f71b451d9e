import { describe, expect, it } from 'vitest';
import { RULES } from '../../../scripts/build/layer-rules';
import { cycles, ruleViolations, undeclaredPackages } from '../../../scripts/build/layers';

const graph = (edges: Record<string, string[]>) => new Map(Object.entries(edges));
const names = (g: Map<string, string[]>) => ruleViolations(g, RULES).map((v) => `${v.rule} ${v.from} ${v.to}`);

describe('layer rules', () => {
  it('lets the lifecycle import the features, not the other way round', () => {
    expect(names(graph({ 'src/content/page.ts': ['src/cards/controller.tsx'], 'src/cards/controller.tsx': [] }))).toEqual([]);
    expect(names(graph({ 'src/cards/controller.tsx': ['src/content/page.ts'], 'src/content/page.ts': [] })))
      .toEqual(['features-do-not-import-the-lifecycle src/cards/controller.tsx src/content/page.ts']);
  });

  it('finds the records however deep a page bundle reaches them, and names the chain', () => {
    const g = graph({
      'src/content/index.ts': ['src/content/page.ts'],
      'src/content/page.ts': ['src/cards/intent.ts'],
      'src/cards/intent.ts': ['src/knowledge/gateway.ts'],
      'src/knowledge/gateway.ts': ['virtual:gloss-knowledge'],
    });
    const found = ruleViolations(g, RULES).filter((v) => v.rule === 'page-bundles-never-reach-the-records');
    expect(found.map((v) => v.to)).toEqual(['src/knowledge/gateway.ts', 'virtual:gloss-knowledge']);
    expect(found[0]!.via).toEqual(['src/content/page.ts', 'src/cards/intent.ts']);
  });

  it('keeps the matcher free of DOM packages and the extension free of Node built-ins', () => {
    const g = graph({ 'src/matcher/match.ts': ['pkg:preact', 'node:fs'], 'src/knowledge/load-files.ts': ['node:fs'] });
    expect(names(g).sort()).toEqual([
      'matcher-is-pure src/matcher/match.ts pkg:preact',
      'node-only-code-stays-out-of-the-extension src/matcher/match.ts node:fs',
    ]);
  });

  it('lets test files beside the code use test support, but not production code or scripts', () => {
    const g = graph({ 'src/cards/Card.test.tsx': ['tests/unit/support/fake-browser.ts'], 'scripts/bench/browser.ts': ['tests/e2e/support/page-state.ts'] });
    expect(names(g)).toEqual(['no-tests-from-src-or-scripts scripts/bench/browser.ts tests/e2e/support/page-state.ts']);
  });

  it('finds circles, type-level ones included, and ignores a file importing itself through none', () => {
    const g = graph({ 'a.ts': ['b.ts'], 'b.ts': ['c.ts'], 'c.ts': ['a.ts'], 'd.ts': ['a.ts'] });
    expect(cycles(g)).toEqual([['a.ts', 'b.ts', 'c.ts']]);
    expect(cycles(graph({ 'a.ts': ['b.ts'], 'b.ts': [] }))).toEqual([]);
  });

  it('reports packages used but not declared', () => {
    const g = graph({ 'scripts/bench/bundle.ts': ['pkg:rolldown', 'pkg:esbuild', 'node:fs'] });
    expect(undeclaredPackages(g, new Set(['esbuild']))).toEqual([{ pkg: 'rolldown', from: 'scripts/bench/bundle.ts' }]);
  });
});
