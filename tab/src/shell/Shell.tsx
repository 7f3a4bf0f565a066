import { Button, makeStyles, MessageBar, MessageBarBody, Spinner, Text, tokens } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { useApi } from '../api/ApiContext';
import { errorText } from '../api/errors';
import type { Route } from '../core/route';
import { useI18n } from '../i18n/I18nContext';
import { NavTabs } from './NavTabs';
import { RouteView } from './RouteView';
import { SessionContext, type Session } from '../core/SessionContext';
import { StatusProvider } from '../core/StatusContext';
import { StatusRegion } from './StatusRegion';

const useStyles = makeStyles({
  header: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    justifyContent: 'space-between',
    gap: tokens.spacingHorizontalM,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL}`,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  user: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalM },
  nav: { padding: `0 ${tokens.spacingHorizontalS}`, backgroundColor: tokens.colorNeutralBackground1 },
  main: { padding: tokens.spacingHorizontalL, ':focus': { outline: 'none' } },
  skip: {
    position: 'absolute',
    left: '-10000px',
    ':focus': { position: 'static', left: 'auto', padding: tokens.spacingHorizontalS },
  },
});

export interface ShellProps {
  route: Route;
  onSignOut?: () => void;
}

/** Signed-in layout: header, navigation, live region and the current view. */
export function Shell({ route, onSignOut }: ShellProps) {
  const api = useApi();
  const { t } = useI18n();
  const styles = useStyles();
  const [session, setSession] = useState<Session | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let cancelled = false;
    void (async () => {
      try {
        const me = await api.me();
        const [categories, officers] = await Promise.all([
          api.categories().catch(() => []),
          api.officers().catch(() => []),
        ]);
        if (!cancelled) setSession({ me, isManager: me.roles.includes('manager'), categories, officers });
      } catch (e) {
        if (!cancelled) setError(errorText(e, t('loadFailed')));
      }
    })();
    return () => {
      cancelled = true;
    };
  }, [api, t]);

  if (error) {
    return (
      <main className={styles.main}>
        <MessageBar intent="error" role="alert">
          <MessageBarBody>{error}</MessageBarBody>
        </MessageBar>
      </main>
    );
  }
  if (!session) {
    return (
      <main className={styles.main}>
        <Spinner label={t('loading')} />
      </main>
    );
  }

  const focusMain = () => document.getElementById('main')?.focus();

  return (
    <SessionContext.Provider value={session}>
      <StatusProvider>
        <a
          href="#main"
          className={styles.skip}
          onClick={(e) => {
            e.preventDefault();
            focusMain();
          }}
        >
          {t('skipToContent')}
        </a>
        <header className={styles.header}>
          <Text weight="semibold" size={400}>
            {t('appName')}
          </Text>
          <div className={styles.user}>
            <Text data-testid="signed-in-user">
              {t('signedInAs', { name: session.me.name, municipality: session.me.municipality.name })}
            </Text>
            {onSignOut && (
              <Button size="small" onClick={onSignOut} data-testid="sign-out">
                {t('signOut')}
              </Button>
            )}
          </div>
        </header>
        <div className={styles.nav}>
          <NavTabs route={route} isManager={session.isManager} />
        </div>
        <StatusRegion />
        <main id="main" tabIndex={-1} className={styles.main}>
          <RouteView route={route} />
        </main>
      </StatusProvider>
    </SessionContext.Provider>
  );
}
