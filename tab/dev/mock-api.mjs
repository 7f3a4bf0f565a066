// Local preview only: serves dist/ at /tab/ and a small in-memory fake of /api/v1 on 127.0.0.1.
// Usage: npm run build && node dev/mock-api.mjs [port]   then open http://127.0.0.1:5173/tab/
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';

const port = Number(process.argv[2] ?? 5173);
const dist = fileURLToPath(new URL('../dist/', import.meta.url));
const users = [
  { userId: 'u-anna', name: 'Anna Lind', municipalityCode: '0882', municipalityName: 'Oskarshamn', roles: ['officer'] },
  { userId: 'u-karin', name: 'Karin Berg', municipalityCode: '0882', municipalityName: 'Oskarshamn', roles: ['officer', 'manager'] },
  { userId: 'u-erik', name: 'Erik Nord', municipalityCode: '0882', municipalityName: 'Oskarshamn', roles: ['officer'] },
];
const categories = [
  { id: 'kompetens', sv: 'Kompetensförsörjning', en: 'Skills supply' },
  { id: 'mark', sv: 'Mark och lokaler', en: 'Land and premises' },
  { id: 'energi', sv: 'Energi', en: 'Energy' },
];
const companies = [
  { orgNr: '556036-0793', name: 'Saab AB', sniCode: '30.300', lastContact: '2026-11-02', openNeeds: 2, openSignals: 1, openFollowUps: 2 },
  { orgNr: '556677-8899', name: 'Verkstaden i Oskarshamn AB', sniCode: '25.110', lastContact: null, openNeeds: 0, openSignals: 0, openFollowUps: 1 },
];
let version = 1;
const followUps = [
  ['Återkoppla om markförfrågan', 0, 'u-anna', '2026-11-18', 'open', ['mark'], true],
  ['Ringa om svetsarutbildning', 1, 'u-anna', '2026-11-20', 'inProgress', ['kompetens'], true],
  ['Skicka underlag om elnätskapacitet', 0, 'u-erik', '2026-11-27', 'open', ['energi'], false],
  ['Boka uppföljande besök', 1, 'u-anna', '2026-12-03', 'open', [], false],
].map(([title, c, owner, dueDate, status, cats, overdue], i) => ({
  id: `f${i + 1}`, title, companyOrgNr: companies[c].orgNr, companyName: companies[c].name, ownerId: owner,
  ownerName: users.find((u) => u.userId === owner).name, dueDate, status, categories: cats,
  createdAt: '2026-11-01T08:00:00Z', closedAt: null, feedbackNote: null, overdue, etag: `W/"${version++}"`,
}));

const send = (res, status, body, type = 'application/json') => {
  res.writeHead(status, { 'Content-Type': type });
  res.end(typeof body === 'string' || Buffer.isBuffer(body) ? body : JSON.stringify(body));
};
const problem = (res, status, detail) => send(res, status, { title: 'Fel', status, detail }, 'application/problem+json');
const body = (req) => new Promise((r) => { let s = ''; req.on('data', (d) => (s += d)); req.on('end', () => r(s ? JSON.parse(s) : {})); });
const tokenUser = (req) => users.find((u) => req.headers.authorization === `Bearer dev-${u.userId}`);

