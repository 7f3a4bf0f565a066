import { Button, Text, Title1 } from '@fluentui/react-components';
import { PeopleSwapRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import { useApi } from '../api/ApiContext';
import { errorText } from '../api/errors';
import type { FollowUpFilter } from '../api/contract';
import { usePagedQuery } from '../api/useQuery';
import { followUpListKey, useFollowUpsChanged } from './followUpCache';
import { useI18n } from '../i18n/I18nContext';
import { useSession } from '../core/SessionContext';
import { useStatus } from '../core/StatusContext';
import { ErrorBar } from '../ui/ErrorBar';
import { ExportButton } from '../ui/ExportButton';
import { ShowMore } from '../ui/ShowMore';
import { useViewStyles } from '../ui/viewStyles';
import { FollowUpFilters } from './FollowUpFilters';
import { FollowUpTable } from './FollowUpTable';
import { ReassignDialog } from './ReassignDialog';
import { RowActions } from './RowActions';
import { useFollowUpActions, type ActionResult } from './useFollowUpActions';
import { useSelection } from './useSelection';

/** Manager view of the office's follow-ups with filters, CSV export and bulk reassignment. */
export function FollowUpsView() {
  const api = useApi();
  const { t } = useI18n();
  const { officers } = useSession();
  const { announce } = useStatus();
  const styles = useViewStyles();
  const [filter, setFilterState] = useState<FollowUpFilter>({ status: 'active', due: 'all' });
  const list = usePagedQuery(followUpListKey(filter), (token) => api.followUps(filter, token));
  const selection = useSelection(list.items);
  const [bulkOpen, setBulkOpen] = useState(false);
  const changed = useFollowUpsChanged();
  const actions = useFollowUpActions();

  const setFilter = (f: FollowUpFilter) => {
    selection.clear();
    setFilterState(f);
  };

  const bulkReassign = async (ownerId: string): Promise<ActionResult> => {
    try {
      const result = await api.reassignMany(selection.selectedItems, ownerId);
      await changed([...result.updated, ...result.conflicts.map((c) => c.current)]);
      selection.clear();
      const name = officers.find((o) => o.userId === ownerId)?.name ?? ownerId;
      const parts = [t('reassign.bulkDone', { n: result.updated.length, name })];
      if (result.conflicts.length) parts.push(t('reassign.bulkConflicts', { n: result.conflicts.length }));
      announce(parts.join(' '), result.conflicts.length ? 'info' : 'success');
      return { ok: true };
    } catch (e) {
      return { ok: false, conflict: false, message: errorText(e, t('actionFailed')) };
    }
  };

  const count = selection.selectedItems.length;

  return (
    <section aria-labelledby="followups-heading" data-testid="view-followups">
      <div className={styles.head}>
        <Title1 block as="h1" id="followups-heading" tabIndex={-1}>
          {t('followups.title')}
        </Title1>
        <ExportButton path={api.followUpExportPath(filter)} fileName="uppfoljningar" testId="export-csv" />
      </div>
      <FollowUpFilters value={filter} onChange={setFilter} showOfficer />
      <div className={styles.toolbar}>
        <Button
          appearance="primary"
          icon={<PeopleSwapRegular aria-hidden="true" />}
          disabled={count === 0}
          onClick={() => setBulkOpen(true)}
          data-testid="reassign-selected"
        >
          {t('reassign.selected')}
        </Button>
        <Text aria-live="polite" data-testid="selected-count">
          {t('select.count', { n: count })}
        </Text>
      </div>
      <ErrorBar error={list.error} />
      {!list.loading && !list.error && list.items.length === 0 ? (
        <Text block as="p">{t('noRows')}</Text>
      ) : (
        <FollowUpTable
          caption={t('followups.caption')}
          items={list.items}
          showOwner
          selection={selection}
          renderActions={(item) => <RowActions item={item} actions={actions} />}
        />
      )}
      <ShowMore count={list.items.length} loading={list.loading} hasMore={list.hasMore} onMore={list.loadMore} />
      {bulkOpen && (
        <ReassignDialog
          title={t('reassign.selectedTitle', { n: count })}
          officers={officers}
          onClose={() => setBulkOpen(false)}
          onSubmit={bulkReassign}
        />
      )}
    </section>
  );
}
