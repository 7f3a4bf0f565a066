import { Text, Title1 } from '@fluentui/react-components';
import { useState } from 'react';
import { useApi } from '../api/ApiContext';
import { usePagedQuery } from '../api/useQuery';
import { useI18n } from '../i18n/I18nContext';
import { ErrorBar } from '../ui/ErrorBar';
import { ExportButton } from '../ui/ExportButton';
import { ShowMore } from '../ui/ShowMore';
import { useViewStyles } from '../ui/viewStyles';
import { CompanySearch } from './CompanySearch';
import { CompanyTable } from './CompanyTable';

/** Search companies by name, organisationsnummer or SNI code; one page at a time. */
export function CompaniesView() {
  const api = useApi();
  const { t } = useI18n();
  const styles = useViewStyles();
  const [q, setQ] = useState('');
  const list = usePagedQuery(`companies:${q}`, (token) => api.companies(q, token));

  return (
    <section aria-labelledby="companies-heading" data-testid="view-companies">
      <div className={styles.head}>
        <Title1 block as="h1" id="companies-heading">
          {t('co.title')}
        </Title1>
        <ExportButton path={api.companyExportPath(q)} fileName="foretag" testId="export-companies-csv" />
      </div>
      <CompanySearch initial={q} onSearch={setQ} />
      <ErrorBar error={list.error} />
      {!list.loading && !list.error && list.items.length === 0 ? (
        <Text block as="p">{t('co.none')}</Text>
      ) : (
        <CompanyTable items={list.items} />
      )}
      <ShowMore count={list.items.length} loading={list.loading} hasMore={list.hasMore} onMore={list.loadMore} />
    </section>
  );
}
