// The Azure Bot registration of CallTriage, with its Microsoft Teams channel, for an app registration that exists
// already (see deploy/README.md, "The Azure Bot"). Deploy into a resource group:
//
//   az deployment group create --resource-group calltriage --template-file deploy/azure/bot.bicep \
//     --parameters botName=calltriage-prod appId=APP_ID tenantId=TENANT_ID host=calltriage.example.com
//
// The bot's secret is not here: it belongs to the app registration, and reaches the pods as the Secret
// calltriage-bot. Neither deployed nor compiled on this project's build machine, which has no Azure CLI or access.

@description('Name of the bot resource, unique in Azure: letters, digits, - and _, 2 to 64 characters.')
@minLength(2)
@maxLength(64)
param botName string

@description('Name shown in Teams and in the Azure portal.')
param displayName string = 'CallTriage'

@description('The application (client) id of the Entra app registration the bot signs in as: MicrosoftAppId.')
param appId string

@description('The Entra tenant of that app registration: MicrosoftAppTenantId.')
param tenantId string = subscription().tenantId

@description('Where CallTriage answers, without scheme: the Ingress host. Teams posts to https://HOST/api/messages.')
param host string

@description('F0 (free, standard channels such as Teams are free on both) or S1.')
@allowed([
  'F0'
  'S1'
])
param sku string = 'F0'

resource bot 'Microsoft.BotService/botServices@2022-09-15' = {
  name: botName
  location: 'global'
  kind: 'azurebot'
  sku: {
    name: sku
  }
  properties: {
    displayName: displayName
    endpoint: 'https://${host}/api/messages'
    msaAppId: appId
    msaAppType: 'SingleTenant'
    msaAppTenantId: tenantId
  }
}

resource teams 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'MsTeamsChannel'
  location: 'global'
  properties: {
    channelName: 'MsTeamsChannel'
    properties: {
      isEnabled: true
      acceptedTerms: true
    }
  }
}

output messagingEndpoint string = bot.properties.endpoint
output botAppId string = appId
