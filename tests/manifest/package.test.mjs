// The app package zip and the icons in it.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { PNG } from 'pngjs';
import { buildAppPackage, createZip } from '../../scripts/build-app-package.mjs';
import { colorIcon, outlineIcon } from '../../manifest/make-icons.mjs';
import { manifestDir, pngHeader, readZip, repoRoot, SAMPLE_VALUES } from './helpers.mjs';

const scratch = mkdtempSync(join(tmpdir(), 'naringslivcrm-manifest-'));
after(() => rmSync(scratch, { recursive: true, force: true }));

describe('icons', () => {
  test('color.png is 192x192', () => {
    const header = pngHeader(readFileSync(join(manifestDir, 'color.png')));
    assert.equal(header.width, 192);
    assert.equal(header.height, 192);
  });

  test('outline.png is 32x32 with an alpha channel, white on transparent', () => {
    const buf = readFileSync(join(manifestDir, 'outline.png'));
    const header = pngHeader(buf);
    assert.equal(header.width, 32);
    assert.equal(header.height, 32);
    assert.ok(header.colorType === 6 || header.colorType === 4, `colour type ${header.colorType} has no alpha`);
    const png = PNG.sync.read(buf);
    let transparent = 0;
    let opaque = 0;
    for (let i = 0; i < png.data.length; i += 4) {
      const [r, g, b, a] = png.data.subarray(i, i + 4);
      if (a === 0) transparent++;
      else assert.deepEqual([r, g, b], [255, 255, 255], `pixel ${i / 4} is visible but not white`);
      if (a === 255) opaque++;
    }
    assert.ok(transparent > 32 * 32 * 0.3, 'the outline icon should be mostly transparent');
    assert.ok(opaque > 32 * 4, 'the outline icon should show a motif');
  });

  test('the committed icons are what manifest/make-icons.mjs draws', () => {
    assert.ok(readFileSync(join(manifestDir, 'color.png')).equals(colorIcon()), 'run: node manifest/make-icons.mjs');
    assert.ok(readFileSync(join(manifestDir, 'outline.png')).equals(outlineIcon()), 'run: node manifest/make-icons.mjs');
  });

  test('the header reader rejects a file that is not a PNG', () => {
    assert.throws(() => pngHeader(Buffer.from('GIF89a................................')), /not a PNG/);
  });
});

describe('app package', () => {
  test('contains exactly manifest.json, en-us.json, color.png and outline.png at its root', async () => {
    const zipPath = await buildAppPackage('sample', { values: SAMPLE_VALUES, outDir: scratch });
    assert.equal(zipPath, join(scratch, 'appPackage.sample.zip'));
    const entries = readZip(readFileSync(zipPath));
    assert.deepEqual([...entries.keys()].sort(), ['color.png', 'en-us.json', 'manifest.json', 'outline.png']);
    const manifest = JSON.parse(entries.get('manifest.json').toString('utf8'));
    assert.equal(manifest.id, SAMPLE_VALUES.TEAMS_APP_ID);
    assert.equal(manifest.icons.color, 'color.png');
    assert.equal(manifest.icons.outline, 'outline.png');
    assert.equal(manifest.localizationInfo.additionalLanguages[0].file, 'en-us.json');
    assert.doesNotMatch(entries.get('manifest.json').toString('utf8'), /\$\{\{/);
    assert.ok(entries.get('color.png').equals(readFileSync(join(manifestDir, 'color.png'))));
    assert.equal(pngHeader(entries.get('outline.png')).width, 32);
  });

  test('the zip writer round-trips stored and deflated entries', () => {
    const entries = [
      { name: 'a.txt', data: Buffer.from('å'.repeat(1000)) },
      { name: 'b.bin', data: Buffer.from([1, 2, 3]) },
    ];
    const back = readZip(createZip(entries));
    assert.deepEqual([...back.keys()], ['a.txt', 'b.bin']);
    assert.ok(back.get('a.txt').equals(entries[0].data));
    assert.ok(back.get('b.bin').equals(entries[1].data));
  });

  test('building a package whose manifest breaks the schema fails', async () => {
    await assert.rejects(
      buildAppPackage('broken', { values: { ...SAMPLE_VALUES, BOT_ID: 'not-a-guid' }, outDir: scratch }),
      /does not match the Teams schema[\s\S]*botId/,
    );
  });

  test('the command line names the missing variables and exits non-zero', () => {
    const envDir = join(manifestDir, 'env');
    const envFile = join(envDir, '.env.citestpartial');
    mkdirSync(envDir, { recursive: true });
    writeFileSync(envFile, `TEAMS_APP_ID=${SAMPLE_VALUES.TEAMS_APP_ID}\nTAB_DOMAIN=${SAMPLE_VALUES.TAB_DOMAIN}\n`);
    try {
      const env = { ...process.env };
      delete env.BOT_ID;
      delete env.AAD_APP_CLIENT_ID;
      assert.throws(
        () => execFileSync(process.execPath, ['scripts/build-app-package.mjs', 'citestpartial'], {
          cwd: repoRoot, env, stdio: 'pipe',
        }),
        (err) => err.status === 1 && /BOT_ID/.test(err.stderr) && /AAD_APP_CLIENT_ID/.test(err.stderr),
      );
    } finally {
      rmSync(envFile, { force: true });
    }
  });

  test('the command line builds the local package', () => {
    const out = execFileSync(process.execPath, ['scripts/build-app-package.mjs', 'local'], { cwd: repoRoot });
    assert.match(out.toString(), /appPackage\.local\.zip/);
    const entries = readZip(readFileSync(join(manifestDir, 'build', 'appPackage.local.zip')));
    assert.equal(entries.size, 4);
  });
});
