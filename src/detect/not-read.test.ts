import { describe, expect, it } from 'vitest';
import { closestNotRead, INSIDE, LEFT_OUT, notReadTest, READ } from './not-read';

const page = (html: string, attrs = '') =>
  new DOMParser().parseFromString(`<!doctype html><html${attrs}><body>${html}</body></html>`, 'text/html');

/** Left-out parts of every kind, nested in each other and beside what is read. */
const MIXED = `
  <div class="top"><p>Read <a href="/x">this</a></p>
    <svg class="icon"><g><path d="M0"/></g><title>t</title></svg>
    <div hidden><p>hidden <span>part</span></p><svg><circle r="1"/></svg><select><option>a</option></select></div>
    <select name="s"><optgroup><option>1</option></optgroup></select>
    <noscript><div class="no-js"><p>Enable scripts</p></div></noscript>
    <object data="x"><p>fallback</p></object>
    <math><mi>x</mi></math>
    <template><p>template</p></template>
    <textarea>text</textarea><script>1</script><style>p{}</style><iframe></iframe>
    <section><h2>Read too</h2><p hidden>hidden paragraph</p></section>
  </div>`;

/** Every element of the document, the root element and the body included. */
const everyElement = (doc: Document) => [...doc.getElementsByTagName('*')];

describe('what detection leaves out', () => {
  it('answers as closest() does for every element of the body and for the body itself', () => {
    const doc = page(MIXED);
    const test = notReadTest(doc.body);
    const answers = everyElement(doc).filter((el) => el === doc.body || doc.body.contains(el)).map((el) => [el.localName, test(el)]);
    expect(answers).toEqual(everyElement(doc).filter((el) => el === doc.body || doc.body.contains(el)).map((el) => [el.localName, closestNotRead(el)]));
    // The cases the read depends on, named.
    const q = (s: string) => doc.querySelector(s)!;
    expect(test(q('div.top > p'))).toBe(READ);
    expect(test(q('svg.icon'))).toBe(LEFT_OUT);
    expect(test(q('svg.icon path'))).toBe(INSIDE);
    expect(test(q('div[hidden]'))).toBe(LEFT_OUT);
    // A left-out root inside another is itself left out, as closest() finds it first.
    expect(test(q('div[hidden] svg'))).toBe(LEFT_OUT);
    expect(test(q('div[hidden] option'))).toBe(INSIDE);
    expect(test(q('section p[hidden]'))).toBe(LEFT_OUT);
    expect(test(q('section h2'))).toBe(READ);
  });

  it('leaves out everything under a hidden body or root element', () => {
    for (const doc of [page('<div><p>text</p></div>', ' hidden'), new DOMParser().parseFromString('<body hidden><div><p>text</p></div></body>', 'text/html')]) {
      const test = notReadTest(doc.body);
      for (const el of [doc.body, ...doc.body.getElementsByTagName('*')]) expect(test(el)).toBe(closestNotRead(el));
      expect(test(doc.querySelector('p')!)).toBe(INSIDE);
    }
  });

  it('asks closest() when the left-out parts are too large to gather, with the same answers', () => {
    const doc = page(MIXED);
    const counted: number[] = [];
    const small = notReadTest(doc.body, (n) => counted.push(n), 5);
    for (const el of doc.body.getElementsByTagName('*')) expect(small(el)).toBe(closestNotRead(el));
    expect(small).toBe(closestNotRead);
    // The nodes gathered are counted for the read's bound.
    notReadTest(doc.body, (n) => counted.push(n));
    expect(counted.at(-1)).toBeGreaterThan(10);
  });
});
