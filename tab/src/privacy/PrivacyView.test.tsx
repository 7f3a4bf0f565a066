import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { AuditEntry, RegisterExtract } from '../api/contract';
import { fakeFetch, get, json, post } from '../test/http';
import { renderView } from '../test/render';
import { PrivacyView } from './PrivacyView';

const entries: AuditEntry[] = [
  { at: '2026-11-23T09:15:02Z', actorId: 'u-erik', actorName: 'Erik Utvecklare', channel: 'tab', action: 'read', subject: 'company', subjectId: '5560360793', detail: 'timeline' },
  { at: '2026-11-23T09:16:40Z', actorId: 'u-erik', actorName: 'Erik Utvecklare', channel: 'bot', action: 'create', subject: 'interaction', subjectId: 'abc', detail: null },
];

const extract: RegisterExtract = {
  person: { name: 'Åsa Öberg', email: null, phone: null },
  contacts: [{ orgNr: '556036-0793', companyName: 'Hammarverken AB', name: 'Åsa Öberg', role: 'vd', workPhone: null, workEmail: null }],
  interactions: [
    { id: 'i1', orgNr: '556036-0793', date: '2026-11-20', kind: 'Visit', participant: true, confidential: false, texts: ['Träffade Åsa Öberg'] },
    { id: 'i2', orgNr: '556036-0793', date: '2026-11-21', kind: 'Meeting', participant: false, confidential: true, texts: ['Åsa Öberg berättade'] },
  ],
  followUps: [],
};

describe('PrivacyView', () => {
  it('shows the month of the audit log with who did what, and pages on', async () => {
    const { fetch, calls } = fakeFetch(
      get('/api/v1/audit', (c) => json(c.query.get('continuationToken') ? { items: [entries[1]], continuationToken: null } : { items: [entries[0]], continuationToken: 'next' })),
    );
    renderView(<PrivacyView />, { fetch });
    const table = await screen.findByRole('table', { name: 'Vem läste eller ändrade vad, äldst först' });
    expect(within(table).getByRole('rowheader', { name: 'Erik Utvecklare' }).closest('tr')).toHaveTextContent('company 5560360793 (timeline)');
    expect(calls[0].query.get('month')).toMatch(/^\d{4}-\d{2}$/);
    fireEvent.click(screen.getByRole('button', { name: 'Visa fler' }));
    await waitFor(() => expect(within(table).getAllByRole('rowheader')).toHaveLength(2));
  });

  it('finds a person, flags confidential contacts, and erases only after the confirmation', async () => {
    const { fetch, calls } = fakeFetch(
      get('/api/v1/audit', () => json({ items: [], continuationToken: null })),
      get('/api/v1/privacy/extract', () => json(extract)),
      post('/api/v1/privacy/erasure', () => json({ caseReference: 'a1b2c3', contacts: 1, interactions: 2, followUps: 0, reminders: 0, conflicts: 0 })),
    );
    renderView(<PrivacyView />, { fetch });
    fireEvent.change(await screen.findByRole('textbox', { name: /Namn/ }), { target: { value: 'Åsa Öberg' } });
    fireEvent.click(screen.getByRole('button', { name: 'Sök' }));
    expect(await screen.findByText('Hittade 1 kontaktperson, 2 kontakter och 0 uppföljningar.')).toBeInTheDocument();
    expect(screen.getByText(/1 av kontakterna är sekretessmarkerade/)).toBeInTheDocument();
    expect(calls.find((c) => c.path === '/api/v1/privacy/extract')!.query.get('name')).toBe('Åsa Öberg');

    fireEvent.click(screen.getByRole('button', { name: 'Radera personen…' }));
    expect(calls.some((c) => c.method === 'POST')).toBe(false);
    fireEvent.click(await screen.findByRole('button', { name: 'Radera' }));
    expect(await screen.findByText(/Raderat \(ärende a1b2c3\): 1 kontaktperson, 2 kontakter/)).toBeInTheDocument();
    expect(calls.find((c) => c.method === 'POST')!.body).toEqual({ name: 'Åsa Öberg', confirm: true });
  });

  it('lists the retention dry run, in English for an English locale', async () => {
    const { fetch } = fakeFetch(
      get('/api/v1/audit', () => json({ items: [], continuationToken: null })),
      get('/api/v1/privacy/retention', () =>
        json({ items: [{ rule: 'anteckningar', subject: 'interaction', id: 'i9', orgNr: '556036-0793', basisDate: '2020-01-10', what: 'Anteckning (120 tecken) och 2 deltagare' }] }),
      ),
    );
    renderView(<PrivacyView />, { fetch, locale: 'en' });
    fireEvent.click(await screen.findByRole('button', { name: 'Show what would be disposed of' }));
    const table = await screen.findByRole('table', { name: '1 items would be disposed of.' });
    expect(table).toHaveTextContent('2020-01-10');
  });
});
