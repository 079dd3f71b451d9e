import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { resetBrowser, useLocale } from '../../tests/unit/support/fake-browser';
import { mount, unmount } from '../../tests/unit/ui/render';
import { forgetMessages } from '../i18n/i18n';
import type { CardRecord } from '../knowledge/types';
import { Card } from './Card';

vi.mock('../platform/browser', () => import('../../tests/unit/support/fake-browser'));

const shipped: CardRecord = { id: 'qatar', name: 'Qatar', type: 'country', description: 'A country on the Arabian Peninsula.',
  background: 'Background.', asOf: '2025-10', source: 'shipped' };
const mine: CardRecord = { id: 'user:x', name: 'Jordan Lee', type: 'person', description: 'Unsere Korrespondentin in Amman.',
  background: '', source: 'glossary' };

async function card(record: CardRecord, published?: string) {
  const root = await mount(<Card record={record} surface={record.name} loading={false} published={published} onClose={() => {}} onNotThis={() => {}} />);
  return root.querySelector('.card')!;
}

describe('card languages', () => {
  beforeEach(() => { resetBrowser(); forgetMessages(); });
  afterEach(() => { unmount(); useLocale('en'); forgetMessages(); });

  it('speaks the reader\'s language around an English background', async () => {
    useLocale('de');
    const el = await card(shipped);
    expect([el.getAttribute('lang'), el.getAttribute('dir')]).toEqual(['de', 'ltr']);
    expect(el.querySelector('.desc')!.getAttribute('lang')).toBe('en');
  });

  it('claims no language for a glossary entry, and lets its text set its direction', async () => {
    useLocale('ar');
    const el = await card(mine);
    expect([el.getAttribute('lang'), el.getAttribute('dir')]).toEqual(['ar', 'rtl']);
    const desc = el.querySelector('.desc')!;
    expect(desc.hasAttribute('lang')).toBe(false);
    expect(desc.getAttribute('dir')).toBe('auto');
  });

  it('on a dated article, says first what was true then and what changed since, in the reader\'s language', async () => {
    const japan: CardRecord = { ...shipped, id: 'japan', name: 'Japan', asOf: '2026-02', leaders: [
      { kind: 'head-of-government', title: 'Prime Minister', name: 'Sanae Takaichi', from: '2025-10', to: null },
      { kind: 'head-of-government', title: 'Prime Minister', name: 'Shigeru Ishiba', from: '2024-10', to: '2025-10' }] };
    const el = await card(japan, '2025-03-14T09:00:00Z');
    const lines = [...el.querySelectorAll('.dated p')].map((p) => p.textContent);
    expect(lines).toEqual(['In March 2025, when this was published: Prime Minister: Shigeru Ishiba', 'Since October 2025: Prime Minister: Sanae Takaichi']);
    expect(el.querySelector('.dated')!.compareDocumentPosition(el.querySelector('.desc')!) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(el.querySelector('.asof')!.textContent).toBe('As of February 2026');
    unmount();
    useLocale('de');
    forgetMessages();
    const de = await card(japan, '2025-03-14T09:00:00Z');
    expect(de.querySelector('.dated p')!.textContent).toBe('Im März 2025, als dies erschien: Prime Minister: Shigeru Ishiba');
  });

  it('says when Gloss\'s note is older than the article, and nothing dated without a date', async () => {
    const el = await card(shipped, '2026-04-01');
    expect(el.querySelector('.dated')!.textContent).toBe('Gloss’s note dates from October 2025, before this article');
    unmount();
    expect((await card(shipped)).querySelector('.dated')).toBeNull();
  });
});
