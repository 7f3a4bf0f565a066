export type Locale = 'sv' | 'en';

/** Swedish unless the given tag (Teams or browser locale) starts with "en". */
export function pickLocale(tag: string | null | undefined): Locale {
  return tag && tag.toLowerCase().startsWith('en') ? 'en' : 'sv';
}

export function browserLocale(): Locale {
  return pickLocale(typeof navigator !== 'undefined' ? navigator.language : undefined);
}
