import { describe, expect, it } from 'vitest';
import { blockText, normText } from './text';
import { sampleOf } from './sample';

const el = (html: string) => {
  const d = document.createElement('div');
  d.innerHTML = html;
  return d;
};

describe('blockText', () => {
  it('puts each block on its own line and joins inline text', () => {
    expect(blockText(el('<h2>Title</h2><p>One <em>two</em>\n three.</p><ul><li>a</li><li>b <a>c</a></li></ul>')))
      .toBe('Title\nOne two three.\na\nb c');
  });

  it('breaks lines at <br>, keeps preformatted lines, and skips scripts and styles', () => {
    expect(blockText(el('<p>first<br>second</p><pre>x = 1\ny = 2</pre><script>var a</script><style>p{}</style>')))
      .toBe('first\nsecond\nx = 1\ny = 2');
  });

  it('reads a table row by row', () => {
    expect(blockText(el('<table><tr><th>City</th><th>Pop.</th></tr><tr><td>Doha</td><td>1.2m</td></tr></table>')))
      .toBe('City Pop.\nDoha 1.2m');
  });

  it('normalises for comparison', () => {
    expect(normText('  Share.\n  This  ')).toBe('share. this');
  });
});

describe('sampleOf', () => {
  it('keeps short text whole and cuts long text at a word', () => {
    expect(sampleOf('Leave A Reply')).toBe('Leave A Reply');
    const s = sampleOf('Get the Middle East briefing · Our editors’ pick of the day’s news from the region');
    expect(s.endsWith('…')).toBe(true);
    expect(s.length).toBeLessThanOrEqual(61);
    expect(s).toMatch(/^Get the Middle East briefing/);
  });
});
