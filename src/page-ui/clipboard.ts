/**
 * Copies text from a click in Gloss's own UI. The asynchronous clipboard needs a secure
 * page; on plain http pages the older copy command on a hidden field in our shadow root
 * still works within the click.
 */
export async function copyText(text: string, root: ShadowRoot): Promise<boolean> {
  try {
    if (navigator.clipboard?.writeText) { await navigator.clipboard.writeText(text); return true; }
  } catch { /* fall through to the copy command */ }
  const field = root.ownerDocument.createElement('textarea');
  field.value = text;
  field.setAttribute('readonly', '');
  field.style.cssText = 'position:fixed;opacity:0;pointer-events:none';
  root.append(field);
  field.select();
  try {
    return root.ownerDocument.execCommand('copy');
  } catch {
    return false;
  } finally {
    field.remove();
  }
}
