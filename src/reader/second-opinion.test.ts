import { describe, expect, it } from 'vitest';
import { missesBody, narrowedTo } from './second-opinion';
import { normText } from './text';

const para = (n: number) => `<p>Paragraph ${n} of the body says something long enough to recognise, with more than eighty characters in it.</p>`;
const page = (paras: number) => new DOMParser().parseFromString(
  `<html><head><title>T</title></head><body><div id="box"><p>A disclosure box.</p></div><main><article id="body">${
    Array.from({ length: paras }, (_, i) => para(i)).join('')}</article></main></body></html>`, 'text/html');

describe('missesBody', () => {
  const doc = page(20);
  const body = doc.getElementById('body')!;
  const all = normText(body.textContent ?? '');

  it('trusts a pick that holds the body\'s opening paragraph', () => {
    expect(missesBody(all, body)).toBe(false);
    expect(missesBody(normText(body.firstElementChild!.textContent ?? ''), body)).toBe(false);
  });

  it('doubts a pick that holds none of it and a small share of its text', () => {
    expect(missesBody('A disclosure box.', body)).toBe(true);
    expect(missesBody('', body)).toBe(true);
  });

  it('trusts a pick that is a fair share of the body\'s size, or when the body is small or the whole page', () => {
    expect(missesBody('x'.repeat(Math.ceil(all.length * 0.3)), body)).toBe(false);
    const small = page(3);
    expect(missesBody('', small.getElementById('body')!)).toBe(false);
    expect(missesBody('', doc.body)).toBe(false);
    expect(missesBody('', undefined)).toBe(false);
  });
});

describe('narrowedTo', () => {
  it('gives a copy whose body holds only the counterpart of the element, head kept', () => {
    const doc = page(4);
    const copy = narrowedTo(doc.cloneNode(true) as Document, doc.getElementById('body')!)!;
    expect(copy.title).toBe('T');
    expect(copy.body.children).toHaveLength(1);
    expect(copy.body.firstElementChild!.id).toBe('body');
    expect(doc.getElementById('box')).not.toBeNull(); // the page itself is untouched
  });

  it('gives nothing when the element is the body or the copy differs', () => {
    const doc = page(4);
    expect(narrowedTo(doc.cloneNode(true) as Document, doc.body)).toBeNull();
    const other = new DOMParser().parseFromString('<html><body></body></html>', 'text/html');
    expect(narrowedTo(other, doc.getElementById('body')!)).toBeNull();
  });
});
