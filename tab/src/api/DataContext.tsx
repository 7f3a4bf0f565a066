import { createContext, useContext, useState, type ReactNode } from 'react';
import { DataCache } from './cache';

const DataContext = createContext<DataCache | null>(null);

/** One cache of server data for the whole tab (a fresh one per test render). */
export function DataProvider({ children, cache }: { children: ReactNode; cache?: DataCache }) {
  const [own] = useState(() => cache ?? new DataCache());
  return <DataContext.Provider value={own}>{children}</DataContext.Provider>;
}

export function useDataCache(): DataCache {
  const cache = useContext(DataContext);
  if (!cache) throw new Error('useDataCache outside DataProvider');
  return cache;
}
