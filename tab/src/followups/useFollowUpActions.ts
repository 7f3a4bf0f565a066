import { useCallback } from 'react';
import { useApi } from '../api/ApiContext';
import { errorText, isApiError } from '../api/errors';
import type { FollowUp, PostponeDays } from '../api/contract';
import { useI18n } from '../i18n/I18nContext';
import { useSession } from '../core/SessionContext';
import { useStatus } from '../core/StatusContext';
import { describeChanges } from './conflict';
import { merged, useFollowUpsChanged } from './followUpCache';

/** `settled`: resolves when the lists that show the follow-up have been reloaded after the change. */
export type ActionResult = { ok: true; settled?: Promise<void> } | { ok: false; message: string; conflict: boolean };

/**
 * Close, postpone and reassign one follow-up with its etag. Every list and page that shows it is updated from the
 * answer and reloaded (useFollowUpsChanged). On 412 it shows the server's `current` version instead, and the result
 * says what someone else changed.
 */
export function useFollowUpActions() {
  const changed = useFollowUpsChanged();
  const api = useApi();
  const { t, locale } = useI18n();
  const { categories, officers } = useSession();
  const { announce } = useStatus();

  const run = useCallback(
    async (item: FollowUp, call: () => Promise<FollowUp>, success: (updated: FollowUp) => string): Promise<ActionResult> => {
      try {
        const updated = await call();
        // the dialog closes before the reload, which may take the row (and so the dialog's owner) out of the list
        const settled = changed([merged(item, updated)]);
        announce(success(updated), 'success');
        return { ok: true, settled };
      } catch (e) {
        const current = isApiError(e) && e.status === 412 ? e.problem.current : undefined;
        if (current) {
          await changed([merged(item, current)]);
          return { ok: false, conflict: true, message: describeChanges(item, current, t, categories, locale) };
        }
        return { ok: false, conflict: false, message: errorText(e, t('actionFailed')) };
      }
    },
    [changed, announce, t, categories, locale],
  );

  const close = useCallback(
    (item: FollowUp, note: string) => run(item, () => api.close(item, note), () => t('close.done', { title: item.title })),
    [api, run, t],
  );

  const postpone = useCallback(
    (item: FollowUp, days: PostponeDays) =>
      run(item, () => api.postpone(item, days), (u) => t('postpone.done', { title: item.title, date: u.dueDate })),
    [api, run, t],
  );

  const reassign = useCallback(
    (item: FollowUp, ownerId: string) =>
      run(item, () => api.reassign(item, ownerId), (u) =>
        t('reassign.done', { title: item.title, name: u.ownerName || officers.find((o) => o.userId === ownerId)?.name || ownerId }),
      ),
    [api, run, t, officers],
  );

  return { close, postpone, reassign };
}
