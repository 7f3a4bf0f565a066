// Adaptive Card validator for the cards the bot sends to Teams.
//   node tests/e2e/lib/cards.mjs <dir>   validates every *.json in dir (recursively); exit 1 with reasons on failure.
// A file may hold a bare card, an attachment {contentType: "application/vnd.microsoft.card.adaptive", content}, or an
// invoke response {statusCode, type: "application/vnd.microsoft.card.adaptive", value}.
// Checks: the npm adaptivecards 3.0.6 parser (schema 1.5: unknown element/action types, bad enum values, ...) plus
// card.validateProperties() (duplicate ids, inputs without id, ...), and what the parser misses: type AdaptiveCard,
// version present and <= 1.5, every Image has a url (https or data:), every Action.Execute has a verb,
// serialized size < 28 KB.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
// The package's lib/ entry does not load under node; the UMD bundle does.
const AC = require('adaptivecards/dist/adaptivecards.js');

export const MAX_VERSION = { major: 1, minor: 5 };
export const MAX_CARD_BYTES = 28 * 1024;
export const CARD_CONTENT_TYPE = 'application/vnd.microsoft.card.adaptive';

// Validation events that are advice, not errors.
const WARNING_EVENTS = new Set([AC.ValidationEvent.Hint, AC.ValidationEvent.Deprecated]);

function describeSource(source) {
  if (!source) return '';
  try {
    const type = source.getJsonTypeName?.() ?? '';
    const id = source.id ? `#${source.id}` : '';
    const title = !id && source.title ? `"${source.title}"` : '';
    return `${type}${id}${title}`;
  } catch { return ''; }
}

/** Unwraps an attachment or invoke response to the card JSON. Returns { card } or { error }. */
export function unwrapCard(json) {
  if (json && typeof json === 'object') {
    if (json.contentType === CARD_CONTENT_TYPE && json.content) return { card: json.content };
    if (json.type === CARD_CONTENT_TYPE && json.value) return { card: json.value };
    if (json.contentType && json.contentType !== CARD_CONTENT_TYPE) return { error: `attachment contentType ${json.contentType} is not ${CARD_CONTENT_TYPE}` };
  }
  return { card: json };
}

function parseVersion(v) {
  const m = typeof v === 'string' ? v.match(/^(\d+)\.(\d+)$/) : null;
  return m ? { major: Number(m[1]), minor: Number(m[2]) } : null;
}

/** Walks every object in the JSON tree, calling visit(obj, jsonPath). */
function walk(node, visit, p = '$') {
  if (Array.isArray(node)) node.forEach((item, i) => walk(item, visit, `${p}[${i}]`));
  else if (node && typeof node === 'object') {
    visit(node, p);
    for (const [k, v] of Object.entries(node)) walk(v, visit, `${p}.${k}`);
  }
}

