/**
 * axe-core as a test harness (issue #15, part 8): its source is evaluated in the page under
 * test by the driver, never shipped in the build. Our UI lives in open shadow roots
 * (src/page-ui/shadow-host.ts: `mode: 'open'`, so translators reach the article text), and
 * axe walks the flattened tree: including a Gloss host element covers its shadow content.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { TestPage } from '../../../scripts/browsers/launch';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface Finding { id: string; impact: string | null; help: string; targets: string[] }

/** Evaluates a script text in the page's main world. Through the driver's protocol
 *  (CDP, WebDriver BiDi), so an extension page's content security policy does not refuse it. */
async function evaluateSource(page: TestPage, source: string): Promise<void> {
  const n = page.native;
  if (n.kind === 'playwright') await n.page.evaluate(source);
  else await n.page.evaluate(source);
}

/**
 * Runs axe on `include` (CSS selectors of hosts or elements; the whole document when
 * empty) and returns every violation. Page-wide rules that judge the host page rather
 * than Gloss's part of it (its landmarks, its title) are off when a part is checked.
 */
export async function axe(page: TestPage, include: string[] = []): Promise<Finding[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await evaluateSource(page, AXE_SOURCE);
  return page.evaluate(async (include: string[]) => {
    // Gloss's hosts are children of <html>, beside <body>, while axe lays out what it can
    // see for colour contrast from <body> down (createGrid): outside it every text's
    // background is "unknown" and contrast goes unchecked. For the check each host sits at
    // the end of <body>, back in the top layer, with the same shadow tree and styles; it
    // goes back afterwards.
    const moved = [...document.querySelectorAll<HTMLElement>(':root > [popover][style]')].filter((h) => h.localName.startsWith('gloss-'));
    const place = (parent: HTMLElement) => { for (const h of moved) { parent.append(h); try { h.showPopover(); } catch { /* already shown */ } } };
    place(document.body);
    const a = (window as unknown as { axe: { run(ctx: unknown, opts: unknown): Promise<{ violations: { id: string; impact: string | null; help: string; nodes: { target: unknown[] }[] }[] }> } }).axe;
    const context = include.length ? { include: include.map((s) => [s]) } : document;
    const scoped = include.length ? { region: { enabled: false }, 'page-has-heading-one': { enabled: false }, 'landmark-one-main': { enabled: false } } : {};
    const result = await a.run(context, { resultTypes: ['violations'], rules: scoped }).finally(() => place(document.documentElement));
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n) => JSON.stringify(n.target)) }));
  }, include);
}

export const SEVERE = new Set(['serious', 'critical']);

/** One line per finding: rule, impact, help and where. */
export function describe(findings: Finding[]): string {
  return findings.map((f) => `${f.impact} ${f.id}: ${f.help}\n    ${f.targets.slice(0, 6).join('\n    ')}`).join('\n');
}

/** The serious and critical findings, printed together with the moderate and minor ones
 *  (those are reported, not failed on). */
export async function severeViolations(page: TestPage, where: string, include: string[] = []): Promise<Finding[]> {
  const found = await axe(page, include);
  if (found.length) console.log(`[axe] ${where}:\n${describe(found)}`);
  return found.filter((f) => SEVERE.has(f.impact ?? ''));
}
