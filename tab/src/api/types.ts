// API contract between the tab and the NaringslivCrm host (/api/v1).
// All bodies are JSON with camelCase names; every call carries `Authorization: Bearer <token>`.
// Errors are RFC 7807 ProblemDetails with Swedish text in `detail`. docs/tab.md describes the same contract.

export type Role = 'officer' | 'manager' | 'network';

/** GET /api/v1/me */
export interface Me {
  userId: string;
  name: string;
  municipality: { code: string; name: string };
  roles: Role[];
  locale: string;
}

/** GET /api/v1/officers → Officer[] (the caller's municipality) */
export interface Officer {
  userId: string;
  name: string;
}

/** GET /api/v1/categories → Category[] */
export interface Category {
  id: string;
  sv: string;
  en: string;
}

export type FollowUpStatus = 'open' | 'inProgress' | 'done';
/** `active` = open or inProgress (addition to the first draft of the contract). */
export type FollowUpStatusFilter = FollowUpStatus | 'active' | 'all';
export type DueFilter = 'overdue' | 'today' | 'week' | 'all';

export interface FollowUp {
  id: string;
  title: string;
  companyOrgNr: string;
  companyName: string;
  ownerId: string;
  ownerName: string;
  /** ISO date, e.g. "2026-11-25" */
  dueDate: string;
  status: FollowUpStatus;
  categories: string[];
  /** ISO date-time */
  createdAt: string;
  closedAt: string | null;
  feedbackNote: string | null;
  overdue: boolean;
  /** Opaque version; sent back as If-Match on every change. */
  etag: string;
}

/** Query of GET /api/v1/followups and GET /api/v1/followups/export. Omitted = no filter. */
export interface FollowUpFilter {
  /** "me" or a userId; omitted = everyone in the municipality (managers only) */
  owner?: string;
  status?: FollowUpStatusFilter;
  due?: DueFilter;
  category?: string;
  /** organisationsnummer NNNNNN-NNNN */
  company?: string;
}

export interface Page<T> {
  items: T[];
  continuationToken: string | null;
}

/** POST /api/v1/followups/{id}/close (If-Match) */
export interface CloseRequest {
  note: string;
}

export type PostponeDays = 1 | 3 | 7;

/** POST /api/v1/followups/{id}/postpone (If-Match) */
export interface PostponeRequest {
  workingDays: PostponeDays;
}

/** POST /api/v1/followups/{id}/reassign (If-Match) */
export interface ReassignRequest {
  ownerId: string;
}

/** POST /api/v1/followups/reassign */
export interface BulkReassignRequest {
  items: { id: string; etag: string }[];
  ownerId: string;
}

export interface BulkReassignResponse {
  updated: FollowUp[];
  conflicts: { id: string; current: FollowUp }[];
}

export interface ServiceLevelMonth {
  /** "2026-10" */
  month: string;
  officerId: string;
  officerName: string;
  closed: number;
  medianDays: number | null;
  p90Days: number | null;
  /** 0..1 */
  withinTargetShare: number | null;
}

export type AgeBucket = '0-7' | '8-14' | '15-30' | '31+';

/** GET /api/v1/service-level?from=2026-01&to=2026-11 */
export interface ServiceLevel {
  targetDays: number;
  months: ServiceLevelMonth[];
  openByAge: { bucket: AgeBucket; count: number }[];
}

/** GET /api/v1/companies?q=&pageSize=50&continuationToken= → Page<CompanySummary> */
export interface CompanySummary {
  orgNr: string;
  name: string;
  sniCode: string | null;
  /** ISO date */
  lastContact: string | null;
  openNeeds: number;
  openSignals: number;
  openFollowUps: number;
}

export interface Company {
  orgNr: string;
  name: string;
  sniCode: string | null;
  address: string | null;
  employeesBand: string | null;
  responsibleOfficerName: string | null;
  keyAccount: boolean;
}

export type TimelineKind = 'interaction' | 'need' | 'signal' | 'followUp';

export interface TimelineEntry {
  kind: TimelineKind;
  /** ISO date or date-time */
  date: string;
  title: string;
  detail: string | null;
  status: string | null;
  confidential: boolean;
  /** the contact's id on kind "interaction" (to mark it confidential); null otherwise */
  id?: string | null;
}

/** GET /api/v1/companies/{orgNr} */
export interface CompanyDetail {
  company: Company;
  /** newest first; a page of contacts with the follow-ups due in the same span */
  timeline: TimelineEntry[];
  /** the next, older page of the timeline; null at the end */
  continuationToken: string | null;
}

/** RFC 7807. A 412 on a follow-up carries `current`. */
export interface ProblemDetails {
  type?: string;
  title?: string;
  detail?: string;
  status?: number;
  current?: FollowUp;
  [extension: string]: unknown;
}

/** GET /api/v1/dev/status (development host only) */
export interface DevStatus {
  enabled: boolean;
  users?: DevUser[];
}

export interface DevUser {
  userId: string;
  name: string;
  municipalityCode: string;
  municipalityName: string;
  roles: Role[];
}

/** POST /api/v1/dev/token {userId} */
export interface DevToken {
  accessToken: string;
  /** ISO date-time */
  expiresAt: string;
}

/** An officer the bot cannot bring reminders to (manager view). */
export interface DeliveryProblem {
  officerId: string;
  officerName: string;
  problem: 'notInstalled' | 'unreachable' | 'feedWithoutApp' | 'feedAppMismatch' | 'feedPermission';
  since: string;
  lastSeenAt: string;
}

/** GET /api/v1/audit */
export interface AuditEntry {
  at: string;
  actorId: string;
  actorName: string;
  channel: 'tab' | 'bot' | 'system';
  action: string;
  subject: string;
  subjectId: string;
  detail: string | null;
}

export interface PersonQuery {
  name: string;
  email?: string;
  phone?: string;
}

/** GET /api/v1/privacy/extract */
export interface RegisterExtract {
  contacts: { orgNr: string; companyName: string; name: string; role: string | null; workPhone: string | null; workEmail: string | null }[];
  interactions: { id: string; orgNr: string; date: string; kind: string; participant: boolean; confidential: boolean; texts: string[] }[];
  followUps: { id: string; orgNr: string; dueDate: string; status: string; texts: string[] }[];
}

/** POST /api/v1/privacy/erasure */
export interface ErasureResult {
  caseReference: string;
  contacts: number;
  interactions: number;
  followUps: number;
  reminders: number;
  conflicts: number;
}

/** GET /api/v1/privacy/retention (dry run) */
export interface RetentionItem {
  rule: string;
  subject: string;
  id: string;
  orgNr: string;
  basisDate: string;
  what: string;
}