async function api(req, res, url) {
  const path = url.pathname.replace('/api/v1', '');
  if (path === '/dev/status') return send(res, 200, { enabled: true, users });
  if (path === '/dev/token') {
    const { userId } = await body(req);
    return send(res, 200, { accessToken: `dev-${userId}`, expiresAt: new Date(Date.now() + 3600e3).toISOString() });
  }
  const me = tokenUser(req);
  if (!me) return problem(res, 401, 'Du är inte inloggad.');
  const q = url.searchParams;
  if (path === '/me') return send(res, 200, { userId: me.userId, name: me.name, municipality: { code: '0882', name: 'Oskarshamn' }, roles: me.roles, locale: 'sv-SE' });
  if (path === '/officers') return send(res, 200, users.map(({ userId, name }) => ({ userId, name })));
  if (path === '/categories') return send(res, 200, categories);
  if (path === '/followups' || path === '/followups/export') {
    const owner = q.get('owner') === 'me' ? me.userId : q.get('owner');
    const status = q.get('status') ?? 'all';
    const items = followUps.filter((f) =>
      (!owner || f.ownerId === owner) &&
      (status === 'all' || (status === 'active' ? f.status !== 'done' : f.status === status)) &&
      (q.get('due') !== 'overdue' || f.overdue) &&
      (!q.get('category') || f.categories.includes(q.get('category'))) &&
      (!q.get('company') || f.companyOrgNr === q.get('company')));
    if (path.endsWith('export')) return send(res, 200, '\uFEFFRubrik;Företag\n' + items.map((f) => `${f.title};${f.companyName}`).join('\n'), 'text/csv; charset=utf-8');
    return send(res, 200, { items, continuationToken: null });
  }
  const m = path.match(/^\/followups\/([^/]+)\/(close|postpone|reassign)$/);
  if (m) {
    const f = followUps.find((x) => x.id === m[1]);
    if (!f) return problem(res, 404, 'Uppföljningen finns inte.');
    if (req.headers['if-match'] !== f.etag) return send(res, 412, { title: 'Ändrad', status: 412, detail: 'Någon annan har ändrat uppföljningen.', current: f }, 'application/problem+json');
    const b = await body(req);
    if (m[2] === 'close') { if (!b.note) return problem(res, 400, 'Återkoppling saknas.'); Object.assign(f, { status: 'done', feedbackNote: b.note, closedAt: new Date().toISOString(), overdue: false }); }
    if (m[2] === 'postpone') { const d = new Date(f.dueDate); d.setDate(d.getDate() + b.workingDays); Object.assign(f, { dueDate: d.toISOString().slice(0, 10) }); }
    if (m[2] === 'reassign') Object.assign(f, { ownerId: b.ownerId, ownerName: users.find((u) => u.userId === b.ownerId)?.name ?? b.ownerId });
    f.etag = `W/"${version++}"`;
    return send(res, 200, f);
  }
  if (path === '/followups/reassign') {
    const b = await body(req);
    const updated = []; const conflicts = [];
    for (const { id, etag } of b.items) {
      const f = followUps.find((x) => x.id === id);
      if (f.etag !== etag) { conflicts.push({ id, current: f }); continue; }
      Object.assign(f, { ownerId: b.ownerId, ownerName: users.find((u) => u.userId === b.ownerId)?.name, etag: `W/"${version++}"` });
      updated.push(f);
    }
    return send(res, 200, { updated, conflicts });
  }
  if (path === '/reminders/delivery-problems') return send(res, 200, { items: [{ officerId: 'u-nora', officerName: 'Nora Ny', problem: 'notInstalled', since: '2026-11-20T09:00:00Z', lastSeenAt: '2026-11-24T09:00:00Z' }] });
  if (path === '/service-level') return send(res, 200, {
    targetDays: 5,
    months: ['2026-10', '2026-11'].flatMap((month, i) => users.map((u, j) => ({ month, officerId: u.userId, officerName: u.name, closed: 5 + i + j * 3, medianDays: 2 + j + i, p90Days: 6 + j * 2 + i, withinTargetShare: 0.9 - j * 0.15 }))),
    openByAge: [{ bucket: '0-7', count: 14 }, { bucket: '8-14', count: 6 }, { bucket: '15-30', count: 3 }, { bucket: '31+', count: 1 }],
  });
  if (path === '/companies' || path === '/companies/export') {
    const term = (q.get('q') ?? '').toLowerCase();
    const items = companies.filter((c) => !term || `${c.name} ${c.orgNr} ${c.sniCode}`.toLowerCase().includes(term));
    if (path.endsWith('export')) return send(res, 200, '\uFEFFNamn;Organisationsnummer\n' + items.map((c) => `${c.name};${c.orgNr}`).join('\n'), 'text/csv; charset=utf-8');
    return send(res, 200, { items, continuationToken: null });
  }
  const c = path.match(/^\/companies\/([^/]+)$/);
  if (c) {
    const co = companies.find((x) => x.orgNr === decodeURIComponent(c[1]));
    if (!co) return problem(res, 404, 'Företaget finns inte.');
    return send(res, 200, {
      company: { orgNr: co.orgNr, name: co.name, sniCode: co.sniCode, address: 'Industrigatan 1, 572 00 Oskarshamn', employeesBand: '500–999', responsibleOfficerName: 'Anna Lind', keyAccount: true },
      timeline: [
        { kind: 'followUp', date: '2026-11-18', title: 'Återkoppla om markförfrågan', detail: null, status: 'Öppen', confidential: false },
        { kind: 'signal', date: '2026-11-02', title: 'Planerar 40 nyanställningar', detail: 'Svetsare och CNC-operatörer under 2027.', status: null, confidential: true },
        { kind: 'need', date: '2026-11-02', title: 'Mark för ny lagerbyggnad', detail: 'Cirka 2 hektar nära hamnen.', status: 'Öppet', confidential: false },
        { kind: 'interaction', date: '2026-11-02', title: 'Företagsbesök', detail: 'Träffade vd och HR-chef.', status: null, confidential: false },
      ],
    });
  }
  return problem(res, 404, 'Finns inte.');
}

const types = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.map': 'application/json', '.svg': 'image/svg+xml' };
createServer(async (req, res) => {
  const url = new URL(req.url, `http://${req.headers.host}`);
  if (url.pathname.startsWith('/api/v1/')) return api(req, res, url);
  if (!url.pathname.startsWith('/tab/')) { res.writeHead(302, { Location: '/tab/' }); return res.end(); }
  const rel = normalize(url.pathname.slice('/tab/'.length) || 'index.html').replace(/^(\.\.[/\\])+/, '');
  try {
    send(res, 200, await readFile(join(dist, rel)), types[extname(rel)] ?? 'application/octet-stream');
  } catch {
    send(res, 200, await readFile(join(dist, 'index.html')), 'text/html');
  }
}).listen(port, '127.0.0.1', () => console.log(`http://127.0.0.1:${port}/tab/`));
