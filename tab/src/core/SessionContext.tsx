import { createContext, useContext } from 'react';
import type { Category, Me, Officer } from '../api/contract';

export interface Session {
  me: Me;
  isManager: boolean;
  categories: Category[];
  officers: Officer[];
}

export const SessionContext = createContext<Session | null>(null);

export function useSession(): Session {
  const s = useContext(SessionContext);
  if (!s) throw new Error('useSession outside SessionContext');
  return s;
}
