import { useCallback, useMemo, useState } from 'react';
import type { FollowUp } from '../api/contract';
import type { Selection } from './FollowUpTable';

/** Multi-select over the loaded rows; done rows cannot be selected. */
export function useSelection(items: FollowUp[]): Selection & { clear: () => void; selectedItems: FollowUp[] } {
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const selectable = useMemo(() => items.filter((i) => i.status !== 'done'), [items]);
  const selectedItems = useMemo(() => selectable.filter((i) => selected.has(i.id)), [selectable, selected]);

  const toggle = useCallback((id: string) => {
    setSelected((prev) => {
      const next = new Set(prev);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  }, []);

  const toggleAll = useCallback(() => {
    setSelected((prev) => {
      const all = selectable.length > 0 && selectable.every((i) => prev.has(i.id));
      return all ? new Set() : new Set(selectable.map((i) => i.id));
    });
  }, [selectable]);

  const clear = useCallback(() => setSelected(new Set()), []);

  return { selected, toggle, toggleAll, clear, selectedItems };
}
