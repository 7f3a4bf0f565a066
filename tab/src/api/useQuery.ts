import { useCallback, useEffect, useRef, useSyncExternalStore } from 'react';
import { useDataCache } from './DataContext';
import type { Loader, QueryState } from './cache';
import type { Page } from './contract';

/**
 * The data under `key` from the tab's cache, loaded when the key is first shown (and again on each mount, showing
 * the cached data meanwhile). `key` null loads nothing (e.g. before a search was made).
 */
export function useQuery<T>(key: string | null, load: Loader<T>): QueryState<T> & { reload: () => void } {
  const cache = useDataCache();
  const loadRef = useRef(load);
  useEffect(() => {
    loadRef.current = load;
  });
  const state = useSyncExternalStore(
    useCallback((listener: () => void) => (key ? cache.subscribe(key, listener) : () => {}), [cache, key]),
    (): QueryState<T> => (key ? cache.state<T>(key) : IDLE_STATE),
  );
  useEffect(() => {
    if (!key) return;
    cache.setLoader<T>(key, (previous) => loadRef.current(previous));
    void cache.load<T>(key);
  }, [cache, key]);
  const reload = useCallback(() => {
    if (key) void cache.load(key);
  }, [cache, key]);
  return { ...state, reload };
}

const IDLE_STATE: QueryState<never> = { data: undefined, error: null, loading: false };

/** What the cache holds of a paged list: the rows so far, the next token, and how many pages that took. */
interface Pages<T> {
  items: T[];
  token: string | null;
  pages: number;
}

export interface Paged<T> {
  items: T[];
  loading: boolean;
  error: unknown;
  hasMore: boolean;
  loadMore: () => void;
}

/**
 * A paged list in the tab's cache: the first page loads when `key` is shown, "Visa fler" appends the next page with
 * the server's continuationToken, and an invalidation reloads as many pages as were shown. Never loads everything.
 */
export function usePagedQuery<T>(key: string, loadPage: (continuationToken: string | null) => Promise<Page<T>>): Paged<T> {
  const cache = useDataCache();
  const pageRef = useRef(loadPage);
  useEffect(() => {
    pageRef.current = loadPage;
  });
  const reloadPages: Loader<Pages<T>> = useCallback(async (previous) => {
    const wanted = Math.max(previous?.pages ?? 1, 1);
    const result: Pages<T> = { items: [], token: null, pages: 0 };
    do {
      const page = await pageRef.current(result.token);
      result.items.push(...page.items);
      result.token = page.continuationToken ?? null;
      result.pages++;
    } while (result.pages < wanted && result.token);
    return result;
  }, []);
  const state = useQuery<Pages<T>>(key, reloadPages);
  const token = state.data?.token ?? null;
  const loadMore = useCallback(() => {
    if (!token) return;
    void cache.load<Pages<T>>(key, async (previous) => {
      const page = await pageRef.current(token);
      return {
        items: [...(previous?.items ?? []), ...page.items],
        token: page.continuationToken ?? null,
        pages: (previous?.pages ?? 0) + 1,
      };
    });
  }, [cache, key, token]);
  return {
    items: state.data?.items ?? EMPTY,
    loading: state.loading || (state.data === undefined && state.error === null),
    error: state.error,
    hasMore: token !== null,
    loadMore,
  };
}

const EMPTY: never[] = [];
