#!/usr/bin/env node
// Builds the Teams app package for one installation:
//   node scripts/build-app-package.mjs [envName]      (envName defaults to "local")
// reads manifest/env/.env.<envName> (then .env.<envName>.user if present), substitutes every ${{NAME}}
// placeholder in manifest/manifest.json and manifest/en-us.json, validates the result against the official
// v1.24 schemas shipped in @microsoft/app-manifest (offline) and writes manifest/build/appPackage.<envName>.zip
// with manifest.json, en-us.json, color.png and outline.png at the root of the zip.
// A variable missing from the env files may come from the process environment; any still missing is an error.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import zlib from 'node:zlib';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const manifestDir = join(repoRoot, 'manifest');
export const PACKAGE_FILES = ['manifest.json', 'en-us.json', 'color.png', 'outline.png'];
const TEXT_FILES = new Set(['manifest.json', 'en-us.json']);
const PLACEHOLDER = /\$\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}/g;

/** Parses a dotenv-style file: NAME=value lines, # comments (also after an unquoted value), optional quotes. */
export function parseEnv(text) {
  const values = {};
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (!line || line.startsWith('#')) continue;
    const eq = line.indexOf('=');
    if (eq <= 0) throw new Error(`Cannot read env line: "${raw}" (expected NAME=value)`);
    const name = line.slice(0, eq).trim();
    let value = line.slice(eq + 1).trim();
    if (value.length >= 2 && (value[0] === '"' || value[0] === "'") && value.at(-1) === value[0]) {
      value = value.slice(1, -1);
    } else {
      value = value.replace(/\s+#.*$/, ''); // inline comment after an unquoted value
    }
    values[name] = value;
  }
  return values;
}

/** Values for an environment: manifest/env/.env.<name>, overlaid by .env.<name>.user when present. */
export function loadEnv(envName, dir = join(manifestDir, 'env')) {
  if (!/^[A-Za-z0-9_-]+$/.test(envName)) throw new Error(`Invalid environment name "${envName}"`);
  const file = join(dir, `.env.${envName}`);
  if (!existsSync(file)) {
    throw new Error(`No env file for environment "${envName}": create ${file} (see manifest/env/.env.local)`);
  }
  const values = parseEnv(readFileSync(file, 'utf8'));
  const userFile = `${file}.user`;
  if (existsSync(userFile)) Object.assign(values, parseEnv(readFileSync(userFile, 'utf8')));
  return values;
}

/** Names of all ${{NAME}} placeholders in a text, in order of first appearance. */
export function placeholdersIn(text) {
  return [...new Set([...text.matchAll(PLACEHOLDER)].map((m) => m[1]))];
}

/**
 * Replaces ${{NAME}} placeholders. Values are JSON-string-escaped because the texts are JSON.
 * Throws one error naming every missing variable.
 */
export function substitute(text, values, fileLabel = 'text') {
  const missing = placeholdersIn(text).filter((n) => values[n] === undefined || values[n] === '');
  if (missing.length > 0) {
    throw new Error(`Missing variable(s) for ${fileLabel}: ${missing.join(', ')}`);
  }
  return text.replace(PLACEHOLDER, (_, name) => JSON.stringify(String(values[name])).slice(1, -1));
}

// ---- zip writer (store + deflate), enough for a Teams app package ----

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

