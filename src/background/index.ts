// Background (service worker in Chrome, event page in Firefox): message router,
// knowledge gateway, commands and the context menu. No network, no timers.
import { browser } from '../platform/browser';
import { isMessage, type AnyMessage, type ToBackground } from '../messages';
import { knowledgeGateway } from '../knowledge/gateway';
import { registerCommands } from './commands';

const BACKGROUND_MESSAGES: (keyof ToBackground)[] = ['kb/index', 'kb/record', 'page/status-changed'];

async function handle(msg: AnyMessage<ToBackground>): Promise<unknown> {
  switch (msg.type) {
    case 'kb/index':
      return knowledgeGateway().index();
    case 'kb/record':
      return knowledgeGateway().record(msg.id);
    case 'page/status-changed':
      return undefined;
  }
}

browser.runtime.onMessage.addListener((raw: unknown) => {
  if (!isMessage<ToBackground>(raw, BACKGROUND_MESSAGES)) return undefined;
  return handle(raw);
});

registerCommands();
