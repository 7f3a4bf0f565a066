/** What a view shows of one query: the last data, the last error, and whether a load is running. */
export interface QueryState<T> {
  data: T | undefined;
  error: unknown;
  loading: boolean;
}

/** Loads a query's data; gets the data it had (undefined the first time), e.g. to know how many pages to reload. */
export type Loader<T> = (previous: T | undefined) => Promise<T>;

const IDLE: QueryState<never> = { data: undefined, error: null, loading: false };

/**
 * The tab's one store of server data, by key ("followups:{…}", "company:556036-0793", …). Views read it with
 * useQuery/usePagedQuery; after a change, `patch` puts the server's answer into every cached list at once and
 * `invalidate` reloads the queries a view shows (and forgets the others), so a list never shows a stale row.
 * A load that a newer one overtook is dropped.
 */
export class DataCache {
  private readonly states = new Map<string, QueryState<unknown>>();
  private readonly listeners = new Map<string, Set<() => void>>();
  private readonly loaders = new Map<string, Loader<unknown>>();
  private readonly generations = new Map<string, number>();

  state<T>(key: string): QueryState<T> {
    return (this.states.get(key) ?? IDLE) as QueryState<T>;
  }

  subscribe(key: string, listener: () => void): () => void {
    let set = this.listeners.get(key);
    if (!set) this.listeners.set(key, (set = new Set()));
    set.add(listener);
    return () => {
      set.delete(listener);
    };
  }

  /** The loader `invalidate` uses to reload the key; set by the view that shows it. */
  setLoader<T>(key: string, loader: Loader<T>): void {
    this.loaders.set(key, loader as Loader<unknown>);
  }

  /** Runs `run` (or the key's loader) and stores its result; keeps the shown data while it loads. */
  async load<T>(key: string, run?: Loader<T>): Promise<void> {
    const loader = (run ?? this.loaders.get(key)) as Loader<T> | undefined;
    if (!loader) return;
    const generation = (this.generations.get(key) ?? 0) + 1;
    this.generations.set(key, generation);
    const before = this.state<T>(key);
    this.set(key, { ...before, loading: true, error: null });
    try {
      const data = await loader(before.data);
      if (this.generations.get(key) === generation) this.set(key, { data, error: null, loading: false });
    } catch (error) {
      if (this.generations.get(key) === generation) this.set(key, { ...this.state(key), error, loading: false });
    }
  }

  /** Changes the cached data of every key that starts with `prefix` (e.g. one changed row in every list). */
  patch<T>(prefix: string, change: (data: T) => T): void {
    for (const [key, state] of this.states) {
      if (key.startsWith(prefix) && state.data !== undefined) this.set(key, { ...state, data: change(state.data as T) });
    }
  }

  /** Reloads every shown key that starts with `prefix`; forgets the rest, so they load anew when shown. */
  invalidate(prefix: string): Promise<void[]> {
    const reloads: Promise<void>[] = [];
    for (const key of [...this.states.keys()]) {
      if (!key.startsWith(prefix)) continue;
      if ((this.listeners.get(key)?.size ?? 0) > 0) reloads.push(this.load(key));
      else this.states.delete(key);
    }
    return Promise.all(reloads);
  }

  private set(key: string, state: QueryState<unknown>): void {
    this.states.set(key, state);
    this.listeners.get(key)?.forEach((l) => l());
  }
}
