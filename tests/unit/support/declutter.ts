// Declutter rules tried on a snippet of body HTML, as the rule tests beside src/reader do.
import { DECLUTTER_RULES } from '../../../src/reader/declutter-rules';
import { declutter, markClutter } from '../../../src/reader/declutter';
import { blockText } from '../../../src/reader/text';

export const ruleById = (id: string) => DECLUTTER_RULES.find((r) => r.id === id)!;

/** The text left of `body` once the rules named by `ids` have run over it. */
export function declutterWith(ids: string[], body: string): string {
  const rules = DECLUTTER_RULES.filter((r) => ids.includes(r.id));
  const doc = new DOMParser().parseFromString(`<body><div id="r">${body}</div></body>`, 'text/html');
  markClutter(doc, rules);
  const root = doc.getElementById('r')!;
  declutter(root, rules);
  return blockText(root);
}
