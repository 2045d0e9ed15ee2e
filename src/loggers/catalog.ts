/**
 * The logger catalogue. Pure data: which modules, factories, classes and receivers make a logger,
 * which methods log at which level, and how each library lays out its arguments. The finder in
 * `./find-log-calls.ts` reads it; `test/src/loggers/find-log-calls.test.ts` checks it case by case.
 */
import type { SerializerKind } from '../sources/catalog.js';

/** Logging libraries the plugin knows by name. */
export type LoggerLibrary =
  | 'console'
  | 'pino'
  | 'winston'
  | 'bunyan'
  | 'log4js'
  | 'loglevel'
  | 'egg'
  | 'nestjs'
  | 'debug'
  | 'fancy-log'
  | 'consola'
  | 'signale'
  | 'tslog'
  | 'npmlog'
  | 'custom'
  | 'telemetry'
  | 'unknown';

/**
 * How a library lays out the arguments of a log method.
 * - `all-data`: every argument is logged (console, log4js, loglevel, Egg, NestJS).
 * - `object-first`: an optional merge object, then the message, then format arguments (pino, bunyan).
 * - `message-first`: the message, then metadata (winston level methods).
 */
export type ArgumentStyle = 'all-data' | 'object-first' | 'message-first';

/** What a library's logger instances look like. */
export interface LibraryShape {
  /** Log methods and the level each one logs at. */
  readonly methods: Readonly<Record<string, string>>;
  /** Methods whose first argument is the level (`logger.log('info', msg)`). */
  readonly levelArgumentMethods: readonly string[];
  /** Methods that return a derived logger (`logger.child({...})`). */
  readonly childMethods: readonly string[];
  /** Methods whose first argument is a condition, not data (`console.assert`). */
  readonly conditionMethods: readonly string[];
  readonly style: ArgumentStyle;
  /** For a logger that is itself a function (`debug('…')`, `log('…')`): the level a direct call logs at. */
  readonly callable?: string;
}

const PINO_LEVELS = { trace: 'trace', debug: 'debug', info: 'info', warn: 'warn', error: 'error', fatal: 'fatal' };

/** The shape of a logger whose library is not known: the usual level names, all-data arguments. */
const GENERIC_SHAPE: LibraryShape = {
  methods: {
    ...PINO_LEVELS,
    log: 'info',
    verbose: 'verbose',
    silly: 'silly',
    http: 'http',
    warning: 'warn',
    critical: 'fatal',
    notice: 'info',
  },
  levelArgumentMethods: [],
  childMethods: ['child'],
  conditionMethods: [],
  style: 'all-data',
};

