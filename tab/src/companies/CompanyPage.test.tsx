import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { CompanyDetail } from '../api/contract';
import { followUp } from '../test/fixtures';
import { fakeFetch, get, json, post } from '../test/http';
import { renderView } from '../test/render';
import { CompanyPage } from './CompanyPage';

const detail: CompanyDetail = {
  company: {
    orgNr: '556036-0793',
    name: 'Saab AB',
    sniCode: '30.300',
    address: 'Industrigatan 1, Oskarshamn',
    employeesBand: '500-999',
    responsibleOfficerName: 'Anna Handläggare',
    keyAccount: true,
  },
  timeline: [
    { kind: 'followUp', date: '2026-11-20', title: 'Återkoppla om mark', detail: 'Karin Chef', status: 'open', confidential: false, id: 'f1', followUp: followUp({ title: 'Återkoppla om mark' }) },
    { kind: 'need', date: '2026-11-02', title: 'Mark och lokaler', detail: null, status: 'resolved', confidential: false },
    { kind: 'signal', date: '2026-11-02', title: 'Planerar 40 nyanställningar', detail: 'Svetsare och CNC-operatörer', status: null, confidential: true },
    { kind: 'interaction', date: '2026-11-02', title: 'Företagsbesök', detail: 'Träffade vd.', status: null, confidential: false, id: 'i42' },
  ],
  continuationToken: null,
};

describe('CompanyPage', () => {
  it('shows the company and its whole timeline', async () => {
    const { fetch, calls } = fakeFetch(get('/api/v1/companies/556036-0793', () => json(detail)));
    renderView(<CompanyPage orgNr="556036-0793" />, { fetch });
    expect(await screen.findByRole('heading', { level: 1, name: 'Saab AB' })).toBeInTheDocument();
    expect(calls[0].url).toBe('/api/v1/companies/556036-0793');
    const list = screen.getByRole('list');
    const items = within(list).getAllByRole('listitem');
    expect(items).toHaveLength(4);
    expect(items[0]).toHaveTextContent('Öppen');
    expect(items[1]).toHaveTextContent('Åtgärdad');
    expect(items.map((i) => i.textContent).join(' ')).not.toMatch(/\b(open|resolved)\b/);
    expect(items[2]).toHaveTextContent('Signal');
    expect(items[2]).toHaveTextContent('Sekretess');
    expect(items[2]).toHaveTextContent('Svetsare och CNC-operatörer');
    expect(screen.getByText('Nyckelkund')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Tillbaka till företag' })).toHaveAttribute('href', '#/foretag');
  });

  it('appends the older page under "Visa fler" and hides the button at the end', async () => {
    const older = { kind: 'interaction' as const, date: '2025-03-01', title: 'Samtal', detail: 'Första kontakten.', status: null, confidential: false };
    const { fetch, calls } = fakeFetch(
      get('/api/v1/companies/556036-0793', (call) =>
        call.query.get('continuationToken') === 'next'
          ? json({ ...detail, timeline: [older], continuationToken: null })
          : json({ ...detail, continuationToken: 'next' }),
      ),
    );
    renderView(<CompanyPage orgNr="556036-0793" />, { fetch });
    (await screen.findByRole('button', { name: 'Visa fler' })).click();
    expect(await screen.findByText('Första kontakten.')).toBeInTheDocument();
    expect(within(screen.getByRole('list')).getAllByRole('listitem')).toHaveLength(5);
    expect(calls[1].query.get('continuationToken')).toBe('next');
    expect(screen.queryByRole('button', { name: 'Visa fler' })).not.toBeInTheDocument();
  });

  it('marks a contact confidential from the timeline', async () => {
    const { fetch, calls } = fakeFetch(
      get('/api/v1/companies/556036-0793', () => json(detail)),
      post('/api/v1/interactions/i42/confidential', () => json({ id: 'i42', confidential: true })),
    );
    renderView(<CompanyPage orgNr="556036-0793" />, { fetch });
    (await screen.findByRole('button', { name: 'Markera som sekretess' })).click();
    expect(await screen.findByRole('button', { name: 'Ta bort sekretessmarkering' })).toBeInTheDocument();
    expect(calls.find((c) => c.method === 'POST')!.body).toEqual({ confidential: true });
    expect(within(screen.getByRole('list')).getAllByText('Sekretess')).toHaveLength(2);
  });

  it('postpones a follow-up from the timeline and shows the page again from the server', async () => {
    const user = userEvent.setup();
    let timeline = detail.timeline;
    const { fetch, calls } = fakeFetch(
      get('/api/v1/companies/556036-0793', () => json({ ...detail, timeline })),
      post('/api/v1/followups/f1/postpone', () => {
        const moved = followUp({ title: 'Återkoppla om mark', dueDate: '2026-11-27', etag: 'W/"2"', overdue: false });
        timeline = [{ ...detail.timeline[0], date: '2026-11-27', followUp: moved }, ...detail.timeline.slice(1)];
        return json({ ...moved, companyName: '', categories: [] });
      }),
    );
    renderView(<CompanyPage orgNr="556036-0793" />, { fetch });
    await user.click(await screen.findByRole('button', { name: 'Skjut upp Återkoppla om mark' }));
    await user.click(await screen.findByRole('menuitem', { name: /\+3 arbetsdagar/ }));
    expect(await screen.findByText('Återkoppla om mark har skjutits upp till 2026-11-27.')).toBeInTheDocument();
    const postpone = calls.find((c) => c.method === 'POST')!;
    expect(postpone.body).toEqual({ workingDays: 3 });
    expect(postpone.headers.get('If-Match')).toBe('W/"1"');
    await waitFor(() => expect(within(screen.getByRole('list', { hidden: true })).getByText('2026-11-27')).toBeInTheDocument());
    expect(screen.getByRole('button', { name: 'Stäng Återkoppla om mark', hidden: true })).toBeInTheDocument();
  });

  it('shows no actions on a follow-up an officer does not own', async () => {
    const { fetch } = fakeFetch(get('/api/v1/companies/556036-0793', () => json(detail)));
    renderView(<CompanyPage orgNr="556036-0793" />, {
      fetch,
      me: { userId: 'u-sara', name: 'Sara', municipality: { code: '0882', name: 'Oskarshamn' }, roles: ['officer'], locale: 'sv' },
    });
    await screen.findByRole('heading', { level: 1, name: 'Saab AB' });
    expect(screen.queryByRole('button', { name: /Skjut upp/ })).not.toBeInTheDocument();
  });

  it('shows the server detail when the company is not found', async () => {
    const { fetch } = fakeFetch(get('/api/v1/companies/000000-0000', () => json({ status: 404, title: 'Not Found', detail: 'Företaget finns inte.' }, 404)));
    renderView(<CompanyPage orgNr="000000-0000" />, { fetch, locale: 'en' });
    expect(await screen.findByText('Företaget finns inte.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Back to companies' })).toBeInTheDocument();
  });
});
