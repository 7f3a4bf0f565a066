// What the manifest says: Swedish by default, every user-facing string localized to English, the bot commands,
// tabs, message extension, SSO and activity types the app relies on, and placeholders that all get substituted.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { loadEnv, parseEnv, placeholdersIn, renderPackage } from '../../scripts/build-app-package.mjs';
import { manifestDir, readJson, SAMPLE_VALUES, templateParameters, valueAtKey } from './helpers.mjs';

const template = readJson(join(manifestDir, 'manifest.json'));
const english = readJson(join(manifestDir, 'en-us.json'));
const ENV_NAMES = ['TEAMS_APP_ID', 'BOT_ID', 'AAD_APP_CLIENT_ID', 'TAB_DOMAIN'];
const SWEDISH_COMMANDS = [
  'hjälp',
  'logga besök',
  'ny kontakt',
  'mina uppföljningar',
  'företag',
  'förhandsgranska veckobrev',
  'aktivera veckobrev här',
];
const ACTIVITY_TYPES = ['followUpDue', 'followUpOverdue', 'followUpAssigned', 'weeklyDigest'];

function sample() {
  const files = renderPackage('sample', { values: SAMPLE_VALUES });
  return {
    text: files['manifest.json'].toString('utf8'),
    manifest: JSON.parse(files['manifest.json'].toString('utf8')),
    localizationText: files['en-us.json'].toString('utf8'),
  };
}

describe('languages', () => {
  test('Swedish is the default language and English comes from en-us.json', () => {
    assert.equal(template.localizationInfo.defaultLanguageTag, 'sv-se');
    assert.deepEqual(template.localizationInfo.additionalLanguages, [{ languageTag: 'en-us', file: 'en-us.json' }]);
    assert.equal(template.name.short, 'Näringslivs-CRM');
    assert.match(template.description.full, /näringslivskontor/);
  });

  test('every key in en-us.json names a string that exists in the manifest', () => {
    for (const key of Object.keys(english).filter((k) => k !== '$schema')) {
      assert.equal(typeof valueAtKey(template, key), 'string', `en-us.json key ${key} has no manifest string`);
      assert.ok(english[key].trim().length > 0, `en-us.json key ${key} is empty`);
    }
  });

  test('names, descriptions and static tab names are translated', () => {
    for (const key of ['name.short', 'name.full', 'description.short', 'description.full']) {
      assert.ok(english[key], `missing English ${key}`);
      assert.notEqual(english[key], valueAtKey(template, key), `${key} is not translated`);
    }
    template.staticTabs.forEach((tab, i) => {
      if (tab.name === undefined) return; // reserved tabs (conversations, about) have no name
      assert.ok(english[`staticTabs[${i}].name`], `no English name for tab ${tab.entityId}`);
    });
  });
});

describe('bot', () => {
  const bot = template.bots[0];

  test('is installable personally, in teams and in group chats, with the message extension on the same bot', () => {
    assert.deepEqual([...bot.scopes].sort(), ['groupChat', 'personal', 'team']);
    assert.equal(bot.botId, '${{BOT_ID}}');
    assert.equal(template.composeExtensions[0].botId, '${{BOT_ID}}');
  });

  test('lists every Swedish command, and the command lists cover all three scopes', () => {
    const titles = new Set(bot.commandLists.flatMap((list) => list.commands.map((c) => c.title)));
    assert.deepEqual([...titles].sort(), [...SWEDISH_COMMANDS].sort());
    const scopes = bot.commandLists.flatMap((list) => list.scopes).sort();
    assert.deepEqual(scopes, ['groupChat', 'personal', 'team']);
    const teamList = bot.commandLists.find((list) => list.scopes.includes('team'));
    assert.ok(teamList.commands.some((c) => c.title === 'aktivera veckobrev här'));
  });

  test('the company command shows its argument', () => {
    for (const list of bot.commandLists) {
      const command = list.commands.find((c) => c.title === 'företag');
      assert.ok(command, `no företag command for ${list.scopes}`);
      assert.match(command.description, /^företag <namn eller orgnr>/);
    }
  });

  test('every command has a Swedish description and an English localization entry', () => {
    bot.commandLists.forEach((list, l) => {
      list.commands.forEach((command, c) => {
        const key = `bots[0].commandLists[${l}].commands[${c}]`;
        assert.ok(command.description.trim().length > 0, `${key} has no description`);
        // The bot parses Swedish commands, so the English title is the same keyword the user types.
        assert.equal(english[`${key}.title`], command.title, `${key}.title`);
        assert.ok(english[`${key}.description`], `${key}.description missing in en-us.json`);
        assert.notEqual(english[`${key}.description`], command.description, `${key}.description not translated`);
      });
    });
  });
});

