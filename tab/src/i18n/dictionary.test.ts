import { describe, expect, it } from 'vitest';
import { en } from './en';
import { makeI18n } from './I18nContext';
import { sv } from './sv';

describe('i18n dictionary', () => {
  it('has the same keys and placeholders in sv and en', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(sv).sort());
    const holes = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort();
    for (const key of Object.keys(sv) as (keyof typeof sv)[]) {
      expect(holes(en[key]), key).toEqual(holes(sv[key]));
    }
  });

  it('fills placeholders', () => {
    expect(makeI18n('sv').t('close.done', { title: 'Möte' })).toBe('Möte har stängts.');
    expect(makeI18n('en').t('showingCount', { n: 3 })).toBe('Showing 3 rows.');
  });
});
