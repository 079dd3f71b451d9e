/**
 * A site's boilerplate after the end of the story (issue #14): "About Georgetown
 * University Medical Center — Georgetown University Medical Center (GUMC) is an
 * internationally recognized …", "About SiliconANGLE Media", an author box "About Jane
 * Roe — Jane Roe covers …". Its evidence is its own: a line "About <Name>" whose next words
 * name <Name> again, at the end of the article, with nothing but more of the same after it.
 * Such a paragraph is long, so the declutter rules, which never take a long paragraph,
 * cannot see it. Pure over the extraction's own copy.
 */
import type { RemovedItem } from './extract-types';
import { sampleOf } from './sample';
import { removeWithEmptyParents } from './declutter';
import { lineOf } from './text';

/** The boilerplate is a small part of the article: at most this share of its text… */
const MAX_SHARE = 0.25;
/** …and this many characters (two or three paragraphs about the site and its contacts). */
const MAX_CHARS = 2500;
/** "About " and a name: capitalised words, short. */
const ABOUT = /^(?:about|About|ABOUT) ((?:\p{Lu}[\p{L}\p{N}&.'’-]*)(?: (?:\p{Lu}[\p{L}\p{N}&.'’-]*|of|the|and|for|de|du|&)){0,7})[.:]?\s*/u;

export const ABOUT_LABEL = 'site boilerplate';

const BLOCKS = 'p, h2, h3, h4, h5, h6, div, section, aside';

/** Whether `next` opens by naming `name` again: its first two words, or its initials' word. */
function namesAgain(name: string, next: string): boolean {
  const lead = name.split(' ').slice(0, 2).join(' ');
  return next.startsWith(lead) && next.length > lead.length + 20;
}

/** The "About <Name>" block that opens the trailing boilerplate, if the article ends with one. */
function aboutBlock(root: Element): Element | null {
  for (const el of root.querySelectorAll(BLOCKS)) {
    const text = lineOf(el);
    if (!/^about /i.test(text)) continue;
    const m = ABOUT.exec(text);
    // A heading or bold line, then the next block: "About X" / "X is …".
    if (m && text.length === m[0].trimEnd().length) {
      let next = el.nextElementSibling;
      while (next && !lineOf(next)) next = next.nextElementSibling;
      if (next && namesAgain(m[1]!, lineOf(next))) return el;
      continue;
    }
    // One paragraph: "<b>About X</b><br>X is …".
    const first = el.firstElementChild;
    const lead = first?.matches('b, strong, h3, h4, h5, h6') ? lineOf(first) : '';
    const own = lead && text.startsWith(lead) ? ABOUT.exec(lead) : null;
    if (own && el.matches('p, div') && namesAgain(own[1]!, text.slice(lead.length).trim())) return el;
  }
  return null;
}

/** `from` and everything after it in `root`, in document order, outermost blocks only. */
function restOf(from: Element, root: Element): Element[] {
  const out = [from];
  for (let el: Element | null = from; el && el !== root; el = el.parentElement) {
    for (let s = el.nextElementSibling; s; s = s.nextElementSibling) out.push(s);
  }
  return out;
}

export function dropAboutBoilerplate(root: Element): RemovedItem[] {
  const about = aboutBlock(root);
  if (!about) return [];
  const rest = restOf(about, root);
  const chars = rest.reduce((n, el) => n + lineOf(el).length, 0);
  // A section of the story titled "About Mars" is followed by much of the story.
  if (chars > MAX_CHARS || chars > lineOf(root).length * MAX_SHARE) return [];
  const sample = sampleOf(rest.map(lineOf).filter(Boolean).join(' · '));
  for (const el of rest.reverse()) removeWithEmptyParents(el, root);
  return [{ label: ABOUT_LABEL, sample, by: 'rule:about-boilerplate' }];
}
