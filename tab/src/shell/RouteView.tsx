import { Title1 } from '@fluentui/react-components';
import { useEffect } from 'react';
import type { Route } from '../core/route';
import { CompaniesView } from '../companies/CompaniesView';
import { CompanyPage } from '../companies/CompanyPage';
import { FollowUpsView } from '../followups/FollowUpsView';
import { MyFollowUpsView } from '../followups/MyFollowUpsView';
import { PrivacyView } from '../privacy/PrivacyView';
import { useI18n } from '../i18n/I18nContext';
import { DeliveryProblems } from '../reminders/DeliveryProblems';
import { ServiceLevelView } from '../servicelevel/ServiceLevelView';
import { useSession } from '../core/SessionContext';
import { useStatus } from '../core/StatusContext';

function Notice({ text }: { text: string }) {
  return (
    <Title1 block as="h1">
      {text}
    </Title1>
  );
}

export function RouteView({ route }: { route: Route }) {
  const { isManager } = useSession();
  const { t } = useI18n();
  const { clear } = useStatus();
  const key = route.view === 'company' ? `company:${route.orgNr}` : route.view === 'mine' ? `mine:${route.followUpId ?? ''}` : route.view;
  useEffect(() => clear(), [key, clear]);
  switch (route.view) {
    case 'mine':
      return <MyFollowUpsView focusId={route.followUpId} />;
    case 'config':
      return <MyFollowUpsView />;
    case 'followups':
      return isManager ? <FollowUpsView /> : <Notice text={t('notAllowed')} />;
    case 'serviceLevel':
      return isManager ? (
        <>
          <ServiceLevelView />
          <DeliveryProblems />
        </>
      ) : (
        <Notice text={t('notAllowed')} />
      );
    case 'companies':
      return <CompaniesView />;
    case 'privacy':
      return isManager ? <PrivacyView /> : <Notice text={t('notAllowed')} />;
    case 'company':
      return <CompanyPage orgNr={route.orgNr} />;
    default:
      return <Notice text={t('notFound')} />;
  }
}
