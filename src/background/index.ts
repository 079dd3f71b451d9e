// Background (service worker in Chrome, event page in Firefox): message router,
// knowledge gateway, commands and the context menu. No network, no timers.
import { browser } from '../platform/browser';
import { isMessage, type AnyMessage, type ToBackground } from '../messages';
import { knowledgeGateway } from '../knowledge/gateway';
import { withGlossary } from '../glossary/gateway';
import { loadGlossary } from '../glossary/storage';
import { registerCommands } from './commands';
import { nameFinder } from './names';

const glossaryEntries = () => loadGlossary().then((g) => g.entries);
const gateway = () => withGlossary(knowledgeGateway(), glossaryEntries);
const names = nameFinder(gateway(), () => glossaryEntries().then((e) => JSON.stringify(e), () => ''));

const BACKGROUND_MESSAGES: (keyof ToBackground)[] = ['names/find', 'kb/record', 'kb/records'];
/** A page has at most a few hundred distinct names; more in one message is not a reader's ask. */
const MAX_RECORDS = 500;

async function handle(msg: AnyMessage<ToBackground>): Promise<unknown> {
  switch (msg.type) {
    // The user's glossary (issue #6) is merged in here: content scripts never know.
    case 'names/find':
      return names.find(typeof msg.text === 'string' ? msg.text : '');
    case 'kb/record':
      return gateway().record(msg.id);
    case 'kb/records': {
      const g = gateway();
      const ids = Array.isArray(msg.ids) ? msg.ids.filter((id): id is string => typeof id === 'string').slice(0, MAX_RECORDS) : [];
      return Promise.all(ids.map((id) => g.record(id)));
    }
  }
}

browser.runtime.onMessage.addListener((raw: unknown) => {
  if (!isMessage<ToBackground>(raw, BACKGROUND_MESSAGES)) return undefined;
  return handle(raw);
});

registerCommands();
