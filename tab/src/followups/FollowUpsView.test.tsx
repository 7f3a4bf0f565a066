import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { isoDate } from '../api/download';
import { followUp } from '../test/fixtures';
import { fakeFetch, get, json, post } from '../test/http';
import { renderView } from '../test/render';
import { FollowUpsView } from './FollowUpsView';

const a = followUp({ id: 'a', title: 'Ringa om kompetensbehov', etag: 'W/"a1"' });
const b = followUp({ id: 'b', title: 'Skicka info om tomter', overdue: false, dueDate: '2026-12-01', etag: 'W/"b1"' });
const c = followUp({ id: 'c', title: 'Boka möte med vd', overdue: false, dueDate: '2026-12-05', etag: 'W/"c1"' });

describe('FollowUpsView', () => {
  it('builds the list query from the filters', async () => {
    const user = userEvent.setup();
    const { fetch, calls } = fakeFetch(get('/api/v1/followups', () => json({ items: [a], continuationToken: null })));
    renderView(<FollowUpsView />, { fetch });
    await screen.findByText(a.title);
    expect(calls.at(-1)!.url).toBe('/api/v1/followups?status=active&pageSize=50');

    await user.selectOptions(screen.getByRole('combobox', { name: 'Förfallodatum' }), 'overdue');
    await waitFor(() => expect(calls.at(-1)!.url).toBe('/api/v1/followups?status=active&due=overdue&pageSize=50'));

    await user.selectOptions(screen.getByRole('combobox', { name: 'Handläggare' }), 'u-erik');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Status' }), 'open');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Kategori' }), 'mark');
    await user.type(screen.getByRole('textbox', { name: 'Företag (namn eller organisationsnummer)' }), '556036-0793');
    await user.click(screen.getByRole('button', { name: 'Visa företaget' }));
    await waitFor(() =>
      expect(calls.at(-1)!.url).toBe(
        '/api/v1/followups?owner=u-erik&status=open&due=overdue&category=mark&company=556036-0793&pageSize=50',
      ),
    );
  });

  it('filters on a company by its name, and says in Swedish when no or several companies match', async () => {
    const user = userEvent.setup();
    const saab = { orgNr: '556036-0793', name: 'Saab AB', sniCode: null, lastContact: null, openNeeds: 0, openSignals: 0, openFollowUps: 1 };
    const { fetch, calls } = fakeFetch(
      get('/api/v1/followups', () => json({ items: [], continuationToken: null })),
      get('/api/v1/companies', (c) =>
        json({ items: c.query.get('q') === 'saab' ? [saab] : c.query.get('q') === 'ab' ? [saab, { ...saab, orgNr: '556000-0001', name: 'Vikbo AB' }] : [], continuationToken: null }),
      ),
    );
    renderView(<FollowUpsView />, { fetch });
    const field = screen.getByRole('textbox', { name: 'Företag (namn eller organisationsnummer)' });
    await user.type(field, 'saab');
    await user.click(screen.getByRole('button', { name: 'Visa företaget' }));
    await waitFor(() => expect(calls.at(-1)!.url).toBe('/api/v1/followups?status=active&company=556036-0793&pageSize=50'));
    expect(field).toHaveValue('556036-0793');

    await user.clear(field);
    await user.type(field, 'Nordverk');
    await user.click(screen.getByRole('button', { name: 'Visa företaget' }));
    expect(await screen.findByText('Inget företag i kommunens register heter ”Nordverk”. Skriv en annan del av namnet eller organisationsnumret.')).toBeInTheDocument();
    await user.clear(field);
    await user.type(field, 'ab');
    await user.click(screen.getByRole('button', { name: 'Visa företaget' }));
    expect(await screen.findByText(/2 företag matchar \(Saab AB, Vikbo AB …\)/)).toBeInTheDocument();
    expect(document.body.textContent).not.toMatch(/Ogiltigt filter|company\./);
  });

  it('marks overdue rows with an icon and the word Försenad, not colour alone', async () => {
    const { fetch } = fakeFetch(get('/api/v1/followups', () => json({ items: [a, b], continuationToken: null })));
    renderView(<FollowUpsView />, { fetch });
    const row = await screen.findByTestId('followup-row-a');
    expect(within(row).getByText('Försenad')).toBeInTheDocument();
    expect(row).toHaveAttribute('data-overdue', 'true');
    expect(within(screen.getByTestId('followup-row-b')).queryByText('Försenad')).not.toBeInTheDocument();
  });

  it('pages with the continuationToken on "Visa fler"', async () => {
    const user = userEvent.setup();
    const { fetch, calls } = fakeFetch(
      get('/api/v1/followups', (call) =>
        call.query.get('continuationToken') === 'page-2'
          ? json({ items: [c], continuationToken: null })
          : json({ items: [a, b], continuationToken: 'page-2' }),
      ),
    );
    renderView(<FollowUpsView />, { fetch });
    await screen.findByText(b.title);
    await user.click(screen.getByRole('button', { name: 'Visa fler' }));
    expect(await screen.findByText(c.title)).toBeInTheDocument();
    expect(screen.getByText(a.title)).toBeInTheDocument();
    expect(calls.at(-1)!.url).toBe('/api/v1/followups?status=active&pageSize=50&continuationToken=page-2');
    expect(screen.queryByRole('button', { name: 'Visa fler' })).not.toBeInTheDocument();
    expect(screen.getByText('Visar 3 rader.')).toBeInTheDocument();
  });

  it('reassigns the selected rows and reports conflicts', async () => {
    const user = userEvent.setup();
    const bNow = { ...b, ownerId: 'u-chef', ownerName: 'Karin Chef', etag: 'W/"b2"' };
    const aNow = { ...a, ownerId: 'u-erik', ownerName: 'Erik Utvecklare', etag: 'W/"a2"' };
    let rows = [a, b, c];
    const { fetch, calls } = fakeFetch(
      get('/api/v1/followups', () => json({ items: rows, continuationToken: null })),
      post('/api/v1/followups/reassign', () => {
        rows = [aNow, bNow, c];
        // as the host answers: the changed follow-up without its company name and categories
        return json({ updated: [{ ...aNow, companyName: '', categories: [] }], conflicts: [{ id: 'b', current: bNow }], refused: [] });
      }),
    );
    renderView(<FollowUpsView />, { fetch });
    await screen.findByText(a.title);
    expect(screen.getByRole('button', { name: 'Tilldela markerade' })).toBeDisabled();
    await user.click(screen.getByRole('checkbox', { name: `Markera ${a.title}` }));
    await user.click(screen.getByRole('checkbox', { name: `Markera ${b.title}` }));
    expect(screen.getByText('2 markerade')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Tilldela markerade' }));
    const dialog = await screen.findByRole('dialog');
    await user.selectOptions(within(dialog).getByRole('combobox', { name: /Ny ansvarig/ }), 'u-erik');
    await user.click(within(dialog).getByRole('button', { name: 'Tilldela' }));

    const status = await screen.findByText(/1 uppföljningar har tilldelats Erik Utvecklare\./);
    expect(status).toHaveTextContent('1 kunde inte tilldelas eftersom någon annan har ändrat dem.');
    expect(calls.find((x) => x.method === 'POST')!.body).toEqual({
      items: [
        { id: 'a', etag: 'W/"a1"' },
        { id: 'b', etag: 'W/"b1"' },
      ],
      ownerId: 'u-erik',
    });
    expect(within(screen.getByTestId('followup-row-a')).getByText('Erik Utvecklare')).toBeInTheDocument();
    expect(within(screen.getByTestId('followup-row-a')).getByText(a.companyName)).toBeInTheDocument();
    expect(within(screen.getByTestId('followup-row-b')).getByText('Karin Chef')).toBeInTheDocument();
    expect(screen.getByText('0 markerade')).toBeInTheDocument();
  });

  describe('CSV export', () => {
    let clicked: HTMLAnchorElement[];
    beforeEach(() => {
      clicked = [];
      Object.defineProperty(URL, 'createObjectURL', { value: vi.fn(() => 'blob:test'), configurable: true, writable: true });
      Object.defineProperty(URL, 'revokeObjectURL', { value: vi.fn(), configurable: true, writable: true });
      vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
        clicked.push(this);
      });
    });
    afterEach(() => vi.restoreAllMocks());

    it('downloads the export URL with the current filters and the bearer token', async () => {
      const user = userEvent.setup();
      const { fetch, calls } = fakeFetch(
        get('/api/v1/followups', () => json({ items: [a], continuationToken: null })),
        get('/api/v1/followups/export', () => new Response('\uFEFFRubrik;Företag\n', { headers: { 'Content-Type': 'text/csv' } })),
      );
      renderView(<FollowUpsView />, { fetch });
      await screen.findByText(a.title);
      await user.selectOptions(screen.getByRole('combobox', { name: 'Förfallodatum' }), 'overdue');
      await user.click(screen.getByRole('button', { name: 'Exportera CSV' }));
      const file = `uppfoljningar-${isoDate()}.csv`;
      expect(await screen.findByText(`Filen ${file} har laddats ner.`)).toBeInTheDocument();
      const exportCall = calls.find((x) => x.path === '/api/v1/followups/export')!;
      expect(exportCall.url).toBe('/api/v1/followups/export?status=active&due=overdue');
      expect(exportCall.headers.get('Authorization')).toBe('Bearer test-token');
      expect(exportCall.headers.get('Accept')).toBe('text/csv');
      expect(clicked).toHaveLength(1);
      expect(clicked[0].download).toBe(file);
      expect(URL.createObjectURL).toHaveBeenCalledTimes(1);
    });
  });
});
