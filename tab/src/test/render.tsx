import { FluentProvider, teamsLightTheme } from '@fluentui/react-components';
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { ApiContext } from '../api/ApiContext';
import { DataProvider } from '../api/DataContext';
import { ApiClient, type FetchLike } from '../api/client';
import type { Me } from '../api/contract';
import { I18nProvider } from '../i18n/I18nContext';
import type { Locale } from '../i18n/locale';
import { SessionContext } from '../core/SessionContext';
import { StatusProvider } from '../core/StatusContext';
import { StatusRegion } from '../shell/StatusRegion';
import { categories, manager, officers } from './fixtures';

export interface RenderOptions {
  fetch: FetchLike;
  locale?: Locale;
  me?: Me;
}

/** Renders a view inside the providers the Shell gives it, with a fake fetch and the token "test-token". */
export function renderView(ui: ReactElement, { fetch, locale = 'sv', me = manager }: RenderOptions) {
  const api = new ApiClient(() => Promise.resolve('test-token'), fetch);
  const session = { me, isManager: me.roles.includes('manager'), categories, officers };
  return render(
    <FluentProvider theme={teamsLightTheme}>
      <I18nProvider locale={locale}>
        <ApiContext.Provider value={api}>
          <DataProvider>
            <SessionContext.Provider value={session}>
              <StatusProvider>
                <StatusRegion />
                {ui}
              </StatusProvider>
            </SessionContext.Provider>
          </DataProvider>
        </ApiContext.Provider>
      </I18nProvider>
    </FluentProvider>,
  );
}
