import { FluentProvider, makeStyles, Spinner, tokens } from '@fluentui/react-components';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { ApiContext } from '../api/ApiContext';
import { DataProvider } from '../api/DataContext';
import { ApiClient, type FetchLike } from '../api/client';
import { clearDevToken, getDevStatus, storedDevToken, type StoredDevToken } from '../auth/devAuth';
import { DevSignIn } from '../auth/DevSignIn';
import { OpenInTeams } from '../auth/OpenInTeams';
import { detectTeams, type TeamsSession, type TeamsTheme } from '../auth/teams';
import type { DevUser } from '../api/contract';
import { ConfigView } from '../config/ConfigView';
import { I18nProvider, makeI18n } from '../i18n/I18nContext';
import { browserLocale, pickLocale, type Locale } from '../i18n/locale';
import { Shell } from '../shell/Shell';
import { deepLinkHash, useHashRoute } from '../core/route';
import { fluentTheme, systemTheme, watchSystemTheme } from './theme';

type AuthState =
  | { kind: 'checking' }
  | { kind: 'teams'; session: TeamsSession }
  | { kind: 'devSignIn'; users: DevUser[] }
  | { kind: 'dev'; token: StoredDevToken }
  | { kind: 'outside' };

export interface AppProps {
  detect?: () => Promise<TeamsSession | null>;
  fetchImpl?: FetchLike;
}

const useStyles = makeStyles({
  root: { minHeight: '100vh', backgroundColor: tokens.colorNeutralBackground2 },
  center: { padding: '48px 16px', display: 'flex', justifyContent: 'center' },
});

const defaultFetch: FetchLike = (input, init) => fetch(input, init);

export function App({ detect = detectTeams, fetchImpl = defaultFetch }: AppProps) {
  const styles = useStyles();
  const route = useHashRoute();
  const [auth, setAuth] = useState<AuthState>({ kind: 'checking' });
  const [theme, setTheme] = useState<TeamsTheme>(systemTheme);
  const [locale, setLocale] = useState<Locale>(browserLocale);

  useEffect(() => {
    let cancelled = false;
    let unwatch: (() => void) | undefined;
    void (async () => {
      const session = await detect();
      if (cancelled) return;
      if (session) {
        setLocale(pickLocale(session.locale));
        setTheme(session.theme);
        session.onThemeChange((t) => setTheme(t));
        const target = deepLinkHash(session.subPageId);
        if (target && window.location.hash !== target) window.location.hash = target;
        setAuth({ kind: 'teams', session });
        return;
      }
      unwatch = watchSystemTheme(setTheme);
      const token = storedDevToken();
      if (token) {
        setAuth({ kind: 'dev', token });
        return;
      }
      const status = await getDevStatus(fetchImpl);
      if (cancelled) return;
      setAuth(status.enabled ? { kind: 'devSignIn', users: status.users ?? [] } : { kind: 'outside' });
    })();
    return () => {
      cancelled = true;
      unwatch?.();
    };
  }, [detect, fetchImpl]);

  const signOut = useCallback(async () => {
    clearDevToken();
    const status = await getDevStatus(fetchImpl);
    setAuth(status.enabled ? { kind: 'devSignIn', users: status.users ?? [] } : { kind: 'outside' });
  }, [fetchImpl]);

  const api = useMemo(() => {
    if (auth.kind === 'teams') return new ApiClient(auth.session.getToken, fetchImpl);
    if (auth.kind === 'dev') {
      const token = auth.token.accessToken;
      const devFetch: FetchLike = async (input, init) => {
        const res = await fetchImpl(input, init);
        if (res.status === 401) void signOut();
        return res;
      };
      return new ApiClient(() => Promise.resolve(token), devFetch);
    }
    return null;
  }, [auth, fetchImpl, signOut]);

  let content;
  if (auth.kind === 'checking') {
    content = (
      <main className={styles.center}>
        <Spinner label={makeI18n(locale).t('auth.checking')} />
      </main>
    );
  } else if (route.view === 'config' && auth.kind === 'teams') {
    content = <ConfigView />;
  } else if (auth.kind === 'devSignIn') {
    content = <DevSignIn users={auth.users} fetchImpl={fetchImpl} onSignedIn={(token) => setAuth({ kind: 'dev', token })} />;
  } else if (auth.kind === 'outside') {
    content = <OpenInTeams />;
  } else if (api) {
    content = (
      <ApiContext.Provider value={api}>
        <DataProvider>
          <Shell route={route} onSignOut={auth.kind === 'dev' ? () => void signOut() : undefined} />
        </DataProvider>
      </ApiContext.Provider>
    );
  }

  return (
    // The page's own layout sits on an inner div: FluentProvider copies its className onto every portal (menus,
    // dialogs), and a full-height opaque background there covered the whole page while a menu or dialog was open.
    <FluentProvider theme={fluentTheme(theme)}>
      <div className={styles.root}>
        <I18nProvider locale={locale}>{content}</I18nProvider>
      </div>
    </FluentProvider>
  );
}
