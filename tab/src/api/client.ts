import { ApiError } from './errors';
import { followUpExportQuery, followUpListQuery, PAGE_SIZE, toQuery } from './query';
import type {
  AuditEntry,
  ErasureResult,
  PersonQuery,
  RegisterExtract,
  RetentionItem,
  BulkReassignResponse,
  Category,
  CompanyDetail,
  CompanySummary,
  DeliveryProblem,
  FollowUp,
  FollowUpFilter,
  Me,
  Officer,
  Page,
  PostponeDays,
  ProblemDetails,
  ServiceLevel,
} from './contract';

export const API_BASE = '/api/v1';

export type FetchLike = (input: string, init?: RequestInit) => Promise<Response>;
export type TokenSource = () => Promise<string>;

async function readProblem(res: Response): Promise<ProblemDetails> {
  try {
    const body = (await res.json()) as ProblemDetails;
    return body && typeof body === 'object' ? body : { status: res.status };
  } catch {
    return { status: res.status, title: res.statusText };
  }
}

/** Typed client for /api/v1. Every call sends the bearer token from `getToken`. */
export class ApiClient {
  constructor(
    private readonly getToken: TokenSource,
    private readonly fetchImpl: FetchLike = (input, init) => fetch(input, init),
  ) {}

  async raw(path: string, init: RequestInit = {}): Promise<Response> {
    const token = await this.getToken();
    const headers = new Headers(init.headers);
    headers.set('Authorization', `Bearer ${token}`);
    if (!headers.has('Accept')) headers.set('Accept', 'application/json');
    if (init.body !== undefined && !headers.has('Content-Type')) headers.set('Content-Type', 'application/json');
    const res = await this.fetchImpl(`${API_BASE}${path}`, { ...init, headers });
    if (!res.ok) throw new ApiError(res.status, await readProblem(res));
    return res;
  }

  private async json<T>(path: string, init?: RequestInit): Promise<T> {
    const res = await this.raw(path, init);
    return (await res.json()) as T;
  }

  private post<T>(path: string, body: unknown, etag?: string): Promise<T> {
    const headers: Record<string, string> = {};
    if (etag) headers['If-Match'] = etag;
    return this.json<T>(path, { method: 'POST', body: JSON.stringify(body), headers });
  }

  me(): Promise<Me> {
    return this.json('/me');
  }

  officers(): Promise<Officer[]> {
    return this.json('/officers');
  }

  categories(): Promise<Category[]> {
    return this.json('/categories');
  }

  followUps(filter: FollowUpFilter, continuationToken?: string | null): Promise<Page<FollowUp>> {
    return this.json(`/followups${followUpListQuery(filter, continuationToken)}`);
  }

  followUpExportPath(filter: FollowUpFilter): string {
    return `/followups/export${followUpExportQuery(filter)}`;
  }

  close(item: FollowUp, note: string): Promise<FollowUp> {
    return this.post(`/followups/${encodeURIComponent(item.id)}/close`, { note }, item.etag);
  }

  postpone(item: FollowUp, workingDays: PostponeDays): Promise<FollowUp> {
    return this.post(`/followups/${encodeURIComponent(item.id)}/postpone`, { workingDays }, item.etag);
  }

  reassign(item: FollowUp, ownerId: string): Promise<FollowUp> {
    return this.post(`/followups/${encodeURIComponent(item.id)}/reassign`, { ownerId }, item.etag);
  }

  reassignMany(items: FollowUp[], ownerId: string): Promise<BulkReassignResponse> {
    return this.post('/followups/reassign', {
      items: items.map((i) => ({ id: i.id, etag: i.etag })),
      ownerId,
    });
  }

  serviceLevel(from: string, to: string): Promise<ServiceLevel> {
    return this.json(`/service-level${toQuery({ from, to })}`);
  }

  async deliveryProblems(): Promise<DeliveryProblem[]> {
    return (await this.json<{ items: DeliveryProblem[] }>('/reminders/delivery-problems')).items;
  }

  companies(q: string, continuationToken?: string | null): Promise<Page<CompanySummary>> {
    return this.json(`/companies${toQuery({ q: q.trim(), pageSize: PAGE_SIZE, continuationToken })}`);
  }

  companyExportPath(q: string): string {
    return `/companies/export${toQuery({ q: q.trim() })}`;
  }

  company(orgNr: string, continuationToken?: string | null): Promise<CompanyDetail> {
    return this.json(`/companies/${encodeURIComponent(orgNr)}${toQuery({ continuationToken })}`);
  }

  setConfidential(interactionId: string, confidential: boolean): Promise<{ id: string; confidential: boolean }> {
    return this.post(`/interactions/${encodeURIComponent(interactionId)}/confidential`, { confidential });
  }

  audit(month: string, continuationToken?: string | null): Promise<Page<AuditEntry>> {
    return this.json(`/audit${toQuery({ month, pageSize: PAGE_SIZE, continuationToken })}`);
  }

  auditExportPath(month: string): string {
    return `/audit/export${toQuery({ month })}`;
  }

  registerExtract(person: PersonQuery): Promise<RegisterExtract> {
    return this.json(`/privacy/extract${toQuery({ ...person })}`);
  }

  registerExtractCsvPath(person: PersonQuery): string {
    return `/privacy/extract${toQuery({ ...person, format: 'csv' })}`;
  }

  erasePerson(person: PersonQuery): Promise<ErasureResult> {
    return this.post('/privacy/erasure', { ...person, confirm: true });
  }

  retentionPlan(): Promise<{ items: RetentionItem[] }> {
    return this.json('/privacy/retention');
  }

  /** Fetches a server-made CSV with the bearer token and returns it as a Blob. */
  async csv(path: string): Promise<Blob> {
    const res = await this.raw(path, { headers: { Accept: 'text/csv' } });
    return res.blob();
  }
}
