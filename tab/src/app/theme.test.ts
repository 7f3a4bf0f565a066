import { teamsDarkTheme, teamsHighContrastTheme, teamsLightTheme } from '@fluentui/react-components';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { pickLocale } from '../i18n/locale';
import { fluentTheme, systemTheme } from './theme';

function mockMedia(matches: Record<string, boolean>) {
  vi.stubGlobal('matchMedia', (q: string) => ({ matches: !!matches[q], media: q, addEventListener() {}, removeEventListener() {} }));
}

describe('theme and locale', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('maps the Teams theme to the Fluent Teams themes', () => {
    expect(fluentTheme('default')).toBe(teamsLightTheme);
    expect(fluentTheme('dark')).toBe(teamsDarkTheme);
    expect(fluentTheme('contrast')).toBe(teamsHighContrastTheme);
  });

  it('follows the system outside Teams', () => {
    mockMedia({});
    expect(systemTheme()).toBe('default');
    mockMedia({ '(prefers-color-scheme: dark)': true });
    expect(systemTheme()).toBe('dark');
    mockMedia({ '(forced-colors: active)': true, '(prefers-color-scheme: dark)': true });
    expect(systemTheme()).toBe('contrast');
  });

  it('is Swedish unless the locale starts with en', () => {
    expect(pickLocale('sv-SE')).toBe('sv');
    expect(pickLocale('fi-FI')).toBe('sv');
    expect(pickLocale(undefined)).toBe('sv');
    expect(pickLocale('en-US')).toBe('en');
    expect(pickLocale('EN-gb')).toBe('en');
  });
});
