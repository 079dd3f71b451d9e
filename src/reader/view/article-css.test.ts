import { describe, expect, it } from 'vitest';
import { articleCss, articleRules, customProperties, scopeSelector, splitTopLevel } from './article-css';

const S = 'X > [slot="article"]';

describe('the article sheet for the light DOM', () => {
  it('splits lists outside parentheses and brackets only', () => {
    expect(splitTopLevel('.a, .b :is(img, svg), [x="1,2"]', ',')).toEqual(['.a', '.b :is(img, svg)', '[x="1,2"]']);
  });

  it('scopes the article\'s selectors and leaves the chrome\'s out', () => {
    expect(scopeSelector('.body p', S)).toBe(`${S} .body p`);
    expect(scopeSelector('h1.title', S)).toBe(`${S} h1.title`);
    expect(scopeSelector('article:focus', S)).toBe(`${S} article:focus`);
    expect(scopeSelector('.gloss-scroll[data-images="off"] .body :is(img, svg)', S)).toBe(`${S}[data-images="off"] .body :is(img, svg)`);
    expect(scopeSelector('::highlight(gloss-reading)', S)).toBe(`${S} *::highlight(gloss-reading)`);
    for (const chrome of ['.bar', '.removed .sample', '.gloss-scroll', 'button:hover', '.typo label', '.outline a[aria-current]', '.failure h1'])
      expect(scopeSelector(chrome, S)).toBeNull();
  });

  it('keeps media blocks around the article rules, makes every declaration !important, drops the rest', () => {
    const css = `.bar { color: red; }
      /* a comment { } */
      .body p, .bar button { margin: 0 0 1.1em; font: var(--size, 19px)/1.6 serif; }
      @media print { .bar { display: none !important; } .body a { color: inherit; } }
      @media (max-width: 600px) { .outline { margin: 0; } }`;
    expect(articleRules(css, S)).toBe([
      `${S} .body p { margin: 0 0 1.1em !important; font: var(--size, 19px)/1.6 serif !important; }`,
      `@media print {\n${S} .body a { color: inherit !important; }\n}`,
    ].join('\n'));
  });

  it('starts with a reset and inherits the view\'s custom properties again', () => {
    const css = articleCss('.body { color: var(--fg); margin: var(--gap, 0); }', S);
    expect(css).toContain(`${S}, ${S} *, ${S} *::before, ${S} *::after { all: revert !important; }`);
    expect(css).toContain(`${S}, ${S} * { --fg: inherit !important; --gap: inherit !important; }`);
    expect(customProperties('a { b: var(--x); c: var( --y ); d: var(--x) }')).toEqual(['--x', '--y']);
  });
});
