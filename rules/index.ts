/** The rules of the plugin, by name. */
import logFileHygiene from './log-file-hygiene.js';
import noDebugLevelInProduction from './no-debug-level-in-production.js';
import noLogInjection from './no-log-injection.js';
import noPiiInLogs from './no-pii-in-logs.js';
import noRawBodiesInLogs from './no-raw-bodies-in-logs.js';
import noSecretsInLogs from './no-secrets-in-logs.js';
import noUnredactedHttpLogger from './no-unredacted-http-logger.js';

export const rules = {
  'log-file-hygiene': logFileHygiene,
  'no-debug-level-in-production': noDebugLevelInProduction,
  'no-log-injection': noLogInjection,
  'no-pii-in-logs': noPiiInLogs,
  'no-raw-bodies-in-logs': noRawBodiesInLogs,
  'no-secrets-in-logs': noSecretsInLogs,
  'no-unredacted-http-logger': noUnredactedHttpLogger,
};