describe('tabs', () => {
  test('static tabs for follow-ups and companies point at the tab routes', () => {
    const byName = Object.fromEntries(template.staticTabs.filter((t) => t.name).map((t) => [t.name, t]));
    assert.equal(byName['Mina uppföljningar'].contentUrl, 'https://${{TAB_DOMAIN}}/tab/#/mina-uppfoljningar');
    assert.equal(byName['Företag'].contentUrl, 'https://${{TAB_DOMAIN}}/tab/#/foretag');
    for (const tab of Object.values(byName)) assert.deepEqual(tab.scopes, ['personal']);
  });

  test('the manager view is a configurable tab for teams and group chats', () => {
    const [tab] = template.configurableTabs;
    assert.equal(tab.configurationUrl, 'https://${{TAB_DOMAIN}}/tab/#/config');
    assert.deepEqual([...tab.scopes].sort(), ['groupChat', 'team']);
  });
});

describe('message extension', () => {
  const [extension] = template.composeExtensions;
  const command = (id) => extension.commands.find((c) => c.id === id);

  test('search command sokForetag with a query parameter', () => {
    const search = command('sokForetag');
    assert.equal(search.type, 'query');
    assert.equal(search.title, 'Sök företag');
    assert.deepEqual(search.parameters.map((p) => p.name), ['query']);
  });

  test('message action loggaKontakt fetches its dialog from the bot', () => {
    const action = command('loggaKontakt');
    assert.equal(action.type, 'action');
    assert.equal(action.title, 'Logga som kontakt');
    assert.deepEqual(action.context, ['message']);
    assert.equal(action.fetchTask, true);
  });

  test('every command and parameter has an English localization entry', () => {
    extension.commands.forEach((c, i) => {
      for (const field of ['title', 'description']) {
        const key = `composeExtensions[0].commands[${i}].${field}`;
        assert.ok(english[key], `${key} missing in en-us.json`);
        assert.notEqual(english[key], c[field], `${key} not translated`);
      }
      (c.parameters ?? []).forEach((_, p) => {
        assert.ok(english[`composeExtensions[0].commands[${i}].parameters[${p}].title`]);
      });
    });
  });
});

