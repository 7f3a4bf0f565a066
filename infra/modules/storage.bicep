// Storage account for Azure Table Storage. Shared keys are disabled: the app signs in with its managed identity
// (DefaultAzureCredential) and gets the "Storage Table Data Contributor" role on this account.
param location string
param tags object
@minLength(3)
@maxLength(24)
param name string
@description('Principal (object) id of the managed identity that reads and writes the tables.')
param tableDataContributorPrincipalId string

// Built-in role "Storage Table Data Contributor" (Azure RBAC built-in roles, Storage category).
var storageTableDataContributorRoleId = '0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3'

resource storage 'Microsoft.Storage/storageAccounts@2025-06-01' = {
  name: name
  location: location
  tags: tags
  kind: 'StorageV2'
  sku: {
    name: 'Standard_LRS'
  }
  properties: {
    accessTier: 'Hot'
    allowSharedKeyAccess: false
    allowBlobPublicAccess: false
    defaultToOAuthAuthentication: true
    minimumTlsVersion: 'TLS1_2'
    supportsHttpsTrafficOnly: true
    publicNetworkAccess: 'Enabled'
    networkAcls: {
      bypass: 'AzureServices'
      defaultAction: 'Allow'
    }
  }
}

resource tableService 'Microsoft.Storage/storageAccounts/tableServices@2025-06-01' = {
  parent: storage
  name: 'default'
}

resource tableDataContributor 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(storage.id, tableDataContributorPrincipalId, storageTableDataContributorRoleId)
  scope: storage
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', storageTableDataContributorRoleId)
    principalId: tableDataContributorPrincipalId
    principalType: 'ServicePrincipal'
  }
}

output name string = storage.name
output tableEndpoint string = storage.properties.primaryEndpoints.table
