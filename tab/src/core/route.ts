import { useEffect, useState } from 'react';

export type Route =
  | { view: 'mine'; followUpId?: string }
  | { view: 'followups' }
  | { view: 'serviceLevel' }
  | { view: 'companies' }
  | { view: 'company'; orgNr: string }
  | { view: 'privacy' }
  | { view: 'config' }
  | { view: 'notFound' };

export const ROUTE_PATHS = {
  mine: 'mina-uppfoljningar',
  followups: 'uppfoljningar',
  serviceLevel: 'serviceniva',
  companies: 'foretag',
  privacy: 'dataskydd',
  config: 'config',
} as const;

function asciiFold(s: string): string {
  return s.replace(/[åä]/g, 'a').replace(/ö/g, 'o');
}

export function parseHash(hash: string): Route {
  let path = hash.replace(/^#\/?/, '').split('?')[0];
  try {
    path = decodeURIComponent(path);
  } catch {
    // keep as is
  }
  const parts = path.split('/').filter(Boolean);
  const head = asciiFold((parts[0] ?? '').toLowerCase());
  if (head === '' || head === ROUTE_PATHS.mine) return parts[1] ? { view: 'mine', followUpId: parts[1] } : { view: 'mine' };
  if (head === ROUTE_PATHS.followups) return { view: 'followups' };
  if (head === ROUTE_PATHS.serviceLevel) return { view: 'serviceLevel' };
  if (head === ROUTE_PATHS.config) return { view: 'config' };
  if (head === ROUTE_PATHS.privacy) return { view: 'privacy' };
  if (head === ROUTE_PATHS.companies) return parts[1] ? { view: 'company', orgNr: parts[1] } : { view: 'companies' };
  return { view: 'notFound' };
}

/** A follow-up id as the server writes it in deep links (a GUID, 32 hex digits or with dashes). */
const FOLLOW_UP_ID = /^[0-9a-f]{32}$|^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The route a deep link's subPageId opens: the follow-up in "Mina uppföljningar", or null for anything else. */
export function deepLinkHash(subPageId: string | null): string | null {
  return subPageId && FOLLOW_UP_ID.test(subPageId) ? `#/${ROUTE_PATHS.mine}/${subPageId.replace(/-/g, '').toLowerCase()}` : null;
}

export function companyHref(orgNr: string): string {
  return `#/${ROUTE_PATHS.companies}/${encodeURIComponent(orgNr)}`;
}

export function useHashRoute(): Route {
  const [route, setRoute] = useState<Route>(() => parseHash(window.location.hash));
  useEffect(() => {
    const onChange = () => setRoute(parseHash(window.location.hash));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return route;
}