/** Instance shapes, per library. */
export const LIBRARIES: Readonly<Record<LoggerLibrary, LibraryShape>> = {
  console: {
    methods: {
      log: 'info',
      info: 'info',
      warn: 'warn',
      error: 'error',
      debug: 'debug',
      trace: 'trace',
      dir: 'info',
      dirxml: 'info',
      table: 'info',
      assert: 'error',
    },
    levelArgumentMethods: [],
    childMethods: [],
    conditionMethods: ['assert'],
    style: 'all-data',
  },
  pino: {
    methods: PINO_LEVELS,
    levelArgumentMethods: [],
    childMethods: ['child'],
    conditionMethods: [],
    style: 'object-first',
  },
  winston: {
    methods: {
      error: 'error',
      warn: 'warn',
      info: 'info',
      http: 'http',
      verbose: 'verbose',
      debug: 'debug',
      silly: 'silly',
      emerg: 'emerg',
      alert: 'alert',
      crit: 'crit',
      warning: 'warning',
      notice: 'notice',
      log: 'info',
    },
    levelArgumentMethods: ['log'],
    childMethods: ['child'],
    conditionMethods: [],
    style: 'message-first',
  },
  bunyan: {
    methods: PINO_LEVELS,
    levelArgumentMethods: [],
    childMethods: ['child'],
    conditionMethods: [],
    style: 'object-first',
  },
  log4js: {
    methods: { ...PINO_LEVELS, mark: 'mark', log: 'info' },
    levelArgumentMethods: ['log'],
    childMethods: [],
    conditionMethods: [],
    style: 'all-data',
  },
  loglevel: {
    methods: { trace: 'trace', debug: 'debug', info: 'info', warn: 'warn', error: 'error', log: 'debug' },
    levelArgumentMethods: [],
    childMethods: ['getLogger'],
    conditionMethods: [],
    style: 'all-data',
  },
  egg: {
    methods: { debug: 'debug', info: 'info', warn: 'warn', error: 'error' },
    levelArgumentMethods: [],
    childMethods: [],
    conditionMethods: [],
    style: 'all-data',
  },
  nestjs: {
    methods: { log: 'info', error: 'error', warn: 'warn', debug: 'debug', verbose: 'verbose', fatal: 'fatal' },
    levelArgumentMethods: [],
    childMethods: [],
    conditionMethods: [],
    style: 'all-data',
  },
  // `const debug = createDebug('app'); debug('…')`; `debug.extend('db')` is a child.
  // `debug.log(…)` is the function it writes with.
  debug: { methods: { log: 'debug' }, levelArgumentMethods: [], childMethods: ['extend'], conditionMethods: [], style: 'all-data', callable: 'debug' },
  // `log('…')` and `log.error('…')`.
  'fancy-log': {
    methods: { info: 'info', warn: 'warn', error: 'error', dir: 'info' },
    levelArgumentMethods: [],
    childMethods: [],
    conditionMethods: [],
    style: 'all-data',
    callable: 'info',
  },
  consola: {
    methods: {
      ...PINO_LEVELS, log: 'info', success: 'info', fail: 'error', ready: 'info', start: 'info', box: 'info', silent: 'info', verbose: 'verbose',
    },
    levelArgumentMethods: [],
    childMethods: ['withTag', 'create', 'withDefaults'],
    conditionMethods: [],
    style: 'all-data',
  },
  signale: {
    methods: {
      ...PINO_LEVELS, log: 'info', success: 'info', note: 'info', pending: 'info', complete: 'info', start: 'info', pause: 'info',
      star: 'info', await: 'info', watch: 'info', fav: 'info',
    },
    levelArgumentMethods: [],
    childMethods: ['scope'],
    conditionMethods: [],
    style: 'all-data',
  },
  tslog: {
    methods: { silly: 'silly', ...PINO_LEVELS },
    levelArgumentMethods: [],
    childMethods: ['getSubLogger'],
    conditionMethods: [],
    style: 'all-data',
  },
  // `log.info(prefix, message, …args)`.
  npmlog: {
    methods: { silly: 'silly', verbose: 'verbose', info: 'info', timing: 'info', http: 'http', notice: 'info', warn: 'warn', error: 'error', log: 'info' },
    levelArgumentMethods: ['log'],
    childMethods: [],
    conditionMethods: [],
    style: 'all-data',
  },
  custom: GENERIC_SHAPE,
  // Telemetry SDK calls (`../telemetry/catalog.ts`) lay out their arguments themselves.
  telemetry: GENERIC_SHAPE,
  unknown: GENERIC_SHAPE,
};

/**
 * How a module export becomes a logger.
 * - `factory`: calling it returns a logger (`pino()`, `winston.createLogger()`).
 * - `class`: `new` returns a logger (`new Logger()` from NestJS, `new bunyan()`).
 * - `instance`: it is a logger already (`winston.info()`, `loglevel.warn()`, `Logger.log()`).
 */
export type EntryKind = 'factory' | 'class' | 'instance';

/** One way a module hands out a logger. */
export interface ModuleEntry {
  readonly module: string;
  /** Property path from the module object; empty for the module itself. */
  readonly path: readonly string[];
  readonly kind: EntryKind;
  readonly library: LoggerLibrary;
}