/** Validates one card (bare, attachment or invoke response). Returns { errors: string[], warnings: string[], bytes }. */
export function validateCard(input) {
  const errors = [];
  const warnings = [];
  const { card, error } = unwrapCard(input);
  if (error) return { errors: [error], warnings, bytes: 0 };
  if (!card || typeof card !== 'object' || Array.isArray(card)) return { errors: ['not a JSON object'], warnings, bytes: 0 };

  const bytes = Buffer.byteLength(JSON.stringify(card), 'utf8');
  if (bytes >= MAX_CARD_BYTES) errors.push(`card is ${bytes} bytes serialized; keep it under ${MAX_CARD_BYTES} (28 KB)`);

  if (card.type !== 'AdaptiveCard') errors.push(`type must be "AdaptiveCard", got ${JSON.stringify(card.type)}`);
  const version = parseVersion(card.version);
  if (!version) errors.push(`version must be a string like "1.5", got ${JSON.stringify(card.version)}`);
  else if (version.major > MAX_VERSION.major || (version.major === MAX_VERSION.major && version.minor > MAX_VERSION.minor)) {
    errors.push(`version ${card.version} is above 1.5, the highest Teams renders`);
  }

  walk(card, (obj, p) => {
    if (obj.type === 'Image') {
      if (typeof obj.url !== 'string' || obj.url.trim() === '') errors.push(`${p}: Image without url`);
      else if (!/^(https:\/\/|data:image\/)/i.test(obj.url)) errors.push(`${p}: Image url must be https (or a data: URI), got ${obj.url.slice(0, 80)}`);
    }
    if (obj.type === 'Action.Execute' && (typeof obj.verb !== 'string' || obj.verb.trim() === '')) {
      errors.push(`${p}: Action.Execute without verb`);
    }
  });

  // The official parser, at schema 1.5.
  const context = new AC.SerializationContext(AC.Versions.v1_5);
  const parsed = new AC.AdaptiveCard();
  try {
    parsed.parse(card, context);
  } catch (e) {
    errors.push(`adaptivecards parser threw: ${e.message}`);
    return { errors, warnings, bytes };
  }
  const events = [];
  for (let i = 0; i < context.eventCount; i++) events.push(context.getEventAt(i));
  try {
    events.push(...parsed.validateProperties().validationEvents);
  } catch (e) {
    errors.push(`adaptivecards validateProperties threw: ${e.message}`);
  }
  for (const ev of events) {
    const where = describeSource(ev.source);
    // Teams documents dynamic typeahead (Input.ChoiceSet "choices.data" with Data.Query) for the cards it renders,
    // which are at most 1.5 (msteams-docs task-modules-and-cards/cards/dynamic-search.md); the schema lists the
    // property from 1.6. Only this one Teams extension is let through, and only as an unsupported-in-version event.
    if (AC.ValidationEvent[ev.event] === 'UnsupportedProperty' && /"choices\.data"/.test(ev.message)) {
      warnings.push(`Teams extension choices.data${where ? ` at ${where}` : ''}`);
      continue;
    }
    const text = `${AC.ValidationEvent[ev.event] ?? ev.event}${where ? ` at ${where}` : ''}: ${ev.message}`;
    (WARNING_EVENTS.has(ev.event) ? warnings : errors).push(text);
  }
  return { errors: [...new Set(errors)], warnings: [...new Set(warnings)], bytes };
}

/** Validates a JSON file. Returns { file, errors, warnings, bytes }. */
export function validateCardFile(file) {
  let json;
  try { json = JSON.parse(fs.readFileSync(file, 'utf8').replace(/^\uFEFF/, '')); } catch (e) {
    return { file, errors: [`invalid JSON: ${e.message}`], warnings: [], bytes: 0 };
  }
  return { file, ...validateCard(json) };
}

/** Validates every *.json under dir (recursively, sorted). */
export function validateCardDirectory(dir) {
  const files = [];
  const collect = (d) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const full = path.join(d, e.name);
      if (e.isDirectory()) collect(full);
      else if (e.isFile() && e.name.toLowerCase().endsWith('.json')) files.push(full);
    }
  };
  collect(dir);
  return files.map(validateCardFile);
}

/** CLI entry: returns the exit code. */
export function main(argv, out = console) {
  const dir = argv[0];
  if (!dir || argv.includes('--help') || argv.includes('-h')) {
    out.error('usage: node tests/e2e/lib/cards.mjs <dir-with-card-json-files>');
    return 2;
  }
  if (!fs.existsSync(dir) || !fs.statSync(dir).isDirectory()) { out.error(`not a directory: ${dir}`); return 2; }
  const results = validateCardDirectory(dir);
  if (results.length === 0) { out.error(`no *.json cards in ${dir}`); return 1; }
  let failed = 0;
  for (const r of results) {
    const rel = path.relative(dir, r.file);
    if (r.errors.length) {
      failed++;
      out.log(`FAIL ${rel}`);
      for (const e of r.errors) out.log(`  - ${e}`);
    } else {
      out.log(`ok   ${rel} (${r.bytes} bytes)`);
    }
    for (const w of r.warnings) out.log(`  warning: ${w}`);
  }
  out.log(`${results.length - failed}/${results.length} cards valid`);
  return failed ? 1 : 0;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  process.exitCode = main(process.argv.slice(2));
}
