// @vitest-environment node
// The `gloss` command end to end: real processes, real files, exit codes and JSON Lines.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../../..');
const FIXTURES = join(ROOT, 'tests/fixtures/detect');

function gloss(...args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/cli/gloss.ts', ...args], { cwd: ROOT, encoding: 'utf8', timeout: 120_000 });
  const lines = r.stdout.split('\n').filter(Boolean).map((l) => JSON.parse(l));
  return { code: r.status, lines, stderr: r.stderr.trim() };
}

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'gloss-cli-'));
  writeFileSync(join(dir, 'note.txt'), 'Talks in Doha:\nQatar and Egypt met on Monday. Qatar’s envoy spoke first.\n');
  writeFileSync(join(dir, 'empty.html'), '');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('gloss', { timeout: 180_000 }, () => {
  it('detects one page: one JSON line with the verdict and its reasons', () => {
    const { code, lines } = gloss('detect', join(FIXTURES, 'news-article.html'));
    expect(code).toBe(0);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ id: 'news-article', article: true });
    expect(lines[0].score).toBeGreaterThan(0);
    expect(lines[0].reasons).toContain('schema.org NewsArticle');
  });

  it('detects a corpus folder: one line per page, in id order, agreeing with the labels', () => {
    const { code, lines } = gloss('detect', FIXTURES);
    expect(code).toBe(0);
    const ids = lines.map((l) => l.id);
    expect(ids).toEqual([...ids].sort());
    expect(ids).toContain('search-results');
    for (const l of lines) expect(Object.keys(l)).toEqual(['id', 'article', 'score', 'reasons']);
    expect(lines.find((l) => l.id === 'home-page').article).toBe(false);
  });

  it('reports a bad page in a corpus in its own line and goes on', () => {
    writeFileSync(join(dir, 'good.html'), '<title>t</title><p>Some text here.</p>');
    const { code, lines } = gloss('detect', dir);
    expect(code).toBe(0);
    expect(lines.map((l) => l.id)).toEqual(['empty', 'good', 'note']);
    expect(lines[0].error).toMatch(/is empty/);
    expect(lines[1].article).toBe(false);
    expect(lines[2].error).toMatch(/plain text/);
    rmSync(join(dir, 'good.html'));
  });

  it('cleans a page with the reading view\'s own extraction', () => {
    const { code, lines } = gloss('clean', join(ROOT, 'demo/index.html'));
    expect(code).toBe(0);
    expect(Object.keys(lines[0])).toEqual(['id', 'article', 'title', 'byline', 'text', 'removed']);
    expect(lines[0].article).toBe(true);
    expect(lines[0].title).toMatch(/Abraham Accords/);
    expect(lines[0].text.split('\n').length).toBeGreaterThan(5);
    expect(Array.isArray(lines[0].removed)).toBe(true);
  });

  it('annotates plain text with offsets into the text itself', () => {
    const { code, lines } = gloss('annotate', join(dir, 'note.txt'));
    expect(code).toBe(0);
    const [row] = lines;
    expect(row.text).toBe('Talks in Doha:\nQatar and Egypt met on Monday. Qatar’s envoy spoke first.\n');
    expect(row.mentions.length).toBeGreaterThanOrEqual(3);
    for (const m of row.mentions) {
      expect(row.text.slice(m.start, m.end)).toBe(m.surface);
      expect(Object.keys(m.entity)).toEqual(['id', 'name', 'type', 'wikipedia']);
    }
    expect(row.mentions.map((m: { entity: { id: string } }) => m.entity.id)).toEqual(expect.arrayContaining(['qatar', 'egypt']));
  });

  it('prints knowledge-base stats and records', () => {
    const stats = gloss('kb', 'stats');
    expect(stats.code).toBe(0);
    const s = stats.lines[0];
    expect(s.entities).toBeGreaterThan(50);
    expect(s.aliases).toBeGreaterThanOrEqual(s.entities);
    expect(Object.values(s.byType as Record<string, number>).reduce((a, b) => a + b, 0)).toBe(s.entities);
    expect(s.asOf.min <= s.asOf.max).toBe(true);
    const show = gloss('kb', 'show', 'Qatar');
    expect(show.code).toBe(0);
    expect(show.lines[0]).toMatchObject({ id: 'qatar', name: 'Qatar' });
  });

  it('turns user errors into one line on stderr and exit code 1', () => {
    for (const args of [['detect', join(dir, 'missing.html')], ['detect', join(dir, 'empty.html')], ['frobnicate'], ['detect'],
      ['kb', 'show', 'no such record anywhere'], ['kb', 'nope'], ['detect', join(dir, 'note.txt')]]) {
      const r = gloss(...args);
      expect(r.code, args.join(' ')).toBe(1);
      expect(r.lines, args.join(' ')).toEqual([]);
      expect(r.stderr.split('\n'), args.join(' ')).toHaveLength(1);
      expect(r.stderr).toMatch(/^gloss: /);
      expect(r.stderr).not.toMatch(/\bat .*\.ts:\d+/);
    }
  });
});
