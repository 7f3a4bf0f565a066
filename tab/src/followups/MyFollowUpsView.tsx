import { MessageBar, MessageBarBody, Text, Title1 } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { useApi } from '../api/ApiContext';
import type { FollowUp, FollowUpFilter } from '../api/contract';
import { usePagedQuery } from '../api/useQuery';
import { followUpListKey } from './followUpCache';
import { useI18n } from '../i18n/I18nContext';
import { ErrorBar } from '../ui/ErrorBar';
import { ExportButton } from '../ui/ExportButton';
import { ShowMore } from '../ui/ShowMore';
import { useViewStyles } from '../ui/viewStyles';
import { FollowUpFilters } from './FollowUpFilters';
import { FollowUpTable } from './FollowUpTable';
import { RowActions } from './RowActions';
import { rowHeaderId } from './rowHeaderId';
import { useFollowUpActions } from './useFollowUpActions';

/**
 * The signed-in officer's own follow-ups; the server sorts overdue first, then by due date. Opened from a deep link
 * (focusId), it loads pages until that follow-up is shown, then moves focus to its row — or says it is no longer
 * among the officer's open follow-ups.
 */
export function MyFollowUpsView({ focusId }: { focusId?: string }) {
  const api = useApi();
  const { t } = useI18n();
  const styles = useViewStyles();
  const [filter, setFilter] = useState<FollowUpFilter>({ owner: 'me', status: 'active', due: 'all' });
  const list = usePagedQuery(followUpListKey(filter), (token) => api.followUps(filter, token));
  const actions = useFollowUpActions();
  const focusState = useFocusOnLoad(focusId, list);

  return (
    <section aria-labelledby="mine-heading" data-testid="view-mine">
      <div className={styles.head}>
        <Title1 block as="h1" id="mine-heading" tabIndex={-1}>
          {t('mine.title')}
        </Title1>
        <ExportButton path={api.followUpExportPath(filter)} fileName="uppfoljningar" testId="export-csv" />
      </div>
      <FollowUpFilters value={filter} onChange={setFilter} showOfficer={false} />
      <ErrorBar error={list.error} />
      {focusState === 'missing' && (
        <MessageBar intent="info" data-testid="deep-link-missing">
          <MessageBarBody>{t('mine.linkMissing')}</MessageBarBody>
        </MessageBar>
      )}
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

type Paged = { items: FollowUp[]; loading: boolean; hasMore: boolean; error: unknown; loadMore: () => void };

/** Loads more pages until the follow-up is in the list, then focuses its row; 'missing' when it never comes. */
function useFocusOnLoad(focusId: string | undefined, list: Paged): 'none' | 'found' | 'missing' {
  const found = !!focusId && list.items.some((i) => i.id.replace(/-/g, '').toLowerCase() === focusId);
  const id = found ? list.items.find((i) => i.id.replace(/-/g, '').toLowerCase() === focusId)!.id : null;
  const { loading, error, hasMore, loadMore } = list;
  useEffect(() => {
    if (!focusId || loading || error) return;
    if (id) {
      const row = document.getElementById(rowHeaderId(id));
      row?.scrollIntoView?.({ block: 'center' });
      row?.focus();
    } else if (hasMore) {
      loadMore();
    }
  }, [focusId, id, loading, error, hasMore, loadMore]);
  if (!focusId) return 'none';
  if (found) return 'found';
  return !list.loading && !list.hasMore && !list.error ? 'missing' : 'none';
}
