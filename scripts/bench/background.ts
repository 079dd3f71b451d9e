/**
 * The background's answers (issue #12, item 8), in Chromium: a record asked right after the
 * service worker was stopped (as the browser stops it when idle) and asked of a running
 * one, each beside the same round trip answered without reading any knowledge (an empty
 * id), so the figure is what the knowledge costs on top of the message and the wake.
 */
import type { BenchBrowser } from './chromium.ts';
import { sleep } from './chromium.ts';

export interface BackgroundAnswers {
  /** Record asked right after the worker was stopped; each a record not asked before. */
  afterWakeMs: number[];
  /** The same wake answering no record: the floor. */
  wakeFloorMs: number[];
  /** Record not asked before, asked of a running worker. */
  warmMs: number[];
  warmFloorMs: number[];
}

/** Spread over the alphabet, so they fall in different shards. */
const IDS = ['qatar', 'hamas', 'donald-trump', 'mohammed-bin-salman', 'european-union', 'tokyo', 'federal-reserve', 'abraham-accords', 'nato', 'brazil'];

export async function backgroundAnswers(ext: BenchBrowser): Promise<BackgroundAnswers> {
  const control = ext.control!;
  const cdp = await ext.ctx.newCDPSession(control);
  await cdp.send('ServiceWorker.enable');
  const ask = (id: string) => control.evaluate(async (x) => {
    const api = (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).chrome;
    const t = performance.now();
    const r = await api.runtime.sendMessage({ type: 'kb/record', id: x });
    if (x && !r) throw new Error(`no record ${x}`);
    return performance.now() - t;
  }, id);
  const stopWorker = async () => { await cdp.send('ServiceWorker.stopAllWorkers'); await sleep(200); };
  const out: BackgroundAnswers = { afterWakeMs: [], wakeFloorMs: [], warmMs: [], warmFloorMs: [] };
  try {
    const half = IDS.length / 2;
    for (const id of IDS.slice(0, half)) {
      await stopWorker();
      out.wakeFloorMs.push(await ask(''));
      await stopWorker();
      out.afterWakeMs.push(await ask(id));
    }
    await ask('');
    for (const id of IDS.slice(half)) {
      out.warmFloorMs.push(await ask(''));
      out.warmMs.push(await ask(id));
    }
  } finally {
    await cdp.detach();
  }
  return out;
}
