import type { Category, FollowUp, Me, Officer } from '../api/contract';

export const manager: Me = {
  userId: 'u-chef',
  name: 'Karin Chef',
  municipality: { code: '0882', name: 'Oskarshamn' },
  roles: ['officer', 'manager'],
  locale: 'sv',
};

export const officer: Me = {
  userId: 'u-anna',
  name: 'Anna Handläggare',
  municipality: { code: '0882', name: 'Oskarshamn' },
  roles: ['officer'],
  locale: 'sv',
};

export const officers: Officer[] = [
  { userId: 'u-anna', name: 'Anna Handläggare' },
  { userId: 'u-erik', name: 'Erik Utvecklare' },
];

export const categories: Category[] = [
  { id: 'kompetens', sv: 'Kompetensförsörjning', en: 'Skills supply' },
  { id: 'mark', sv: 'Mark och lokaler', en: 'Land and premises' },
];

export function followUp(overrides: Partial<FollowUp> = {}): FollowUp {
  return {
    id: 'f1',
    title: 'Återkoppla om markförfrågan',
    companyOrgNr: '556036-0793',
    companyName: 'Saab AB',
    ownerId: 'u-anna',
    ownerName: 'Anna Handläggare',
    dueDate: '2026-11-20',
    status: 'open',
    categories: ['mark'],
    createdAt: '2026-11-01T09:00:00Z',
    closedAt: null,
    feedbackNote: null,
    overdue: true,
    etag: 'W/"1"',
    ...overrides,
  };
}
