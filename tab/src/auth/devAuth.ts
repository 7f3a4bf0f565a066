import { API_BASE, type FetchLike } from '../api/client';
import { ApiError } from '../api/errors';
import type { DevStatus, DevToken, ProblemDetails } from '../api/contract';

const STORAGE_KEY = 'naringslivcrm.devToken';

export interface StoredDevToken extends DevToken {
  userId: string;
}

const defaultFetch: FetchLike = (input, init) => fetch(input, init);

/** GET /api/v1/dev/status; any failure means the development sign-in is off. */
export async function getDevStatus(fetchImpl: FetchLike = defaultFetch): Promise<DevStatus> {
  try {
    const res = await fetchImpl(`${API_BASE}/dev/status`, { headers: { Accept: 'application/json' } });
    if (!res.ok) return { enabled: false, users: [] };
    const body = (await res.json()) as DevStatus;
    return body && body.enabled === true ? { enabled: true, users: body.users ?? [] } : { enabled: false, users: [] };
  } catch {
    return { enabled: false, users: [] };
  }
}

/** POST /api/v1/dev/token {userId} → {accessToken, expiresAt}, kept in sessionStorage. */
export async function requestDevToken(userId: string, fetchImpl: FetchLike = defaultFetch): Promise<StoredDevToken> {
  const res = await fetchImpl(`${API_BASE}/dev/token`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
    body: JSON.stringify({ userId }),
  });
  if (!res.ok) {
    let problem: ProblemDetails = { status: res.status };
    try {
      problem = (await res.json()) as ProblemDetails;
    } catch {
      // not JSON
    }
    throw new ApiError(res.status, problem);
  }
  const token = { ...((await res.json()) as DevToken), userId };
  sessionStorage.setItem(STORAGE_KEY, JSON.stringify(token));
  return token;
}

/** The stored development token while it is still valid for at least 30 s. */
export function storedDevToken(now: number = Date.now()): StoredDevToken | null {
  try {
    const raw = sessionStorage.getItem(STORAGE_KEY);
    if (!raw) return null;
    const token = JSON.parse(raw) as StoredDevToken;
    if (!token.accessToken || !(Date.parse(token.expiresAt) > now + 30_000)) {
      sessionStorage.removeItem(STORAGE_KEY);
      return null;
    }
    return token;
  } catch {
    return null;
  }
}

export function clearDevToken(): void {
  sessionStorage.removeItem(STORAGE_KEY);
}