describe('SSO and activity feed', () => {
  test('webApplicationInfo names the Entra app and the api:// resource on the tab domain', () => {
    assert.deepEqual(template.webApplicationInfo, {
      id: '${{AAD_APP_CLIENT_ID}}',
      resource: 'api://${{TAB_DOMAIN}}/${{AAD_APP_CLIENT_ID}}',
    });
    assert.ok(template.validDomains.includes('${{TAB_DOMAIN}}'));
  });

  test('declares the four activity types', () => {
    assert.deepEqual(template.activities.activityTypes.map((a) => a.type), ACTIVITY_TYPES);
  });

  test('every activity type has Swedish text and an English entry with the same parameters', () => {
    template.activities.activityTypes.forEach((activity, i) => {
      const key = `activities.activityTypes[${i}]`;
      assert.ok(activity.description.trim() && activity.templateText.trim(), `${activity.type} has no text`);
      assert.ok(templateParameters(activity.templateText).length > 0, `${activity.type} uses no {parameter}`);
      assert.ok(english[`${key}.description`], `${key}.description missing in en-us.json`);
      assert.ok(english[`${key}.templateText`], `${key}.templateText missing in en-us.json`);
      assert.notEqual(english[`${key}.templateText`], activity.templateText, `${activity.type} not translated`);
      assert.deepEqual(templateParameters(english[`${key}.templateText`]), templateParameters(activity.templateText));
    });
  });

  // Graph docs, concepts/teams-send-activityfeednotifications.md ("Activities update"): "`actor` is a special
  // parameter that always takes the caller's name … In application-only calls, it takes the name of the Teams app."
  // Our notifications are app-only, so a template with {actor} would show the app's name, not the colleague's.
  test('no activity template uses the reserved parameter actor (Graph fills it with the app name)', () => {
    template.activities.activityTypes.forEach((activity, i) => {
      assert.ok(!templateParameters(activity.templateText).includes('actor'), `${activity.type} uses {actor}`);
      assert.ok(!templateParameters(english[`activities.activityTypes[${i}].templateText`]).includes('actor'));
    });
  });
});

describe('placeholders', () => {
  test('the template uses exactly the documented variables, all set in .env.local', () => {
    const text = readFileSync(join(manifestDir, 'manifest.json'), 'utf8');
    assert.deepEqual(placeholdersIn(text).sort(), [...ENV_NAMES].sort());
    const local = loadEnv('local');
    for (const name of ENV_NAMES) assert.ok(local[name], `${name} missing in manifest/env/.env.local`);
    assert.equal(local.TAB_DOMAIN, 'localhost:3978');
  });

  test('no ${{...}} placeholder remains after substitution', () => {
    const { text, localizationText, manifest } = sample();
    assert.doesNotMatch(text, /\$\{\{/);
    assert.doesNotMatch(localizationText, /\$\{\{/);
    assert.equal(manifest.id, SAMPLE_VALUES.TEAMS_APP_ID);
    assert.equal(manifest.bots[0].botId, SAMPLE_VALUES.BOT_ID);
    assert.equal(
      manifest.webApplicationInfo.resource,
      `api://${SAMPLE_VALUES.TAB_DOMAIN}/${SAMPLE_VALUES.AAD_APP_CLIENT_ID}`,
    );
    assert.equal(manifest.staticTabs[0].contentUrl, `https://${SAMPLE_VALUES.TAB_DOMAIN}/tab/#/mina-uppfoljningar`);
  });

  test('a missing variable fails with a message that names it', () => {
    const values = { ...SAMPLE_VALUES };
    delete values.BOT_ID;
    delete values.TAB_DOMAIN;
    assert.throws(
      () => renderPackage('partial', { values, environment: {} }),
      (err) => /Missing variable\(s\)/.test(err.message) && /BOT_ID/.test(err.message) && /TAB_DOMAIN/.test(err.message),
    );
  });

  test('a variable missing from the env file may come from the process environment', () => {
    const values = { ...SAMPLE_VALUES };
    delete values.BOT_ID;
    const files = renderPackage('partial', { values, environment: { BOT_ID: SAMPLE_VALUES.BOT_ID } });
    assert.equal(JSON.parse(files['manifest.json']).bots[0].botId, SAMPLE_VALUES.BOT_ID);
  });

  test('env files: comments, quotes and inline comments', () => {
    const values = parseEnv('# comment\nA=1\nB = "two # not a comment"\nC=three   # comment\n\nD=\'x\'\n');
    assert.deepEqual(values, { A: '1', B: 'two # not a comment', C: 'three', D: 'x' });
    assert.throws(() => parseEnv('just text'), /expected NAME=value/);
  });

  test('env files are git-ignored except the local placeholders', () => {
    const ignore = readFileSync(join(manifestDir, '.gitignore'), 'utf8');
    assert.match(ignore, /^env\/\.env\.\*$/m);
    assert.match(ignore, /^!env\/\.env\.local$/m);
  });
});
