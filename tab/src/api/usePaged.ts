import { useCallback, useEffect, useRef, useState } from 'react';
import type { Page } from './contract';

export interface Paged<T> {
  items: T[];
  setItems: (update: (items: T[]) => T[]) => void;
  loading: boolean;
  error: unknown;
  hasMore: boolean;
  loadMore: () => void;
}

/**
 * One page at a time: the first page loads when `key` changes, "Visa fler" asks for the next with the
 * continuationToken the server returned. Never loads everything.
 */
export function usePaged<T>(load: (continuationToken: string | null) => Promise<Page<T>>, key: string): Paged<T> {
  const [items, setItemsState] = useState<T[]>([]);
  const [token, setToken] = useState<string | null>(null);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<unknown>(null);
  const generation = useRef(0);
  const loadRef = useRef(load);
  loadRef.current = load;

  const fetchPage = useCallback(async (continuationToken: string | null, append: boolean) => {
    const gen = ++generation.current;
    setLoading(true);
    setError(null);
    try {
      const page = await loadRef.current(continuationToken);
      if (gen !== generation.current) return;
      setItemsState((prev) => (append ? [...prev, ...page.items] : page.items));
      setToken(page.continuationToken ?? null);
    } catch (e) {
      if (gen === generation.current) setError(e);
    } finally {
      if (gen === generation.current) setLoading(false);
    }
  }, []);

  useEffect(() => {
    setItemsState([]);
    setToken(null);
    void fetchPage(null, false);
  }, [key, fetchPage]);

  const loadMore = useCallback(() => {
    if (token) void fetchPage(token, true);
  }, [token, fetchPage]);

  const setItems = useCallback((update: (items: T[]) => T[]) => setItemsState(update), []);

  return { items, setItems, loading, error, hasMore: token !== null, loadMore };
}
