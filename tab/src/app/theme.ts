import { teamsDarkTheme, teamsHighContrastTheme, teamsLightTheme, type Theme } from '@fluentui/react-components';
import type { TeamsTheme } from '../auth/teams';

export function fluentTheme(theme: TeamsTheme): Theme {
  if (theme === 'dark') return teamsDarkTheme;
  if (theme === 'contrast') return teamsHighContrastTheme;
  return teamsLightTheme;
}

function query(q: string): MediaQueryList | null {
  return typeof window !== 'undefined' && typeof window.matchMedia === 'function' ? window.matchMedia(q) : null;
}

/** Outside Teams: forced colours → high contrast, prefers-color-scheme: dark → dark, else light. */
export function systemTheme(): TeamsTheme {
  if (query('(forced-colors: active)')?.matches) return 'contrast';
  if (query('(prefers-color-scheme: dark)')?.matches) return 'dark';
  return 'default';
}

export function watchSystemTheme(onChange: (theme: TeamsTheme) => void): () => void {
  const lists = [query('(forced-colors: active)'), query('(prefers-color-scheme: dark)')].filter(
    (l): l is MediaQueryList => l !== null && typeof l.addEventListener === 'function',
  );
  const listener = () => onChange(systemTheme());
  lists.forEach((l) => l.addEventListener('change', listener));
  return () => lists.forEach((l) => l.removeEventListener('change', listener));
}
