/**
 * The HTTP request-logger catalogue. Pure data: which middleware logs requests, how it is called,
 * what it writes by default, and what keeps credentials out. `./find.ts` reads it;
 * `test/src/http-loggers/find.test.ts` checks it.
 */

/** How a request logger is configured, which decides what it writes. */
export type HttpLoggerKind =
  /** pino-http and the middleware built on it: `req` and `res` with their headers, unless `redact` or `serializers` take them out. */
  | 'pino-http'
  /** nestjs-pino's `LoggerModule.forRoot({ pinoHttp })`: pino-http's options under `pinoHttp`. */
  | 'nestjs-pino'
  /** express-winston: the request fields of `requestWhitelist` (headers by default), less `headerBlacklist`. */
  | 'express-winston'
  /** morgan: what its format string names. */
  | 'morgan';

/** One way a module makes a request logger: the export path to call (`[]` for the module itself). */
export interface HttpLoggerEntry {
  readonly module: string;
  readonly kind: HttpLoggerKind;
  readonly calls: readonly (readonly string[])[];
}

export const HTTP_LOGGERS: readonly HttpLoggerEntry[] = [
  { module: 'pino-http', kind: 'pino-http', calls: [[], ['default'], ['pinoHttp']] },
  { module: 'express-pino-logger', kind: 'pino-http', calls: [[], ['default']] },
  { module: 'koa-pino-logger', kind: 'pino-http', calls: [[], ['default']] },
  { module: 'nestjs-pino', kind: 'nestjs-pino', calls: [['LoggerModule', 'forRoot']] },
  { module: 'express-winston', kind: 'express-winston', calls: [['logger'], ['errorLogger'], ['default', 'logger'], ['default', 'errorLogger']] },
  { module: 'morgan', kind: 'morgan', calls: [[], ['default']] },
];

/** The headers that carry credentials, as pino redact paths under the logged `req` and `res`. */
export const PINO_HTTP_REDACT_PATHS: readonly { readonly path: string; readonly keys: readonly string[]; readonly header: string }[] = [
  { path: 'req.headers.authorization', keys: ['req', 'headers', 'authorization'], header: 'Authorization' },
  { path: 'req.headers.cookie', keys: ['req', 'headers', 'cookie'], header: 'Cookie' },
  { path: 'res.headers["set-cookie"]', keys: ['res', 'headers', 'set-cookie'], header: 'Set-Cookie' },
];

/** express-winston's request fields when `requestWhitelist` is not given. */
export const EXPRESS_WINSTON_DEFAULT_REQUEST_FIELDS: readonly string[] = ['url', 'headers', 'method', 'httpVersion', 'originalUrl', 'query'];

/** Request headers express-winston must leave out (`headerBlacklist`), lower-case as Node has them. */
export const EXPRESS_WINSTON_BLACKLIST: readonly { readonly name: string; readonly header: string }[] = [
  { name: 'authorization', header: 'Authorization' },
  { name: 'cookie', header: 'Cookie' },
];

/** morgan tokens that print a credential header: `:req[authorization]`, `:req[cookie]`, `:res[set-cookie]`. */
export const MORGAN_CREDENTIAL_TOKENS: readonly { readonly side: 'req' | 'res'; readonly name: string; readonly header: string }[] = [
  { side: 'req', name: 'authorization', header: 'Authorization' },
  { side: 'req', name: 'proxy-authorization', header: 'Proxy-Authorization' },
  { side: 'req', name: 'cookie', header: 'Cookie' },
  { side: 'res', name: 'set-cookie', header: 'Set-Cookie' },
];
