import type { FollowUpFilter } from './contract';

export const PAGE_SIZE = 50;

type Params = Record<string, string | number | undefined | null>;

/** Builds "?a=1&b=2" from the defined, non-empty values, in the given order. */
export function toQuery(params: Params): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined || value === null || value === '') continue;
    search.append(key, String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}

/** Filter part of the follow-up list and export URLs; "all" values are left out except status. */
export function followUpFilterParams(filter: FollowUpFilter): Params {
  return {
    owner: filter.owner,
    status: filter.status,
    due: filter.due && filter.due !== 'all' ? filter.due : undefined,
    category: filter.category,
    company: filter.company?.trim(),
  };
}

export function followUpListQuery(filter: FollowUpFilter, continuationToken?: string | null): string {
  return toQuery({ ...followUpFilterParams(filter), pageSize: PAGE_SIZE, continuationToken });
}

export function followUpExportQuery(filter: FollowUpFilter): string {
  return toQuery(followUpFilterParams(filter));
}
