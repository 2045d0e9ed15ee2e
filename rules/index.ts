/** The rules of the plugin, by name. */
import noPiiInLogs from './no-pii-in-logs.js';
import noRawBodiesInLogs from './no-raw-bodies-in-logs.js';
import noSecretsInLogs from './no-secrets-in-logs.js';

export const rules = {
  'no-pii-in-logs': noPiiInLogs,
  'no-raw-bodies-in-logs': noRawBodiesInLogs,
  'no-secrets-in-logs': noSecretsInLogs,
};
