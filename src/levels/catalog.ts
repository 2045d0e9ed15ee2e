/**
 * The log-level catalogue. Pure data: where each library takes a level, which levels are verbose,
 * which config keys hold a level, and which files are production or development files.
 * `./find-level-settings.ts` and `./levels.ts` read it; `test/src/levels/catalog.test.ts` checks it.
 */

/** Level names that are verbose, in every library's spelling (compared lower-cased). */
export const VERBOSE_LEVEL_NAMES: readonly string[] = ['trace', 'debug', 'silly', 'verbose', 'all'];

/** pino and bunyan numeric levels at or below this are verbose (`debug` is 20, `trace` 10). */
export const VERBOSE_LEVEL_MAX_NUMBER = 20;

/** The levels the suggestions offer instead, by name and as pino/bunyan numbers. */
export const SAFE_LEVELS: readonly { readonly name: string; readonly number: number }[] = [
  { name: 'info', number: 30 },
  { name: 'warn', number: 40 },
];

/**
 * One place a library takes a level: calling (or constructing) the export at `path` of `module`,
 * with the level at one of `valuePaths` inside argument `argument`. `*` in a value path stands for
 * every element of an array or every value of an object; an empty path is the argument itself.
 */
export interface LevelEntry {
  readonly module: string;
  readonly path: readonly string[];
  readonly construct: boolean;
  readonly argument: number;
  readonly valuePaths: readonly (readonly string[])[];
  readonly library: string;
  /** How the setting reads in messages: `pino({ level })`. */
  readonly label: string;
}

const PINO_PATHS = [['level'], ['transport', 'level'], ['transport', 'targets', '*', 'level']];
const BUNYAN_PATHS = [['level'], ['streams', '*', 'level']];
const WINSTON_TRANSPORTS = ['Console', 'File', 'Http', 'Stream'];
const NEST_FACTORIES = ['create', 'createApplicationContext', 'createMicroservice'];

export const LEVEL_ENTRIES: readonly LevelEntry[] = [
  ...[[], ['default'], ['pino']].map((path) => ({
    module: 'pino', path, construct: false, argument: 0, valuePaths: PINO_PATHS, library: 'pino', label: 'pino({ level })',
  })),
  ...['createLogger', 'configure'].map((name) => ({
    module: 'winston', path: [name], construct: false, argument: 0, valuePaths: [['level']], library: 'winston', label: `winston.${name}({ level })`,
  })),
  ...WINSTON_TRANSPORTS.map((name) => ({
    module: 'winston', path: ['transports', name], construct: true, argument: 0, valuePaths: [['level']], library: 'winston', label: `new winston.transports.${name}({ level })`,
  })),
  { module: 'winston-daily-rotate-file', path: [], construct: true, argument: 0, valuePaths: [['level']], library: 'winston', label: 'new DailyRotateFile({ level })' },
  { module: 'bunyan', path: [], construct: true, argument: 0, valuePaths: BUNYAN_PATHS, library: 'bunyan', label: 'new bunyan({ level })' },
  { module: 'bunyan', path: ['createLogger'], construct: false, argument: 0, valuePaths: BUNYAN_PATHS, library: 'bunyan', label: 'bunyan.createLogger({ level })' },
  {
    module: 'log4js', path: ['configure'], construct: false, argument: 0,
    valuePaths: [['categories', '*', 'level'], ['appenders', '*', 'level']], library: 'log4js', label: 'log4js.configure({ categories })',
  },
  ...['setLevel', 'setDefaultLevel'].map((name) => ({
    module: 'loglevel', path: [name], construct: false, argument: 0, valuePaths: [[]], library: 'loglevel', label: `log.${name}()`,
  })),
  ...NEST_FACTORIES.map((name) => ({
    module: '@nestjs/core', path: ['NestFactory', name], construct: false, argument: 1, valuePaths: [['logger']], library: 'nestjs', label: `NestFactory.${name}(…, { logger })`,
  })),
  ...[[], ['default'], ['fastify']].map((path) => ({
    module: 'fastify', path, construct: false, argument: 0, valuePaths: [['logger', 'level']], library: 'pino', label: 'fastify({ logger: { level } })',
  })),
];

/** Methods that set a logger's level by name-recognised receivers: `log.level('debug')` (bunyan), `log.setLevel('debug')` (loglevel). */
export const LEVEL_SETTER_METHODS: readonly string[] = ['level', 'setLevel', 'setDefaultLevel'];

/** Egg's logger config: `config.logger = { level, consoleLevel }`. */
export const EGG_LOGGER_KEYS: readonly string[] = ['level', 'consoleLevel'];

/** Keys that hold a level in JSON and YAML config files. */
export const CONFIG_LEVEL_KEYS: readonly string[] = ['level', 'logLevel', 'log_level', 'LOG_LEVEL', 'loglevel', 'consoleLevel'];

/** Level keys that say "log level" themselves: they count at any depth (`services.api.logLevel`). */
export const CONFIG_LOG_LEVEL_KEYS: readonly string[] = ['logLevel', 'log_level', 'LOG_LEVEL', 'loglevel', 'LOGLEVEL', 'loggingLevel', 'logging_level', 'LOGGING_LEVEL'];

/** Keys a level may be nested under in config files: `{ "logger": { "level": "debug" } }`. */
export const CONFIG_LOGGER_KEYS: readonly string[] = ['logger', 'log', 'logging', 'loggers'];

/** `package.json` scripts that run in production: `start`, `start:prod` and `prod*`. */
export const PRODUCTION_SCRIPT = /^(?:start(?::prod\w*)?|prod[\w:-]*)$/u;

/** Environment variables that turn on verbose output when a production script sets them. */
export const VERBOSE_ENV_VARIABLES: readonly string[] = ['DEBUG', 'NODE_DEBUG', 'LOG_LEVEL'];

/** Files whose settings are production settings. */
export const DEFAULT_PRODUCTION_FILES: readonly string[] = [
  '**/config/*prod*.*',
  '**/*.prod.*',
  '**/production.*',
  '**/config.prod.*',
];

/** Files that only run in tests or development, where verbose levels are fine. */
export const DEFAULT_DEVELOPMENT_FILES: readonly string[] = [
  '**/*.test.*',
  '**/*.spec.*',
  '**/test/**',
  '**/tests/**',
  '**/__tests__/**',
  '**/*.dev.*',
  '**/config/*dev*.*',
  '**/config/*test*.*',
  '**/config/*local*.*',
];
