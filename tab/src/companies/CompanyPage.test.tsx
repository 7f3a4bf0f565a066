import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { CompanyDetail } from '../api/contract';
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
    { kind: 'followUp', date: '2026-11-20', title: 'Återkoppla om mark', detail: null, status: 'Öppen', confidential: false },
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
    expect(items).toHaveLength(3);
    expect(items[1]).toHaveTextContent('Signal');
    expect(items[1]).toHaveTextContent('Sekretess');
    expect(items[1]).toHaveTextContent('Svetsare och CNC-operatörer');
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
    expect(within(screen.getByRole('list')).getAllByRole('listitem')).toHaveLength(4);
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

  it('shows the server detail when the company is not found', async () => {
    const { fetch } = fakeFetch(get('/api/v1/companies/000000-0000', () => json({ status: 404, title: 'Not Found', detail: 'Företaget finns inte.' }, 404)));
    renderView(<CompanyPage orgNr="000000-0000" />, { fetch, locale: 'en' });
    expect(await screen.findByText('Företaget finns inte.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Back to companies' })).toBeInTheDocument();
  });
});
