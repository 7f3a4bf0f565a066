import { app, authentication, pages } from '@microsoft/teams-js';

export type TeamsTheme = 'default' | 'dark' | 'contrast';

export interface TeamsSession {
  theme: TeamsTheme;
  locale: string;
  userName: string | null;
  /**
   * page.subPageId of the context: the subEntityId of the deep link that opened the tab (an activity-feed
   * notification or a card link names the follow-up this way; msteams-docs deep-link-application.md).
   */
  subPageId: string | null;
  getToken: () => Promise<string>;
  onThemeChange: (handler: (theme: TeamsTheme) => void) => void;
}

export const TEAMS_INIT_TIMEOUT_MS = 1500;

function toTheme(value: string | undefined): TeamsTheme {
  return value === 'dark' || value === 'contrast' ? value : 'default';
}

/**
 * Resolves to a Teams session, or null when not running inside Teams.
 * app.initialize() rejects at once on a top-level page and may never settle in a foreign iframe,
 * so it is raced against a timeout. Its CDN look-up of valid origins failing is handled inside teams-js.
 */
export async function detectTeams(timeoutMs = TEAMS_INIT_TIMEOUT_MS): Promise<TeamsSession | null> {
  if (typeof window === 'undefined') return null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<boolean>((resolve) => {
    timer = setTimeout(() => resolve(false), timeoutMs);
  });
  let initialized: boolean;
  try {
    initialized = await Promise.race([
      app.initialize().then(
        () => true,
        () => false,
      ),
      timeout,
    ]);
  } catch {
    initialized = false;
  } finally {
    clearTimeout(timer);
  }
  if (!initialized) return null;

  const context = await app.getContext();
  try {
    void app.notifySuccess();
  } catch {
    // older hosts: nothing to notify
  }
  return {
    theme: toTheme(context.app.theme),
    locale: context.app.locale,
    userName: context.user?.displayName ?? null,
    subPageId: context.page?.subPageId || null,
    getToken: () => authentication.getAuthToken(),
    onThemeChange: (handler) => app.registerOnThemeChangeHandler((theme) => handler(toTheme(theme))),
  };
}

/** On the configuration page of a channel or group-chat tab: lets Teams save the chosen start view. */
export function registerTabConfig(getRoute: () => string, displayName: string): void {
  if (!pages.config.isSupported()) return;
  pages.config.registerOnSaveHandler((saveEvent) => {
    const contentUrl = `${window.location.origin}/tab/#/${getRoute()}`;
    pages.config
      .setConfig({ entityId: `naringslivcrm-${getRoute()}`, contentUrl, websiteUrl: contentUrl, suggestedDisplayName: displayName })
      .then(() => saveEvent.notifySuccess())
      .catch((e: unknown) => saveEvent.notifyFailure(String(e)));
  });
  pages.config.setValidityState(true);
}
