/**
 * Page lifecycle: detection at start (cheap, invisible), then features on demand.
 * Everything a feature adds listens with this page's AbortSignal, so stopping Gloss
 * (extension reloaded, page hidden for good) leaves nothing behind.
 */
import { browser, extensionContextGone } from '../platform/browser';
import { isMessage, type AnyMessage, type ToContent } from '../messages';
import { initialStatus, type PageStatus } from './page-status';
import { whenIdle } from './idle';
import { detectArticle } from '../detect/detect';

const CONTENT_MESSAGES: (keyof ToContent)[] = ['page/status', 'reader/toggle', 'cards/step'];

export function startPage(): void {
  const controller = new AbortController();
  const { signal } = controller;
  const status: PageStatus = initialStatus(location.hostname);

  const detected = whenIdle(signal).then(() => {
    const verdict = detectArticle(document, new URL(location.href));
    status.article = verdict.article;
    status.score = verdict.score;
    status.reasons = verdict.reasons;
    return verdict;
  });

  const onMessage = (raw: unknown): Promise<unknown> | undefined => {
    if (extensionContextGone()) return stop(), undefined;
    if (!isMessage<ToContent>(raw, CONTENT_MESSAGES)) return undefined;
    return handle(raw);
  };

  async function handle(msg: AnyMessage<ToContent>): Promise<unknown> {
    switch (msg.type) {
      case 'page/status':
        await detected;
        return { ...status };
      case 'reader/toggle': {
        await detected;
        const { toggleReader } = await import('../reader/toggle');
        await toggleReader(status, msg.open, signal);
        return { ...status };
      }
      case 'cards/step':
        return undefined;
    }
  }

  function stop(): void {
    controller.abort();
    browser.runtime.onMessage.removeListener(onMessage);
  }

  browser.runtime.onMessage.addListener(onMessage);
}
