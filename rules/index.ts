/** The rules of the plugin, by name. */
import noSecretsInLogs from './no-secrets-in-logs.js';

export const rules = {
  'no-secrets-in-logs': noSecretsInLogs,
};
