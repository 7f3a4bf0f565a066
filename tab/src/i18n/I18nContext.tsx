import { createContext, useContext, useEffect, useMemo, type ReactNode } from 'react';
import { en } from './en';
import type { Locale } from './locale';
import { sv, type MessageKey } from './sv';

export type Translate = (key: MessageKey, vars?: Record<string, string | number>) => string;

export interface I18n {
  locale: Locale;
  t: Translate;
  formatDate: (iso: string | null | undefined) => string;
  formatNumber: (n: number, digits?: number) => string;
  formatPercent: (share: number) => string;
  /** Days with one decimal always ("7,0", "69,6"), so a column of medians reads alike. */
  formatDays: (days: number) => string;
  /** A month "2026-01" as "januari 2026" (English: "January 2026"). */
  formatMonth: (month: string) => string;
}

const dictionaries: Record<Locale, Record<MessageKey, string>> = { sv, en };

export function makeI18n(locale: Locale): I18n {
  const dict = dictionaries[locale];
  const tag = locale === 'sv' ? 'sv-SE' : 'en-GB';
  const t: Translate = (key, vars) => {
    const text = dict[key] ?? sv[key] ?? key;
    // "{n}" is the value; "{n|one|other}" is the value with its noun in singular or plural ("1 kontakt", "2 kontakter").
    return vars
      ? text.replace(/\{(\w+)(?:\|([^|}]*)\|([^}]*))?\}/g, (m, name: string, one?: string, other?: string) => {
          if (!(name in vars)) return m;
          const value = String(vars[name]);
          return one === undefined ? value : `${value} ${Number(vars[name]) === 1 ? one : other}`;
        })
      : text;
  };
  return {
    locale,
    t,
    // Dates stay ISO (2026-11-25) in both languages: unambiguous and what Swedish offices write.
    formatDate: (iso) => (iso ? iso.slice(0, 10) : '–'),
    formatNumber: (n, digits = 1) =>
      new Intl.NumberFormat(tag, { maximumFractionDigits: digits }).format(n),
    formatPercent: (share) => new Intl.NumberFormat(tag, { style: 'percent', maximumFractionDigits: 0 }).format(share),
    formatDays: (days) => new Intl.NumberFormat(tag, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(days),
    formatMonth: (month) => {
      const [y, m] = month.split('-').map(Number);
      if (!y || !m) return month;
      return new Intl.DateTimeFormat(tag, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(Date.UTC(y, m - 1, 1)));
    },
  };
}

const I18nContext = createContext<I18n>(makeI18n('sv'));

export function I18nProvider({ locale, children }: { locale: Locale; children: ReactNode }) {
  const value = useMemo(() => makeI18n(locale), [locale]);
  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  return useContext(I18nContext);
}