/** Module exports that make loggers. `import` and `require` are both followed. */
export const MODULE_ENTRIES: readonly ModuleEntry[] = [
  { module: 'console', path: [], kind: 'instance', library: 'console' },
  { module: 'node:console', path: [], kind: 'instance', library: 'console' },
  { module: 'console', path: ['Console'], kind: 'class', library: 'console' },
  { module: 'node:console', path: ['Console'], kind: 'class', library: 'console' },
  { module: 'pino', path: [], kind: 'factory', library: 'pino' },
  { module: 'pino', path: ['default'], kind: 'factory', library: 'pino' },
  { module: 'pino', path: ['pino'], kind: 'factory', library: 'pino' },
  { module: 'winston', path: [], kind: 'instance', library: 'winston' },
  { module: 'winston', path: ['createLogger'], kind: 'factory', library: 'winston' },
  { module: 'winston', path: ['loggers', 'get'], kind: 'factory', library: 'winston' },
  { module: 'winston', path: ['loggers', 'add'], kind: 'factory', library: 'winston' },
  { module: 'bunyan', path: [], kind: 'class', library: 'bunyan' },
  { module: 'bunyan', path: ['createLogger'], kind: 'factory', library: 'bunyan' },
  { module: 'log4js', path: ['getLogger'], kind: 'factory', library: 'log4js' },
  { module: 'loglevel', path: [], kind: 'instance', library: 'loglevel' },
  { module: 'loglevel', path: ['getLogger'], kind: 'factory', library: 'loglevel' },
  { module: '@nestjs/common', path: ['Logger'], kind: 'class', library: 'nestjs' },
  { module: '@nestjs/common', path: ['Logger'], kind: 'instance', library: 'nestjs' },
  { module: '@nestjs/common', path: ['ConsoleLogger'], kind: 'class', library: 'nestjs' },
  { module: 'debug', path: [], kind: 'factory', library: 'debug' },
  { module: 'debug', path: ['default'], kind: 'factory', library: 'debug' },
  { module: 'debug', path: ['debug'], kind: 'factory', library: 'debug' },
  { module: 'fancy-log', path: [], kind: 'instance', library: 'fancy-log' },
  { module: 'consola', path: [], kind: 'instance', library: 'consola' },
  { module: 'consola', path: ['consola'], kind: 'instance', library: 'consola' },
  { module: 'consola', path: ['default'], kind: 'instance', library: 'consola' },
  { module: 'consola', path: ['createConsola'], kind: 'factory', library: 'consola' },
  { module: 'signale', path: [], kind: 'instance', library: 'signale' },
  { module: 'signale', path: ['Signale'], kind: 'class', library: 'signale' },
  { module: 'tslog', path: ['Logger'], kind: 'class', library: 'tslog' },
  { module: 'npmlog', path: [], kind: 'instance', library: 'npmlog' },
];

/** Global objects that are loggers. `module` holds the global's name here. */
export const GLOBAL_ENTRIES: readonly ModuleEntry[] = [
  { module: 'console', path: [], kind: 'instance', library: 'console' },
];

/**
 * Framework loggers found by shape: `<object>.<property>.info(...)`. The object is written as
 * source text (`req`, `this.ctx`).
 */
export interface FrameworkEntry {
  readonly objects: readonly string[];
  readonly properties: readonly string[];
  readonly library: LoggerLibrary;
  /** The serializers the framework gives this logger by default. */
  readonly serializers?: Readonly<Record<string, SerializerKind>>;
}

export const FRAMEWORK_ENTRIES: readonly FrameworkEntry[] = [
  // pino-http puts a pino child logger with the standard serializers on `req`.
  { objects: ['req'], properties: ['log'], library: 'pino', serializers: { req: 'std-req', res: 'std-res', err: 'std-err' } },
  // Fastify's request logger and instance logger: its own `req` serializer keeps no headers.
  { objects: ['request'], properties: ['log'], library: 'pino', serializers: { req: 'fastify-req', res: 'std-res', err: 'std-err' } },
  {
    objects: ['fastify', 'app', 'server', 'instance', 'this.server'],
    properties: ['log'],
    library: 'pino',
    serializers: { req: 'fastify-req', res: 'std-res', err: 'std-err' },
  },
  // Egg's context, application and agent loggers.
  {
    objects: ['ctx', 'app', 'agent', 'this.ctx', 'this.app', 'this.agent'],
    properties: ['logger', 'coreLogger'],
    library: 'egg',
  },
];

