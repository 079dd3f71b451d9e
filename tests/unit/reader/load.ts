// Fixture pages for clean-mode tests, parsed in the unit-test DOM (jsdom).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const PAGES = 'tests/fixtures/pages';

export function parsePage(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

export function fixture(slug: string): Document {
  return parsePage(readFileSync(join(PAGES, slug, 'source.html'), 'utf8'));
}

/** Fixture folders that carry an expected clean text. */
export function cleanFixtures(): string[] {
  return readdirSync(PAGES, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(PAGES, d.name, 'expected.txt')) && existsSync(join(PAGES, d.name, 'source.html')))
    .map((d) => d.name)
    .sort();
}

export const expectedText = (slug: string) => readFileSync(join(PAGES, slug, 'expected.txt'), 'utf8').trim();

export const PAGE_URL = new URL('https://fixtures.gloss.invalid/page/');
