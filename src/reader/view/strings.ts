/**
 * The reading view's words. English here is the fallback and what unit tests see; in the
 * extension each key is looked up in _locales (message name `reader` + Key).
 */
export const STRINGS = {
  Label: 'Clean reading view',
  Back: 'Show original page',
  Controls: 'Reading view settings',
  Theme: 'Theme',
  ThemeAuto: 'Auto',
  ThemeLight: 'Light',
  ThemeSepia: 'Sepia',
  ThemeDark: 'Dark',
  Smaller: 'Smaller text',
  Larger: 'Larger text',
  Width: 'Line width',
  WidthNarrow: 'Narrow',
  WidthNormal: 'Normal',
  WidthWide: 'Wide',
  Removed: 'What was removed ($1)',
  RemovedNone: 'Nothing was removed from this page.',
  RemovedIntro: 'Clean mode left these parts of the page out:',
  ByReadability: 'Readability',
  ByRule: 'Gloss rule',
  BySite: 'your rule for this site',
  Restore: 'Restore',
  Restored: 'Restored',
  AlwaysRemove: 'Always remove blocks like this on this site',
  NeverRemove: 'Never remove blocks like this on this site',
  RuleSaved: 'Kept for $1. The options page lists these rules and can delete them.',
  Minutes: '$1 min read',
  TextMenu: 'Text and colours',
  Listen: 'Listen',
  Play: 'Play',
  Pause: 'Pause',
  PrevParagraph: 'Previous paragraph',
  NextParagraph: 'Next paragraph',
  Speed: 'Speed',
  Voice: 'Voice',
  VoiceDefault: 'Browser default',
  NoVoice: 'Read aloud needs a voice installed on this computer, and the browser reports none.',
  Player: 'Read aloud',
  Images: 'Show pictures',
  SitePrefs: 'Only for $1',
  Font: 'Font',
  FontSerif: 'Serif',
  FontSans: 'Sans serif',
  FontSystem: 'System',
  FontMono: 'Monospace',
  FontDyslexic: 'OpenDyslexic (for dyslexia)',
  LineHeight: 'Line height',
  LetterSpacing: 'Letter spacing',
  WordSpacing: 'Word spacing',
  Align: 'Alignment',
  AlignStart: 'Ragged edge',
  AlignJustify: 'Justified',
  TextColor: 'Text colour',
  BackgroundColor: 'Background colour',
  ContrastLow: 'Contrast $1:1 is below the 4.5:1 that WCAG AA asks for text',
  MinutesLeft: '$1 min left',
  Keep: 'Print and save',
  Print: 'Print…',
  SaveHtml: 'Save as HTML',
  Source: 'Source',
  SavedOn: 'Saved $1',
  Picture: 'Picture',
  PictureOf: 'Picture: $1',
  Progress: 'Reading progress',
  Outline: 'Contents',
  AlwaysClean: 'Always open $1 clean',
  Preparing: 'Preparing the clean view…',
  FailTitle: 'Clean mode cannot show this page',
  NotArticle: 'Gloss could not find an article on this page, so there is nothing to show in clean mode.',
  TooShort: 'This page has too little text to show in clean mode.',
  Error: 'Something went wrong while Gloss read this page, so clean mode cannot show it.',
  // What was removed, by kind (boilerplate.ts, declutter-rules.ts): English labels are the keys.
  LabelExitMobile: 'Exit mobile version link',
  LabelAdvert: 'advertisement',
  LabelAdvertLabel: 'advertisement label',
  LabelCommentForm: 'comment form',
  LabelComments: 'comments',
  LabelCookies: 'cookie banner',
  LabelDisclosure: 'disclosure',
  LabelNewsletter: 'newsletter box',
  LabelPromotion: 'promotion',
  LabelMostRead: 'most-read list',
  LabelDateline: 'dateline',
  LabelGallery: 'gallery controls',
  LabelStrayCode: 'stray page code',
  LabelPageLinks: 'page links',
  LabelRelated: 'related posts',
  LabelShare: 'share row',
  LabelSidebar: 'sidebar',
  LabelFooter: 'site footer',
  LabelHeader: 'site header',
  LabelNavigation: 'site navigation',
  LabelSkip: 'skip link',
  LabelSocial: 'social links',
  LabelRepeated: 'repeated copy of the text',
  LabelTags: 'tags and categories',
  LabelSiteBoilerplate: 'site boilerplate',
  LabelSubscription: 'subscription offer',
} as const;

export type StringKey = keyof typeof STRINGS;

/** The string key for a removed block's English label, when it has one. */
export function labelKey(label: string): StringKey | undefined {
  return (Object.keys(STRINGS) as StringKey[]).find((k) => k.startsWith('Label') && STRINGS[k] === label);
}
export type Translate = (key: StringKey, sub?: string) => string;

/** English, with `$1` filled in. */
export const english: Translate = (key, sub) => STRINGS[key].replace('$1', sub ?? '');

/** Looks each key up with `lookup` (browser.i18n), falling back to English when missing. */
export function localized(lookup: (name: string, sub?: string) => string): Translate {
  return (key, sub) => lookup(`reader${key}`, sub) || english(key, sub);
}