/**
 * The name fallback: a receiver whose last word is one of these (`log`, `logger`, `auditLogger`,
 * `AUDIT_LOG`, `this.logger`) that calls a level-named method counts as a logger.
 */
export const LOGGER_NAME_WORDS: readonly string[] = ['log', 'logger'];

/** Level-named methods the name fallback accepts. */
export const FALLBACK_METHODS: readonly string[] = Object.keys(LIBRARIES.unknown.methods);

/**
 * Packages that make a package.json a browser or mobile app: its `console` writes to the user's
 * own developer tools, not to a server's logs. Data for `isClientPackage`.
 */
export const CLIENT_FRAMEWORKS: readonly string[] = [
  'react-dom', 'react-native', 'vue', '@angular/core', 'svelte', 'solid-js', 'preact', 'expo', '@ionic/core', 'lit',
];

/**
 * Packages that run code on a server: a package.json that names one is not a client app, even
 * beside a client framework (Next.js, Nuxt and SvelteKit render on the server too).
 */
export const SERVER_FRAMEWORKS: readonly string[] = [
  'express', 'koa', 'fastify', '@nestjs/core', '@hapi/hapi', 'hapi', 'egg', 'hono', 'restify', 'next', 'nuxt',
  '@sveltejs/kit', '@remix-run/node', '@remix-run/server-runtime', '@react-router/node', 'astro', '@angular/ssr',
  '@angular/platform-server', '@builder.io/qwik-city', 'h3', 'nitropack', 'electron', 'aws-lambda', '@types/aws-lambda',
  'serverless', 'firebase-functions', '@azure/functions', '@google-cloud/functions-framework',
];

/**
 * Names that make an imported call worth reading as a possible log wrapper. Reading another module
 * costs a parse, so only calls named like logging are followed: a function or method whose first
 * word is one of `WRAPPER_VERBS` (`auditLogin(…)`, `helpers.notify(…)`), or a method of an object
 * whose last word is one of `WRAPPER_NOUNS` (`errorReporter.send(…)`). Model-like receivers
 * (`Notification.create(…)`, `Event.findAll(…)`) and services (`orderService.create(…)`) are not.
 */
export const WRAPPER_VERBS: readonly string[] = [
  'log', 'audit', 'trace', 'track', 'report', 'record', 'notify', 'alert', 'print', 'debug', 'warn', 'error', 'info', 'capture',
];

/** See {@link WRAPPER_VERBS}: the objects that log for a living. */
export const WRAPPER_NOUNS: readonly string[] = [
  'log', 'logs', 'logger', 'logging', 'auditor', 'audit', 'tracer', 'tracker', 'reporter', 'recorder', 'notifier', 'monitor',
  'telemetry', 'analytics', 'journal', 'diagnostics', 'console', 'sentry',
];

/**
 * Log injection: libraries that write each log line as text, so a line break in a logged string
 * starts a forged line. pino and bunyan write JSON, which escapes it; winston writes JSON unless
 * its format names one of {@link WINSTON_TEXT_FORMATS}. Loggers known only by their name are left
 * out: their format is not known.
 */
export const TEXT_LIBRARIES: readonly LoggerLibrary[] = [
  'console',
  'log4js',
  'loglevel',
  'egg',
  'nestjs',
  'debug',
  'fancy-log',
  'consola',
  'signale',
  'tslog',
  'npmlog',
];

/** winston formats that write the message as it is into a line of text. */
export const WINSTON_TEXT_FORMATS: readonly string[] = ['simple', 'printf', 'cli'];
