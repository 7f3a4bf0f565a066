// The user-assigned managed identity the web app runs as. It is also the bot's identity (msaAppType
// UserAssignedMSI): its client id is the bot's Microsoft App ID.
param location string
param tags object
param name string

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2024-11-30' = {
  name: name
  location: location
  tags: tags
}

output id string = identity.id
output name string = identity.name
output clientId string = identity.properties.clientId
output principalId string = identity.properties.principalId
