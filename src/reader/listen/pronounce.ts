/**
 * Names read as their records say (issue #15, part 1): a record may carry a respelling
 * (`pronunciation`) where an English voice would say the name wrongly. The sentence shown
 * and highlighted keeps its own words; only the text handed to the voice changes. Pure.
 */
import { isWordChar } from '../../matcher/normalize';

/** `text` with every whole-word occurrence of a form replaced by its respelling, longest form first. */
export function spokenText(text: string, forms: ReadonlyMap<string, string>): string {
  if (!forms.size) return text;
  const ordered = [...forms.keys()].filter(Boolean).sort((a, b) => b.length - a.length);
  let out = '';
  let i = 0;
  while (i < text.length) {
    const form = isWordChar(text[i - 1]) ? undefined
      : ordered.find((f) => text.startsWith(f, i) && !isWordChar(text[i + f.length]));
    if (form) {
      out += forms.get(form);
      i += form.length;
    } else {
      out += text[i++];
    }
  }
  return out;
}
