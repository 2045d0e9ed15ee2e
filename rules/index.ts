/** The rules of the plugin, by name. */
import noDebugLevelInProduction from './no-debug-level-in-production.js';
import noPiiInLogs from './no-pii-in-logs.js';
import noRawBodiesInLogs from './no-raw-bodies-in-logs.js';
import noSecretsInLogs from './no-secrets-in-logs.js';

export const rules = {
  'no-debug-level-in-production': noDebugLevelInProduction,
  'no-pii-in-logs': noPiiInLogs,
  'no-raw-bodies-in-logs': noRawBodiesInLogs,
  'no-secrets-in-logs': noSecretsInLogs,
};
