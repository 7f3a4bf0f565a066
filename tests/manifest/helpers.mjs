// Shared helpers for the manifest tests (not a test file itself).
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import zlib from 'node:zlib';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const manifestDir = join(repoRoot, 'manifest');
/** The official v1.24 schemas kept beside the repository (read at run time, never copied into it). */
export const sharedSchemaDir = join(repoRoot, '..', 'shared', 'schemas', 'teams-v1.24');

/** Values that look like a real installation, distinct from the local placeholders. */
export const SAMPLE_VALUES = Object.freeze({
  TEAMS_APP_ID: '3f2b6c1e-8d4a-4b7e-9c2d-1a5e6f7b8c9d',
  BOT_ID: '7a1c2e3f-4b5d-4e6f-8a9b-0c1d2e3f4a5b',
  AAD_APP_CLIENT_ID: 'b4c5d6e7-f809-4a1b-8c2d-3e4f5a6b7c8d',
  TAB_DOMAIN: 'naringslivcrm-test.azurewebsites.net',
});

export const readJson = (path) => JSON.parse(readFileSync(path, 'utf8'));

/** A JSON schema file read as @microsoft/app-manifest reads it (\a and \v are not valid JSON escapes). */
export function readSchema(path) {
  const raw = readFileSync(path, 'utf8').replace(/\\a/g, '\\u0007').replace(/\\v/g, '\\u000b');
  return JSON.parse(raw);
}

/** Width, height, bit depth and colour type from a PNG's IHDR chunk. */
export function pngHeader(buf) {
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  if (!buf.subarray(0, 8).equals(signature)) throw new Error('not a PNG file');
  if (buf.toString('latin1', 12, 16) !== 'IHDR') throw new Error('PNG without IHDR first');
  return { width: buf.readUInt32BE(16), height: buf.readUInt32BE(20), bitDepth: buf[24], colorType: buf[25] };
}

/** Entries of a zip archive as a Map name -> Buffer, read from its central directory. */
export function readZip(buf) {
  let eocd = -1;
  for (let i = buf.length - 22; i >= 0; i--) {
    if (buf.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new Error('no end of central directory record');
  const count = buf.readUInt16LE(eocd + 10);
  let p = buf.readUInt32LE(eocd + 16);
  const entries = new Map();
  for (let n = 0; n < count; n++) {
    if (buf.readUInt32LE(p) !== 0x02014b50) throw new Error('bad central directory entry');
    const method = buf.readUInt16LE(p + 10);
    const crc = buf.readUInt32LE(p + 16);
    const compressedSize = buf.readUInt32LE(p + 20);
    const nameLen = buf.readUInt16LE(p + 28);
    const extraLen = buf.readUInt16LE(p + 30);
    const commentLen = buf.readUInt16LE(p + 32);
    const localOffset = buf.readUInt32LE(p + 42);
    const name = buf.toString('utf8', p + 46, p + 46 + nameLen);
    const localNameLen = buf.readUInt16LE(localOffset + 26);
    const localExtraLen = buf.readUInt16LE(localOffset + 28);
    const start = localOffset + 30 + localNameLen + localExtraLen;
    const body = buf.subarray(start, start + compressedSize);
    const data = method === 8 ? zlib.inflateRawSync(body) : Buffer.from(body);
    if ((zlib.crc32 ? zlib.crc32(data) >>> 0 : crc) !== crc) throw new Error(`CRC mismatch for ${name}`);
    entries.set(name, data);
    p += 46 + nameLen + extraLen + commentLen;
  }
  return entries;
}

/** The value at a localization key such as "bots[0].commandLists[1].commands[2].title" in a manifest. */
export function valueAtKey(manifest, key) {
  const parts = key.match(/[^.[\]]+|\[\d+\]/g) ?? [];
  let node = manifest;
  for (const part of parts) {
    if (node === undefined || node === null) return undefined;
    node = part.startsWith('[') ? node[Number(part.slice(1, -1))] : node[part];
  }
  return node;
}

/** Names in {braces} of an activity template text, sorted. */
export const templateParameters = (text) => [...text.matchAll(/\{([A-Za-z0-9_]+)\}/g)].map((m) => m[1]).sort();
