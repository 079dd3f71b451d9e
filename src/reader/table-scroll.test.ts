import { describe, expect, it } from 'vitest';
import { wrapTables } from './table-scroll';

describe('wrapTables', () => {
  it('puts each outer table in a focusable box of its own, in place', () => {
    const body = document.createElement('div');
    body.innerHTML = '<p>a</p><table><tr><td><table><tr><td>inner</td></tr></table></td></tr></table><p>b</p>';
    wrapTables(body);
    expect(body.innerHTML).toBe('<p>a</p><div class="table-scroll" tabindex="0"><table><tbody><tr><td><table><tbody><tr><td>inner</td></tr></tbody></table></td></tr></tbody></table></div><p>b</p>');
  });
});
