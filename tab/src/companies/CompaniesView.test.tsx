import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { CompanySummary } from '../api/contract';
import { fakeFetch, get, json } from '../test/http';
import { renderView } from '../test/render';
import { CompaniesView } from './CompaniesView';

const saab: CompanySummary = { orgNr: '556036-0793', name: 'Saab AB', sniCode: '30.300', lastContact: '2026-11-02', openNeeds: 2, openSignals: 1, openFollowUps: 3 };
const verkstad: CompanySummary = { orgNr: '556677-8899', name: 'Verkstaden i Oskarshamn AB', sniCode: '25.110', lastContact: null, openNeeds: 0, openSignals: 0, openFollowUps: 0 };

describe('CompaniesView', () => {
  it('searches by name, orgnr or SNI and pages with the token', async () => {
    const user = userEvent.setup();
    const { fetch, calls } = fakeFetch(
      get('/api/v1/companies', (c) =>
        c.query.get('continuationToken') ? json({ items: [verkstad], continuationToken: null }) : json({ items: [saab], continuationToken: 'n2' }),
      ),
    );
    renderView(<CompaniesView />, { fetch });
    expect(await screen.findByRole('link', { name: 'Saab AB' })).toHaveAttribute('href', '#/foretag/556036-0793');
    expect(calls[0].url).toBe('/api/v1/companies?pageSize=50');

    await user.type(screen.getByRole('searchbox', { name: /Sök företag/ }), '25.110');
    await user.click(screen.getByRole('button', { name: 'Sök' }));
    await screen.findByRole('link', { name: 'Saab AB' });
    expect(calls.at(-1)!.url).toBe('/api/v1/companies?q=25.110&pageSize=50');

    await user.click(await screen.findByRole('button', { name: 'Visa fler' }));
    const row = await screen.findByTestId('company-row-556677-8899');
    expect(within(row).getByText('Ingen kontakt')).toBeInTheDocument();
    expect(calls.at(-1)!.url).toBe('/api/v1/companies?q=25.110&pageSize=50&continuationToken=n2');
  });
});
