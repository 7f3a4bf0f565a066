import type { FollowUp } from '../api/contract';
import { json, type Handler } from './http';

/**
 * A fake /api/v1/followups that keeps its rows like the host does: the list applies the status filter ("active" =
 * not done), and close / postpone / reassign change the stored row and answer as the host's change routes do —
 * without the company name and categories (FollowUpsApi answers FollowUpDto.From(followUp, "", [])).
 */
export function followUpServer(initial: FollowUp[], changes: { postponeTo?: string } = {}) {
  const rows = new Map(initial.map((r) => [r.id, { ...r }]));
  const version = (etag: string) => `W/"${Number(/\d+/.exec(etag)?.[0] ?? '0') + 1}"`;
  const answer = (r: FollowUp) => json({ ...r, companyName: '', categories: [] });
  const handler: Handler = (call) => {
    if (call.method === 'GET' && call.path === '/api/v1/followups') {
      const status = call.query.get('status') ?? 'all';
      const items = [...rows.values()].filter((r) =>
        status === 'all' ? true : status === 'active' ? r.status !== 'done' : r.status === status,
      );
      return json({ items, continuationToken: null });
    }
    const m = /^\/api\/v1\/followups\/([^/]+)\/(close|postpone|reassign)$/.exec(call.path);
    const row = m && call.method === 'POST' ? rows.get(m[1]) : undefined;
    if (!m || !row) return undefined;
    if (call.headers.get('If-Match') !== row.etag) {
      return json({ title: 'Precondition Failed', status: 412, detail: 'Uppföljningen har ändrats av någon annan.', current: row }, 412);
    }
    const body = call.body as { note?: string; ownerId?: string };
    const changed: FollowUp =
      m[2] === 'close'
        ? { ...row, status: 'done', overdue: false, feedbackNote: body.note ?? null, closedAt: '2026-11-25T10:00:00Z' }
        : m[2] === 'postpone'
          ? { ...row, dueDate: changes.postponeTo ?? '2026-11-27', overdue: false }
          : { ...row, ownerId: body.ownerId ?? row.ownerId, ownerName: body.ownerId === 'u-erik' ? 'Erik Utvecklare' : row.ownerName };
    changed.etag = version(row.etag);
    rows.set(row.id, changed);
    return answer(changed);
  };
  return { handler, rows };
}
