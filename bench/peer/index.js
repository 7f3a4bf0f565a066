// The peer of NaringslivCrm's bot for the side-by-side benchmark: the official Bot Framework SDK for JavaScript
// (botbuilder 4.23.3, CloudAdapter) doing the same work for a logged contact — parse the org number and the needs from
// the message, store one entity with @azure/data-tables in the same Azurite, reply — against the same fake Connector.
// Anonymous like our host in the benchmark (no app id: the SDK skips inbound auth and sends replies without a token).
// Node's own http server with the small request/response surface CloudAdapter.process expects.
'use strict';
const http = require('node:http');
const crypto = require('node:crypto');
const { CloudAdapter, ConfigurationBotFrameworkAuthentication, ActivityHandler } = require('botbuilder');
const { TableClient } = require('@azure/data-tables');

const port = Number(process.env.PORT ?? 3979);
const table = TableClient.fromConnectionString(process.env.TABLES_CONNECTION_STRING, process.env.TABLE_NAME ?? 'PeerContacts', {
  allowInsecureConnection: true,
});

const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication({}));
adapter.onTurnError = async (context, error) => {
  console.error(`peer: turn failed: ${error.message}`);
  await context.sendActivity('Något gick fel. Försök igen om en stund.');
};

const ORGNR = /(\d{6})-?(\d{4})/;
const NEEDS = [['svetsare', 'kompetensforsorjning'], ['mw', 'energi'], ['mark', 'mark-och-lokaler']];

class PeerBot extends ActivityHandler {
  constructor() {
    super();
    this.onMessage(async (context, next) => {
      const text = (context.activity.text ?? '').trim();
      const org = ORGNR.exec(text);
      const lower = text.toLowerCase();
      const needs = NEEDS.filter(([word]) => lower.includes(word)).map(([, category]) => category);
      const tenant = context.activity.conversation?.tenantId ?? 'unknown';
      await table.createEntity({
        partitionKey: tenant,
        rowKey: crypto.randomUUID(),
        orgNr: org ? `${org[1]}-${org[2]}` : '',
        needs: needs.join(','),
        text,
        recordedBy: context.activity.from?.aadObjectId ?? '',
      });
      await context.sendActivity(`Sparat: ${org ? `${org[1]}-${org[2]}` : 'okänt företag'}, behov: ${needs.join(', ') || 'inga'}.`);
      await next();
    });
  }
}
const bot = new PeerBot();

function shim(req, res, body) {
  req.body = body;
  let status = 200;
  return {
    status(code) { status = code; return this; },
    header(name, value) { res.setHeader(name, value); return this; },
    send(payload) {
      res.statusCode = status;
      if (payload !== undefined && payload !== null) {
        res.setHeader('Content-Type', 'application/json');
        res.end(typeof payload === 'string' ? payload : JSON.stringify(payload));
      } else {
        res.end();
      }
      return this;
    },
    end() { res.statusCode = status; res.end(); return this; },
    get headersSent() { return res.headersSent; },
    set statusCode(code) { status = code; },
    get statusCode() { return status; },
  };
}

const server = http.createServer((req, res) => {
  if (req.method === 'GET' && req.url === '/healthz') { res.end('ok'); return; }
  if (req.method !== 'POST' || req.url !== '/api/messages') { res.statusCode = 404; res.end(); return; }
  const chunks = [];
  req.on('data', (c) => chunks.push(c));
  req.on('end', async () => {
    let body;
    try { body = JSON.parse(Buffer.concat(chunks).toString('utf8')); } catch { res.statusCode = 400; res.end(); return; }
    try {
      await adapter.process(req, shim(req, res, body), (context) => bot.run(context));
    } catch (e) {
      if (!res.headersSent) { res.statusCode = 500; res.end(); }
      console.error(`peer: ${e.message}`);
    }
  });
});

table.createTable().catch(() => {}).then(() => server.listen(port, '127.0.0.1', () => console.log(`peer listening on ${port}`)));
