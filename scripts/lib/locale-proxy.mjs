// The Agents Playground 0.2.28 always sends locale "en-US" (activity.locale and the clientInfo entity) and has no
// setting for it. This small reverse proxy sits between the Playground and the bot and rewrites those fields, so
// tests and the local run (scripts/run-local.sh) act as a Teams client in Swedish (sv-SE). Everything else passes through unchanged, including invoke
// responses.
import http from 'node:http';
import { freePort } from './proc.mjs';

/** Rewrites the client locale in one activity (in place). */
export function rewriteLocale(activity, locale) {
  if (!activity || typeof activity !== 'object') return activity;
  if ('locale' in activity || activity.type) activity.locale = locale;
  for (const e of Array.isArray(activity.entities) ? activity.entities : []) {
    if (e && e.type === 'clientInfo') e.locale = locale;
  }
  return activity;
}

/** Starts the proxy in front of target (e.g. http://127.0.0.1:5000). Returns { port, url, stop() }. */
export async function startLocaleProxy({ target, locale, port }) {
  port ??= await freePort();
  const targetUrl = new URL(target);
  const server = http.createServer(async (req, res) => {
    const chunks = [];
    for await (const c of req) chunks.push(c);
    let body = Buffer.concat(chunks);
    if (req.method === 'POST' && body.length && /json/i.test(req.headers['content-type'] ?? '')) {
      try { body = Buffer.from(JSON.stringify(rewriteLocale(JSON.parse(body.toString('utf8')), locale))); } catch { /* pass through */ }
    }
    const headers = { ...req.headers, host: targetUrl.host, 'content-length': String(body.length) };
    const fwd = http.request({ hostname: targetUrl.hostname, port: targetUrl.port, path: req.url, method: req.method, headers, timeout: 60_000 }, (up) => {
      res.writeHead(up.statusCode ?? 502, up.headers);
      up.pipe(res);
    });
    fwd.on('timeout', () => fwd.destroy(new Error('upstream timeout')));
    fwd.on('error', (e) => {
      if (!res.headersSent) res.writeHead(502, { 'content-type': 'text/plain' });
      res.end(`locale proxy: ${e.message}`);
    });
    fwd.end(body);
  });
  server.keepAliveTimeout = 1000;
  await new Promise((resolve, reject) => { server.once('error', reject); server.listen(port, '127.0.0.1', resolve); });
  return {
    port,
    url: `http://127.0.0.1:${port}`,
    stop: () => new Promise((resolve) => { server.close(() => resolve()); server.closeAllConnections?.(); }),
  };
}
