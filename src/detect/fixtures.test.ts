// Detection on the project's own labelled pages (tests/fixtures/detect): articles of
// several shapes and the non-articles Readability's check takes for articles.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectArticle } from './detect';

const DIR = join(import.meta.dirname, '../../tests/fixtures/detect');
const labels = JSON.parse(readFileSync(join(DIR, 'labels.json'), 'utf8')) as Record<string, { article: boolean; type: string; url: string; why: string; body?: string; notBody?: string }>;
const load = (slug: string) => new DOMParser().parseFromString(readFileSync(join(DIR, `${slug}.html`), 'utf8'), 'text/html');

describe('detection on the project fixtures', () => {
  it('has articles and every kind of non-article the issue names', () => {
    const types = new Set(Object.values(labels).map((l) => l.type));
    for (const t of ['article', 'search', 'listing', 'product', 'forum', 'app', 'documentation']) expect(types).toContain(t);
  });

  describe.each(Object.entries(labels))('%s', (slug, label) => {
    it(`is ${label.article ? 'an article' : `not an article (${label.type})`}, with reasons`, () => {
      const doc = load(slug);
      const html = doc.documentElement.outerHTML;
      const verdict = detectArticle(doc, new URL(label.url));
      expect(verdict.article, `${label.why}: score ${verdict.score}, ${verdict.reasons.join('; ')}`).toBe(label.article);
      expect(verdict.reasons.length).toBeGreaterThan(0);
      // Detection only reads.
      expect(doc.documentElement.outerHTML).toBe(html);
      if (label.article) {
        // The container holds the story's body and not what surrounds it.
        const body = doc.querySelector(label.body!)!;
        expect(verdict.container?.contains(body) || body.contains(verdict.container!), 'container is the body').toBe(true);
        expect((verdict.container?.textContent ?? '').length).toBeGreaterThan((body.textContent ?? '').length * 0.9);
        if (label.notBody) expect(verdict.container?.contains(doc.querySelector(label.notBody)), 'container leaves out the rest').toBe(false);
      } else {
        expect(verdict.container).toBeUndefined();
      }
    });
  });
});
