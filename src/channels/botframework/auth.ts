// From the checked settings to botbuilder's authentication: who the bot is, and how callers are verified.
import {
  ConfigurationBotFrameworkAuthentication,
  type ConfigurationBotFrameworkAuthenticationOptions,
} from 'botbuilder';
import type { BotCredentials } from '../../config';
import { assertNever } from '../../engine/types';

/** The settings in the names botbuilder reads (the same names as the environment variables). */
export function authenticationOptions(credentials: BotCredentials): ConfigurationBotFrameworkAuthenticationOptions {
  switch (credentials.kind) {
    case 'none':
      return {};
    case 'password':
      return {
        MicrosoftAppType: credentials.appType,
        MicrosoftAppId: credentials.appId,
        MicrosoftAppPassword: credentials.password,
        MicrosoftAppTenantId: credentials.tenantId,
        ...credentials.cloud,
      };
    case 'managedIdentity':
      return {
        MicrosoftAppType: credentials.appType,
        MicrosoftAppId: credentials.appId,
        MicrosoftAppTenantId: credentials.tenantId,
        ...credentials.cloud,
      };
    default:
      return assertNever(credentials);
  }
}

/** botbuilder's options for the ConnectorClients it makes (the HTTP client replies go through). */
export type ConnectorClientOptions = NonNullable<ConstructorParameters<typeof ConfigurationBotFrameworkAuthentication>[4]>;

export function createAuthentication(credentials: BotCredentials, connectorOptions: ConnectorClientOptions = {}): ConfigurationBotFrameworkAuthentication {
  return new ConfigurationBotFrameworkAuthentication(authenticationOptions(credentials), undefined, undefined, undefined, connectorOptions);
}
