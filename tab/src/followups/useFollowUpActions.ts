import { useCallback } from 'react';
import { useApi } from '../api/ApiContext';
import { errorText, isApiError } from '../api/errors';
import type { FollowUp, PostponeDays } from '../api/contract';
import { useI18n } from '../i18n/I18nContext';
import { useSession } from '../core/SessionContext';
import { useStatus } from '../core/StatusContext';
import { describeChanges } from './conflict';

export type ActionResult = { ok: true } | { ok: false; message: string; conflict: boolean };

/**
 * Close, postpone and reassign one follow-up with its etag. On 412 the row is replaced by the server's
 * `current` version and the result says what someone else changed.
 */
export function useFollowUpActions(replace: (item: FollowUp) => void) {
  const api = useApi();
  const { t, locale } = useI18n();
  const { categories, officers } = useSession();
  const { announce } = useStatus();

  const run = useCallback(
    async (item: FollowUp, call: () => Promise<FollowUp>, success: (updated: FollowUp) => string): Promise<ActionResult> => {
      try {
        const updated = await call();
        replace(updated);
        announce(success(updated), 'success');
        return { ok: true };
      } catch (e) {
        const current = isApiError(e) && e.status === 412 ? e.problem.current : undefined;
        if (current) {
          replace(current);
          return { ok: false, conflict: true, message: describeChanges(item, current, t, categories, locale) };
        }
        return { ok: false, conflict: false, message: errorText(e, t('actionFailed')) };
      }
    },
    [replace, announce, t, categories, locale],
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
