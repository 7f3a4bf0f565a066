import { useEffect, useState } from 'react';

export type Route =
  | { view: 'mine' }
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
  if (head === '' || head === ROUTE_PATHS.mine) return { view: 'mine' };
  if (head === ROUTE_PATHS.followups) return { view: 'followups' };
  if (head === ROUTE_PATHS.serviceLevel) return { view: 'serviceLevel' };
  if (head === ROUTE_PATHS.config) return { view: 'config' };
  if (head === ROUTE_PATHS.privacy) return { view: 'privacy' };
  if (head === ROUTE_PATHS.companies) return parts[1] ? { view: 'company', orgNr: parts[1] } : { view: 'companies' };
  return { view: 'notFound' };
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
