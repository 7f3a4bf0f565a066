// NaringslivCrm infrastructure for the Azure Developer CLI (azd): one resource group per environment with
// monitoring, a user-assigned managed identity, Table Storage, the App Service that hosts the bot and the tab API,
// and the Azure Bot registration with its Microsoft Teams channel. The bot authenticates as the managed identity
// (msaAppType UserAssignedMSI), so no client secret exists anywhere.
targetScope = 'subscription'

@minLength(1)
@maxLength(64)
@description('Name of the azd environment; used to name the resource group and to make resource names unique.')
param environmentName string

@minLength(1)
@description('Azure region for all regional resources, e.g. swedencentral.')
param location string

@description('Resource group name; empty means rg-<environmentName>.')
param resourceGroupName string = ''

@allowed([
  'F0'
  'S1'
])
@description('Azure Bot pricing tier. F0 is free (standard channels such as Teams are unlimited); S1 is paid.')
param botSku string = 'F0'

@description('App Service plan SKU (Linux). B1 is the smallest tier that supports Always On.')
param appServicePlanSku string = 'B1'

@description('Display name of the Azure Bot resource.')
param botDisplayName string = 'Näringslivs-CRM'

@description('Days Log Analytics keeps data.')
@minValue(30)
@maxValue(730)
param logRetentionInDays int = 30

@description('Application (client) id of the Entra app that the manifest names in webApplicationInfo.id: the tab\'s SSO app, which also sends the activity-feed notifications (TeamsActivity.Send). It trusts the managed identity through a federated identity credential (docs/deploy.md).')
param webApplicationClientId string

@description('App ID the org catalog gives the Teams app (Teams admin center → Manage apps), for the activity feed\'s deep links. Empty turns reminders off until it is known.')
param teamsAppId string = ''

@description('Extra app settings for the web app, e.g. {"Municipalities__0__TenantIds__0": "…"}. Never secrets.')
param additionalAppSettings object = {}

var abbreviations = {
  resourceGroup: 'rg-'
  logAnalytics: 'log-'
  appInsights: 'appi-'
  identity: 'id-'
  storage: 'st'
  appServicePlan: 'plan-'
  webApp: 'app-'
  bot: 'bot-'
}
var resourceToken = toLower(uniqueString(subscription().id, environmentName, location))
var tags = {
  'azd-env-name': environmentName
  application: 'naringslivcrm'
}

resource rg 'Microsoft.Resources/resourceGroups@2025-04-01' = {
  name: !empty(resourceGroupName) ? resourceGroupName : '${abbreviations.resourceGroup}${environmentName}'
  location: location
  tags: tags
}

module monitoring 'modules/monitoring.bicep' = {
  name: 'monitoring'
  scope: rg
  params: {
    location: location
    tags: tags
    logAnalyticsName: '${abbreviations.logAnalytics}${resourceToken}'
    applicationInsightsName: '${abbreviations.appInsights}${resourceToken}'
    retentionInDays: logRetentionInDays
  }
}

module identity 'modules/identity.bicep' = {
  name: 'identity'
  scope: rg
  params: {
    location: location
    tags: tags
    name: '${abbreviations.identity}${resourceToken}'
  }
}

module storage 'modules/storage.bicep' = {
  name: 'storage'
  scope: rg
  params: {
    location: location
    tags: tags
    name: '${abbreviations.storage}${resourceToken}'
    tableDataContributorPrincipalId: identity.outputs.principalId
  }
}

module web 'modules/appservice.bicep' = {
  name: 'web'
  scope: rg
  params: {
    location: location
    tags: tags
    planName: '${abbreviations.appServicePlan}${resourceToken}'
    appName: '${abbreviations.webApp}${resourceToken}'
    planSku: appServicePlanSku
    identityId: identity.outputs.id
    identityClientId: identity.outputs.clientId
    tenantId: tenant().tenantId
    tableEndpoint: storage.outputs.tableEndpoint
    applicationInsightsName: monitoring.outputs.applicationInsightsName
    additionalAppSettings: additionalAppSettings
    webApplicationClientId: webApplicationClientId
    teamsAppId: teamsAppId
  }
}

module bot 'modules/bot.bicep' = {
  name: 'bot'
  scope: rg
  params: {
    tags: tags
    name: '${abbreviations.bot}${resourceToken}'
    displayName: botDisplayName
    sku: botSku
    identityId: identity.outputs.id
    identityClientId: identity.outputs.clientId
    tenantId: tenant().tenantId
    endpoint: 'https://${web.outputs.defaultHostName}/api/messages'
  }
}

// azd stores these outputs in .azure/<environment>/.env; names follow azd's conventions.
output AZURE_LOCATION string = location
output AZURE_TENANT_ID string = tenant().tenantId
output AZURE_RESOURCE_GROUP string = rg.name
output AZURE_CLIENT_ID string = identity.outputs.clientId
output AZURE_MANAGED_IDENTITY_RESOURCE_ID string = identity.outputs.id
output AZURE_STORAGE_ACCOUNT_NAME string = storage.outputs.name
output AZURE_STORAGE_TABLE_ENDPOINT string = storage.outputs.tableEndpoint
output SERVICE_BOT_NAME string = web.outputs.name
output SERVICE_BOT_ENDPOINT_URI string = 'https://${web.outputs.defaultHostName}'
output AZURE_BOT_SERVICE_NAME string = bot.outputs.name
// For the federated identity credential on the webApplicationInfo app (docs/deploy.md): issuer and subject.
output AZURE_FEDERATED_CREDENTIAL_ISSUER string = '${environment().authentication.loginEndpoint}${tenant().tenantId}/v2.0'
output AZURE_MANAGED_IDENTITY_PRINCIPAL_ID string = identity.outputs.principalId
output TAB_APPLICATION_ID_URI string = 'api://${web.outputs.defaultHostName}/${webApplicationClientId}'
// For manifest/env/.env.<name>: the bot's app id is the managed identity's client id; the tab is served by the
// same web app.
output BOT_ID string = identity.outputs.clientId
output TAB_DOMAIN string = web.outputs.defaultHostName
