// Linux App Service plan and the .NET 10 web app that hosts the bot endpoint (/api/messages), the tab and its API.
param location string
param tags object
param planName string
param appName string
param planSku string
@description('Resource id of the user-assigned managed identity.')
param identityId string
@description('Client id of the user-assigned managed identity (also the bot\'s app id).')
param identityClientId string
param tenantId string
@description('Table service endpoint, e.g. https://<account>.table.core.windows.net/.')
param tableEndpoint string
param applicationInsightsName string
param additionalAppSettings object
@description('Client id of the Entra app in the manifest\'s webApplicationInfo.id (tab SSO audience and Graph caller).')
param webApplicationClientId string
@description('App ID the org catalog gives the Teams app; empty keeps reminders off.')
param teamsAppId string

resource applicationInsights 'Microsoft.Insights/components@2020-02-02' existing = {
  name: applicationInsightsName
}

resource plan 'Microsoft.Web/serverfarms@2025-03-01' = {
  name: planName
  location: location
  tags: tags
  kind: 'linux'
  sku: {
    name: planSku
  }
  properties: {
    reserved: true
  }
}

// The fixed settings come last so that additionalAppSettings cannot weaken them (e.g. turn on anonymous mode).
var appSettings = union(
  additionalAppSettings,
  {
    // Bot Framework authentication: the bot is the user-assigned managed identity.
    MicrosoftAppType: 'UserAssignedMSI'
    MicrosoftAppId: identityClientId
    MicrosoftAppTenantId: tenantId
    // DefaultAzureCredential picks this identity for Table Storage and Graph.
    AZURE_CLIENT_ID: identityClientId
    Storage__TableEndpoint: tableEndpoint
    APPLICATIONINSIGHTS_CONNECTION_STRING: applicationInsights.properties.ConnectionString
    Bot__AllowAnonymous: 'false'
    ASPNETCORE_ENVIRONMENT: 'Production'
    // Tab SSO: v2 tokens have aud = the client id, v1 tokens the Application ID URI (webApplicationInfo.resource).
    TabAuth__ClientId: webApplicationClientId
    TabAuth__ApplicationIdUri: 'api://${appName}.azurewebsites.net/${webApplicationClientId}'
    // Activity feed: Graph is called as the webApplicationInfo app, which authenticates with a federated identity
    // credential trusting this managed identity (no secret).
    Graph__ClientId: webApplicationClientId
    Graph__TenantId: tenantId
    Graph__ManagedIdentityClientId: identityClientId
    Reminders__Enabled: empty(teamsAppId) ? 'false' : 'true'
    Reminders__TeamsAppId: teamsAppId
  }
)

resource app 'Microsoft.Web/sites@2025-03-01' = {
  name: appName
  location: location
  tags: union(tags, {
    'azd-service-name': 'bot'
  })
  kind: 'app,linux'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: {
      '${identityId}': {}
    }
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    clientAffinityEnabled: false
    keyVaultReferenceIdentity: identityId
    siteConfig: {
      linuxFxVersion: 'DOTNETCORE|10.0'
      alwaysOn: true
      ftpsState: 'Disabled'
      minTlsVersion: '1.2'
      scmMinTlsVersion: '1.2'
      http20Enabled: true
    }
  }
}

// App settings as a child resource: the Application Insights connection string is known only at deployment time.
resource settings 'Microsoft.Web/sites/config@2025-03-01' = {
  parent: app
  name: 'appsettings'
  properties: appSettings
}

// Basic (username/password) publishing credentials are not needed: azd deploys with Entra ID.
resource ftpCredentials 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2025-03-01' = {
  parent: app
  name: 'ftp'
  properties: {
    allow: false
  }
}

output name string = app.name
output defaultHostName string = app.properties.defaultHostName
