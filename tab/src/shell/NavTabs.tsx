import { Tab, TabList } from '@fluentui/react-components';
import { ROUTE_PATHS, type Route } from '../core/route';
import { useI18n } from '../i18n/I18nContext';
import type { MessageKey } from '../i18n/sv';

type NavView = 'mine' | 'followups' | 'serviceLevel' | 'companies' | 'privacy';

const items: { view: NavView; label: MessageKey; managerOnly: boolean }[] = [
  { view: 'mine', label: 'nav.mine', managerOnly: false },
  { view: 'followups', label: 'nav.followups', managerOnly: true },
  { view: 'serviceLevel', label: 'nav.serviceLevel', managerOnly: true },
  { view: 'companies', label: 'nav.companies', managerOnly: false },
  { view: 'privacy', label: 'nav.privacy', managerOnly: true },
];

function selected(route: Route): NavView | undefined {
  if (route.view === 'company') return 'companies';
  return items.find((i) => i.view === route.view)?.view;
}

/** Main navigation as a Fluent TabList; manager-only views are left out for officers. */
export function NavTabs({ route, isManager }: { route: Route; isManager: boolean }) {
  const { t } = useI18n();
  return (
    <nav aria-label={t('navLabel')}>
      <TabList
        selectedValue={selected(route) ?? null}
        onTabSelect={(_, d) => {
          window.location.hash = `#/${ROUTE_PATHS[d.value as NavView]}`;
        }}
      >
        {items
          .filter((i) => isManager || !i.managerOnly)
          .map((i) => (
            <Tab key={i.view} value={i.view} data-testid={`nav-${i.view}`}>
              {t(i.label)}
            </Tab>
          ))}
      </TabList>
    </nav>
  );
}
