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

async function card(record: CardRecord) {
  const root = await mount(<Card record={record} surface={record.name} loading={false} onClose={() => {}} onNotThis={() => {}} />);
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
});
