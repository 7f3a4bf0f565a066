import { Text, Title1 } from '@fluentui/react-components';
import { useCallback, useState } from 'react';
import { useApi } from '../api/ApiContext';
import type { FollowUp, FollowUpFilter } from '../api/types';
import { usePaged } from '../api/usePaged';
import { useI18n } from '../i18n/I18nContext';
import { ErrorBar } from '../ui/ErrorBar';
import { ExportButton } from '../ui/ExportButton';
import { ShowMore } from '../ui/ShowMore';
import { useViewStyles } from '../ui/viewStyles';
import { FollowUpFilters } from './FollowUpFilters';
import { FollowUpTable } from './FollowUpTable';
import { RowActions } from './RowActions';
import { useFollowUpActions } from './useFollowUpActions';


/** The signed-in officer's own follow-ups; the server sorts overdue first, then by due date. */
export function MyFollowUpsView() {
  const api = useApi();
  const { t } = useI18n();
  const styles = useViewStyles();
  const [filter, setFilter] = useState<FollowUpFilter>({ owner: 'me', status: 'active', due: 'all' });
  const list = usePaged((token) => api.followUps(filter, token), JSON.stringify(filter));
  const replace = useCallback(
    (u: FollowUp) => list.setItems((items) => items.map((i) => (i.id === u.id ? u : i))),
    [list.setItems],
  );
  const actions = useFollowUpActions(replace);

  return (
    <section aria-labelledby="mine-heading" data-testid="view-mine">
      <div className={styles.head}>
        <Title1 block as="h1" id="mine-heading">
          {t('mine.title')}
        </Title1>
        <ExportButton path={api.followUpExportPath(filter)} fileName="uppfoljningar" testId="export-csv" />
      </div>
      <FollowUpFilters value={filter} onChange={setFilter} showOfficer={false} />
      <ErrorBar error={list.error} />
      {!list.loading && !list.error && list.items.length === 0 ? (
        <Text block as="p">{t('noRows')}</Text>
      ) : (
        <FollowUpTable
          caption={t('mine.caption')}
          items={list.items}
          showOwner={false}
          renderActions={(item) => <RowActions item={item} actions={actions} />}
        />
      )}
      <ShowMore count={list.items.length} loading={list.loading} hasMore={list.hasMore} onMore={list.loadMore} />
    </section>
  );
}
