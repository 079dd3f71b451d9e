import type { ExtensionBrowser, TestPage } from './launch';

/** The tab id of the open tab showing `url` (opened last), asked from an extension page. */
export async function tabIdOf(browser: ExtensionBrowser, url: string, from?: TestPage): Promise<number> {
  const page = from ?? await browser.openExtensionPage('/src/ui/options/index.html');
  try {
    const id = await page.evaluate(async (wanted: string) => {
      const api = (globalThis as any).browser ?? (globalThis as any).chrome;
      const tabs: { id: number; url?: string }[] = await api.tabs.query({});
      const self = (await api.tabs.getCurrent())?.id;
      const byUrl = tabs.find((t) => t.url === wanted);
      if (byUrl) return byUrl.id;
      // Chrome hides tab URLs without the "tabs" permission (Gloss does not ask for it):
      // the page under test is the newest tab other than this one.
      const others = tabs.filter((t) => t.id !== self && t.url === undefined).map((t) => t.id);
      return others.length ? Math.max(...others) : -1;
    }, url);
    if (id < 0) throw new Error(`no tab shows ${url}`);
    return id;
  } finally {
    if (!from) await page.close();
  }
}

/**
 * Sends a typed content-script message to a tab from an extension page, as the popup does.
 * The content script starts at document_idle, which can come after the load event a test
 * waited for: while nobody listens yet, it tries again for up to 5 s.
 */
export async function messageTab<R = unknown>(control: TestPage, tabId: number, message: object): Promise<R> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await (control.evaluate(async ({ tabId, message }: { tabId: number; message: object }) => {
        const api = (globalThis as any).browser ?? (globalThis as any).chrome;
        return api.tabs.sendMessage(tabId, message);
      }, { tabId, message }) as Promise<R>);
    } catch (e) {
      if (attempt >= 50 || !/Receiving end does not exist/.test(String(e))) throw e;
      await new Promise((r) => setTimeout(r, 100));
    }
  }
}
