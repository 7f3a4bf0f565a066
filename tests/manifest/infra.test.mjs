// The azd project and the infrastructure it deploys: infra/main.bicep compiled to an ARM template with the pinned
// Bicep CLI (restored by tools/bicep/bicep.csproj), then checked for the settings the app and its security rely on.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, test } from 'node:test';
import { readJson, repoRoot } from './helpers.mjs';

const STORAGE_TABLE_DATA_CONTRIBUTOR = '0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3';

function bicepPath() {
  const project = readFileSync(join(repoRoot, 'tools', 'bicep', 'bicep.csproj'), 'utf8');
  const version = project.match(/<BicepCliVersion>([^<]+)<\/BicepCliVersion>/)[1];
  let packages = process.env.NUGET_PACKAGES;
  if (!packages) {
    const list = execFileSync('dotnet', ['nuget', 'locals', 'global-packages', '--list'], { encoding: 'utf8' });
    packages = list.match(/global-packages:\s*(.+)/)[1].trim();
  }
  const path = join(packages, 'azure.bicep.commandline.linux-x64', version, 'tools', 'bicep');
  if (!existsSync(path)) {
    execFileSync('dotnet', ['restore', join(repoRoot, 'tools', 'bicep', 'bicep.csproj'), '--nologo'], {
      stdio: 'pipe',
    });
  }
  return path;
}

/** Every resource in the template, nested module deployments included, each with the template it is in. */
function allResources(template) {
  const out = [];
  const visit = (tpl) => {
    for (const r of Array.isArray(tpl.resources) ? tpl.resources : Object.values(tpl.resources ?? {})) {
      out.push({ ...r, inTemplate: tpl });
      if (r.type === 'Microsoft.Resources/deployments') visit(r.properties.template);
    }
  };
  visit(template);
  return out;
}

let template;
let resources;
const ofType = (type) => resources.filter((r) => r.type === type);
const one = (type) => {
  const found = ofType(type);
  assert.equal(found.length, 1, `expected one ${type}`);
  return found[0];
};

