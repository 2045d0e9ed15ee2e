/**
 * The type catalogue for typed mode. Pure data: which declared types are loggers, raw payload
 * holders, or sensitive by their name. `./type-info.ts` reads it; `test/src/types/catalog.test.ts`
 * checks it.
 *
 * A type matches an entry when its symbol (or alias) has one of `names` and is declared in
 * `module`: inside `declare module 'pino'`, or in a file under `node_modules/pino/` or
 * `node_modules/@types/pino/`. `module: null` matches global declarations (the TypeScript `lib`
 * files, `@types/node` globals).
 */
import type { LoggerLibrary } from '../loggers/catalog.js';
import type { ShapeName } from '../sources/catalog.js';

export interface TypeEntry<T> {
  readonly modules: readonly (string | null)[];
  readonly names: readonly string[];
  readonly value: T;
}

/** Logger types: a value of one of these types is a logger, whatever it is called. */
export const LOGGER_TYPES: readonly TypeEntry<LoggerLibrary>[] = [
  { modules: ['pino'], names: ['Logger', 'BaseLogger'], value: 'pino' },
  { modules: ['nestjs-pino'], names: ['PinoLogger', 'Logger'], value: 'pino' },
  { modules: ['winston'], names: ['Logger'], value: 'winston' },
  { modules: ['bunyan'], names: ['Logger', 'Bunyan'], value: 'bunyan' },
  { modules: ['@nestjs/common'], names: ['Logger', 'LoggerService', 'ConsoleLogger'], value: 'nestjs' },
  { modules: ['egg', 'egg-logger'], names: ['Logger', 'EggLogger', 'ContextLogger', 'EggContextLogger'], value: 'egg' },
  { modules: [null, 'console', 'node:console'], names: ['Console'], value: 'console' },
];

/** Raw payload holder types, and the payload shape each one has. */
export const PAYLOAD_TYPES: readonly TypeEntry<ShapeName>[] = [
  { modules: ['express', 'express-serve-static-core'], names: ['Request'], value: 'request' },
  { modules: ['express', 'express-serve-static-core'], names: ['Response'], value: 'response' },
  { modules: ['http', 'node:http', 'http2'], names: ['IncomingMessage', 'Http2ServerRequest'], value: 'request' },
  { modules: ['http', 'node:http', 'http2'], names: ['ServerResponse', 'Http2ServerResponse'], value: 'response' },
  { modules: ['koa'], names: ['Context', 'ParameterizedContext', 'DefaultContext', 'BaseContext'], value: 'context' },
  { modules: ['koa'], names: ['Request'], value: 'request' },
  { modules: ['fastify'], names: ['FastifyRequest'], value: 'request' },
  { modules: ['fastify'], names: ['FastifyReply'], value: 'response' },
  { modules: ['axios'], names: ['AxiosResponse'], value: 'clientResponse' },
  { modules: ['axios'], names: ['AxiosError'], value: 'clientError' },
  { modules: [null, 'undici', 'undici-types'], names: ['Response'], value: 'fetchResponse' },
];

/** Type names that make a value sensitive: branded or wrapper types. */
export const SENSITIVE_TYPE_NAMES: Readonly<Record<string, 'secret' | 'pii'>> = {
  Secret: 'secret',
  SecretString: 'secret',
  Password: 'secret',
  Sensitive: 'secret',
  Credentials: 'secret',
  PersonalData: 'pii',
  Pii: 'pii',
  PII: 'pii',
};

/** Type names that say a value is safe to log. */
export const REDACTED_TYPE_NAMES: readonly string[] = ['Redacted', 'Masked'];

/** JSDoc tags users put on properties, type aliases, interfaces and classes. */
export const SENSITIVE_TAG = 'sensitive';
export const REDACTED_TAG = 'redacted';

/** How deep a logged value's type is walked for sensitive properties. */
export const MAX_TYPE_DEPTH = 3;

/** Most properties read from one type. */
export const MAX_TYPE_PROPERTIES = 200;

/**
 * A logger by its structure: a type of the project's own (an interface or class no catalogue entry
 * names) with a method for each of `STRUCTURAL_LOGGER_REQUIRED` and at least
 * `STRUCTURAL_LOGGER_MINIMUM` of `STRUCTURAL_LOGGER_METHODS`. `debug` is what tells a logger from a
 * notifier with `info`, `warn` and `error` (toasts, message boxes).
 */
export const STRUCTURAL_LOGGER_REQUIRED: readonly string[] = ['debug'];
export const STRUCTURAL_LOGGER_METHODS: readonly string[] = ['trace', 'debug', 'info', 'warn', 'error', 'fatal', 'verbose', 'log'];
export const STRUCTURAL_LOGGER_MINIMUM = 3;
