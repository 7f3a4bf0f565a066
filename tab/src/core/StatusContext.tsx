import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';

export type StatusKind = 'success' | 'error' | 'info';

export interface StatusMessage {
  text: string;
  kind: StatusKind;
  /** increases with every announcement so a repeated text is read again */
  seq: number;
}

interface StatusApi {
  message: StatusMessage | null;
  announce: (text: string, kind?: StatusKind) => void;
  clear: () => void;
}

const StatusContext = createContext<StatusApi>({ message: null, announce: () => {}, clear: () => {} });

export function StatusProvider({ children }: { children: ReactNode }) {
  const [message, setMessage] = useState<StatusMessage | null>(null);
  const announce = useCallback((text: string, kind: StatusKind = 'success') => {
    setMessage((prev) => ({ text, kind, seq: (prev?.seq ?? 0) + 1 }));
  }, []);
  const clear = useCallback(() => setMessage(null), []);
  const value = useMemo(() => ({ message, announce, clear }), [message, announce, clear]);
  return <StatusContext.Provider value={value}>{children}</StatusContext.Provider>;
}

export function useStatus(): StatusApi {
  return useContext(StatusContext);
}
