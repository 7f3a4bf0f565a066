import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { ServiceLevel } from '../api/contract';
import { fakeFetch, get, json } from '../test/http';
import { renderView } from '../test/render';
import { ServiceLevelView } from './ServiceLevelView';

const data: ServiceLevel = {
  targetDays: 5,
  months: [
    { month: '2026-10', officerId: 'u-anna', officerName: 'Anna Handläggare', closed: 12, medianDays: 3, p90Days: 8.5, withinTargetShare: 0.75 },
    { month: '2026-11', officerId: 'u-anna', officerName: 'Anna Handläggare', closed: 9, medianDays: 2, p90Days: 6, withinTargetShare: 0.89 },
    { month: '2026-11', officerId: 'u-erik', officerName: 'Erik Utvecklare', closed: 0, medianDays: null, p90Days: null, withinTargetShare: null },
  ],
  openByAge: [
    { bucket: '0-7', count: 14 },
    { bucket: '8-14', count: 5 },
    { bucket: '15-30', count: 2 },
    { bucket: '31+', count: 1 },
  ],
};

describe('ServiceLevelView', () => {
  it('shows charts with text alternatives and the same numbers in tables', async () => {
    const user = userEvent.setup();
    const { fetch, calls } = fakeFetch(get('/api/v1/service-level', () => json(data)));
    renderView(<ServiceLevelView />, { fetch });
    expect(await screen.findByText('Mål: återkoppling inom 5 dagar.')).toBeInTheDocument();
    expect(calls[0].query.get('from')).toMatch(/^\d{4}-01$/);
    expect(calls[0].query.get('to')).toMatch(/^\d{4}-\d{2}$/);

    expect(screen.getByRole('img', { name: /Dagar till återkoppling per handläggare, november 2026/ })).toBeInTheDocument();
    expect(screen.getByRole('img', { name: /Öppna uppföljningar efter ålder/ })).toBeInTheDocument();

    const table = screen.getByRole('table', { name: 'Servicenivå per handläggare och månad' });
    const anna = within(table).getAllByRole('row').find((r) => r.textContent?.includes('oktober 2026'))!;
    expect(anna).toHaveTextContent('12');
    // every median and 90th percentile with one decimal, whole or not (issue 20: "69,6" beside whole numbers)
    expect(anna).toHaveTextContent('3,0');
    expect(anna).toHaveTextContent('8,5');
    expect(anna).toHaveTextContent('75');
    expect(within(table).getAllByRole('columnheader').map((h) => h.getAttribute('scope'))).toEqual(Array(6).fill('col'));

    const age = screen.getByRole('table', { name: 'Öppna uppföljningar efter ålder i dagar' });
    expect(within(age).getByRole('rowheader', { name: '31+' })).toBeInTheDocument();

    await user.selectOptions(screen.getByRole('combobox', { name: 'Månad i diagrammen' }), '2026-10');
    expect(screen.getByRole('img', { name: /Dagar till återkoppling per handläggare, oktober 2026/ })).toBeInTheDocument();
  });

  it('names the months of the period in Swedish, not in the browser language', async () => {
    const { fetch } = fakeFetch(get('/api/v1/service-level', () => json(data)));
    renderView(<ServiceLevelView />, { fetch });
    await screen.findByText('Mål: återkoppling inom 5 dagar.');
    const from = screen.getByRole('combobox', { name: 'Från månad' });
    expect(within(from).getByRole('option', { name: 'januari 2026' })).toHaveValue('2026-01');
    expect(from.textContent).not.toMatch(/January/);
    expect(within(screen.getByRole('combobox', { name: 'Månad i diagrammen' })).getByRole('option', { name: 'november 2026' })).toBeInTheDocument();
  });

  it('prints no value where the target line crosses it', async () => {
    const { fetch } = fakeFetch(get('/api/v1/service-level', () => json(data)));
    renderView(<ServiceLevelView />, { fetch });
    const chart = await screen.findByTestId('sl-days-chart');
    const line = Number(chart.querySelector('[data-reference]')!.getAttribute('x1'));
    const rects = [...chart.querySelectorAll('rect')].map((r) => Number(r.getAttribute('x')) + Number(r.getAttribute('width')));
    const texts = [...chart.querySelectorAll('[data-value-text]')].map((t) => Number(t.getAttribute('x')));
    expect(texts.length).toBe(rects.length);
    // a value that starts left of the line (bar shorter than the target) would run across it; each starts after it
    texts.forEach((x, i) => expect(x > line || rects[i] > line).toBe(true));
  });

  it('asks for the chosen period', async () => {
    const user = userEvent.setup();
    const { fetch, calls } = fakeFetch(get('/api/v1/service-level', () => json(data)));
    renderView(<ServiceLevelView />, { fetch, locale: 'en' });
    await screen.findByText('Target: feedback within 5 days.');
    const from = screen.getByRole('combobox', { name: 'From month' });
    expect(within(from).getByRole('option', { name: 'March 2026' })).toBeInTheDocument();
    await user.selectOptions(from, '2026-03');
    await user.click(screen.getByRole('button', { name: 'Show' }));
    await screen.findByText('Target: feedback within 5 days.');
    expect(calls.at(-1)!.query.get('from')).toBe('2026-03');
  });
});
