// Azure Bot registration (global) for the web app's /api/messages endpoint, using the user-assigned managed
// identity as the bot's app identity, and the Microsoft Teams channel.
param tags object
param name string
param displayName string
@allowed([
  'F0'
  'S1'
])
param sku string
param identityId string
param identityClientId string
param tenantId string
@description('Messaging endpoint, https://<host>/api/messages.')
param endpoint string

resource bot 'Microsoft.BotService/botServices@2022-09-15' = {
  name: name
  location: 'global'
  tags: tags
  kind: 'azurebot'
  sku: {
    name: sku
  }
  properties: {
    displayName: displayName
    endpoint: endpoint
    msaAppType: 'UserAssignedMSI'
    msaAppId: identityClientId
    msaAppMSIResourceId: identityId
    msaAppTenantId: tenantId
    disableLocalAuth: false
    publicNetworkAccess: 'Enabled'
  }
}

resource teamsChannel 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'MsTeamsChannel'
  location: 'global'
  properties: {
    channelName: 'MsTeamsChannel'
    properties: {
      isEnabled: true
    }
  }
}

output name string = bot.name
