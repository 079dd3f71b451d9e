// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { chunkGraph, importsOf } from '../../../scripts/bench/bundle';

describe('importsOf', () => {
  it('reads static and dynamic relative imports of a minified module', () => {
    const code = 'import{n as e}from"./browser-A.js";import"./side.js";export{x}from"./re.js";'
      + 'const t=()=>import(`./toggle-B.js`);let u=import("./other.js");import"node:fs";var s="from\\"./not.js\\"";';
    const { statics, dynamics } = importsOf(code);
    expect(statics).toEqual(['./browser-A.js', './side.js', './re.js']);
    expect(dynamics).toEqual(['./toggle-B.js', './other.js']);
  });
});

describe('chunkGraph', () => {
  const files: Record<string, string> = {
    'assets/main.js': 'import"./a.js";import"./shared.js";const r=()=>import(`./reader.js`);',
    'assets/a.js': 'import"./shared.js";',
    'assets/shared.js': '',
    'assets/reader.js': 'import"./shared.js";import"./purify.js";const v=()=>import("./view.js");',
    'assets/purify.js': '',
    'assets/view.js': 'import"./a.js";',
  };
  it('splits what loads at start from what loads on demand, shared chunks counted once', () => {
    const g = chunkGraph(['assets/main.js'], (f) => {
      if (!(f in files)) throw new Error(`no ${f}`);
      return files[f]!;
    });
    expect(g.initial).toEqual(['assets/a.js', 'assets/main.js', 'assets/shared.js']);
    expect(g.lazy).toEqual(['assets/purify.js', 'assets/reader.js', 'assets/view.js']);
  });
  it('counts what the script loads through a runtime URL (web-accessible) as lazy', () => {
    const g = chunkGraph(['assets/content.js'], (f) => ({ 'assets/content.js': 'import(chrome.runtime.getURL(x))', 'assets/reader.js': '' })[f] ?? '',
      ['assets/reader.js']);
    expect(g).toEqual({ initial: ['assets/content.js'], lazy: ['assets/reader.js'] });
  });
});
