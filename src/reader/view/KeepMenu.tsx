/**
 * "Print and save" (issue #15, part 7): print the article alone (the print stylesheet hides
 * the page and the view's controls) or save it as one HTML file. A menu button, so the
 * toolbar stays one row.
 */
import { useRef, useState } from 'preact/hooks';
import type { Translate } from './strings';

export interface KeepMenuProps {
  t: Translate;
  onPrint(): void;
  onSave(): void;
}

export function KeepMenu({ t, onPrint, onSave }: KeepMenuProps) {
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  // The menu's buttons leave with it: focus goes back to the menu button, not to nowhere.
  const close = () => { setOpen(false); button.current?.focus(); };
  const choose = (action: () => void) => () => { close(); action(); };
  return (
    // Focus leaving the menu (Tab onwards, the text menu's button) closes it: two open
    // menus would cover each other under the toolbar.
    <span class="group" onFocusOut={(e) => {
      if (open && !(e.currentTarget as HTMLElement).contains(e.relatedTarget as Node | null)) setOpen(false);
    }}>
      <button type="button" ref={button} data-action="keep" aria-expanded={open} aria-controls="gloss-keep" onClick={() => setOpen(!open)}
        onKeyDown={(e) => { if (e.key === 'Escape' && open) { e.stopPropagation(); setOpen(false); } }}>
        {t('Keep')}
      </button>
      {open && (
        <div class="keep" id="gloss-keep" role="group" aria-label={t('Keep')}
          onKeyDown={(e) => { if (e.key === 'Escape') { e.stopPropagation(); close(); } }}>
          <button type="button" data-action="print" onClick={choose(onPrint)}>{t('Print')}</button>
          <button type="button" data-action="save-html" onClick={choose(onSave)}>{t('SaveHtml')}</button>
        </div>
      )}
    </span>
  );
}
