import { useCallback } from 'react';
import { useDataCache } from '../api/DataContext';
import type { FollowUp, FollowUpFilter } from '../api/contract';

/** Cache key prefixes of the lists that show follow-ups (the company page shows them in its timeline). */
export const FOLLOWUP_LISTS = 'followups:';
export const COMPANY_PAGES = 'company:';
export const SERVICE_LEVEL = 'service-level:';

export function followUpListKey(filter: FollowUpFilter): string {
  return FOLLOWUP_LISTS + JSON.stringify(filter);
}

/** A changed follow-up keeps what the change cannot alter (its company and categories) if the answer leaves them out. */
export function merged(old: FollowUp, changed: FollowUp): FollowUp {
  return {
    ...old,
    ...changed,
    companyName: changed.companyName || old.companyName,
    companyOrgNr: changed.companyOrgNr || old.companyOrgNr,
    categories: changed.categories.length > 0 ? changed.categories : old.categories,
  };
}

/**
 * After follow-ups changed: every cached list shows the new versions at once, then every shown list, company page and
 * service-level report is reloaded from the server, so a closed follow-up leaves "Aktiva" and nothing stays stale.
 */
export function useFollowUpsChanged(): (changed: FollowUp[]) => Promise<void> {
  const cache = useDataCache();
  return useCallback(
    async (changed: FollowUp[]) => {
      const byId = new Map(changed.map((c) => [c.id, c]));
      cache.patch<{ items: FollowUp[] }>(FOLLOWUP_LISTS, (data) => ({
        ...data,
        items: data.items.map((i) => (byId.has(i.id) ? merged(i, byId.get(i.id)!) : i)),
      }));
      await Promise.all([cache.invalidate(FOLLOWUP_LISTS), cache.invalidate(COMPANY_PAGES), cache.invalidate(SERVICE_LEVEL)]);
    },
    [cache],
  );
}