export function crc32(buf) {
  if (typeof zlib.crc32 === 'function') return zlib.crc32(buf) >>> 0;
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** Zip archive bytes for [{name, data}] entries. Fixed timestamps keep the output reproducible. */
export function createZip(entries) {
  const DOS_TIME = 0; // 00:00:00
  const DOS_DATE = (2026 - 1980) << 9 | 1 << 5 | 1; // 2026-01-01
  const locals = [];
  const centrals = [];
  let offset = 0;
  for (const { name, data } of entries) {
    const nameBuf = Buffer.from(name, 'utf8');
    const deflated = zlib.deflateRawSync(data, { level: 9 });
    const useDeflate = deflated.length < data.length;
    const body = useDeflate ? deflated : data;
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4); // version needed
    local.writeUInt16LE(0x0800, 6); // flags: UTF-8 names
    local.writeUInt16LE(useDeflate ? 8 : 0, 8);
    local.writeUInt16LE(DOS_TIME, 10);
    local.writeUInt16LE(DOS_DATE, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBuf.length, 26);
    local.writeUInt16LE(0, 28);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4); // version made by
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(useDeflate ? 8 : 0, 10);
    central.writeUInt16LE(DOS_TIME, 12);
    central.writeUInt16LE(DOS_DATE, 14);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(body.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(nameBuf.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBuf, body);
    centrals.push(central, nameBuf);
    offset += local.length + nameBuf.length + body.length;
  }
  const centralDir = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(centralDir.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, centralDir, end]);
}

// ---- schema validation (offline: the package ships the official schemas) ----

/**
 * The v1.24 localization schema has patterns with an unescaped "]" after "\\b" (activities.activityTypes[...]),
 * which JavaScript rejects in unicode mode, the mode ajv compiles patterns in. Escaping that "]" keeps the meaning.
 */
export function fixLocalizationSchema(schema) {
  const patterns = schema.patternProperties ?? {};
  schema.patternProperties = Object.fromEntries(
    Object.entries(patterns).map(([pattern, value]) => [pattern.replace(/\\b\]/g, '\\b\\]'), value]),
  );
  return schema;
}

/** Schema errors of a substituted manifest and its localization file, [] when both are valid. */
export async function schemaErrors(manifest, localization) {
  const { AppManifestUtils } = await import('@microsoft/app-manifest');
  const errors = (await AppManifestUtils.validateAgainstSchema(manifest)).map((e) => `manifest.json: ${e}`);
  const locSchema = fixLocalizationSchema(await AppManifestUtils.fetchSchema(localization.$schema));
  const locErrors = await AppManifestUtils.validateAgainstSchema(localization, locSchema);
  return errors.concat(locErrors.map((e) => `en-us.json: ${e}`));
}

/**
 * Substituted package contents for an environment, as {name: Buffer}. `values` overrides reading env files.
 */
export function renderPackage(envName, { values = loadEnv(envName), environment = process.env } = {}) {
  const all = { ...values };
  const files = {};
  for (const name of PACKAGE_FILES) {
    const path = join(manifestDir, name);
    if (TEXT_FILES.has(name)) {
      const text = readFileSync(path, 'utf8');
      for (const n of placeholdersIn(text)) {
        if ((all[n] === undefined || all[n] === '') && environment[n]) all[n] = environment[n];
      }
      files[name] = Buffer.from(substitute(text, all, `manifest/${name} (environment "${envName}")`), 'utf8');
    } else {
      files[name] = readFileSync(path);
    }
  }
  return files;
}

/** Builds, validates and writes manifest/build/appPackage.<envName>.zip; returns its path. */
export async function buildAppPackage(envName, { outDir = join(manifestDir, 'build'), ...options } = {}) {
  const files = renderPackage(envName, options);
  const manifest = JSON.parse(files['manifest.json'].toString('utf8'));
  const localization = JSON.parse(files['en-us.json'].toString('utf8'));
  const errors = await schemaErrors(manifest, localization);
  if (errors.length > 0) {
    throw new Error(`The app package for "${envName}" does not match the Teams schema:\n  ${errors.join('\n  ')}`);
  }
  mkdirSync(outDir, { recursive: true });
  const zipPath = join(outDir, `appPackage.${envName}.zip`);
  writeFileSync(zipPath, createZip(PACKAGE_FILES.map((name) => ({ name, data: files[name] }))));
  return zipPath;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const envName = process.argv[2] ?? 'local';
  try {
    const zipPath = await buildAppPackage(envName);
    console.log(`Wrote ${zipPath}`);
  } catch (err) {
    console.error(`build-app-package: ${err.message}`);
    process.exit(1);
  }
}
