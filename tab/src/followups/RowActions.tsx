import { Button } from '@fluentui/react-components';
import { CheckmarkRegular, PeopleSwapRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import type { FollowUp } from '../api/contract';
import { useI18n } from '../i18n/I18nContext';
import { useSession } from '../core/SessionContext';
import { useStatus } from '../core/StatusContext';
import { useTableStyles } from '../ui/tableStyles';
import { CloseDialog } from './CloseDialog';
import { PostponeMenu } from './PostponeMenu';
import { ReassignDialog } from './ReassignDialog';
import { rowHeaderId } from './rowHeaderId';
import type { useFollowUpActions } from './useFollowUpActions';

export interface RowActionsProps {
  item: FollowUp;
  actions: ReturnType<typeof useFollowUpActions>;
}

/** Close (with återkoppling), postpone +1/+3/+7 working days, reassign to a colleague. */
export function RowActions({ item, actions }: RowActionsProps) {
  const { t } = useI18n();
  const styles = useTableStyles();
  const { officers } = useSession();
  const { announce } = useStatus();
  const [dialog, setDialog] = useState<'close' | 'reassign' | null>(null);

  if (item.status === 'done') return null;

  return (
    <div className={styles.actions}>
      <Button
        size="small"
        icon={<CheckmarkRegular aria-hidden="true" />}
        aria-label={t('close.rowLabel', { title: item.title })}
        onClick={() => setDialog('close')}
        data-testid={`close-${item.id}`}
      >
        {t('close.action')}
      </Button>
      <PostponeMenu
        item={item}
        onPostpone={(days) =>
          void actions.postpone(item, days).then((result) => {
            if (!result.ok) announce(result.message, 'error');
          })
        }
      />
      <Button
        size="small"
        icon={<PeopleSwapRegular aria-hidden="true" />}
        aria-label={t('reassign.rowLabel', { title: item.title })}
        onClick={() => setDialog('reassign')}
        data-testid={`reassign-${item.id}`}
      >
        {t('reassign.one')}
      </Button>
      {dialog === 'close' && (
        <CloseDialog
          item={item}
          onClose={() => setDialog(null)}
          onSubmit={async (note) => {
            const view = document.getElementById(rowHeaderId(item.id))?.closest('section');
            const result = await actions.close(item, note);
            // the row loses its buttons (or leaves the list) when done: keep keyboard focus in the view, not the page
            if (result.ok) {
              void result.settled?.then(() =>
                setTimeout(() => (document.getElementById(rowHeaderId(item.id)) ?? view?.querySelector('h1'))?.focus(), 0),
              );
            }
            return result;
          }}
        />
      )}
      {dialog === 'reassign' && (
        <ReassignDialog
          title={t('reassign.oneTitle', { title: item.title })}
          officers={officers.filter((o) => o.userId !== item.ownerId)}
          onClose={() => setDialog(null)}
          onSubmit={(ownerId) => actions.reassign(item, ownerId)}
        />
      )}
    </div>
  );
}