before(() => {
  const json = execFileSync(bicepPath(), ['build', join(repoRoot, 'infra', 'main.bicep'), '--stdout'], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  template = JSON.parse(json);
  resources = allResources(template);
});

describe('azd project', () => {
  test('azure.yaml names the app and deploys the bot host to App Service', () => {
    const yaml = readFileSync(join(repoRoot, 'azure.yaml'), 'utf8');
    assert.match(yaml, /^name: naringslivcrm$/m);
    assert.match(yaml, /^services:\n {2}bot:\n {4}project: \.\/bot\/NaringslivCrm\.Bot\n {4}language: dotnet\n {4}host: appservice$/m);
    assert.ok(existsSync(join(repoRoot, 'bot', 'NaringslivCrm.Bot', 'NaringslivCrm.Bot.csproj')));
  });

  test('main.bicep deploys at subscription scope with azd parameters', () => {
    assert.match(template.$schema, /subscriptionDeploymentTemplate/);
    const parameters = readJson(join(repoRoot, 'infra', 'main.parameters.json')).parameters;
    assert.equal(parameters.environmentName.value, '${AZURE_ENV_NAME}');
    assert.equal(parameters.location.value, '${AZURE_LOCATION}');
    for (const name of Object.keys(parameters)) assert.ok(template.parameters[name], `unknown parameter ${name}`);
  });

  test('outputs carry the names azd and the manifest build expect', () => {
    for (const name of ['AZURE_LOCATION', 'AZURE_TENANT_ID', 'AZURE_RESOURCE_GROUP', 'SERVICE_BOT_ENDPOINT_URI',
      'SERVICE_BOT_NAME', 'AZURE_CLIENT_ID', 'BOT_ID', 'TAB_DOMAIN']) {
      assert.ok(template.outputs[name], `missing output ${name}`);
    }
  });

  test('one resource group tagged with the azd environment', () => {
    const rg = one('Microsoft.Resources/resourceGroups');
    assert.equal(rg.tags, "[variables('tags')]");
    assert.equal(template.variables.tags['azd-env-name'], "[parameters('environmentName')]");
  });
});

describe('storage', () => {
  test('tables only through Entra ID, TLS 1.2 and HTTPS', () => {
    const { properties } = one('Microsoft.Storage/storageAccounts');
    assert.equal(properties.allowSharedKeyAccess, false);
    assert.equal(properties.minimumTlsVersion, 'TLS1_2');
    assert.equal(properties.supportsHttpsTrafficOnly, true);
    assert.equal(properties.allowBlobPublicAccess, false);
  });

  test('the managed identity is Storage Table Data Contributor on the account', () => {
    const assignment = one('Microsoft.Authorization/roleAssignments');
    const roleId = assignment.properties.roleDefinitionId.replace(
      /variables\('(\w+)'\)/g,
      (_, name) => `'${assignment.inTemplate.variables[name]}'`,
    );
    assert.equal(
      roleId,
      `[subscriptionResourceId('Microsoft.Authorization/roleDefinitions', '${STORAGE_TABLE_DATA_CONTRIBUTOR}')]`,
    );
    assert.match(assignment.scope, /Microsoft\.Storage\/storageAccounts/);
    assert.equal(assignment.properties.principalType, 'ServicePrincipal');
  });
});

describe('web app', () => {
  test('Linux .NET 10, HTTPS only, FTPS off, TLS 1.2, always on', () => {
    const plan = one('Microsoft.Web/serverfarms');
    assert.equal(plan.properties.reserved, true);
    const site = one('Microsoft.Web/sites');
    assert.equal(site.properties.httpsOnly, true);
    const config = site.properties.siteConfig;
    assert.equal(config.linuxFxVersion, 'DOTNETCORE|10.0');
    assert.equal(config.ftpsState, 'Disabled');
    assert.equal(config.minTlsVersion, '1.2');
    assert.equal(config.alwaysOn, true);
    assert.equal(site.identity.type, 'UserAssigned');
  });

  test('is the azd service "bot"', () => {
    const site = one('Microsoft.Web/sites');
    assert.match(JSON.stringify(site.tags), /azd-service-name'?,\s*'bot'|"azd-service-name":\s*"bot"/);
  });

  test('app settings for bot auth, storage, telemetry and no anonymous mode', () => {
    const settings = JSON.stringify(one('Microsoft.Web/sites/config').properties);
    for (const key of ['MicrosoftAppType', 'MicrosoftAppId', 'MicrosoftAppTenantId', 'AZURE_CLIENT_ID',
      'Storage__TableEndpoint', 'APPLICATIONINSIGHTS_CONNECTION_STRING', 'Bot__AllowAnonymous']) {
      assert.match(settings, new RegExp(`'${key}'`), `missing app setting ${key}`);
    }
    assert.match(settings, /'MicrosoftAppType', 'UserAssignedMSI'/);
    assert.match(settings, /'Bot__AllowAnonymous', 'false'/);
    assert.doesNotMatch(settings, /ConnectionStrings__Tables|AccountKey=/, 'no storage connection string in Azure');
  });

  test('Graph is called as the webApplicationInfo app through the managed identity, and the tab audience is set', () => {
    const settings = JSON.stringify(one('Microsoft.Web/sites/config').properties);
    assert.match(settings, /'Graph__ClientId', parameters\('webApplicationClientId'\)/);
    assert.match(settings, /'Graph__ManagedIdentityClientId', parameters\('identityClientId'\)/);
    assert.match(settings, /'Graph__TenantId', parameters\('tenantId'\)/);
    assert.doesNotMatch(settings, /Graph__ClientSecret/, 'no Graph secret in Azure');
    assert.match(settings, /'TabAuth__ClientId', parameters\('webApplicationClientId'\)/);
    assert.match(settings, /'TabAuth__ApplicationIdUri'/);
    assert.match(settings, /'Reminders__TeamsAppId', parameters\('teamsAppId'\)/);
    const parameters = readJson(join(repoRoot, 'infra', 'main.parameters.json')).parameters;
    assert.equal(parameters.webApplicationClientId.value, '${AAD_APP_CLIENT_ID}');
    for (const name of ['AZURE_FEDERATED_CREDENTIAL_ISSUER', 'AZURE_MANAGED_IDENTITY_PRINCIPAL_ID', 'TAB_APPLICATION_ID_URI']) {
      assert.ok(template.outputs[name], `missing output ${name}`);
    }
  });
});

describe('bot registration', () => {
  test('Azure Bot, global, authenticated as the user-assigned managed identity', () => {
    const bot = one('Microsoft.BotService/botServices');
    assert.equal(bot.kind, 'azurebot');
    assert.equal(bot.location, 'global');
    assert.equal(bot.properties.msaAppType, 'UserAssignedMSI');
    for (const key of ['msaAppId', 'msaAppMSIResourceId', 'msaAppTenantId', 'endpoint']) {
      assert.ok(bot.properties[key], `missing ${key}`);
    }
    assert.match(JSON.stringify(template), /\/api\/messages'/);
  });

  test('has the Microsoft Teams channel', () => {
    const channel = one('Microsoft.BotService/botServices/channels');
    assert.equal(channel.properties.channelName, 'MsTeamsChannel');
  });
});

describe('monitoring', () => {
  test('workspace-based Application Insights', () => {
    one('Microsoft.OperationalInsights/workspaces');
    const ai = one('Microsoft.Insights/components');
    assert.ok(ai.properties.WorkspaceResourceId);
  });
});
