import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { DeliveryProblem } from '../api/contract';
import { fakeFetch, get, json } from '../test/http';
import { renderView } from '../test/render';
import { DeliveryProblems } from './DeliveryProblems';

const problems: DeliveryProblem[] = [
  { officerId: 'u-nora', officerName: 'Nora Ny', problem: 'notInstalled', since: '2026-11-20T09:00:00Z', lastSeenAt: '2026-11-24T09:00:00Z' },
  { officerId: 'u-erik', officerName: 'Erik Utvecklare', problem: 'unreachable', since: '2026-11-22T10:00:00Z', lastSeenAt: '2026-11-24T09:00:00Z' },
];

describe('DeliveryProblems', () => {
  it('lists the officers reminders cannot reach, in Swedish by default', async () => {
    const { fetch, calls } = fakeFetch(get('/api/v1/reminders/delivery-problems', () => json({ items: problems })));
    renderView(<DeliveryProblems />, { fetch });
    const table = await screen.findByRole('table', { name: 'Handläggare som inte får påminnelser i chatten' });
    const nora = within(table).getByRole('rowheader', { name: 'Nora Ny' }).closest('tr')!;
    expect(nora).toHaveTextContent('Appen är inte installerad');
    expect(nora).toHaveTextContent('2026-11-20');
    expect(within(table).getByRole('rowheader', { name: 'Erik Utvecklare' }).closest('tr')).toHaveTextContent('blockerat');
    expect(calls[0].headers.get('Authorization')).toBe('Bearer test-token');
  });

  it('tells the activity-feed problems apart: user without the app, mismatched Teams app, missing permission', async () => {
    const feed: DeliveryProblem[] = [
      { officerId: 'u-a', officerName: 'Ada', problem: 'feedWithoutApp', since: '2026-11-20T09:00:00Z', lastSeenAt: '2026-11-24T09:00:00Z' },
      { officerId: 'u-b', officerName: 'Bo', problem: 'feedAppMismatch', since: '2026-11-20T09:00:00Z', lastSeenAt: '2026-11-24T09:00:00Z' },
      { officerId: 'u-c', officerName: 'Cia', problem: 'feedPermission', since: '2026-11-20T09:00:00Z', lastSeenAt: '2026-11-24T09:00:00Z' },
    ];
    const { fetch } = fakeFetch(get('/api/v1/reminders/delivery-problems', () => json({ items: feed })));
    renderView(<DeliveryProblems />, { fetch, locale: 'en' });
    const table = await screen.findByRole('table');
    const row = (name: string) => within(table).getByRole('rowheader', { name }).closest('tr')!;
    expect(row('Ada')).toHaveTextContent('the app is not installed for the officer');
    expect(row('Bo')).toHaveTextContent('does not find the right app');
    expect(row('Cia')).toHaveTextContent('lacks permission (TeamsActivity.Send)');
  });

  it('says when everyone is reachable, in English for an English locale', async () => {
    const { fetch } = fakeFetch(get('/api/v1/reminders/delivery-problems', () => json({ items: [] })));
    renderView(<DeliveryProblems />, { fetch, locale: 'en' });
    expect(await screen.findByText('All officers receive reminders in the chat.')).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });

  it('shows the server message when the caller may not see it', async () => {
    const { fetch } = fakeFetch(
      get('/api/v1/reminders/delivery-problems', () =>
        json({ title: 'Forbidden', status: 403, detail: 'Bara chefer ser vilka handläggare som inte nås av påminnelser.' }, 403),
      ),
    );
    renderView(<DeliveryProblems />, { fetch });
    expect(await screen.findByText('Bara chefer ser vilka handläggare som inte nås av påminnelser.')).toBeInTheDocument();
  });
});
