import { describe, expect, it } from 'vitest';
import { en } from './en';
import { makeI18n } from './I18nContext';
import { sv } from './sv';

describe('i18n dictionary', () => {
  it('has the same keys and placeholders in sv and en', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(sv).sort());
    const holes = (s: string) => [...s.matchAll(/\{(\w+)(?:\|[^}]*)?\}/g)].map((m) => m[1]).sort();
    for (const key of Object.keys(sv) as (keyof typeof sv)[]) {
      expect(holes(en[key]), key).toEqual(holes(sv[key]));
    }
  });

  it('counts with the noun in singular or plural (a register extract never says "1 kontakter")', () => {
    const sv = makeI18n('sv').t;
    expect(sv('pv.found', { contacts: 0, interactions: 1, followUps: 2 })).toBe(
      'Hittade 0 kontaktpersoner, 1 kontakt och 2 uppföljningar.',
    );
    expect(sv('pv.erased', { ref: 'R-1', contacts: 1, interactions: 3, followUps: 1 })).toBe(
      'Raderat (ärende R-1): 1 kontaktperson, 3 kontakter, 1 uppföljning.',
    );
    expect(makeI18n('en').t('pv.found', { contacts: 1, interactions: 0, followUps: 1 })).toBe(
      'Found 1 contact person, 0 contacts and 1 follow-up.',
    );
  });

  it('fills placeholders', () => {
    expect(makeI18n('sv').t('close.done', { title: 'Möte' })).toBe('Möte har stängts.');
    expect(makeI18n('en').t('showingCount', { n: 3 })).toBe('Showing 3 rows.');
  });
});
