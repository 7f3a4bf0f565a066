import { screen, waitFor } from '@testing-library/react';
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { TeamsSession } from '../auth/teams';
import { manager, officer, officers, categories } from '../test/fixtures';
import { fakeFetch, get, json, post, type Handler } from '../test/http';
import { App } from './App';

const notInTeams = () => Promise.resolve(null);

const devUsers = [
  { userId: 'u-anna', name: 'Anna Handläggare', municipalityCode: '0882', municipalityName: 'Oskarshamn', roles: ['officer'] },
  { userId: 'u-chef', name: 'Karin Chef', municipalityCode: '0882', municipalityName: 'Oskarshamn', roles: ['officer', 'manager'] },
];

function api(meFor: (token: string | null) => unknown): Handler[] {
  return [
    get('/api/v1/me', (c) => json(meFor(c.headers.get('Authorization')))),
    get('/api/v1/categories', () => json(categories)),
    get('/api/v1/officers', () => json(officers)),
    get('/api/v1/followups', () => json({ items: [], continuationToken: null })),
  ];
}

describe('App sign-in', () => {
  it('says "Öppna appen i Microsoft Teams" outside Teams when the dev sign-in is off', async () => {
    const { fetch } = fakeFetch(get('/api/v1/dev/status', () => json({ enabled: false })));
    render(<App detect={notInTeams} fetchImpl={fetch} />);
    expect(await screen.findByRole('heading', { name: 'Öppna appen i Microsoft Teams' })).toBeInTheDocument();
  });

  it('follows an English browser outside Teams', async () => {
    Object.defineProperty(window.navigator, 'language', { value: 'en-GB', configurable: true });
    try {
      const { fetch } = fakeFetch(get('/api/v1/dev/status', () => json({ enabled: false })));
      render(<App detect={notInTeams} fetchImpl={fetch} />);
      expect(await screen.findByRole('heading', { name: 'Open the app in Microsoft Teams' })).toBeInTheDocument();
      expect(document.documentElement.lang).toBe('en');
    } finally {
      Object.defineProperty(window.navigator, 'language', { value: 'sv-SE', configurable: true });
    }
  });

  it('treats a missing dev endpoint as off', async () => {
    const { fetch } = fakeFetch();
    render(<App detect={notInTeams} fetchImpl={fetch} />);
    expect(await screen.findByTestId('open-in-teams')).toBeInTheDocument();
  });

  it('signs in a demo user with Utvecklarinloggning and keeps the token in sessionStorage', async () => {
    const user = userEvent.setup();
    const { fetch, calls } = fakeFetch(
      get('/api/v1/dev/status', () => json({ enabled: true, users: devUsers })),
      post('/api/v1/dev/token', (c) =>
        json({ accessToken: `dev-${(c.body as { userId: string }).userId}`, expiresAt: new Date(Date.now() + 3600_000).toISOString() }),
      ),
      ...api(() => officer),
    );
    render(<App detect={notInTeams} fetchImpl={fetch} />);
    expect(await screen.findByRole('heading', { name: 'Utvecklarinloggning' })).toBeInTheDocument();
    await user.selectOptions(screen.getByRole('combobox', { name: /Demoanvändare/ }), 'u-anna');
    await user.click(screen.getByRole('button', { name: 'Logga in' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Mina uppföljningar' })).toBeInTheDocument();
    expect(calls.find((c) => c.path === '/api/v1/dev/token')!.body).toEqual({ userId: 'u-anna' });
    expect(calls.find((c) => c.path === '/api/v1/me')!.headers.get('Authorization')).toBe('Bearer dev-u-anna');
    expect((JSON.parse(sessionStorage.getItem('naringslivcrm.devToken')!) as { accessToken: string }).accessToken).toBe('dev-u-anna');
    // officers do not see the manager views
    expect(screen.getByRole('tab', { name: 'Mina uppföljningar' })).toBeInTheDocument();
    expect(screen.getByRole('tab', { name: 'Företag' })).toBeInTheDocument();
    expect(screen.queryByRole('tab', { name: 'Uppföljningar' })).not.toBeInTheDocument();
    expect(screen.queryByRole('tab', { name: 'Servicenivå' })).not.toBeInTheDocument();
    expect(screen.getByRole('navigation', { name: 'Vyer' })).toBeInTheDocument();
    expect(screen.getByRole('main')).toBeInTheDocument();
  });

  it('reuses a stored dev token and shows manager views to a manager', async () => {
    const user = userEvent.setup();
    sessionStorage.setItem(
      'naringslivcrm.devToken',
      JSON.stringify({ accessToken: 'dev-u-chef', userId: 'u-chef', expiresAt: new Date(Date.now() + 3600_000).toISOString() }),
    );
    const { fetch } = fakeFetch(
      ...api(() => manager),
      get('/api/v1/service-level', () => json({ targetDays: 5, months: [], openByAge: [] })),
    );
    render(<App detect={notInTeams} fetchImpl={fetch} />);
    await user.click(await screen.findByRole('tab', { name: 'Servicenivå' }));
    await waitFor(() => expect(window.location.hash).toBe('#/serviceniva'));
    expect(await screen.findByRole('heading', { level: 1, name: 'Servicenivå' })).toBeInTheDocument();
    await user.click(screen.getByRole('tab', { name: 'Uppföljningar' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Uppföljningar' })).toBeInTheDocument();
  });

  it('uses the Teams token, locale and theme inside Teams', async () => {
    let themeHandler: ((t: 'default' | 'dark' | 'contrast') => void) | undefined;
    const session: TeamsSession = {
      theme: 'dark',
      locale: 'en-US',
      userName: 'Karin',
      subPageId: null,
      getToken: () => Promise.resolve('teams-sso-token'),
      onThemeChange: (h) => {
        themeHandler = h;
      },
    };
    const { fetch, calls } = fakeFetch(...api(() => manager));
    render(<App detect={() => Promise.resolve(session)} fetchImpl={fetch} />);
    expect(await screen.findByRole('heading', { level: 1, name: 'My follow-ups' })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('en');
    expect(calls.find((c) => c.path === '/api/v1/me')!.headers.get('Authorization')).toBe('Bearer teams-sso-token');
    expect(calls.some((c) => c.path.startsWith('/api/v1/dev'))).toBe(false);
    expect(themeHandler).toBeTypeOf('function');
  });

  it('opens the follow-up a deep link names (page.subPageId) in My follow-ups', async () => {
    window.location.hash = '';
    const id = '0123456789abcdef0123456789abcdef';
    const session: TeamsSession = {
      theme: 'default',
      locale: 'sv-SE',
      userName: 'Anna',
      subPageId: id,
      getToken: () => Promise.resolve('teams-sso-token'),
      onThemeChange: () => {},
    };
    const { fetch } = fakeFetch(...api(() => manager));
    render(<App detect={() => Promise.resolve(session)} fetchImpl={fetch} />);
    await waitFor(() => expect(window.location.hash).toBe(`#/mina-uppfoljningar/${id}`));
    expect(await screen.findByRole('heading', { level: 1, name: 'Mina uppföljningar' })).toBeInTheDocument();
  });

  it('hides manager views behind a notice for officers who type the URL', async () => {
    window.location.hash = '#/uppfoljningar';
    sessionStorage.setItem(
      'naringslivcrm.devToken',
      JSON.stringify({ accessToken: 'dev-u-anna', userId: 'u-anna', expiresAt: new Date(Date.now() + 3600_000).toISOString() }),
    );
    const { fetch, calls } = fakeFetch(...api(() => officer));
    render(<App detect={notInTeams} fetchImpl={fetch} />);
    expect(await screen.findByRole('heading', { level: 1, name: 'Den här vyn är bara för chefer.' })).toBeInTheDocument();
    expect(calls.some((c) => c.path === '/api/v1/followups')).toBe(false);
  });
});
