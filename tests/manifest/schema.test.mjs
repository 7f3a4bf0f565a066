// The substituted manifest and its localization file against the official v1.24 schemas: the copy shipped in
// @microsoft/app-manifest and the copy in ../shared/schemas. Broken inputs must be rejected.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { AppManifestUtils } from '@microsoft/app-manifest';
import { fixLocalizationSchema, renderPackage, schemaErrors } from '../../scripts/build-app-package.mjs';
import { manifestDir, readJson, readSchema, repoRoot, SAMPLE_VALUES, sharedSchemaDir } from './helpers.mjs';

const V124 = 'https://developer.microsoft.com/json-schemas/teams/v1.24/MicrosoftTeams.schema.json';
const V124_LOC = 'https://developer.microsoft.com/json-schemas/teams/v1.24/MicrosoftTeams.Localization.schema.json';

function rendered(envName, values) {
  const files = renderPackage(envName, values ? { values } : {});
  return {
    manifest: JSON.parse(files['manifest.json'].toString('utf8')),
    localization: JSON.parse(files['en-us.json'].toString('utf8')),
  };
}

const sharedManifestSchema = () => readSchema(join(sharedSchemaDir, 'MicrosoftTeams.schema.json'));
const sharedLocalizationSchema = () =>
  fixLocalizationSchema(readSchema(join(sharedSchemaDir, 'MicrosoftTeams.Localization.schema.json')));

describe('schema v1.24', () => {
  test('the manifest declares schema and manifest version 1.24', () => {
    const { manifest, localization } = rendered('local');
    assert.equal(manifest.$schema, V124);
    assert.equal(manifest.manifestVersion, '1.24');
    assert.equal(localization.$schema, V124_LOC);
  });

  for (const envName of ['local', 'sample']) {
    const values = envName === 'sample' ? SAMPLE_VALUES : undefined;

    test(`${envName}: manifest is valid against the schema in @microsoft/app-manifest`, async () => {
      const { manifest } = rendered(envName, values);
      assert.deepEqual(await AppManifestUtils.validateAgainstSchema(manifest), []);
    });

    test(`${envName}: manifest is valid against ../shared/schemas/teams-v1.24`, async () => {
      const { manifest } = rendered(envName, values);
      assert.deepEqual(await AppManifestUtils.validateAgainstSchema(manifest, sharedManifestSchema()), []);
    });

    test(`${envName}: en-us.json is valid against both copies of the localization schema`, async () => {
      const { manifest, localization } = rendered(envName, values);
      assert.deepEqual(await schemaErrors(manifest, localization), []);
      assert.deepEqual(await AppManifestUtils.validateAgainstSchema(localization, sharedLocalizationSchema()), []);
    });
  }

  test('the shipped schema and the shared copy are the same document', () => {
    const shipped = readSchema(
      join(repoRoot, 'node_modules', '@microsoft', 'app-manifest', 'build', 'json-schemas', 'teams', 'v1.24',
        'MicrosoftTeams.schema.json'),
    );
    assert.deepEqual(shipped, sharedManifestSchema());
  });
});

describe('the validator rejects broken input', () => {
  const cases = [
    ['a missing developer block', (m) => delete m.developer],
    ['an app id that is not a GUID', (m) => (m.id = 'naringslivcrm')],
    ['a short name over 30 characters', (m) => (m.name.short = 'Näringslivs-CRM för alla kommuner i nätverket')],
    ['a tab url that is not http(s)', (m) => (m.staticTabs[0].contentUrl = 'ftp://example.se/tab')],
    ['an unknown top-level property', (m) => (m.botCommands = [])],
    ['an activity type without templateText', (m) => delete m.activities.activityTypes[0].templateText],
    ['a compose command title over 32 characters', (m) => (m.composeExtensions[0].commands[1].title = 'x'.repeat(33))],
  ];
  for (const [label, breakIt] of cases) {
    test(`manifest with ${label}`, async () => {
      const { manifest } = rendered('sample', SAMPLE_VALUES);
      breakIt(manifest);
      assert.notDeepEqual(await AppManifestUtils.validateAgainstSchema(manifest), []);
      assert.notDeepEqual(await AppManifestUtils.validateAgainstSchema(manifest, sharedManifestSchema()), []);
    });
  }

  test('localization file with a key that is not localizable', async () => {
    const { manifest, localization } = rendered('sample', SAMPLE_VALUES);
    localization['developer.name'] = 'Industrial municipalities';
    assert.notDeepEqual(await schemaErrors(manifest, localization), []);
    assert.notDeepEqual(await AppManifestUtils.validateAgainstSchema(localization, sharedLocalizationSchema()), []);
  });

  test('localization file with a name.short over 30 characters', async () => {
    const { localization } = rendered('sample', SAMPLE_VALUES);
    localization['name.short'] = 'Business Office CRM for every municipality';
    assert.notDeepEqual(await AppManifestUtils.validateAgainstSchema(localization, sharedLocalizationSchema()), []);
  });

  test('the unsubstituted template is not a valid manifest', async () => {
    const template = readJson(join(manifestDir, 'manifest.json'));
    assert.notDeepEqual(await AppManifestUtils.validateAgainstSchema(template), []);
  });
});
